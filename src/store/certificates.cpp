#include "store/certificates.hpp"

#include <soci/soci.h>
#include <spdlog/spdlog.h>

#include "store/rows.hpp"
#include "store/transaction.hpp"

namespace lapis::store {
namespace {

domain::TimePoint parse_time(const std::string& text)
{
    return domain::from_utc_text(text).value_or(domain::TimePoint{});
}

constexpr const char* kCertificateColumns
    = "SELECT c.id, c.request_id, r.number, c.holder_name, c.holder_email, c.expires_on, "
      "c.recorded_by, c.recorded_at, c.superseded_at FROM certificates c JOIN requests r ON "
      "r.id = c.request_id ";

Certificate certificate_from_row(const soci::row& row)
{
    Certificate certificate;
    certificate.id = integer_at(row, 0);
    certificate.request_id = integer_at(row, 1);
    certificate.number = row.get<std::string>(2);
    certificate.holder_name = row.get<std::string>(3);
    certificate.holder_email = row.get<std::string>(4);
    certificate.expires_on
        = domain::parse_iso_date(row.get<std::string>(5)).value_or(domain::Date{});
    certificate.recorded_by = integer_at(row, 6);
    certificate.recorded_at = parse_time(row.get<std::string>(7));
    if (row.get_indicator(8) == soci::i_ok)
        certificate.superseded_at = parse_time(row.get<std::string>(8));
    return certificate;
}

std::set<int> thresholds_done(
    soci::session& sql, std::int64_t certificate_id, const std::string& expires_on)
{
    std::set<int> done;
    long long id = certificate_id;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT days_before FROM "
                                                   "certificate_reminders WHERE certificate_id = "
                                                   ":c AND expires_on = :e",
        soci::use(id), soci::use(expires_on));
    for (const soci::row& row : rows)
        done.insert(static_cast<int>(integer_at(row, 0)));
    return done;
}

void insert_reminder(soci::session& sql, std::int64_t certificate_id, const std::string& expires_on,
    int days_before, const std::string& outcome, const std::string& at)
{
    long long id = certificate_id;
    sql << "INSERT INTO certificate_reminders (certificate_id, expires_on, days_before, "
           "outcome, at) VALUES (:c, :e, :d, :o, :a)",
        soci::use(id), soci::use(expires_on), soci::use(days_before), soci::use(outcome),
        soci::use(at);
}

} // namespace

CertificateStore::CertificateStore(Database& database)
    : m_database(database)
{
}

void CertificateStore::record(
    const Certificate& certificate, const DeskEvent& event, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    long long request = certificate.request_id;
    const std::string expires = domain::iso_date(certificate.expires_on);
    const std::string at = domain::to_utc_text(now);
    long long by = certificate.recorded_by;
    long long existing = 0;
    soci::indicator found = soci::i_null;
    sql << "SELECT id FROM certificates WHERE request_id = :r", soci::into(existing, found),
        soci::use(request);
    if (sql.got_data() && found == soci::i_ok) {
        sql << "UPDATE certificates SET holder_name = :n, holder_email = :m, expires_on = :e, "
               "recorded_by = :b, recorded_at = :a, superseded_at = NULL WHERE id = :i",
            soci::use(certificate.holder_name), soci::use(certificate.holder_email),
            soci::use(expires), soci::use(by), soci::use(at), soci::use(existing);
    } else {
        sql << "INSERT INTO certificates (request_id, holder_name, holder_email, expires_on, "
               "recorded_by, recorded_at) VALUES (:r, :n, :m, :e, :b, :a) RETURNING id",
            soci::use(request), soci::use(certificate.holder_name),
            soci::use(certificate.holder_email), soci::use(expires), soci::use(by), soci::use(at),
            soci::into(existing);
    }
    sql << "UPDATE certificates SET superseded_at = :a WHERE LOWER(holder_email) = LOWER(:m) "
           "AND id <> :i AND superseded_at IS NULL",
        soci::use(at), soci::use(certificate.holder_email), soci::use(existing);
    append_desk_event(sql, certificate.request_id, event, now);
    transaction.commit();
}

std::optional<Certificate> CertificateStore::for_request(std::int64_t request_id)
{
    soci::session sql(m_database.pool());
    long long wanted = request_id;
    soci::rowset<soci::row> rows
        = (sql.prepare << std::string(kCertificateColumns) + "WHERE c.request_id = :r",
            soci::use(wanted));
    for (const soci::row& row : rows)
        return certificate_from_row(row);
    return std::nullopt;
}

std::vector<ReminderRecord> CertificateStore::reminders(std::int64_t certificate_id)
{
    soci::session sql(m_database.pool());
    long long wanted = certificate_id;
    std::vector<ReminderRecord> records;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT expires_on, days_before, outcome, at "
                                                   "FROM certificate_reminders WHERE "
                                                   "certificate_id = :c ORDER BY at, days_before "
                                                   "DESC",
        soci::use(wanted));
    for (const soci::row& row : rows) {
        records.push_back(
            { domain::parse_iso_date(row.get<std::string>(0)).value_or(domain::Date{}),
                static_cast<int>(integer_at(row, 1)), row.get<std::string>(2),
                parse_time(row.get<std::string>(3)) });
    }
    return records;
}

void CertificateStore::record_revocation_reason(std::int64_t request_id,
    const std::string& rfc_name, std::int64_t by, const DeskEvent& event, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    long long request = request_id;
    long long user = by;
    const std::string at = domain::to_utc_text(now);
    sql << "DELETE FROM certificate_revocations WHERE request_id = :r", soci::use(request);
    sql << "INSERT INTO certificate_revocations (request_id, reason, recorded_by, recorded_at) "
           "VALUES (:r, :n, :b, :a)",
        soci::use(request), soci::use(rfc_name), soci::use(user), soci::use(at);
    append_desk_event(sql, request_id, event, now);
    transaction.commit();
}

std::optional<std::string> CertificateStore::revocation_reason(std::int64_t request_id)
{
    soci::session sql(m_database.pool());
    long long request = request_id;
    std::string reason;
    sql << "SELECT reason FROM certificate_revocations WHERE request_id = :r", soci::into(reason),
        soci::use(request);
    if (!sql.got_data())
        return std::nullopt;
    return reason;
}

bool CertificateStore::revoked_since(
    const Certificate& certificate, const std::vector<std::string>& revocation_kinds)
{
    if (revocation_kinds.empty())
        return false;
    soci::session sql(m_database.pool());
    const std::string since = domain::to_utc_text(certificate.recorded_at);
    soci::rowset<soci::row> rows
        = (sql.prepare << "SELECT service, kind FROM requests WHERE LOWER(requester_email) = "
                          "LOWER(:m) AND status = 'selesai' AND updated_at >= :s",
            soci::use(certificate.holder_email), soci::use(since));
    for (const soci::row& row : rows) {
        const std::string pair = row.get<std::string>(0) + "/" + row.get<std::string>(1);
        for (const std::string& kind : revocation_kinds) {
            if (kind == pair)
                return true;
        }
    }
    return false;
}

ReminderReport CertificateStore::queue_due_reminders(const domain::ReminderSchedule& schedule,
    domain::TimePoint now, int utc_offset_minutes, const std::vector<std::string>& revocation_kinds,
    const ReminderComposer& compose)
{
    ReminderReport report;
    const domain::Date today = domain::office_date(now, utc_offset_minutes);
    const std::string today_text = domain::iso_date(today);
    std::vector<Certificate> candidates;
    {
        soci::session sql(m_database.pool());
        soci::rowset<soci::row> rows = (sql.prepare << std::string(kCertificateColumns)
                    + "WHERE c.superseded_at IS NULL AND c.expires_on >= :t AND r.status NOT "
                      "IN ('ditolak', 'dibatalkan') ORDER BY c.expires_on, c.id",
            soci::use(today_text));
        for (const soci::row& row : rows)
            candidates.push_back(certificate_from_row(row));
    }
    const std::string at = domain::to_utc_text(now);
    for (const Certificate& certificate : candidates) {
        if (revoked_since(certificate, revocation_kinds))
            continue;
        const std::string expires = domain::iso_date(certificate.expires_on);
        soci::session sql(m_database.pool());
        try {
            WriteTransaction transaction(sql, m_database.engine());
            const auto decision = domain::reminders_due(schedule, certificate.expires_on, today,
                thresholds_done(sql, certificate.id, expires));
            if (!decision.send && decision.skip.empty())
                continue;
            for (int days : decision.skip)
                insert_reminder(sql, certificate.id, expires, days, "skipped", at);
            if (decision.send) {
                insert_reminder(sql, certificate.id, expires, *decision.send, "sent", at);
                const DueReminder due{ certificate, *decision.send,
                    domain::days_between(today, certificate.expires_on) };
                Notification mail = compose(due);
                mail.request_id = certificate.request_id;
                enqueue(sql, mail, now);
                DeskEvent event;
                event.event = "certificate.event.reminder_sent";
                event.actor_kind = "sistem";
                event.note = domain::render(
                    { "certificate.reminder_note", domain::display_date(certificate.expires_on) });
                event.public_note = true;
                event.detail = { { "days_before", *decision.send }, { "expires_on", expires } };
                append_desk_event(sql, certificate.request_id, event, now);
            }
            transaction.commit();
            report.sent += decision.send ? 1 : 0;
            report.skipped += decision.skip.size();
        } catch (const soci::soci_error& error) {
            // Another process recorded the same reminder first: its row stands.
            spdlog::warn("certificate reminder not queued certificate={} error=\"{}\"",
                certificate.id, error.what());
        }
    }
    return report;
}

} // namespace lapis::store
