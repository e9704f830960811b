// The vulnerability assessment desk's rules (penilaian kerentanan): a finding's status
// machine, the ordering of findings by severity, how a procedure's steps map onto the
// fixing loop, the desk's condition on moves, and the report's model. Pure: no HTTP,
// no database, no clock.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog.hpp"
#include "domain/cvss.hpp"
#include "domain/incident.hpp"
#include "domain/message.hpp"
#include "domain/workflow.hpp"

namespace lapis::domain {

// ---------------------------------------------------------------------------------------
// A finding's status: open → fixed (the owner reports the fix) → retest (the team
// retests) → verified, or the retest fails and the finding is open again.

enum class FindingStatus { Open, Fixed, Retest, Verified };

std::string_view to_string(
    FindingStatus status); // "terbuka", "diperbaiki", "uji-ulang", "terverifikasi"
std::optional<FindingStatus> finding_status_from_string(std::string_view slug);
// Message key of the label: "assessment.status.terbuka" …
std::string finding_status_key(FindingStatus status);

enum class FindingEvent {
    ReportFix, // the owner agency reports the fix (or the team records it on its behalf)
    StartRetest, // the team starts the retest of a reported fix
    Verify, // the retest passed
    FailRetest, // the retest failed: the finding is open again
};

std::string_view to_string(
    FindingEvent event); // "lapor-perbaikan", "uji-ulang", "verifikasi", "gagal"
std::optional<FindingEvent> finding_event_from_string(std::string_view slug);
// Message key of the history label: "assessment.event.lapor-perbaikan" …
std::string finding_event_key(FindingEvent event);

enum class FindingSide {
    Team, // the assessment team (role tim-penilai)
    Owner, // the owner agency's account
};

struct FindingMove {
    std::optional<FindingStatus> to; // set when allowed
    Message refusal; // set when refused
};

// The one place that says which status change is allowed. The team may record the
// owner's report of a fix on its behalf (as the procedure's recorded_by allows), the
// owner may do nothing else.
FindingMove move_finding(FindingStatus from, FindingEvent event, FindingSide side);

// ---------------------------------------------------------------------------------------
// Severity and ordering.

// Higher is more severe: none 0 … critical 4; an unknown code counts as none.
int severity_rank(std::string_view severity_code);

struct FindingSortKey {
    std::int64_t id = 0;
    std::string severity; // "critical" … "none"
    int base_tenths = 0;
};
// Most severe first, then the higher base score, then the older finding.
bool more_severe_first(const FindingSortKey& a, const FindingSortKey& b);

// ---------------------------------------------------------------------------------------
// A new finding as the team writes it, checked and scored.

struct FindingInput {
    std::string title;
    std::string asset; // affected asset or URL
    std::string description;
    std::string evidence_text;
    std::string cvss31; // required, a CVSS:3.1 vector
    std::string cvss40; // optional, a CVSS:4.0 vector
    std::string recommendation;
    std::string tlp; // TLP 2.0 label
};

struct CheckedFinding {
    std::string title;
    std::string asset;
    std::string description;
    std::string evidence_text;
    std::string cvss31_vector; // normalised
    int base_tenths = 0;
    std::optional<int> temporal_tenths;
    std::string severity; // of the base score
    std::string cvss40_vector; // normalised; empty when none given
    std::optional<int> cvss40_tenths;
    std::string cvss40_severity;
    std::string recommendation;
    Tlp tlp = Tlp::AmberStrict;
};

struct FindingCheck {
    std::optional<CheckedFinding> finding;
    // field name → refusal: judul, aset, deskripsi, cvss31, cvss40, rekomendasi, tlp
    std::vector<std::pair<std::string, Message>> errors;
};

FindingCheck check_finding(const FindingInput& input);

// 92 → "9.2", 100 → "10.0".
std::string format_tenths(int tenths);

// ---------------------------------------------------------------------------------------
// The procedure link, read from the procedure snapshot, not from step ids: the
// verification step is the first staff step whose back_to names an earlier step of
// the requester or the system's owner; that step is the fixing step.

struct AssessmentSteps {
    std::size_t fixing = 0;
    std::size_t verification = 0;
};
std::optional<AssessmentSteps> assessment_steps(const catalog::Procedure& procedure);

struct FindingCounts {
    std::size_t open = 0; // Open
    std::size_t unverified = 0; // anything but Verified
};
FindingCounts count_findings(const std::vector<FindingStatus>& statuses);

// The desk's condition on a move the gate allowed: completing the fixing step needs
// every finding reported fixed (none open); completing the verification step (or any
// later forward move out of it) needs every finding verified. Going back, returning
// to the requester, refusing or withdrawing are never held back.
std::optional<Message> assessment_move_refusal(
    const AssessmentSteps& steps, const FindingCounts& counts, const Transition& transition);

// Whether the owner agency sees the findings: once the request has reached the fixing
// step (the report was handed over) or is finished.
bool owner_sees_findings(const std::optional<AssessmentSteps>& steps, const RequestState& state);

// ---------------------------------------------------------------------------------------
// The report.

struct ReportFinding {
    std::int64_t id = 0;
    std::string title;
    std::string asset;
    std::string description;
    std::string evidence_text;
    std::string evidence_file; // the file's display name, empty when none
    std::string cvss31_vector;
    int base_tenths = 0;
    std::optional<int> temporal_tenths;
    std::string severity;
    std::string cvss40_vector;
    std::optional<int> cvss40_tenths;
    std::string recommendation;
    Tlp tlp = Tlp::AmberStrict;
    FindingStatus status = FindingStatus::Open;
};

struct ReportModel {
    std::string request_number;
    std::string system_name; // from the registry, or as the request names it
    std::string system_url;
    std::string system_category; // the registry's category code, may be empty
    std::string agency; // the owner agency's name
    std::string submitted; // office dates as text
    std::string printed;
    Tlp tlp = Tlp::AmberStrict; // the marking of every page: the strictest label inside
    std::vector<ReportFinding> findings; // most severe first
    // Counts by severity, critical first: five entries (critical, high, medium, low, none).
    std::vector<std::pair<std::string, std::size_t>> counts;
    std::size_t verified = 0;
};

// Orders the findings, counts them by severity and sets the page marking to the
// strictest of `report_tlp` and the findings' labels. With `for_owner`, findings
// marked TLP:RED are left out (they go to named recipients only, never to the whole
// agency's accounts).
ReportModel build_report(
    ReportModel base, std::vector<ReportFinding> findings, Tlp report_tlp, bool for_owner);

// Of two labels, the one that shares with fewer.
Tlp stricter(Tlp a, Tlp b);

} // namespace lapis::domain
