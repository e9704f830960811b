// Time: one injectable source for "now", and the conversions between UTC (what is
// stored) and the office's local time (what people read). Indonesian zones have no
// daylight saving, so a fixed offset is exact.
#pragma once

#include <chrono>
#include <functional>
#include <string>

#include "domain/identity.hpp"

namespace lapis::domain {

using TimePoint = std::chrono::system_clock::time_point;

class Clock {
public:
    // The system clock; tests pass a function they control.
    Clock();
    explicit Clock(std::function<TimePoint()> source);

    TimePoint now() const { return m_source(); }

private:
    std::function<TimePoint()> m_source;
};

// "2026-12-03T10:04:05Z": how times are stored (sortable, engine-neutral).
std::string to_utc_text(TimePoint time);
// Parses to_utc_text's form; nullopt when malformed.
std::optional<TimePoint> from_utc_text(const std::string& text);
// RFC 3339 with the office's offset: "2026-12-03T17:04:05+07:00".
std::string to_rfc3339(TimePoint time, int utc_offset_minutes);
// For pages: "3 Desember 2026 17.04 WIB".
std::string to_office_display(TimePoint time, int utc_offset_minutes);
// The calendar date in the office's zone.
Date office_date(TimePoint time, int utc_offset_minutes);
// The zone's abbreviation: WIB, WITA, WIT.
const char* zone_abbreviation(int utc_offset_minutes);

} // namespace lapis::domain
