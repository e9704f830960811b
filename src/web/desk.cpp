#include "web/desk.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "domain/attachments.hpp"
#include "domain/form.hpp"
#include "domain/tokens.hpp"
#include "web/desks.hpp"
#include "web/notices.hpp"

namespace lapis::web {
namespace {

using domain::Message;

// Conventions every catalog form follows (docs/catalog-schema.md): the requester's
// name, email and agency fields, and the title of a report.
constexpr const char* kNameField = "nama";
constexpr const char* kEmailField = "email";
constexpr const char* kAgencyField = "instansi";
constexpr const char* kTitleField = "judul";

std::string value_or_empty(const std::map<std::string, std::string>& values, const char* name)
{
    auto found = values.find(name);
    return found == values.end() ? std::string() : found->second;
}

const catalog::Field* find_field(const std::vector<catalog::Field>& fields, const std::string& name)
{
    for (const catalog::Field& field : fields) {
        if (field.name == name)
            return &field;
    }
    return nullptr;
}

// Checks the files against the per-file and per-request limits; the form check
// has already checked presence and extensions.
void check_file_sizes(const Settings& settings, const std::vector<FilePart>& files,
    std::map<std::string, Message>& errors)
{
    std::size_t total = 0;
    for (const FilePart& file : files) {
        total += file.bytes.size();
        if (file.bytes.size() > settings.max_file_bytes && !errors.contains(file.field)) {
            errors[file.field] = Message{ "file.too_large",
                std::to_string(settings.max_file_bytes >> 20) + " MB" };
        }
    }
    if (total > settings.max_request_files_bytes && !errors.contains("_request")) {
        errors["_request"] = Message{ "files.too_large_total",
            std::to_string(settings.max_request_files_bytes >> 20) + " MB" };
    }
}

std::string body_digest(const SubmitInput& input)
{
    nlohmann::json body = { { "service", input.service }, { "kind", input.kind },
        { "values", input.values }, { "files", nlohmann::json::array() } };
    for (const FilePart& file : input.files)
        body["files"].push_back({ file.field, domain::sha256_hex(file.bytes) });
    return domain::sha256_hex(body.dump());
}

// Sniffs each file and applies the upload policy; errors name the file's field.
// Returns the accepted content type per file, in order.
std::vector<std::string> check_uploads(App& app, const std::vector<catalog::Field>* fields,
    const std::vector<FilePart>& files, std::map<std::string, Message>& errors)
{
    std::vector<std::string> types;
    for (const FilePart& file : files) {
        std::vector<std::string> accepted;
        if (fields != nullptr) {
            if (const catalog::Field* field = find_field(*fields, file.field))
                accepted = field->accept;
        }
        auto verdict = domain::check_upload(
            file.filename, app.sniffer.mime_type(file.bytes), file.bytes.size(), accepted);
        if (!verdict.display_name && !errors.contains(file.field))
            errors[file.field] = verdict.error;
        types.push_back(verdict.content_type);
    }
    return types;
}

std::vector<store::NewAttachment> store_files(
    App& app, const std::vector<FilePart>& files, const std::vector<std::string>& types)
{
    std::vector<store::NewAttachment> stored;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const FilePart& file = files[i];
        store::NewAttachment attachment;
        attachment.field = file.field;
        attachment.original_name = domain::clean_display_name(file.filename);
        attachment.content_type = i < types.size() ? types[i] : "application/octet-stream";
        attachment.size = static_cast<std::int64_t>(file.bytes.size());
        attachment.sha256 = app.files.put(file.bytes);
        stored.push_back(std::move(attachment));
    }
    return stored;
}

std::map<std::string, std::string> warning_keys(const std::map<std::string, Message>& warnings)
{
    std::map<std::string, std::string> keys;
    for (const auto& [field, message] : warnings)
        keys[field] = message.key;
    return keys;
}

} // namespace

SubmitOutcome submit_request(App& app, const SubmitInput& input)
{
    SubmitOutcome outcome;
    const catalog::Service* service = app.catalog.find_service(input.service);
    if (service == nullptr) {
        outcome.result = SubmitOutcome::Result::UnknownService;
        return outcome;
    }
    const catalog::Kind* kind = service->find_kind(input.kind);
    if (!service->kinds.empty() && kind == nullptr) {
        outcome.result = SubmitOutcome::Result::UnknownService;
        return outcome;
    }
    if (service->kinds.empty() && !input.kind.empty()) {
        outcome.result = SubmitOutcome::Result::UnknownService;
        return outcome;
    }

    const auto& fields = catalog::form_fields(*service, kind);
    domain::FormInput form;
    form.values = input.values;
    for (const FilePart& file : input.files) {
        const catalog::Field* field = find_field(fields, file.field);
        if (field == nullptr || field->type != catalog::FieldType::File) {
            outcome.errors[file.field] = Message{ "field.unknown", {} };
            continue;
        }
        form.files[file.field].push_back(domain::UploadInfo{ file.filename, file.bytes.size() });
    }
    const domain::Date today
        = domain::office_date(app.clock.now(), app.catalog.office.utc_offset_minutes);
    domain::FormCheck check = domain::check_form(app.catalog, fields, form, today);
    outcome.errors.insert(check.errors.begin(), check.errors.end());
    check_file_sizes(app.settings, input.files, outcome.errors);
    const auto types = check_uploads(app, &fields, input.files, outcome.errors);
    outcome.warnings = check.warnings;
    if (!outcome.errors.empty()) {
        outcome.result = SubmitOutcome::Result::Invalid;
        return outcome;
    }

    const std::string code
        = domain::tracking_code(app.settings.server_secret, input.idempotency_key);
    const domain::TimePoint now = app.clock.now();
    store::NewRequest request;
    request.prefix = app.catalog.office.request_prefix;
    request.year = domain::office_date(now, app.catalog.office.utc_offset_minutes).year;
    request.service = service->id;
    request.kind = kind ? kind->id : std::string();
    request.procedure = &catalog::form_procedure(*service, kind);
    request.fields = check.values;
    request.warnings = warning_keys(check.warnings);
    request.requester_name = value_or_empty(check.values, kNameField);
    request.requester_email = value_or_empty(check.values, kEmailField);
    request.requester_agency = value_or_empty(check.values, kAgencyField);
    request.title = value_or_empty(check.values, kTitleField);
    if (request.title.empty())
        request.title = service->name + (kind ? " — " + kind->name : std::string());
    request.tracking_hash = domain::sha256_hex(code);
    if (!input.idempotency_key.empty()) {
        request.idempotency_hash = domain::sha256_hex("idempotency:" + input.idempotency_key);
        request.body_hash = body_digest(input);
    }
    request.attachments = store_files(app, input.files, types);
    request.now = now;
    request.remote = input.remote;
    request.notifications = [&](const std::string& number) {
        SubmittedNotice notice;
        notice.number = number;
        notice.tracking_link = "/lacak/" + number + "?kode=" + code;
        notice.service = service;
        notice.procedure = request.procedure;
        notice.requester_name = request.requester_name;
        notice.requester_email = request.requester_email;
        notice.title = request.title;
        return submission_notices(app, notice);
    };

    store::Created created = app.requests.create(request);
    if (created.key_conflict) {
        outcome.result = SubmitOutcome::Result::KeyConflict;
        outcome.errors["_request"] = Message{ "idempotency.conflict", {} };
        return outcome;
    }
    outcome.result
        = created.replayed ? SubmitOutcome::Result::Replayed : SubmitOutcome::Result::Created;
    app.wake_notifier();
    outcome.number = created.number;
    outcome.tracking_code = code;
    spdlog::info("request submitted number={} service={} kind={} replayed={}", created.number,
        request.service, request.kind, created.replayed);
    return outcome;
}

std::optional<store::StoredRequest> find_for_requester(
    App& app, const std::string& number, const std::string& code)
{
    if (number.empty() || code.empty() || number.size() > 64 || code.size() > 64)
        return std::nullopt;
    auto request = app.requests.find(number);
    const std::string presented = domain::sha256_hex(code);
    if (!request)
        return std::nullopt;
    const bool first = domain::equal_in_constant_time(presented, request->tracking_hash);
    const bool extra = !request->extra_tracking_hash.empty()
        && domain::equal_in_constant_time(presented, request->extra_tracking_hash);
    if (!first && !extra)
        return std::nullopt;
    return request;
}

int staff_refusal_status(domain::Refusal refusal)
{
    switch (refusal) {
    case domain::Refusal::NotYourMove:
        return 403;
    case domain::Refusal::InvalidInput:
        return 422;
    case domain::Refusal::NotNow:
        break;
    }
    return 409;
}

bool staff_sees_identity(const store::User& user, const store::StoredRequest& request)
{
    // The role that verifies the requester is the procedure's first staff step
    // (the verifikator, the help desk, the Sanapati officers): identity data is
    // for it alone, as the forms' privacy notices promise.
    const domain::RequestState first = domain::initial_state(*request.procedure);
    return user.roles.contains(request.procedure->steps.at(first.step).staff_role());
}

bool staff_sees_attachment(App& app, const store::User& user, const store::StoredRequest& request,
    const store::Attachment& file)
{
    if (!staff_sees_identity(user, request)) {
        const auto* fields = request_fields(app, request);
        if (fields == nullptr)
            return false;
        for (const catalog::Field& field : *fields) {
            if (field.name == file.field && is_identity_field(field))
                return false;
        }
    }
    return desk_shows_attachment(app, user, request, file);
}

bool named_for_role(
    const store::User& user, const store::StoredRequest& request, const std::string& role)
{
    if (!user.roles.contains(role))
        return false;
    auto named = request.state.assignees.find(role);
    if (named == request.state.assignees.end() || named->second.empty())
        return true;
    return std::ranges::find(named->second, user.id) != named->second.end();
}

bool staff_may_view(const store::User& user, const store::StoredRequest& request)
{
    if (user.roles.contains("kepala-bidang"))
        return true;
    for (const catalog::Step& step : request.procedure->steps) {
        if (user.roles.contains(step.staff_role()))
            return true;
    }
    return false;
}

std::string mask_identity(const std::string& digits)
{
    if (digits.size() <= 8)
        return std::string(digits.size(), '*');
    return digits.substr(0, 4) + std::string(digits.size() - 8, '*')
        + digits.substr(digits.size() - 4);
}

bool is_identity_field(const catalog::Field& field)
{
    return field.type == catalog::FieldType::Nik || field.type == catalog::FieldType::Nip
        || (field.type == catalog::FieldType::File && field.identity_document);
}

const std::vector<catalog::Field>* request_fields(
    const App& app, const store::StoredRequest& request)
{
    const catalog::Service* service = app.catalog.find_service(request.service);
    if (service == nullptr)
        return nullptr;
    return &catalog::form_fields(*service, service->find_kind(request.kind));
}

MoveOutcome move_request(App& app, const store::StoredRequest& request, const MoveInput& input)
{
    MoveOutcome outcome;
    domain::MoveCommand command = input.command;
    for (domain::UserId id : input.assignee_ids) {
        auto user = app.users.find(id);
        if (user && !user->disabled)
            command.assignees[id] = user->roles;
        else
            command.assignees[id] = {};
    }
    domain::GateResult gate
        = domain::check_move(app.catalog, *request.procedure, request.state, input.actor, command);
    if (!gate.allowed()) {
        outcome.refusal = gate.refusal;
        outcome.reason = gate.reason;
        spdlog::info("move refused number={} action={} actor_user={} reason={}", request.number,
            domain::to_string(command.action), input.actor.user_id, gate.reason.key);
        return outcome;
    }
    if (auto refused = desk_check_move(app, request, input.actor, *gate.transition)) {
        outcome.refusal = refused->refusal;
        outcome.reason = refused->reason;
        spdlog::info("move refused by the desk number={} action={} actor_user={} reason={}",
            request.number, domain::to_string(command.action), input.actor.user_id,
            refused->reason.key);
        return outcome;
    }

    std::map<std::string, Message> file_errors;
    check_file_sizes(app.settings, input.files, file_errors);
    const auto types = check_uploads(app, nullptr, input.files, file_errors);
    if (!file_errors.empty()) {
        outcome.refusal = domain::Refusal::InvalidInput;
        outcome.reason = file_errors.begin()->second;
        return outcome;
    }
    std::vector<store::NewAttachment> files = store_files(app, input.files, types);
    store::MoveAuthor author;
    author.kind = input.actor.kind == domain::Actor::Kind::Staff ? "staf"
        : input.actor.kind == domain::Actor::Kind::Agency        ? "instansi"
                                                                 : "pemohon";
    author.user = input.actor.user_id;
    author.remote = input.remote;
    const auto notices = move_notices(app, request, *gate.transition);
    if (!app.requests.apply(
            request, *gate.transition, author, files, notices, app.clock.now(), input.desk_write)) {
        outcome.result = MoveOutcome::Result::Raced;
        outcome.refusal = domain::Refusal::NotNow;
        outcome.reason = Message{ "move.raced", {} };
        return outcome;
    }
    spdlog::info("request moved number={} action={} actor_user={} from_step={} to_step={} "
                 "status={}",
        request.number, domain::to_string(command.action), input.actor.user_id,
        gate.transition->from_step, gate.transition->to_step,
        domain::to_string(gate.transition->to_status));
    outcome.result = MoveOutcome::Result::Done;
    app.wake_notifier();
    return outcome;
}

} // namespace lapis::web
