#include "domain/certificate.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstdio>

namespace lapis::domain {
namespace {

constexpr std::array kReasons{
    RevocationReason{
        "unspecified", "unspecified", 0, "certificate.reason.unspecified", true, true },
    RevocationReason{
        "key-compromise", "keyCompromise", 1, "certificate.reason.key_compromise", true, true },
    RevocationReason{
        "ca-compromise", "cACompromise", 2, "certificate.reason.ca_compromise", false, false },
    RevocationReason{ "affiliation-changed", "affiliationChanged", 3,
        "certificate.reason.affiliation_changed", true, true },
    RevocationReason{ "superseded", "superseded", 4, "certificate.reason.superseded", true, true },
    RevocationReason{ "cessation-of-operation", "cessationOfOperation", 5,
        "certificate.reason.cessation_of_operation", true, true },
    RevocationReason{ "certificate-hold", "certificateHold", 6,
        "certificate.reason.certificate_hold", false, true },
    // Value 7 is not used (RFC 5280 §5.3.1).
    RevocationReason{
        "remove-from-crl", "removeFromCRL", 8, "certificate.reason.remove_from_crl", false, false },
    RevocationReason{ "privilege-withdrawn", "privilegeWithdrawn", 9,
        "certificate.reason.privilege_withdrawn", false, true },
    RevocationReason{
        "aa-compromise", "aACompromise", 10, "certificate.reason.aa_compromise", false, false },
};

constexpr int kMostDaysBefore = 365;

} // namespace

std::span<const RevocationReason> revocation_reasons()
{
    return kReasons;
}

const RevocationReason* find_revocation_reason(std::string_view code_or_name)
{
    for (const RevocationReason& reason : kReasons) {
        if (reason.code == code_or_name || reason.rfc_name == code_or_name)
            return &reason;
    }
    return nullptr;
}

ReminderSchedule default_reminder_schedule()
{
    return { { 30, 7 } };
}

std::optional<ReminderSchedule> parse_reminder_schedule(std::string_view text)
{
    ReminderSchedule schedule;
    std::size_t at = 0;
    while (at <= text.size()) {
        std::size_t end = text.find(',', at);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view part = text.substr(at, end - at);
        while (!part.empty() && part.front() == ' ')
            part.remove_prefix(1);
        while (!part.empty() && part.back() == ' ')
            part.remove_suffix(1);
        int days = 0;
        auto [rest, error] = std::from_chars(part.data(), part.data() + part.size(), days);
        if (part.empty() || error != std::errc() || rest != part.data() + part.size() || days < 1
            || days > kMostDaysBefore)
            return std::nullopt;
        if (std::ranges::find(schedule.days_before, days) != schedule.days_before.end())
            return std::nullopt;
        schedule.days_before.push_back(days);
        at = end + 1;
    }
    std::ranges::sort(schedule.days_before, std::greater<>());
    return schedule;
}

ReminderDecision reminders_due(const ReminderSchedule& schedule, const Date& expires_on,
    const Date& today, const std::set<int>& done)
{
    ReminderDecision decision;
    const int left = days_between(today, expires_on);
    if (left < 0)
        return decision; // expired: nothing more to remind of
    // Thresholds passed (left <= days), largest first; the last one is the nearest.
    std::vector<int> passed;
    for (int days : schedule.days_before) {
        if (left <= days && !done.contains(days))
            passed.push_back(days);
    }
    std::ranges::sort(passed, std::greater<>());
    if (passed.empty())
        return decision;
    decision.send = passed.back();
    passed.pop_back();
    decision.skip = passed;
    return decision;
}

std::optional<Message> check_expiry(std::string_view text, const Date& today)
{
    if (text.empty())
        return Message{ "field.required", {} };
    const auto date = parse_iso_date(text);
    if (!date)
        return Message{ "certificate.expiry_invalid", {} };
    if (*date < today)
        return Message{ "certificate.expiry_past", {} };
    return std::nullopt;
}

} // namespace lapis::domain
