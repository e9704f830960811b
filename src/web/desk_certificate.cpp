// The e-certificate desk (Pengelolaan Sertifikat Elektronik): the revocation
// reason as RFC 5280 names it, shown in local wording; the expiry date the
// registration officer (Verifikator Instansi) records when a certificate is
// issued or renewed, shown to the holder; the reminders mailed before it passes.
// Kinds are told apart by their forms, not their ids: a kind whose form asks for
// the recommendation letter issues a certificate (penerbitan, pembaruan), one
// whose form asks for a revocation reason revokes one, one that asks for the
// current certificate's expiry renews one.
#include <algorithm>
#include <variant>

#include <nlohmann/json.hpp>

#include "domain/certificate.hpp"
#include "store/certificates.hpp"
#include "web/certificate_reminders.hpp"
#include "web/desk.hpp"
#include "web/desks.hpp"
#include "web/handlers.hpp"
#include "web/pages.hpp"

namespace lapis::web {
namespace {

using nlohmann::json;

constexpr const char* kVerifierRole = "verifikator";
constexpr const char* kReasonField = "alasan_pencabutan";
constexpr const char* kRecommendationField = "surat_rekomendasi";
constexpr const char* kCurrentExpiryField = "masa_berlaku_sertifikat";

domain::ReminderSchedule g_schedule = domain::default_reminder_schedule();

bool has_field(const std::vector<catalog::Field>& fields, const char* name)
{
    return std::ranges::any_of(
        fields, [&](const catalog::Field& field) { return field.name == name; });
}

bool issues_certificate(const App& app, const store::StoredRequest& request)
{
    const auto* fields = request_fields(app, request);
    return fields != nullptr && has_field(*fields, kRecommendationField);
}

bool certificate_desk(const App& app, const store::StoredRequest& request)
{
    const catalog::Service* service = app.catalog.find_service(request.service);
    return service != nullptr && service->desk == catalog::Desk::Certificate;
}

bool request_ended_badly(const store::StoredRequest& request)
{
    return request.state.status == domain::Status::Ditolak
        || request.state.status == domain::Status::Dibatalkan;
}

std::string schedule_text(const domain::ReminderSchedule& schedule)
{
    std::string text;
    for (std::size_t i = 0; i < schedule.days_before.size(); ++i) {
        if (i > 0)
            text += i + 1 == schedule.days_before.size() ? " dan " : ", ";
        text += std::to_string(schedule.days_before[i]);
    }
    return text;
}

bool revokes_certificate(const App& app, const store::StoredRequest& request)
{
    const auto* fields = request_fields(app, request);
    return fields != nullptr && has_field(*fields, kReasonField);
}

json reason_row(const domain::RevocationReason& reason, domain::Lang lang)
{
    return { { "label", domain::text(reason.message_key, lang) },
        { "rfc", std::string(reason.rfc_name) }, { "rfc_value", reason.rfc_value } };
}

// The holder's reason from the form, and the one the registration officer put to
// BSrE when it differs.
json reason_model(App& app, const store::StoredRequest& request, domain::Lang lang)
{
    auto value = request.fields.find(kReasonField);
    if (value == request.fields.end())
        return nullptr;
    const domain::RevocationReason* holder = domain::find_revocation_reason(value->second);
    json row = holder ? reason_row(*holder, lang) : json{ { "label", value->second } };
    if (auto recorded = store::CertificateStore(app.database).revocation_reason(request.id)) {
        const domain::RevocationReason* office = domain::find_revocation_reason(*recorded);
        if (office != nullptr && office != holder)
            row["office"] = json::array({ reason_row(*office, lang) });
        row["office_code"] = *recorded;
    }
    return json::array({ row });
}

json reason_options(const std::string& selected, domain::Lang lang)
{
    json options = json::array();
    for (const domain::RevocationReason& reason : domain::revocation_reasons()) {
        if (!reason.office_may_choose)
            continue;
        options.push_back({ { "code", std::string(reason.rfc_name) },
            { "label", domain::text(reason.message_key, lang) },
            { "selected", reason.rfc_name == selected || reason.code == selected } });
    }
    return options;
}

json panel_model(Context& context, const store::StoredRequest& request, bool staff)
{
    json model = { { "number", request.number }, { "csrf", context.csrf_token },
        { "reason", reason_model(context.app, request, context.lang) } };
    const bool verifier = staff && context.user->roles.contains(kVerifierRole);
    if (verifier && model["reason"].is_array() && !request_ended_badly(request)) {
        const json& reason = model["reason"][0];
        const std::string selected = reason.contains("office_code")
            ? reason["office_code"].get<std::string>()
            : reason.value("rfc", std::string());
        model["reason_form"]
            = json::array({ { { "number", request.number }, { "csrf", context.csrf_token },
                { "options", reason_options(selected, context.lang) } } });
    }
    if (!issues_certificate(context.app, request))
        return model;
    store::CertificateStore certificates(context.app.database);
    auto certificate = certificates.for_request(request.id);
    model["issuing"] = true;
    model["plan"] = schedule_text(g_schedule);
    if (certificate) {
        json recorded = { { "expires", domain::display_date(certificate->expires_on) },
            { "expires_iso", domain::iso_date(certificate->expires_on) },
            { "superseded", certificate->superseded_at.has_value() } };
        json reminders = json::array();
        for (const store::ReminderRecord& reminder : certificates.reminders(certificate->id)) {
            if (reminder.outcome != "sent")
                continue;
            reminders.push_back({ { "days", reminder.days_before },
                { "at",
                    domain::to_office_display(
                        reminder.at, context.app.catalog.office.utc_offset_minutes) } });
        }
        recorded["reminders"] = reminders;
        model["certificate"] = json::array({ recorded });
    }
    if (staff && context.user->roles.contains(kVerifierRole) && !request_ended_badly(request)) {
        model["form"]
            = json::array({ { { "number", request.number }, { "csrf", context.csrf_token },
                { "typed",
                    certificate ? domain::iso_date(certificate->expires_on) : std::string() } } });
    }
    return model;
}

const catalog::Kind* renewal_kind(const catalog::Service& service)
{
    for (const catalog::Kind& kind : service.kinds) {
        if (has_field(kind.fields, kCurrentExpiryField))
            return &kind;
    }
    return nullptr;
}

} // namespace

void set_certificate_reminder_schedule(const domain::ReminderSchedule& schedule)
{
    g_schedule = schedule;
}

const domain::ReminderSchedule& certificate_reminder_schedule()
{
    return g_schedule;
}

std::string certificate_panel(Context& context, const DeskView& view)
{
    const bool staff = view.audience == DeskAudience::Staff;
    const json model = panel_model(context, view.request, staff);
    const bool shows_reason = model["reason"].is_array();
    const bool shows_certificate = model.contains("certificate") || model.contains("form");
    if (!shows_reason && !shows_certificate && !(staff && model.contains("issuing")))
        return {};
    return context.app.renderer.render(
        staff ? "desk_certificate_staff.tpl" : "desk_certificate_public.tpl", model);
}

store::Notification certificate_reminder_notice(const catalog::Catalog& catalog,
    const Renderer& renderer, const std::string& public_url, const store::DueReminder& due)
{
    std::string renew = public_url + "/";
    for (const catalog::Service& service : catalog.services) {
        if (service.desk != catalog::Desk::Certificate)
            continue;
        const catalog::Kind* kind = renewal_kind(service);
        renew = public_url + "/layanan/" + service.id
            + (kind ? "/ajukan?jenis=" + kind->id : std::string());
        break;
    }
    json model = { { "name",
                       due.certificate.holder_name.empty() ? "Pemegang sertifikat"
                                                           : due.certificate.holder_name },
        { "number", due.certificate.number },
        { "expires", domain::display_date(due.certificate.expires_on) },
        { "days_left", due.days_left }, { "renew_link", renew }, { "office", catalog.office.name },
        { "parent", catalog.office.parent }, { "phone", catalog.helpdesk.phone },
        { "whatsapp", catalog.helpdesk.whatsapp_display },
        { "helpdesk_email", catalog.helpdesk.email } };
    const std::string subject = "[" + due.certificate.number
        + "] Sertifikat elektronik Anda berakhir pada "
        + domain::display_date(due.certificate.expires_on);
    return { due.certificate.holder_email, subject,
        renderer.render("mail_certificate_reminder.txt", model), due.certificate.request_id };
}

std::vector<std::string> revocation_kinds(const catalog::Catalog& catalog)
{
    std::vector<std::string> kinds;
    for (const catalog::Service& service : catalog.services) {
        if (service.desk != catalog::Desk::Certificate)
            continue;
        for (const catalog::Kind& kind : service.kinds) {
            if (has_field(kind.fields, kReasonField))
                kinds.push_back(service.id + "/" + kind.id);
        }
    }
    return kinds;
}

store::ReminderReport run_certificate_reminders(const catalog::Catalog& catalog,
    const Renderer& renderer, const std::string& public_url, store::Database& database,
    const domain::ReminderSchedule& schedule, domain::TimePoint now)
{
    return store::CertificateStore(database).queue_due_reminders(schedule, now,
        catalog.office.utc_offset_minutes, revocation_kinds(catalog),
        [&](const store::DueReminder& due) {
            return certificate_reminder_notice(catalog, renderer, public_url, due);
        });
}

namespace {

// The request in the path for the verifikator's records, when `fits` (a revocation,
// an issuance) and it did not end refused or withdrawn; else the refusal page:
// 404, 403 for other roles, 409 with `misfit` or for an ended request.
std::variant<store::StoredRequest, Response> verifier_request(Context& context,
    const Request& request, bool (*fits)(const App&, const store::StoredRequest&),
    const char* misfit)
{
    auto stored = context.app.requests.find(request.param("number"));
    if (!stored || !staff_may_view(*context.user, *stored)
        || !certificate_desk(context.app, *stored))
        return not_found_page(context);
    if (!context.user->roles.contains(kVerifierRole))
        return message_page(context, 403, "move.refused_title", "certificate.not_verifier");
    if (!fits(context.app, *stored))
        return message_page(context, 409, "move.refused_title", misfit);
    if (request_ended_badly(*stored))
        return message_page(context, 409, "move.refused_title", "certificate.request_ended");
    return std::move(*stored);
}

} // namespace

Response certificate_reason_save(Context& context, Request& request)
{
    auto target
        = verifier_request(context, request, revokes_certificate, "certificate.not_revocation");
    if (auto* refusal = std::get_if<Response>(&target))
        return std::move(*refusal);
    const store::StoredRequest* stored = &std::get<store::StoredRequest>(target);

    const std::string chosen = request.form().value("alasan");
    const domain::RevocationReason* reason = domain::find_revocation_reason(chosen);
    if (reason == nullptr || !reason->office_may_choose) {
        json model = panel_model(context, *stored, true);
        model["reason_form"][0]["error"]
            = domain::text("certificate.reason_not_office", context.lang);
        return page(context, "desk_certificate_page.tpl", stored->number,
            { { "number", stored->number },
                { "panel", context.app.renderer.render("desk_certificate_staff.tpl", model) } },
            422);
    }
    const auto now = context.app.clock.now();
    store::DeskEvent event;
    event.event = "certificate.event.reason_recorded";
    event.actor_kind = "staf";
    event.actor_user = context.user->id;
    event.note
        = domain::text(reason->message_key) + " (RFC 5280 " + std::string(reason->rfc_name) + ")";
    event.public_note = true;
    event.detail = { { "reason", std::string(reason->rfc_name) } };
    store::CertificateStore(context.app.database)
        .record_revocation_reason(
            stored->id, std::string(reason->rfc_name), context.user->id, event, now);
    context.app.audit.record(
        { "staf", context.user->id, request.remote, "certificate.revocation_reason",
            "request:" + stored->number, event.detail.dump() },
        now);
    return redirect("/staf/permohonan/" + stored->number + "?ok=1");
}

Response certificate_expiry_save(Context& context, Request& request)
{
    auto target = verifier_request(context, request, issues_certificate, "certificate.not_issuing");
    if (auto* refusal = std::get_if<Response>(&target))
        return std::move(*refusal);
    const store::StoredRequest* stored = &std::get<store::StoredRequest>(target);

    const std::string typed = request.form().value("berlaku_sampai");
    const auto now = context.app.clock.now();
    const int offset = context.app.catalog.office.utc_offset_minutes;
    if (auto problem = domain::check_expiry(typed, domain::office_date(now, offset))) {
        json model = panel_model(context, *stored, true);
        model["form"][0]["typed"] = typed;
        model["form"][0]["error"] = domain::render(*problem, context.lang);
        return page(context, "desk_certificate_page.tpl", stored->number,
            { { "number", stored->number },
                { "panel", context.app.renderer.render("desk_certificate_staff.tpl", model) } },
            422);
    }

    store::Certificate certificate;
    certificate.request_id = stored->id;
    certificate.holder_name = stored->requester_name;
    certificate.holder_email = stored->requester_email;
    certificate.expires_on = *domain::parse_iso_date(typed);
    certificate.recorded_by = context.user->id;
    store::DeskEvent event;
    event.event = "certificate.event.expiry_recorded";
    event.actor_kind = "staf";
    event.actor_user = context.user->id;
    event.note = "Berlaku sampai " + domain::display_date(certificate.expires_on);
    event.public_note = true;
    event.detail = { { "expires_on", typed } };
    store::CertificateStore(context.app.database).record(certificate, event, now);
    context.app.audit.record(
        { "staf", context.user->id, request.remote, "certificate.expiry",
            "request:" + stored->number, json({ { "expires_on", typed } }).dump() },
        now);
    // A reminder already due (an expiry recorded late) goes out now, not at the
    // job's next round; the job finds it done.
    run_certificate_reminders(context.app.catalog, context.app.renderer,
        context.app.settings.public_url, context.app.database, g_schedule, now);
    context.app.wake_notifier();
    return redirect("/staf/permohonan/" + stored->number + "?ok=1");
}

} // namespace lapis::web
