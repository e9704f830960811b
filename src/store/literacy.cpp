#include "store/literacy.hpp"

#include <nlohmann/json.hpp>
#include <soci/soci.h>

#include "store/rows.hpp"
#include "store/transaction.hpp"

namespace lapis::store {
namespace {

domain::TimePoint parse_time(const std::string& text)
{
    return domain::from_utc_text(text).value_or(domain::TimePoint{});
}

// Requests still in hand: a rejected or withdrawn request's session is off.
constexpr const char* kLiveRequest = "r.status NOT IN ('ditolak', 'dibatalkan')";

void load_speakers(soci::session& sql, LiteracySession& session)
{
    long long id = session.request_id;
    soci::rowset<soci::row> rows
        = (sql.prepare << "SELECT s.user_id, u.name FROM literacy_speakers s JOIN users u ON "
                          "u.id = s.user_id WHERE s.request_id = :r ORDER BY u.name, s.user_id",
            soci::use(id));
    for (const soci::row& row : rows) {
        session.speakers.push_back(integer_at(row, 0));
        session.speaker_names.push_back(row.get<std::string>(1));
    }
}

constexpr const char* kSessionColumns
    = "SELECT s.request_id, r.number, r.title, s.starts_at, s.ends_at, s.place, s.note, "
      "s.recorded_by, s.recorded_at, r.fields FROM literacy_sessions s JOIN requests r ON r.id = "
      "s.request_id ";

LiteracySession session_from_row(const soci::row& row)
{
    LiteracySession session;
    session.request_id = integer_at(row, 0);
    session.number = row.get<std::string>(1);
    session.topic = row.get<std::string>(2);
    session.starts_at = parse_time(row.get<std::string>(3));
    session.ends_at = parse_time(row.get<std::string>(4));
    session.place = row.get<std::string>(5);
    session.note = row.get<std::string>(6);
    session.recorded_by = integer_at(row, 7);
    session.recorded_at = parse_time(row.get<std::string>(8));
    const auto fields = nlohmann::json::parse(row.get<std::string>(9), nullptr, false);
    if (fields.is_object()) {
        for (const auto& [name, value] : fields.items()) {
            if (value.is_string())
                session.fields[name] = value.get<std::string>();
        }
    }
    return session;
}

constexpr const char* kArticleColumns
    = "SELECT id, slug, title, summary, body_markdown, body_html, published, published_at, "
      "created_by, created_at, updated_by, updated_at FROM literacy_articles ";
// Lists show titles and summaries: the bodies (up to 100,000 characters each) stay
// in the database.
constexpr const char* kListColumns
    = "SELECT id, slug, title, summary, '' AS body_markdown, '' AS body_html, published, "
      "published_at, created_by, created_at, updated_by, updated_at FROM literacy_articles ";

Article article_from_row(const soci::row& row)
{
    Article article;
    article.id = integer_at(row, 0);
    article.slug = row.get<std::string>(1);
    article.title = row.get<std::string>(2);
    article.summary = row.get<std::string>(3);
    article.body_markdown = row.get<std::string>(4);
    article.body_html = row.get<std::string>(5);
    article.published = integer_at(row, 6) != 0;
    if (row.get_indicator(7) == soci::i_ok)
        article.published_at = parse_time(row.get<std::string>(7));
    article.created_by = integer_at(row, 8);
    article.created_at = parse_time(row.get<std::string>(9));
    article.updated_by = integer_at(row, 10);
    article.updated_at = parse_time(row.get<std::string>(11));
    return article;
}

bool slug_taken(soci::session& sql, const std::string& slug, std::int64_t except)
{
    long long count = 0;
    long long other = except;
    sql << "SELECT COUNT(*) FROM literacy_articles WHERE slug = :s AND id <> :i", soci::into(count),
        soci::use(slug), soci::use(other);
    return count > 0;
}

} // namespace

LiteracyStore::LiteracyStore(Database& database)
    : m_database(database)
{
}

void LiteracyStore::schedule(
    const LiteracySession& session, const DeskEvent& event, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    long long request = session.request_id;
    const std::string starts = domain::to_utc_text(session.starts_at);
    const std::string ends = domain::to_utc_text(session.ends_at);
    const std::string at = domain::to_utc_text(now);
    long long by = session.recorded_by;
    sql << "DELETE FROM literacy_speakers WHERE request_id = :r", soci::use(request);
    sql << "DELETE FROM literacy_sessions WHERE request_id = :r", soci::use(request);
    sql << "INSERT INTO literacy_sessions (request_id, starts_at, ends_at, place, note, "
           "recorded_by, recorded_at) VALUES (:r, :s, :e, :p, :n, :b, :t)",
        soci::use(request), soci::use(starts), soci::use(ends), soci::use(session.place),
        soci::use(session.note), soci::use(by), soci::use(at);
    for (std::int64_t speaker : session.speakers) {
        long long user = speaker;
        sql << "INSERT INTO literacy_speakers (request_id, user_id) VALUES (:r, :u)",
            soci::use(request), soci::use(user);
    }
    append_desk_event(sql, session.request_id, event, now);
    transaction.commit();
}

std::optional<LiteracySession> LiteracyStore::session(std::int64_t request_id)
{
    soci::session sql(m_database.pool());
    long long wanted = request_id;
    std::optional<LiteracySession> found;
    {
        soci::rowset<soci::row> rows
            = (sql.prepare << std::string(kSessionColumns) + "WHERE s.request_id = :r",
                soci::use(wanted));
        for (const soci::row& row : rows)
            found = session_from_row(row);
    }
    if (found)
        load_speakers(sql, *found);
    return found;
}

std::vector<LiteracySession> LiteracyStore::upcoming(domain::TimePoint from)
{
    soci::session sql(m_database.pool());
    const std::string after = domain::to_utc_text(from);
    std::vector<LiteracySession> sessions;
    {
        soci::rowset<soci::row> rows
            = (sql.prepare << std::string(kSessionColumns) + "WHERE s.ends_at >= :f AND "
                        + kLiveRequest + " ORDER BY s.starts_at, s.request_id",
                soci::use(after));
        for (const soci::row& row : rows)
            sessions.push_back(session_from_row(row));
    }
    for (LiteracySession& session : sessions)
        load_speakers(sql, session);
    return sessions;
}

std::vector<SessionClash> LiteracyStore::clashes(const LiteracySession& session)
{
    soci::session sql(m_database.pool());
    std::vector<SessionClash> found;
    const std::string starts = domain::to_utc_text(session.starts_at);
    const std::string ends = domain::to_utc_text(session.ends_at);
    long long request = session.request_id;
    for (std::int64_t speaker : session.speakers) {
        long long user = speaker;
        // Stored times are fixed-width UTC text, so text order is time order.
        soci::rowset<soci::row> rows = (sql.prepare
                << std::string("SELECT r.number, u.name, s.starts_at, s.ends_at FROM "
                               "literacy_sessions s JOIN literacy_speakers k ON k.request_id = "
                               "s.request_id JOIN requests r ON r.id = s.request_id JOIN users u "
                               "ON u.id = k.user_id WHERE k.user_id = :u AND s.request_id <> :r "
                               "AND s.starts_at < :e AND :s < s.ends_at AND ")
                    + kLiveRequest + " ORDER BY s.starts_at",
            soci::use(user), soci::use(request), soci::use(ends), soci::use(starts));
        for (const soci::row& row : rows) {
            found.push_back({ row.get<std::string>(0), row.get<std::string>(1),
                parse_time(row.get<std::string>(2)), parse_time(row.get<std::string>(3)) });
        }
    }
    return found;
}

std::optional<std::int64_t> LiteracyStore::add_article(const Article& article)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    if (slug_taken(sql, article.slug, 0))
        return std::nullopt;
    const std::string at = domain::to_utc_text(article.created_at);
    long long by = article.created_by;
    long long id = 0;
    sql << "INSERT INTO literacy_articles (slug, title, summary, body_markdown, body_html, "
           "published, published_at, created_by, created_at, updated_by, updated_at) VALUES "
           "(:s, :t, :m, :b, :h, 0, NULL, :c, :ca, :u, :ua) RETURNING id",
        soci::use(article.slug), soci::use(article.title), soci::use(article.summary),
        soci::use(article.body_markdown), soci::use(article.body_html), soci::use(by),
        soci::use(at), soci::use(by), soci::use(at), soci::into(id);
    transaction.commit();
    return id;
}

bool LiteracyStore::update_article(const Article& article)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    if (slug_taken(sql, article.slug, article.id))
        return false;
    const std::string at = domain::to_utc_text(article.updated_at);
    long long by = article.updated_by;
    long long id = article.id;
    sql << "UPDATE literacy_articles SET slug = :s, title = :t, summary = :m, body_markdown = "
           ":b, body_html = :h, updated_by = :u, updated_at = :a WHERE id = :i",
        soci::use(article.slug), soci::use(article.title), soci::use(article.summary),
        soci::use(article.body_markdown), soci::use(article.body_html), soci::use(by),
        soci::use(at), soci::use(id);
    transaction.commit();
    return true;
}

void LiteracyStore::set_published(
    std::int64_t id, bool published, std::int64_t by, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    const std::string at = domain::to_utc_text(now);
    long long article = id;
    long long user = by;
    int flag = published ? 1 : 0;
    if (published) {
        // The first publication date stays when an article is taken down and put back.
        sql << "UPDATE literacy_articles SET published = :p, published_at = COALESCE("
               "published_at, :a), updated_by = :u, updated_at = :a2 WHERE id = :i",
            soci::use(flag), soci::use(at), soci::use(user), soci::use(at), soci::use(article);
    } else {
        sql << "UPDATE literacy_articles SET published = :p, updated_by = :u, updated_at = :a "
               "WHERE id = :i",
            soci::use(flag), soci::use(user), soci::use(at), soci::use(article);
    }
    transaction.commit();
}

std::optional<Article> LiteracyStore::article(std::int64_t id)
{
    soci::session sql(m_database.pool());
    long long wanted = id;
    soci::rowset<soci::row> rows
        = (sql.prepare << std::string(kArticleColumns) + "WHERE id = :i", soci::use(wanted));
    for (const soci::row& row : rows)
        return article_from_row(row);
    return std::nullopt;
}

std::optional<Article> LiteracyStore::published_article(const std::string& slug)
{
    soci::session sql(m_database.pool());
    soci::rowset<soci::row> rows
        = (sql.prepare << std::string(kArticleColumns) + "WHERE slug = :s AND published = 1",
            soci::use(slug));
    for (const soci::row& row : rows)
        return article_from_row(row);
    return std::nullopt;
}

std::vector<Article> LiteracyStore::articles(bool published_only)
{
    soci::session sql(m_database.pool());
    std::vector<Article> found;
    const std::string filter = published_only ? "WHERE published = 1 " : "";
    const std::string order = published_only ? "ORDER BY published_at DESC, id DESC"
                                             : "ORDER BY updated_at DESC, id DESC";
    soci::rowset<soci::row> rows = sql.prepare << std::string(kListColumns) + filter + order;
    for (const soci::row& row : rows)
        found.push_back(article_from_row(row));
    return found;
}

} // namespace lapis::store
