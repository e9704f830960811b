// The e-certificate desk's records: the expiry date staff record when a
// certificate is issued or renewed, and the reminders sent before it passes.
// A reminder is a row per certificate, expiry date and threshold, written in the
// same transaction as its outbox message and history row: it goes out once, also
// when the job runs again, after a restart, or in two processes at once.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/certificate.hpp"
#include "domain/clock.hpp"
#include "store/database.hpp"
#include "store/desk_history.hpp"
#include "store/outbox.hpp"

namespace lapis::store {

struct Certificate {
    std::int64_t id = 0;
    std::int64_t request_id = 0;
    std::string number; // the request's (read only)
    std::string holder_name;
    std::string holder_email;
    domain::Date expires_on;
    std::int64_t recorded_by = 0;
    domain::TimePoint recorded_at;
    std::optional<domain::TimePoint> superseded_at; // a later certificate of the holder
};

struct ReminderRecord {
    domain::Date expires_on;
    int days_before = 0;
    std::string outcome; // "sent" or "skipped"
    domain::TimePoint at;
};

// A reminder to send now, for the composer.
struct DueReminder {
    Certificate certificate;
    int days_before = 0;
    int days_left = 0;
};

struct ReminderReport {
    std::size_t sent = 0;
    std::size_t skipped = 0;
};

using ReminderComposer = std::function<Notification(const DueReminder&)>;

class CertificateStore {
public:
    explicit CertificateStore(Database& database);

    // Records (or corrects) the expiry date of the request's certificate. Earlier
    // certificates of the same holder address are superseded: no more reminders.
    void record(const Certificate& certificate, const DeskEvent& event, domain::TimePoint now);
    std::optional<Certificate> for_request(std::int64_t request_id);
    std::vector<ReminderRecord> reminders(std::int64_t certificate_id);

    // The RFC 5280 reason name ("privilegeWithdrawn") recorded for a revocation
    // request by the registration officer; replaces an earlier one.
    void record_revocation_reason(std::int64_t request_id, const std::string& rfc_name,
        std::int64_t by, const DeskEvent& event, domain::TimePoint now);
    std::optional<std::string> revocation_reason(std::int64_t request_id);

    // One pass of the reminder job: for every certificate not superseded, not
    // expired and whose holder has no finished revocation since, queues the
    // reminder that is due today (office date of `now`) through the outbox.
    // `revocation_kinds` are "service/kind" pairs whose finished requests end
    // a holder's certificates.
    ReminderReport queue_due_reminders(const domain::ReminderSchedule& schedule,
        domain::TimePoint now, int utc_offset_minutes,
        const std::vector<std::string>& revocation_kinds, const ReminderComposer& compose);

private:
    bool revoked_since(
        const Certificate& certificate, const std::vector<std::string>& revocation_kinds);

    Database& m_database;
};

} // namespace lapis::store
