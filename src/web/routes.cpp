// The route table: every path, method, who may call it and its handler, in one
// place; and the dispatcher that applies the checks every route shares.
#include "web/routes.hpp"

#include <algorithm>
#include <chrono>

#include <spdlog/spdlog.h>

#include "domain/form.hpp"
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

domain::RateLimiter* limiter_of(Context& context, const Route& route)
{
    // Staff with a session or token are not limited as the public is.
    if (context.user)
        return nullptr;
    return route.limit == kSubmit ? context.app.submit_limiter
        : route.limit == kTrack   ? context.app.track_limiter
                                  : nullptr;
}

// Tracking counts every attempt (a guessed code costs as much as a right one).
// A submission counts once it is taken — a request stored, a mail sent — so a
// citizen correcting a refused form is not locked out by their own typos.
bool rate_allowed(Context& context, const Route& route, const Request& request)
{
    domain::RateLimiter* limiter = limiter_of(context, route);
    if (limiter == nullptr)
        return true;
    const auto now = context.app.clock.now();
    return route.limit == kSubmit ? limiter->peek(request.remote, now)
                                  : limiter->allow(request.remote, now);
}

void charge_if_taken(
    Context& context, const Route& route, const Request& request, const Response& response)
{
    domain::RateLimiter* limiter = limiter_of(context, route);
    if (limiter != nullptr && route.limit == kSubmit && response.status < 400)
        limiter->charge(request.remote, context.app.clock.now());
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
    if (request.method == "POST" && !api) {
        const FormData& form = request.form();
        if (form.malformed)
            return message_page(context, 400, "page.bad_request_title", "page.bad_request_text");
        // Every form's text, whatever the desk: valid UTF-8 without hidden controls.
        if (!route.checks_own_text && std::ranges::any_of(form.values, [](const auto& field) {
                return !domain::is_readable_text(field.second);
            }))
            return message_page(context, 422, "move.refused_title", "text.encoding");
    }
    if (request.method == "POST" && !api && !context.by_token && !csrf_valid(context, request))
        return message_page(context, 403, "csrf.title", "csrf.text");
    if (!rate_allowed(context, route, request)) {
        Response limited = api ? json_response(429, { { "error", domain::text("rate.limited") } })
                               : message_page(context, 429, "rate.limited_title", "rate.limited");
        limited.header("Retry-After", "60");
        return limited;
    }
    Response response = route.handler(context, request);
    charge_if_taken(context, route, request, response);
    return response;
}

} // namespace

std::vector<Route> route_table()
{
    return {
        { "GET", "/", kPublic, home },
        { "GET", "/layanan/:id", kPublic, service_page },
        { "GET", "/layanan/:id/ajukan", kPublic, request_form },
        { "POST", "/layanan/:id/ajukan", kPublic, submit_form, kSubmit, true },
        { "POST", "/layanan/:id/ajukan/draf/:template", kPublic, draft_letter_download, kTrack,
            true },
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
        { "POST", "/staf/permohonan/:number/sertifikat/masa-berlaku", kStaff,
            certificate_expiry_save },
        { "POST", "/staf/permohonan/:number/sertifikat/alasan", kStaff, certificate_reason_save },

        // e-signature integration: web/desk_esignature.cpp
        { "POST", "/staf/permohonan/:number/esign/tahapan", kStaff, esignature_milestone_save },

        // vulnerability assessment: web/desk_assessment.cpp
        { "GET", "/staf/permohonan/:number/penilaian/temuan", kStaff, assessment_finding_form },
        { "POST", "/staf/permohonan/:number/penilaian/temuan", kStaff, assessment_add_finding },
        { "GET", "/staf/permohonan/:number/penilaian/temuan/:id", kStaff, assessment_edit_form },
        { "POST", "/staf/permohonan/:number/penilaian/temuan/:id", kStaff,
            assessment_edit_finding },
        { "POST", "/staf/permohonan/:number/penilaian/temuan/:id/status", kStaff,
            assessment_staff_status },
        { "GET", "/staf/permohonan/:number/penilaian/temuan/:id/bukti", kStaff,
            assessment_staff_evidence },
        { "POST", "/staf/permohonan/:number/penilaian/pengaturan", kStaff, assessment_settings },
        { "GET", "/staf/permohonan/:number/penilaian/laporan", kStaff, assessment_staff_report },
        { "POST", "/instansi/permohonan/:number/penilaian/temuan/:id/perbaikan", kAgency,
            assessment_agency_fix },
        { "GET", "/instansi/permohonan/:number/penilaian/temuan/:id/bukti", kAgency,
            assessment_agency_evidence },
        { "GET", "/instansi/permohonan/:number/penilaian/laporan", kAgency,
            assessment_agency_report },

        // CSIRT: web/desk_incident.cpp
        { "POST", "/staf/permohonan/:number/insiden/klasifikasi", kStaff, incident_classify },
        { "POST", "/staf/permohonan/:number/insiden/sistem", kStaff, incident_link_system },
        { "POST", "/staf/permohonan/:number/insiden/bukti", kStaff, incident_label_evidence },
        { "POST", "/staf/permohonan/:number/insiden/analisis", kStaff, incident_record },
        { "POST", "/staf/permohonan/:number/insiden/rekomendasi", kStaff, incident_record },
        { "POST", "/staf/permohonan/:number/insiden/verifikasi", kStaff, incident_record },
        { "POST", "/instansi/permohonan/:number/insiden/mitigasi", kAgency, incident_mitigation },
        { "GET", "/instansi/permohonan/:number/insiden/bukti/:id", kAgency,
            incident_agency_evidence },
        { "GET", "/.well-known/security.txt", kPublic, security_txt_page },
        { "GET", "/csirt", kPublic, csirt_profile_page },

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
        { "GET", "/staf/sistem", kStaff, systems_page },
        { "POST", "/staf/sistem", kStaff, system_add },
        { "GET", "/staf/sistem/:id", kStaff, system_page },
        { "POST", "/staf/sistem/:id", kStaff, system_update },
        { "POST", "/staf/sistem/:id/kategorisasi", kStaff, system_categorise },
        { "GET", "/staf/kategori-sistem", kStaff, systems_report },
        { "GET", "/staf/kategori-sistem.csv", kStaff, systems_report_csv },
        { "POST", "/staf/permohonan/:number/kategorisasi", kStaff, categorisation_request_save },
        { "POST", "/staf/permohonan/:number/kategorisasi/sistem", kStaff,
            categorisation_request_link },
        { "GET", "/instansi/sistem", kAgency, agency_systems },
        { "POST", "/instansi/sistem", kAgency, agency_system_add },
        { "GET", "/instansi/sistem/:id", kAgency, agency_system_page },

        // literacy sessions and articles: web/desk_literacy.cpp
        { "GET", "/literasi", kPublic, literacy_index },
        { "GET", "/literasi/:slug", kPublic, literacy_article_page },
        { "POST", "/staf/permohonan/:number/literasi/jadwal", kStaff, literacy_schedule_save },
        { "GET", "/staf/literasi", kStaff, literacy_articles_staff },
        { "GET", "/staf/literasi/jadwal", kStaff, literacy_schedule_list },
        { "GET", "/staf/literasi/artikel/baru", kStaff, literacy_article_new },
        { "POST", "/staf/literasi/artikel", kStaff, literacy_article_create },
        { "GET", "/staf/literasi/artikel/:id", kStaff, literacy_article_edit },
        { "POST", "/staf/literasi/artikel/:id", kStaff, literacy_article_update },
        { "POST", "/staf/literasi/artikel/:id/terbit", kStaff, literacy_article_publish },

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
