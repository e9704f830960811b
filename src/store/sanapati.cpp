#include "store/sanapati.hpp"

#include <soci/soci.h>

#include "store/rows.hpp"
#include "store/transaction.hpp"

namespace lapis::store {
namespace {

using domain::sanapati::Signoff;

domain::TimePoint parse_time(const std::string& text)
{
    return domain::from_utc_text(text).value_or(domain::TimePoint{});
}

domain::Date parse_date(const std::string& text)
{
    return domain::parse_iso_date(text).value_or(domain::Date{});
}

std::string date_text(const domain::Date& date)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
    return buffer;
}

constexpr const char* kSignoffQuery
    = "SELECT id, signoff, approved, signer_name, signer_position, signer_nip, reason, "
      "recorded_by, recorded_at FROM sanapati_signoffs WHERE request_id = :r ORDER BY id";

std::vector<SanapatiSignoff> read_signoffs(soci::session& sql, std::int64_t request_id)
{
    long long wanted = request_id;
    std::vector<SanapatiSignoff> result;
    soci::rowset<soci::row> rows = (sql.prepare << kSignoffQuery, soci::use(wanted));
    for (const soci::row& row : rows) {
        auto signoff = domain::sanapati::signoff_from_code(row.get<std::string>(1));
        if (!signoff)
            continue;
        SanapatiSignoff record;
        record.id = integer_at(row, 0);
        record.signoff = *signoff;
        record.approved = integer_at(row, 2) != 0;
        record.signer_name = row.get<std::string>(3);
        record.signer_position = row.get<std::string>(4);
        record.signer_nip = row.get<std::string>(5);
        record.reason = row.get<std::string>(6);
        record.recorded_by = integer_at(row, 7);
        record.recorded_at = parse_time(row.get<std::string>(8));
        result.push_back(std::move(record));
    }
    return result;
}

} // namespace

std::vector<domain::sanapati::Decision> decisions_of(const std::vector<SanapatiSignoff>& signoffs)
{
    std::vector<domain::sanapati::Decision> decisions;
    for (const SanapatiSignoff& signoff : signoffs)
        decisions.push_back({ signoff.signoff, signoff.approved });
    return decisions;
}

SanapatiStore::SanapatiStore(Database& database)
    : m_database(database)
{
}

std::vector<SanapatiSignoff> SanapatiStore::signoffs(std::int64_t request_id)
{
    soci::session sql(m_database.pool());
    return read_signoffs(sql, request_id);
}

std::optional<domain::Message> SanapatiStore::record_signoff(std::int64_t request_id,
    const SanapatiSignoff& signoff, const DeskEvent& event,
    const std::function<std::optional<domain::Message>(
        const std::vector<domain::sanapati::Decision>&)>& check)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    if (auto refused = write_signoff(sql, request_id, signoff, event, check))
        return refused;
    transaction.commit();
    return std::nullopt;
}

std::optional<domain::Message> SanapatiStore::write_signoff(soci::session& sql,
    std::int64_t request_id, const SanapatiSignoff& signoff, const DeskEvent& event,
    const std::function<std::optional<domain::Message>(
        const std::vector<domain::sanapati::Decision>&)>& check)
{
    if (auto refused = check(decisions_of(read_signoffs(sql, request_id))))
        return refused;
    long long request = request_id;
    const std::string code(domain::sanapati::signoff_code(signoff.signoff));
    int approved = signoff.approved ? 1 : 0;
    long long by = signoff.recorded_by;
    const std::string at = domain::to_utc_text(signoff.recorded_at);
    sql << "INSERT INTO sanapati_signoffs (request_id, signoff, approved, signer_name, "
           "signer_position, signer_nip, reason, recorded_by, recorded_at) VALUES (:r, :s, :a, "
           ":n, :p, :nip, :re, :b, :t)",
        soci::use(request), soci::use(code), soci::use(approved), soci::use(signoff.signer_name),
        soci::use(signoff.signer_position), soci::use(signoff.signer_nip),
        soci::use(signoff.reason), soci::use(by), soci::use(at);
    append_desk_event(sql, request_id, event, signoff.recorded_at);
    return std::nullopt;
}

std::vector<SanapatiCoordination> SanapatiStore::coordinations(std::int64_t request_id)
{
    soci::session sql(m_database.pool());
    long long wanted = request_id;
    std::vector<SanapatiCoordination> result;
    soci::rowset<soci::row> rows
        = (sql.prepare << "SELECT id, counterpart, sent_on, reference, answer, recorded_by, "
                          "recorded_at FROM sanapati_coordinations WHERE request_id = :r ORDER "
                          "BY id",
            soci::use(wanted));
    for (const soci::row& row : rows) {
        SanapatiCoordination record;
        record.id = integer_at(row, 0);
        record.coordination.counterpart = row.get<std::string>(1);
        record.coordination.sent = parse_date(row.get<std::string>(2));
        record.coordination.reference = row.get<std::string>(3);
        record.coordination.answer = row.get<std::string>(4);
        record.recorded_by = integer_at(row, 5);
        record.recorded_at = parse_time(row.get<std::string>(6));
        result.push_back(std::move(record));
    }
    return result;
}

void SanapatiStore::record_coordination(
    std::int64_t request_id, const SanapatiCoordination& record, const DeskEvent& event)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    long long request = request_id;
    long long by = record.recorded_by;
    const std::string sent = date_text(record.coordination.sent);
    const std::string at = domain::to_utc_text(record.recorded_at);
    sql << "INSERT INTO sanapati_coordinations (request_id, counterpart, sent_on, reference, "
           "answer, recorded_by, recorded_at) VALUES (:r, :c, :s, :f, :a, :b, :t)",
        soci::use(request), soci::use(record.coordination.counterpart), soci::use(sent),
        soci::use(record.coordination.reference), soci::use(record.coordination.answer),
        soci::use(by), soci::use(at);
    append_desk_event(sql, request_id, event, record.recorded_at);
    transaction.commit();
}

std::optional<SanapatiProof> SanapatiStore::proof(std::int64_t request_id)
{
    soci::session sql(m_database.pool());
    long long wanted = request_id;
    soci::rowset<soci::row> rows
        = (sql.prepare << "SELECT id, registration_id, received_on, processed_on, activated_on, "
                          "recorded_by, recorded_at FROM sanapati_proofs WHERE request_id = :r "
                          "ORDER BY id DESC LIMIT 1",
            soci::use(wanted));
    for (const soci::row& row : rows) {
        SanapatiProof record;
        record.id = integer_at(row, 0);
        record.proof.registration_id = row.get<std::string>(1);
        record.proof.received = parse_date(row.get<std::string>(2));
        record.proof.processed = parse_date(row.get<std::string>(3));
        record.proof.activated = parse_date(row.get<std::string>(4));
        record.recorded_by = integer_at(row, 5);
        record.recorded_at = parse_time(row.get<std::string>(6));
        return record;
    }
    return std::nullopt;
}

void SanapatiStore::record_proof(
    std::int64_t request_id, const SanapatiProof& record, const DeskEvent& event)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    long long request = request_id;
    long long by = record.recorded_by;
    const std::string received = date_text(record.proof.received);
    const std::string processed = date_text(record.proof.processed);
    const std::string activated = date_text(record.proof.activated);
    const std::string at = domain::to_utc_text(record.recorded_at);
    sql << "INSERT INTO sanapati_proofs (request_id, registration_id, received_on, "
           "processed_on, activated_on, recorded_by, recorded_at) VALUES (:r, :i, :rc, :p, :a, "
           ":b, :t)",
        soci::use(request), soci::use(record.proof.registration_id), soci::use(received),
        soci::use(processed), soci::use(activated), soci::use(by), soci::use(at);
    append_desk_event(sql, request_id, event, record.recorded_at);
    transaction.commit();
}

} // namespace lapis::store
