#include "domain/clock.hpp"

#include <array>
#include <cstdio>
#include <ctime>

namespace lapis::domain {
namespace {

constexpr std::array<const char*, 12> kMonths{ "Januari", "Februari", "Maret", "April", "Mei",
    "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember" };

std::tm broken_down(TimePoint time, int offset_minutes)
{
    std::time_t seconds = std::chrono::system_clock::to_time_t(time) + offset_minutes * 60;
    std::tm parts{};
    gmtime_r(&seconds, &parts);
    return parts;
}

} // namespace

Clock::Clock()
    : m_source([] { return std::chrono::system_clock::now(); })
{
}

Clock::Clock(std::function<TimePoint()> source)
    : m_source(std::move(source))
{
}

std::string to_utc_text(TimePoint time)
{
    std::tm parts = broken_down(time, 0);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return buffer;
}

std::optional<TimePoint> from_utc_text(const std::string& text)
{
    std::tm parts{};
    int year = 0;
    if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2dZ", &year, &parts.tm_mon, &parts.tm_mday,
            &parts.tm_hour, &parts.tm_min, &parts.tm_sec)
        != 6)
        return std::nullopt;
    parts.tm_year = year - 1900;
    parts.tm_mon -= 1;
    return std::chrono::system_clock::from_time_t(timegm(&parts));
}

std::string to_rfc3339(TimePoint time, int utc_offset_minutes)
{
    std::tm parts = broken_down(time, utc_offset_minutes);
    char buffer[40];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%S", &parts);
    int offset = utc_offset_minutes < 0 ? -utc_offset_minutes : utc_offset_minutes;
    char zone[8];
    std::snprintf(zone, sizeof zone, "%c%02d:%02d", utc_offset_minutes < 0 ? '-' : '+', offset / 60,
        offset % 60);
    return std::string(buffer) + zone;
}

std::string to_office_display(TimePoint time, int utc_offset_minutes)
{
    std::tm parts = broken_down(time, utc_offset_minutes);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%d %s %d %02d.%02d %s", parts.tm_mday,
        kMonths[parts.tm_mon], parts.tm_year + 1900, parts.tm_hour, parts.tm_min,
        zone_abbreviation(utc_offset_minutes));
    return buffer;
}

Date office_date(TimePoint time, int utc_offset_minutes)
{
    std::tm parts = broken_down(time, utc_offset_minutes);
    return Date{ parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday };
}

const char* zone_abbreviation(int utc_offset_minutes)
{
    switch (utc_offset_minutes) {
    case 8 * 60:
        return "WITA";
    case 9 * 60:
        return "WIT";
    default:
        return "WIB";
    }
}

} // namespace lapis::domain
