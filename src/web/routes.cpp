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
constexpr Access kSignIn = Access::SignIn;
constexpr Access kStaff = Access::Staff;
constexpr Access kAgency = Access::Agency;
constexpr Limit kSubmit = Limit::Submit;
constexpr Limit kTrack = Limit::Track;

bool is_api(const Request& request)
{
    return request.path.rfind("/api/", 0) == 0;
}

Response route_not_found(Context& context, const Request& request)
{
    if (is_api(request))
        return json_response(404, { { "error", "not found" } });
    return not_found_page(context);
}

// Where someone part-way through signing in must go next; empty when signed in.
std::string unfinished_sign_in(const Context& context)
{
    if (context.by_token || !context.session || context.session->stage == "complete")
        return {};
    return context.session->stage == "password" ? "/masuk/kode" : "/akun/dua-langkah";
}

bool rate_allowed(Context& context, const Route& route, const Request& request)
{
    domain::RateLimiter* limiter = route.limit == kSubmit ? context.app.submit_limiter
        : route.limit == kTrack                           ? context.app.track_limiter
                                                          : nullptr;
    // Staff with a session or token are not limited as the public is.
    if (limiter == nullptr || context.user)
        return true;
    return limiter->allow(request.remote, context.app.clock.now());
}

// The checks every route shares, in order: who may call it, the CSRF token of a
// browser form, the rate limit; then the handler.
Response guarded(Context& context, const Route& route, Request& request)
{
    const bool api = is_api(request);
    if (route.access == kSignIn && !context.session)
        return redirect("/masuk");
    const bool signed_in_route = route.access == kStaff || route.access == kAgency;
    if (signed_in_route && !context.user)
        return api ? json_response(401, { { "error", "token required" } }) : redirect("/masuk");
    if (signed_in_route && !unfinished_sign_in(context).empty())
        return redirect(unfinished_sign_in(context));
    // Agency accounts and staff each have their own side; the other's is not there.
    const bool agency_account = context.user && !context.user->agency.empty();
    if (signed_in_route && agency_account != (route.access == kAgency))
        return api ? json_response(404, { { "error", "not found" } }) : not_found_page(context);
    if (request.method == "POST" && !api && !context.by_token && !csrf_valid(context, request))
        return message_page(context, 403, "csrf.title", "csrf.text");
    if (!rate_allowed(context, route, request)) {
        Response limited = api ? json_response(429, { { "error", domain::text("rate.limited") } })
                               : message_page(context, 429, "rate.limited_title", "rate.limited");
        limited.header("Retry-After", "60");
        return limited;
    }
    return route.handler(context, request);
}

} // namespace

std::vector<Route> route_table()
{
    return {
        { "GET", "/", kPublic, home },
        { "GET", "/layanan/:id", kPublic, service_page },
        { "GET", "/layanan/:id/ajukan", kPublic, request_form },
        { "POST", "/layanan/:id/ajukan", kPublic, submit_form, kSubmit },
        { "GET", "/bantuan", kPublic, help_page },
        { "GET", "/privasi", kPublic, privacy_page },
        { "GET", "/aset/css/:name", kPublic, asset },
        { "GET", "/lacak", kPublic, tracking_lookup },
        { "POST", "/lacak", kPublic, tracking_lookup_submit, kTrack },
        { "GET", "/lacak/kirim-ulang", kPublic, resend_form },
        { "POST", "/lacak/kirim-ulang", kPublic, resend_submit, kSubmit },
        { "GET", "/lacak/:number", kPublic, tracking_page, kTrack },
        { "POST", "/lacak/:number/aksi", kPublic, tracking_action, kTrack },
        { "GET", "/lacak/:number/surat/:template", kPublic, requester_letter, kTrack },
        { "GET", "/verifikasi/:code", kPublic, verify_page, kTrack },
        { "GET", "/kalkulator/cvss", kPublic, cvss_page },
        { "GET", "/kalkulator/kategorisasi", kPublic, categorisation_page },

        { "GET", "/masuk", kPublic, login_form },
        { "POST", "/masuk", kPublic, login_submit },
        { "GET", "/siapkan/:token", kPublic, setup_form },
        { "POST", "/siapkan/:token", kPublic, setup_submit },
        { "GET", "/masuk/kode", kSignIn, second_factor_form },
        { "POST", "/masuk/kode", kSignIn, second_factor_submit },
        { "GET", "/akun/dua-langkah", kSignIn, enrol_form },
        { "POST", "/akun/dua-langkah", kSignIn, enrol_submit },
        { "POST", "/keluar", kSignIn, logout },
        { "GET", "/akun", kStaff, account_page },
        { "POST", "/akun/keluar-semua", kStaff, logout_everywhere },
        { "GET", "/instansi/daftar", kPublic, agency_register_form },
        { "POST", "/instansi/daftar", kPublic, agency_register, kSubmit },
        { "GET", "/instansi/verifikasi/:token", kPublic, agency_verify },
        { "GET", "/instansi", kAgency, agency_home },
        { "GET", "/instansi/permohonan/:number", kAgency, agency_request },
        { "POST", "/instansi/permohonan/:number/aksi", kAgency, agency_action },
        { "GET", "/staf", kStaff, staff_queues },
        { "GET", "/admin/audit", kStaff, audit_page },
        { "GET", "/staf/permohonan/:number", kStaff, staff_request },
        { "POST", "/staf/permohonan/:number/aksi", kStaff, staff_action },
        { "GET", "/staf/permohonan/:number/lampiran/:id", kStaff, staff_attachment },
        { "GET", "/staf/permohonan/:number/surat/:template", kStaff, staff_letter },

        // e-certificates: web/desk_certificate.cpp

        // e-signature integration: web/desk_esignature.cpp

        // vulnerability assessment: web/desk_assessment.cpp

        // CSIRT: web/desk_incident.cpp

        // telephone network and the operator: web/desk_telecom.cpp
        { "POST", "/staf/permohonan/:number/telekomunikasi/tiket", kStaff, telecom_ticket },
        { "POST", "/staf/permohonan/:number/telekomunikasi/uji", kStaff, telecom_test },
        { "GET", "/staf/telepon/direktori", kStaff, telecom_directory },
        { "POST", "/staf/telepon/direktori/impor", kStaff, telecom_directory_import },
        { "GET", "/staf/telepon/panggilan", kStaff, telecom_calls },
        { "POST", "/staf/telepon/panggilan", kStaff, telecom_call_add },
        { "GET", "/aset/js/direktori-telepon.js", kPublic, telecom_directory_script },

        // Sanapati e-mail: web/desk_sanapati.cpp
        { "POST", "/staf/permohonan/:number/sanapati/persetujuan", kStaff, sanapati_signoff },
        { "POST", "/staf/permohonan/:number/sanapati/koordinasi", kStaff, sanapati_coordination },
        { "POST", "/staf/permohonan/:number/sanapati/bukti", kStaff, sanapati_proof },

        // the registry of electronic systems: web/desk_categorisation.cpp

        // literacy sessions and articles: web/desk_literacy.cpp

        { "GET", "/api/v1/services", kPublic, api_services },
        { "GET", "/api/v1/queue", kStaff, api_queue },
        { "GET", "/api/v1/cvss", kPublic, api_cvss },
        { "POST", "/api/v1/categorisation/score", kPublic, api_categorisation },
        { "POST", "/api/v1/requests", kPublic, api_submit, kSubmit },
        { "GET", "/api/v1/requests/:number", kPublic, api_request, kTrack },
        { "POST", "/api/v1/requests/:number/actions", kPublic, api_action, kTrack },
    };
}

Response dispatch(App& app, const Router& router, Request& request)
{
    const auto started = std::chrono::steady_clock::now();
    Context context(app);
    resolve_session(context, request);
    resolve_csrf(context, request);

    Router::Match match = router.match(request);
    Response response = match.route == nullptr
        ? (match.path_known ? message_page(context, 405, "page.method_title", "page.method_text")
                            : route_not_found(context, request))
        : guarded(context, *match.route, request);
    add_security_headers(response, request.over_tls);
    add_csrf_cookie(context, request, response);
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

} // namespace lapis::web
