// Small presentation helpers shared by the Sanapati and telephone desks' pages.
#pragma once

#include <array>
#include <cstdio>
#include <string>

#include "domain/identity.hpp"

namespace lapis::web::desk_format {

// "3 Desember 2026".
inline std::string display_date(const domain::Date& date)
{
    static constexpr std::array<const char*, 12> kMonths{ "Januari", "Februari", "Maret", "April",
        "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember" };
    if (date.month < 1 || date.month > 12)
        return {};
    return std::to_string(date.day) + " " + kMonths[date.month - 1] + " "
        + std::to_string(date.year);
}

// "2026-12-03", as an HTML date input holds it.
inline std::string iso_date(const domain::Date& date)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
    return buffer;
}

} // namespace lapis::web::desk_format
