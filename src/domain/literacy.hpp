// Rules of the literacy desk (Literasi Keamanan Informasi): the schedule the
// literacy team confirms for a speaker or training request, clashes between
// sessions of one speaker, and the articles published on the portal.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "domain/clock.hpp"
#include "domain/message.hpp"

namespace lapis::domain {

// What the team types: the date and the local start and end times ("09:00").
struct SessionInput {
    std::string date; // YYYY-MM-DD
    std::string starts; // HH:MM, office time
    std::string ends; // HH:MM, office time, after starts on the same day
    std::string place;
    std::size_t speakers = 0; // how many staff were chosen
};

struct SessionCheck {
    TimePoint starts_at; // UTC
    TimePoint ends_at;
    std::map<std::string, Message> errors; // by form field: tanggal, mulai, selesai, ...
};

// Checks the schedule; `utc_offset_minutes` turns office time into UTC.
SessionCheck check_session(const SessionInput& input, int utc_offset_minutes);

// Two sessions clash when their times overlap; touching ends (one ends at 10:00,
// the next starts at 10:00) do not.
bool sessions_overlap(TimePoint a_start, TimePoint a_end, TimePoint b_start, TimePoint b_end);

// Articles: a title of 1–200 characters, a body of at most 100,000, a slug of
// lowercase letters, digits and single hyphens (1–80), unique on the portal.
std::optional<Message> check_article_title(std::string_view title);
std::optional<Message> check_article_body(std::string_view body);
std::optional<Message> check_slug(std::string_view slug);
// "Waspada Phishing: 5 Tanda!" → "waspada-phishing-5-tanda"; letters outside
// ASCII are dropped. Empty when nothing is left.
std::string make_slug(std::string_view title);

} // namespace lapis::domain
