// The notification outbox: e-mails are written as rows in the same transaction as
// the change that causes them, so a message exists if and only if its change was
// committed. A separate worker (notify::Notifier) reads due rows and sends them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "domain/clock.hpp"
#include "store/database.hpp"

namespace soci {
class session;
}

namespace lapis::store {

using OutboxId = std::int64_t;

// What a store operation asks to send. Text is kept byte for byte: encoding for
// the wire happens when the message is sent, never here.
struct Notification {
    std::string recipient; // one bare address: "maruf.hidayat@kotacontoh.go.id"
    std::string subject;
    std::string body;
    std::int64_t request_id = 0; // 0: not about a request (stored as NULL)
};

struct OutboxRow {
    OutboxId id = 0;
    domain::TimePoint created_at;
    std::int64_t request_id = 0;
    std::string recipient;
    std::string subject;
    std::string body;
    int attempts = 0;
    domain::TimePoint next_attempt_at;
    std::string last_error;
};

// Adds a row on `sql`, which the caller has inside its own open transaction: the
// row is committed or rolled back together with the caller's change.
void enqueue(soci::session& sql, const Notification& notification, domain::TimePoint now);

class OutboxStore {
public:
    explicit OutboxStore(Database& database);

    // Unsent rows whose next attempt is due at `now`, oldest first.
    std::vector<OutboxRow> due(domain::TimePoint now, std::size_t limit);
    // Records that the mail server accepted the message. Only an unsent row
    // changes, so a late second call cannot move the recorded time.
    void mark_sent(OutboxId id, domain::TimePoint now);
    // Records a failed attempt and when to try again.
    void mark_failed(
        OutboxId id, int attempts, domain::TimePoint next_attempt_at, const std::string& error);
    // How many rows are not sent yet (due now or later).
    long long pending();

private:
    Database& m_database;
};

} // namespace lapis::store
