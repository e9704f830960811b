#include "web/notices.hpp"

#include <nlohmann/json.hpp>

#include "domain/clock.hpp"

namespace lapis::web {
namespace {

using nlohmann::json;

json office_model(const App& app)
{
    const catalog::Catalog& catalog = app.catalog;
    return { { "office", catalog.office.name }, { "parent", catalog.office.parent },
        { "phone", catalog.helpdesk.phone }, { "whatsapp", catalog.helpdesk.whatsapp_display },
        { "helpdesk_email", catalog.helpdesk.email }, { "base", app.settings.public_url } };
}

std::string service_name(const App& app, const std::string& id)
{
    const catalog::Service* service = app.catalog.find_service(id);
    return service ? service->name : id;
}

// The staff who act next: those named for the role, else everyone holding it.
std::vector<std::string> staff_addresses(
    App& app, const std::string& role, const domain::RequestState& state)
{
    std::vector<std::string> addresses;
    auto named = state.assignees.find(role);
    if (named != state.assignees.end() && !named->second.empty()) {
        for (domain::UserId id : named->second) {
            auto user = app.users.find(id);
            if (user && !user->disabled)
                addresses.push_back(user->email);
        }
        return addresses;
    }
    for (const store::User& user : app.users.with_role(role))
        addresses.push_back(user.email);
    return addresses;
}

void add_staff_notices(App& app, std::vector<store::Notification>& notices,
    const std::string& number, const std::string& service, const catalog::Step& step,
    const domain::RequestState& state)
{
    const catalog::Role* role = app.catalog.find_role(step.staff_role());
    json model = office_model(app);
    model["number"] = number;
    model["service"] = service;
    model["role"] = role ? role->name : step.staff_role();
    model["step_number"] = step.number;
    model["step_text"] = step.text;
    model["status"] = domain::text(std::string("status.") + domain::to_string(state.status));
    const std::string body = app.renderer.render("mail_staff.txt", model);
    const std::string subject = "[" + number + "] Menunggu tindakan: " + service;
    for (const std::string& address : staff_addresses(app, step.staff_role(), state))
        notices.push_back({ address, subject, body, 0 });
}

// Work arrives in a queue when a move lands on another step, or brings a request
// that waited for the requester back to staff.
bool work_arrives(const domain::Transition& transition)
{
    if (transition.to_status != domain::Status::Berjalan)
        return false;
    return transition.to_step != transition.from_step
        || transition.from_status != domain::Status::Berjalan || !transition.assigned.empty();
}

} // namespace

std::vector<store::Notification> submission_notices(App& app, const SubmittedNotice& notice)
{
    std::vector<store::Notification> notices;
    const domain::RequestState state = domain::initial_state(*notice.procedure);
    if (!notice.requester_email.empty()) {
        json model = office_model(app);
        model["name"] = notice.requester_name.empty() ? "Pemohon" : notice.requester_name;
        model["number"] = notice.number;
        model["service"] = notice.service->name;
        model["title"] = notice.title;
        model["link"] = app.settings.public_url + notice.tracking_link;
        model["at"]
            = domain::to_office_display(app.clock.now(), app.catalog.office.utc_offset_minutes);
        notices.push_back({ notice.requester_email, "[" + notice.number + "] " + notice.title,
            app.renderer.render("mail_receipt.txt", model), 0 });
    }
    add_staff_notices(app, notices, notice.number, notice.service->name,
        notice.procedure->steps.at(state.step), state);
    return notices;
}

std::vector<store::Notification> move_notices(
    App& app, const store::StoredRequest& request, const domain::Transition& transition)
{
    std::vector<store::Notification> notices;
    const std::string service = service_name(app, request.service);
    const domain::RequestState next = domain::apply(request.state, transition);
    const bool staff_moved
        = transition.action != domain::Action::Answer || !transition.on_behalf_of.empty();
    const bool requester_moved = transition.action == domain::Action::Withdraw
        || (transition.action == domain::Action::Complete && transition.on_behalf_of.empty()
            && request.procedure->steps.at(transition.from_step).actor.kind
                == catalog::ActorKind::Requester);

    if (!request.requester_email.empty() && staff_moved && !requester_moved) {
        json model = office_model(app);
        model["name"] = request.requester_name.empty() ? "Pemohon" : request.requester_name;
        model["number"] = request.number;
        model["service"] = service;
        model["action"]
            = domain::text(std::string("action.") + domain::to_string(transition.action));
        model["status"] = domain::text(std::string("status.") + domain::to_string(next.status));
        model["at"]
            = domain::to_office_display(app.clock.now(), app.catalog.office.utc_offset_minutes);
        if (!domain::is_finished(next.status)) {
            const catalog::Step& step = request.procedure->steps.at(next.step);
            model["current"]
                = json::array({ { { "step_number", step.number }, { "step_text", step.text } } });
        }
        if (transition.note_public && !transition.note.empty())
            model["note"] = json::array({ { { "text", transition.note } } });
        model["asked"] = next.status == domain::Status::MenungguPemohon;
        notices.push_back(
            { request.requester_email, "[" + request.number + "] " + std::string(model["status"]),
                app.renderer.render("mail_update.txt", model), 0 });
    }
    if (work_arrives(transition) && !domain::is_finished(next.status)) {
        add_staff_notices(
            app, notices, request.number, service, request.procedure->steps.at(next.step), next);
    }
    return notices;
}

} // namespace lapis::web
