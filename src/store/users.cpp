#include "store/users.hpp"

#include <soci/soci.h>

#include "store/transaction.hpp"

namespace lapis::store {

UserStore::UserStore(Database& database)
    : m_database(database)
{
}

std::int64_t UserStore::add(const std::string& email, const std::string& name,
    const std::string& password_hash, const std::set<std::string>& roles, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    long long taken = 0;
    sql << "SELECT COUNT(*) FROM users WHERE email = :e", soci::into(taken), soci::use(email);
    if (taken > 0)
        return 0;
    const std::string created = domain::to_utc_text(now);
    long long id = 0;
    sql << "INSERT INTO users (email, name, password_hash, disabled, created_at) VALUES (:e, :n, "
           ":p, 0, :c) RETURNING id",
        soci::use(email), soci::use(name), soci::use(password_hash), soci::use(created),
        soci::into(id);
    for (const std::string& role : roles) {
        sql << "INSERT INTO user_roles (user_id, role) VALUES (:u, :r)", soci::use(id),
            soci::use(role);
    }
    transaction.commit();
    return id;
}

std::set<std::string> UserStore::roles_of(std::int64_t id)
{
    soci::session sql(m_database.pool());
    std::set<std::string> roles;
    std::string role;
    long long user = id;
    soci::statement statement = (sql.prepare << "SELECT role FROM user_roles WHERE user_id = :u",
        soci::into(role), soci::use(user));
    statement.execute();
    while (statement.fetch())
        roles.insert(role);
    return roles;
}

std::optional<User> UserStore::find_by_email(const std::string& email)
{
    long long id = 0;
    {
        soci::session sql(m_database.pool());
        sql << "SELECT id FROM users WHERE email = :e", soci::into(id), soci::use(email);
        if (!sql.got_data())
            return std::nullopt;
    }
    return find(id);
}

std::optional<User> UserStore::find(std::int64_t id)
{
    User user;
    {
        soci::session sql(m_database.pool());
        long long key = id;
        int disabled = 0;
        sql << "SELECT email, name, password_hash, disabled FROM users WHERE id = :id",
            soci::into(user.email), soci::into(user.name), soci::into(user.password_hash),
            soci::into(disabled), soci::use(key);
        if (!sql.got_data())
            return std::nullopt;
        user.disabled = disabled != 0;
    }
    user.id = id;
    user.roles = roles_of(id);
    return user;
}

std::vector<User> UserStore::with_role(const std::string& role)
{
    std::vector<long long> ids;
    {
        soci::session sql(m_database.pool());
        long long id = 0;
        soci::statement statement = (sql.prepare << "SELECT u.id FROM users u JOIN user_roles r "
                                                    "ON r.user_id = u.id WHERE r.role = :r AND "
                                                    "u.disabled = 0 ORDER BY u.name",
            soci::into(id), soci::use(role));
        statement.execute();
        while (statement.fetch())
            ids.push_back(id);
    }
    std::vector<User> users;
    for (long long id : ids) {
        if (auto user = find(id))
            users.push_back(std::move(*user));
    }
    return users;
}

long long UserStore::count()
{
    soci::session sql(m_database.pool());
    long long total = 0;
    sql << "SELECT COUNT(*) FROM users", soci::into(total);
    return total;
}

void UserStore::create_session(const Session& session)
{
    soci::session sql(m_database.pool());
    const std::string created = domain::to_utc_text(session.created_at);
    const std::string seen = domain::to_utc_text(session.last_seen);
    long long user = session.user_id;
    sql << "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen) VALUES "
           "(:t, :u, :c, :cr, :s)",
        soci::use(session.token_hash), soci::use(user), soci::use(session.csrf_token),
        soci::use(created), soci::use(seen);
}

std::optional<Session> UserStore::find_session(const std::string& token_hash)
{
    soci::session sql(m_database.pool());
    Session session;
    long long user = 0;
    std::string created;
    std::string seen;
    sql << "SELECT user_id, csrf_token, created_at, last_seen FROM sessions WHERE token_hash = :t",
        soci::into(user), soci::into(session.csrf_token), soci::into(created), soci::into(seen),
        soci::use(token_hash);
    if (!sql.got_data())
        return std::nullopt;
    session.token_hash = token_hash;
    session.user_id = user;
    session.created_at = domain::from_utc_text(created).value_or(domain::TimePoint{});
    session.last_seen = domain::from_utc_text(seen).value_or(domain::TimePoint{});
    return session;
}

void UserStore::touch_session(const std::string& token_hash, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    const std::string seen = domain::to_utc_text(now);
    sql << "UPDATE sessions SET last_seen = :s WHERE token_hash = :t", soci::use(seen),
        soci::use(token_hash);
}

void UserStore::delete_session(const std::string& token_hash)
{
    soci::session sql(m_database.pool());
    sql << "DELETE FROM sessions WHERE token_hash = :t", soci::use(token_hash);
}

void UserStore::add_setup_token(const std::string& token_hash, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    const std::string created = domain::to_utc_text(now);
    sql << "INSERT INTO setup_tokens (token_hash, created_at, used_at) VALUES (:t, :c, NULL)",
        soci::use(token_hash), soci::use(created);
}

bool UserStore::setup_token_open(const std::string& token_hash)
{
    soci::session sql(m_database.pool());
    long long open = 0;
    sql << "SELECT COUNT(*) FROM setup_tokens WHERE token_hash = :t AND used_at IS NULL",
        soci::into(open), soci::use(token_hash);
    return open > 0;
}

bool UserStore::use_setup_token(const std::string& token_hash, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    const std::string used = domain::to_utc_text(now);
    soci::statement update = (sql.prepare << "UPDATE setup_tokens SET used_at = :u WHERE "
                                             "token_hash = :t AND used_at IS NULL",
        soci::use(used), soci::use(token_hash));
    update.execute(true);
    return update.get_affected_rows() == 1;
}

}  // namespace lapis::store
