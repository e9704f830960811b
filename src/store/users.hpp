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
#include "store/outbox.hpp"

namespace lapis::store {

struct User {
    std::int64_t id = 0;
    std::string email;
    std::string name;
    std::string password_hash;
    bool disabled = false;
    std::set<std::string> roles;
    std::string agency; // an agency (Perangkat Daerah) account: its agency code; staff: empty
    std::string totp_secret; // base32; empty until enrolment starts
    bool totp_enabled = false; // a second factor is enrolled and required
};

struct LoginFailures {
    long long count = 0;
    domain::TimePoint last;
};

struct Session {
    std::string token_hash;
    std::int64_t user_id = 0;
    std::string csrf_token;
    domain::TimePoint created_at;
    domain::TimePoint last_seen;
    // "password": the second factor is still owed; "enrol": the account has none
    // yet and may only enrol; "complete": signed in.
    std::string stage = "complete";
};

class UserStore {
public:
    explicit UserStore(Database& database);

    // Fails (returns 0) when the email is taken.
    std::int64_t add(const std::string& email, const std::string& name,
        const std::string& password_hash, const std::set<std::string>& roles,
        domain::TimePoint now);
    // An agency account, disabled until its address is verified; the verification
    // token's digest is stored with its expiry. Returns 0 when the email is taken.
    std::int64_t add_agency_user(const std::string& email, const std::string& name,
        const std::string& password_hash, const std::string& agency, const std::string& token_hash,
        domain::TimePoint expires, const Notification& mail, domain::TimePoint now);
    // Enables the account of an unexpired, unused token; its id, or nullopt.
    std::optional<std::int64_t> verify_email(const std::string& token_hash, domain::TimePoint now);
    std::optional<User> find_by_email(const std::string& email);
    std::optional<User> find(std::int64_t id);
    std::vector<User> with_role(const std::string& role);
    long long count();

    void create_session(const Session& session);
    std::optional<Session> find_session(const std::string& token_hash);
    void touch_session(const std::string& token_hash, domain::TimePoint now);
    void delete_session(const std::string& token_hash);

    // `lapis user disable` / `lapis user roles`: false when no such account.
    bool set_disabled(const std::string& email, bool disabled);
    bool set_roles(const std::string& email, const std::set<std::string>& roles);
    // "Log out everywhere", and what disabling an account does.
    void delete_sessions_of(std::int64_t user_id);

    // The second factor (RFC 6238 TOTP) and its one-time recovery codes.
    void set_totp(std::int64_t user_id, const std::string& secret, bool enabled);
    // Records the 30-second step of a used code; false when that step or a later
    // one was used already (a replayed code).
    bool advance_totp_step(std::int64_t user_id, long long step);
    void replace_recovery_codes(std::int64_t user_id, const std::vector<std::string>& hashes);
    bool use_recovery_code(std::int64_t user_id, const std::string& hash, domain::TimePoint now);

    // Staff API tokens, kept as SHA-256 digests and looked up by them.
    std::int64_t add_token(
        std::int64_t user_id, const std::string& token_hash, domain::TimePoint now);
    std::optional<std::int64_t> user_for_token(
        const std::string& token_hash, domain::TimePoint now);
    bool revoke_token(const std::string& token_hash, domain::TimePoint now);

    // Failed logins per subject ("account:<email>", "address:<ip>").
    LoginFailures failures(const std::string& subject, domain::TimePoint now);
    LoginFailures record_failure(const std::string& subject, domain::TimePoint now);
    void clear_failures(const std::string& subject);

    void add_setup_token(const std::string& token_hash, domain::TimePoint now);
    bool setup_token_open(const std::string& token_hash);
    // Marks the token used; false when unknown or used already.
    bool use_setup_token(const std::string& token_hash, domain::TimePoint now);

private:
    std::set<std::string> roles_of(std::int64_t id);

    Database& m_database;
};

} // namespace lapis::store
