#include "web/desk_forms.hpp"

#include "web/handlers.hpp"

namespace lapis::web {
namespace {

thread_local const nlohmann::json* t_refused = nullptr;

} // namespace

Response refused_desk_form(Context& context, Request& request,
    const std::vector<std::pair<std::string, std::string>>& errors, nlohmann::json values)
{
    nlohmann::json form
        = { { "values", std::move(values) }, { "errors", nlohmann::json::array() } };
    for (const auto& [field, text] : errors)
        form["errors"].push_back({ { "field", field }, { "text", text } });
    struct Scope {
        explicit Scope(const nlohmann::json& form) { t_refused = &form; }
        ~Scope() { t_refused = nullptr; }
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;
    } scope(form);
    Response page = staff_request(context, request);
    page.status = 422;
    return page;
}

const nlohmann::json* refused_desk_form()
{
    return t_refused;
}

void show_refused_desk_form(nlohmann::json& model)
{
    if (t_refused == nullptr)
        return;
    for (const auto& [name, value] : (*t_refused)["values"].items())
        model["v_" + name] = value;
    for (const nlohmann::json& error : (*t_refused)["errors"])
        model["error_" + error["field"].get<std::string>()] = error["text"];
    model["refused_errors"] = (*t_refused)["errors"];
}

store::DeskEvent staff_desk_event(const store::User& user, std::string event, std::string note,
    bool public_note, nlohmann::json detail)
{
    store::DeskEvent desk_event;
    desk_event.event = std::move(event);
    desk_event.actor_kind = "staf";
    desk_event.actor_user = user.id;
    desk_event.note = std::move(note);
    desk_event.public_note = public_note;
    desk_event.detail = std::move(detail);
    return desk_event;
}

domain::Date office_today(const App& app)
{
    return domain::office_date(app.clock.now(), app.catalog.office.utc_offset_minutes);
}

} // namespace lapis::web
