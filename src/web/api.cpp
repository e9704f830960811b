// The public JSON API under /api/v1: the catalog, submitting a request, and the
// requester's view and moves with a tracking code. Timestamps are RFC 3339 with
// the office's offset; identity numbers are strings (AC-08).
#include <nlohmann/json.hpp>

#include "domain/clock.hpp"
#include "web/desk.hpp"
#include "web/handlers.hpp"
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
        {{"errors", {{"_request", domain::render(domain::Message{key, {}}, lang)}}}});
}

Response not_found_json(domain::Lang lang)
{
    return json_response(404, {{"error", domain::text("tracking.not_found_text", lang)}});
}

// Reads {"service", "kind", "fields"} into a SubmitInput; errors name the key.
bool read_submission(const json& body, SubmitInput& input,
    std::map<std::string, domain::Message>& errors)
{
    if (!body.is_object()) {
        errors["_request"] = domain::Message{"api.body_object", {}};
        return false;
    }
    for (const auto& [key, value] : body.items()) {
        if (key != "service" && key != "kind" && key != "fields")
            errors["_request"] = domain::Message{"api.unknown_key", key};
    }
    if (!body.contains("service") || !body["service"].is_string())
        errors["_request"] = domain::Message{"api.service_required", {}};
    if (body.contains("kind") && !body["kind"].is_string() && !body["kind"].is_null())
        errors["_request"] = domain::Message{"api.kind_string", {}};
    if (body.contains("fields") && !body["fields"].is_object())
        errors["_request"] = domain::Message{"api.fields_object", {}};
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
            errors[name] = domain::Message{"api.value_string", {}};
    }
    return errors.empty();
}

std::string tracking_code_of(const Request& request)
{
    std::string code = request.query_value("code");
    return code.empty() ? request.header("x-tracking-code") : code;
}

json request_view(App& app, const store::StoredRequest& request)
{
    const int offset = app.catalog.office.utc_offset_minutes;
    json steps = json::array();
    for (std::size_t i = 0; i < request.procedure->steps.size(); ++i) {
        const catalog::Step& step = request.procedure->steps[i];
        steps.push_back({{"id", step.id}, {"number", step.number}, {"text", step.text},
            {"state", step_state(request, i)}});
    }
    json history = json::array();
    for (const store::HistoryEntry& entry : app.requests.history(request.id)) {
        auto detail = json::parse(entry.detail, nullptr, false);
        bool visible = entry.actor_kind == "pemohon"
            || (detail.is_object() && detail.value("public", false));
        history.push_back({{"at", domain::to_rfc3339(entry.at, offset)}, {"action", entry.action},
            {"status", entry.to_status},
            {"note", visible && !entry.note.empty() ? json(entry.note) : json()}});
    }
    const bool finished = domain::is_finished(request.state.status);
    // The values as stored, every one a string (AC-08): the requester reads back
    // exactly what they sent (AC-02, AC-03).
    return {{"number", request.number}, {"service", request.service},
        {"kind", request.kind.empty() ? json() : json(request.kind)}, {"title", request.title},
        {"fields", request.fields},
        {"status", domain::to_string(request.state.status)},
        {"step", finished ? json() : json(request.procedure->steps.at(request.state.step).number)},
        {"steps", steps}, {"history", history},
        {"created_at", domain::to_rfc3339(request.created_at, offset)},
        {"updated_at", domain::to_rfc3339(request.updated_at, offset)}};
}

}  // namespace

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
    const std::string type = request.header("content-type");
    json body;
    if (type.rfind("multipart/form-data", 0) == 0) {
        FormData& form = request.form();
        if (form.malformed)
            return request_error(400, "api.malformed", context.lang);
        body = json::parse(form.value("request"), nullptr, false);
        for (const auto& [name, value] : form.values) {
            if (name != "request")
                errors[name] = domain::Message{"api.part_not_file", {}};
        }
        input.files = std::move(form.files);
    } else if (type.rfind("application/json", 0) == 0) {
        body = json::parse(request.body, nullptr, false);
    } else {
        return request_error(415, "api.content_type", context.lang);
    }
    if (body.is_discarded())
        return request_error(400, "api.malformed", context.lang);
    if (!read_submission(body, input, errors) || !errors.empty())
        return json_response(422, {{"errors", errors_json(errors, context.lang)}});

    input.idempotency_key = request.header("idempotency-key");
    if (input.idempotency_key.size() > 200)
        return request_error(422, "idempotency.too_long", context.lang);
    SubmitOutcome outcome = submit_request(context.app, input);
    switch (outcome.result) {
    case SubmitOutcome::Result::UnknownService:
        return request_error(422, "api.unknown_service", context.lang);
    case SubmitOutcome::Result::Invalid:
    case SubmitOutcome::Result::KeyConflict:
        return json_response(422, {{"errors", errors_json(outcome.errors, context.lang)}});
    case SubmitOutcome::Result::Created:
    case SubmitOutcome::Result::Replayed:
        break;
    }
    const catalog::Service* service = context.app.catalog.find_service(input.service);
    const catalog::Procedure& procedure
        = catalog::form_procedure(*service, service->find_kind(input.kind));
    const auto state = domain::initial_state(procedure);
    return json_response(201, {{"number", outcome.number},
        {"tracking_code", outcome.tracking_code}, {"status", domain::to_string(state.status)},
        {"step", procedure.steps.at(state.step).number},
        {"warnings", errors_json(outcome.warnings, context.lang)}});
}

Response api_request(Context& context, Request& request)
{
    auto found = find_for_requester(context.app, request.param("number"), tracking_code_of(request));
    if (!found)
        return not_found_json(context.lang);
    Response response = json_response(200, request_view(context.app, *found));
    response.header("Cache-Control", "no-store");
    return response;
}

Response api_action(Context& context, Request& request)
{
    auto found = find_for_requester(context.app, request.param("number"), tracking_code_of(request));
    if (!found)
        return not_found_json(context.lang);
    json body = json::parse(request.body, nullptr, false);
    if (body.is_discarded() || !body.is_object() || !body.contains("action")
        || !body["action"].is_string())
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
            {{"error", domain::render(outcome.reason, context.lang)}, {"reason", outcome.reason.key}});
    }
    auto updated = context.app.requests.find(found->number);
    return json_response(200, request_view(context.app, *updated));
}

}  // namespace lapis::web
