// The staff side: sign-in, the queues of each role and of each named staff
// member, and the request desk where the acting side moves a request.
#include <algorithm>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "domain/tokens.hpp"
#include "web/desk.hpp"
#include "web/desks.hpp"
#include "web/handlers.hpp"
#include "web/history_view.hpp"
#include "web/letters.hpp"
#include "web/pages.hpp"
#include "web/session.hpp"
#include "web/views.hpp"

namespace lapis::web {
namespace {

using nlohmann::json;

domain::Actor staff_actor(const store::User& user)
{
    domain::Actor actor;
    actor.kind = domain::Actor::Kind::Staff;
    actor.user_id = user.id;
    actor.roles = user.roles;
    return actor;
}

json queue_rows(
    const catalog::Catalog& catalog, const std::vector<store::QueueItem>& items, domain::Lang lang)
{
    json rows = json::array();
    const int offset = catalog.office.utc_offset_minutes;
    for (const store::QueueItem& item : items) {
        const catalog::Service* service = catalog.find_service(item.service);
        rows.push_back({ { "number", item.number },
            { "service", service ? service->name : item.service }, { "kind", item.kind },
            { "title", item.title }, { "requester", item.requester_name },
            { "status_label", domain::text("status." + item.status, lang) },
            { "step", item.step_index + 1 },
            { "updated", domain::to_office_display(item.updated_at, offset) } });
    }
    return rows;
}

json fields_view(const App& app, const store::StoredRequest& request, bool sees_identity)
{
    json rows = json::array();
    const auto* fields = request_fields(app, request);
    if (fields == nullptr)
        return rows;
    for (const catalog::Field& field : *fields) {
        auto value = request.fields.find(field.name);
        if (value == request.fields.end())
            continue;
        const std::string shown = is_identity_field(field) && !sees_identity
            ? mask_identity(value->second)
            : display_value(app.catalog, field, value->second);
        json row = { { "label", field.label }, { "value", shown } };
        if (auto warning = request.warnings.find(field.name); warning != request.warnings.end())
            row["warning"] = json::array({ { { "text", domain::text(warning->second) } } });
        rows.push_back(std::move(row));
    }
    return rows;
}

json attachments_view(App& app, const store::StoredRequest& request, const store::User& user)
{
    json rows = json::array();
    const int offset = app.catalog.office.utc_offset_minutes;
    for (const store::Attachment& file : app.requests.attachments(request.id)) {
        if (!staff_sees_attachment(app, user, request, file))
            continue;
        rows.push_back({ { "id", file.id }, { "name", file.original_name }, { "field", file.field },
            { "deleted", file.deleted }, { "size", file.size }, { "sha256", file.sha256 },
            { "at", domain::to_office_display(file.created_at, offset) },
            { "number", request.number } });
    }
    return rows;
}

json actions_view(App& app, const store::StoredRequest& request, const store::User& user)
{
    json actions = json::object();
    if (domain::is_finished(request.state.status))
        return actions;
    const catalog::Step& step = request.procedure->steps.at(request.state.step);
    if (!domain::staff_acts_on(step, request.state, staff_actor(user)))
        return actions;

    const bool running = request.state.status == domain::Status::Berjalan;
    actions["can_act"] = true;
    actions["can_complete"] = running && step.assigns.empty();
    actions["can_return"] = running;
    actions["can_reject"] = true;
    actions["can_answer"] = request.state.status == domain::Status::MenungguPemohon;
    if (step.actor.kind != catalog::ActorKind::Role)
        actions["on_behalf"] = actor_label(app.catalog, step);
    if (running && !step.assigns.empty()) {
        json staff = json::array();
        for (const store::User& member : app.users.with_role(step.assigns))
            staff.push_back({ { "id", member.id }, { "name", member.name } });
        const catalog::Role* role = app.catalog.find_role(step.assigns);
        actions["assign"]
            = json::array({ { { "role", role ? role->name : step.assigns }, { "staff", staff } } });
    }
    if (running && step.sets_owner) {
        json agencies = json::array();
        for (const catalog::Agency& agency : app.catalog.agencies)
            agencies.push_back({ { "code", agency.code }, { "name", agency.name } });
        actions["owner_choice"] = json::array({ { { "agencies", agencies } } });
    }
    if (running && !step.back_to.empty()) {
        json targets = json::array();
        for (const std::string& id : step.back_to) {
            if (const catalog::Step* target = request.procedure->find_step(id))
                targets.push_back({ { "id", target->id }, { "number", target->number },
                    { "text", target->text } });
        }
        actions["back"] = json::array({ { { "targets", targets } } });
    }
    return actions;
}

json letters_model(const App& app, const store::StoredRequest& request)
{
    json letters = json::array();
    for (const LetterChoice& letter : letters_for(app, request))
        letters.push_back(
            { { "id", letter.id }, { "title", letter.title }, { "number", request.number } });
    return letters;
}

// The request desk; after a refused move, with the reason and the typed note kept
// in the form it came from.
Response staff_request_page(Context& context, Request& request,
    const std::optional<store::StoredRequest>& stored, const RefusedMove& refused = {})
{
    const catalog::Catalog& catalog = context.app.catalog;
    const bool identity = staff_sees_identity(*context.user, *stored);
    context.app.audit.record(
        { "staf", context.user->id, request.remote, "request.view", "request:" + stored->number,
            json({ { "identity", identity } }).dump() },
        context.app.clock.now());
    json model = request_summary(catalog, *stored, context.lang);
    model["fields"] = fields_view(context.app, *stored, identity);
    model["attachments"] = attachments_view(context.app, *stored, *context.user);
    // Letters print identity numbers in full: only for roles that see them.
    model["letters"] = identity ? letters_model(context.app, *stored) : json::array();
    model["steps"] = steps_model(*stored);
    model["history"] = history_model(catalog, context.app.requests.history(stored->id),
        HistoryAudience::Staff, context.lang, catalog.office.utc_offset_minutes);
    model["actions"] = actions_view(context.app, *stored, *context.user);
    model["desk_panel"] = desk_panel(context, { DeskAudience::Staff, *stored, {} });
    if (!stored->state.owner_agency.empty()) {
        const catalog::Agency* owner = catalog.find_agency(stored->state.owner_agency);
        model["owner"]
            = json::array({ { { "name", owner ? owner->name : stored->state.owner_agency } } });
    }
    if (request.query_value("ok") == "1")
        model["saved"] = true;
    keep_refused(model, refused, context.lang);
    Response response = page(context, "staff_request.tpl", stored->number, model);
    response.status = refused.status;
    response.header("Cache-Control", "no-store");
    return response;
}

} // namespace

Response staff_queues(Context& context, Request&)
{
    const store::User& user = *context.user;
    const catalog::Catalog& catalog = context.app.catalog;
    json queues = json::array();
    for (const std::string& role_id : user.roles) {
        const catalog::Role* role = catalog.find_role(role_id);
        auto items = context.app.requests.role_queue(role_id, user.id);
        queues.push_back({ { "role", role ? role->name : role_id },
            { "items", queue_rows(catalog, items, context.lang) } });
    }
    json model = { { "queues", queues },
        { "assigned",
            queue_rows(catalog, context.app.requests.assigned_queue(user.id), context.lang) },
        { "user_name", user.name }, { "admin", user.roles.contains("admin") } };
    json tools = json::array();
    for (const DeskTool& tool : desk_tools(context.app, user))
        tools.push_back(
            { { "path", tool.path }, { "label", domain::text(tool.label, context.lang) } });
    if (!tools.empty())
        model["tools"] = json::array({ { { "items", tools } } });
    if (user.roles.contains("kepala-bidang")) {
        model["recent"] = json::array({ { { "items",
            queue_rows(catalog, context.app.requests.recent(100), context.lang) } } });
    }
    // Names and titles of requests: not for a shared browser's cache.
    Response response = page(context, "staff_queues.tpl", "Antrean Petugas", model);
    response.header("Cache-Control", "no-store");
    return response;
}

Response staff_request(Context& context, Request& request)
{
    auto stored = context.app.requests.find(request.param("number"));
    if (!stored || !staff_may_view(*context.user, *stored))
        return not_found_page(context);
    return staff_request_page(context, request, stored);
}

Response staff_action(Context& context, Request& request)
{
    auto stored = context.app.requests.find(request.param("number"));
    if (!stored || !staff_may_view(*context.user, *stored))
        return not_found_page(context);
    FormData& form = request.form();
    auto action = domain::action_from_string(form.value("aksi"));
    if (!action || *action == domain::Action::Submit || *action == domain::Action::Withdraw)
        return message_page(context, 422, "move.refused_title", "move.unknown_action");

    MoveInput input;
    input.actor = staff_actor(*context.user);
    input.command.action = *action;
    input.command.note = form.value("catatan");
    input.command.note_public = form.value("publik") == "1";
    input.command.to_step = form.value("ke_langkah");
    input.command.owner_agency = form.value("pemilik");
    auto [first, last] = form.values.equal_range("petugas");
    for (auto it = first; it != last; ++it) {
        try {
            input.assignee_ids.push_back(std::stoll(it->second));
        } catch (const std::exception&) {
            return staff_request_page(context, request, stored,
                { 422, domain::Message{ "move.assignee_role", {} }, "assign", input.command.note });
        }
    }
    input.files = std::move(form.files);
    MoveOutcome outcome = move_request(context.app, *stored, input);
    if (outcome.result != MoveOutcome::Result::Done) {
        return staff_request_page(context, request, stored,
            { staff_refusal_status(outcome.refusal), outcome.reason, domain::to_string(*action),
                input.command.note });
    }
    return redirect("/staf/permohonan/" + stored->number + "?ok=1");
}

Response staff_attachment(Context& context, Request& request)
{
    auto stored = context.app.requests.find(request.param("number"));
    if (!stored || !staff_may_view(*context.user, *stored))
        return not_found_page(context);
    // Digits only, as the id is written in links: stoll alone would read "1abc", "1e3"
    // and "+1" as attachment 1. Eighteen digits always fit in an int64.
    const std::string digits = request.param("id");
    if (digits.empty() || digits.size() > 18
        || !std::ranges::all_of(digits, [](char c) { return c >= '0' && c <= '9'; }))
        return not_found_page(context);
    const std::int64_t id = std::stoll(digits);
    auto file = context.app.requests.attachment(stored->id, id);
    if (!file || file->deleted
        || !staff_sees_attachment(context.app, *context.user, *stored, *file))
        return not_found_page(context);
    auto bytes = context.app.files.get(file->sha256);
    if (!bytes)
        return not_found_page(context);
    spdlog::info("attachment downloaded number={} attachment={} user={}", stored->number, id,
        context.user->id);
    context.app.audit.record(
        { "staf", context.user->id, request.remote, "attachment.view", "request:" + stored->number,
            json({ { "attachment", id }, { "sha256", file->sha256 } }).dump() },
        context.app.clock.now());
    Response response;
    response.body = std::move(*bytes);
    response.header("Content-Type", "application/octet-stream");
    response.header("Content-Disposition",
        "attachment; filename=\"lampiran-" + std::to_string(id) + "\"; filename*=UTF-8''"
            + url_encode(file->original_name));
    response.header("Cache-Control", "no-store");
    return response;
}

} // namespace lapis::web
