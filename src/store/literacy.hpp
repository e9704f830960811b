// The literacy desk's records: the confirmed schedule of a speaker or training
// request (one session per request, with the staff who speak), and the articles
// the literacy team publishes on the portal. Every schedule change is written
// with its history row in one transaction.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/clock.hpp"
#include "store/database.hpp"
#include "store/desk_history.hpp"

namespace lapis::store {

struct LiteracySession {
    std::int64_t request_id = 0;
    std::string number; // the request's number (read only)
    std::string topic; // the request's title (read only)
    std::map<std::string, std::string> fields; // the request's form (read only)
    domain::TimePoint starts_at;
    domain::TimePoint ends_at;
    std::string place;
    std::string note;
    std::vector<std::int64_t> speakers; // users.id
    std::vector<std::string> speaker_names; // read only, same order
    std::int64_t recorded_by = 0;
    domain::TimePoint recorded_at;
};

// Another request's session sharing a speaker at an overlapping time.
struct SessionClash {
    std::string number;
    std::string speaker_name;
    domain::TimePoint starts_at;
    domain::TimePoint ends_at;
};

struct Article {
    std::int64_t id = 0;
    std::string slug;
    std::string title;
    std::string summary;
    std::string body_markdown;
    std::string body_html; // rendered when saved (domain/markdown.hpp)
    bool published = false;
    std::optional<domain::TimePoint> published_at;
    std::int64_t created_by = 0;
    domain::TimePoint created_at;
    std::int64_t updated_by = 0;
    domain::TimePoint updated_at;
};

class LiteracyStore {
public:
    explicit LiteracyStore(Database& database);

    // Sets (or replaces) the request's session and appends `event` to its history.
    void schedule(const LiteracySession& session, const DeskEvent& event, domain::TimePoint now);
    std::optional<LiteracySession> session(std::int64_t request_id);
    // Sessions ending at or after `from`, soonest first, of running requests.
    std::vector<LiteracySession> upcoming(domain::TimePoint from);
    // Sessions of other running requests that share a speaker and overlap.
    std::vector<SessionClash> clashes(const LiteracySession& session);

    // Returns the new id; nullopt when the slug is taken.
    std::optional<std::int64_t> add_article(const Article& article);
    // Saves slug, title, summary and bodies; false when the slug is taken by another.
    bool update_article(const Article& article);
    void set_published(std::int64_t id, bool published, std::int64_t by, domain::TimePoint now);
    std::optional<Article> article(std::int64_t id);
    std::optional<Article> published_article(const std::string& slug);
    // Newest first; `published_only` for the portal.
    // Without their bodies (empty body_markdown and body_html): for lists.
    std::vector<Article> articles(bool published_only);

private:
    Database& m_database;
};

} // namespace lapis::store
