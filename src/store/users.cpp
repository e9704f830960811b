#include "store/users.hpp"

#include <chrono>

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

std::int64_t UserStore::add_agency_user(const std::string& email, const std::string& name,
    const std::string& password_hash, const std::string& agency, const std::string& token_hash,
    domain::TimePoint expires, const Notification& mail, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    long long taken = 0;
    sql << "SELECT COUNT(*) FROM users WHERE email = :e", soci::into(taken), soci::use(email);
    if (taken > 0)
        return 0;
    const std::string created = domain::to_utc_text(now);
    const std::string until = domain::to_utc_text(expires);
    long long id = 0;
    sql << "INSERT INTO users (email, name, password_hash, disabled, created_at, agency) VALUES "
           "(:e, :n, :p, 1, :c, :a) RETURNING id",
        soci::use(email), soci::use(name), soci::use(password_hash), soci::use(created),
        soci::use(agency), soci::into(id);
    sql << "INSERT INTO email_verifications (token_hash, user_id, expires_at, used_at) VALUES (:t, "
           ":u, :x, NULL)",
        soci::use(token_hash), soci::use(id), soci::use(until);
    enqueue(sql, mail, now);
    transaction.commit();
    return id;
}

std::optional<std::int64_t> UserStore::verify_email(
    const std::string& token_hash, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    const std::string at = domain::to_utc_text(now);
    long long user = 0;
    sql << "SELECT user_id FROM email_verifications WHERE token_hash = :t AND used_at IS NULL AND "
           "expires_at > :n",
        soci::into(user), soci::use(token_hash), soci::use(at);
    if (!sql.got_data())
        return std::nullopt;
    sql << "UPDATE email_verifications SET used_at = :n WHERE token_hash = :t", soci::use(at),
        soci::use(token_hash);
    sql << "UPDATE users SET disabled = 0 WHERE id = :u", soci::use(user);
    transaction.commit();
    return user;
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
        int totp_enabled = 0;
        sql << "SELECT email, name, password_hash, disabled, totp_secret, totp_enabled, agency "
               "FROM "
               "users WHERE id = :id",
            soci::into(user.email), soci::into(user.name), soci::into(user.password_hash),
            soci::into(disabled), soci::into(user.totp_secret), soci::into(totp_enabled),
            soci::into(user.agency), soci::use(key);
        if (!sql.got_data())
            return std::nullopt;
        user.disabled = disabled != 0;
        user.totp_enabled = totp_enabled != 0;
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
    sql << "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen, stage) "
           "VALUES (:t, :u, :c, :cr, :s, :st)",
        soci::use(session.token_hash), soci::use(user), soci::use(session.csrf_token),
        soci::use(created), soci::use(seen), soci::use(session.stage);
}

std::optional<Session> UserStore::find_session(const std::string& token_hash)
{
    soci::session sql(m_database.pool());
    Session session;
    long long user = 0;
    std::string created;
    std::string seen;
    sql << "SELECT user_id, csrf_token, created_at, last_seen, stage FROM sessions WHERE "
           "token_hash = :t",
        soci::into(user), soci::into(session.csrf_token), soci::into(created), soci::into(seen),
        soci::into(session.stage), soci::use(token_hash);
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

bool UserStore::set_disabled(const std::string& email, bool disabled)
{
    auto user = find_by_email(email);
    if (!user)
        return false;
    soci::session sql(m_database.pool());
    int flag = disabled ? 1 : 0;
    long long id = user->id;
    sql << "UPDATE users SET disabled = :d WHERE id = :id", soci::use(flag), soci::use(id);
    if (disabled)
        sql << "DELETE FROM sessions WHERE user_id = :id", soci::use(id);
    return true;
}

bool UserStore::set_roles(const std::string& email, const std::set<std::string>& roles)
{
    auto user = find_by_email(email);
    if (!user)
        return false;
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    long long id = user->id;
    sql << "DELETE FROM user_roles WHERE user_id = :u", soci::use(id);
    for (const std::string& role : roles)
        sql << "INSERT INTO user_roles (user_id, role) VALUES (:u, :r)", soci::use(id),
            soci::use(role);
    transaction.commit();
    return true;
}

void UserStore::delete_sessions_of(std::int64_t user_id)
{
    soci::session sql(m_database.pool());
    long long id = user_id;
    sql << "DELETE FROM sessions WHERE user_id = :u", soci::use(id);
}

void UserStore::set_totp(std::int64_t user_id, const std::string& secret, bool enabled)
{
    soci::session sql(m_database.pool());
    long long id = user_id;
    int flag = enabled ? 1 : 0;
    sql << "UPDATE users SET totp_secret = :s, totp_enabled = :e WHERE id = :id", soci::use(secret),
        soci::use(flag), soci::use(id);
}

bool UserStore::advance_totp_step(std::int64_t user_id, long long step)
{
    soci::session sql(m_database.pool());
    long long id = user_id;
    soci::statement update = (sql.prepare << "UPDATE users SET totp_last_step = :s WHERE id = :id "
                                             "AND totp_last_step < :s2",
        soci::use(step), soci::use(id), soci::use(step));
    update.execute(true);
    return update.get_affected_rows() == 1;
}

void UserStore::replace_recovery_codes(std::int64_t user_id, const std::vector<std::string>& hashes)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    long long id = user_id;
    sql << "DELETE FROM recovery_codes WHERE user_id = :u", soci::use(id);
    for (const std::string& hash : hashes) {
        sql << "INSERT INTO recovery_codes (user_id, code_hash, used_at) VALUES (:u, :h, NULL)",
            soci::use(id), soci::use(hash);
    }
    transaction.commit();
}

bool UserStore::use_recovery_code(
    std::int64_t user_id, const std::string& hash, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    long long id = user_id;
    const std::string used = domain::to_utc_text(now);
    soci::statement update = (sql.prepare << "UPDATE recovery_codes SET used_at = :t WHERE "
                                             "user_id = :u AND code_hash = :h AND used_at IS NULL",
        soci::use(used), soci::use(id), soci::use(hash));
    update.execute(true);
    return update.get_affected_rows() == 1;
}

std::int64_t UserStore::add_token(
    std::int64_t user_id, const std::string& token_hash, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    long long user = user_id;
    long long id = 0;
    const std::string created = domain::to_utc_text(now);
    sql << "INSERT INTO api_tokens (user_id, token_hash, created_at, last_used_at, revoked_at) "
           "VALUES (:u, :h, :c, NULL, NULL) RETURNING id",
        soci::use(user), soci::use(token_hash), soci::use(created), soci::into(id);
    return id;
}

std::optional<std::int64_t> UserStore::user_for_token(
    const std::string& token_hash, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    long long user = 0;
    sql << "SELECT t.user_id FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE "
           "t.token_hash = :h AND t.revoked_at IS NULL AND u.disabled = 0",
        soci::into(user), soci::use(token_hash);
    if (!sql.got_data())
        return std::nullopt;
    const std::string used = domain::to_utc_text(now);
    sql << "UPDATE api_tokens SET last_used_at = :t WHERE token_hash = :h", soci::use(used),
        soci::use(token_hash);
    return user;
}

bool UserStore::revoke_token(const std::string& token_hash, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    const std::string revoked = domain::to_utc_text(now);
    soci::statement update = (sql.prepare << "UPDATE api_tokens SET revoked_at = :t WHERE "
                                             "token_hash = :h AND revoked_at IS NULL",
        soci::use(revoked), soci::use(token_hash));
    update.execute(true);
    return update.get_affected_rows() == 1;
}

// Failures are forgotten once the last one is older than this: the count grows
// for a burst of attempts, not forever.
constexpr auto kFailureMemory = std::chrono::minutes(15);

LoginFailures UserStore::failures(const std::string& subject, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    LoginFailures result;
    std::string last;
    sql << "SELECT failures, last_failure_at FROM login_failures WHERE subject = :s",
        soci::into(result.count), soci::into(last), soci::use(subject);
    if (!sql.got_data())
        return LoginFailures{};
    result.last = domain::from_utc_text(last).value_or(domain::TimePoint{});
    if (now - result.last > kFailureMemory)
        return LoginFailures{};
    return result;
}

LoginFailures UserStore::record_failure(const std::string& subject, domain::TimePoint now)
{
    LoginFailures result = failures(subject, now);
    result.count += 1;
    result.last = now;
    soci::session sql(m_database.pool());
    const std::string at = domain::to_utc_text(now);
    sql << "INSERT INTO login_failures (subject, failures, last_failure_at) VALUES (:s, :f, :t) "
           "ON CONFLICT (subject) DO UPDATE SET failures = :f2, last_failure_at = :t2",
        soci::use(subject), soci::use(result.count), soci::use(at), soci::use(result.count),
        soci::use(at);
    return result;
}

void UserStore::clear_failures(const std::string& subject)
{
    soci::session sql(m_database.pool());
    sql << "DELETE FROM login_failures WHERE subject = :s", soci::use(subject);
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

} // namespace lapis::store
