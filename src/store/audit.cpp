#include "store/audit.hpp"

#include <soci/soci.h>

#include "domain/tokens.hpp"
#include "store/transaction.hpp"

namespace lapis::store {
namespace {

// The hashed content of a row: every column but the hashes, each length-prefixed
// so that no two different rows serialise alike.
std::string canonical(
    const std::string& at, const AuditEvent& event, const std::string& previous_hash)
{
    std::string text;
    auto add = [&text](const std::string& part) {
        text += std::to_string(part.size());
        text += ':';
        text += part;
        text += ';';
    };
    add(at);
    add(event.actor_kind);
    add(std::to_string(event.actor_user));
    add(event.remote);
    add(event.action);
    add(event.object);
    add(event.detail);
    add(previous_hash);
    return text;
}

} // namespace

void append_audit(soci::session& sql, Engine engine, const AuditEvent& event, domain::TimePoint now)
{
    std::string previous;
    const char* lock = engine == Engine::Postgresql
        ? "SELECT hash FROM audit_head WHERE id = 1 FOR UPDATE"
        : "SELECT hash FROM audit_head WHERE id = 1";
    sql << lock, soci::into(previous);

    const std::string at = domain::to_utc_text(now);
    const std::string hash = domain::sha256_hex(canonical(at, event, previous));
    long long user = event.actor_user;
    soci::indicator user_indicator = event.actor_user == 0 ? soci::i_null : soci::i_ok;
    sql << "INSERT INTO audit_log (at, actor_kind, actor_user, remote, action, object, detail, "
           "previous_hash, hash) VALUES (:at, :k, :u, :r, :a, :o, :d, :p, :h)",
        soci::use(at), soci::use(event.actor_kind), soci::use(user, user_indicator),
        soci::use(event.remote), soci::use(event.action), soci::use(event.object),
        soci::use(event.detail), soci::use(previous), soci::use(hash);
    sql << "UPDATE audit_head SET hash = :h WHERE id = 1", soci::use(hash);
}

AuditStore::AuditStore(Database& database)
    : m_database(database)
{
}

void AuditStore::record(const AuditEvent& event, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    append_audit(sql, m_database.engine(), event, now);
    transaction.commit();
}

std::vector<AuditRow> AuditStore::list(const AuditFilter& filter)
{
    soci::session sql(m_database.pool());
    std::vector<AuditRow> rows;
    AuditRow row;
    long long id = 0;
    long long user = 0;
    soci::indicator user_indicator = soci::i_null;
    std::string at;
    const std::string prefix = filter.action_prefix + "%";
    const long long actor = filter.actor_user;
    const long long before = filter.before_id;
    const long long limit = static_cast<long long>(filter.limit);
    soci::statement statement = (sql.prepare
            << "SELECT id, at, actor_kind, actor_user, remote, action, object, detail, "
               "previous_hash, hash FROM audit_log WHERE action LIKE :p AND (:o = '' OR object "
               "= :o2) AND (:u = 0 OR actor_user = :u2) AND (:b = 0 OR id < :b2) ORDER BY id "
               "DESC LIMIT :l",
        soci::into(id), soci::into(at), soci::into(row.event.actor_kind),
        soci::into(user, user_indicator), soci::into(row.event.remote),
        soci::into(row.event.action), soci::into(row.event.object), soci::into(row.event.detail),
        soci::into(row.previous_hash), soci::into(row.hash), soci::use(prefix),
        soci::use(filter.object), soci::use(filter.object), soci::use(actor), soci::use(actor),
        soci::use(before), soci::use(before), soci::use(limit));
    statement.execute();
    while (statement.fetch()) {
        row.id = id;
        row.at = domain::from_utc_text(at).value_or(domain::TimePoint{});
        row.event.actor_user = user_indicator == soci::i_ok ? user : 0;
        rows.push_back(row);
    }
    return rows;
}

AuditStore::Verdict AuditStore::verify()
{
    soci::session sql(m_database.pool());
    Verdict verdict;
    long long id = 0;
    long long user = 0;
    soci::indicator user_indicator = soci::i_null;
    std::string at;
    AuditEvent event;
    std::string previous_hash;
    std::string hash;
    soci::statement statement
        = (sql.prepare << "SELECT id, at, actor_kind, actor_user, remote, action, object, detail, "
                          "previous_hash, hash FROM audit_log ORDER BY id",
            soci::into(id), soci::into(at), soci::into(event.actor_kind),
            soci::into(user, user_indicator), soci::into(event.remote), soci::into(event.action),
            soci::into(event.object), soci::into(event.detail), soci::into(previous_hash),
            soci::into(hash));
    statement.execute();
    std::string expected_previous;
    while (statement.fetch()) {
        ++verdict.rows;
        event.actor_user = user_indicator == soci::i_ok ? user : 0;
        if (previous_hash != expected_previous) {
            verdict
                = Verdict{ false, id, "the row before it was altered or removed", verdict.rows };
            return verdict;
        }
        if (domain::sha256_hex(canonical(at, event, previous_hash)) != hash) {
            verdict = Verdict{ false, id, "the row was altered", verdict.rows };
            return verdict;
        }
        expected_previous = hash;
    }
    std::string head;
    sql << "SELECT hash FROM audit_head WHERE id = 1", soci::into(head);
    if (head != expected_previous) {
        verdict.intact = false;
        verdict.first_bad_id = id + 1;
        verdict.reason = "the newest rows were removed";
    }
    return verdict;
}

} // namespace lapis::store
