// Accounts of Perangkat Daerah: registered with an address in the official
// domain and verified by a link sent there; they follow every request their
// agency filed or owns the affected system of, and act on the steps the
// procedures give to the requester or to the owner of the electronic system.
#include <nlohmann/json.hpp>

#include <chrono>

#include "domain/contact.hpp"
#include "domain/tokens.hpp"
#include "web/desk.hpp"
#include "web/desks.hpp"
#include "web/handlers.hpp"
#include "web/history_view.hpp"
#include "web/pages.hpp"
#include "web/views.hpp"

namespace lapis::web {
namespace {

using nlohmann::json;

constexpr std::size_t kMinimumPasswordLength = 12;
constexpr auto kVerificationValidity = std::chrono::hours(48);

json agency_options(const catalog::Catalog& catalog, const std::string& selected)
{
    json options = json::array();
    for (const catalog::Agency& agency : catalog.agencies) {
        options.push_back({ { "code", agency.code }, { "name", agency.name },
            { "selected", agency.code == selected } });
    }
    return options;
}

Response register_page(Context& context, json model, int status)
{
    model["agencies"] = agency_options(context.app.catalog, model.value("agency", ""));
    model["domain"] = context.app.catalog.office.official_email_domains.empty()
        ? ""
        : context.app.catalog.office.official_email_domains.front();
    return page(context, "agency_register.tpl", "Akun Perangkat Daerah", model, status);
}

// The request, when the signed-in agency filed it or owns its affected system.
std::optional<store::StoredRequest> agency_view(Context& context, const std::string& number)
{
    auto stored = context.app.requests.find(number);
    const std::string& agency = context.user->agency;
    if (!stored || (stored->requester_agency != agency && stored->state.owner_agency != agency))
        return std::nullopt;
    return stored;
}

domain::Actor agency_actor(const store::User& user)
{
    domain::Actor actor;
    actor.kind = domain::Actor::Kind::Agency;
    actor.user_id = user.id;
    actor.agency = user.agency;
    return actor;
}

json agency_actions(const store::StoredRequest& request, const store::User& user)
{
    json actions = json::object();
    if (domain::is_finished(request.state.status))
        return actions;
    const domain::Actor actor = agency_actor(user);
    const catalog::Step& step = request.procedure->steps.at(request.state.step);
    const bool requester = domain::speaks_for_requester(actor, request.state);
    const bool owner = step.actor.kind == catalog::ActorKind::SystemOwner
        && request.state.owner_agency == user.agency;
    const bool running = request.state.status == domain::Status::Berjalan;
    actions["can_complete"]
        = running && ((requester && step.actor.kind == catalog::ActorKind::Requester) || owner);
    actions["can_answer"] = requester && request.state.status == domain::Status::MenungguPemohon;
    actions["can_withdraw"] = requester;
    return actions;
}

} // namespace

Response agency_register_form(Context& context, Request&)
{
    return register_page(context, json::object(), 200);
}

Response agency_register(Context& context, Request& request)
{
    FormData& form = request.form();
    const catalog::Catalog& catalog = context.app.catalog;
    json model = { { "name", form.value("nama") }, { "email", form.value("email") },
        { "agency", form.value("instansi") } };
    const auto email = domain::check_official_email(form.value("email"),
        catalog.office.official_email_domains, catalog.office.allow_email_subdomains);
    std::string problem;
    if (form.value("nama").empty())
        problem = domain::text("field.required", context.lang);
    else if (!email.value)
        problem = domain::render(email.error, context.lang);
    else if (catalog.find_agency(form.value("instansi")) == nullptr)
        problem = domain::text("agency.invalid", context.lang);
    else if (form.value("password").size() < kMinimumPasswordLength)
        problem = domain::text("password.too_short", context.lang);
    else if (form.value("password") != form.value("password_again"))
        problem = domain::text("password.mismatch", context.lang);
    if (!problem.empty()) {
        model["error"] = problem;
        return register_page(context, model, 422);
    }

    const std::string token = domain::random_token(24);
    const auto now = context.app.clock.now();
    json mail_model = { { "name", form.value("nama") },
        { "link", context.app.settings.public_url + "/instansi/verifikasi/" + token },
        { "office", catalog.office.name }, { "helpdesk_email", catalog.helpdesk.email } };
    store::Notification mail{ *email.value, "Verifikasi akun Perangkat Daerah",
        context.app.renderer.render("mail_verify.txt", mail_model), 0 };
    const auto id = context.app.users.add_agency_user(*email.value, form.value("nama"),
        domain::hash_password(form.value("password")), form.value("instansi"),
        domain::sha256_hex(token), now + kVerificationValidity, mail, now);
    context.app.wake_notifier();
    // The same answer when the address has an account already: nothing to learn here.
    if (id != 0) {
        context.app.audit.record(
            { "publik", 0, request.remote, "agency.register", "user:" + std::to_string(id),
                json({ { "agency", form.value("instansi") } }).dump() },
            now);
    }
    return message_page(context, 200, "agency.check_mail_title", "agency.check_mail_text");
}

Response agency_verify(Context& context, Request& request)
{
    auto user = context.app.users.verify_email(
        domain::sha256_hex(request.param("token")), context.app.clock.now());
    if (!user)
        return message_page(context, 404, "agency.link_invalid_title", "agency.link_invalid_text");
    context.app.audit.record({ "publik", *user, request.remote, "agency.verified",
                                 "user:" + std::to_string(*user), "{}" },
        context.app.clock.now());
    return message_page(context, 200, "agency.verified_title", "agency.verified_text");
}

Response agency_home(Context& context, Request&)
{
    const catalog::Catalog& catalog = context.app.catalog;
    const catalog::Agency* agency = catalog.find_agency(context.user->agency);
    json rows = json::array();
    const int offset = catalog.office.utc_offset_minutes;
    for (const store::QueueItem& item :
        context.app.requests.agency_requests(context.user->agency, 200)) {
        const catalog::Service* service = catalog.find_service(item.service);
        rows.push_back({ { "number", item.number },
            { "service", service ? service->name : item.service }, { "title", item.title },
            { "status_label", domain::text("status." + item.status, context.lang) },
            { "step", item.step_index + 1 },
            { "updated", domain::to_office_display(item.updated_at, offset) } });
    }
    return page(context, "agency_home.tpl", "Permohonan Perangkat Daerah",
        { { "agency", agency ? agency->name : context.user->agency }, { "requests", rows },
            { "user_name", context.user->name } });
}

namespace {

// The agency's page of a request; after a refused move, with the reason and the
// typed note kept.
Response agency_request_page(
    Context& context, const store::StoredRequest& stored, const RefusedMove& refused = {})
{
    const catalog::Catalog& catalog = context.app.catalog;
    json model = request_summary(catalog, stored, context.lang);
    model["steps"] = steps_model(stored);
    model["history"] = history_model(catalog, context.app.requests.history(stored.id),
        HistoryAudience::Requester, context.lang, catalog.office.utc_offset_minutes);
    model["actions"] = agency_actions(stored, *context.user);
    model["desk_panel"] = desk_panel(context, { DeskAudience::Agency, stored, {} });
    keep_refused(model, refused, context.lang);
    Response response = page(context, "agency_request.tpl", stored.number, model);
    response.status = refused.status;
    response.header("Cache-Control", "no-store");
    return response;
}

} // namespace

Response agency_request(Context& context, Request& request)
{
    auto stored = agency_view(context, request.param("number"));
    if (!stored)
        return not_found_page(context);
    return agency_request_page(context, *stored);
}

Response agency_action(Context& context, Request& request)
{
    auto stored = agency_view(context, request.param("number"));
    if (!stored)
        return not_found_page(context);
    FormData& form = request.form();
    auto action = domain::action_from_string(form.value("aksi"));
    const bool allowed = action == domain::Action::Complete || action == domain::Action::Answer
        || action == domain::Action::Withdraw;
    if (!allowed)
        return message_page(context, 422, "move.refused_title", "move.unknown_action");
    MoveInput input;
    input.actor = agency_actor(*context.user);
    input.command.action = *action;
    input.command.note = form.value("catatan");
    input.remote = request.remote;
    for (FilePart& file : form.files) {
        file.field = "lampiran";
        input.files.push_back(std::move(file));
    }
    MoveOutcome outcome = move_request(context.app, *stored, input);
    if (outcome.result != MoveOutcome::Result::Done) {
        return agency_request_page(context, *stored,
            { staff_refusal_status(outcome.refusal), outcome.reason, domain::to_string(*action),
                input.command.note });
    }
    return redirect("/instansi/permohonan/" + stored->number);
}

} // namespace lapis::web
