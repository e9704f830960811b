#include "store/telecom.hpp"

#include <soci/soci.h>

#include "store/rows.hpp"
#include "store/transaction.hpp"

namespace lapis::store {
namespace {

domain::TimePoint parse_time(const std::string& text)
{
    return domain::from_utc_text(text).value_or(domain::TimePoint{});
}

std::string date_text(const domain::Date& date)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
    return buffer;
}

} // namespace

TelecomStore::TelecomStore(Database& database)
    : m_database(database)
{
}

std::optional<TelecomTicket> TelecomStore::ticket(std::int64_t request_id)
{
    soci::session sql(m_database.pool());
    long long wanted = request_id;
    soci::rowset<soci::row> rows
        = (sql.prepare << "SELECT location, extension, recorded_by, recorded_at FROM "
                          "telecom_tickets WHERE request_id = :r ORDER BY id DESC LIMIT 1",
            soci::use(wanted));
    for (const soci::row& row : rows) {
        return TelecomTicket{ row.get<std::string>(0), row.get<std::string>(1), integer_at(row, 2),
            parse_time(row.get<std::string>(3)) };
    }
    return std::nullopt;
}

void TelecomStore::record_ticket(
    std::int64_t request_id, const TelecomTicket& ticket, const DeskEvent& event)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    long long request = request_id;
    long long by = ticket.recorded_by;
    const std::string at = domain::to_utc_text(ticket.recorded_at);
    sql << "INSERT INTO telecom_tickets (request_id, location, extension, recorded_by, "
           "recorded_at) VALUES (:r, :l, :e, :b, :t)",
        soci::use(request), soci::use(ticket.location), soci::use(ticket.extension), soci::use(by),
        soci::use(at);
    append_desk_event(sql, request_id, event, ticket.recorded_at);
    transaction.commit();
}

std::vector<TelecomTest> TelecomStore::tests(std::int64_t request_id)
{
    soci::session sql(m_database.pool());
    long long wanted = request_id;
    std::vector<TelecomTest> result;
    soci::rowset<soci::row> rows
        = (sql.prepare << "SELECT id, passed, note, tested_on, recorded_by, recorded_at FROM "
                          "telecom_tests WHERE request_id = :r ORDER BY id",
            soci::use(wanted));
    for (const soci::row& row : rows) {
        TelecomTest test;
        test.id = integer_at(row, 0);
        test.test.passed = integer_at(row, 1) != 0;
        test.test.note = row.get<std::string>(2);
        test.test.date = domain::parse_iso_date(row.get<std::string>(3)).value_or(domain::Date{});
        test.recorded_by = integer_at(row, 4);
        test.recorded_at = parse_time(row.get<std::string>(5));
        result.push_back(std::move(test));
    }
    return result;
}

void TelecomStore::record_test(
    std::int64_t request_id, const TelecomTest& test, const DeskEvent& event)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    long long request = request_id;
    int passed = test.test.passed ? 1 : 0;
    long long by = test.recorded_by;
    const std::string on = date_text(test.test.date);
    const std::string at = domain::to_utc_text(test.recorded_at);
    sql << "INSERT INTO telecom_tests (request_id, passed, note, tested_on, recorded_by, "
           "recorded_at) VALUES (:r, :p, :n, :o, :b, :t)",
        soci::use(request), soci::use(passed), soci::use(test.test.note), soci::use(on),
        soci::use(by), soci::use(at);
    append_desk_event(sql, request_id, event, test.recorded_at);
    transaction.commit();
}

void TelecomStore::replace_directory(const std::vector<domain::telecom::DirectoryEntry>& entries)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    sql << "DELETE FROM telecom_extensions";
    for (const domain::telecom::DirectoryEntry& entry : entries) {
        sql << "INSERT INTO telecom_extensions (extension, name, unit, location) VALUES (:e, :n, "
               ":u, :l)",
            soci::use(entry.extension), soci::use(entry.name), soci::use(entry.unit),
            soci::use(entry.location);
    }
    transaction.commit();
}

std::vector<domain::telecom::DirectoryEntry> TelecomStore::directory()
{
    soci::session sql(m_database.pool());
    std::vector<domain::telecom::DirectoryEntry> result;
    soci::rowset<soci::row> rows
        = (sql.prepare << "SELECT extension, name, unit, location FROM telecom_extensions ORDER "
                          "BY LENGTH(extension), extension");
    for (const soci::row& row : rows) {
        result.push_back({ row.get<std::string>(0), row.get<std::string>(1),
            row.get<std::string>(2), row.get<std::string>(3) });
    }
    return result;
}

std::int64_t TelecomStore::add_call(const TelecomCall& call)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    const std::string called = domain::to_utc_text(call.called_at);
    const std::string at = domain::to_utc_text(call.recorded_at);
    int connected = call.connected ? 1 : 0;
    long long by = call.recorded_by;
    long long id = 0;
    sql << "INSERT INTO telecom_calls (called_at, caller, requested, connected, note, "
           "recorded_by, recorded_at) VALUES (:c, :f, :q, :k, :n, :b, :t) RETURNING id",
        soci::use(called), soci::use(call.caller), soci::use(call.requested), soci::use(connected),
        soci::use(call.note), soci::use(by), soci::use(at), soci::into(id);
    transaction.commit();
    return id;
}

std::vector<TelecomCall> TelecomStore::calls_between(domain::TimePoint from, domain::TimePoint to)
{
    soci::session sql(m_database.pool());
    const std::string start = domain::to_utc_text(from);
    const std::string end = domain::to_utc_text(to);
    std::vector<TelecomCall> result;
    soci::rowset<soci::row> rows
        = (sql.prepare << "SELECT id, called_at, caller, requested, connected, note, "
                          "recorded_by, recorded_at FROM telecom_calls WHERE called_at >= :f "
                          "AND called_at < :t ORDER BY called_at, id",
            soci::use(start), soci::use(end));
    for (const soci::row& row : rows) {
        TelecomCall call;
        call.id = integer_at(row, 0);
        call.called_at = parse_time(row.get<std::string>(1));
        call.caller = row.get<std::string>(2);
        call.requested = row.get<std::string>(3);
        call.connected = integer_at(row, 4) != 0;
        call.note = row.get<std::string>(5);
        call.recorded_by = integer_at(row, 6);
        call.recorded_at = parse_time(row.get<std::string>(7));
        result.push_back(std::move(call));
    }
    return result;
}

} // namespace lapis::store
