// Staff accounts, their roles and their login sessions. Passwords are kept as
// argon2id hashes; session ids and one-time links as SHA-256 digests.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/clock.hpp"
#include "store/database.hpp"

namespace lapis::store {

struct User {
    std::int64_t id = 0;
    std::string email;
    std::string name;
    std::string password_hash;
    bool disabled = false;
    std::set<std::string> roles;
};

struct Session {
    std::string token_hash;
    std::int64_t user_id = 0;
    std::string csrf_token;
    domain::TimePoint created_at;
    domain::TimePoint last_seen;
};

class UserStore {
public:
    explicit UserStore(Database& database);

    // Fails (returns 0) when the email is taken.
    std::int64_t add(const std::string& email, const std::string& name,
                     const std::string& password_hash, const std::set<std::string>& roles,
                     domain::TimePoint now);
    std::optional<User> find_by_email(const std::string& email);
    std::optional<User> find(std::int64_t id);
    std::vector<User> with_role(const std::string& role);
    long long count();

    void create_session(const Session& session);
    std::optional<Session> find_session(const std::string& token_hash);
    void touch_session(const std::string& token_hash, domain::TimePoint now);
    void delete_session(const std::string& token_hash);

    void add_setup_token(const std::string& token_hash, domain::TimePoint now);
    bool setup_token_open(const std::string& token_hash);
    // Marks the token used; false when unknown or used already.
    bool use_setup_token(const std::string& token_hash, domain::TimePoint now);

private:
    std::set<std::string> roles_of(std::int64_t id);

    Database& m_database;
};

}  // namespace lapis::store
