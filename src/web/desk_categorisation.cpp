// The categorisation desk (kategorisasi-sistem-elektronik): the registry of each
// agency's electronic systems, the BSSN questionnaire filled on a categorisation
// request's panel or on a system's page, each system's categorisation history,
// and the report of all systems by category (HTML and CSV).
//
// Who: "tim-kategorisasi" edits the registry and fills the questionnaire; "csirt",
// "tim-penilai" and "kepala-bidang" read. An agency account sees and registers its
// own systems. Scoring is the calculators' code (domain/categorisation.hpp).
//
// The move check: the procedure's categorisation step — the last step acted by
// the team role — cannot be completed until the newest categorisation saved for
// the request is complete (docs/desk-categorisation.md).
#include <algorithm>
#include <array>
#include <variant>

#include <nlohmann/json.hpp>

#include "domain/categorisation.hpp"
#include "domain/categorisation_desk.hpp"
#include "domain/form.hpp"
#include "store/systems.hpp"
#include "web/desk.hpp"
#include "web/desk_forms.hpp"
#include "web/desks.hpp"
#include "web/handlers.hpp"
#include "web/pages.hpp"

namespace lapis::web {
namespace {

using nlohmann::json;

constexpr const char* kTeamRole = "tim-kategorisasi";
constexpr std::array<const char*, 4> kReaderRoles
    = { "tim-kategorisasi", "csirt", "tim-penilai", "kepala-bidang" };

// The request form's fields that name the system (fieldset "sistem-elektronik"
// and the service's own "unit_pemilik" in catalog/magelang.toml).
constexpr const char* kFormSystemName = "nama_sistem";
constexpr const char* kFormSystemUrl = "url_sistem";
constexpr const char* kFormSystemDescription = "deskripsi_sistem";
constexpr const char* kFormOwnerUnit = "unit_pemilik";

bool may_edit(const store::User& user)
{
    return user.roles.contains(kTeamRole);
}

bool may_read(const store::User& user)
{
    return std::ranges::any_of(
        kReaderRoles, [&](const char* role) { return user.roles.contains(role); });
}

std::optional<store::SystemId> parse_id(const std::string& digits)
{
    if (digits.empty() || digits.size() > 18
        || !std::ranges::all_of(digits, [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return std::stoll(digits);
}

std::string agency_name(const catalog::Catalog& catalog, const std::string& code)
{
    const catalog::Agency* agency = catalog.find_agency(code);
    return agency ? agency->name : code;
}

const domain::SystemCategory* category_of(const std::string& code)
{
    for (const auto& category : domain::bundled_instrument().categories) {
        if (category.code == code)
            return &category;
    }
    return nullptr;
}

std::string category_label(const std::string& code)
{
    if (code.empty())
        return "Belum dikategorikan";
    const domain::SystemCategory* category = category_of(code);
    return category ? category->label : code;
}

std::string display_time(const App& app, domain::TimePoint at)
{
    return domain::to_office_display(at, app.catalog.office.utc_offset_minutes);
}

json system_row(const App& app, const store::ElectronicSystem& system)
{
    return { { "id", system.id }, { "agency", agency_name(app.catalog, system.agency) },
        { "agency_code", system.agency }, { "name", system.name }, { "url", system.url },
        { "owner_unit", system.owner_unit }, { "description", system.description },
        { "category", system.category }, { "category_label", category_label(system.category) },
        { "score", system.category.empty() ? std::string() : std::to_string(system.score) },
        { "instrument", system.instrument_version },
        { "categorised",
            system.categorised_at ? display_time(app, *system.categorised_at) : std::string() } };
}

json agency_options(const catalog::Catalog& catalog, const std::string& selected)
{
    json options = json::array();
    for (const catalog::Agency& agency : catalog.agencies)
        options.push_back({ { "code", agency.code }, { "name", agency.name },
            { "selected", agency.code == selected } });
    return options;
}

// The registry form's values as typed, and its errors next to each field.
struct SystemForm {
    std::map<std::string, std::string> values;
    std::map<std::string, std::string> errors;
    store::ElectronicSystem system;
};

SystemForm read_system_form(Context& context, const FormData& form, const std::string& agency)
{
    SystemForm result;
    domain::FormInput input;
    for (const catalog::Field& field : domain::system_registry_fields()) {
        result.values[field.name] = form.value(field.name);
        input.values[field.name] = form.value(field.name);
    }
    const domain::Date today = domain::office_date(
        context.app.clock.now(), context.app.catalog.office.utc_offset_minutes);
    const domain::FormCheck check
        = domain::check_form(context.app.catalog, domain::system_registry_fields(), input, today);
    for (const auto& [field, message] : check.errors)
        result.errors[field] = domain::render(message, context.lang);
    if (context.app.catalog.find_agency(agency) == nullptr)
        result.errors["instansi"] = domain::text("sistem.agency_invalid", context.lang);
    auto value = [&](const char* name) {
        auto found = check.values.find(name);
        return found == check.values.end() ? std::string() : found->second;
    };
    result.system.agency = agency;
    result.system.name = value("nama");
    result.system.url = value("url");
    result.system.owner_unit = value("unit");
    result.system.description = value("deskripsi");
    return result;
}

json form_model(const SystemForm& form)
{
    json model = json::object();
    for (const auto& [name, value] : form.values)
        model["value_" + name] = value;
    for (const auto& [name, error] : form.errors)
        model["error_" + name] = error;
    return model;
}

json system_form_values(const store::ElectronicSystem& system)
{
    return { { "value_nama", system.name }, { "value_url", system.url },
        { "value_unit", system.owner_unit }, { "value_deskripsi", system.description } };
}

void audit_system(Context& context, const Request& request, const std::string& action,
    const store::ElectronicSystem& system)
{
    const bool agency = !context.user->agency.empty();
    context.app.audit.record(
        { agency ? "instansi" : "staf", context.user->id, request.remote, action,
            "system:" + std::to_string(system.id),
            json({ { "agency", system.agency }, { "name", system.name }, { "url", system.url },
                     { "owner_unit", system.owner_unit } })
                .dump() },
        context.app.clock.now());
}

// The questionnaire with the given answers checked.
json questionnaire_model(const std::vector<std::string>& answers)
{
    const domain::Instrument& instrument = domain::bundled_instrument();
    json questions = json::array();
    for (std::size_t q = 0; q < instrument.questions.size(); ++q) {
        const auto& question = instrument.questions[q];
        json options = json::array();
        for (std::size_t a = 0; a < instrument.letters.size(); ++a) {
            const std::string& letter = instrument.letters[a];
            options.push_back({ { "letter", letter }, { "text", question.answers.at(a) },
                { "points", instrument.points.at(a) }, { "name", "q" + std::to_string(q) },
                { "checked", q < answers.size() && answers[q] == letter } });
        }
        questions.push_back({ { "id", question.id }, { "indicator", question.indicator },
            { "note", question.note }, { "options", options } });
    }
    return { { "instrument", instrument.id }, { "questions", questions } };
}

// A stored categorisation as the pages show it: score, category and standards
// when complete, how many questions are still open otherwise.
json result_model(const store::SystemCategorisation& categorisation)
{
    const domain::CategorisationResult result
        = domain::score_partial(domain::bundled_instrument(), categorisation.answers);
    json model = { { "score", result.score }, { "instrument", categorisation.instrument_version },
        { "complete", !categorisation.category.empty() },
        { "label", category_label(categorisation.category) },
        { "unanswered", std::to_string(result.unanswered.size()) } };
    if (!categorisation.category.empty()) {
        const domain::SystemCategory* category = category_of(categorisation.category);
        model["score"] = categorisation.score.value_or(result.score);
        model["standards"] = category ? category->standards : std::vector<std::string>{};
        model["rule"] = category ? category->rule : std::string();
        model["fallback"] = category ? category->fallback : std::string();
    }
    return model;
}

json categorisation_history(
    App& app, const std::vector<store::SystemCategorisation>& history, bool names)
{
    json rows = json::array();
    for (const store::SystemCategorisation& entry : history) {
        std::string who = "Petugas";
        if (names) {
            if (auto user = app.users.find(entry.recorded_by))
                who = user->name;
        }
        rows.push_back({ { "at", display_time(app, entry.recorded_at) },
            { "instrument", entry.instrument_version },
            { "score", entry.score ? json(*entry.score) : json("—") },
            { "label",
                entry.category.empty() ? std::string("Belum lengkap")
                                       : category_label(entry.category) },
            { "who", who }, { "request", entry.request_id ? json(*entry.request_id) : json("") } });
    }
    return rows;
}

std::vector<std::string> answers_from(const FormData& form)
{
    std::vector<std::string> answers;
    for (std::size_t q = 0; q < domain::bundled_instrument().questions.size(); ++q)
        answers.push_back(form.value("q" + std::to_string(q)));
    return answers;
}

// Scores the posted answers and keeps them as a new categorisation row; with a
// request, its history gets the event in the same write. A refusal is a message.
std::variant<std::int64_t, domain::Message> save_categorisation(Context& context,
    const Request& request, store::SystemId system, std::optional<std::int64_t> request_id,
    const std::vector<std::string>& answers)
{
    if (std::ranges::all_of(answers, [](const std::string& a) { return a.empty(); }))
        return domain::Message{ "kategorisasi.desk.empty", {} };
    const domain::Instrument& instrument = domain::bundled_instrument();
    const domain::CategorisationResult result = domain::score_partial(instrument, answers);
    if (result.error && result.error->key != "kategorisasi.unanswered")
        return *result.error;
    store::SystemCategorisation row;
    row.system_id = system;
    row.request_id = request_id;
    row.instrument_version = result.instrument_version;
    row.answers = result.answers;
    if (result.category) {
        row.score = result.score;
        row.category = *result.category;
    }
    row.recorded_by = context.user->id;
    row.recorded_at = context.app.clock.now();

    store::DeskEvent event;
    event.event = result.category ? "kategorisasi.event.completed" : "kategorisasi.event.saved";
    event.actor_kind = "staf";
    event.actor_user = context.user->id;
    event.note = result.category
        ? "Skor " + std::to_string(result.score) + ": " + result.category_label + " (instrumen "
            + result.instrument_version + ")"
        : std::to_string(instrument.questions.size() - result.unanswered.size()) + " dari "
            + std::to_string(instrument.questions.size()) + " pertanyaan dijawab";
    event.public_note = result.category.has_value();
    event.detail = { { "system", system }, { "score", result.score }, { "category", row.category },
        { "instrument", row.instrument_version } };
    store::SystemStore systems(context.app.database);
    const std::int64_t id = systems.add_categorisation(row, event);
    context.app.audit.record({ "staf", context.user->id, request.remote, "system.categorise",
                                 "system:" + std::to_string(system),
                                 json({ { "categorisation", id }, { "category", row.category },
                                          { "score", result.score } })
                                     .dump() },
        row.recorded_at);
    return id;
}

bool belongs_to_desk(const App& app, const store::StoredRequest& request)
{
    const catalog::Service* service = app.catalog.find_service(request.service);
    return service != nullptr && service->desk == catalog::Desk::Categorisation;
}

// The agency a categorisation request speaks for.
std::string request_agency(const store::StoredRequest& request)
{
    return request.requester_agency.empty() ? request.state.owner_agency : request.requester_agency;
}

std::string field_of(const store::StoredRequest& request, const char* name)
{
    auto found = request.fields.find(name);
    return found == request.fields.end() ? std::string() : found->second;
}

// The system the request's form names, ready to register, if it names one.
std::optional<store::ElectronicSystem> system_from_form(const store::StoredRequest& request)
{
    store::ElectronicSystem system;
    system.agency = request_agency(request);
    system.name = field_of(request, kFormSystemName);
    if (system.agency.empty() || system.name.empty())
        return std::nullopt;
    system.url = field_of(request, kFormSystemUrl);
    system.owner_unit = field_of(request, kFormOwnerUnit);
    system.description = field_of(request, kFormSystemDescription);
    return system;
}

// The step whose completion needs a complete categorisation: the last step the
// team role acts on (or records), else the last step.
std::optional<std::size_t> categorisation_step(const catalog::Procedure& procedure)
{
    if (procedure.steps.empty())
        return std::nullopt;
    for (std::size_t i = procedure.steps.size(); i-- > 0;) {
        if (procedure.steps[i].staff_role() == kTeamRole)
            return i;
    }
    return procedure.steps.size() - 1;
}

// The staff request whose desk panel posted, or nullopt for a 404.
std::optional<store::StoredRequest> desk_request(Context& context, const Request& request)
{
    auto stored = context.app.requests.find(request.param("number"));
    if (!stored || !staff_may_view(*context.user, *stored)
        || !belongs_to_desk(context.app, *stored))
        return std::nullopt;
    return stored;
}

// Registers (or finds) the system the request's form names and links the request
// to it; nullopt when the form names none.
std::optional<store::SystemId> link_from_form(
    Context& context, const Request& request, const store::StoredRequest& stored)
{
    auto named = system_from_form(stored);
    if (!named)
        return std::nullopt;
    store::SystemStore systems(context.app.database);
    const bool known = systems.find_by_name(named->agency, named->name).has_value();
    store::DeskEvent event{ "kategorisasi.event.linked", "staf", context.user->id, named->name,
        true, json::object() };
    const store::SystemId id = systems.add_for_request(
        *named, stored.id, context.user->id, event, context.app.clock.now());
    if (auto system = systems.find(id)) {
        if (!known)
            audit_system(context, request, "system.add", *system);
        audit_system(context, request, "system.link", *system);
    }
    return id;
}

Response refused(Context& context, int status, const domain::Message& reason)
{
    return message_page(context, status, "move.refused_title", reason.key, reason.arg);
}

// A refused questionnaire: the request's page again (422), the reason above the
// questionnaire and the answers as they were chosen (values q0, q1, ...).
Response refused_answers(Context& context, Request& request,
    const std::vector<std::string>& answers, const domain::Message& reason)
{
    json values = json::object();
    for (std::size_t q = 0; q < answers.size(); ++q)
        values["q" + std::to_string(q)] = answers[q];
    return refused_desk_form(
        context, request, { { "kuesioner", domain::render(reason, context.lang) } }, values);
}

// The answers of a refused questionnaire being shown again, in question order.
std::vector<std::string> refused_answers_of(const json& refused)
{
    std::vector<std::string> answers(domain::bundled_instrument().questions.size());
    for (std::size_t q = 0; q < answers.size(); ++q)
        answers[q] = refused["values"].value("q" + std::to_string(q), "");
    return answers;
}

Response staff_registry_page(Context& context, const std::string& filter, json form, int status)
{
    store::SystemStore systems(context.app.database);
    json rows = json::array();
    for (const auto& system : systems.list(filter))
        rows.push_back(system_row(context.app, system));
    form["systems"] = rows;
    form["filters"] = agency_options(context.app.catalog, filter);
    form["agencies"] = agency_options(context.app.catalog, form.value("value_instansi", filter));
    form["can_edit"] = may_edit(*context.user);
    Response response = page(
        context, "desk_categorisation_registry.tpl", "Registri Sistem Elektronik", form, status);
    response.header("Cache-Control", "no-store");
    return response;
}

Response staff_system_view(
    Context& context, const store::ElectronicSystem& system, json form, int status)
{
    store::SystemStore systems(context.app.database);
    const auto history = systems.categorisations(system.id);
    json model = system_row(context.app, system);
    model.update(form);
    model["history"] = categorisation_history(context.app, history, true);
    model["can_edit"] = may_edit(*context.user);
    if (may_edit(*context.user)) {
        model["questionnaire"] = json::array({ questionnaire_model(
            history.empty() ? std::vector<std::string>{} : history.front().answers) });
    }
    if (!history.empty())
        model["latest"] = json::array({ result_model(history.front()) });
    Response response = page(context, "desk_categorisation_system.tpl", system.name, model, status);
    response.header("Cache-Control", "no-store");
    return response;
}

std::optional<store::ElectronicSystem> agency_system(Context& context, const Request& request)
{
    auto id = parse_id(request.param("id"));
    if (!id)
        return std::nullopt;
    store::SystemStore systems(context.app.database);
    auto system = systems.find(*id);
    if (!system || system->agency != context.user->agency)
        return std::nullopt;
    return system;
}

Response agency_registry_page(Context& context, json form, int status)
{
    store::SystemStore systems(context.app.database);
    json rows = json::array();
    for (const auto& system : systems.list(context.user->agency))
        rows.push_back(system_row(context.app, system));
    form["systems"] = rows;
    form["agency"] = agency_name(context.app.catalog, context.user->agency);
    Response response = page(context, "desk_categorisation_agency_registry.tpl",
        "Sistem Elektronik Perangkat Daerah", form, status);
    response.header("Cache-Control", "no-store");
    return response;
}

// The report's groups: the instrument's categories from the highest band down,
// then the systems not categorised yet.
json report_groups(App& app, const std::vector<store::ElectronicSystem>& all)
{
    std::vector<const domain::SystemCategory*> order;
    for (const auto& category : domain::bundled_instrument().categories)
        order.push_back(&category);
    std::ranges::sort(order, [](auto* a, auto* b) { return a->min_score > b->min_score; });
    json groups = json::array();
    auto add_group = [&](const std::string& code, const std::string& label) {
        json rows = json::array();
        for (const auto& system : all) {
            if (system.category == code)
                rows.push_back(system_row(app, system));
        }
        const std::size_t count = rows.size();
        json table = rows.empty() ? json::array() : json::array({ { { "systems", rows } } });
        groups.push_back({ { "code", code.empty() ? "belum" : code }, { "label", label },
            { "count", count }, { "table", table } });
    };
    for (const auto* category : order)
        add_group(category->code, category->label);
    add_group("", category_label(""));
    return groups;
}

} // namespace

// ---------------------------------------------------------------- the panel

std::string categorisation_panel(Context& context, const DeskView& view)
{
    store::SystemStore systems(context.app.database);
    const auto linked = systems.system_for_request(view.request.id);
    const auto system = linked ? systems.find(*linked) : std::nullopt;
    const auto latest = systems.categorisation_for_request(view.request.id);
    json model = { { "number", view.request.number }, { "csrf", context.csrf_token } };
    if (system) {
        json shown = system_row(context.app, *system);
        shown["staff"] = view.audience == DeskAudience::Staff;
        shown["agency_side"] = view.audience == DeskAudience::Agency;
        model["system"] = json::array({ shown });
    }
    if (latest)
        model["result"] = json::array({ result_model(*latest) });

    if (view.audience != DeskAudience::Staff) {
        // The requester and the agency see the outcome, not the working.
        if (!system && !latest)
            return {};
        return context.app.renderer.render("desk_categorisation_public.tpl", model);
    }

    const bool editable = named_for_role(*context.user, view.request, kTeamRole)
        && !domain::is_finished(view.request.state.status);
    model["can_edit"] = editable;
    if (editable) {
        json choices = json::array();
        const std::string agency = request_agency(view.request);
        if (!agency.empty()) {
            for (const auto& candidate : systems.list(agency))
                choices.push_back({ { "id", candidate.id }, { "name", candidate.name },
                    { "selected", linked && *linked == candidate.id } });
        }
        json link = { { "choices", choices }, { "open", !system } };
        // Offered until the named system is in the registry; then it is one of the choices.
        if (auto named = system_from_form(view.request);
            named && !systems.find_by_name(named->agency, named->name))
            link["from_form"] = named->name;
        model["link"] = json::array({ link });
        if (const json* refused = refused_desk_form()) {
            json questionnaire = questionnaire_model(refused_answers_of(*refused));
            questionnaire["refused"] = (*refused)["errors"].at(0)["text"];
            model["questionnaire"] = json::array({ questionnaire });
        } else {
            model["questionnaire"] = json::array(
                { questionnaire_model(latest ? latest->answers : std::vector<std::string>{}) });
        }
    }
    auto step = categorisation_step(*view.request.procedure);
    if (step && (!latest || latest->category.empty()))
        model["gate_step"] = view.request.procedure->steps.at(*step).number;
    return context.app.renderer.render("desk_categorisation_staff.tpl", model);
}

std::optional<DeskRefusal> categorisation_move_check(App& app, const store::StoredRequest& request,
    const domain::Actor&, const domain::Transition& transition)
{
    if (transition.action != domain::Action::Complete)
        return std::nullopt;
    const auto step = categorisation_step(*request.procedure);
    if (!step || transition.from_step != *step)
        return std::nullopt;
    store::SystemStore systems(app.database);
    const auto latest = systems.categorisation_for_request(request.id);
    if (latest && !latest->category.empty())
        return std::nullopt;
    return DeskRefusal{ domain::Refusal::InvalidInput, { "kategorisasi.desk.incomplete", {} } };
}

Response categorisation_request_save(Context& context, Request& request)
{
    auto stored = desk_request(context, request);
    if (!stored)
        return not_found_page(context);
    if (!may_edit(*context.user))
        return message_page(context, 403, "move.refused_title", "sistem.read_only");
    // The team members the head of division named for this request, when named.
    if (!named_for_role(*context.user, *stored, kTeamRole))
        return message_page(context, 403, "move.refused_title", "kategorisasi.desk.not_named");
    if (domain::is_finished(stored->state.status))
        return refused(context, 409, { "kategorisasi.desk.finished", {} });
    const FormData& form = request.form();
    const auto answers = answers_from(form);
    if (std::ranges::all_of(answers, [](const std::string& a) { return a.empty(); }))
        return refused_answers(context, request, answers, { "kategorisasi.desk.empty", {} });
    // Check the answers before anything is stored, the link included.
    const auto check = domain::score_partial(domain::bundled_instrument(), answers);
    if (check.error && check.error->key != "kategorisasi.unanswered")
        return refused_answers(context, request, answers, *check.error);

    store::SystemStore systems(context.app.database);
    auto system = systems.system_for_request(stored->id);
    if (!system) {
        system = link_from_form(context, request, *stored);
        if (!system) {
            return refused_answers(
                context, request, answers, { "kategorisasi.desk.no_system", {} });
        }
    }
    auto saved = save_categorisation(context, request, *system, stored->id, answers);
    if (auto* reason = std::get_if<domain::Message>(&saved))
        return refused_answers(context, request, answers, *reason);
    return redirect("/staf/permohonan/" + stored->number + "?ok=1");
}

Response categorisation_request_link(Context& context, Request& request)
{
    auto stored = desk_request(context, request);
    if (!stored)
        return not_found_page(context);
    if (!may_edit(*context.user))
        return message_page(context, 403, "move.refused_title", "sistem.read_only");
    // The team members the head of division named for this request, when named.
    if (!named_for_role(*context.user, *stored, kTeamRole))
        return message_page(context, 403, "move.refused_title", "kategorisasi.desk.not_named");
    if (domain::is_finished(stored->state.status))
        return refused(context, 409, { "kategorisasi.desk.finished", {} });
    const std::string choice = request.form().value("sistem");
    store::SystemStore systems(context.app.database);
    const auto now = context.app.clock.now();
    if (choice == "formulir") {
        if (!link_from_form(context, request, *stored))
            return refused(context, 422, { "kategorisasi.desk.no_system", {} });
        return redirect("/staf/permohonan/" + stored->number + "?ok=1");
    }
    auto id = parse_id(choice);
    auto system = id ? systems.find(*id) : std::nullopt;
    if (!system || system->agency != request_agency(*stored))
        return refused(context, 422, { "kategorisasi.desk.system_unknown", {} });
    store::DeskEvent event{ "kategorisasi.event.linked", "staf", context.user->id, system->name,
        true, json::object() };
    systems.link_request(stored->id, system->id, context.user->id, event, now);
    audit_system(context, request, "system.link", *system);
    return redirect("/staf/permohonan/" + stored->number + "?ok=1");
}

void categorisation_tools(const App&, const store::User& user, std::vector<DeskTool>& tools)
{
    if (!may_read(user))
        return;
    tools.push_back({ "/staf/sistem", "tools.systems" });
    tools.push_back({ "/staf/kategori-sistem", "tools.system_categories" });
}

// ------------------------------------------------------------ staff registry

Response systems_page(Context& context, Request& request)
{
    if (!may_read(*context.user))
        return not_found_page(context);
    return staff_registry_page(context, request.query_value("instansi"), json::object(), 200);
}

Response system_add(Context& context, Request& request)
{
    if (!may_read(*context.user))
        return not_found_page(context);
    if (!may_edit(*context.user))
        return message_page(context, 403, "move.refused_title", "sistem.read_only");
    const FormData& form = request.form();
    SystemForm typed = read_system_form(context, form, form.value("instansi"));
    typed.values["instansi"] = form.value("instansi");
    std::optional<store::SystemId> id;
    if (typed.errors.empty()) {
        store::SystemStore systems(context.app.database);
        id = systems.add(typed.system, context.app.clock.now());
        if (!id)
            typed.errors["nama"]
                = domain::render({ "sistem.name_taken", typed.system.name }, context.lang);
    }
    if (!id)
        return staff_registry_page(context, "", form_model(typed), 422);
    typed.system.id = *id;
    audit_system(context, request, "system.add", typed.system);
    return redirect("/staf/sistem/" + std::to_string(*id));
}

Response system_page(Context& context, Request& request)
{
    if (!may_read(*context.user))
        return not_found_page(context);
    auto id = parse_id(request.param("id"));
    store::SystemStore systems(context.app.database);
    auto system = id ? systems.find(*id) : std::nullopt;
    if (!system)
        return not_found_page(context);
    json form = system_form_values(*system);
    if (request.query_value("ok") == "1")
        form["saved"] = true;
    return staff_system_view(context, *system, form, 200);
}

Response system_update(Context& context, Request& request)
{
    if (!may_read(*context.user))
        return not_found_page(context);
    auto id = parse_id(request.param("id"));
    store::SystemStore systems(context.app.database);
    auto system = id ? systems.find(*id) : std::nullopt;
    if (!system)
        return not_found_page(context);
    if (!may_edit(*context.user))
        return message_page(context, 403, "move.refused_title", "sistem.read_only");
    SystemForm typed = read_system_form(context, request.form(), system->agency);
    typed.system.id = system->id;
    bool stored = false;
    if (typed.errors.empty()) {
        stored = systems.update(typed.system, context.app.clock.now());
        if (!stored)
            typed.errors["nama"]
                = domain::render({ "sistem.name_taken", typed.system.name }, context.lang);
    }
    if (!stored)
        return staff_system_view(context, *system, form_model(typed), 422);
    audit_system(context, request, "system.update", typed.system);
    return redirect("/staf/sistem/" + std::to_string(system->id) + "?ok=1");
}

Response system_categorise(Context& context, Request& request)
{
    if (!may_read(*context.user))
        return not_found_page(context);
    auto id = parse_id(request.param("id"));
    store::SystemStore systems(context.app.database);
    auto system = id ? systems.find(*id) : std::nullopt;
    if (!system)
        return not_found_page(context);
    if (!may_edit(*context.user))
        return message_page(context, 403, "move.refused_title", "sistem.read_only");
    auto saved = save_categorisation(
        context, request, system->id, std::nullopt, answers_from(request.form()));
    if (auto* reason = std::get_if<domain::Message>(&saved))
        return refused(context, 422, *reason);
    return redirect("/staf/sistem/" + std::to_string(system->id) + "?ok=1");
}

Response systems_report(Context& context, Request& request)
{
    if (!may_read(*context.user))
        return not_found_page(context);
    store::SystemStore systems(context.app.database);
    json model = { { "groups", report_groups(context.app, systems.list()) } };
    context.app.audit.record(
        { "staf", context.user->id, request.remote, "system.report", "systems", "{}" },
        context.app.clock.now());
    Response response = page(
        context, "desk_categorisation_report.tpl", "Laporan Kategori Sistem Elektronik", model);
    response.header("Cache-Control", "no-store");
    return response;
}

Response systems_report_csv(Context& context, Request& request)
{
    if (!may_read(*context.user))
        return not_found_page(context);
    store::SystemStore systems(context.app.database);
    auto all = systems.list();
    // Grouped as on the page: highest category first, the uncategorised last.
    const auto rank = [](const std::string& code) {
        const domain::SystemCategory* category = category_of(code);
        return category ? -category->min_score : 1;
    };
    std::ranges::stable_sort(
        all, [&](const auto& a, const auto& b) { return rank(a.category) < rank(b.category); });
    std::string body = domain::csv_line({ "kategori", "skor", "instrumen", "dikategorikan",
        "perangkat_daerah", "nama_sistem", "url", "unit_pemilik", "deskripsi" });
    for (const auto& system : all) {
        body += domain::csv_line({ category_label(system.category),
            system.category.empty() ? std::string() : std::to_string(system.score),
            system.instrument_version,
            system.categorised_at ? display_time(context.app, *system.categorised_at) : "",
            agency_name(context.app.catalog, system.agency), system.name, system.url,
            system.owner_unit, system.description });
    }
    context.app.audit.record(
        { "staf", context.user->id, request.remote, "system.report.csv", "systems", "{}" },
        context.app.clock.now());
    Response response;
    response.body = std::move(body);
    response.header("Content-Type", "text/csv; charset=utf-8");
    response.header(
        "Content-Disposition", "attachment; filename=\"kategori-sistem-elektronik.csv\"");
    response.header("Cache-Control", "no-store");
    return response;
}

// ----------------------------------------------------------- agency registry

Response agency_systems(Context& context, Request&)
{
    return agency_registry_page(context, json::object(), 200);
}

Response agency_system_add(Context& context, Request& request)
{
    SystemForm typed = read_system_form(context, request.form(), context.user->agency);
    std::optional<store::SystemId> id;
    if (typed.errors.empty()) {
        store::SystemStore systems(context.app.database);
        id = systems.add(typed.system, context.app.clock.now());
        if (!id)
            typed.errors["nama"]
                = domain::render({ "sistem.name_taken", typed.system.name }, context.lang);
    }
    if (!id)
        return agency_registry_page(context, form_model(typed), 422);
    typed.system.id = *id;
    audit_system(context, request, "system.add", typed.system);
    return redirect("/instansi/sistem/" + std::to_string(*id));
}

Response agency_system_page(Context& context, Request& request)
{
    auto system = agency_system(context, request);
    if (!system)
        return not_found_page(context);
    store::SystemStore systems(context.app.database);
    const auto history = systems.categorisations(system->id);
    json model = system_row(context.app, *system);
    model["history"] = categorisation_history(context.app, history, false);
    if (!history.empty())
        model["latest"] = json::array({ result_model(history.front()) });
    Response response = page(context, "desk_categorisation_agency_system.tpl", system->name, model);
    response.header("Cache-Control", "no-store");
    return response;
}

} // namespace lapis::web
