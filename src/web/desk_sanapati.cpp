// The Sanapati e-mail desk (docs/desk-sanapati.md): the form's four sign-offs in
// order, the coordination with BSSN or the destination agency and the proof
// delivered to the requester, on the request pages and under
// /staf/permohonan/<n>/sanapati/…. Which staff role records what comes from the
// request's procedure (domain/sanapati.hpp, plan_for); nothing here names a
// service, kind or step id.
#include <algorithm>
#include <variant>

#include <spdlog/spdlog.h>

#include "domain/contact.hpp"
#include "domain/identity.hpp"
#include "domain/sanapati.hpp"
#include "store/sanapati.hpp"
#include "web/desk.hpp"
#include "web/desk_forms.hpp"
#include "web/desks.hpp"
#include "web/handlers.hpp"
#include "web/pages.hpp"

namespace lapis::web {
namespace {

using nlohmann::json;
namespace sanapati = domain::sanapati;

std::string label(sanapati::Signoff signoff, domain::Lang lang = domain::Lang::Id)
{
    return domain::text(sanapati::signoff_label_key(signoff), lang);
}

// A message whose argument is a sign-off's label key, rendered with the label.
std::string render_with_label(const domain::Message& message, domain::Lang lang)
{
    domain::Message shown = message;
    if (shown.arg.rfind("sanapati.signoff.", 0) == 0)
        shown.arg = domain::text(shown.arg, lang);
    return domain::render(shown, lang);
}

bool has_role(const store::User& user, const std::string& role)
{
    return !role.empty() && user.roles.contains(role);
}

const std::string& role_at(const store::StoredRequest& request, std::size_t step)
{
    return request.procedure->steps.at(step).staff_role();
}

std::string user_name(App& app, std::int64_t id)
{
    auto user = app.users.find(id);
    return user ? user->name : std::string("#") + std::to_string(id);
}

json signoffs_model(Context& context, const store::StoredRequest& request,
    const std::vector<store::SanapatiSignoff>& records, bool staff, bool sees_identity)
{
    const sanapati::SignoffPlan plan = sanapati::plan_for(*request.procedure);
    const auto standing = sanapati::standing_approvals(store::decisions_of(records));
    const auto next = sanapati::next_signoff(store::decisions_of(records));
    const int offset = context.app.catalog.office.utc_offset_minutes;
    json rows = json::array();
    for (sanapati::Signoff signoff : sanapati::kSignoffOrder) {
        json row = { { "code", std::string(sanapati::signoff_code(signoff)) },
            { "label", label(signoff, context.lang) },
            { "due_step", request.procedure->steps.at(sanapati::due_step(plan, signoff)).number },
            { "next", next && *next == signoff }, { "approved", json::array() } };
        const bool stands = std::ranges::find(standing, signoff) != standing.end();
        // The newest approval of this sign-off that still stands.
        for (auto it = records.rbegin(); stands && it != records.rend(); ++it) {
            if (it->signoff != signoff || !it->approved)
                continue;
            json who = { { "name", it->signer_name }, { "position", it->signer_position },
                { "at", domain::to_office_display(it->recorded_at, offset) } };
            if (staff) {
                who["recorded_by"] = user_name(context.app, it->recorded_by);
                if (!it->signer_nip.empty())
                    who["nip"] = sees_identity ? it->signer_nip : mask_identity(it->signer_nip);
            }
            row["approved"] = json::array({ who });
            break;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

json refusals_model(Context& context, const std::vector<store::SanapatiSignoff>& records)
{
    json rows = json::array();
    const int offset = context.app.catalog.office.utc_offset_minutes;
    for (const store::SanapatiSignoff& record : records) {
        if (record.approved)
            continue;
        rows.push_back(
            { { "label", label(record.signoff, context.lang) }, { "name", record.signer_name },
                { "position", record.signer_position }, { "reason", record.reason },
                { "at", domain::to_office_display(record.recorded_at, offset) } });
    }
    return rows;
}

json coordinations_model(
    Context& context, const std::vector<store::SanapatiCoordination>& list, bool staff)
{
    json rows = json::array();
    for (const store::SanapatiCoordination& record : list) {
        json row = { { "counterpart", record.coordination.counterpart },
            { "sent", domain::display_date(record.coordination.sent) } };
        if (staff) {
            row["reference"] = record.coordination.reference;
            row["answer"] = record.coordination.answer;
            row["recorded_by"] = user_name(context.app, record.recorded_by);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

json proof_model(const std::optional<store::SanapatiProof>& proof)
{
    if (!proof)
        return json::array();
    return json::array({ { { "registration_id", proof->proof.registration_id },
        { "received", domain::display_date(proof->proof.received) },
        { "processed", domain::display_date(proof->proof.processed) },
        { "activated", domain::display_date(proof->proof.activated) } } });
}

// The staff member's forms: what their roles may record on this request now.
void add_staff_forms(Context& context, const store::StoredRequest& request, json& model)
{
    if (request.state.status != domain::Status::Berjalan)
        return;
    const store::User& user = *context.user;
    const sanapati::SignoffPlan plan = sanapati::plan_for(*request.procedure);
    json choices = json::array();
    for (sanapati::Signoff signoff : sanapati::kSignoffOrder) {
        if (has_role(user, role_at(request, sanapati::due_step(plan, signoff))))
            choices.push_back({ { "code", std::string(sanapati::signoff_code(signoff)) },
                { "label", label(signoff, context.lang) } });
    }
    if (!choices.empty())
        model["signoff_form"] = json::array({ { { "choices", choices } } });
    if (has_role(user, role_at(request, plan.coordination_step))) {
        model["coordination_form"] = json::array({ { { "counterpart",
            sanapati::default_counterpart(*request.procedure, request.fields) } } });
    }
    if (has_role(user, role_at(request, plan.last_step)))
        model["proof_form"] = true;
}

// The refused form's typed values (v_<name>), its errors (error_<name>) and the
// choices it had made (refused_desk_form).
void show_refused_form(json& model)
{
    const std::string next_code = [&] {
        for (const json& row : model["signoffs"]) {
            if (row["next"].get<bool>())
                return row["code"].get<std::string>();
        }
        return std::string();
    }();
    show_refused_desk_form(model);
    const std::string chosen = model.value("v_persetujuan", next_code);
    if (model.contains("signoff_form")) {
        for (json& choice : model["signoff_form"][0]["choices"])
            choice["selected"] = choice["code"] == chosen;
    }
    const std::string decision = model.value("v_keputusan", "setuju");
    model["decision_approve"] = decision != "tolak";
    model["decision_refuse"] = decision == "tolak";
    model["outcome_end"] = model.value("v_tindak_lanjut", "") == "akhiri";
    if (model.contains("coordination_form") && !model.contains("v_pihak"))
        model["v_pihak"] = model["coordination_form"][0]["counterpart"];
}

} // namespace

std::string sanapati_panel(Context& context, const DeskView& view)
{
    const store::StoredRequest& request = view.request;
    store::SanapatiStore store(context.app.database);
    const auto records = store.signoffs(request.id);
    const bool staff = view.audience == DeskAudience::Staff;
    const bool identity = staff && staff_sees_identity(*context.user, request);
    json model = { { "number", request.number }, { "csrf", context.csrf_token },
        { "signoffs", signoffs_model(context, request, records, staff, identity) },
        { "refusals", refusals_model(context, records) },
        { "coordinations", coordinations_model(context, store.coordinations(request.id), staff) },
        { "proof", proof_model(store.proof(request.id)) } };
    if (!staff)
        return context.app.renderer.render("desk_sanapati_public.tpl", model);
    add_staff_forms(context, request, model);
    // The dates most often typed: the request's own day and today, in office time.
    const int offset = context.app.catalog.office.utc_offset_minutes;
    const std::string today
        = domain::iso_date(domain::office_date(context.app.clock.now(), offset));
    model["v_tanggal_kirim"] = today;
    model["v_tanggal_terima"] = domain::iso_date(domain::office_date(request.created_at, offset));
    model["v_tanggal_proses"] = today;
    model["v_tanggal_aktivasi"] = today;
    show_refused_form(model);
    return context.app.renderer.render("desk_sanapati_staff.tpl", model);
}

std::optional<DeskRefusal> sanapati_move_check(App& app, const store::StoredRequest& request,
    const domain::Actor&, const domain::Transition& transition)
{
    if (transition.action != domain::Action::Complete)
        return std::nullopt;
    const sanapati::SignoffPlan plan = sanapati::plan_for(*request.procedure);
    store::SanapatiStore store(app.database);
    const auto decisions = store::decisions_of(store.signoffs(request.id));
    if (auto missing = sanapati::missing_before_leaving(plan, transition.from_step, decisions)) {
        return DeskRefusal{ domain::Refusal::InvalidInput,
            { "sanapati.signoff.missing", label(*missing) } };
    }
    if (transition.from_step == plan.coordination_step) {
        const auto coordinations = store.coordinations(request.id);
        const bool answered = std::ranges::any_of(
            coordinations, [](const auto& record) { return !record.coordination.answer.empty(); });
        if (!answered) {
            return DeskRefusal{ domain::Refusal::InvalidInput,
                { "sanapati.coordination.missing",
                    sanapati::default_counterpart(*request.procedure, request.fields) } };
        }
    }
    if (transition.to_status == domain::Status::Selesai && !store.proof(request.id))
        return DeskRefusal{ domain::Refusal::InvalidInput, { "sanapati.proof.missing", {} } };
    return std::nullopt;
}

namespace {

// The request behind the path for a staff member who may see it; nullopt: 404.
std::optional<store::StoredRequest> staff_request_of(Context& context, Request& request)
{
    auto stored = context.app.requests.find(request.param("number"));
    if (!stored || !staff_may_view(*context.user, *stored))
        return std::nullopt;
    const catalog::Service* service = context.app.catalog.find_service(stored->service);
    if (service == nullptr || service->desk != catalog::Desk::Sanapati)
        return std::nullopt;
    return stored;
}

Response refused(Context& context, Request& request,
    const std::vector<std::pair<std::string, domain::Message>>& errors, json values)
{
    std::vector<std::pair<std::string, std::string>> shown;
    for (const auto& [field, message] : errors)
        shown.emplace_back(field, render_with_label(message, context.lang));
    return refused_desk_form(context, request, shown, std::move(values));
}

Response saved(const store::StoredRequest& stored)
{
    return redirect("/staf/permohonan/" + stored.number + "?ok=1");
}

Response not_running(Context& context)
{
    return message_page(context, 409, "move.refused_title", "sanapati.signoff.not_running");
}

struct SignoffForm {
    std::optional<sanapati::Signoff> signoff;
    bool approve = true;
    std::string outcome; // refusal: "kembalikan" or "akhiri"
    store::SanapatiSignoff record;
    std::vector<std::pair<std::string, domain::Message>> errors;
};

SignoffForm read_signoff_form(const App& app, const FormData& form)
{
    SignoffForm result;
    result.signoff = sanapati::signoff_from_code(form.value("persetujuan"));
    if (!result.signoff)
        result.errors.emplace_back(
            "persetujuan", domain::Message{ "sanapati.signoff.unknown", {} });
    const std::string decision = form.value("keputusan");
    result.approve = decision == "setuju";
    if (!result.approve && decision != "tolak")
        result.errors.emplace_back("keputusan", domain::Message{ "sanapati.signoff.decision", {} });
    if (auto error = sanapati::check_line(form.value("nama"), 200, true))
        result.errors.emplace_back("nama", *error);
    if (auto error = sanapati::check_line(form.value("jabatan"), 200, true))
        result.errors.emplace_back("jabatan", *error);
    const std::string nip(domain::trim_whitespace(form.value("nip")));
    if (!nip.empty()) {
        auto checked = domain::check_nip(nip, domain::Employment::Other, office_today(app));
        if (!checked.facts)
            result.errors.emplace_back("nip", checked.error);
        else
            result.record.signer_nip = checked.facts->digits;
    }
    if (auto error = sanapati::check_paragraph(form.value("alasan"), 2000, !result.approve))
        result.errors.emplace_back("alasan",
            error->key == "field.required"
                ? domain::Message{ "sanapati.signoff.reason_required", {} }
                : *error);
    result.outcome = form.value("tindak_lanjut");
    if (!result.approve && result.outcome != "kembalikan" && result.outcome != "akhiri")
        result.errors.emplace_back(
            "tindak_lanjut", domain::Message{ "sanapati.signoff.outcome", {} });
    result.record.approved = result.approve;
    result.record.signer_name = std::string(domain::trim_whitespace(form.value("nama")));
    result.record.signer_position = std::string(domain::trim_whitespace(form.value("jabatan")));
    result.record.reason = std::string(domain::trim_whitespace(form.value("alasan")));
    return result;
}

json signoff_values(const FormData& form)
{
    return { { "persetujuan", form.value("persetujuan") }, { "keputusan", form.value("keputusan") },
        { "nama", form.value("nama") }, { "jabatan", form.value("jabatan") },
        { "nip", form.value("nip") }, { "alasan", form.value("alasan") },
        { "tindak_lanjut", form.value("tindak_lanjut") } };
}

domain::Actor staff_actor_of(const store::User& user)
{
    domain::Actor actor;
    actor.kind = domain::Actor::Kind::Staff;
    actor.user_id = user.id;
    actor.roles = user.roles;
    return actor;
}

} // namespace

Response sanapati_signoff(Context& context, Request& request)
{
    auto stored = staff_request_of(context, request);
    if (!stored)
        return not_found_page(context);
    if (stored->state.status != domain::Status::Berjalan)
        return not_running(context);
    FormData& form = request.form();
    SignoffForm input = read_signoff_form(context.app, form);
    const sanapati::SignoffPlan plan = sanapati::plan_for(*stored->procedure);
    if (input.signoff
        && !has_role(*context.user, role_at(*stored, sanapati::due_step(plan, *input.signoff))))
        return message_page(context, 403, "move.refused_title", "sanapati.not_your_role");
    if (!input.errors.empty())
        return refused(context, request, input.errors, signoff_values(form));

    const sanapati::Signoff signoff = *input.signoff;
    input.record.signoff = signoff;
    input.record.recorded_by = context.user->id;
    input.record.recorded_at = context.app.clock.now();
    const std::string note = label(signoff) + ": "
        + (input.approve ? "disetujui oleh " : "ditolak oleh ") + input.record.signer_name + " ("
        + input.record.signer_position + ")"
        + (input.approve ? std::string() : ". Alasan: " + input.record.reason);
    auto event = staff_desk_event(*context.user,
        input.approve ? "sanapati.event.signoff_approved" : "sanapati.event.signoff_refused", note,
        true, { { "signoff", std::string(sanapati::signoff_code(signoff)) } });
    auto check = [&](const std::vector<sanapati::Decision>& decisions) {
        return sanapati::check_signoff(decisions, signoff, input.approve, input.record.reason);
    };

    if (input.approve) {
        store::SanapatiStore store(context.app.database);
        if (auto refusal = store.record_signoff(stored->id, input.record, event, check))
            return refused(context, request, { { "persetujuan", *refusal } }, signoff_values(form));
    } else {
        // A refusal moves the request as the procedure allows — back to the requester
        // or to its end — and is written in that move's transaction: both or neither.
        struct SignoffRefused {
            domain::Message reason;
        };
        MoveInput move_input;
        move_input.actor = staff_actor_of(*context.user);
        move_input.command.action
            = input.outcome == "akhiri" ? domain::Action::Reject : domain::Action::Return;
        move_input.command.note = label(signoff) + " menolak (" + input.record.signer_name + ", "
            + input.record.signer_position + "): " + input.record.reason;
        move_input.command.note_public = true;
        move_input.remote = request.remote;
        move_input.desk_write = [&](soci::session& sql) {
            if (auto refusal
                = store::SanapatiStore::write_signoff(sql, stored->id, input.record, event, check))
                throw SignoffRefused{ *refusal };
        };
        try {
            MoveOutcome outcome = move_request(context.app, *stored, move_input);
            if (outcome.result != MoveOutcome::Result::Done) {
                return message_page(context, staff_refusal_status(outcome.refusal),
                    "move.refused_title", outcome.reason.key, outcome.reason.arg);
            }
        } catch (const SignoffRefused& refusal) {
            return refused(
                context, request, { { "persetujuan", refusal.reason } }, signoff_values(form));
        }
    }
    spdlog::info("sanapati signoff number={} signoff={} approved={} user={}", stored->number,
        sanapati::signoff_code(signoff), input.approve, context.user->id);
    context.app.audit.record(
        { "staf", context.user->id, request.remote, "sanapati.signoff", "request:" + stored->number,
            json({ { "signoff", std::string(sanapati::signoff_code(signoff)) },
                     { "approved", input.approve } })
                .dump() },
        context.app.clock.now());
    return saved(*stored);
}

namespace {

// The running request in the path, for a holder of the role of the plan's step
// `step` names (the coordination or the last step); else the refusal: 404, 409, 403.
std::variant<store::StoredRequest, Response> running_for_step(
    Context& context, Request& request, std::size_t sanapati::SignoffPlan::*step)
{
    auto stored = staff_request_of(context, request);
    if (!stored)
        return not_found_page(context);
    if (stored->state.status != domain::Status::Berjalan)
        return not_running(context);
    const sanapati::SignoffPlan plan = sanapati::plan_for(*stored->procedure);
    if (!has_role(*context.user, role_at(*stored, plan.*step)))
        return message_page(context, 403, "move.refused_title", "sanapati.not_your_role");
    return std::move(*stored);
}

} // namespace

Response sanapati_coordination(Context& context, Request& request)
{
    auto target = running_for_step(context, request, &sanapati::SignoffPlan::coordination_step);
    if (auto* refusal = std::get_if<Response>(&target))
        return std::move(*refusal);
    const store::StoredRequest* stored = &std::get<store::StoredRequest>(target);
    FormData& form = request.form();
    const json values
        = { { "pihak", form.value("pihak") }, { "tanggal_kirim", form.value("tanggal_kirim") },
              { "referensi", form.value("referensi") }, { "jawaban", form.value("jawaban") } };
    auto checked
        = sanapati::check_coordination({ form.value("pihak"), form.value("tanggal_kirim"),
                                           form.value("referensi"), form.value("jawaban") },
            office_today(context.app));
    if (!checked.coordination)
        return refused(context, request, checked.errors, values);

    store::SanapatiCoordination record{ 0, *checked.coordination, context.user->id,
        context.app.clock.now() };
    std::string note = "Koordinasi dengan " + record.coordination.counterpart + ", dikirim "
        + domain::display_date(record.coordination.sent) + ", referensi "
        + record.coordination.reference;
    if (!record.coordination.answer.empty())
        note += ". Jawaban: " + record.coordination.answer;
    store::SanapatiStore(context.app.database)
        .record_coordination(stored->id, record,
            staff_desk_event(*context.user, "sanapati.event.coordination", note, false,
                { { "counterpart", record.coordination.counterpart },
                    { "answered", !record.coordination.answer.empty() } }));
    spdlog::info("sanapati coordination number={} user={}", stored->number, context.user->id);
    return saved(*stored);
}

Response sanapati_proof(Context& context, Request& request)
{
    auto target = running_for_step(context, request, &sanapati::SignoffPlan::last_step);
    if (auto* refusal = std::get_if<Response>(&target))
        return std::move(*refusal);
    const store::StoredRequest* stored = &std::get<store::StoredRequest>(target);
    FormData& form = request.form();
    const json values = { { "id_registrasi", form.value("id_registrasi") },
        { "tanggal_terima", form.value("tanggal_terima") },
        { "tanggal_proses", form.value("tanggal_proses") },
        { "tanggal_aktivasi", form.value("tanggal_aktivasi") } };
    auto checked
        = sanapati::check_proof({ form.value("id_registrasi"), form.value("tanggal_terima"),
                                    form.value("tanggal_proses"), form.value("tanggal_aktivasi") },
            office_today(context.app));
    if (!checked.proof)
        return refused(context, request, checked.errors, values);

    store::SanapatiProof record{ 0, *checked.proof, context.user->id, context.app.clock.now() };
    const std::string note = "ID registrasi " + record.proof.registration_id + "; diterima "
        + domain::display_date(record.proof.received) + "; diproses "
        + domain::display_date(record.proof.processed) + "; aktivasi "
        + domain::display_date(record.proof.activated);
    store::SanapatiStore(context.app.database)
        .record_proof(stored->id, record,
            staff_desk_event(*context.user, "sanapati.event.proof", note, true, json::object()));
    spdlog::info("sanapati proof number={} user={}", stored->number, context.user->id);
    context.app.audit.record({ "staf", context.user->id, request.remote, "sanapati.proof",
                                 "request:" + stored->number, "{}" },
        context.app.clock.now());
    return saved(*stored);
}

} // namespace lapis::web
