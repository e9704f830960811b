// Request forms and tracking without an account: the public side of the desk.
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>

#include "domain/contact.hpp"
#include "domain/form.hpp"
#include "domain/tokens.hpp"
#include "web/desk.hpp"
#include "web/desk_forms.hpp"
#include "web/desks.hpp"
#include "web/handlers.hpp"
#include "web/history_view.hpp"
#include "web/letters.hpp"
#include "web/pages.hpp"
#include "web/views.hpp"

namespace lapis::web {
namespace {

using nlohmann::json;

// Form fields the desk adds to every form; they are not the catalog's.
constexpr const char* kSubmissionField = "_submission";
constexpr const char* kKindField = "_jenis";
constexpr const char* kCsrfField = "_csrf";

Response kind_chooser(Context& context, const catalog::Service& service)
{
    return page(context, "kinds.tpl", service.name, service_model(context.app.catalog, service));
}

Response form_page(Context& context, const catalog::Service& service, const catalog::Kind* kind,
    const std::map<std::string, std::string>& values,
    const std::map<std::string, domain::Message>& errors,
    const std::map<std::string, domain::Message>& warnings, const std::string& submission,
    int status, bool draft_refused = false)
{
    json model
        = form_model(context.app.catalog, service, kind, values, errors, warnings, context.lang);
    model["submission"] = submission;
    model["draft_refused"] = draft_refused;
    json letters = json::array();
    for (const LetterChoice& letter : letters_for_form(context.app, service, kind))
        letters.push_back({ { "id", letter.id }, { "title", letter.title } });
    model["letters"] = letters;
    model["has_files"] = false;
    for (const catalog::Field& field : catalog::form_fields(service, kind)) {
        if (field.type == catalog::FieldType::File)
            model["has_files"] = true;
    }
    std::string title = "Permohonan " + service.name;
    if (kind != nullptr)
        title += " — " + kind->name;
    return page(context, "form.tpl", title, model, status);
}

std::string tracking_link(const std::string& number, const std::string& code)
{
    return "/lacak/" + number + "?kode=" + url_encode(code);
}

std::map<std::string, std::string> catalog_values(const FormData& form)
{
    std::map<std::string, std::string> values;
    for (const auto& [name, value] : form.values) {
        if (name == kSubmissionField || name == kKindField || name == kCsrfField)
            continue;
        values.emplace(name, value); // the first of repeated names wins
    }
    return values;
}

json requester_actions(const store::StoredRequest& request)
{
    json actions = json::object();
    if (domain::is_finished(request.state.status))
        return actions;
    const catalog::Step& step = request.procedure->steps.at(request.state.step);
    actions["can_complete"] = request.state.status == domain::Status::Berjalan
        && step.actor.kind == catalog::ActorKind::Requester;
    actions["can_answer"] = request.state.status == domain::Status::MenungguPemohon;
    actions["can_withdraw"] = true;
    return actions;
}

} // namespace

Response request_form(Context& context, Request& request)
{
    const catalog::Service* service = context.app.catalog.find_service(request.param("id"));
    if (service == nullptr)
        return not_found_page(context);
    const catalog::Kind* kind = service->find_kind(request.query_value("jenis"));
    if (!service->kinds.empty() && kind == nullptr)
        return kind_chooser(context, *service);
    return form_page(context, *service, kind, {}, {}, {}, domain::random_token(16), 200);
}

Response draft_letter_download(Context& context, Request& request)
{
    const catalog::Service* service = context.app.catalog.find_service(request.param("id"));
    if (service == nullptr)
        return not_found_page(context);
    // A malformed form never gets here: the router answers it (routes.cpp).
    FormData& form = request.form();
    const catalog::Kind* kind = service->find_kind(form.value(kKindField));
    if (!service->kinds.empty() && kind == nullptr)
        return not_found_page(context);
    const std::string template_id = request.param("template");
    const auto letters = letters_for_form(context.app, *service, kind);
    if (std::ranges::none_of(
            letters, [&](const LetterChoice& letter) { return letter.id == template_id; }))
        return not_found_page(context);

    // The letter's own fields are checked as the submission will check them; the
    // rest of the form may still be empty.
    const auto values = catalog_values(form);
    const domain::FormCheck check = domain::check_form(context.app.catalog,
        catalog::form_fields(*service, kind), { values, {} }, office_today(context.app));
    std::map<std::string, domain::Message> errors;
    for (const std::string& name : letter_fields(*service, template_id)) {
        if (auto error = check.errors.find(name); error != check.errors.end())
            errors.insert(*error);
    }
    if (!errors.empty()) {
        const std::string submission = form.value(kSubmissionField);
        return form_page(context, *service, kind, values, errors, check.warnings,
            submission.empty() ? domain::random_token(16) : submission, 422, true);
    }
    spdlog::info("draft letter service={} template={}", service->id, template_id);
    return pdf_download(draft_letter(context.app, *service, template_id, check.values),
        "draf-" + template_id + ".pdf");
}

Response submit_form(Context& context, Request& request)
{
    const catalog::Service* service = context.app.catalog.find_service(request.param("id"));
    if (service == nullptr)
        return not_found_page(context);
    // A malformed form never gets here: the router answers it (routes.cpp).
    FormData& form = request.form();

    SubmitInput input;
    input.service = service->id;
    input.kind = form.value(kKindField);
    input.values = catalog_values(form);
    input.files = std::move(form.files);
    input.idempotency_key = form.value(kSubmissionField);
    SubmitOutcome outcome = submit_request(context.app, input);

    const catalog::Kind* kind = service->find_kind(input.kind);
    switch (outcome.result) {
    case SubmitOutcome::Result::UnknownService:
        return not_found_page(context);
    case SubmitOutcome::Result::Invalid:
        // Nothing was stored: the corrected form may keep its key.
        return form_page(context, *service, kind, input.values, outcome.errors, outcome.warnings,
            input.idempotency_key.empty() ? domain::random_token(16) : input.idempotency_key, 422);
    case SubmitOutcome::Result::KeyConflict:
        // The key already names a stored request; reusing it would refuse every retry.
        return form_page(context, *service, kind, input.values, outcome.errors, outcome.warnings,
            domain::random_token(16), 422);
    case SubmitOutcome::Result::Created:
    case SubmitOutcome::Result::Replayed:
        break;
    }
    // POST → 303 → GET: a refresh of the receipt never submits again (AC-28).
    return redirect(tracking_link(outcome.number, outcome.tracking_code) + "&baru=1");
}

Response tracking_lookup(Context& context, Request& request)
{
    const std::string number = request.query_value("nomor");
    const std::string code = request.query_value("kode");
    if (!number.empty() && !code.empty())
        return redirect(tracking_link(number, code));
    return page(context, "track_lookup.tpl", "Lacak Permohonan", json::object());
}

Response tracking_lookup_submit(Context& context, Request& request)
{
    FormData& form = request.form();
    std::string number = form.value("nomor");
    std::string code = form.value("kode");
    // People paste the whole link into the code box.
    if (auto at = code.find("kode="); at != std::string::npos)
        code = code.substr(at + 5);
    auto trim = [](std::string& text) {
        text.erase(0, text.find_first_not_of(" \t\r\n"));
        text.erase(text.find_last_not_of(" \t\r\n") + 1);
    };
    trim(number);
    trim(code);
    if (number.empty() || code.empty()) {
        json model
            = { { "nomor", number }, { "error", "Isi nomor permohonan dan kode pelacakan." } };
        return page(context, "track_lookup.tpl", "Lacak Permohonan", model, 422);
    }
    return redirect(tracking_link(number, code));
}

Response resend_form(Context& context, Request&)
{
    return page(context, "resend.tpl", "Kirim Ulang Tautan Pelacakan", json::object());
}

// Answers alike whether or not the number and address match, so the form tells
// nobody which requests exist or whose they are.
Response resend_submit(Context& context, Request& request)
{
    FormData& form = request.form();
    const std::string number = form.value("nomor");
    const std::string email = domain::lower_ascii(domain::trim_whitespace(form.value("email")));
    auto stored = number.size() <= 64 ? context.app.requests.find(number) : std::nullopt;
    if (stored && !email.empty() && domain::lower_ascii(stored->requester_email) == email) {
        const std::string code = domain::tracking_code(context.app.settings.server_secret, "");
        const catalog::Service* service = context.app.catalog.find_service(stored->service);
        json model = { { "name",
                           stored->requester_name.empty() ? "Pemohon" : stored->requester_name },
            { "number", stored->number }, { "service", service ? service->name : stored->service },
            { "link", context.app.settings.public_url + tracking_link(stored->number, code) },
            { "office", context.app.catalog.office.name },
            { "phone", context.app.catalog.helpdesk.phone },
            { "whatsapp", context.app.catalog.helpdesk.whatsapp_display },
            { "helpdesk_email", context.app.catalog.helpdesk.email } };
        store::Notification mail{ stored->requester_email,
            "[" + stored->number + "] Tautan pelacakan baru",
            context.app.renderer.render("mail_new_link.txt", model), 0 };
        context.app.requests.replace_tracking_code(
            *stored, domain::sha256_hex(code), mail, request.remote, context.app.clock.now());
        context.app.wake_notifier();
    }
    return message_page(context, 200, "resend.done_title", "resend.done_text");
}

namespace {

// The requester's page of a request; after a refused move, with the reason and
// the typed note kept.
Response tracking_view(Context& context, Request& request, const store::StoredRequest& stored,
    const std::string& code, const RefusedMove& refused = {})
{
    const catalog::Catalog& catalog = context.app.catalog;
    const catalog::Service* service = catalog.find_service(stored.service);

    json model = request_summary(catalog, stored, context.lang);
    model["code"] = code;
    model["steps"] = steps_model(stored);
    model["history"] = history_model(catalog, context.app.requests.history(stored.id),
        HistoryAudience::Requester, context.lang, catalog.office.utc_offset_minutes);
    model["actions"] = requester_actions(stored);
    model["desk_panel"] = desk_panel(context, { DeskAudience::Requester, stored, code });
    json letters = json::array();
    for (const LetterChoice& letter : letters_for(context.app, stored))
        letters.push_back({ { "id", letter.id }, { "title", letter.title } });
    model["letters"] = letters;
    model["service_name"] = service ? service->name : stored.service;
    if (request.query_value("baru") == "1") {
        model["receipt"] = json::array({ { { "link", tracking_link(stored.number, code) },
            { "number", stored.number }, { "code", code } } });
    }
    keep_refused(model, refused, context.lang);
    Response response = page(context, "track.tpl", "Permohonan " + stored.number, model);
    response.status = refused.status;
    response.header("Cache-Control", "no-store");
    return response;
}

} // namespace

Response tracking_page(Context& context, Request& request)
{
    const std::string code = request.query_value("kode");
    auto found = find_for_requester(context.app, request.param("number"), code);
    if (!found)
        return message_page(context, 404, "tracking.not_found_title", "tracking.not_found_text");
    return tracking_view(context, request, *found, code);
}

Response tracking_action(Context& context, Request& request)
{
    FormData& form = request.form();
    const std::string code = form.value("kode");
    auto found = find_for_requester(context.app, request.param("number"), code);
    if (!found)
        return message_page(context, 404, "tracking.not_found_title", "tracking.not_found_text");

    auto action = domain::action_from_string(form.value("aksi"));
    bool requester_action = action == domain::Action::Complete || action == domain::Action::Answer
        || action == domain::Action::Withdraw;
    if (!requester_action)
        return message_page(context, 409, "move.refused_title", "move.not_yours");

    MoveInput input;
    input.actor.kind = domain::Actor::Kind::Requester;
    input.command.action = *action;
    input.command.note = form.value("catatan");
    for (FilePart& file : form.files) {
        file.field = "lampiran";
        input.files.push_back(std::move(file));
    }
    MoveOutcome outcome = move_request(context.app, *found, input);
    if (outcome.result != MoveOutcome::Result::Done) {
        int status = outcome.refusal == domain::Refusal::InvalidInput ? 422 : 409;
        return tracking_view(context, request, *found, code,
            { status, outcome.reason, domain::to_string(*action), input.command.note });
    }
    return redirect(tracking_link(found->number, code));
}

} // namespace lapis::web
