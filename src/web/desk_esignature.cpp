// The e-signature desk (Implementasi Sertifikat Elektronik): the assisting team
// (Tim Pendamping) records the dated milestones of the agency application's
// integration with BSrE; the agency and the requester see them. The desk keeps
// a step whose milestone is not recorded from being completed, and the request
// from finishing before production (domain/esignature.hpp).
#include <algorithm>

#include <nlohmann/json.hpp>

#include "domain/certificate.hpp"
#include "domain/esignature.hpp"
#include "store/esignature.hpp"
#include "web/desk.hpp"
#include "web/desks.hpp"
#include "web/handlers.hpp"
#include "web/pages.hpp"

namespace lapis::web {
namespace {

using nlohmann::json;

constexpr const char* kTeamRole = "tim-pendamping";

// The team member may record on this request: holds the role, and is among the
// staff named for it when the head of division named any.
bool team_member(const store::User& user, const store::StoredRequest& request)
{
    return named_for_role(user, request, kTeamRole);
}

std::vector<domain::MilestoneRecord> records_of(const std::vector<store::MilestoneEntry>& entries)
{
    std::vector<domain::MilestoneRecord> records;
    for (const store::MilestoneEntry& entry : entries)
        records.push_back({ entry.milestone, entry.happened_on });
    return records;
}

// The first required milestone not recorded yet, for the form's default choice.
std::string next_milestone(const std::vector<domain::MilestoneRecord>& records)
{
    for (const domain::Milestone& milestone : domain::milestones()) {
        if (!milestone.optional && !domain::milestone_recorded(records, milestone.id))
            return std::string(milestone.id);
    }
    return {};
}

json panel_model(Context& context, const store::StoredRequest& request, bool staff)
{
    const auto entries = store::EsignatureStore(context.app.database).milestones(request.id);
    const auto records = records_of(entries);
    json list = json::array();
    for (const store::MilestoneEntry& entry : entries) {
        const domain::Milestone* milestone = domain::find_milestone(entry.milestone);
        json row = { { "label",
                         milestone ? domain::text(milestone->message_key, context.lang)
                                   : entry.milestone },
            { "date", domain::display_date(entry.happened_on) }, { "note", entry.note } };
        if (staff)
            row["by"] = entry.recorded_by_name;
        list.push_back(row);
    }
    json stages = json::array();
    for (const domain::Milestone& milestone : domain::milestones()) {
        stages.push_back({ { "id", milestone.id },
            { "label", domain::text(milestone.message_key, context.lang) },
            { "done", domain::milestone_recorded(records, milestone.id) },
            { "optional", milestone.optional } });
    }
    json model = { { "number", request.number }, { "milestones", list }, { "stages", stages },
        { "csrf", context.csrf_token } };
    if (!list.empty())
        model["table"] = json::array({ { { "rows", list } } });
    const bool open = !domain::is_finished(request.state.status);
    if (staff && open && team_member(*context.user, request)) {
        const std::string next = next_milestone(records);
        json options = json::array();
        for (const domain::Milestone& milestone : domain::milestones()) {
            options.push_back({ { "id", milestone.id },
                { "label", domain::text(milestone.message_key, context.lang) },
                { "selected", milestone.id == next } });
        }
        model["form"] = json::array({ { { "options", options }, { "number", request.number },
            { "csrf", context.csrf_token } } });
    }
    return model;
}

} // namespace

std::string esignature_panel(Context& context, const DeskView& view)
{
    const bool staff = view.audience == DeskAudience::Staff;
    return context.app.renderer.render(
        staff ? "desk_esignature_staff.tpl" : "desk_esignature_public.tpl",
        panel_model(context, view.request, staff));
}

std::optional<DeskRefusal> esignature_check_move(App& app, const store::StoredRequest& request,
    const domain::Actor&, const domain::Transition& transition)
{
    if (transition.action != domain::Action::Complete)
        return std::nullopt;
    const auto records = records_of(store::EsignatureStore(app.database).milestones(request.id));
    // A step bound to a required milestone (by the step's id) waits for it.
    const catalog::Step& step = request.procedure->steps.at(transition.from_step);
    const domain::Milestone* milestone = domain::find_milestone(step.id);
    if (milestone && !milestone->optional && !domain::milestone_recorded(records, step.id)) {
        return DeskRefusal{ domain::Refusal::NotNow,
            { "esignature.milestone_missing", domain::text(milestone->message_key) } };
    }
    // Whatever the catalog's steps are, the request finishes only in production.
    const domain::Milestone& last = domain::final_milestone();
    if (transition.to_status == domain::Status::Selesai
        && !domain::milestone_recorded(records, last.id)) {
        return DeskRefusal{ domain::Refusal::NotNow,
            { "esignature.milestone_missing", domain::text(last.message_key) } };
    }
    return std::nullopt;
}

Response esignature_milestone_save(Context& context, Request& request)
{
    auto stored = context.app.requests.find(request.param("number"));
    if (!stored || !staff_may_view(*context.user, *stored))
        return not_found_page(context);
    const catalog::Service* service = context.app.catalog.find_service(stored->service);
    if (service == nullptr || service->desk != catalog::Desk::Esignature)
        return not_found_page(context);
    if (!team_member(*context.user, *stored))
        return message_page(context, 403, "move.refused_title", "esignature.not_team");
    if (domain::is_finished(stored->state.status))
        return message_page(context, 409, "move.refused_title", "esignature.finished");

    FormData& form = request.form();
    const std::string milestone = form.value("tahapan");
    const std::string date = form.value("tanggal");
    const std::string note = form.value("catatan");
    store::EsignatureStore milestones(context.app.database);
    const auto now = context.app.clock.now();
    const domain::Date today
        = domain::office_date(now, context.app.catalog.office.utc_offset_minutes);
    std::optional<domain::Message> problem;
    if (note.size() > 2000)
        problem = domain::Message{ "field.too_long", "2000" };
    else
        problem = domain::check_milestone(
            records_of(milestones.milestones(stored->id)), milestone, date, today);
    if (problem) {
        json model = panel_model(context, *stored, true);
        model["error"] = domain::render(*problem, context.lang);
        model["typed_date"] = date;
        model["typed_note"] = note;
        if (model.contains("form")) {
            for (json& option : model["form"][0]["options"])
                option["selected"] = option["id"] == milestone;
            model["form"][0]["error"] = model["error"];
            model["form"][0]["typed_date"] = date;
            model["form"][0]["typed_note"] = note;
        }
        return page(context, "desk_esignature_page.tpl", stored->number,
            { { "number", stored->number },
                { "panel", context.app.renderer.render("desk_esignature_staff.tpl", model) } },
            422);
    }

    const domain::Milestone* chosen = domain::find_milestone(milestone);
    store::MilestoneEntry entry;
    entry.request_id = stored->id;
    entry.milestone = milestone;
    entry.happened_on = *domain::parse_iso_date(date);
    entry.note = note;
    entry.recorded_by = context.user->id;
    store::DeskEvent event;
    event.event = "esignature.event.milestone_recorded";
    event.actor_kind = "staf";
    event.actor_user = context.user->id;
    event.note = domain::text(chosen->message_key) + " (" + domain::display_date(entry.happened_on)
        + ")" + (note.empty() ? "" : ": " + note);
    event.public_note = true;
    event.detail = { { "milestone", milestone }, { "date", date } };
    milestones.add(entry, event, now);
    context.app.audit.record({ "staf", context.user->id, request.remote, "esignature.milestone",
                                 "request:" + stored->number,
                                 json({ { "milestone", milestone }, { "date", date } }).dump() },
        now);
    return redirect("/staf/permohonan/" + stored->number + "?ok=1");
}

} // namespace lapis::web
