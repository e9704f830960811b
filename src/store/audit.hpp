// The audit trail: logins, failed logins, role changes, every view of sensitive
// data (NIK, ID scans, evidence downloads), exports and every state change. Rows
// are only appended; each carries the SHA-256 of its content and of the row before
// it, so `lapis audit verify` finds the first row that was altered or removed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/clock.hpp"
#include "store/database.hpp"

namespace soci {
class session;
}

namespace lapis::store {

struct AuditEvent {
    std::string actor_kind; // "staf", "pemohon", "sistem", "publik"
    std::int64_t actor_user = 0;
    std::string remote; // the caller's address, when there is one
    std::string action; // "login", "login.failed", "request.complete", "attachment.view", …
    std::string object; // "request:LPS-2026-000001", "user:3"
    std::string detail; // JSON; never a password, token or NIK
};

struct AuditRow {
    std::int64_t id = 0;
    domain::TimePoint at;
    AuditEvent event;
    std::string previous_hash;
    std::string hash;
};

struct AuditFilter {
    std::string action_prefix; // "login" matches "login" and "login.failed"
    std::string object; // exact
    std::int64_t actor_user = 0;
    std::size_t limit = 200;
    std::int64_t before_id = 0; // page backwards from here; 0: the newest
};

// Appends inside the caller's open write transaction, so the audit row commits
// with the change it describes, or not at all.
void append_audit(
    soci::session& sql, Engine engine, const AuditEvent& event, domain::TimePoint now);

class AuditStore {
public:
    explicit AuditStore(Database& database);

    // Appends in a transaction of its own (logins, views, exports).
    void record(const AuditEvent& event, domain::TimePoint now);
    std::vector<AuditRow> list(const AuditFilter& filter);

    struct Verdict {
        bool intact = true;
        std::int64_t first_bad_id = 0; // the first row whose chain does not hold
        std::string reason;
        std::int64_t rows = 0;
    };
    Verdict verify();

private:
    Database& m_database;
};

} // namespace lapis::store
