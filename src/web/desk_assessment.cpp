// The vulnerability assessment desk (penilaian kerentanan): the team records findings
// with their CVSS vectors and scores, the owner agency reports fixes in its portal,
// the team retests; a failed retest sends the request back to the fixing step through
// the procedure's gate. The report is a PDF marked with its TLP label on every page.
//
// The procedure link is read from the procedure snapshot (domain::assessment_steps):
// the verification step is the first staff step whose back_to names an earlier step
// of the requester or the system's owner, and that step is the fixing step.
#include <algorithm>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "documents/assessment_report.hpp"
#include "domain/assessment.hpp"
#include "domain/attachments.hpp"
#include "domain/categorisation.hpp"
#include "domain/tokens.hpp"
#include "store/assessment.hpp"
#include "store/systems.hpp"
#include "web/desk.hpp"
#include "web/desks.hpp"
#include "web/handlers.hpp"
#include "web/pages.hpp"

namespace lapis::web {
namespace {

using domain::FindingEvent;
using domain::FindingSide;
using domain::FindingStatus;
using domain::Message;
using nlohmann::json;

constexpr const char* kTeamRole = "tim-penilai"; // when the procedure names no verifier
constexpr const char* kEvidenceField = "bukti_berkas";
constexpr const char* kReportTemplate = "laporan-penilaian";

std::optional<store::StoredRequest> assessment_request(Context& context, const Request& request)
{
    auto stored = context.app.requests.find(request.param("number"));
    if (!stored)
        return std::nullopt;
    const catalog::Service* service = context.app.catalog.find_service(stored->service);
    if (service == nullptr || service->desk != catalog::Desk::Assessment)
        return std::nullopt;
    return stored;
}

// The role that records findings: the verification step's, else tim-penilai.
std::string team_role(const store::StoredRequest& request)
{
    auto steps = domain::assessment_steps(*request.procedure);
    if (steps) {
        const std::string role = request.procedure->steps.at(steps->verification).staff_role();
        if (!role.empty())
            return role;
    }
    return kTeamRole;
}

bool is_team(const store::User& user, const store::StoredRequest& request)
{
    return user.roles.contains(team_role(request));
}

// The agency that owns the assessed system: the one the procedure named, else the
// agency that filed the request.
std::string owner_agency(const store::StoredRequest& request)
{
    return request.state.owner_agency.empty() ? request.requester_agency
                                              : request.state.owner_agency;
}

bool owner_may_see(const Context& context, const store::StoredRequest& request)
{
    const std::string owner = owner_agency(request);
    return !owner.empty() && context.user && context.user->agency == owner
        && domain::owner_sees_findings(domain::assessment_steps(*request.procedure), request.state);
}

domain::Tlp tlp_of(const std::string& label)
{
    return domain::parse_tlp(label).tlp.value_or(domain::Tlp::AmberStrict);
}

std::optional<std::int64_t> id_param(const Request& request)
{
    const std::string digits = request.param("id");
    if (digits.empty() || digits.size() > 18
        || !std::ranges::all_of(digits, [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return std::stoll(digits);
}

std::string score_or_dash(const std::optional<int>& tenths)
{
    return tenths ? domain::format_tenths(*tenths) : std::string("—");
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

json tlp_badge(const std::string& label)
{
    const domain::Tlp tlp = tlp_of(label);
    const auto colours = domain::tlp_colours(tlp);
    return { { "label", std::string(domain::tlp_label(tlp)) },
        { "colour", std::string(colours.text) }, { "background", std::string(colours.background) },
        { "css", domain::tlp_css_class(tlp) } };
}

json finding_view(const store::Finding& finding, const std::string& base_url, domain::Lang lang)
{
    json view = { { "id", finding.id }, { "title", finding.title }, { "asset", finding.asset },
        { "description", finding.description }, { "evidence_text", finding.evidence_text },
        { "cvss31", finding.cvss31_vector }, { "base", domain::format_tenths(finding.base_tenths) },
        { "temporal", score_or_dash(finding.temporal_tenths) }, { "severity", finding.severity },
        { "severity_label", domain::text("cvss.severity." + finding.severity, lang) },
        { "cvss40", finding.cvss40_vector },
        { "cvss40_score", score_or_dash(finding.cvss40_tenths) },
        { "recommendation", finding.recommendation }, { "tlp", tlp_badge(finding.tlp) },
        { "status", std::string(domain::to_string(finding.status)) },
        { "status_label", domain::text(domain::finding_status_key(finding.status), lang) } };
    if (!finding.evidence.sha256.empty()) {
        view["evidence_file"] = json::array({ { { "name", finding.evidence.name },
            { "url", base_url + "/penilaian/temuan/" + std::to_string(finding.id) + "/bukti" } } });
    }
    return view;
}

std::vector<store::Finding> ordered(std::vector<store::Finding> findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const auto& a, const auto& b) {
        return domain::more_severe_first(
            { a.id, a.severity, a.base_tenths }, { b.id, b.severity, b.base_tenths });
    });
    return findings;
}

// The registry system the request concerns, or what the request's form says.
json system_view(App& app, const store::StoredRequest& request, const store::Assessment& assessment)
{
    if (assessment.system_id) {
        store::SystemStore systems(app.database);
        if (auto system = systems.find(*assessment.system_id)) {
            // The category as the instrument names it, with the score it came from.
            std::string category = system->category;
            for (const domain::SystemCategory& known : domain::bundled_instrument().categories) {
                if (known.code == system->category)
                    category = known.label + " (skor " + std::to_string(system->score) + ")";
            }
            return { { "name", system->name }, { "url", system->url },
                { "owner_unit", system->owner_unit }, { "category", category },
                { "registered", true } };
        }
    }
    auto field = [&](const char* name) {
        auto found = request.fields.find(name);
        return found == request.fields.end() ? std::string() : found->second;
    };
    return { { "name", field("nama_sistem") }, { "url", field("url_sistem") }, { "category", "" },
        { "registered", false } };
}

std::string agency_name(const App& app, const std::string& code)
{
    const catalog::Agency* agency = app.catalog.find_agency(code);
    return agency ? agency->name : code;
}

std::string hold_text(const store::StoredRequest& request,
    const std::vector<store::Finding>& findings, bool for_owner = false)
{
    auto steps = domain::assessment_steps(*request.procedure);
    if (!steps || domain::is_finished(request.state.status))
        return {};
    std::vector<FindingStatus> statuses;
    for (const store::Finding& finding : findings)
        statuses.push_back(finding.status);
    const domain::FindingCounts counts = domain::count_findings(statuses);
    if (request.state.step == steps->fixing && counts.open > 0)
        return domain::render({ "assessment.hold.open", std::to_string(counts.open) });
    if (request.state.step >= steps->verification && counts.unverified > 0)
        return domain::render({ for_owner ? "assessment.hold.retest" : "assessment.hold.unverified",
            std::to_string(counts.unverified) });
    return {};
}

// ---------------------------------------------------------------------------------------
// The finding form.

struct FindingForm {
    domain::FindingInput input;
    std::map<std::string, std::string> errors; // field → rendered text
    std::int64_t editing = 0; // the finding being changed; 0: a new one
    std::string evidence_name; // the file it has, when editing
};

Response finding_form_page(
    Context& context, const store::StoredRequest& request, const FindingForm& form, int status)
{
    json model = { { "number", request.number }, { "request_title", request.title },
        { "title", form.input.title }, { "asset", form.input.asset },
        { "description", form.input.description }, { "evidence_text", form.input.evidence_text },
        { "cvss31", form.input.cvss31 }, { "cvss40", form.input.cvss40 },
        { "recommendation", form.input.recommendation },
        { "tlp_options", tlp_options(form.input.tlp) },
        { "action",
            "/staf/permohonan/" + request.number + "/penilaian/temuan"
                + (form.editing != 0 ? "/" + std::to_string(form.editing) : std::string()) },
        { "editing", form.editing != 0 }, { "evidence_name", form.evidence_name } };
    json errors = json::object();
    for (const auto& [field, text] : form.errors)
        errors[field] = json::array({ { { "text", text } } });
    model["errors"] = errors;
    model["has_errors"] = !form.errors.empty();
    Response response = page(context, "desk_assessment_finding.tpl",
        (form.editing != 0 ? "Ubah temuan " : "Temuan baru ") + request.number, model, status);
    response.header("Cache-Control", "no-store");
    return response;
}

// ---------------------------------------------------------------------------------------
// The report.

struct ReportFile {
    std::string pdf;
    std::string code;
};

ReportFile report_file(App& app, const store::StoredRequest& request, bool for_owner)
{
    store::AssessmentStore assessments(app.database);
    const store::Assessment assessment = assessments.assessment(request.id);
    const json system = system_view(app, request, assessment);
    const int offset = app.catalog.office.utc_offset_minutes;

    domain::ReportModel base;
    base.request_number = request.number;
    base.system_name = system.value("name", "");
    base.system_url = system.value("url", "");
    base.system_category = system.value("category", "");
    base.agency = agency_name(app, owner_agency(request));
    base.submitted = domain::to_office_display(request.created_at, offset);
    std::vector<domain::ReportFinding> findings;
    for (const store::Finding& finding : assessments.findings(request.id)) {
        domain::ReportFinding item;
        item.id = finding.id;
        item.title = finding.title;
        item.asset = finding.asset;
        item.description = finding.description;
        item.evidence_text = finding.evidence_text;
        item.evidence_file = finding.evidence.name;
        item.cvss31_vector = finding.cvss31_vector;
        item.base_tenths = finding.base_tenths;
        item.temporal_tenths = finding.temporal_tenths;
        item.severity = finding.severity;
        item.cvss40_vector = finding.cvss40_vector;
        item.cvss40_tenths = finding.cvss40_tenths;
        item.recommendation = finding.recommendation;
        item.tlp = tlp_of(finding.tlp);
        item.status = finding.status;
        findings.push_back(std::move(item));
    }
    domain::ReportModel report = domain::build_report(
        std::move(base), std::move(findings), tlp_of(assessment.report_tlp), for_owner);

    // One stored document per content: the same findings give the same PDF and code,
    // a change gives a new one; /verifikasi/<code> answers for each.
    json digest_source = { { "audience", for_owner ? "instansi" : "staf" },
        { "tlp", std::string(domain::tlp_label(report.tlp)) }, { "system", system } };
    for (const store::Finding& finding : assessments.findings(request.id)) {
        digest_source["findings"].push_back(
            { finding.id, std::string(domain::to_string(finding.status)),
                finding.updated_at.time_since_epoch().count() });
    }
    const std::string template_id = std::string(kReportTemplate) + "-"
        + (for_owner ? "instansi-" : "staf-")
        + domain::sha256_hex(digest_source.dump()).substr(0, 16);
    if (auto stored = app.documents.find(request.id, template_id)) {
        if (auto pdf = app.files.get(stored->sha256))
            return { std::move(*pdf), stored->code };
    }
    report.printed = domain::to_office_display(app.clock.now(), offset);
    documents::AssessmentReportInput input;
    input.catalog = &app.catalog;
    input.report = std::move(report);
    input.document_code = domain::random_token(10);
    input.verify_url = app.settings.public_url + "/verifikasi/" + input.document_code;
    documents::AssessmentReport rendered = documents::render_assessment_report(input);
    for (const std::string& glyph : rendered.missing_glyphs)
        spdlog::warn("report glyph without font number={} glyph=\"{}\"", request.number, glyph);
    store::StoredDocument document;
    document.code = input.document_code;
    document.request_id = request.id;
    document.template_id = template_id;
    document.sha256 = app.files.put(rendered.pdf);
    document.size = static_cast<std::int64_t>(rendered.pdf.size());
    document.created_at = app.clock.now();
    store::StoredDocument kept = app.documents.add(document);
    auto pdf = app.files.get(kept.sha256);
    return { pdf ? std::move(*pdf) : std::move(rendered.pdf), kept.code };
}

Response pdf_response(std::string pdf, const std::string& number)
{
    return pdf_download(std::move(pdf), "laporan-penilaian-" + number + ".pdf");
}

Response evidence_response(Context& context, const store::Finding& finding)
{
    auto bytes = context.app.files.get(finding.evidence.sha256);
    if (!bytes)
        return not_found_page(context);
    Response response;
    response.body = std::move(*bytes);
    response.header("Content-Type", "application/octet-stream");
    response.header("Content-Disposition",
        "attachment; filename=\"bukti-" + std::to_string(finding.id) + "\"; filename*=UTF-8''"
            + url_encode(finding.evidence.name));
    response.header("Cache-Control", "no-store");
    return response;
}

store::DeskEvent event_of(const std::string& key, const std::string& actor_kind, std::int64_t user,
    std::string note, bool public_note)
{
    store::DeskEvent event;
    event.event = key;
    event.actor_kind = actor_kind;
    event.actor_user = user;
    event.note = std::move(note);
    event.public_note = public_note;
    return event;
}

// Records a status change; the refusal's HTTP status and message when refused.
struct StatusOutcome {
    int status = 0; // 0: done
    Message reason;
};

StatusOutcome change_status(App& app, const store::StoredRequest& request,
    const store::Finding& finding, FindingEvent event, FindingSide side, store::DeskEvent record)
{
    if (domain::is_finished(request.state.status))
        return { 409, { "assessment.finished", {} } };
    domain::FindingMove move = domain::move_finding(finding.status, event, side);
    if (!move.to)
        return { side == FindingSide::Owner && event != FindingEvent::ReportFix ? 403 : 409,
            move.refusal };
    store::AssessmentStore assessments(app.database);
    if (!assessments.change_status(
            request.id, finding.id, finding.status, *move.to, record, app.clock.now()))
        return { 409, { "assessment.move.raced", {} } };
    spdlog::info("assessment finding status number={} finding={} from={} to={} actor_user={}",
        request.number, finding.id, domain::to_string(finding.status), domain::to_string(*move.to),
        record.actor_user);
    return {};
}

} // namespace

// ---------------------------------------------------------------------------------------
// Panel and move check.

std::string assessment_panel(Context& context, const DeskView& view)
{
    const store::StoredRequest& request = view.request;
    store::AssessmentStore assessments(context.app.database);
    const domain::Lang lang = context.lang;
    if (view.audience == DeskAudience::Staff) {
        const bool team = is_team(*context.user, request);
        const bool open = !domain::is_finished(request.state.status);
        const std::string base_url = "/staf/permohonan/" + request.number;
        const store::Assessment assessment = assessments.assessment(request.id);
        const auto findings = ordered(assessments.findings(request.id));
        json rows = json::array();
        for (const store::Finding& finding : findings) {
            json row = finding_view(finding, base_url, lang);
            json events = json::array();
            if (team && open) {
                for (FindingEvent event : { FindingEvent::ReportFix, FindingEvent::StartRetest,
                         FindingEvent::Verify, FindingEvent::FailRetest }) {
                    if (domain::move_finding(finding.status, event, FindingSide::Team).to) {
                        events.push_back({ { "event", std::string(domain::to_string(event)) },
                            { "label",
                                domain::text(
                                    "assessment.action." + std::string(domain::to_string(event)),
                                    lang) },
                            { "failing", event == FindingEvent::FailRetest } });
                    }
                }
            }
            row["events"] = events;
            row["can_edit"] = team && open && finding.status != FindingStatus::Verified;
            rows.push_back(std::move(row));
        }
        json systems = json::array();
        store::SystemStore registry(context.app.database);
        for (const store::ElectronicSystem& system : registry.list(owner_agency(request))) {
            systems.push_back({ { "id", system.id }, { "name", system.name },
                { "selected", assessment.system_id == system.id } });
        }
        json model = { { "csrf", context.csrf_token }, { "number", request.number },
            { "findings", rows }, { "can_record", team && open },
            { "system", system_view(context.app, request, assessment) },
            { "owner_agency", agency_name(context.app, owner_agency(request)) },
            { "systems", systems }, { "report_tlp", tlp_badge(assessment.report_tlp) },
            { "tlp_options", tlp_options(assessment.report_tlp) },
            { "report_url", base_url + "/penilaian/laporan" },
            { "hold", hold_text(request, findings) } };
        return context.app.renderer.render("desk_assessment_staff.tpl", model);
    }
    if (view.audience == DeskAudience::Agency) {
        if (!owner_may_see(context, request))
            return {};
        auto steps = domain::assessment_steps(*request.procedure);
        const bool fixing = steps && request.state.step == steps->fixing
            && request.state.status == domain::Status::Berjalan;
        const std::string base_url = "/instansi/permohonan/" + request.number;
        const store::Assessment assessment = assessments.assessment(request.id);
        const auto findings = ordered(assessments.findings(request.id));
        json rows = json::array();
        std::size_t red = 0;
        for (const store::Finding& finding : findings) {
            if (tlp_of(finding.tlp) == domain::Tlp::Red) {
                ++red;
                continue;
            }
            json row = finding_view(finding, base_url, lang);
            row["can_report"] = fixing && finding.status == FindingStatus::Open;
            rows.push_back(std::move(row));
        }
        const bool red_report = tlp_of(assessment.report_tlp) == domain::Tlp::Red;
        json model
            = { { "csrf", context.csrf_token }, { "number", request.number }, { "findings", rows },
                  { "red_count", red }, { "system", system_view(context.app, request, assessment) },
                  { "report_url", red_report ? "" : base_url + "/penilaian/laporan" },
                  { "report_red", red_report ? domain::text("assessment.report_red", lang) : "" },
                  { "hold", hold_text(request, findings, true) } };
        return context.app.renderer.render("desk_assessment_agency.tpl", model);
    }
    return {};
}

std::optional<DeskRefusal> assessment_move_check(App& app, const store::StoredRequest& request,
    const domain::Actor&, const domain::Transition& transition)
{
    auto steps = domain::assessment_steps(*request.procedure);
    if (!steps)
        return std::nullopt;
    store::AssessmentStore assessments(app.database);
    std::vector<FindingStatus> statuses;
    for (const store::Finding& finding : assessments.findings(request.id))
        statuses.push_back(finding.status);
    auto refusal
        = domain::assessment_move_refusal(*steps, domain::count_findings(statuses), transition);
    if (!refusal)
        return std::nullopt;
    return DeskRefusal{ domain::Refusal::NotNow, *refusal };
}

// ---------------------------------------------------------------------------------------
// Staff routes.

Response assessment_finding_form(Context& context, Request& request)
{
    auto stored = assessment_request(context, request);
    if (!stored || !staff_may_view(*context.user, *stored) || !is_team(*context.user, *stored))
        return not_found_page(context);
    FindingForm form;
    form.input.tlp = "TLP:AMBER+STRICT";
    return finding_form_page(context, *stored, form, 200);
}

namespace {

// Adds a finding, or changes `existing`: the same checks, the same form on refusal.
Response save_finding(Context& context, Request& request,
    const store::StoredRequest& stored_request, const std::optional<store::Finding>& existing)
{
    const store::StoredRequest* stored = &stored_request;
    if (domain::is_finished(stored->state.status))
        return message_page(context, 409, "move.refused_title", "assessment.finished");
    if (existing && existing->status == FindingStatus::Verified)
        return message_page(context, 409, "move.refused_title", "assessment.edit_verified");
    FormData& form_data = request.form();
    FindingForm form;
    if (existing) {
        form.editing = existing->id;
        form.evidence_name = existing->evidence.name;
    }
    form.input.title = form_data.value("judul");
    form.input.asset = form_data.value("aset");
    form.input.description = form_data.value("deskripsi");
    form.input.evidence_text = form_data.value("bukti_teks");
    form.input.cvss31 = form_data.value("cvss31");
    form.input.cvss40 = form_data.value("cvss40");
    form.input.recommendation = form_data.value("rekomendasi");
    form.input.tlp = form_data.value("tlp");
    domain::FindingCheck check = domain::check_finding(form.input);
    for (const auto& [field, message] : check.errors) {
        if (!form.errors.contains(field))
            form.errors[field] = domain::render(message, context.lang);
    }

    // The evidence file: the attachment policy of every upload (sniffed type, allow-list,
    // size), at most one file.
    const FilePart* file = nullptr;
    domain::UploadVerdict verdict;
    for (const FilePart& part : form_data.files) {
        if (part.field != kEvidenceField || part.bytes.empty())
            continue;
        if (file != nullptr) {
            form.errors[kEvidenceField]
                = domain::render({ "assessment.one_file", {} }, context.lang);
            break;
        }
        file = &part;
        verdict = domain::check_upload(
            part.filename, context.app.sniffer.mime_type(part.bytes), part.bytes.size(), {});
        if (!verdict.display_name)
            form.errors[kEvidenceField] = domain::render(verdict.error, context.lang);
        else if (part.bytes.size() > context.app.settings.max_file_bytes)
            form.errors[kEvidenceField] = domain::render(
                { "file.too_large",
                    std::to_string(context.app.settings.max_file_bytes >> 20) + " MB" },
                context.lang);
    }
    if (!form.errors.empty())
        return finding_form_page(context, *stored, form, 422);

    const domain::CheckedFinding& checked = *check.finding;
    store::Finding finding;
    finding.request_id = stored->id;
    finding.title = checked.title;
    finding.asset = checked.asset;
    finding.description = checked.description;
    finding.evidence_text = checked.evidence_text;
    if (file != nullptr) {
        finding.evidence.sha256 = context.app.files.put(file->bytes);
        finding.evidence.name = *verdict.display_name;
        finding.evidence.content_type = verdict.content_type;
        finding.evidence.size = static_cast<std::int64_t>(file->bytes.size());
    }
    finding.cvss31_vector = checked.cvss31_vector;
    finding.base_tenths = checked.base_tenths;
    finding.temporal_tenths = checked.temporal_tenths;
    finding.severity = checked.severity;
    finding.cvss40_vector = checked.cvss40_vector;
    finding.cvss40_tenths = checked.cvss40_tenths;
    finding.recommendation = checked.recommendation;
    finding.tlp = std::string(domain::tlp_label(checked.tlp));
    finding.created_by = context.user->id;
    store::DeskEvent event = event_of("assessment.event.added", "staf", context.user->id,
        checked.title + " — " + domain::text("cvss.severity." + checked.severity) + " "
            + domain::format_tenths(checked.base_tenths),
        false);
    event.detail = { { "cvss31", finding.cvss31_vector }, { "base", finding.base_tenths },
        { "severity", finding.severity }, { "tlp", finding.tlp } };
    if (finding.temporal_tenths)
        event.detail["temporal"] = *finding.temporal_tenths;
    if (!finding.cvss40_vector.empty())
        event.detail["cvss40"] = finding.cvss40_vector;
    store::AssessmentStore assessments(context.app.database);
    if (existing) {
        finding.id = existing->id;
        event.event = "assessment.event.changed";
        if (!assessments.update_finding(finding, event, context.app.clock.now()))
            return message_page(context, 409, "move.refused_title", "assessment.edit_verified");
        spdlog::info("assessment finding changed number={} finding={} severity={} user={}",
            stored->number, finding.id, finding.severity, context.user->id);
        return redirect("/staf/permohonan/" + stored->number + "?ok=1");
    }
    const std::int64_t id = assessments.add_finding(finding, event, context.app.clock.now());
    spdlog::info("assessment finding added number={} finding={} severity={} user={}",
        stored->number, id, finding.severity, context.user->id);
    return redirect("/staf/permohonan/" + stored->number + "?ok=1");
}

} // namespace

Response assessment_add_finding(Context& context, Request& request)
{
    auto stored = assessment_request(context, request);
    if (!stored || !staff_may_view(*context.user, *stored) || !is_team(*context.user, *stored))
        return not_found_page(context);
    return save_finding(context, request, *stored, std::nullopt);
}

namespace {

// The request and finding in the path, for the assessment team; nullopt: 404.
struct TeamFinding {
    store::StoredRequest request;
    store::Finding finding;
};
std::optional<TeamFinding> team_finding(Context& context, const Request& request)
{
    auto stored = assessment_request(context, request);
    auto id = id_param(request);
    if (!stored || !id || !staff_may_view(*context.user, *stored)
        || !is_team(*context.user, *stored))
        return std::nullopt;
    auto finding = store::AssessmentStore(context.app.database).finding(stored->id, *id);
    if (!finding)
        return std::nullopt;
    return TeamFinding{ std::move(*stored), std::move(*finding) };
}

} // namespace

Response assessment_edit_form(Context& context, Request& request)
{
    auto target = team_finding(context, request);
    if (!target)
        return not_found_page(context);
    const store::StoredRequest* stored = &target->request;
    const store::Finding* finding = &target->finding;
    FindingForm form;
    form.editing = finding->id;
    form.evidence_name = finding->evidence.name;
    form.input.title = finding->title;
    form.input.asset = finding->asset;
    form.input.description = finding->description;
    form.input.evidence_text = finding->evidence_text;
    form.input.cvss31 = finding->cvss31_vector;
    form.input.cvss40 = finding->cvss40_vector;
    form.input.recommendation = finding->recommendation;
    form.input.tlp = finding->tlp;
    return finding_form_page(context, *stored, form, 200);
}

Response assessment_edit_finding(Context& context, Request& request)
{
    auto target = team_finding(context, request);
    if (!target)
        return not_found_page(context);
    return save_finding(context, request, target->request, target->finding);
}

Response assessment_staff_status(Context& context, Request& request)
{
    auto target = team_finding(context, request);
    if (!target)
        return not_found_page(context);
    const store::StoredRequest* stored = &target->request;
    const store::Finding* finding = &target->finding;
    FormData& form = request.form();
    auto event = domain::finding_event_from_string(form.value("peristiwa"));
    if (!event)
        return message_page(context, 422, "move.refused_title", "move.unknown_action");
    std::string note = finding->title;
    if (!form.value("catatan").empty())
        note += ": " + form.value("catatan");
    if (*event == FindingEvent::ReportFix)
        note += " (dicatat atas nama Perangkat Daerah pemilik)";
    store::DeskEvent record
        = event_of(domain::finding_event_key(*event), "staf", context.user->id, note, false);
    StatusOutcome outcome
        = change_status(context.app, *stored, *finding, *event, FindingSide::Team, record);
    if (outcome.status != 0) {
        return message_page(
            context, outcome.status, "move.refused_title", outcome.reason.key, outcome.reason.arg);
    }

    // A failed retest at the verification step sends the request back to the fixing
    // step, through the gate like any other move, with the reason in its history.
    auto steps = domain::assessment_steps(*stored->procedure);
    if (*event == FindingEvent::FailRetest && steps && stored->state.step == steps->verification
        && stored->state.status == domain::Status::Berjalan) {
        auto fresh = context.app.requests.find(stored->number);
        MoveInput input;
        input.actor.kind = domain::Actor::Kind::Staff;
        input.actor.user_id = context.user->id;
        input.actor.roles = context.user->roles;
        input.command.action = domain::Action::Back;
        input.command.to_step = stored->procedure->steps.at(steps->fixing).id;
        // Public (the requester's mail and pages), so the finding by its number only:
        // its title may be under a label the requester's side may not read.
        input.command.note
            = domain::render({ "assessment.back_note", "#" + std::to_string(finding->id) });
        input.command.note_public = true;
        input.remote = request.remote;
        MoveOutcome moved = move_request(context.app, fresh ? *fresh : *stored, input);
        if (moved.result != MoveOutcome::Result::Done) {
            spdlog::warn("assessment failed retest not sent back number={} reason={}",
                stored->number, moved.reason.key);
            return message_page(context, staff_refusal_status(moved.refusal), "move.refused_title",
                moved.reason.key, moved.reason.arg);
        }
    }
    return redirect("/staf/permohonan/" + stored->number + "?ok=1");
}

Response assessment_settings(Context& context, Request& request)
{
    auto stored = assessment_request(context, request);
    if (!stored || !staff_may_view(*context.user, *stored) || !is_team(*context.user, *stored))
        return not_found_page(context);
    // The handed-over report's label and system stay as they were once it is finished.
    if (domain::is_finished(stored->state.status))
        return message_page(context, 409, "move.refused_title", "assessment.finished");
    FormData& form = request.form();
    store::AssessmentStore assessments(context.app.database);
    store::Assessment assessment = assessments.assessment(stored->id);
    const std::string system = form.value("sistem");
    if (system.empty()) {
        assessment.system_id.reset();
    } else {
        store::SystemStore registry(context.app.database);
        std::optional<std::int64_t> chosen;
        for (const store::ElectronicSystem& candidate : registry.list(owner_agency(*stored))) {
            if (std::to_string(candidate.id) == system)
                chosen = candidate.id;
        }
        if (!chosen)
            return message_page(context, 422, "move.refused_title", "assessment.system_unknown");
        assessment.system_id = chosen;
    }
    domain::TlpParse tlp = domain::parse_tlp(form.value("tlp_laporan"));
    if (tlp.error)
        return message_page(context, 422, "move.refused_title", tlp.error->key, tlp.error->arg);
    assessment.report_tlp = std::string(domain::tlp_label(*tlp.tlp));
    store::DeskEvent event = event_of(
        "assessment.event.settings", "staf", context.user->id, assessment.report_tlp, false);
    event.detail = { { "report_tlp", assessment.report_tlp } };
    if (assessment.system_id)
        event.detail["system"] = *assessment.system_id;
    assessments.save_assessment(assessment, event, context.app.clock.now());
    return redirect("/staf/permohonan/" + stored->number + "?ok=1");
}

namespace {

// The report PDF for staff or, with the TLP:RED findings left out, for the owner
// agency; each download audited under the side that made it.
Response report_download(
    Context& context, const Request& request, const store::StoredRequest& stored, bool owner)
{
    ReportFile file = report_file(context.app, stored, owner);
    context.app.audit.record({ owner ? "instansi" : "staf", context.user->id, request.remote,
                                 "assessment.report.download", "request:" + stored.number,
                                 json({ { "document", file.code } }).dump() },
        context.app.clock.now());
    return pdf_response(std::move(file.pdf), stored.number);
}

// A finding's evidence file; the owner never gets a TLP:RED finding's.
Response evidence_download(
    Context& context, const Request& request, const store::StoredRequest& stored, bool owner)
{
    auto id = id_param(request);
    if (!id)
        return not_found_page(context);
    auto finding = store::AssessmentStore(context.app.database).finding(stored.id, *id);
    if (!finding || finding->evidence.sha256.empty()
        || (owner && tlp_of(finding->tlp) == domain::Tlp::Red))
        return not_found_page(context);
    context.app.audit.record(
        { owner ? "instansi" : "staf", context.user->id, request.remote, "assessment.evidence.view",
            "request:" + stored.number,
            json({ { "finding", *id }, { "sha256", finding->evidence.sha256 } }).dump() },
        context.app.clock.now());
    return evidence_response(context, *finding);
}

} // namespace

Response assessment_staff_report(Context& context, Request& request)
{
    auto stored = assessment_request(context, request);
    if (!stored || !staff_may_view(*context.user, *stored))
        return not_found_page(context);
    return report_download(context, request, *stored, false);
}

Response assessment_staff_evidence(Context& context, Request& request)
{
    auto stored = assessment_request(context, request);
    if (!stored || !staff_may_view(*context.user, *stored))
        return not_found_page(context);
    return evidence_download(context, request, *stored, false);
}

// ---------------------------------------------------------------------------------------
// Agency routes.

Response assessment_agency_fix(Context& context, Request& request)
{
    auto stored = assessment_request(context, request);
    auto id = id_param(request);
    if (!stored || !id || !owner_may_see(context, *stored))
        return not_found_page(context);
    store::AssessmentStore assessments(context.app.database);
    auto finding = assessments.finding(stored->id, *id);
    if (!finding || tlp_of(finding->tlp) == domain::Tlp::Red)
        return not_found_page(context);
    auto steps = domain::assessment_steps(*stored->procedure);
    if (!steps || stored->state.step != steps->fixing
        || stored->state.status != domain::Status::Berjalan)
        return message_page(context, 409, "move.refused_title", "assessment.move.not_fixing_step");
    FormData& form = request.form();
    const std::string note = form.value("catatan");
    if (note.find_first_not_of(" \t\r\n") == std::string::npos || note.size() > 20000) {
        // The form again, with the reason beside the note and what was typed kept.
        json model = { { "number", stored->number }, { "id", finding->id },
            { "title", finding->title },
            { "severity_label", domain::text("cvss.severity." + finding->severity, context.lang) },
            { "base", domain::format_tenths(finding->base_tenths) }, { "note", note },
            { "error",
                note.size() > 20000
                    ? domain::render({ "assessment.too_long", "20000" }, context.lang)
                    : domain::text("assessment.note_required", context.lang) } };
        Response response
            = page(context, "desk_assessment_fix.tpl", "Laporan perbaikan", model, 422);
        response.header("Cache-Control", "no-store");
        return response;
    }
    store::DeskEvent record = event_of(domain::finding_event_key(FindingEvent::ReportFix),
        "instansi", context.user->id, finding->title + ": " + note, false);
    StatusOutcome outcome = change_status(
        context.app, *stored, *finding, FindingEvent::ReportFix, FindingSide::Owner, record);
    if (outcome.status != 0) {
        return message_page(
            context, outcome.status, "move.refused_title", outcome.reason.key, outcome.reason.arg);
    }
    return redirect("/instansi/permohonan/" + stored->number);
}

Response assessment_agency_report(Context& context, Request& request)
{
    auto stored = assessment_request(context, request);
    if (!stored || !owner_may_see(context, *stored))
        return not_found_page(context);
    store::AssessmentStore assessments(context.app.database);
    if (tlp_of(assessments.assessment(stored->id).report_tlp) == domain::Tlp::Red)
        return not_found_page(context);
    return report_download(context, request, *stored, true);
}

Response assessment_agency_evidence(Context& context, Request& request)
{
    auto stored = assessment_request(context, request);
    if (!stored || !owner_may_see(context, *stored))
        return not_found_page(context);
    return evidence_download(context, request, *stored, true);
}

} // namespace lapis::web
