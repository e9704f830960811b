#include "store/incident.hpp"

#include <soci/soci.h>

#include "store/rows.hpp"
#include "store/transaction.hpp"

namespace lapis::store {
namespace {

domain::TimePoint parse_time(const std::string& text)
{
    return domain::from_utc_text(text).value_or(domain::TimePoint{});
}

// The case row exists once anything of the case is recorded; '' means not yet.
void ensure_case(soci::session& sql, std::int64_t request_id, const std::string& at)
{
    long long id = request_id;
    long long count = 0;
    sql << "SELECT COUNT(*) FROM incident_cases WHERE request_id = :r", soci::into(count),
        soci::use(id);
    if (count > 0)
        return;
    sql << "INSERT INTO incident_cases (request_id, rsit_class, rsit_type, tlp, priority, "
           "default_priority, priority_reason, system_id, updated_at) VALUES (:r, '', '', '', "
           "'', '', '', NULL, :t)",
        soci::use(id), soci::use(at);
}

void set_system(soci::session& sql, std::int64_t request_id, SystemId system, const std::string& at)
{
    ensure_case(sql, request_id, at);
    long long id = request_id;
    long long system_id = system;
    sql << "UPDATE incident_cases SET system_id = :s, updated_at = :t WHERE request_id = :r",
        soci::use(system_id), soci::use(at), soci::use(id);
}

IncidentEntry entry_from_row(const soci::row& row)
{
    IncidentEntry entry;
    entry.id = integer_at(row, 0);
    entry.request_id = integer_at(row, 1);
    entry.kind = row.get<std::string>(2);
    entry.tlp = row.get<std::string>(3);
    entry.body = nlohmann::json::parse(row.get<std::string>(4), nullptr, false);
    if (entry.body.is_discarded())
        entry.body = nlohmann::json::object();
    entry.actor_kind = row.get<std::string>(5);
    entry.actor_user = optional_integer_at(row, 6).value_or(0);
    entry.recorded_at = parse_time(row.get<std::string>(7));
    return entry;
}

} // namespace

IncidentStore::IncidentStore(Database& database)
    : m_database(database)
{
}

std::optional<IncidentCase> IncidentStore::find(std::int64_t request_id)
{
    soci::session sql(m_database.pool());
    long long id = request_id;
    soci::rowset<soci::row> rows = (sql.prepare
            << "SELECT request_id, rsit_class, rsit_type, tlp, priority, default_priority, "
               "priority_reason, system_id, updated_at FROM incident_cases WHERE request_id = :r",
        soci::use(id));
    for (const soci::row& row : rows) {
        IncidentCase result;
        result.request_id = integer_at(row, 0);
        result.rsit_class = row.get<std::string>(1);
        result.rsit_type = row.get<std::string>(2);
        result.tlp = row.get<std::string>(3);
        result.priority = row.get<std::string>(4);
        result.default_priority = row.get<std::string>(5);
        result.priority_reason = row.get<std::string>(6);
        if (auto system = optional_integer_at(row, 7))
            result.system_id = *system;
        result.updated_at = parse_time(row.get<std::string>(8));
        return result;
    }
    return std::nullopt;
}

void IncidentStore::classify(std::int64_t request_id, const IncidentClassification& classification,
    const DeskEvent& event, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    const std::string at = domain::to_utc_text(now);
    ensure_case(sql, request_id, at);
    long long id = request_id;
    sql << "UPDATE incident_cases SET rsit_class = :c, rsit_type = :ty, tlp = :tlp, priority = "
           ":p, default_priority = :dp, priority_reason = :pr, updated_at = :t WHERE request_id "
           "= :r",
        soci::use(classification.rsit_class), soci::use(classification.rsit_type),
        soci::use(classification.tlp), soci::use(classification.priority),
        soci::use(classification.default_priority), soci::use(classification.priority_reason),
        soci::use(at), soci::use(id);
    append_desk_event(sql, request_id, event, now);
    transaction.commit();
}

bool IncidentStore::link_system(
    std::int64_t request_id, SystemId system, const DeskEvent& event, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    long long wanted = system;
    long long count = 0;
    sql << "SELECT COUNT(*) FROM electronic_systems WHERE id = :i", soci::into(count),
        soci::use(wanted);
    if (count == 0)
        return false;
    set_system(sql, request_id, system, domain::to_utc_text(now));
    append_desk_event(sql, request_id, event, now);
    transaction.commit();
    return true;
}

std::optional<SystemId> IncidentStore::register_and_link(std::int64_t request_id,
    const ElectronicSystem& system, const DeskEvent& event, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    long long taken = 0;
    sql << "SELECT COUNT(*) FROM electronic_systems WHERE agency = :a AND LOWER(name) = "
           "LOWER(:n)",
        soci::into(taken), soci::use(system.agency), soci::use(system.name);
    if (taken > 0)
        return std::nullopt;
    const std::string at = domain::to_utc_text(now);
    long long id = 0;
    sql << "INSERT INTO electronic_systems (agency, name, url, owner_unit, description, "
           "created_at, updated_at) VALUES (:a, :n, :u, :o, :d, :c, :c2) RETURNING id",
        soci::use(system.agency), soci::use(system.name), soci::use(system.url),
        soci::use(system.owner_unit), soci::use(system.description), soci::use(at), soci::use(at),
        soci::into(id);
    set_system(sql, request_id, id, at);
    append_desk_event(sql, request_id, event, now);
    transaction.commit();
    return id;
}

std::int64_t IncidentStore::add_entry(
    const IncidentEntry& entry, const DeskEvent& event, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    long long request = entry.request_id;
    const std::string body = entry.body.dump();
    const std::string at = domain::to_utc_text(now);
    long long user = entry.actor_user;
    soci::indicator user_indicator = entry.actor_user == 0 ? soci::i_null : soci::i_ok;
    long long id = 0;
    sql << "INSERT INTO incident_entries (request_id, kind, tlp, body, actor_kind, actor_user, "
           "recorded_at) VALUES (:r, :k, :t, :b, :ak, :au, :at) RETURNING id",
        soci::use(request), soci::use(entry.kind), soci::use(entry.tlp), soci::use(body),
        soci::use(entry.actor_kind), soci::use(user, user_indicator), soci::use(at), soci::into(id);
    append_desk_event(sql, entry.request_id, event, now);
    transaction.commit();
    return id;
}

std::vector<IncidentEntry> IncidentStore::entries(std::int64_t request_id)
{
    soci::session sql(m_database.pool());
    long long id = request_id;
    std::vector<IncidentEntry> result;
    soci::rowset<soci::row> rows = (sql.prepare
            << "SELECT id, request_id, kind, tlp, body, actor_kind, actor_user, recorded_at FROM "
               "incident_entries WHERE request_id = :r ORDER BY id",
        soci::use(id));
    for (const soci::row& row : rows)
        result.push_back(entry_from_row(row));
    return result;
}

std::map<std::string, IncidentEntry> IncidentStore::latest_entries(std::int64_t request_id)
{
    std::map<std::string, IncidentEntry> latest;
    for (IncidentEntry& entry : entries(request_id))
        latest[entry.kind] = std::move(entry);
    return latest;
}

bool IncidentStore::label_evidence(std::int64_t request_id, std::int64_t attachment_id,
    const std::string& tlp, const DeskEvent& event, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    long long request = request_id;
    long long attachment = attachment_id;
    long long count = 0;
    sql << "SELECT COUNT(*) FROM attachments WHERE id = :a AND request_id = :r", soci::into(count),
        soci::use(attachment), soci::use(request);
    if (count == 0)
        return false;
    const std::string at = domain::to_utc_text(now);
    sql << "DELETE FROM incident_evidence WHERE attachment_id = :a", soci::use(attachment);
    sql << "INSERT INTO incident_evidence (attachment_id, request_id, tlp, labelled_at) VALUES "
           "(:a, :r, :t, :at)",
        soci::use(attachment), soci::use(request), soci::use(tlp), soci::use(at);
    append_desk_event(sql, request_id, event, now);
    transaction.commit();
    return true;
}

std::map<std::int64_t, std::string> IncidentStore::evidence_labels(std::int64_t request_id)
{
    soci::session sql(m_database.pool());
    long long id = request_id;
    std::map<std::int64_t, std::string> labels;
    soci::rowset<soci::row> rows
        = (sql.prepare << "SELECT attachment_id, tlp FROM incident_evidence WHERE request_id = :r",
            soci::use(id));
    for (const soci::row& row : rows)
        labels[integer_at(row, 0)] = row.get<std::string>(1);
    return labels;
}

} // namespace lapis::store
