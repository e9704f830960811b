// Indonesian identity numbers and ranks (see ../shared/DOMAIN.md §1–2): NIP of a
// PNS, NI PPPK, NIK, pangkat/golongan. Structural checks only: none of these
// numbers carries a check digit.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/message.hpp"

namespace lapis::domain {

struct Date {
    int year = 0;
    int month = 0;
    int day = 0;

    auto operator<=>(const Date&) const = default;
};

bool is_valid_date(int year, int month, int day);
// "YYYY-MM-DD" → Date, nullopt when malformed or not a calendar date.
std::optional<Date> parse_iso_date(std::string_view text);
// Calendar arithmetic on dates.
Date add_days(const Date& date, int days);
int days_between(const Date& from, const Date& to); // to - from
std::string iso_date(const Date& date); // "2027-01-31"
std::string display_date(const Date& date); // "31 Januari 2027"

enum class Employment { Pns, Pppk, Other };
enum class Sex { Male, Female };

// Removes the spaces, dots and dashes people type inside long numbers.
std::string strip_number_separators(std::string_view input);

struct NipFacts {
    std::string digits; // the 18 digits
    Date birth;
    Sex sex = Sex::Male;
    int appointed_year = 0;
    int appointed_month = 0; // PNS only (TMT CPNS); 0 for PPPK
};

// A NIP (PNS: YYYYMMDD YYYYMM G NNN) or NI PPPK (YYYYMMDD YYYY NN G NNN). With
// Employment::Other either shape is accepted. `today` bounds the appointment date.
struct NipCheck {
    std::optional<NipFacts> facts;
    Message error; // set when facts is empty
};
NipCheck check_nip(std::string_view input, Employment employment, Date today);

struct NikFacts {
    std::string digits; // the 16 digits
    int province = 0;
    int birth_day = 0; // the real day: women's day + 40 already subtracted
    int birth_month = 0;
    int birth_year_2 = 0; // the century is not encoded
    Sex sex = Sex::Male;
};

struct NikCheck {
    std::optional<NikFacts> facts;
    Message error;
};
NikCheck check_nik(std::string_view input);

// Warnings, never refusals (Dukcapil keeps a NIK whose date part is wrong):
// birth date or sex of a NIP disagreeing with a NIK.
std::optional<Message> compare_nip_nik(const NipFacts& nip, const NikFacts& nik);

struct Rank {
    std::string code; // "III/a" for a PNS, "IX" for a PPPK
    std::string title; // "Penata Muda"; empty for a PPPK golongan
};
const std::vector<Rank>& ranks(Employment employment);
// Accepts the code as sent ("III/a"), also typed as "III-a", "iii/a" or
// "Penata Muda / III-a"; returns the canonical code or nullopt.
std::optional<std::string> normalise_rank(std::string_view input, Employment employment);
// "Penata Muda (III/a)" for letters; the code alone for a PPPK golongan.
std::string rank_display(std::string_view code);

} // namespace lapis::domain
