// Requests, their history and their attachments. Every change to a request and
// its history row are written in one transaction; history rows are never changed.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog.hpp"
#include "domain/clock.hpp"
#include "domain/workflow.hpp"
#include "store/database.hpp"
#include "store/outbox.hpp"

namespace soci {
class session;
}

namespace lapis::store {

using RequestId = std::int64_t;

struct NewAttachment {
    std::string field;
    std::string original_name; // cleaned, for display only
    std::string content_type;
    std::string sha256; // the stored file's name
    std::int64_t size = 0;
};

struct NewRequest {
    std::string prefix; // LPS
    int year = 0; // in the office's time zone
    std::string service;
    std::string kind;
    const catalog::Procedure* procedure = nullptr;
    std::map<std::string, std::string> fields;
    std::map<std::string, std::string> warnings; // field → message key
    std::string requester_name;
    std::string requester_email;
    std::string requester_agency;
    std::string title;
    std::string tracking_hash;
    std::string idempotency_hash; // empty: no key was given
    std::string body_hash;
    std::vector<NewAttachment> attachments;
    std::string remote; // the submitter's address, for the audit log
    // Composes the mail about the new request once its number is known; the
    // messages go to the outbox in the same transaction, so they are sent if and
    // only if the request is stored.
    std::function<std::vector<Notification>(const std::string& number)> notifications;
    domain::TimePoint now;
};

struct Created {
    RequestId id = 0;
    std::string number;
    bool replayed = false; // the idempotency key was seen with the same body
    bool key_conflict = false; // the key was seen with another body
};

struct StoredRequest {
    RequestId id = 0;
    std::string number;
    std::string service;
    std::string kind;
    std::shared_ptr<const catalog::Procedure> procedure; // as it was when submitted
    domain::RequestState state;
    long long revision = 0;
    std::string tracking_hash;
    // A code mailed later to the address on the request (a lost link); the first
    // code keeps working, so nobody can take the requester's link away.
    std::string extra_tracking_hash;
    std::string requester_name;
    std::string requester_email;
    std::string requester_agency;
    std::string title;
    std::map<std::string, std::string> fields;
    std::map<std::string, std::string> warnings;
    domain::TimePoint created_at;
    domain::TimePoint updated_at;
};

struct HistoryEntry {
    std::int64_t id = 0;
    domain::TimePoint at;
    std::string action;
    std::string actor_kind; // "pemohon", "staf"
    std::int64_t actor_user = 0;
    std::string actor_name; // the staff member's name, empty for the requester
    std::string on_behalf_of;
    std::string from_status;
    std::string to_status;
    long long from_step = 0;
    long long to_step = 0;
    std::string note;
    std::string detail; // JSON: assignees, owner agency
};

struct Attachment {
    std::int64_t id = 0;
    RequestId request_id = 0;
    std::int64_t history_id = 0; // 0: sent with the submission
    std::string field;
    std::string original_name;
    std::string content_type;
    std::int64_t size = 0;
    std::string sha256;
    domain::TimePoint created_at;
    bool deleted = false; // removed under the retention rule; the row stays as a record
};

struct QueueItem {
    RequestId id = 0;
    std::string number;
    std::string service;
    std::string kind;
    std::string status;
    long long step_index = 0;
    std::string step_role;
    std::string requester_name;
    std::string title;
    domain::TimePoint created_at;
    domain::TimePoint updated_at;
};

// Who made a move, as the history records it.
struct MoveAuthor {
    std::string kind; // "pemohon" or "staf"
    std::int64_t user = 0;
    std::string remote; // for the audit log
};

class RequestStore {
public:
    explicit RequestStore(Database& database);

    Created create(const NewRequest& request);
    std::optional<StoredRequest> find(const std::string& number);
    std::vector<HistoryEntry> history(RequestId id);
    std::vector<Attachment> attachments(RequestId id);
    std::optional<Attachment> attachment(RequestId request, std::int64_t attachment_id);

    // Stores an allowed transition; false when the request changed since `before`
    // was read (another move won), and then nothing is written. `desk_write`, when
    // given, is a desk's record of the same event written in the same transaction
    // (a refused sign-off with the return it causes); an exception from it leaves
    // nothing written and reaches the caller.
    bool apply(const StoredRequest& before, const domain::Transition& transition,
        const MoveAuthor& author, const std::vector<NewAttachment>& files,
        const std::vector<Notification>& notifications, domain::TimePoint now,
        const std::function<void(soci::session&)>& desk_write = nullptr);

    // Sets the second tracking code (a requester lost theirs; a later request
    // replaces it again) and queues the mail carrying it in the same transaction.
    void replace_tracking_code(const StoredRequest& request, const std::string& tracking_hash,
        const Notification& notification, const std::string& remote, domain::TimePoint now);

    // Requests waiting at a step of `role`, excluding those whose named staff for
    // that role do not include `user`.
    std::vector<QueueItem> role_queue(const std::string& role, std::int64_t user);
    // Unfinished requests `user` was named to carry.
    std::vector<QueueItem> assigned_queue(std::int64_t user);
    // The requests an agency filed or owns the affected system of, newest first.
    std::vector<QueueItem> agency_requests(const std::string& agency, std::size_t limit);
    // Every request, newest first, for the staff overview.
    std::vector<QueueItem> recent(std::size_t limit);

private:
    std::int64_t procedure_version(
        soci::session& sql, const catalog::Procedure& procedure, const std::string& service);
    std::shared_ptr<const catalog::Procedure> load_procedure(soci::session& sql, std::int64_t id);

    Database& m_database;
    std::mutex m_procedures_mutex;
    // Snapshots are immutable rows: each is parsed once.
    std::map<std::int64_t, std::shared_ptr<const catalog::Procedure>> m_procedures;
};

} // namespace lapis::store
