// The telephone desk (docs/desk-telecom.md): a ticket's location and extension and
// the team's test of the repair on the request pages, and the operator's pages —
// the extension directory (CSV import, search) and the log of connected calls.
// Roles come from the catalog: the team is the staff role of the procedure's last
// step (Prosedur langkah 6, pengujian), the operator the role acting in the
// procedure that is shown but not filed (Prosedur Penyambungan Telepon).
#include <algorithm>
#include <chrono>

#include <spdlog/spdlog.h>

#include "domain/contact.hpp"
#include "domain/telecom.hpp"
#include "domain/tokens.hpp"
#include "store/telecom.hpp"
#include "web/desk.hpp"
#include "web/desk_forms.hpp"
#include "web/desks.hpp"
#include "web/handlers.hpp"
#include "web/pages.hpp"

namespace lapis::web {
namespace {

using nlohmann::json;
namespace telecom = domain::telecom;

constexpr std::size_t kMaxCsvBytes = 2 * 1024 * 1024;

bool is_telecom(const App& app, const std::string& service_id)
{
    const catalog::Service* service = app.catalog.find_service(service_id);
    return service != nullptr && service->desk == catalog::Desk::Telecom;
}

// The operator's roles, over every service the telephone desk serves.
bool is_operator(const App& app, const store::User& user)
{
    for (const catalog::Service& service : app.catalog.services) {
        if (service.desk != catalog::Desk::Telecom)
            continue;
        for (const std::string& role : telecom::operator_roles(service)) {
            if (user.roles.contains(role))
                return true;
        }
    }
    return false;
}

const std::string& test_role(const store::StoredRequest& request)
{
    return request.procedure->steps.at(telecom::test_step(*request.procedure)).staff_role();
}

// The team records the test; when the head of division named members of that role,
// only they do (Prosedur langkah 2).
bool may_record_test(const store::User& user, const store::StoredRequest& request)
{
    return named_for_role(user, request, test_role(request));
}

// Staff acting somewhere in the ticket's procedure may confirm its location.
bool may_record_ticket(const store::User& user, const store::StoredRequest& request)
{
    return std::ranges::any_of(request.procedure->steps, [&](const catalog::Step& step) {
        return !step.staff_role().empty() && user.roles.contains(step.staff_role());
    });
}

// What the form said, when the desk has not recorded anything yet.
telecom::TicketInput ticket_from_form(const store::StoredRequest& request)
{
    auto value = [&](const char* name) {
        auto found = request.fields.find(name);
        return found == request.fields.end() ? std::string() : found->second;
    };
    std::string location = value("gedung");
    if (!value("ruang").empty())
        location += location.empty() ? value("ruang") : ", " + value("ruang");
    return { location, value("nomor_extension") };
}

std::string user_name(App& app, std::int64_t id)
{
    auto user = app.users.find(id);
    return user ? user->name : "#" + std::to_string(id);
}

json tests_model(Context& context, const std::vector<store::TelecomTest>& tests, bool staff)
{
    json rows = json::array();
    const int offset = context.app.catalog.office.utc_offset_minutes;
    for (const store::TelecomTest& test : tests) {
        json row = { { "passed", test.test.passed },
            { "date", domain::display_date(test.test.date) }, { "note", test.test.note } };
        if (staff) {
            row["recorded_by"] = user_name(context.app, test.recorded_by);
            row["at"] = domain::to_office_display(test.recorded_at, offset);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

json assignees_model(Context& context, const store::StoredRequest& request)
{
    json names = json::array();
    for (const auto& [role, ids] : request.state.assignees) {
        for (domain::UserId id : ids)
            names.push_back({ { "name", user_name(context.app, id) } });
    }
    return names;
}

void show_refused_form(json& model, const telecom::TicketInput& ticket, const std::string& today)
{
    model["v_lokasi"] = ticket.location;
    model["v_ekstensi"] = ticket.extension;
    model["v_tanggal_uji"] = today;
    model["result_failed"] = false;
    if (refused_desk_form() == nullptr)
        return;
    show_refused_desk_form(model);
    model["result_failed"] = model.value("v_hasil", "") == "gagal";
}

Response refused(Context& context, Request& request,
    const std::vector<std::pair<std::string, domain::Message>>& errors, json values)
{
    std::vector<std::pair<std::string, std::string>> shown;
    for (const auto& [field, message] : errors)
        shown.emplace_back(field, domain::render(message, context.lang));
    return refused_desk_form(context, request, shown, std::move(values));
}

std::optional<store::StoredRequest> staff_request_of(Context& context, Request& request)
{
    auto stored = context.app.requests.find(request.param("number"));
    if (!stored || !staff_may_view(*context.user, *stored)
        || !is_telecom(context.app, stored->service))
        return std::nullopt;
    return stored;
}

// The UTC instant of an office-time moment.
domain::TimePoint from_office(const domain::Date& date, int hour, int minute, int offset)
{
    const std::chrono::sys_days day = std::chrono::year{ date.year }
        / std::chrono::month{ static_cast<unsigned>(date.month) }
        / std::chrono::day{ static_cast<unsigned>(date.day) };
    return std::chrono::time_point_cast<domain::TimePoint::duration>(day + std::chrono::hours(hour)
        + std::chrono::minutes(minute) - std::chrono::minutes(offset));
}

Response forbidden(Context& context)
{
    return message_page(context, 403, "move.refused_title", "telecom.not_your_role");
}

} // namespace

std::string telecom_panel(Context& context, const DeskView& view)
{
    const store::StoredRequest& request = view.request;
    store::TelecomStore store(context.app.database);
    const auto recorded = store.ticket(request.id);
    const telecom::TicketInput ticket = recorded
        ? telecom::TicketInput{ recorded->location, recorded->extension }
        : ticket_from_form(request);
    const bool staff = view.audience == DeskAudience::Staff;
    json model = { { "number", request.number }, { "csrf", context.csrf_token },
        { "location", ticket.location }, { "extension", ticket.extension },
        { "confirmed", recorded.has_value() },
        { "tests", tests_model(context, store.tests(request.id), staff) },
        { "assignees", assignees_model(context, request) } };
    if (!staff)
        return context.app.renderer.render("desk_telecom_public.tpl", model);
    const bool running = request.state.status == domain::Status::Berjalan;
    model["ticket_form"] = running && may_record_ticket(*context.user, request);
    model["test_form"] = running && request.state.step == telecom::test_step(*request.procedure)
        && may_record_test(*context.user, request);
    show_refused_form(model, ticket, domain::iso_date(office_today(context.app)));
    return context.app.renderer.render("desk_telecom_staff.tpl", model);
}

std::optional<DeskRefusal> telecom_move_check(App& app, const store::StoredRequest& request,
    const domain::Actor&, const domain::Transition& transition)
{
    // Closing: the procedure's last step (the test) completed.
    const bool closing = transition.action == domain::Action::Complete
        && transition.to_status == domain::Status::Selesai
        && transition.from_step == telecom::test_step(*request.procedure);
    if (!closing)
        return std::nullopt;
    const auto tests = store::TelecomStore(app.database).tests(request.id);
    if (tests.empty())
        return DeskRefusal{ domain::Refusal::InvalidInput, { "telecom.test.missing", {} } };
    if (!tests.back().test.passed)
        return DeskRefusal{ domain::Refusal::InvalidInput, { "telecom.test.failed_last", {} } };
    return std::nullopt;
}

Response telecom_ticket(Context& context, Request& request)
{
    auto stored = staff_request_of(context, request);
    if (!stored)
        return not_found_page(context);
    if (!may_record_ticket(*context.user, *stored))
        return forbidden(context);
    if (stored->state.status != domain::Status::Berjalan)
        return message_page(context, 409, "move.refused_title", "telecom.not_running");
    FormData& form = request.form();
    const telecom::TicketInput input{ form.value("lokasi"), form.value("ekstensi") };
    auto errors = telecom::check_ticket(input);
    if (!errors.empty()) {
        return refused(context, request, errors,
            { { "lokasi", input.location }, { "ekstensi", input.extension } });
    }
    store::TelecomTicket ticket{ std::string(domain::trim_whitespace(input.location)),
        std::string(domain::trim_whitespace(input.extension)), context.user->id,
        context.app.clock.now() };
    const std::string note = "Lokasi: " + ticket.location
        + (ticket.extension.empty() ? std::string() : "; ekstensi " + ticket.extension);
    store::TelecomStore(context.app.database)
        .record_ticket(stored->id, ticket,
            staff_desk_event(*context.user, "telecom.event.ticket", note, true,
                { { "location", ticket.location }, { "extension", ticket.extension } }));
    spdlog::info("telecom ticket number={} user={}", stored->number, context.user->id);
    return redirect("/staf/permohonan/" + stored->number + "?ok=1");
}

Response telecom_test(Context& context, Request& request)
{
    auto stored = staff_request_of(context, request);
    if (!stored)
        return not_found_page(context);
    if (!may_record_test(*context.user, *stored)) {
        return message_page(context, 403, "move.refused_title",
            context.user->roles.contains(test_role(*stored)) ? "telecom.not_assigned"
                                                             : "telecom.not_your_role");
    }
    if (stored->state.status != domain::Status::Berjalan
        || stored->state.step != telecom::test_step(*stored->procedure))
        return message_page(context, 409, "move.refused_title", "telecom.test.not_now");
    FormData& form = request.form();
    const telecom::TestInput input{ form.value("hasil"), form.value("catatan_uji"),
        form.value("tanggal_uji") };
    auto checked = telecom::check_test(input, office_today(context.app));
    if (!checked.test) {
        return refused(context, request, checked.errors,
            { { "hasil", input.result }, { "catatan_uji", input.note },
                { "tanggal_uji", input.date } });
    }
    store::TelecomTest test{ 0, *checked.test, context.user->id, context.app.clock.now() };
    std::string note = std::string(test.test.passed ? "Lulus" : "Gagal") + ", diuji "
        + domain::display_date(test.test.date);
    if (!test.test.note.empty())
        note += ": " + test.test.note;
    store::TelecomStore(context.app.database)
        .record_test(stored->id, test,
            staff_desk_event(*context.user,
                test.test.passed ? "telecom.event.test_passed" : "telecom.event.test_failed", note,
                true, { { "passed", test.test.passed } }));
    spdlog::info("telecom test number={} passed={} user={}", stored->number, test.test.passed,
        context.user->id);
    return redirect("/staf/permohonan/" + stored->number + "?ok=1");
}

namespace {

json directory_rows(const std::vector<telecom::DirectoryEntry>& entries, const std::string& query)
{
    json rows = json::array();
    for (const telecom::DirectoryEntry& entry : entries) {
        if (!telecom::directory_matches(entry, query))
            continue;
        rows.push_back({ { "extension", entry.extension }, { "name", entry.name },
            { "unit", entry.unit }, { "location", entry.location } });
    }
    return rows;
}

Response directory_page(Context& context, const std::string& query, json extra, int status)
{
    const auto entries = store::TelecomStore(context.app.database).directory();
    json model = { { "query", query }, { "rows", directory_rows(entries, query) },
        { "total", entries.size() } };
    model.update(extra);
    Response response
        = page(context, "desk_telecom_directory.tpl", "Direktori Ekstensi", model, status);
    response.header("Cache-Control", "no-store");
    return response;
}

} // namespace

Response telecom_directory(Context& context, Request& request)
{
    if (!is_operator(context.app, *context.user))
        return forbidden(context);
    json extra = json::object();
    const std::string imported = request.query_value("impor");
    if (!imported.empty() && imported.size() < 8
        && std::ranges::all_of(imported, [](char c) { return c >= '0' && c <= '9'; }))
        extra["imported"] = domain::render({ "telecom.csv.imported", imported }, context.lang);
    const std::string query = request.query_value("q");
    return directory_page(context, query.size() > 200 ? query.substr(0, 200) : query, extra, 200);
}

Response telecom_directory_import(Context& context, Request& request)
{
    if (!is_operator(context.app, *context.user))
        return forbidden(context);
    FormData& form = request.form();
    const FilePart* file = nullptr;
    for (const FilePart& part : form.files) {
        if (part.field == "berkas")
            file = &part;
    }
    auto refuse = [&](json errors) {
        return directory_page(context, "",
            { { "import_errors", std::move(errors) },
                { "import_refused", domain::text("telecom.csv.refused", context.lang) } },
            422);
    };
    if (file == nullptr || file->bytes.empty())
        return refuse(json::array({ { { "text", domain::text("telecom.csv.no_file") } } }));
    if (file->bytes.size() > kMaxCsvBytes)
        return refuse(
            json::array({ { { "text", domain::render({ "file.too_large", "2 MB" }) } } }));

    const telecom::DirectoryImport result = telecom::parse_directory(file->bytes);
    if (!result.errors.empty()) {
        json errors = json::array();
        for (const telecom::LineError& error : result.errors) {
            std::string text = domain::render(error.message, context.lang);
            if (error.line > 0)
                text = domain::render(
                           { "telecom.csv.line", std::to_string(error.line) }, context.lang)
                    + ": " + text;
            errors.push_back({ { "line", error.line }, { "text", text } });
        }
        spdlog::info("telecom directory import refused user={} errors={}", context.user->id,
            result.errors.size());
        return refuse(errors);
    }
    store::TelecomStore(context.app.database).replace_directory(result.entries);
    spdlog::info(
        "telecom directory imported user={} rows={}", context.user->id, result.entries.size());
    context.app.audit.record(
        { "staf", context.user->id, request.remote, "telecom.directory.import", "telecom:directory",
            json({ { "rows", result.entries.size() },
                     { "sha256", domain::sha256_hex(file->bytes) } })
                .dump() },
        context.app.clock.now());
    return redirect("/staf/telepon/direktori?impor=" + std::to_string(result.entries.size()));
}

namespace {

std::string clock_text(domain::TimePoint time, int offset)
{
    const auto local = time + std::chrono::minutes(offset);
    const auto day = std::chrono::floor<std::chrono::days>(local);
    const std::chrono::hh_mm_ss parts(
        std::chrono::duration_cast<std::chrono::minutes>(local - day));
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02d.%02d", static_cast<int>(parts.hours().count()),
        static_cast<int>(parts.minutes().count()));
    return buffer;
}

std::string datetime_local_now(const App& app)
{
    const int offset = app.catalog.office.utc_offset_minutes;
    const domain::Date today = office_today(app);
    std::string text = clock_text(app.clock.now(), offset);
    text[2] = ':';
    return domain::iso_date(today) + "T" + text;
}

Response calls_page(Context& context, const domain::Date& day, json extra, int status)
{
    const int offset = context.app.catalog.office.utc_offset_minutes;
    const domain::TimePoint from = from_office(day, 0, 0, offset);
    const auto calls = store::TelecomStore(context.app.database)
                           .calls_between(from, from + std::chrono::days(1));
    json rows = json::array();
    for (const store::TelecomCall& call : calls) {
        rows.push_back({ { "time", clock_text(call.called_at, offset) }, { "caller", call.caller },
            { "requested", call.requested }, { "connected", call.connected }, { "note", call.note },
            { "operator", user_name(context.app, call.recorded_by) } });
    }
    const std::chrono::sys_days this_day = std::chrono::year{ day.year }
        / std::chrono::month{ static_cast<unsigned>(day.month) }
        / std::chrono::day{ static_cast<unsigned>(day.day) };
    auto iso = [](std::chrono::sys_days value) {
        const std::chrono::year_month_day ymd(value);
        return domain::iso_date(
            { static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                static_cast<int>(static_cast<unsigned>(ymd.day())) });
    };
    json model = { { "day", domain::iso_date(day) }, { "day_label", domain::display_date(day) },
        { "calls", rows }, { "count", calls.size() },
        { "connected_count",
            std::ranges::count_if(calls, [](const auto& call) { return call.connected; }) },
        { "previous", iso(this_day - std::chrono::days(1)) },
        { "next", iso(this_day + std::chrono::days(1)) },
        { "v_waktu", datetime_local_now(context.app) }, { "connected_yes", true } };
    model.update(extra);
    Response response = page(context, "desk_telecom_calls.tpl", "Log Panggilan", model, status);
    response.header("Cache-Control", "no-store");
    return response;
}

} // namespace

void telecom_tools(const App& app, const store::User& user, std::vector<DeskTool>& tools)
{
    if (!is_operator(app, user))
        return;
    tools.push_back({ "/staf/telepon/direktori", "tools.telephone_directory" });
    tools.push_back({ "/staf/telepon/panggilan", "tools.telephone_calls" });
}

Response telecom_calls(Context& context, Request& request)
{
    if (!is_operator(context.app, *context.user))
        return forbidden(context);
    domain::Date day = office_today(context.app);
    const std::string wanted = request.query_value("tanggal");
    if (!wanted.empty()) {
        auto parsed = domain::parse_iso_date(wanted);
        if (!parsed)
            return message_page(context, 422, "move.refused_title", "date.invalid");
        day = *parsed;
    }
    return calls_page(context, day, json::object(), 200);
}

Response telecom_call_add(Context& context, Request& request)
{
    if (!is_operator(context.app, *context.user))
        return forbidden(context);
    FormData& form = request.form();
    const telecom::CallInput input{ form.value("penelepon"), form.value("tujuan"),
        form.value("waktu"), form.value("tersambung"), form.value("catatan") };
    auto checked = telecom::check_call(input, office_today(context.app));
    if (!checked.call) {
        json extra = { { "v_penelepon", input.caller }, { "v_tujuan", input.requested },
            { "v_waktu", input.at }, { "v_catatan", input.note },
            { "connected_yes", input.connected != "tidak" },
            { "connected_no", input.connected == "tidak" } };
        json errors = json::array();
        for (const auto& [field, message] : checked.errors) {
            const std::string text = domain::render(message, context.lang);
            extra["error_" + field] = text;
            errors.push_back({ { "text", text } });
        }
        extra["refused_errors"] = errors;
        return calls_page(context, office_today(context.app), extra, 422);
    }
    const telecom::CallRecord& call = *checked.call;
    const int offset = context.app.catalog.office.utc_offset_minutes;
    store::TelecomCall record;
    record.called_at = from_office(call.at.date, call.at.hour, call.at.minute, offset);
    record.caller = call.caller;
    record.requested = call.requested;
    record.connected = call.connected;
    record.note = call.note;
    record.recorded_by = context.user->id;
    record.recorded_at = context.app.clock.now();
    const auto id = store::TelecomStore(context.app.database).add_call(record);
    spdlog::info(
        "telecom call logged id={} connected={} user={}", id, call.connected, context.user->id);
    return redirect("/staf/telepon/panggilan?tanggal=" + domain::iso_date(call.at.date));
}

// Live filtering of the directory table as the operator types. The page works
// without it: the search form is a plain GET.
Response telecom_directory_script(Context&, Request&)
{
    static constexpr std::string_view kScript = R"JS(
(function () {
  "use strict";
  var input = document.getElementById("cari-ekstensi");
  var table = document.getElementById("direktori");
  if (!input || !table) return;
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  function filter() {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    rows.forEach(function (row) {
      var text = row.textContent.toLowerCase();
      var shown = words.every(function (word) { return text.indexOf(word) !== -1; });
      row.hidden = !shown;
    });
  }
  input.addEventListener("input", filter);
})();
)JS";
    Response response;
    response.body = std::string(kScript);
    response.header("Content-Type", "text/javascript; charset=utf-8");
    response.header("Cache-Control", "public, max-age=86400");
    return response;
}

} // namespace lapis::web
