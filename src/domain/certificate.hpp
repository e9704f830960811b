// Rules of the e-certificate desk (Pengelolaan Sertifikat Elektronik): the
// revocation reasons and the reminders before a certificate's expiry.
#pragma once

#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/identity.hpp"
#include "domain/message.hpp"

namespace lapis::domain {

// RFC 5280 §5.3.1 CRLReason. BSrE's CPS was not read (DOMAIN.md §5.4 [U]), so the
// generic PKI set is the enumeration; each value has the catalog's code (the form
// option, e.g. "key-compromise"), the RFC's name and number, and an Indonesian
// label. A holder may choose only reasons about their own certificate:
// unspecified, keyCompromise, affiliationChanged, superseded, cessationOfOperation.
// The others are not the holder's to give: cACompromise and aACompromise concern
// the CA's or attribute authority's own keys; removeFromCRL only appears in delta
// CRLs to lift a hold; certificateHold is a temporary suspension that BSrE is not
// known to offer [U]; privilegeWithdrawn is the office's or BSrE's decision.
struct RevocationReason {
    std::string_view code; // the catalog option: "key-compromise"
    std::string_view rfc_name; // "keyCompromise"
    int rfc_value = 0; // 1
    std::string_view message_key; // label: "certificate.reason.key_compromise"
    bool holder_may_choose = false;
    // The registration officer may put it to BSrE: the holder's reasons, and
    // privilegeWithdrawn and certificateHold, which are the office's decisions.
    bool office_may_choose = false;
};

std::span<const RevocationReason> revocation_reasons();
// By catalog code or RFC name ("key-compromise" or "keyCompromise").
const RevocationReason* find_revocation_reason(std::string_view code_or_name);

// Days before expiry on which the holder is reminded, largest first, e.g. {30, 7}.
struct ReminderSchedule {
    std::vector<int> days_before;
};

ReminderSchedule default_reminder_schedule(); // 30 and 7 days
// "30,7" → {30, 7}; each 1–365, no repeats. nullopt when malformed.
std::optional<ReminderSchedule> parse_reminder_schedule(std::string_view text);

// Which reminders to act on today for a certificate expiring on `expires_on`:
// `send` is the one to mail (the nearest threshold that has passed, none after
// expiry), `skip` the earlier thresholds not sent yet, which would now say too
// little too late (e.g. the 30-day reminder of a certificate recorded with 5 days
// left). `done` lists the thresholds already sent or skipped.
struct ReminderDecision {
    std::optional<int> send;
    std::vector<int> skip;
};
ReminderDecision reminders_due(const ReminderSchedule& schedule, const Date& expires_on,
    const Date& today, const std::set<int>& done);

// Staff record an expiry date: a real date, not before `issued_on` (today).
std::optional<Message> check_expiry(std::string_view text, const Date& today);

} // namespace lapis::domain
