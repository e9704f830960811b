#include "domain/literacy.hpp"

#include <chrono>

#include "domain/form.hpp"
#include "domain/identity.hpp"

namespace lapis::domain {
namespace {

constexpr std::size_t kTitleLimit = 200;
constexpr std::size_t kBodyLimit = 100000;
constexpr std::size_t kSlugLimit = 80;
constexpr std::size_t kPlaceLimit = 300;

// "09:30" → minutes after midnight.
std::optional<int> parse_clock(std::string_view text)
{
    if (text.size() != 5 || text[2] != ':')
        return std::nullopt;
    for (std::size_t i : { 0u, 1u, 3u, 4u }) {
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
    }
    const int hours = (text[0] - '0') * 10 + (text[1] - '0');
    const int minutes = (text[3] - '0') * 10 + (text[4] - '0');
    if (hours > 23 || minutes > 59)
        return std::nullopt;
    return hours * 60 + minutes;
}

TimePoint utc_of(const Date& date, int minutes, int utc_offset_minutes)
{
    const std::chrono::sys_days day = std::chrono::year_month_day(std::chrono::year(date.year),
        std::chrono::month(static_cast<unsigned>(date.month)),
        std::chrono::day(static_cast<unsigned>(date.day)));
    return TimePoint(day) + std::chrono::minutes(minutes - utc_offset_minutes);
}

bool blank(std::string_view text)
{
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

} // namespace

SessionCheck check_session(const SessionInput& input, int utc_offset_minutes)
{
    SessionCheck check;
    const auto date = parse_iso_date(input.date);
    if (input.date.empty())
        check.errors["tanggal"] = { "field.required", {} };
    else if (!date)
        check.errors["tanggal"] = { "literacy.date_invalid", {} };
    const auto starts = parse_clock(input.starts);
    const auto ends = parse_clock(input.ends);
    if (!starts)
        check.errors["mulai"] = { "literacy.time_invalid", {} };
    if (!ends)
        check.errors["selesai"] = { "literacy.time_invalid", {} };
    else if (starts && *ends <= *starts)
        check.errors["selesai"] = { "literacy.ends_before_start", {} };
    if (blank(input.place))
        check.errors["tempat"] = { "field.required", {} };
    else if (character_count(input.place) > kPlaceLimit)
        check.errors["tempat"] = { "field.too_long", std::to_string(kPlaceLimit) };
    if (input.speakers == 0)
        check.errors["narasumber"] = { "literacy.speaker_required", {} };
    if (date && starts && ends) {
        check.starts_at = utc_of(*date, *starts, utc_offset_minutes);
        check.ends_at = utc_of(*date, *ends, utc_offset_minutes);
    }
    return check;
}

bool sessions_overlap(TimePoint a_start, TimePoint a_end, TimePoint b_start, TimePoint b_end)
{
    return a_start < b_end && b_start < a_end;
}

std::optional<Message> check_article_title(std::string_view title)
{
    if (blank(title))
        return Message{ "field.required", {} };
    if (character_count(title) > kTitleLimit)
        return Message{ "field.too_long", std::to_string(kTitleLimit) };
    return std::nullopt;
}

std::optional<Message> check_article_body(std::string_view body)
{
    if (blank(body))
        return Message{ "field.required", {} };
    if (character_count(body) > kBodyLimit)
        return Message{ "field.too_long", std::to_string(kBodyLimit) };
    return std::nullopt;
}

std::optional<Message> check_slug(std::string_view slug)
{
    if (slug.empty())
        return Message{ "field.required", {} };
    if (slug.size() > kSlugLimit)
        return Message{ "field.too_long", std::to_string(kSlugLimit) };
    char previous = '-';
    for (char c : slug) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!letter && (c != '-' || previous == '-'))
            return Message{ "literacy.slug_invalid", {} };
        previous = c;
    }
    if (previous == '-')
        return Message{ "literacy.slug_invalid", {} };
    return std::nullopt;
}

std::string make_slug(std::string_view title)
{
    std::string slug;
    for (char c : title) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        const bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (letter)
            slug.push_back(c);
        else if (!slug.empty() && slug.back() != '-')
            slug.push_back('-');
        if (slug.size() >= kSlugLimit)
            break;
    }
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    return slug;
}

} // namespace lapis::domain
