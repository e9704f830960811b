// The literacy desk (Literasi Keamanan Informasi). For a speaker or training
// request the literacy team confirms the session — date, times, place, speakers
// from the team — which the requester sees on the tracking page; the team lists
// its upcoming sessions and is warned when a speaker is booked twice. The team
// also writes articles in Markdown, rendered once when saved (domain/
// markdown.hpp) and published on the portal at /literasi, marked TLP:CLEAR.
// The request form's fields `tanggal`, `tempat` and `jenis_kegiatan` (with the
// option `publikasi` for material without a session) are the desk's
// conventions (docs/desk-literacy.md).
#include <algorithm>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "domain/certificate.hpp"
#include "domain/incident.hpp"
#include "domain/literacy.hpp"
#include "domain/markdown.hpp"
#include "store/literacy.hpp"
#include "web/desk.hpp"
#include "web/desks.hpp"
#include "web/handlers.hpp"
#include "web/pages.hpp"

namespace lapis::web {
namespace {

using nlohmann::json;

constexpr const char* kTeamRole = "tim-literasi";
constexpr const char* kHeadRole = "kepala-bidang";
constexpr const char* kKindField = "jenis_kegiatan";
constexpr const char* kPublicationKind = "publikasi";
constexpr const char* kDateField = "tanggal";
constexpr const char* kTopicField = "topik";
constexpr const char* kPlaceField = "tempat";
constexpr std::size_t kSummaryLimit = 500;
constexpr std::size_t kNoteLimit = 2000;

std::string field_or_empty(const store::StoredRequest& request, const char* name)
{
    auto found = request.fields.find(name);
    return found == request.fields.end() ? std::string() : found->second;
}

bool literacy_desk(const App& app, const store::StoredRequest& request)
{
    const catalog::Service* service = app.catalog.find_service(request.service);
    return service != nullptr && service->desk == catalog::Desk::Literacy;
}

bool has_session(const store::StoredRequest& request)
{
    return field_or_empty(request, kKindField) != kPublicationKind;
}

// A team member may schedule: holds the role, and is among those the head of
// division named for this request when any were named.
bool team_member(const store::User& user, const store::StoredRequest& request)
{
    return named_for_role(user, request, kTeamRole);
}

bool writes_articles(const store::User& user)
{
    return user.roles.contains(kTeamRole);
}

// The schedule of sessions: the team and the head of division who assigns it.
bool reads_schedule(const store::User& user)
{
    return user.roles.contains(kTeamRole) || user.roles.contains(kHeadRole);
}

// "09.00" in office time.
std::string clock_text(domain::TimePoint time, int offset)
{
    std::string text = domain::to_rfc3339(time, offset).substr(11, 5);
    text[2] = '.';
    return text;
}

std::string date_text(domain::TimePoint time, int offset)
{
    const domain::Date date = domain::office_date(time, offset);
    return domain::display_date(date);
}

// "15 Februari 2027, 09.00–11.00 WIB"
std::string when_text(domain::TimePoint starts, domain::TimePoint ends, int offset)
{
    return date_text(starts, offset) + ", " + clock_text(starts, offset) + "–"
        + clock_text(ends, offset) + " " + domain::zone_abbreviation(offset);
}

std::string joined(const std::vector<std::string>& names)
{
    std::string text;
    for (const std::string& name : names)
        text += (text.empty() ? "" : ", ") + name;
    return text;
}

json clash_rows(const std::vector<store::SessionClash>& clashes, int offset)
{
    json rows = json::array();
    for (const store::SessionClash& clash : clashes) {
        rows.push_back({ { "number", clash.number }, { "speaker", clash.speaker_name },
            { "when", when_text(clash.starts_at, clash.ends_at, offset) } });
    }
    return rows;
}

struct ScheduleForm {
    std::string date;
    std::string starts;
    std::string ends;
    std::string place;
    std::string note;
    std::vector<std::int64_t> speakers;
    std::map<std::string, domain::Message> errors;
};

ScheduleForm form_defaults(const store::StoredRequest& request,
    const std::optional<store::LiteracySession>& session, int offset)
{
    ScheduleForm form;
    if (session) {
        form.date = domain::iso_date(domain::office_date(session->starts_at, offset));
        form.starts = domain::to_rfc3339(session->starts_at, offset).substr(11, 5);
        form.ends = domain::to_rfc3339(session->ends_at, offset).substr(11, 5);
        form.place = session->place;
        form.note = session->note;
        form.speakers = session->speakers;
    } else {
        form.date = field_or_empty(request, kDateField);
        form.place = field_or_empty(request, kPlaceField);
    }
    return form;
}

json staff_form_model(
    Context& context, const store::StoredRequest& request, const ScheduleForm& form)
{
    json speakers = json::array();
    for (const store::User& member : context.app.users.with_role(kTeamRole)) {
        const bool chosen = std::ranges::find(form.speakers, member.id) != form.speakers.end();
        speakers.push_back({ { "id", member.id }, { "name", member.name }, { "chosen", chosen } });
    }
    json model = { { "number", request.number }, { "csrf", context.csrf_token },
        { "date", form.date }, { "starts", form.starts }, { "ends", form.ends },
        { "place", form.place }, { "note", form.note }, { "speakers", speakers } };
    for (const auto& [field, message] : form.errors)
        model["error_" + field] = domain::render(message, context.lang);
    model["has_errors"] = !form.errors.empty();
    return model;
}

json panel_model(
    Context& context, const store::StoredRequest& request, bool staff, const ScheduleForm* typed)
{
    const int offset = context.app.catalog.office.utc_offset_minutes;
    store::LiteracyStore literacy(context.app.database);
    const auto session = literacy.session(request.id);
    json model = { { "number", request.number }, { "has_session", has_session(request) } };
    if (session) {
        json shown = { { "when", when_text(session->starts_at, session->ends_at, offset) },
            { "place", session->place }, { "speakers", joined(session->speaker_names) },
            { "note", session->note } };
        if (staff)
            shown["clashes"] = clash_rows(literacy.clashes(*session), offset);
        model["session"] = json::array({ shown });
    }
    model["unscheduled"] = !session && has_session(request);
    const bool open = !domain::is_finished(request.state.status);
    if (staff && open && has_session(request) && team_member(*context.user, request)) {
        const ScheduleForm form = typed ? *typed : form_defaults(request, session, offset);
        model["form"] = json::array({ staff_form_model(context, request, form) });
    }
    return model;
}

std::optional<std::int64_t> parse_id(const std::string& digits)
{
    if (digits.empty() || digits.size() > 18
        || !std::ranges::all_of(digits, [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return std::stoll(digits);
}

// --- articles ---------------------------------------------------------------

struct ArticleForm {
    std::string title;
    std::string slug;
    std::string summary;
    std::string body;
    std::map<std::string, domain::Message> errors;
};

ArticleForm read_article_form(Request& request)
{
    FormData& form = request.form();
    return { form.value("judul"), form.value("alamat"), form.value("ringkasan"), form.value("isi"),
        {} };
}

void check_article(ArticleForm& form)
{
    if (form.slug.empty())
        form.slug = domain::make_slug(form.title);
    if (auto problem = domain::check_article_title(form.title))
        form.errors["judul"] = *problem;
    if (auto problem = domain::check_slug(form.slug))
        form.errors["alamat"] = *problem;
    if (form.summary.size() > kSummaryLimit)
        form.errors["ringkasan"] = { "field.too_long", std::to_string(kSummaryLimit) };
    if (auto problem = domain::check_article_body(form.body))
        form.errors["isi"] = *problem;
}

Response article_editor(Context& context, const ArticleForm& form,
    const std::optional<store::Article>& article, int status)
{
    json model = { { "title", form.title }, { "slug", form.slug }, { "summary", form.summary },
        { "body", form.body }, { "csrf", context.csrf_token } };
    for (const auto& [field, message] : form.errors)
        model["error_" + field] = domain::render(message, context.lang);
    model["has_errors"] = !form.errors.empty();
    if (article) {
        model["existing"]
            = json::array({ { { "id", article->id }, { "published", article->published },
                { "slug", article->slug }, { "csrf", context.csrf_token } } });
        model["action"] = "/staf/literasi/artikel/" + std::to_string(article->id);
        model["preview"] = article->body_html;
    } else {
        model["existing"] = json::array();
        model["action"] = "/staf/literasi/artikel";
    }
    Response response = page(context, "literacy_article_edit.tpl",
        article ? "Ubah artikel" : "Artikel baru", model, status);
    response.header("Cache-Control", "no-store");
    return response;
}

store::Article article_from_form(const ArticleForm& form)
{
    store::Article article;
    article.title = form.title;
    article.slug = form.slug;
    article.summary = form.summary;
    article.body_markdown = form.body;
    // Rendered here, once: pages show the stored HTML.
    article.body_html = domain::render_markdown(form.body);
    return article;
}

} // namespace

std::string literacy_panel(Context& context, const DeskView& view)
{
    const bool staff = view.audience == DeskAudience::Staff;
    const json model = panel_model(context, view.request, staff, nullptr);
    if (!staff && !model.contains("session"))
        return {};
    return context.app.renderer.render(
        staff ? "desk_literacy_staff.tpl" : "desk_literacy_public.tpl", model);
}

Response literacy_schedule_save(Context& context, Request& request)
{
    auto stored = context.app.requests.find(request.param("number"));
    if (!stored || !staff_may_view(*context.user, *stored) || !literacy_desk(context.app, *stored))
        return not_found_page(context);
    if (!team_member(*context.user, *stored))
        return message_page(context, 403, "move.refused_title", "literacy.not_team");
    if (domain::is_finished(stored->state.status))
        return message_page(context, 409, "move.refused_title", "literacy.finished");
    if (!has_session(*stored))
        return message_page(context, 409, "move.refused_title", "literacy.no_session");

    FormData& data = request.form();
    ScheduleForm form{ data.value("tanggal"), data.value("mulai"), data.value("selesai"),
        data.value("tempat"), data.value("catatan"), {}, {} };
    std::set<std::int64_t> team;
    for (const store::User& member : context.app.users.with_role(kTeamRole))
        team.insert(member.id);
    auto [first, last] = data.values.equal_range("narasumber");
    for (auto it = first; it != last; ++it) {
        auto id = parse_id(it->second);
        if (!id || !team.contains(*id))
            form.errors["narasumber"] = { "literacy.speaker_unknown", {} };
        else if (std::ranges::find(form.speakers, *id) == form.speakers.end())
            form.speakers.push_back(*id);
    }
    const int offset = context.app.catalog.office.utc_offset_minutes;
    domain::SessionCheck check = domain::check_session(
        { form.date, form.starts, form.ends, form.place, form.speakers.size() }, offset);
    for (auto& [field, message] : check.errors)
        form.errors.try_emplace(field, message);
    if (form.note.size() > kNoteLimit)
        form.errors["catatan"] = { "field.too_long", std::to_string(kNoteLimit) };
    if (!form.errors.empty()) {
        const json model = panel_model(context, *stored, true, &form);
        return page(context, "desk_literacy_page.tpl", stored->number,
            { { "number", stored->number },
                { "panel", context.app.renderer.render("desk_literacy_staff.tpl", model) } },
            422);
    }

    store::LiteracyStore literacy(context.app.database);
    const bool rescheduled = literacy.session(stored->id).has_value();
    store::LiteracySession session;
    session.request_id = stored->id;
    session.starts_at = check.starts_at;
    session.ends_at = check.ends_at;
    session.place = form.place;
    session.note = form.note;
    session.speakers = form.speakers;
    session.recorded_by = context.user->id;
    const auto clashes = literacy.clashes(session);
    std::vector<std::string> names;
    for (std::int64_t id : form.speakers) {
        if (auto user = context.app.users.find(id))
            names.push_back(user->name);
    }
    store::DeskEvent event;
    event.event = rescheduled ? "literacy.event.rescheduled" : "literacy.event.scheduled";
    event.actor_kind = "staf";
    event.actor_user = context.user->id;
    event.note = when_text(session.starts_at, session.ends_at, offset) + ", " + session.place
        + "; narasumber: " + joined(names);
    event.public_note = true;
    event.detail = { { "starts_at", domain::to_utc_text(session.starts_at) },
        { "ends_at", domain::to_utc_text(session.ends_at) }, { "speakers", form.speakers },
        { "clashes", clashes.size() } };
    const auto now = context.app.clock.now();
    literacy.schedule(session, event, now);
    context.app.audit.record({ "staf", context.user->id, request.remote, "literacy.schedule",
                                 "request:" + stored->number, event.detail.dump() },
        now);
    return redirect("/staf/permohonan/" + stored->number + "?ok=1#jadwal");
}

Response literacy_schedule_list(Context& context, Request&)
{
    const store::User& user = *context.user;
    if (!reads_schedule(user))
        return not_found_page(context);
    const int offset = context.app.catalog.office.utc_offset_minutes;
    store::LiteracyStore literacy(context.app.database);
    json rows = json::array();
    for (const store::LiteracySession& session : literacy.upcoming(context.app.clock.now())) {
        const auto topic = session.fields.find(kTopicField);
        rows.push_back({ { "number", session.number },
            { "topic", topic == session.fields.end() ? session.topic : topic->second },
            { "when", when_text(session.starts_at, session.ends_at, offset) },
            { "place", session.place }, { "speakers", joined(session.speaker_names) },
            { "clashes", clash_rows(literacy.clashes(session), offset) } });
    }
    Response response = page(context, "literacy_schedule.tpl", "Jadwal kegiatan literasi",
        { { "sessions", rows }, { "writer", writes_articles(user) } });
    response.header("Cache-Control", "no-store");
    return response;
}

void literacy_tools(const App&, const store::User& user, std::vector<DeskTool>& tools)
{
    if (writes_articles(user))
        tools.push_back({ "/staf/literasi", "tools.literacy_articles" });
    if (reads_schedule(user))
        tools.push_back({ "/staf/literasi/jadwal", "tools.literacy_schedule" });
}

Response literacy_articles_staff(Context& context, Request& request)
{
    if (!writes_articles(*context.user))
        return not_found_page(context);
    const int offset = context.app.catalog.office.utc_offset_minutes;
    json rows = json::array();
    for (const store::Article& article :
        store::LiteracyStore(context.app.database).articles(false)) {
        rows.push_back({ { "id", article.id }, { "title", article.title }, { "slug", article.slug },
            { "published", article.published },
            { "updated", domain::to_office_display(article.updated_at, offset) } });
    }
    json model = { { "articles", rows } };
    if (request.query_value("ok") == "1")
        model["saved"] = true;
    Response response = page(context, "literacy_articles_staff.tpl", "Artikel literasi", model);
    response.header("Cache-Control", "no-store");
    return response;
}

Response literacy_article_new(Context& context, Request&)
{
    if (!writes_articles(*context.user))
        return not_found_page(context);
    return article_editor(context, {}, std::nullopt, 200);
}

Response literacy_article_create(Context& context, Request& request)
{
    if (!writes_articles(*context.user))
        return not_found_page(context);
    ArticleForm form = read_article_form(request);
    check_article(form);
    if (!form.errors.empty())
        return article_editor(context, form, std::nullopt, 422);
    store::Article article = article_from_form(form);
    const auto now = context.app.clock.now();
    article.created_by = article.updated_by = context.user->id;
    article.created_at = article.updated_at = now;
    auto id = store::LiteracyStore(context.app.database).add_article(article);
    if (!id) {
        form.errors["alamat"] = { "literacy.slug_taken", {} };
        return article_editor(context, form, std::nullopt, 422);
    }
    context.app.audit.record(
        { "staf", context.user->id, request.remote, "literacy.article.add",
            "article:" + std::to_string(*id), json({ { "slug", article.slug } }).dump() },
        now);
    return redirect("/staf/literasi/artikel/" + std::to_string(*id) + "?ok=1");
}

namespace {

// The article in the path, for a member of the literacy team; nullopt: 404.
std::optional<store::Article> editable_article(Context& context, const Request& request)
{
    if (!writes_articles(*context.user))
        return std::nullopt;
    auto id = parse_id(request.param("id"));
    if (!id)
        return std::nullopt;
    return store::LiteracyStore(context.app.database).article(*id);
}

} // namespace

Response literacy_article_edit(Context& context, Request& request)
{
    auto article = editable_article(context, request);
    if (!article)
        return not_found_page(context);
    ArticleForm form{ article->title, article->slug, article->summary, article->body_markdown, {} };
    Response response = article_editor(context, form, article, 200);
    return response;
}

Response literacy_article_update(Context& context, Request& request)
{
    auto existing = editable_article(context, request);
    if (!existing)
        return not_found_page(context);
    store::LiteracyStore literacy(context.app.database);
    ArticleForm form = read_article_form(request);
    check_article(form);
    if (!form.errors.empty())
        return article_editor(context, form, existing, 422);
    store::Article article = article_from_form(form);
    const auto now = context.app.clock.now();
    article.id = existing->id;
    article.updated_by = context.user->id;
    article.updated_at = now;
    if (!literacy.update_article(article)) {
        form.errors["alamat"] = { "literacy.slug_taken", {} };
        return article_editor(context, form, existing, 422);
    }
    context.app.audit.record(
        { "staf", context.user->id, request.remote, "literacy.article.edit",
            "article:" + std::to_string(article.id), json({ { "slug", article.slug } }).dump() },
        now);
    return redirect("/staf/literasi/artikel/" + std::to_string(article.id) + "?ok=1");
}

Response literacy_article_publish(Context& context, Request& request)
{
    auto existing = editable_article(context, request);
    if (!existing)
        return not_found_page(context);
    store::LiteracyStore literacy(context.app.database);
    const bool publish = request.form().value("terbit") == "1";
    const auto now = context.app.clock.now();
    literacy.set_published(existing->id, publish, context.user->id, now);
    context.app.audit.record(
        { "staf", context.user->id, request.remote,
            publish ? "literacy.article.publish" : "literacy.article.unpublish",
            "article:" + std::to_string(existing->id),
            json({ { "slug", existing->slug } }).dump() },
        now);
    return redirect("/staf/literasi?ok=1");
}

Response literacy_index(Context& context, Request&)
{
    const int offset = context.app.catalog.office.utc_offset_minutes;
    json rows = json::array();
    for (const store::Article& article :
        store::LiteracyStore(context.app.database).articles(true)) {
        rows.push_back(
            { { "title", article.title }, { "slug", article.slug }, { "summary", article.summary },
                { "published",
                    article.published_at ? date_text(*article.published_at, offset) : "" } });
    }
    json model
        = { { "articles", rows }, { "tlp", std::string(domain::tlp_label(domain::Tlp::Clear)) } };
    for (const catalog::Service& service : context.app.catalog.services) {
        if (service.desk == catalog::Desk::Literacy) {
            model["service"] = json::array({ { { "id", service.id } } });
            break;
        }
    }
    return page(context, "literacy_index.tpl", "Literasi Keamanan Informasi", model);
}

Response literacy_article_page(Context& context, Request& request)
{
    auto article
        = store::LiteracyStore(context.app.database).published_article(request.param("slug"));
    if (!article)
        return not_found_page(context);
    const int offset = context.app.catalog.office.utc_offset_minutes;
    json model = { { "title", article->title }, { "summary", article->summary },
        { "body_html", article->body_html },
        { "published", article->published_at ? date_text(*article->published_at, offset) : "" },
        { "updated", date_text(article->updated_at, offset) },
        { "tlp", std::string(domain::tlp_label(domain::Tlp::Clear)) },
        { "tlp_audience", domain::text("tlp.audience.clear", context.lang) } };
    return page(context, "literacy_article.tpl", article->title, model);
}

} // namespace lapis::web
