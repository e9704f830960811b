#include "web/session.hpp"

#include <chrono>

#include "domain/tokens.hpp"

namespace lapis::web {
namespace {

constexpr const char* kCookie = "lapis_sesi";
constexpr const char* kCsrfCookie = "lapis_csrf";
constexpr const char* kBase32 = "abcdefghijklmnopqrstuvwxyz234567";
constexpr auto kIdleLimit = std::chrono::minutes(30);
constexpr auto kAbsoluteLimit = std::chrono::hours(12);

std::string cookie_header(const std::string& value, bool over_tls, bool expire)
{
    std::string cookie = std::string(kCookie) + "=" + value + "; Path=/; HttpOnly; SameSite=Lax";
    if (over_tls)
        cookie += "; Secure";
    if (expire)
        cookie += "; Max-Age=0";
    return cookie;
}

} // namespace

// A staff API token is a long random secret stored as its SHA-256 and looked up
// by it: no slow password hash on every call.
void resolve_token(Context& context, const std::string& authorization)
{
    constexpr std::string_view kScheme = "Bearer ";
    if (authorization.size() <= kScheme.size() || authorization.size() > 200
        || authorization.compare(0, kScheme.size(), kScheme) != 0)
        return;
    const std::string hash = domain::sha256_hex(authorization.substr(kScheme.size()));
    auto user_id = context.app.users.user_for_token(hash, context.app.clock.now());
    if (!user_id)
        return;
    auto user = context.app.users.find(*user_id);
    if (!user || user->disabled)
        return;
    context.user = std::move(user);
    context.by_token = true;
}

void resolve_session(Context& context, const Request& request)
{
    if (const std::string authorization = request.header("authorization"); !authorization.empty()) {
        resolve_token(context, authorization);
        return;
    }
    const std::string token = request.cookie(kCookie);
    if (token.empty() || token.size() > 128)
        return;
    const std::string hash = domain::sha256_hex(token);
    auto session = context.app.users.find_session(hash);
    if (!session)
        return;
    const auto now = context.app.clock.now();
    if (now - session->last_seen > kIdleLimit || now - session->created_at > kAbsoluteLimit) {
        context.app.users.delete_session(hash);
        return;
    }
    auto user = context.app.users.find(session->user_id);
    if (!user || user->disabled)
        return;
    context.app.users.touch_session(hash, now);
    context.user = std::move(user);
    context.session = std::move(session);
}

void start_session(Context& context, const store::User& user, const Request& request,
    Response& response, const std::string& stage)
{
    // A session that moves on (password → second factor) gets a new id too.
    if (const std::string old = request.cookie(kCookie); !old.empty())
        context.app.users.delete_session(domain::sha256_hex(old));
    const std::string token = domain::random_token(32);
    store::Session session;
    session.token_hash = domain::sha256_hex(token);
    session.user_id = user.id;
    session.csrf_token = domain::random_token(20);
    session.created_at = context.app.clock.now();
    session.last_seen = session.created_at;
    session.stage = stage;
    context.app.users.create_session(session);
    response.header("Set-Cookie", cookie_header(token, request.over_tls, false));
}

void end_session(Context& context, const Request& request, Response& response)
{
    const std::string token = request.cookie(kCookie);
    if (!token.empty())
        context.app.users.delete_session(domain::sha256_hex(token));
    response.header("Set-Cookie", cookie_header("", request.over_tls, true));
}

void resolve_csrf(Context& context, const Request& request)
{
    if (context.session) {
        context.csrf_token = context.session->csrf_token;
        return;
    }
    // Without a session, the token is a random cookie the form repeats (double
    // submit): another site can make the browser send the cookie, not read it.
    const std::string cookie = request.cookie(kCsrfCookie);
    if (cookie.size() == 32 && cookie.find_first_not_of(kBase32) == std::string::npos) {
        context.csrf_token = cookie;
        return;
    }
    context.csrf_token = domain::random_token(20);
    context.csrf_cookie_is_new = true;
}

void add_csrf_cookie(const Context& context, const Request& request, Response& response)
{
    if (!context.csrf_cookie_is_new)
        return;
    // A response a shared cache may keep (style sheets, security.txt) carries no
    // visitor's token: the cache would hand it to the next visitor.
    for (const auto& [name, value] : response.headers) {
        if (name == "Cache-Control" && value.find("public") != std::string::npos)
            return;
    }
    std::string cookie = std::string(kCsrfCookie) + "=" + context.csrf_token
        + "; Path=/; HttpOnly; SameSite=Strict";
    if (request.over_tls)
        cookie += "; Secure";
    response.header("Set-Cookie", cookie);
}

bool csrf_valid(const Context& context, Request& request)
{
    if (context.csrf_cookie_is_new)
        return false;
    const std::string sent = request.form().value("_csrf");
    return !sent.empty() && domain::equal_in_constant_time(sent, context.csrf_token);
}

} // namespace lapis::web
