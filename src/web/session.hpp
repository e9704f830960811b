// Staff sessions: a random id in an HttpOnly cookie, kept in the database as its
// SHA-256, with an idle and an absolute time-out; and the CSRF token every staff
// form carries.
#pragma once

#include "store/users.hpp"
#include "web/app.hpp"
#include "web/http.hpp"

namespace lapis::web {

// Fills context.user and context.session from the cookie, when the session is live,
// or context.user from an `Authorization: Bearer` API token.
void resolve_session(Context& context, const Request& request);
// A new session id at every login and at every sign-in stage; `stage` is
// "password", "enrol" or "complete" (store::Session).
void start_session(Context& context, const store::User& user, const Request& request,
    Response& response, const std::string& stage);
void end_session(Context& context, const Request& request, Response& response);
// The token every form carries: the session's, or for people without one a random
// value in a cookie of its own, made on first sight.
void resolve_csrf(Context& context, const Request& request);
void add_csrf_cookie(const Context& context, const Request& request, Response& response);
// Whether a form's `_csrf` field matches the token.
bool csrf_valid(const Context& context, Request& request);

} // namespace lapis::web
