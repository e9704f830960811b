#include "store/requests.hpp"

#include <soci/soci.h>

#include <nlohmann/json.hpp>

#include "domain/tokens.hpp"
#include "store/audit.hpp"
#include "store/procedure_json.hpp"
#include "store/transaction.hpp"

namespace lapis::store {
namespace {

using nlohmann::json;

std::string map_to_json(const std::map<std::string, std::string>& values)
{
    return json(values).dump();
}

std::map<std::string, std::string> map_from_json(const std::string& text)
{
    return json::parse(text).get<std::map<std::string, std::string>>();
}

domain::TimePoint parse_time(const std::string& text)
{
    return domain::from_utc_text(text).value_or(domain::TimePoint{});
}

const char* kQueueColumns = "r.id, r.number, r.service, r.kind, r.status, r.step_index, "
                            "r.step_role, r.requester_name, r.title, r.created_at, r.updated_at";

// Runs a query selecting kQueueColumns and collects the rows.
template <typename... Uses>
std::vector<QueueItem> fetch_queue(soci::session& sql, const std::string& query, Uses&&... uses)
{
    std::vector<QueueItem> items;
    QueueItem item;
    long long id = 0;
    std::string created;
    std::string updated;
    // A left fold over the comma operator appends the caller's bound values.
    soci::statement statement
        = ((sql.prepare << query, soci::into(id), soci::into(item.number), soci::into(item.service),
               soci::into(item.kind), soci::into(item.status), soci::into(item.step_index),
               soci::into(item.step_role), soci::into(item.requester_name), soci::into(item.title),
               soci::into(created), soci::into(updated)),
            ..., std::forward<Uses>(uses));
    statement.execute();
    while (statement.fetch()) {
        item.id = id;
        item.created_at = parse_time(created);
        item.updated_at = parse_time(updated);
        items.push_back(item);
    }
    return items;
}

const char* kActive = "r.status IN ('berjalan', 'menunggu-pemohon')";

} // namespace

RequestStore::RequestStore(Database& database)
    : m_database(database)
{
}

std::int64_t RequestStore::procedure_version(
    soci::session& sql, const catalog::Procedure& procedure, const std::string& service)
{
    const std::string body = procedure_to_json(procedure).dump();
    const std::string digest = domain::sha256_hex(body);
    long long id = 0;
    soci::indicator found = soci::i_null;
    sql << "SELECT id FROM procedure_versions WHERE digest = :d", soci::into(id, found),
        soci::use(digest);
    if (sql.got_data() && found == soci::i_ok)
        return id;
    sql << "INSERT INTO procedure_versions (service, procedure_id, digest, body) "
           "VALUES (:s, :p, :d, :b) RETURNING id",
        soci::use(service), soci::use(procedure.id), soci::use(digest), soci::use(body),
        soci::into(id);
    return id;
}

std::shared_ptr<const catalog::Procedure> RequestStore::load_procedure(
    soci::session& sql, std::int64_t id)
{
    {
        std::lock_guard lock(m_procedures_mutex);
        auto cached = m_procedures.find(id);
        if (cached != m_procedures.end())
            return cached->second;
    }
    std::string body;
    long long key = id;
    sql << "SELECT body FROM procedure_versions WHERE id = :id", soci::into(body), soci::use(key);
    auto procedure
        = std::make_shared<const catalog::Procedure>(procedure_from_json(json::parse(body)));
    std::lock_guard lock(m_procedures_mutex);
    m_procedures.emplace(id, procedure);
    return procedure;
}

Created RequestStore::create(const NewRequest& request)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());

    if (!request.idempotency_hash.empty()) {
        long long existing = 0;
        std::string body_hash;
        sql << "SELECT request_id, body_hash FROM idempotency_keys WHERE key_hash = :k",
            soci::into(existing), soci::into(body_hash), soci::use(request.idempotency_hash);
        if (sql.got_data()) {
            Created created;
            created.id = existing;
            created.key_conflict = body_hash != request.body_hash;
            created.replayed = !created.key_conflict;
            sql << "SELECT number FROM requests WHERE id = :id", soci::into(created.number),
                soci::use(existing);
            return created;
        }
    }

    long long sequence = 0;
    sql << "INSERT INTO request_sequences (year, last_value) VALUES (:y, 1) "
           "ON CONFLICT (year) DO UPDATE SET last_value = request_sequences.last_value + 1 "
           "RETURNING last_value",
        soci::use(request.year), soci::into(sequence);

    Created created;
    created.number = domain::request_number(request.prefix, request.year, sequence);
    const long long version = procedure_version(sql, *request.procedure, request.service);
    const domain::RequestState state = domain::initial_state(*request.procedure);
    const long long step_index = static_cast<long long>(state.step);
    const std::string step_role = request.procedure->steps.at(state.step).staff_role();
    const std::string status = domain::to_string(state.status);
    const std::string now = domain::to_utc_text(request.now);
    const std::string fields = map_to_json(request.fields);
    const std::string warnings = map_to_json(request.warnings);
    long long id = 0;
    sql << "INSERT INTO requests (number, service, kind, procedure_version, status, step_index, "
           "step_role, revision, owner_agency, tracking_hash, requester_name, requester_email, "
           "requester_agency, title, fields, warnings, created_at, updated_at) VALUES (:n, :s, "
           ":k, :v, :st, :si, :sr, 0, '', :th, :rn, :re, :ra, :t, :f, :w, :c, :u) RETURNING id",
        soci::use(created.number), soci::use(request.service), soci::use(request.kind),
        soci::use(version), soci::use(status), soci::use(step_index), soci::use(step_role),
        soci::use(request.tracking_hash), soci::use(request.requester_name),
        soci::use(request.requester_email), soci::use(request.requester_agency),
        soci::use(request.title), soci::use(fields), soci::use(warnings), soci::use(now),
        soci::use(now), soci::into(id);
    created.id = id;

    const std::string action = domain::to_string(domain::Action::Submit);
    long long history_id = 0;
    sql << "INSERT INTO request_history (request_id, at, action, actor_kind, actor_user, "
           "on_behalf_of, from_status, to_status, from_step, to_step, note, detail) VALUES "
           "(:r, :at, :a, 'pemohon', NULL, '', '', :ts, 0, :step, '', '{}') RETURNING id",
        soci::use(id), soci::use(now), soci::use(action), soci::use(status), soci::use(step_index),
        soci::into(history_id);

    for (const NewAttachment& file : request.attachments) {
        sql << "INSERT INTO attachments (request_id, history_id, field, original_name, "
               "content_type, size, sha256, created_at) VALUES (:r, NULL, :f, :o, :c, :s, :h, "
               ":at)",
            soci::use(id), soci::use(file.field), soci::use(file.original_name),
            soci::use(file.content_type), soci::use(static_cast<long long>(file.size)),
            soci::use(file.sha256), soci::use(now);
    }
    const json audit_detail = { { "service", request.service }, { "kind", request.kind } };
    append_audit(sql, m_database.engine(),
        { "pemohon", 0, request.remote, "request.submit", "request:" + created.number,
            audit_detail.dump() },
        request.now);
    if (request.notifications) {
        for (Notification notification : request.notifications(created.number)) {
            notification.request_id = id;
            enqueue(sql, notification, request.now);
        }
    }
    if (!request.idempotency_hash.empty()) {
        sql << "INSERT INTO idempotency_keys (key_hash, request_id, body_hash, created_at) "
               "VALUES (:k, :r, :b, :at)",
            soci::use(request.idempotency_hash), soci::use(id), soci::use(request.body_hash),
            soci::use(now);
    }
    transaction.commit();
    return created;
}

std::optional<StoredRequest> RequestStore::find(const std::string& number)
{
    soci::session sql(m_database.pool());
    StoredRequest request;
    long long id = 0;
    long long version = 0;
    long long step = 0;
    std::string status;
    std::string fields;
    std::string warnings;
    std::string created;
    std::string updated;
    sql << "SELECT id, number, service, kind, procedure_version, status, step_index, revision, "
           "owner_agency, tracking_hash, extra_tracking_hash, requester_name, requester_email, "
           "requester_agency, "
           "title, fields, warnings, created_at, updated_at FROM requests WHERE number = :n",
        soci::into(id), soci::into(request.number), soci::into(request.service),
        soci::into(request.kind), soci::into(version), soci::into(status), soci::into(step),
        soci::into(request.revision), soci::into(request.state.owner_agency),
        soci::into(request.tracking_hash), soci::into(request.extra_tracking_hash),
        soci::into(request.requester_name), soci::into(request.requester_email),
        soci::into(request.requester_agency), soci::into(request.title), soci::into(fields),
        soci::into(warnings), soci::into(created), soci::into(updated), soci::use(number);
    if (!sql.got_data())
        return std::nullopt;

    request.id = id;
    request.procedure = load_procedure(sql, version);
    request.state.status = domain::status_from_string(status).value_or(domain::Status::Berjalan);
    request.state.step = static_cast<std::size_t>(step);
    request.fields = map_from_json(fields);
    request.warnings = map_from_json(warnings);
    request.state.requester_agency = request.requester_agency;
    request.created_at = parse_time(created);
    request.updated_at = parse_time(updated);

    std::string role;
    long long user = 0;
    soci::statement assignees = (sql.prepare << "SELECT role, user_id FROM request_assignees "
                                                "WHERE request_id = :r ORDER BY role, user_id",
        soci::into(role), soci::into(user), soci::use(id));
    assignees.execute();
    while (assignees.fetch())
        request.state.assignees[role].push_back(user);
    return request;
}

std::vector<HistoryEntry> RequestStore::history(RequestId id)
{
    soci::session sql(m_database.pool());
    std::vector<HistoryEntry> entries;
    HistoryEntry entry;
    long long history_id = 0;
    long long user = 0;
    soci::indicator user_indicator = soci::i_null;
    soci::indicator name_indicator = soci::i_null;
    std::string at;
    long long request = id;
    soci::statement statement = (sql.prepare
            << "SELECT h.id, h.at, h.action, h.actor_kind, h.actor_user, u.name, h.on_behalf_of, "
               "h.from_status, h.to_status, h.from_step, h.to_step, h.note, h.detail FROM "
               "request_history h LEFT JOIN users u ON u.id = h.actor_user WHERE h.request_id "
               "= :r ORDER BY h.id",
        soci::into(history_id), soci::into(at), soci::into(entry.action),
        soci::into(entry.actor_kind), soci::into(user, user_indicator),
        soci::into(entry.actor_name, name_indicator), soci::into(entry.on_behalf_of),
        soci::into(entry.from_status), soci::into(entry.to_status), soci::into(entry.from_step),
        soci::into(entry.to_step), soci::into(entry.note), soci::into(entry.detail),
        soci::use(request));
    statement.execute();
    while (statement.fetch()) {
        entry.id = history_id;
        entry.at = parse_time(at);
        entry.actor_user = user_indicator == soci::i_ok ? user : 0;
        if (name_indicator != soci::i_ok)
            entry.actor_name.clear();
        entries.push_back(entry);
    }
    return entries;
}

std::vector<Attachment> RequestStore::attachments(RequestId id)
{
    soci::session sql(m_database.pool());
    std::vector<Attachment> files;
    Attachment file;
    long long attachment_id = 0;
    long long history = 0;
    long long size = 0;
    soci::indicator history_indicator = soci::i_null;
    std::string created;
    std::string deleted;
    soci::indicator deleted_indicator = soci::i_null;
    long long request = id;
    soci::statement statement = (sql.prepare
            << "SELECT id, history_id, field, original_name, content_type, size, sha256, "
               "created_at, deleted_at FROM attachments WHERE request_id = :r ORDER BY id",
        soci::into(attachment_id), soci::into(history, history_indicator), soci::into(file.field),
        soci::into(file.original_name), soci::into(file.content_type), soci::into(size),
        soci::into(file.sha256), soci::into(created), soci::into(deleted, deleted_indicator),
        soci::use(request));
    statement.execute();
    while (statement.fetch()) {
        file.deleted = deleted_indicator == soci::i_ok;
        file.id = attachment_id;
        file.request_id = id;
        file.history_id = history_indicator == soci::i_ok ? history : 0;
        file.size = size;
        file.created_at = parse_time(created);
        files.push_back(file);
    }
    return files;
}

std::optional<Attachment> RequestStore::attachment(RequestId request, std::int64_t attachment_id)
{
    for (Attachment& file : attachments(request)) {
        if (file.id == attachment_id)
            return file;
    }
    return std::nullopt;
}

bool RequestStore::apply(const StoredRequest& before, const domain::Transition& transition,
    const MoveAuthor& author, const std::vector<NewAttachment>& files,
    const std::vector<Notification>& notifications, domain::TimePoint now,
    const std::function<void(soci::session&)>& desk_write)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());

    const domain::RequestState next = domain::apply(before.state, transition);
    const std::string status = domain::to_string(next.status);
    const long long step = static_cast<long long>(next.step);
    const std::string step_role = before.procedure->steps.at(next.step).staff_role();
    const std::string when = domain::to_utc_text(now);
    const long long id = before.id;
    const long long revision = before.revision;
    soci::statement update = (sql.prepare
            << "UPDATE requests SET status = :s, step_index = :si, step_role = :sr, "
               "owner_agency = :o, revision = revision + 1, updated_at = :u WHERE id = :id AND "
               "revision = :rev",
        soci::use(status), soci::use(step), soci::use(step_role), soci::use(next.owner_agency),
        soci::use(when), soci::use(id), soci::use(revision));
    update.execute(true);
    if (update.get_affected_rows() != 1)
        return false;

    json detail = json::object();
    if (!transition.assigned_role.empty()) {
        sql << "DELETE FROM request_assignees WHERE request_id = :r AND role = :role",
            soci::use(id), soci::use(transition.assigned_role);
        for (domain::UserId user : transition.assigned) {
            long long user_id = user;
            sql << "INSERT INTO request_assignees (request_id, role, user_id) VALUES (:r, :role, "
                   ":u)",
                soci::use(id), soci::use(transition.assigned_role), soci::use(user_id);
        }
        detail["assigned_role"] = transition.assigned_role;
        detail["assigned"] = transition.assigned;
    }
    if (!transition.owner_agency.empty())
        detail["owner_agency"] = transition.owner_agency;
    if (transition.note_public)
        detail["public"] = true;

    const std::string action = domain::to_string(transition.action);
    const std::string from_status = domain::to_string(transition.from_status);
    const long long from_step = static_cast<long long>(transition.from_step);
    const std::string detail_text = detail.dump();
    long long actor_user = author.user;
    soci::indicator actor_indicator = author.user == 0 ? soci::i_null : soci::i_ok;
    long long history_id = 0;
    sql << "INSERT INTO request_history (request_id, at, action, actor_kind, actor_user, "
           "on_behalf_of, from_status, to_status, from_step, to_step, note, detail) VALUES (:r, "
           ":at, :a, :k, :u, :b, :fs, :ts, :fst, :tst, :n, :d) RETURNING id",
        soci::use(id), soci::use(when), soci::use(action), soci::use(author.kind),
        soci::use(actor_user, actor_indicator), soci::use(transition.on_behalf_of),
        soci::use(from_status), soci::use(status), soci::use(from_step), soci::use(step),
        soci::use(transition.note), soci::use(detail_text), soci::into(history_id);

    for (const NewAttachment& file : files) {
        sql << "INSERT INTO attachments (request_id, history_id, field, original_name, "
               "content_type, size, sha256, created_at) VALUES (:r, :h, :f, :o, :c, :s, :sha, "
               ":at)",
            soci::use(id), soci::use(history_id), soci::use(file.field),
            soci::use(file.original_name), soci::use(file.content_type),
            soci::use(static_cast<long long>(file.size)), soci::use(file.sha256), soci::use(when);
    }
    detail["from_status"] = from_status;
    detail["to_status"] = status;
    detail["from_step"] = from_step;
    detail["to_step"] = step;
    if (!transition.on_behalf_of.empty())
        detail["on_behalf_of"] = transition.on_behalf_of;
    append_audit(sql, m_database.engine(),
        { author.kind, author.user, author.remote, "request." + action, "request:" + before.number,
            detail.dump() },
        now);
    for (Notification notification : notifications) {
        notification.request_id = id;
        enqueue(sql, notification, now);
    }
    if (desk_write)
        desk_write(sql);
    transaction.commit();
    return true;
}

void RequestStore::replace_tracking_code(const StoredRequest& request,
    const std::string& tracking_hash, const Notification& notification, const std::string& remote,
    domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    const long long id = request.id;
    sql << "UPDATE requests SET extra_tracking_hash = :h WHERE id = :id", soci::use(tracking_hash),
        soci::use(id);
    append_audit(sql, m_database.engine(),
        { "pemohon", 0, remote, "request.tracking_code_replaced", "request:" + request.number,
            "{}" },
        now);
    Notification mail = notification;
    mail.request_id = id;
    enqueue(sql, mail, now);
    transaction.commit();
}

std::vector<QueueItem> RequestStore::role_queue(const std::string& role, std::int64_t user)
{
    soci::session sql(m_database.pool());
    long long user_id = user;
    return fetch_queue(sql,
        std::string("SELECT ") + kQueueColumns + " FROM requests r WHERE " + kActive
            + " AND r.step_role = :role AND (NOT EXISTS (SELECT 1 FROM request_assignees a "
              "WHERE a.request_id = r.id AND a.role = r.step_role) OR EXISTS (SELECT 1 FROM "
              "request_assignees a WHERE a.request_id = r.id AND a.role = r.step_role AND "
              "a.user_id = :u)) ORDER BY r.updated_at, r.id",
        soci::use(role), soci::use(user_id));
}

std::vector<QueueItem> RequestStore::assigned_queue(std::int64_t user)
{
    soci::session sql(m_database.pool());
    long long user_id = user;
    return fetch_queue(sql,
        std::string("SELECT DISTINCT ") + kQueueColumns
            + " FROM requests r JOIN request_assignees a ON a.request_id = r.id WHERE " + kActive
            + " AND a.user_id = :u ORDER BY r.updated_at, r.id",
        soci::use(user_id));
}

std::vector<QueueItem> RequestStore::agency_requests(const std::string& agency, std::size_t limit)
{
    soci::session sql(m_database.pool());
    long long count = static_cast<long long>(limit);
    return fetch_queue(sql,
        std::string("SELECT ") + kQueueColumns
            + " FROM requests r WHERE r.requester_agency = :a OR r.owner_agency = :a2 ORDER BY "
              "r.id DESC LIMIT :l",
        soci::use(agency), soci::use(agency), soci::use(count));
}

std::vector<QueueItem> RequestStore::recent(std::size_t limit)
{
    soci::session sql(m_database.pool());
    long long count = static_cast<long long>(limit);
    return fetch_queue(sql,
        std::string("SELECT ") + kQueueColumns + " FROM requests r ORDER BY r.id DESC LIMIT :l",
        soci::use(count));
}

} // namespace lapis::store
