// The CSIRT desk's forms (docs/desk-incident.md): the CSIRT's classification,
// TLP, priority, affected system, evidence labels, impact analysis, recommendation
// and verification on the staff page, and the owner agency's mitigation and
// evidence downloads. A refused form shows its page again (422) through the
// panel's PendingForm; a saved one redirects (303).
#include <algorithm>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "domain/categorisation_desk.hpp"
#include "domain/form.hpp"
#include "domain/incident_desk.hpp"
#include "store/incident.hpp"
#include "store/systems.hpp"
#include "web/desk.hpp"
#include "web/desk_forms.hpp"
#include "web/desk_incident_parts.hpp"
#include "web/handlers.hpp"
#include "web/pages.hpp"

namespace lapis::web {
namespace {

using domain::IncidentAudience;
using domain::Message;
using nlohmann::json;
using namespace incident_desk;

// The request for a CSIRT form, or the refusal: 404 for what the user may not see,
// 403 for a viewer who is not the CSIRT, 409 once the report is finished.
struct CsirtTarget {
    std::optional<store::StoredRequest> request;
    std::optional<Response> refusal;
};

CsirtTarget csirt_target(Context& context, Request& request)
{
    CsirtTarget target;
    auto stored = context.app.requests.find(request.param("number"));
    if (!stored || !is_incident(context.app, *stored) || !staff_may_view(*context.user, *stored)) {
        target.refusal = not_found_page(context);
        return target;
    }
    if (!context.user->roles.contains(kCsirtRole)) {
        target.refusal = message_page(context, 403, "move.refused_title", "incident.not_csirt");
        return target;
    }
    if (domain::is_finished(stored->state.status)) {
        target.refusal = message_page(context, 409, "move.refused_title", "incident.finished");
        return target;
    }
    target.request = std::move(stored);
    return target;
}

store::DeskEvent staff_event(Context& context, const std::string& event, const std::string& note,
    bool public_note, json detail)
{
    return staff_desk_event(*context.user, event, note, public_note, std::move(detail));
}

Response saved(const store::StoredRequest& request)
{
    return redirect("/staf/permohonan/" + request.number + "?ok=1#panel-csirt");
}

// The staff page again, with the refused form's problems: 422.
Response refused_staff_form(Context& context, Request& request, const PendingForm& pending)
{
    PendingScope scope(pending);
    Response response = staff_request(context, request);
    response.status = 422;
    return response;
}

std::map<std::string, std::string> texts_of(
    const std::map<std::string, Message>& errors, domain::Lang lang)
{
    std::map<std::string, std::string> texts;
    for (const auto& [field, message] : errors)
        texts[field] = domain::render(message, lang);
    return texts;
}

void audit(Context& context, Request& request, const store::StoredRequest& stored,
    const std::string& action, json detail)
{
    context.app.audit.record(
        { context.user->agency.empty() ? "staf" : "instansi", context.user->id, request.remote,
            action, "request:" + stored.number, detail.dump() },
        context.app.clock.now());
}

// An entry the CSIRT writes (recommendation, verification, impact) with its label.
std::optional<domain::Tlp> entry_tlp(FormData& form, std::map<std::string, Message>& errors)
{
    domain::TlpParse tlp = domain::parse_tlp(form.value("tlp"));
    if (!tlp.tlp)
        errors["tlp"] = *tlp.error;
    return tlp.tlp;
}

} // namespace

Response incident_classify(Context& context, Request& request)
{
    CsirtTarget target = csirt_target(context, request);
    if (target.refusal)
        return *target.refusal;
    const store::StoredRequest& stored = *target.request;
    FormData& form = request.form();
    const std::string chosen = form.value("klasifikasi");
    const auto slash = chosen.find('/');
    domain::ClassificationInput input{ chosen.substr(0, slash),
        slash == std::string::npos ? "" : chosen.substr(slash + 1), form.value("tlp"),
        form.value("prioritas"), form.value("alasan_prioritas") };
    auto check
        = domain::check_classification(input, domain::priority_overrides(context.app.catalog));
    if (!check.value) {
        PendingForm pending{ "klasifikasi", {}, {} };
        for (const auto& [field, message] : check.errors) {
            const std::string name = field == "kelas" || field == "jenis" ? "klasifikasi" : field;
            pending.errors[name] = domain::render(message, context.lang);
        }
        for (const char* name : { "klasifikasi", "tlp", "prioritas", "alasan_prioritas" })
            pending.values[name] = form.value(name);
        return refused_staff_form(context, request, pending);
    }
    const domain::Classification& value = *check.value;
    store::IncidentClassification record{ value.rsit_class, value.rsit_type,
        std::string(domain::tlp_label(value.tlp)),
        std::string(domain::priority_code(value.priority)),
        std::string(domain::priority_code(value.default_priority)), value.priority_reason };
    const bool reporter_sees = domain::tlp_allows(value.tlp, IncidentAudience::Reporter);
    const bool office_sees = domain::tlp_allows(value.tlp, IncidentAudience::Office);
    // The staff history — its note and its detail, which the staff API returns — is
    // read by every staff member on the request: a TLP:RED classification names only
    // its label there, and in the server's log. The audit log (the admin's) keeps all.
    const std::string note = office_sees ? rsit_label(value.rsit_class, value.rsit_type) + " · "
            + record.tlp + " · " + record.priority
                                         : record.tlp;
    const json detail
        = { { "rsit", machine_tag(value.rsit_class, value.rsit_type) }, { "tlp", record.tlp },
              { "priority", record.priority }, { "default_priority", record.default_priority } };
    store::IncidentStore incidents(context.app.database);
    incidents.classify(stored.id, record,
        staff_event(context, "incident.event.classified", note, reporter_sees,
            office_sees ? detail : json{ { "tlp", record.tlp } }),
        context.app.clock.now());
    audit(context, request, stored, "incident.classify", detail);
    if (office_sees) {
        spdlog::info("incident classified number={} rsit={} tlp={} priority={}", stored.number,
            detail["rsit"].get<std::string>(), record.tlp, record.priority);
    } else {
        spdlog::info("incident classified number={} tlp={}", stored.number, record.tlp);
    }
    return saved(stored);
}

Response incident_link_system(Context& context, Request& request)
{
    CsirtTarget target = csirt_target(context, request);
    if (target.refusal)
        return *target.refusal;
    const store::StoredRequest& stored = *target.request;
    FormData& form = request.form();
    store::IncidentStore incidents(context.app.database);
    const auto now = context.app.clock.now();

    // Once the owner is named, only the owner's systems: the owner's page shows the
    // linked system.
    const std::string& owner = stored.state.owner_agency;
    // The staff history names the system only where the report's label lets every
    // staff member on it read the report (the panel hides it from the others).
    const auto report = incidents.find(stored.id);
    const bool office_sees = domain::tlp_allows(
        tlp_of(report ? report->tlp : std::string()), IncidentAudience::Office);
    auto named = [&](const std::string& name, const std::string& agency, std::int64_t id) {
        return office_sees ? name + " (" + agency_name(context.app.catalog, agency) + ")"
                           : "Sistem #" + std::to_string(id);
    };
    if (form.value("baru") == "1") {
        PendingForm pending{ "daftar", {}, {} };
        domain::FormInput input;
        for (const char* name : { "instansi", "nama", "url", "unit" }) {
            pending.values[name] = form.value(name);
            input.values[name] = form.value(name);
        }
        input.values.erase("instansi");
        // The registry's own rules for a system (categorisation_desk.hpp).
        const domain::FormCheck check = domain::check_form(context.app.catalog,
            domain::system_registry_fields(), input, office_today(context.app));
        for (const auto& [field, message] : check.errors)
            pending.errors[field] = domain::render(message, context.lang);
        store::ElectronicSystem system;
        system.agency = form.value("instansi");
        system.name = check.values.contains("nama") ? check.values.at("nama") : "";
        system.url = check.values.contains("url") ? check.values.at("url") : "";
        system.owner_unit = check.values.contains("unit") ? check.values.at("unit") : "";
        if (context.app.catalog.find_agency(system.agency) == nullptr)
            pending.errors["instansi"] = domain::text("incident.agency_unknown", context.lang);
        else if (!owner.empty() && system.agency != owner)
            pending.errors["instansi"] = domain::render(
                { "incident.system_not_owner", agency_name(context.app.catalog, owner) },
                context.lang);
        if (!pending.errors.empty())
            return refused_staff_form(context, request, pending);
        auto id = incidents.register_and_link(stored.id, system,
            staff_event(context, "incident.event.system_linked",
                office_sees ? "Didaftarkan: " + system.name + " ("
                        + agency_name(context.app.catalog, system.agency) + ")"
                            : "Sistem baru didaftarkan",
                false,
                office_sees
                    ? json{ { "agency", system.agency }, { "name", system.name }, { "new", true } }
                    : json{ { "new", true } }),
            now);
        if (!id) {
            pending.errors["nama"] = domain::text("incident.system_name_taken", context.lang);
            return refused_staff_form(context, request, pending);
        }
        audit(context, request, stored, "incident.system_register", { { "system", *id } });
        return saved(stored);
    }

    const std::string digits = form.value("sistem");
    store::SystemStore systems(context.app.database);
    std::optional<store::ElectronicSystem> system;
    if (!digits.empty() && digits.size() <= 18
        && std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        system = systems.find(std::stoll(digits));
    if (!system) {
        PendingForm pending{ "sistem",
            { { "sistem", domain::text("incident.system_unknown", context.lang) } }, {} };
        return refused_staff_form(context, request, pending);
    }
    if (!owner.empty() && system->agency != owner) {
        PendingForm pending{ "sistem",
            { { "sistem",
                domain::render(
                    { "incident.system_not_owner", agency_name(context.app.catalog, owner) },
                    context.lang) } },
            {} };
        return refused_staff_form(context, request, pending);
    }
    incidents.link_system(stored.id, system->id,
        staff_event(context, "incident.event.system_linked",
            named(system->name, system->agency, system->id), false, { { "system", system->id } }),
        now);
    audit(context, request, stored, "incident.system_link", { { "system", system->id } });
    return saved(stored);
}

Response incident_label_evidence(Context& context, Request& request)
{
    CsirtTarget target = csirt_target(context, request);
    if (target.refusal)
        return *target.refusal;
    const store::StoredRequest& stored = *target.request;
    FormData& form = request.form();
    std::map<std::string, Message> errors;
    auto tlp = entry_tlp(form, errors);
    const std::string digits = form.value("lampiran");
    const bool numeric = !digits.empty() && digits.size() <= 18
        && std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
    std::optional<store::Attachment> file;
    if (numeric)
        file = context.app.requests.attachment(stored.id, std::stoll(digits));
    bool identity = false;
    if (file) {
        for (const catalog::Field& field : *request_fields(context.app, stored)) {
            if (field.name == file->field)
                identity = is_identity_field(field);
        }
    }
    if (!file || identity)
        errors["lampiran"] = Message{ "incident.evidence_unknown", {} };
    if (!errors.empty()) {
        PendingForm pending{ "bukti", texts_of(errors, context.lang), {} };
        return refused_staff_form(context, request, pending);
    }
    const std::string label(domain::tlp_label(*tlp));
    // As with a classification: every staff member on the request reads the history,
    // so a file the label keeps from them is named there by its number only.
    const std::string named = domain::evidence_allows(*tlp, IncidentAudience::Office)
        ? file->original_name
        : "Lampiran #" + std::to_string(file->id);
    store::IncidentStore incidents(context.app.database);
    incidents.label_evidence(stored.id, file->id, label,
        staff_event(context, "incident.event.evidence_labelled", named + " · " + label, false,
            { { "attachment", file->id }, { "tlp", label } }),
        context.app.clock.now());
    audit(context, request, stored, "incident.evidence_label",
        { { "attachment", file->id }, { "tlp", label } });
    return saved(stored);
}

// Impact analysis, recommendation and verification: an entry with its TLP label.
Response incident_record(Context& context, Request& request)
{
    CsirtTarget target = csirt_target(context, request);
    if (target.refusal)
        return *target.refusal;
    const store::StoredRequest& stored = *target.request;
    FormData& form = request.form();
    const std::string kind = request.path.substr(request.path.rfind('/') + 1);
    std::map<std::string, Message> errors;
    auto tlp = entry_tlp(form, errors);
    json body;
    std::string event;
    std::string form_name;
    if (kind == "analisis") {
        form_name = "analisis";
        event = "incident.event.impact";
        std::map<std::string, std::string> values;
        for (const char* name : { "kerahasiaan", "integritas", "ketersediaan", "pengguna_terdampak",
                 "sistem_terdampak_jumlah", "data_terdampak", "data_pribadi", "gangguan_layanan",
                 "ringkasan" })
            values[name] = form.value(name);
        auto impact = domain::check_impact(values);
        errors.insert(impact.errors.begin(), impact.errors.end());
        if (impact.value)
            body = domain::impact_to_json(*impact.value);
    } else if (kind == "rekomendasi") {
        form_name = "rekomendasi";
        event = "incident.event.recommendation";
        const std::string text = form.value("teks");
        if (text.find_first_not_of(" \t\r\n") == std::string::npos)
            errors["teks"] = Message{ "field.required", {} };
        else if (text.size() > 20000)
            errors["teks"] = Message{ "incident.text_too_long", {} };
        body = { { "text", text } };
    } else if (kind == "verifikasi") {
        form_name = "verifikasi";
        event = "incident.event.verification";
        auto verification = domain::check_verification(form.value("hasil"), form.value("catatan"));
        errors.insert(verification.errors.begin(), verification.errors.end());
        if (verification.value)
            body = { { "verified", verification.value->verified },
                { "note", verification.value->note } };
    } else {
        return not_found_page(context);
    }
    if (!errors.empty()) {
        PendingForm pending{ form_name, texts_of(errors, context.lang), {} };
        for (const auto& [name, value] : form.values)
            if (name != "_csrf")
                pending.values[name] = value;
        return refused_staff_form(context, request, pending);
    }
    const std::string label(domain::tlp_label(*tlp));
    store::IncidentEntry entry;
    entry.request_id = stored.id;
    entry.kind = kind == "analisis" ? "impact"
        : kind == "rekomendasi"     ? "recommendation"
                                    : "verification";
    entry.tlp = label;
    entry.body = body;
    entry.actor_kind = "staf";
    entry.actor_user = context.user->id;
    std::string note = label;
    if (entry.kind == "verification")
        note = domain::text(
                   body.value("verified", false) ? "incident.verified" : "incident.not_verified")
            + " · " + label;
    store::IncidentStore incidents(context.app.database);
    const bool reporter_sees = domain::tlp_allows(tlp, IncidentAudience::Reporter);
    incidents.add_entry(entry,
        staff_event(
            context, event, note, reporter_sees, { { "kind", entry.kind }, { "tlp", label } }),
        context.app.clock.now());
    audit(context, request, stored, "incident." + entry.kind, { { "tlp", label } });
    return saved(stored);
}

// ---- the owner agency ---------------------------------------------------------

Response incident_mitigation(Context& context, Request& request)
{
    auto stored = context.app.requests.find(request.param("number"));
    const std::string& agency = context.user->agency;
    if (!stored || !is_incident(context.app, *stored)
        || (stored->requester_agency != agency && stored->state.owner_agency != agency))
        return not_found_page(context);
    if (stored->state.owner_agency != agency)
        return message_page(context, 403, "move.refused_title", "incident.owner_not_set");
    if (domain::is_finished(stored->state.status))
        return message_page(context, 409, "move.refused_title", "incident.finished");
    FormData& form = request.form();
    std::map<std::string, Message> errors;
    auto tlp = entry_tlp(form, errors);
    const std::string mitigation = form.value("mitigasi");
    const std::string prevention = form.value("pencegahan");
    const auto blank = [](const std::string& text) {
        return text.find_first_not_of(" \t\r\n") == std::string::npos;
    };
    if (blank(mitigation) && blank(prevention))
        errors["mitigasi"] = Message{ "incident.steps_required", {} };
    if (mitigation.size() > 20000 || prevention.size() > 20000)
        errors["mitigasi"] = Message{ "incident.text_too_long", {} };
    if (!errors.empty()) {
        PendingForm pending{ "mitigasi", texts_of(errors, context.lang),
            { { "mitigasi", mitigation }, { "pencegahan", prevention },
                { "tlp", form.value("tlp") } } };
        PendingScope scope(pending);
        Response response = agency_request(context, request);
        response.status = 422;
        return response;
    }
    const std::string label(domain::tlp_label(*tlp));
    store::IncidentEntry entry;
    entry.request_id = stored->id;
    entry.kind = "mitigation";
    entry.tlp = label;
    entry.body = { { "mitigation", blank(mitigation) ? "" : mitigation },
        { "prevention", blank(prevention) ? "" : prevention } };
    entry.actor_kind = "instansi";
    entry.actor_user = context.user->id;
    store::DeskEvent event;
    event.event = "incident.event.mitigation";
    event.actor_kind = "instansi";
    event.actor_user = context.user->id;
    event.note = label;
    event.public_note = domain::tlp_allows(*tlp, IncidentAudience::Reporter);
    event.detail = { { "tlp", label } };
    store::IncidentStore incidents(context.app.database);
    incidents.add_entry(entry, event, context.app.clock.now());
    audit(context, request, *stored, "incident.mitigation", { { "tlp", label } });
    return redirect("/instansi/permohonan/" + stored->number + "#panel-csirt");
}

Response incident_agency_evidence(Context& context, Request& request)
{
    auto stored = context.app.requests.find(request.param("number"));
    if (!stored || !is_incident(context.app, *stored) || stored->state.owner_agency.empty()
        || stored->state.owner_agency != context.user->agency)
        return not_found_page(context);
    const std::string digits = request.param("id");
    if (digits.empty() || digits.size() > 18
        || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return not_found_page(context);
    // Only what the owner's panel lists: labelled evidence its label lets the owner see.
    const std::int64_t id = std::stoll(digits);
    const json visible = evidence_model(context.app, *stored, IncidentAudience::Owner, "");
    const bool listed = std::any_of(visible.begin(), visible.end(),
        [&](const json& row) { return row["id"].get<std::int64_t>() == id; });
    auto file = context.app.requests.attachment(stored->id, id);
    if (!listed || !file)
        return not_found_page(context);
    auto bytes = context.app.files.get(file->sha256);
    if (!bytes)
        return not_found_page(context);
    audit(context, request, *stored, "attachment.view",
        { { "attachment", id }, { "sha256", file->sha256 } });
    Response response;
    response.body = std::move(*bytes);
    response.header("Content-Type", "application/octet-stream");
    response.header("Content-Disposition",
        "attachment; filename=\"bukti-" + std::to_string(id) + "\"; filename*=UTF-8''"
            + url_encode(file->original_name));
    response.header("Cache-Control", "no-store");
    return response;
}

} // namespace lapis::web
