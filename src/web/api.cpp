// The public JSON API under /api/v1: the catalog, submitting a request, and the
// requester's view and moves with a tracking code. Timestamps are RFC 3339 with
// the office's offset; identity numbers are strings (AC-08).
#include <algorithm>
#include <cctype>
#include <optional>

#include <nlohmann/json.hpp>

#include "domain/clock.hpp"
#include "domain/contact.hpp"
#include "web/desk.hpp"
#include "web/handlers.hpp"
#include "web/history_view.hpp"
#include "web/letters.hpp"
#include "web/pages.hpp"
#include "web/views.hpp"

namespace lapis::web {
namespace {

using nlohmann::json;

json errors_json(const std::map<std::string, domain::Message>& errors, domain::Lang lang)
{
    json body = json::object();
    for (const auto& [field, message] : errors)
        body[field] = domain::render(message, lang);
    return body;
}

Response request_error(int status, const std::string& key, domain::Lang lang)
{
    return json_response(status,
        { { "errors", { { "_request", domain::render(domain::Message{ key, {} }, lang) } } } });
}

Response not_found_json(domain::Lang lang)
{
    return json_response(404, { { "error", domain::text("tracking.not_found_text", lang) } });
}

// Reads {"service", "kind", "fields"} into a SubmitInput; errors name the key.
bool read_submission(
    const json& body, SubmitInput& input, std::map<std::string, domain::Message>& errors)
{
    if (!body.is_object()) {
        errors["_request"] = domain::Message{ "api.body_object", {} };
        return false;
    }
    for (const auto& [key, value] : body.items()) {
        if (key != "service" && key != "kind" && key != "fields")
            errors["_request"] = domain::Message{ "api.unknown_key", key };
    }
    if (!body.contains("service") || !body["service"].is_string())
        errors["_request"] = domain::Message{ "api.service_required", {} };
    if (body.contains("kind") && !body["kind"].is_string() && !body["kind"].is_null())
        errors["_request"] = domain::Message{ "api.kind_string", {} };
    if (body.contains("fields") && !body["fields"].is_object())
        errors["_request"] = domain::Message{ "api.fields_object", {} };
    if (!errors.empty())
        return false;

    input.service = body["service"].get<std::string>();
    if (body.contains("kind") && body["kind"].is_string())
        input.kind = body["kind"].get<std::string>();
    if (!body.contains("fields"))
        return true;
    for (const auto& [name, value] : body["fields"].items()) {
        if (value.is_string())
            input.values[name] = value.get<std::string>();
        else if (value.is_boolean())
            input.values[name] = value.get<bool>() ? "1" : "";
        else
            errors[name] = domain::Message{ "api.value_string", {} };
    }
    return errors.empty();
}

// The media type of a Content-Type value, lower-cased: type and subtype are
// case-insensitive (RFC 9110 §8.3.1), so "application/JSON; charset=utf-8" is JSON.
std::string media_type(const std::string& content_type)
{
    return domain::lower_ascii(
        domain::trim_whitespace(std::string_view(content_type).substr(0, content_type.find(';'))));
}

// A move is a JSON object; anything else is refused before it is read: 415 for another
// media type, 400 for a body that is not JSON at all, as for a submission.
std::optional<Response> read_action_body(const Request& request, json& body, domain::Lang lang)
{
    if (media_type(request.header("content-type")) != "application/json")
        return request_error(415, "api.content_type", lang);
    body = json::parse(request.body, nullptr, false);
    if (body.is_discarded())
        return request_error(400, "api.malformed", lang);
    return std::nullopt;
}

std::string tracking_code_of(const Request& request)
{
    std::string code = request.query_value("code");
    return code.empty() ? request.header("x-tracking-code") : code;
}

// The stored values the requester may read back through the tracking code: every
// field but identity numbers and scans (AC-08 keeps all values strings).
json requester_fields(const App& app, const store::StoredRequest& request)
{
    json fields = json::object();
    const auto* form = request_fields(app, request);
    for (const auto& [name, value] : request.fields) {
        bool hidden = form == nullptr;
        if (form != nullptr) {
            for (const catalog::Field& field : *form)
                hidden = hidden || (field.name == name && is_identity_field(field));
        }
        if (!hidden)
            fields[name] = value;
    }
    return fields;
}

json request_view(App& app, const store::StoredRequest& request)
{
    const int offset = app.catalog.office.utc_offset_minutes;
    json steps = json::array();
    for (std::size_t i = 0; i < request.procedure->steps.size(); ++i) {
        const catalog::Step& step = request.procedure->steps[i];
        steps.push_back({ { "id", step.id }, { "number", step.number }, { "text", step.text },
            { "state", step_state(request, i) } });
    }
    json history = json::array();
    for (const store::HistoryEntry& entry : app.requests.history(request.id)) {
        const bool visible = note_is_public(entry);
        history.push_back({ { "at", domain::to_rfc3339(entry.at, offset) },
            { "action", entry.action }, { "status", entry.to_status },
            { "note", visible && !entry.note.empty() ? json(entry.note) : json() } });
    }
    const bool finished = domain::is_finished(request.state.status);
    // The values as stored, every one a string (AC-08): the requester reads back
    // exactly what they sent (AC-02, AC-03).
    return { { "number", request.number }, { "service", request.service },
        { "kind", request.kind.empty() ? json() : json(request.kind) }, { "title", request.title },
        { "fields", requester_fields(app, request) },
        { "status", domain::to_string(request.state.status) },
        { "step",
            finished ? json() : json(request.procedure->steps.at(request.state.step).number) },
        { "steps", steps }, { "history", history },
        { "created_at", domain::to_rfc3339(request.created_at, offset) },
        { "updated_at", domain::to_rfc3339(request.updated_at, offset) } };
}

json queue_json(const App& app, const std::vector<store::QueueItem>& items)
{
    json rows = json::array();
    const int offset = app.catalog.office.utc_offset_minutes;
    for (const store::QueueItem& item : items) {
        rows.push_back({ { "number", item.number }, { "service", item.service },
            { "kind", item.kind.empty() ? json() : json(item.kind) }, { "status", item.status },
            { "step_role", item.step_role }, { "title", item.title },
            { "updated_at", domain::to_rfc3339(item.updated_at, offset) } });
    }
    return rows;
}

// The staff view: every field (identity numbers masked for roles that do not
// act in the procedure), the whole history, attachments with their SHA-256, the
// letters and who carries the request.
json staff_view(Context& context, const store::StoredRequest& request, const Request& http)
{
    App& app = context.app;
    const int offset = app.catalog.office.utc_offset_minutes;
    const bool identity = staff_sees_identity(*context.user, request);
    app.audit.record({ "staf", context.user->id, http.remote, "request.view",
                         "request:" + request.number, json({ { "identity", identity } }).dump() },
        app.clock.now());
    json view = request_view(app, request);
    json fields = json::object();
    const auto* form = request_fields(app, request);
    for (const auto& [name, value] : request.fields) {
        bool mask = false;
        if (form != nullptr) {
            for (const catalog::Field& field : *form)
                mask = mask || (field.name == name && is_identity_field(field) && !identity);
        }
        fields[name] = mask ? mask_identity(value) : value;
    }
    view["fields"] = fields;
    view["warnings"] = request.warnings;
    json history = json::array();
    for (const store::HistoryEntry& entry : app.requests.history(request.id)) {
        history.push_back({ { "at", domain::to_rfc3339(entry.at, offset) },
            { "action", entry.action }, { "actor_kind", entry.actor_kind },
            { "actor", entry.actor_name }, { "on_behalf_of", entry.on_behalf_of },
            { "from_status", entry.from_status }, { "status", entry.to_status },
            { "from_step", entry.from_step }, { "to_step", entry.to_step }, { "note", entry.note },
            { "detail", json::parse(entry.detail, nullptr, false) } });
    }
    view["history"] = history;
    json attachments = json::array();
    for (const store::Attachment& file : app.requests.attachments(request.id)) {
        if (!staff_sees_attachment(app, *context.user, request, file))
            continue; // as on the staff page
        attachments.push_back({ { "id", file.id }, { "field", file.field },
            { "name", file.original_name }, { "content_type", file.content_type },
            { "size", file.size }, { "sha256", file.sha256 }, { "deleted", file.deleted },
            { "at", domain::to_rfc3339(file.created_at, offset) } });
    }
    view["attachments"] = attachments;
    json documents = json::array();
    for (const LetterChoice& letter : letters_for(app, request)) {
        json document = { { "template", letter.id }, { "title", letter.title } };
        if (auto stored = app.documents.find(request.id, letter.id)) {
            document["code"] = stored->code;
            document["sha256"] = stored->sha256;
        }
        documents.push_back(document);
    }
    view["documents"] = documents;
    view["assignees"] = request.state.assignees;
    view["owner_agency"] = request.state.owner_agency;
    return view;
}

Response staff_action(
    Context& context, const store::StoredRequest& request, const json& body, const Request& http)
{
    auto action = domain::action_from_string(body.value("action", ""));
    const bool staff_move = action == domain::Action::Complete || action == domain::Action::Return
        || action == domain::Action::Reject || action == domain::Action::Back
        || action == domain::Action::Assign || action == domain::Action::Answer;
    if (!action || !staff_move)
        return request_error(422, "move.unknown_action", context.lang);

    MoveInput input;
    input.remote = http.remote;
    input.actor.kind = domain::Actor::Kind::Staff;
    input.actor.user_id = context.user->id;
    input.actor.roles = context.user->roles;
    input.command.action = *action;
    input.command.note = body.value("note", "");
    input.command.note_public = body.value("note_public", false);
    input.command.to_step = body.value("to_step", "");
    input.command.owner_agency = body.value("owner_agency", "");
    if (body.contains("assignees") && body["assignees"].is_array()) {
        for (const auto& id : body["assignees"]) {
            if (!id.is_number_integer())
                return request_error(422, "move.assignee_role", context.lang);
            input.assignee_ids.push_back(id.get<domain::UserId>());
        }
    }
    MoveOutcome outcome = move_request(context.app, request, input);
    if (outcome.result != MoveOutcome::Result::Done) {
        return json_response(staff_refusal_status(outcome.refusal),
            { { "error", domain::render(outcome.reason, context.lang) },
                { "reason", outcome.reason.key } });
    }
    auto updated = context.app.requests.find(request.number);
    return json_response(200, staff_view(context, *updated, http));
}

} // namespace

Response api_queue(Context& context, Request&)
{
    json queues = json::object();
    for (const std::string& role : context.user->roles)
        queues[role]
            = queue_json(context.app, context.app.requests.role_queue(role, context.user->id));
    Response response = json_response(200,
        { { "queues", queues },
            { "assigned",
                queue_json(context.app, context.app.requests.assigned_queue(context.user->id)) } });
    // Titles of requests, for this user only.
    response.header("Cache-Control", "no-store");
    return response;
}

Response api_services(Context& context, Request&)
{
    Response response;
    response.body = context.app.services_json;
    response.header("Content-Type", "application/json; charset=utf-8");
    return response;
}

Response api_submit(Context& context, Request& request)
{
    SubmitInput input;
    std::map<std::string, domain::Message> errors;
    const std::string type = media_type(request.header("content-type"));
    json body;
    if (type == "multipart/form-data") {
        FormData& form = request.form();
        if (form.malformed)
            return request_error(400, "api.malformed", context.lang);
        body = json::parse(form.value("request"), nullptr, false);
        for (const auto& [name, value] : form.values) {
            if (name != "request")
                errors[name] = domain::Message{ "api.part_not_file", {} };
        }
        input.files = std::move(form.files);
    } else if (type == "application/json") {
        body = json::parse(request.body, nullptr, false);
    } else {
        return request_error(415, "api.content_type", context.lang);
    }
    if (body.is_discarded())
        return request_error(400, "api.malformed", context.lang);
    if (!read_submission(body, input, errors) || !errors.empty())
        return json_response(422, { { "errors", errors_json(errors, context.lang) } });

    input.idempotency_key = request.header("idempotency-key");
    if (input.idempotency_key.size() > 200)
        return request_error(422, "idempotency.too_long", context.lang);
    SubmitOutcome outcome = submit_request(context.app, input);
    switch (outcome.result) {
    case SubmitOutcome::Result::UnknownService:
        return request_error(422, "api.unknown_service", context.lang);
    case SubmitOutcome::Result::Invalid:
    case SubmitOutcome::Result::KeyConflict:
        return json_response(422, { { "errors", errors_json(outcome.errors, context.lang) } });
    case SubmitOutcome::Result::Created:
    case SubmitOutcome::Result::Replayed:
        break;
    }
    const catalog::Service* service = context.app.catalog.find_service(input.service);
    const catalog::Procedure& procedure
        = catalog::form_procedure(*service, service->find_kind(input.kind));
    const auto state = domain::initial_state(procedure);
    Response response = json_response(201,
        { { "number", outcome.number }, { "tracking_code", outcome.tracking_code },
            { "status", domain::to_string(state.status) },
            { "step", procedure.steps.at(state.step).number },
            { "warnings", errors_json(outcome.warnings, context.lang) } });
    // The tracking code opens the request: no cache may keep it.
    response.header("Cache-Control", "no-store");
    return response;
}

Response api_request(Context& context, Request& request)
{
    if (context.user) {
        auto stored = context.app.requests.find(request.param("number"));
        if (!stored || !staff_may_view(*context.user, *stored))
            return not_found_json(context.lang);
        Response response = json_response(200, staff_view(context, *stored, request));
        response.header("Cache-Control", "no-store");
        return response;
    }
    auto found
        = find_for_requester(context.app, request.param("number"), tracking_code_of(request));
    if (!found)
        return not_found_json(context.lang);
    Response response = json_response(200, request_view(context.app, *found));
    response.header("Cache-Control", "no-store");
    return response;
}

Response api_action(Context& context, Request& request)
{
    if (context.user) {
        if (!context.by_token)
            return json_response(403, { { "error", "use an API token" } });
        auto stored = context.app.requests.find(request.param("number"));
        if (!stored || !staff_may_view(*context.user, *stored))
            return not_found_json(context.lang);
        json body;
        if (auto refused = read_action_body(request, body, context.lang))
            return *refused;
        if (!body.is_object())
            return request_error(422, "api.action_required", context.lang);
        return staff_action(context, *stored, body, request);
    }
    auto found
        = find_for_requester(context.app, request.param("number"), tracking_code_of(request));
    if (!found)
        return not_found_json(context.lang);
    json body;
    if (auto refused = read_action_body(request, body, context.lang))
        return *refused;
    if (!body.is_object() || !body.contains("action") || !body["action"].is_string())
        return request_error(422, "api.action_required", context.lang);
    auto action = domain::action_from_string(body["action"].get<std::string>());
    if (!action)
        return request_error(422, "move.unknown_action", context.lang);

    MoveInput input;
    input.actor.kind = domain::Actor::Kind::Requester;
    input.command.action = *action;
    if (body.contains("note") && body["note"].is_string())
        input.command.note = body["note"].get<std::string>();
    MoveOutcome outcome = move_request(context.app, *found, input);
    if (outcome.result != MoveOutcome::Result::Done) {
        // Any move that is not the requester's now is a conflict, not a permission
        // question: the requester holds the code.
        int status = outcome.refusal == domain::Refusal::InvalidInput ? 422 : 409;
        return json_response(status,
            { { "error", domain::render(outcome.reason, context.lang) },
                { "reason", outcome.reason.key } });
    }
    auto updated = context.app.requests.find(found->number);
    return json_response(200, request_view(context.app, *updated));
}

} // namespace lapis::web
