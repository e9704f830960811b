// The route table: every path, method, who may call it and its handler, in one
// place; and the dispatcher that applies the checks every route shares.
#include "web/routes.hpp"

#include <chrono>

#include <spdlog/spdlog.h>

#include "web/handlers.hpp"
#include "web/pages.hpp"
#include "web/session.hpp"

namespace lapis::web {
namespace {

constexpr Access kPublic = Access::Public;
constexpr Access kStaff = Access::Staff;

bool is_api(const Request& request)
{
    return request.path.rfind("/api/", 0) == 0;
}

Response route_not_found(Context& context, const Request& request)
{
    if (is_api(request))
        return json_response(404, {{"error", "not found"}});
    return not_found_page(context);
}

}  // namespace

std::vector<Route> route_table()
{
    return {
        {"GET", "/", kPublic, home},
        {"GET", "/layanan/:id", kPublic, service_page},
        {"GET", "/layanan/:id/ajukan", kPublic, request_form},
        {"POST", "/layanan/:id/ajukan", kPublic, submit_form},
        {"GET", "/bantuan", kPublic, help_page},
        {"GET", "/privasi", kPublic, privacy_page},
        {"GET", "/aset/css/:name", kPublic, asset},
        {"GET", "/lacak", kPublic, tracking_lookup},
        {"POST", "/lacak", kPublic, tracking_lookup_submit},
        {"GET", "/lacak/:number", kPublic, tracking_page},
        {"POST", "/lacak/:number/aksi", kPublic, tracking_action},
        {"GET", "/lacak/:number/surat/:template", kPublic, requester_letter},
        {"GET", "/verifikasi/:code", kPublic, verify_page},

        {"GET", "/masuk", kPublic, login_form},
        {"POST", "/masuk", kPublic, login_submit},
        {"GET", "/siapkan/:token", kPublic, setup_form},
        {"POST", "/siapkan/:token", kPublic, setup_submit},
        {"POST", "/keluar", kStaff, logout},
        {"GET", "/staf", kStaff, staff_queues},
        {"GET", "/staf/permohonan/:number", kStaff, staff_request},
        {"POST", "/staf/permohonan/:number/aksi", kStaff, staff_action},
        {"GET", "/staf/permohonan/:number/lampiran/:id", kStaff, staff_attachment},
        {"GET", "/staf/permohonan/:number/surat/:template", kStaff, staff_letter},

        {"GET", "/api/v1/services", kPublic, api_services},
        {"GET", "/api/v1/queue", kStaff, api_queue},
        {"POST", "/api/v1/requests", kPublic, api_submit},
        {"GET", "/api/v1/requests/:number", kPublic, api_request},
        {"POST", "/api/v1/requests/:number/actions", kPublic, api_action},
    };
}

Response dispatch(App& app, const Router& router, Request& request)
{
    const auto started = std::chrono::steady_clock::now();
    Context context(app);
    resolve_session(context, request);

    Response response;
    Router::Match match = router.match(request);
    if (match.route == nullptr) {
        response = match.path_known ? message_page(context, 405, "page.method_title",
                                          "page.method_text")
                                    : route_not_found(context, request);
    } else if (match.route->access == kStaff && !context.user) {
        response = is_api(request) ? json_response(401, {{"error", "token required"}})
                                   : redirect("/masuk");
    } else if (match.route->access == kStaff && request.method == "POST" && !context.by_token
        && !csrf_valid(context, request)) {
        response = message_page(context, 403, "csrf.title", "csrf.text");
    } else {
        response = match.route->handler(context, request);
    }
    add_security_headers(response, request.over_tls);
    if (request.method == "HEAD")
        response.body.clear();

    // The path may hold a request number, never a code: codes travel in the query
    // or the body, and neither is logged.
    const auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now() - started);
    spdlog::info("http method={} route=\"{}\" status={} user={} micros={}", request.method,
        match.route ? match.route->pattern : std::string("-"), response.status,
        context.user ? context.user->id : 0, elapsed.count());
    return response;
}

}  // namespace lapis::web
