// The CSIRT desk (docs/desk-incident.md): the panel on the three pages that show an
// incident report — for the CSIRT with its forms, for the owner agency with its
// mitigation form, for the reporter — and the desk's condition on moves. What
// each audience sees follows the items' TLP labels (domain::tlp_allows). The
// forms' handlers are in desk_incident_forms.cpp.
#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "domain/incident_desk.hpp"
#include "store/incident.hpp"
#include "store/systems.hpp"
#include "web/desk.hpp"
#include "web/desk_incident_parts.hpp"
#include "web/desks.hpp"
#include "web/handlers.hpp"
#include "web/pages.hpp"

namespace lapis::web {
namespace incident_desk {

using domain::IncidentAudience;
using nlohmann::json;

thread_local const PendingForm* t_pending = nullptr;

std::optional<domain::Tlp> tlp_of(const std::string& label)
{
    return label.empty() ? std::nullopt : domain::parse_tlp(label).tlp;
}

bool is_incident(const App& app, const store::StoredRequest& request)
{
    const catalog::Service* service = app.catalog.find_service(request.service);
    return service != nullptr && service->desk == catalog::Desk::Incident;
}

std::string agency_name(const catalog::Catalog& catalog, const std::string& code)
{
    const catalog::Agency* agency = catalog.find_agency(code);
    return agency ? agency->name : code;
}

std::string rsit_label(const std::string& rsit_class, const std::string& rsit_type)
{
    const domain::RsitClass* found = domain::find_rsit_class(rsit_class);
    if (found == nullptr)
        return rsit_class;
    std::string label = std::string(found->label_id) + " (" + std::string(found->label) + ")";
    if (const domain::RsitType* type = domain::find_rsit_type(rsit_class, rsit_type))
        label += " / " + std::string(type->label_id) + " (" + std::string(type->label) + ")";
    return label;
}

std::string machine_tag(const std::string& rsit_class, const std::string& rsit_type)
{
    if (const domain::RsitType* type = domain::find_rsit_type(rsit_class, rsit_type))
        return type->machine_tag();
    return "rsit:" + rsit_class;
}

// Keys <prefix>label, <prefix>css ("tlp-amber-strict") and <prefix>audience on `model`;
// an empty label when there is none.
void add_tlp(json& model, const std::string& prefix, const std::string& label, domain::Lang lang)
{
    auto tlp = tlp_of(label);
    model[prefix + "label"] = tlp ? label : "";
    if (!tlp)
        return;
    model[prefix + "css"] = domain::tlp_css_class(*tlp);
    model[prefix + "audience"] = domain::text(domain::tlp_audience_key(*tlp), lang);
}

json tlp_options(const std::string& selected)
{
    json options = json::array();
    for (domain::Tlp tlp : domain::tlp_levels()) {
        const std::string label(domain::tlp_label(tlp));
        options.push_back({ { "value", label }, { "selected", label == selected } });
    }
    return options;
}

bool is_identity_scan(
    const App& app, const store::StoredRequest& request, const store::Attachment& file)
{
    const auto* fields = request_fields(app, request);
    for (const catalog::Field& field : fields ? *fields : std::vector<catalog::Field>()) {
        if (field.name == file.field)
            return is_identity_field(field);
    }
    return false;
}

// Evidence: the request's files that are not identity scans.
json evidence_model(App& app, const store::StoredRequest& request, IncidentAudience audience,
    const std::string& link_prefix)
{
    store::IncidentStore incidents(app.database);
    const auto labels = incidents.evidence_labels(request.id);
    json rows = json::array();
    for (const store::Attachment& file : app.requests.attachments(request.id)) {
        if (file.deleted || is_identity_scan(app, request, file))
            continue;
        auto label = labels.find(file.id);
        const std::string tlp = label == labels.end() ? "" : label->second;
        if (!domain::evidence_allows(tlp_of(tlp), audience))
            continue;
        json row = { { "id", file.id }, { "name", file.original_name },
            { "options", tlp_options(tlp) } };
        add_tlp(row, "tlp_", tlp, domain::Lang::Id);
        if (!link_prefix.empty())
            row["link"] = link_prefix + std::to_string(file.id);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace incident_desk

namespace {

using domain::IncidentAudience;
using domain::Message;
using nlohmann::json;
using namespace incident_desk;

constexpr const char* kHeadRole = "kepala-bidang";

IncidentAudience staff_audience(const store::User& user)
{
    return user.roles.contains(kCsirtRole) || user.roles.contains(kHeadRole)
        ? IncidentAudience::Csirt
        : IncidentAudience::Office;
}

// The owner agency when the account is the owner's, else the reporter (the agency
// that filed the report).
IncidentAudience agency_audience(const store::User& user, const store::StoredRequest& request)
{
    return !request.state.owner_agency.empty() && request.state.owner_agency == user.agency
        ? IncidentAudience::Owner
        : IncidentAudience::Reporter;
}

// Options "class" and "class/type", grouped by class, with the suggestion for the
// reporter's own choice of incident kind preselected when nothing is recorded yet.
json classification_options(const std::string& selected, const catalog::Catalog& catalog)
{
    const domain::PriorityOverrides overrides = domain::priority_overrides(catalog);
    json groups = json::array();
    for (const domain::RsitClass& rsit_class : domain::rsit_classes()) {
        const std::string value(rsit_class.value);
        json options = json::array();
        const auto class_priority = domain::default_priority(value, "", overrides);
        options.push_back({ { "value", value },
            { "text",
                std::string(rsit_class.label_id) + " — tanpa jenis ("
                    + std::string(domain::priority_code(class_priority)) + ")" },
            { "selected", selected == value } });
        for (const domain::RsitType& type : domain::rsit_types()) {
            if (type.class_value != rsit_class.value)
                continue;
            const std::string code = value + "/" + std::string(type.value);
            const auto priority = domain::default_priority(value, type.value, overrides);
            options.push_back({ { "value", code },
                { "text",
                    std::string(type.label_id) + " (" + std::string(type.label) + ") — "
                        + std::string(domain::priority_code(priority)) },
                { "selected", selected == code } });
        }
        groups.push_back(
            { { "label",
                  std::string(rsit_class.label_id) + " (" + std::string(rsit_class.label) + ")" },
                { "options", options } });
    }
    return groups;
}

std::string suggested_classification(const store::StoredRequest& request)
{
    auto reported = request.fields.find("jenis_insiden");
    if (reported == request.fields.end())
        return {};
    for (const domain::RsitSuggestion& suggestion : domain::rsit_suggestions()) {
        if (suggestion.code == reported->second) {
            std::string value(suggestion.class_value);
            if (!suggestion.type_value.empty())
                value += "/" + std::string(suggestion.type_value);
            return value;
        }
    }
    return {};
}

json priority_options(const std::string& selected)
{
    json options = json::array();
    for (auto priority : { domain::Priority::P1, domain::Priority::P2, domain::Priority::P3,
             domain::Priority::P4 }) {
        const std::string code(domain::priority_code(priority));
        options.push_back(
            { { "value", code }, { "text", domain::text(domain::priority_label_key(priority)) },
                { "selected", code == selected } });
    }
    return options;
}

std::string priority_text(const std::string& code, domain::Lang lang)
{
    auto priority = domain::parse_priority(code);
    return priority ? domain::text(domain::priority_label_key(*priority), lang) : code;
}

json classification_view(const store::IncidentCase& record, domain::Lang lang, bool full)
{
    json view = { { "label", rsit_label(record.rsit_class, record.rsit_type) },
        { "priority", priority_text(record.priority, lang) } };
    if (auto priority = domain::parse_priority(record.priority))
        view["response"] = domain::text(domain::response_target_key(*priority), lang);
    if (full) {
        view["machine_tag"] = machine_tag(record.rsit_class, record.rsit_type);
        view["default_priority"] = priority_text(record.default_priority, lang);
        view["changed"] = record.priority != record.default_priority;
        view["reason"] = record.priority_reason;
    }
    return view;
}

json system_view(App& app, const store::IncidentCase& record)
{
    if (!record.system_id)
        return json::object();
    store::SystemStore systems(app.database);
    auto system = systems.find(*record.system_id);
    if (!system)
        return json::object();
    json view = { { "name", system->name }, { "url", system->url },
        { "agency", agency_name(app.catalog, system->agency) }, { "category", system->category },
        { "score", system->score } };
    if (system->categorised_at)
        view["categorised_at"] = domain::to_office_display(
            *system->categorised_at, app.catalog.office.utc_offset_minutes);
    return view;
}

json entry_view(const store::IncidentEntry& entry, const App& app, domain::Lang lang)
{
    json view = { { "at",
                      domain::to_office_display(
                          entry.recorded_at, app.catalog.office.utc_offset_minutes) },
        { "by", entry.actor_kind == "instansi" ? "Perangkat Daerah" : "Tim CSIRT" } };
    add_tlp(view, "tlp_", entry.tlp, lang);
    const json& body = entry.body;
    if (entry.kind == "impact") {
        const domain::Impact impact = domain::impact_from_json(body);
        json affected = json::array();
        if (impact.confidentiality)
            affected.push_back({ { "name", "Kerahasiaan" } });
        if (impact.integrity)
            affected.push_back({ { "name", "Integritas" } });
        if (impact.availability)
            affected.push_back({ { "name", "Ketersediaan" } });
        view["affected"] = affected;
        view["users"] = impact.users_affected ? std::to_string(*impact.users_affected) : "";
        view["systems"] = impact.systems_affected ? std::to_string(*impact.systems_affected) : "";
        view["data"] = impact.data_affected;
        view["personal_data"]
            = domain::text("incident.personal_data." + impact.personal_data, lang);
        view["disruption"] = domain::text("incident.disruption." + impact.disruption, lang);
        view["summary"] = impact.summary;
    } else if (entry.kind == "mitigation") {
        view["mitigation_text"] = body.value("mitigation", "");
        view["prevention_text"] = body.value("prevention", "");
    } else if (entry.kind == "verification") {
        view["verified"] = body.value("verified", false);
        view["result"] = domain::text(
            body.value("verified", false) ? "incident.verified" : "incident.not_verified", lang);
        view["note"] = body.value("note", "");
    } else {
        view["text"] = body.value("text", "");
    }
    return view;
}

// The visible entries of each kind, newest last.
json entries_model(const std::vector<store::IncidentEntry>& entries, IncidentAudience audience,
    const App& app, domain::Lang lang)
{
    json model = json::object();
    for (const char* kind : { "impact", "recommendation", "mitigation", "verification" })
        model[kind] = json::array();
    for (const store::IncidentEntry& entry : entries) {
        if (!domain::tlp_allows(tlp_of(entry.tlp), audience) || !model.contains(entry.kind))
            continue;
        model[entry.kind].push_back(entry_view(entry, app, lang));
    }
    return model;
}

json system_choices(App& app, const store::StoredRequest& request, std::int64_t linked)
{
    store::SystemStore systems(app.database);
    json choices = json::array();
    for (const store::ElectronicSystem& system : systems.list(request.state.owner_agency)) {
        choices.push_back({ { "id", system.id },
            { "text",
                agency_name(app.catalog, system.agency) + " — " + system.name
                    + (system.url.empty() ? "" : " (" + system.url + ")") },
            { "selected", system.id == linked } });
    }
    return choices;
}

json agency_choices(const catalog::Catalog& catalog, const std::string& selected)
{
    json choices = json::array();
    for (const catalog::Agency& agency : catalog.agencies)
        choices.push_back({ { "code", agency.code }, { "name", agency.name },
            { "selected", agency.code == selected } });
    return choices;
}

// The pending form's problems and values, under "form_<name>".
void add_pending(json& model)
{
    if (t_pending == nullptr)
        return;
    for (const auto& [field, text] : t_pending->errors)
        model["error_" + field] = json::array({ { { "text", text } } });
    model["pending_" + t_pending->form] = true;
}

std::string typed_or(const std::string& form, const std::string& name, const std::string& stored)
{
    if (t_pending != nullptr && t_pending->form == form) {
        auto found = t_pending->values.find(name);
        return found == t_pending->values.end() ? std::string() : found->second;
    }
    return stored;
}

// The analysis form: what was typed into a refused form, else the latest analysis.
json impact_form(const std::map<std::string, store::IncidentEntry>& latest)
{
    domain::Impact stored;
    if (auto found = latest.find("impact"); found != latest.end())
        stored = domain::impact_from_json(found->second.body);
    const auto flag = [&](const char* name, bool value) {
        return typed_or("analisis", name, value ? "1" : "") == "1";
    };
    const auto count = [](const std::optional<long long>& value) {
        return value ? std::to_string(*value) : std::string();
    };
    const std::string personal = typed_or("analisis", "data_pribadi", stored.personal_data);
    const std::string disruption = typed_or("analisis", "gangguan_layanan", stored.disruption);
    json personal_choices = json::array();
    for (const char* code : { "ya", "tidak", "belum-diketahui" })
        personal_choices.push_back({ { "value", code },
            { "text", domain::text(std::string("incident.personal_data.") + code) },
            { "selected", personal == code } });
    json disruption_choices = json::array();
    for (const char* code : { "tidak-ada", "sebagian", "total" })
        disruption_choices.push_back({ { "value", code },
            { "text", domain::text(std::string("incident.disruption.") + code) },
            { "selected", disruption == code } });
    return { { "confidentiality", flag("kerahasiaan", stored.confidentiality) },
        { "integrity", flag("integritas", stored.integrity) },
        { "availability", flag("ketersediaan", stored.availability) },
        { "users", typed_or("analisis", "pengguna_terdampak", count(stored.users_affected)) },
        { "systems",
            typed_or("analisis", "sistem_terdampak_jumlah", count(stored.systems_affected)) },
        { "data", typed_or("analisis", "data_terdampak", stored.data_affected) },
        { "summary", typed_or("analisis", "ringkasan", stored.summary) },
        { "personal_choices", personal_choices }, { "disruption_choices", disruption_choices } };
}

json staff_panel_model(Context& context, const DeskView& view)
{
    App& app = context.app;
    const store::StoredRequest& request = view.request;
    const IncidentAudience audience = staff_audience(*context.user);
    const bool csirt = context.user->roles.contains(kCsirtRole);
    const bool open = !domain::is_finished(request.state.status);
    store::IncidentStore incidents(app.database);
    const store::IncidentCase record = incidents.find(request.id).value_or(store::IncidentCase{});
    const auto entries = incidents.entries(request.id);
    const auto latest = incidents.latest_entries(request.id);

    json model = { { "number", request.number }, { "csrf", context.csrf_token },
        { "editable", csirt && open } };
    add_tlp(model, "report_tlp_", record.tlp, context.lang);
    const bool sees_case = domain::tlp_allows(tlp_of(record.tlp), audience);
    model["classification"] = record.classified() && sees_case
        ? classification_view(record, context.lang, true)
        : json(false);
    model["withheld"] = record.classified() && !sees_case;
    if (sees_case)
        model["system"] = system_view(app, record);
    model["entries"] = entries_model(entries, audience, app, context.lang);
    model["evidence"] = evidence_model(app, request, audience, "");
    // The label form sits in each row: the row's own section holds its id and options.
    for (json& row : model["evidence"])
        row["editable"] = csirt && open;
    if (csirt && open) {
        std::string chosen = record.rsit_class.empty()
            ? suggested_classification(request)
            : record.rsit_class + (record.rsit_type.empty() ? "" : "/" + record.rsit_type);
        chosen = typed_or("klasifikasi", "klasifikasi", chosen);
        model["class_groups"] = classification_options(chosen, app.catalog);
        model["tlp_choices"] = tlp_options(typed_or("klasifikasi", "tlp", record.tlp));
        const std::string priority = typed_or("klasifikasi", "prioritas",
            record.priority == record.default_priority ? "" : record.priority);
        model["priority_choices"] = priority_options(priority);
        model["priority_reason"]
            = typed_or("klasifikasi", "alasan_prioritas", record.priority_reason);
        model["system_choices"] = system_choices(app, request, record.system_id.value_or(0));
        model["agency_choices"] = agency_choices(
            app.catalog, typed_or("daftar", "instansi", request.state.owner_agency));
        // A refused entry form keeps its label; the other forms offer TLP:AMBER.
        for (const char* form : { "analisis", "rekomendasi", "verifikasi" })
            model[std::string("entry_tlp_choices_") + form]
                = tlp_options(typed_or(form, "tlp", "TLP:AMBER"));
        model["impact_form"] = impact_form(latest);
        model["typed_name"] = typed_or("daftar", "nama", "");
        model["typed_url"] = typed_or("daftar", "url", "");
        model["typed_unit"] = typed_or("daftar", "unit", "");
        model["verification_note"] = typed_or("verifikasi", "catatan", "");
        auto recommendation = latest.find("recommendation");
        model["recommendation_text"] = typed_or("rekomendasi", "teks",
            recommendation == latest.end() ? "" : recommendation->second.body.value("text", ""));
    }
    add_pending(model);
    return model;
}

json agency_panel_model(Context& context, const DeskView& view)
{
    App& app = context.app;
    const store::StoredRequest& request = view.request;
    const IncidentAudience audience = agency_audience(*context.user, request);
    store::IncidentStore incidents(app.database);
    const store::IncidentCase record = incidents.find(request.id).value_or(store::IncidentCase{});
    json model = { { "number", request.number }, { "csrf", context.csrf_token },
        { "owner", audience == IncidentAudience::Owner } };
    const bool sees_case = domain::tlp_allows(tlp_of(record.tlp), audience);
    add_tlp(model, "report_tlp_", sees_case ? record.tlp : "", context.lang);
    if (record.classified() && sees_case)
        model["classification"] = classification_view(record, context.lang, false);
    if (audience == IncidentAudience::Owner) {
        model["system"] = system_view(app, record);
        model["evidence"] = evidence_model(
            app, request, audience, "/instansi/permohonan/" + request.number + "/insiden/bukti/");
        model["can_mitigate"] = !domain::is_finished(request.state.status);
        model["mitigation_text"] = typed_or("mitigasi", "mitigasi", "");
        model["prevention_text"] = typed_or("mitigasi", "pencegahan", "");
        model["entry_tlp_choices"] = tlp_options(typed_or("mitigasi", "tlp", "TLP:AMBER"));
    }
    model["entries"] = entries_model(incidents.entries(request.id), audience, app, context.lang);
    add_pending(model);
    return model;
}

json requester_panel_model(Context& context, const DeskView& view)
{
    App& app = context.app;
    store::IncidentStore incidents(app.database);
    const store::IncidentCase record
        = incidents.find(view.request.id).value_or(store::IncidentCase{});
    json model = json::object();
    const bool sees_case = domain::tlp_allows(tlp_of(record.tlp), IncidentAudience::Reporter);
    add_tlp(model, "report_tlp_", sees_case ? record.tlp : "", context.lang);
    if (sees_case) {
        if (record.classified())
            model["classification"] = classification_view(record, context.lang, false);
    }
    model["entries"] = entries_model(
        incidents.entries(view.request.id), IncidentAudience::Reporter, app, context.lang);
    return model;
}

} // namespace

bool incident_shows_attachment(App& app, const store::User& user,
    const store::StoredRequest& request, const store::Attachment& file)
{
    if (is_identity_scan(app, request, file))
        return true; // not evidence: staff_sees_attachment decides
    const auto labels = store::IncidentStore(app.database).evidence_labels(request.id);
    const auto label = labels.find(file.id);
    return domain::evidence_allows(
        label == labels.end() ? std::nullopt : tlp_of(label->second), staff_audience(user));
}

std::string incident_panel(Context& context, const DeskView& view)
{
    switch (view.audience) {
    case DeskAudience::Staff:
        return context.app.renderer.render(
            "desk_incident_staff.tpl", staff_panel_model(context, view));
    case DeskAudience::Agency:
        return context.app.renderer.render(
            "desk_incident_agency.tpl", agency_panel_model(context, view));
    case DeskAudience::Requester:
        return context.app.renderer.render(
            "desk_incident_requester.tpl", requester_panel_model(context, view));
    }
    return {};
}

std::optional<DeskRefusal> incident_check_move(App& app, const store::StoredRequest& request,
    const domain::Actor&, const domain::Transition& transition)
{
    if (transition.action != domain::Action::Complete)
        return std::nullopt;
    store::IncidentStore incidents(app.database);
    const auto record = incidents.find(request.id);
    std::set<std::string> satisfied;
    if (record) {
        if (record->classified())
            satisfied.insert("classification");
        if (!record->tlp.empty())
            satisfied.insert("tlp");
        if (!record->priority.empty())
            satisfied.insert("priority");
        if (record->system_id)
            satisfied.insert("system");
    }
    for (const store::IncidentEntry& entry : incidents.entries(request.id)) {
        if (entry.kind == "impact" || entry.kind == "recommendation")
            satisfied.insert(entry.kind);
        if (entry.kind == "mitigation" && !entry.body.value("mitigation", "").empty())
            satisfied.insert("mitigation");
        if (entry.kind == "mitigation" && !entry.body.value("prevention", "").empty())
            satisfied.insert("prevention");
        if (entry.kind == "verification") {
            if (entry.body.value("verified", false))
                satisfied.insert("verification");
            else
                satisfied.erase("verification");
        }
    }
    const catalog::Step& step = request.procedure->steps.at(transition.from_step);
    if (auto missing = domain::missing_requirement(app.catalog, step.id, satisfied))
        return DeskRefusal{ domain::Refusal::InvalidInput, *missing };

    // The owner named at the analysis step is the linked system's agency.
    if (!transition.owner_agency.empty() && record && record->system_id) {
        store::SystemStore systems(app.database);
        auto system = systems.find(*record->system_id);
        if (system && system->agency != transition.owner_agency)
            return DeskRefusal{ domain::Refusal::InvalidInput,
                Message{ "incident.owner_mismatch", agency_name(app.catalog, system->agency) } };
    }
    return std::nullopt;
}

} // namespace lapis::web
