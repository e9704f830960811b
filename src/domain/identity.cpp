#include "domain/identity.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <utility>

namespace lapis::domain {
namespace {

bool is_ascii_digit(char c)
{
    return c >= '0' && c <= '9';
}

bool all_digits(std::string_view text)
{
    return !text.empty() && std::ranges::all_of(text, is_ascii_digit);
}

// The value of a run of ASCII digits the caller has already checked.
int digits_value(std::string_view digits)
{
    int value = 0;
    for (char c : digits) {
        value = value * 10 + (c - '0');
    }
    return value;
}

bool is_leap_year(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month)
{
    constexpr std::array<int, 12> kDays{ 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (month == 2 && is_leap_year(year)) {
        return 29;
    }
    return kDays[month - 1];
}

// Digit 15 is the sex (1 male, 2 female) and digits 16–18 a sequence from 001
// (DOMAIN.md §1.1, the same in an NI PPPK, §1.2).
std::optional<Message> check_nip_sex_and_sequence(std::string_view digits)
{
    if (digits[14] != '1' && digits[14] != '2') {
        return Message{ "nip.sex", {} };
    }
    if (digits_value(digits.substr(15, 3)) == 0) {
        return Message{ "nip.sequence", {} };
    }
    return std::nullopt;
}

Sex sex_from_digit(char digit)
{
    return digit == '2' ? Sex::Female : Sex::Male;
}

// PNS: digits 9–14 are the year and month of the TMT CPNS, which always starts on the 1st
// (DOMAIN.md §1.1). Refused only when clearly impossible: not a month, in the future, or
// before the birth date.
// FIXME: a TMT less than ~18 years after birth is implausible but accepted; NipCheck has no
// warning to carry it.
std::optional<Message> check_pns_appointment(std::string_view digits, NipFacts& facts, Date today)
{
    int year = digits_value(digits.substr(8, 4));
    int month = digits_value(digits.substr(12, 2));
    if (month < 1 || month > 12) {
        return Message{ "nip.tmt_month", {} };
    }
    Date appointed{ year, month, 1 };
    if (appointed > today) {
        return Message{ "nip.tmt_future", {} };
    }
    if (appointed < facts.birth) {
        return Message{ "nip.tmt_before_birth", {} };
    }
    facts.appointed_year = year;
    facts.appointed_month = month;
    return std::nullopt;
}

// PPPK: digits 9–12 are the year of appointment; digits 13–14 are a contract or batch
// code that is not a month and is left uninterpreted (DOMAIN.md §1.2).
std::optional<Message> check_pppk_appointment(std::string_view digits, NipFacts& facts, Date today)
{
    int year = digits_value(digits.substr(8, 4));
    if (year > today.year) {
        return Message{ "nip.tmt_future", {} };
    }
    if (year < facts.birth.year) {
        return Message{ "nip.tmt_before_birth", {} };
    }
    facts.appointed_year = year;
    facts.appointed_month = 0;
    return std::nullopt;
}

// Without the employment status either shape will do (DOMAIN.md §1.2); the PNS reading
// comes first because it says more, and its refusal is the one reported.
std::optional<Message> check_appointment(
    std::string_view digits, Employment employment, NipFacts& facts, Date today)
{
    if (employment == Employment::Pppk) {
        return check_pppk_appointment(digits, facts, today);
    }
    auto pns_error = check_pns_appointment(digits, facts, today);
    if (!pns_error || employment == Employment::Pns) {
        return pns_error;
    }
    auto pppk_error = check_pppk_appointment(digits, facts, today);
    return pppk_error ? pns_error : std::nullopt;
}

// The NIK day of birth carries the sex: women have 40 added (DOMAIN.md §1.3).
std::optional<std::pair<int, Sex>> nik_day_and_sex(int encoded_day)
{
    if (encoded_day >= 1 && encoded_day <= 31) {
        return std::pair{ encoded_day, Sex::Male };
    }
    if (encoded_day >= 41 && encoded_day <= 71) {
        return std::pair{ encoded_day - 40, Sex::Female };
    }
    return std::nullopt;
}

// The century is not encoded, so a date stands if it is real in either 19YY or 20YY:
// 29 February of year 00 holds because 2000 was a leap year.
bool is_nik_birth_date(int day, int month, int year_2)
{
    return is_valid_date(1900 + year_2, month, day) || is_valid_date(2000 + year_2, month, day);
}

// DOMAIN.md §2.1, in order. Titles exactly as the table: IV/c is Pembina Utama Muda.
const std::vector<Rank>& pns_ranks()
{
    static const std::vector<Rank> kRanks{
        { "I/a", "Juru Muda" },
        { "I/b", "Juru Muda Tingkat I" },
        { "I/c", "Juru" },
        { "I/d", "Juru Tingkat I" },
        { "II/a", "Pengatur Muda" },
        { "II/b", "Pengatur Muda Tingkat I" },
        { "II/c", "Pengatur" },
        { "II/d", "Pengatur Tingkat I" },
        { "III/a", "Penata Muda" },
        { "III/b", "Penata Muda Tingkat I" },
        { "III/c", "Penata" },
        { "III/d", "Penata Tingkat I" },
        { "IV/a", "Pembina" },
        { "IV/b", "Pembina Tingkat I" },
        { "IV/c", "Pembina Utama Muda" },
        { "IV/d", "Pembina Utama Madya" },
        { "IV/e", "Pembina Utama" },
    };
    return kRanks;
}

// DOMAIN.md §2.2: golongan I to XVII in Roman numerals, without ruang letters or titles.
const std::vector<Rank>& pppk_ranks()
{
    static const std::vector<Rank> kRanks{
        { "I", "" },
        { "II", "" },
        { "III", "" },
        { "IV", "" },
        { "V", "" },
        { "VI", "" },
        { "VII", "" },
        { "VIII", "" },
        { "IX", "" },
        { "X", "" },
        { "XI", "" },
        { "XII", "" },
        { "XIII", "" },
        { "XIV", "" },
        { "XV", "" },
        { "XVI", "" },
        { "XVII", "" },
    };
    return kRanks;
}

const std::vector<Rank>& all_ranks()
{
    static const std::vector<Rank> kRanks = [] {
        std::vector<Rank> both = pns_ranks();
        both.insert(both.end(), pppk_ranks().begin(), pppk_ranks().end());
        return both;
    }();
    return kRanks;
}

// A rank as letters only: lower case, without spaces, slashes, dashes, dots and brackets,
// so "Penata Muda / III-a", "penata muda (iii/a)" and "III a" compare by their letters.
// None of the codes or titles holds "tk", so the common abbreviation "Tk. I" can be read
// as "Tingkat I" (DOMAIN.md §2.1).
std::string compact_rank(std::string_view text)
{
    std::string out;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '/' || c == '-' || c == '.' || c == '(' || c == ')') {
            continue;
        }
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    for (auto at = out.find("tk"); at != std::string::npos; at = out.find("tk", at)) {
        out.replace(at, 2, "tingkat");
    }
    return out;
}

// "Golongan IX" and "Gol. III/a" name the same rank as "IX" and "III/a".
std::string_view without_golongan(std::string_view compact)
{
    for (std::string_view prefix : { "golongan", "gol" }) {
        if (compact.starts_with(prefix)) {
            return compact.substr(prefix.size());
        }
    }
    return compact;
}

bool rank_matches(const Rank& rank, std::string_view compact)
{
    std::string code = compact_rank(rank.code);
    if (compact == code) {
        return true;
    }
    if (rank.title.empty()) {
        return false;
    }
    // A PNS title names one golongan ruang (DOMAIN.md §2.1), so "Penata Muda Tk. I"
    // alone is III/b as surely as "III/b" is.
    std::string title = compact_rank(rank.title);
    return compact == title || compact == title + code || compact == code + title;
}

std::chrono::sys_days to_days(const Date& date)
{
    return std::chrono::year_month_day(std::chrono::year(date.year),
        std::chrono::month(static_cast<unsigned>(date.month)),
        std::chrono::day(static_cast<unsigned>(date.day)));
}

constexpr std::array<const char*, 12> kMonths{ "Januari", "Februari", "Maret", "April", "Mei",
    "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember" };

} // namespace

bool is_valid_date(int year, int month, int day)
{
    if (year < 1 || month < 1 || month > 12 || day < 1) {
        return false;
    }
    return day <= days_in_month(year, month);
}

std::optional<Date> parse_iso_date(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    auto year = text.substr(0, 4), month = text.substr(5, 2), day = text.substr(8, 2);
    if (!all_digits(year) || !all_digits(month) || !all_digits(day)) {
        return std::nullopt;
    }
    Date date{ digits_value(year), digits_value(month), digits_value(day) };
    if (!is_valid_date(date.year, date.month, date.day)) {
        return std::nullopt;
    }
    return date;
}

Date add_days(const Date& date, int days)
{
    const std::chrono::year_month_day moved(to_days(date) + std::chrono::days(days));
    return { static_cast<int>(moved.year()), static_cast<int>(static_cast<unsigned>(moved.month())),
        static_cast<int>(static_cast<unsigned>(moved.day())) };
}

int days_between(const Date& from, const Date& to)
{
    return static_cast<int>((to_days(to) - to_days(from)).count());
}

std::string iso_date(const Date& date)
{
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
    return text;
}

std::string display_date(const Date& date)
{
    if (date.month < 1 || date.month > 12)
        return iso_date(date);
    return std::to_string(date.day) + " " + kMonths[date.month - 1] + " "
        + std::to_string(date.year);
}

std::string strip_number_separators(std::string_view input)
{
    std::string out;
    for (char c : input) {
        if (c != ' ' && c != '\t' && c != '.' && c != '-') {
            out += c;
        }
    }
    return out;
}

// DOMAIN.md §1.1 and §1.2: YYYYMMDD, then the appointment (PNS YYYYMM, PPPK YYYY NN),
// then the sex digit and a three-digit sequence. No check digit exists.
NipCheck check_nip(std::string_view input, Employment employment, Date today)
{
    std::string digits = strip_number_separators(input);
    if (digits.size() != 18 || !all_digits(digits)) {
        return { std::nullopt, { "nip.length", {} } };
    }

    NipFacts facts;
    facts.digits = digits;
    facts.birth = Date{ digits_value(digits.substr(0, 4)), digits_value(digits.substr(4, 2)),
        digits_value(digits.substr(6, 2)) };
    if (!is_valid_date(facts.birth.year, facts.birth.month, facts.birth.day)) {
        return { std::nullopt, { "nip.birth_date", {} } };
    }

    if (auto error = check_appointment(digits, employment, facts, today)) {
        return { std::nullopt, *error };
    }
    if (auto error = check_nip_sex_and_sequence(digits)) {
        return { std::nullopt, *error };
    }
    facts.sex = sex_from_digit(digits[14]);
    return { std::move(facts), {} };
}

// DOMAIN.md §1.3: PP KK CC DD MM YY SSSS. The province range is hard (11–96); the list
// of codes is not checked because older NIKs keep codes that were valid when issued.
NikCheck check_nik(std::string_view input)
{
    std::string digits = strip_number_separators(input);
    if (digits.size() != 16 || !all_digits(digits)) {
        return { std::nullopt, { "nik.length", {} } };
    }

    NikFacts facts;
    facts.digits = digits;
    facts.province = digits_value(digits.substr(0, 2));
    if (facts.province < 11 || facts.province > 96) {
        return { std::nullopt, { "nik.province", {} } };
    }
    if (digits_value(digits.substr(2, 2)) == 0 || digits_value(digits.substr(4, 2)) == 0) {
        return { std::nullopt, { "nik.region", {} } };
    }

    auto day_and_sex = nik_day_and_sex(digits_value(digits.substr(6, 2)));
    facts.birth_month = digits_value(digits.substr(8, 2));
    facts.birth_year_2 = digits_value(digits.substr(10, 2));
    if (!day_and_sex
        || !is_nik_birth_date(day_and_sex->first, facts.birth_month, facts.birth_year_2)) {
        return { std::nullopt, { "nik.birth_date", {} } };
    }
    facts.birth_day = day_and_sex->first;
    facts.sex = day_and_sex->second;

    if (digits_value(digits.substr(12, 4)) == 0) {
        return { std::nullopt, { "nik.sequence", {} } };
    }
    return { std::move(facts), {} };
}

// Dukcapil keeps a NIK whose date part is wrong, so a disagreement is only a warning
// (DOMAIN.md §1.3); the NIP's sex digit is compared with the NIK's day + 40 (§1.1).
std::optional<Message> compare_nip_nik(const NipFacts& nip, const NikFacts& nik)
{
    bool birth_differs = nip.birth.day != nik.birth_day || nip.birth.month != nik.birth_month
        || nip.birth.year % 100 != nik.birth_year_2;
    bool sex_differs = nip.sex != nik.sex;
    if (birth_differs && sex_differs) {
        return Message{ "nip_nik.mismatch_birth_sex", {} };
    }
    if (birth_differs) {
        return Message{ "nip_nik.mismatch_birth", {} };
    }
    if (sex_differs) {
        return Message{ "nip_nik.mismatch_sex", {} };
    }
    return std::nullopt;
}

const std::vector<Rank>& ranks(Employment employment)
{
    switch (employment) {
    case Employment::Pns:
        return pns_ranks();
    case Employment::Pppk:
        return pppk_ranks();
    case Employment::Other:
        break;
    }
    return all_ranks();
}

std::optional<std::string> normalise_rank(std::string_view input, Employment employment)
{
    std::string compact = compact_rank(input);
    std::string_view wanted = without_golongan(compact);
    if (wanted.empty()) {
        return std::nullopt;
    }
    for (const Rank& rank : ranks(employment)) {
        if (rank_matches(rank, wanted)) {
            return rank.code;
        }
    }
    return std::nullopt;
}

// The convention in letters (DOMAIN.md §2.1): "Penata Muda Tingkat I (III/b)".
std::string rank_display(std::string_view code)
{
    for (const Rank& rank : pns_ranks()) {
        if (rank.code == code) {
            return rank.title + " (" + rank.code + ")";
        }
    }
    return std::string(code);
}

} // namespace lapis::domain
