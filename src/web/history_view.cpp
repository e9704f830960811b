#include "web/history_view.hpp"

#include "domain/clock.hpp"
#include "domain/workflow.hpp"
#include "web/views.hpp"

namespace lapis::web {
namespace {

using nlohmann::json;

std::string actor_text(const store::HistoryEntry& entry, HistoryAudience audience)
{
    if (entry.actor_kind == "pemohon")
        return "Pemohon";
    if (entry.actor_kind == "instansi")
        return audience == HistoryAudience::Staff && !entry.actor_name.empty()
            ? entry.actor_name + " (Perangkat Daerah)"
            : "Perangkat Daerah";
    std::string text = audience == HistoryAudience::Staff && !entry.actor_name.empty()
        ? entry.actor_name
        : "Petugas";
    if (!entry.on_behalf_of.empty())
        text += " (mencatat atas nama " + entry.on_behalf_of + ")";
    return text;
}

// A desk's event names itself (store/desk_history.hpp); a move is its action.
std::string action_label(const store::HistoryEntry& entry, domain::Lang lang)
{
    if (entry.action == "desk") {
        auto detail = json::parse(entry.detail, nullptr, false);
        if (detail.is_object() && detail.contains("event") && detail["event"].is_string())
            return domain::text(detail["event"].get<std::string>(), lang);
    }
    return domain::text("action." + entry.action, lang);
}

} // namespace

json request_summary(
    const catalog::Catalog& catalog, const store::StoredRequest& request, domain::Lang lang)
{
    const catalog::Service* service = catalog.find_service(request.service);
    const catalog::Kind* kind = service ? service->find_kind(request.kind) : nullptr;
    const std::string status = domain::to_string(request.state.status);
    const int offset = catalog.office.utc_offset_minutes;
    json summary = { { "number", request.number }, { "service_id", request.service },
        { "service_name", service ? service->name : request.service },
        { "kind_name", kind ? kind->name : "" }, { "status", status },
        { "status_label", domain::text("status." + status, lang) }, { "title", request.title },
        { "created", domain::to_office_display(request.created_at, offset) },
        { "updated", domain::to_office_display(request.updated_at, offset) },
        { "finished", domain::is_finished(request.state.status) } };
    if (!domain::is_finished(request.state.status)) {
        const catalog::Step& step = request.procedure->steps.at(request.state.step);
        summary["current_step"]
            = json::array({ { { "number", step.number }, { "text_html", step_html(step.text) } } });
    }
    return summary;
}

json history_model(const catalog::Catalog& catalog, const std::vector<store::HistoryEntry>& entries,
    HistoryAudience audience, domain::Lang lang, int utc_offset_minutes)
{
    json rows = json::array();
    for (const store::HistoryEntry& entry : entries) {
        json row = { { "at", domain::to_office_display(entry.at, utc_offset_minutes) },
            { "at_utc", domain::to_utc_text(entry.at) }, { "action", entry.action },
            { "action_label", action_label(entry, lang) }, { "actor", actor_text(entry, audience) },
            { "status_label", domain::text("status." + entry.to_status, lang) } };
        const bool show_note = audience == HistoryAudience::Staff || note_is_public(entry);
        if (show_note && !entry.note.empty())
            row["note"] = json::array({ { { "text", entry.note } } });
        if (audience == HistoryAudience::Staff) {
            row["from_step"] = entry.from_step + 1;
            row["to_step"] = entry.to_step + 1;
            row["public"] = note_is_public(entry);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

void keep_refused(json& model, const RefusedMove& refused, domain::Lang lang)
{
    if (!refused.reason)
        return;
    model["refused"] = domain::render(*refused.reason, lang);
    if (!refused.action.empty())
        model["kept_" + refused.action] = refused.note;
}

bool note_is_public(const store::HistoryEntry& entry)
{
    auto detail = json::parse(entry.detail, nullptr, false);
    const bool marked = detail.is_object() && detail.value("public", false);
    // A desk's record says itself whom its note is for (its TLP label decides),
    // whoever wrote it; a move's note by the requester's side is the requester's own.
    if (entry.action == "desk")
        return marked;
    return marked || entry.actor_kind == "pemohon" || entry.actor_kind == "instansi";
}

} // namespace lapis::web
