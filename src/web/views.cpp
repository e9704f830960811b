#include "web/views.hpp"

#include <mutex>
#include <unordered_map>

#include "domain/identity.hpp"
#include "domain/markdown.hpp"
#include "domain/workflow.hpp"

namespace lapis::web {
namespace {

using nlohmann::json;

json list_of(const std::vector<std::string>& items)
{
    json list = json::array();
    for (const std::string& item : items)
        list.push_back({ { "text", item } });
    return list;
}

const char* input_type(catalog::FieldType type)
{
    switch (type) {
    case catalog::FieldType::Email:
        return "email";
    case catalog::FieldType::Phone:
        return "tel";
    case catalog::FieldType::Date:
        return "date";
    case catalog::FieldType::Datetime:
        return "datetime-local";
    case catalog::FieldType::Url:
        return "url";
    default:
        return "text";
    }
}

json options_model(const std::vector<catalog::Option>& options, const std::string& selected)
{
    json list = json::array();
    for (const catalog::Option& option : options) {
        list.push_back({ { "code", option.code }, { "label", option.label },
            { "selected", option.code == selected } });
    }
    return list;
}

json rank_groups(const std::string& selected)
{
    json groups = json::array();
    const std::pair<const char*, domain::Employment> lists[]
        = { { "PNS", domain::Employment::Pns }, { "PPPK", domain::Employment::Pppk } };
    for (const auto& [label, employment] : lists) {
        json options = json::array();
        for (const domain::Rank& rank : domain::ranks(employment)) {
            std::string text = rank.title.empty() ? "Golongan " + rank.code
                                                  : rank.title + " (" + rank.code + ")";
            options.push_back({ { "code", rank.code }, { "label", text },
                { "selected", rank.code == selected } });
        }
        groups.push_back({ { "label", label }, { "options", options } });
    }
    return groups;
}

std::vector<catalog::Option> agency_options(const catalog::Catalog& catalog)
{
    std::vector<catalog::Option> options;
    for (const catalog::Agency& agency : catalog.agencies)
        options.push_back({ agency.code, agency.name });
    return options;
}

std::string accept_attribute(const std::vector<std::string>& extensions)
{
    std::string accept;
    for (const std::string& extension : extensions)
        accept += (accept.empty() ? "." : ",.") + extension;
    return accept;
}

json field_model(
    const catalog::Catalog& catalog, const catalog::Field& field, const std::string& value)
{
    json model = { { "name", field.name }, { "label", field.label }, { "help", field.help },
        { "required", field.required }, { "conditional", field.required_when.has_value() },
        { "value", value }, { "input_type", input_type(field.type) } };
    switch (field.type) {
    case catalog::FieldType::Textarea:
        model["is_textarea"] = true;
        break;
    case catalog::FieldType::Choice:
        model["is_select"] = true;
        model["options"] = options_model(field.options, value);
        break;
    case catalog::FieldType::Agency:
        model["is_select"] = true;
        model["options"] = options_model(agency_options(catalog), value);
        break;
    case catalog::FieldType::Pangkat:
        model["is_rank"] = true;
        model["groups"] = rank_groups(value);
        break;
    case catalog::FieldType::File:
        model["is_file"] = true;
        model["accept"] = accept_attribute(field.accept);
        model["accept_text"] = accept_attribute(field.accept);
        break;
    case catalog::FieldType::Consent:
        model["is_consent"] = true;
        model["checked"] = !value.empty();
        model["privacy_notice"] = catalog.office.privacy_notice;
        break;
    case catalog::FieldType::Nip:
    case catalog::FieldType::Nik:
    case catalog::FieldType::Number:
        model["is_input"] = true;
        model["numeric"] = true;
        break;
    default:
        model["is_input"] = true;
        break;
    }
    return model;
}

// What the list of problems calls a field: its label, the name sent for a field
// the form does not have, nothing for the request as a whole.
std::string problem_label(const std::vector<catalog::Field>& fields, const std::string& name)
{
    for (const catalog::Field& field : fields) {
        if (field.name == name)
            return field.label;
    }
    return name == "_request" ? std::string() : name;
}

json procedure_model(const catalog::Catalog& catalog, const catalog::Procedure& procedure)
{
    json steps = json::array();
    for (const catalog::Step& step : procedure.steps) {
        steps.push_back({ { "id", step.id }, { "number", step.number }, { "text", step.text },
            { "text_html", step_html(step.text) }, { "actor", actor_label(catalog, step) } });
    }
    return { { "id", procedure.id }, { "title", procedure.title }, { "steps", steps },
        { "requestable", procedure.requestable } };
}

json field_api(const catalog::Catalog& catalog, const catalog::Field& field)
{
    json model = { { "name", field.name }, { "label", field.label },
        { "type", catalog::to_string(field.type) }, { "required", field.required } };
    if (field.required_when) {
        model["required_when"] = { { "field", field.required_when->field },
            { "any_of", field.required_when->any_of } };
    }
    auto options_json = [](const std::vector<catalog::Option>& options) {
        json list = json::array();
        for (const catalog::Option& option : options)
            list.push_back({ { "code", option.code }, { "label", option.label } });
        return list;
    };
    if (field.type == catalog::FieldType::Choice)
        model["options"] = options_json(field.options);
    if (field.type == catalog::FieldType::Agency)
        model["options"] = options_json(agency_options(catalog));
    if (field.type == catalog::FieldType::File)
        model["accept"] = field.accept;
    return model;
}

json fields_api(const catalog::Catalog& catalog, const std::vector<catalog::Field>& fields)
{
    json list = json::array();
    for (const catalog::Field& field : fields)
        list.push_back(field_api(catalog, field));
    return list;
}

} // namespace

std::string actor_label(const catalog::Catalog& catalog, const catalog::Step& step)
{
    switch (step.actor.kind) {
    case catalog::ActorKind::Requester:
        return "Pemohon";
    case catalog::ActorKind::SystemOwner:
        return "Pemilik sistem elektronik";
    case catalog::ActorKind::External:
        return step.actor.external;
    case catalog::ActorKind::Role:
        break;
    }
    const catalog::Role* role = catalog.find_role(step.actor.role);
    return role ? role->name : step.actor.role;
}

json home_model(const catalog::Catalog& catalog)
{
    json services = json::array();
    for (const catalog::Service& service : catalog.services) {
        services.push_back(
            { { "id", service.id }, { "name", service.name }, { "summary", service.summary } });
    }
    return { { "title", catalog.intro.title }, { "paragraphs", list_of(catalog.intro.paragraphs) },
        { "legal_basis", list_of(catalog.intro.legal_basis) }, { "goal", catalog.intro.goal },
        { "benefits", list_of(catalog.intro.benefits) }, { "cost", catalog.intro.cost },
        { "services", services } };
}

json service_model(const catalog::Catalog& catalog, const catalog::Service& service)
{
    json kinds = json::array();
    for (const catalog::Kind& kind : service.kinds) {
        kinds.push_back({ { "id", kind.id }, { "name", kind.name },
            { "description", kind.description }, { "service_id", service.id } });
    }
    json procedures = json::array();
    for (const catalog::Procedure& procedure : service.procedures)
        procedures.push_back(procedure_model(catalog, procedure));
    json documents = json::array();
    for (const catalog::Document& document : service.documents)
        documents.push_back(
            { { "id", document.id }, { "title", document.title }, { "body", document.body } });
    return { { "id", service.id }, { "name", service.name }, { "description", service.description },
        { "recipients", list_of(service.recipients) },
        { "requirements", list_of(service.requirements) }, { "kinds", kinds },
        { "has_kinds", !service.kinds.empty() }, { "procedures", procedures },
        { "documents", documents }, { "cost", catalog.intro.cost } };
}

json form_model(const catalog::Catalog& catalog, const catalog::Service& service,
    const catalog::Kind* kind, const std::map<std::string, std::string>& values,
    const std::map<std::string, domain::Message>& errors,
    const std::map<std::string, domain::Message>& warnings, domain::Lang lang)
{
    json fields = json::array();
    std::string section;
    for (const catalog::Field& field : catalog::form_fields(service, kind)) {
        auto value = values.find(field.name);
        json model = field_model(catalog, field, value == values.end() ? "" : value->second);
        if (!field.section.empty() && field.section != section) {
            section = field.section;
            model["section"] = json::array({ { { "heading", section } } });
        }
        if (auto error = errors.find(field.name); error != errors.end())
            model["error"] = json::array({ { { "text", domain::render(error->second, lang) } } });
        if (auto warning = warnings.find(field.name); warning != warnings.end())
            model["warning"]
                = json::array({ { { "text", domain::render(warning->second, lang) } } });
        fields.push_back(std::move(model));
    }
    // Listed above the form as well: an undeclared field or a refusal of the whole
    // request ("_request") has no input of its own to be shown at (AC-24a).
    json problems = json::array();
    for (const auto& [name, message] : errors) {
        problems.push_back({ { "field", name },
            { "label", problem_label(catalog::form_fields(service, kind), name) },
            { "text", domain::render(message, lang) } });
    }
    return { { "service_id", service.id }, { "service_name", service.name },
        { "kind_id", kind ? kind->id : "" }, { "kind_name", kind ? kind->name : "" },
        { "fields", fields }, { "problems", problems }, { "has_problems", !errors.empty() } };
}

json services_api(const catalog::Catalog& catalog)
{
    json services = json::array();
    for (const catalog::Service& service : catalog.services) {
        json kinds = json::array();
        for (const catalog::Kind& kind : service.kinds) {
            kinds.push_back({ { "id", kind.id }, { "name", kind.name },
                { "description", kind.description }, { "procedure", kind.procedure },
                { "fields", fields_api(catalog, kind.fields) } });
        }
        json procedures = json::array();
        for (const catalog::Procedure& procedure : service.procedures) {
            json steps = json::array();
            for (const catalog::Step& step : procedure.steps) {
                json actor = { { "kind", catalog::to_string(step.actor.kind) } };
                if (step.actor.kind == catalog::ActorKind::Role)
                    actor["role"] = step.actor.role;
                else
                    actor["recorded_by"] = step.actor.recorded_by;
                if (step.actor.kind == catalog::ActorKind::External)
                    actor["name"] = step.actor.external;
                steps.push_back({ { "id", step.id }, { "number", step.number },
                    { "text", step.text }, { "actor", actor } });
            }
            procedures.push_back({ { "id", procedure.id }, { "title", procedure.title },
                { "requestable", procedure.requestable }, { "steps", steps } });
        }
        json documents = json::array();
        for (const catalog::Document& document : service.documents) {
            documents.push_back(
                { { "id", document.id }, { "title", document.title }, { "body", document.body } });
        }
        json item = { { "id", service.id }, { "name", service.name },
            { "description", service.description }, { "recipients", service.recipients },
            { "requirements", service.requirements }, { "kinds", kinds },
            { "procedures", procedures }, { "documents", documents } };
        item["fields"]
            = service.kinds.empty() ? fields_api(catalog, service.fields) : json::array();
        if (service.kinds.empty()) {
            item["procedure"] = procedures.empty() ? json() : procedures[0];
            for (const auto& procedure : procedures) {
                if (procedure["id"] == service.procedure)
                    item["procedure"] = procedure;
            }
        }
        services.push_back(std::move(item));
    }
    return { { "services", services } };
}

const char* step_state(const store::StoredRequest& request, std::size_t index)
{
    if (request.state.status == domain::Status::Selesai)
        return "done";
    if (index < request.state.step)
        return "done";
    if (index == request.state.step && !domain::is_finished(request.state.status))
        return "current";
    return "pending";
}

std::string step_html(const std::string& text)
{
    // A catalog has a few dozen step texts, and a request's stored procedure
    // repeats its catalog version's: past the bound, a text is rendered each time.
    constexpr std::size_t kBound = 4096;
    static std::mutex mutex;
    static std::unordered_map<std::string, std::string> rendered;
    {
        std::lock_guard lock(mutex);
        if (auto found = rendered.find(text); found != rendered.end())
            return found->second;
    }
    std::string html = domain::render_inline_markdown(text);
    std::lock_guard lock(mutex);
    if (rendered.size() < kBound)
        rendered.emplace(text, html);
    return html;
}

json steps_model(const store::StoredRequest& request)
{
    json steps = json::array();
    for (std::size_t i = 0; i < request.procedure->steps.size(); ++i) {
        const catalog::Step& step = request.procedure->steps[i];
        const std::string state = step_state(request, i);
        steps.push_back({ { "id", step.id }, { "number", step.number }, { "text", step.text },
            { "text_html", step_html(step.text) }, { "state", state },
            { "is_done", state == "done" }, { "is_current", state == "current" } });
    }
    return steps;
}

std::string display_value(
    const catalog::Catalog& catalog, const catalog::Field& field, const std::string& value)
{
    if (field.type == catalog::FieldType::Choice) {
        for (const catalog::Option& option : field.options) {
            if (option.code == value)
                return option.label;
        }
    }
    if (field.type == catalog::FieldType::Agency) {
        if (const catalog::Agency* agency = catalog.find_agency(value))
            return agency->name;
    }
    if (field.type == catalog::FieldType::Pangkat)
        return domain::rank_display(value);
    if (field.type == catalog::FieldType::Consent)
        return "Disetujui";
    return value;
}

} // namespace lapis::web
