#include "domain/assessment.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "domain/form.hpp"

namespace lapis::domain {
namespace {

constexpr std::size_t kTitleMax = 200;
constexpr std::size_t kAssetMax = 500;
constexpr std::size_t kTextMax = 20000;

struct StatusName {
    FindingStatus status;
    std::string_view slug;
};
constexpr std::array<StatusName, 4> kStatuses{ {
    { FindingStatus::Open, "terbuka" },
    { FindingStatus::Fixed, "diperbaiki" },
    { FindingStatus::Retest, "uji-ulang" },
    { FindingStatus::Verified, "terverifikasi" },
} };

struct EventName {
    FindingEvent event;
    std::string_view slug;
};
constexpr std::array<EventName, 4> kEvents{ {
    { FindingEvent::ReportFix, "lapor-perbaikan" },
    { FindingEvent::StartRetest, "uji-ulang" },
    { FindingEvent::Verify, "verifikasi" },
    { FindingEvent::FailRetest, "gagal" },
} };

bool blank(const std::string& text)
{
    return std::all_of(text.begin(), text.end(),
        [](unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

int tenths(double score)
{
    return static_cast<int>(std::lround(score * 10.0));
}

} // namespace

std::string_view to_string(FindingStatus status)
{
    for (const StatusName& name : kStatuses) {
        if (name.status == status)
            return name.slug;
    }
    return "terbuka";
}

std::optional<FindingStatus> finding_status_from_string(std::string_view slug)
{
    for (const StatusName& name : kStatuses) {
        if (name.slug == slug)
            return name.status;
    }
    return std::nullopt;
}

std::string finding_status_key(FindingStatus status)
{
    return "assessment.status." + std::string(to_string(status));
}

std::string_view to_string(FindingEvent event)
{
    for (const EventName& name : kEvents) {
        if (name.event == event)
            return name.slug;
    }
    return "lapor-perbaikan";
}

std::optional<FindingEvent> finding_event_from_string(std::string_view slug)
{
    for (const EventName& name : kEvents) {
        if (name.slug == slug)
            return name.event;
    }
    return std::nullopt;
}

std::string finding_event_key(FindingEvent event)
{
    return "assessment.event." + std::string(to_string(event));
}

FindingMove move_finding(FindingStatus from, FindingEvent event, FindingSide side)
{
    FindingMove move;
    if (side == FindingSide::Owner && event != FindingEvent::ReportFix) {
        move.refusal = { "assessment.move.team_only", {} };
        return move;
    }
    switch (event) {
    case FindingEvent::ReportFix:
        if (from == FindingStatus::Open)
            move.to = FindingStatus::Fixed;
        break;
    case FindingEvent::StartRetest:
        if (from == FindingStatus::Fixed)
            move.to = FindingStatus::Retest;
        break;
    case FindingEvent::Verify:
    case FindingEvent::FailRetest:
        if (from == FindingStatus::Retest)
            move.to = event == FindingEvent::Verify ? FindingStatus::Verified : FindingStatus::Open;
        break;
    }
    if (!move.to) {
        move.refusal = { "assessment.move.not_now." + std::string(to_string(event)),
            text(finding_status_key(from)) };
    }
    return move;
}

int severity_rank(std::string_view severity_code)
{
    constexpr std::array<std::string_view, 5> kOrder{ "none", "low", "medium", "high", "critical" };
    for (std::size_t i = 0; i < kOrder.size(); ++i) {
        if (kOrder[i] == severity_code)
            return static_cast<int>(i);
    }
    return 0;
}

bool more_severe_first(const FindingSortKey& a, const FindingSortKey& b)
{
    const int rank_a = severity_rank(a.severity);
    const int rank_b = severity_rank(b.severity);
    if (rank_a != rank_b)
        return rank_a > rank_b;
    if (a.base_tenths != b.base_tenths)
        return a.base_tenths > b.base_tenths;
    return a.id < b.id;
}

std::string format_tenths(int value)
{
    return std::to_string(value / 10) + "." + std::to_string(value % 10);
}

FindingCheck check_finding(const FindingInput& input)
{
    FindingCheck check;
    CheckedFinding finding;
    auto required = [&](const char* field, const std::string& value, std::size_t max,
                        std::string& into) {
        if (blank(value)) {
            check.errors.emplace_back(field, Message{ "field.required", {} });
        } else if (character_count(value) > max) {
            check.errors.emplace_back(field, Message{ "assessment.too_long", std::to_string(max) });
        } else {
            into = trimmed(value);
        }
    };
    required("judul", input.title, kTitleMax, finding.title);
    if (!finding.title.empty() && finding.title.find('\n') != std::string::npos) {
        check.errors.emplace_back("judul", Message{ "assessment.single_line", {} });
    }
    required("aset", input.asset, kAssetMax, finding.asset);
    required("deskripsi", input.description, kTextMax, finding.description);
    required("rekomendasi", input.recommendation, kTextMax, finding.recommendation);
    if (character_count(input.evidence_text) > kTextMax) {
        check.errors.emplace_back(
            "bukti_teks", Message{ "assessment.too_long", std::to_string(kTextMax) });
    } else {
        finding.evidence_text = trimmed(input.evidence_text);
    }

    if (blank(input.cvss31)) {
        check.errors.emplace_back("cvss31", Message{ "assessment.cvss31_required", {} });
    } else {
        CvssResult result = score_cvss(input.cvss31);
        if (result.error) {
            check.errors.emplace_back("cvss31", *result.error);
        } else if (result.version != "3.1") {
            check.errors.emplace_back(
                "cvss31", Message{ "assessment.cvss31_version", result.version });
        } else {
            finding.cvss31_vector = result.normalised_vector;
            finding.base_tenths = tenths(result.base.value_or(0));
            if (result.temporal)
                finding.temporal_tenths = tenths(*result.temporal);
            finding.severity = result.severity;
        }
    }
    if (!blank(input.cvss40)) {
        CvssResult result = score_cvss(input.cvss40);
        if (result.error) {
            check.errors.emplace_back("cvss40", *result.error);
        } else if (result.version != "4.0") {
            check.errors.emplace_back(
                "cvss40", Message{ "assessment.cvss40_version", result.version });
        } else {
            finding.cvss40_vector = result.normalised_vector;
            if (result.base)
                finding.cvss40_tenths = tenths(*result.base);
            finding.cvss40_severity = result.severity;
        }
    }
    TlpParse tlp = parse_tlp(input.tlp);
    if (tlp.error)
        check.errors.emplace_back("tlp", *tlp.error);
    else
        finding.tlp = *tlp.tlp;
    if (check.errors.empty())
        check.finding = std::move(finding);
    return check;
}

std::optional<AssessmentSteps> assessment_steps(const catalog::Procedure& procedure)
{
    for (std::size_t v = 0; v < procedure.steps.size(); ++v) {
        const catalog::Step& step = procedure.steps[v];
        if (step.actor.kind != catalog::ActorKind::Role)
            continue;
        for (const std::string& target : step.back_to) {
            for (std::size_t f = 0; f < v; ++f) {
                const catalog::Step& earlier = procedure.steps[f];
                const bool owner_side = earlier.actor.kind == catalog::ActorKind::Requester
                    || earlier.actor.kind == catalog::ActorKind::SystemOwner;
                if (earlier.id == target && owner_side)
                    return AssessmentSteps{ f, v };
            }
        }
    }
    return std::nullopt;
}

FindingCounts count_findings(const std::vector<FindingStatus>& statuses)
{
    FindingCounts counts;
    for (FindingStatus status : statuses) {
        if (status == FindingStatus::Open)
            ++counts.open;
        if (status != FindingStatus::Verified)
            ++counts.unverified;
    }
    return counts;
}

std::optional<Message> assessment_move_refusal(
    const AssessmentSteps& steps, const FindingCounts& counts, const Transition& transition)
{
    if (transition.action != Action::Complete)
        return std::nullopt;
    if (transition.from_step == steps.fixing && counts.open > 0)
        return Message{ "assessment.hold.open", std::to_string(counts.open) };
    if (transition.from_step >= steps.verification && counts.unverified > 0)
        return Message{ "assessment.hold.unverified", std::to_string(counts.unverified) };
    return std::nullopt;
}

bool owner_sees_findings(const std::optional<AssessmentSteps>& steps, const RequestState& state)
{
    if (is_finished(state.status))
        return state.status == Status::Selesai;
    return steps && state.step >= steps->fixing;
}

Tlp stricter(Tlp a, Tlp b)
{
    // tlp_levels() lists the labels most restrictive first.
    for (Tlp level : tlp_levels()) {
        if (level == a || level == b)
            return level;
    }
    return a;
}

ReportModel build_report(
    ReportModel base, std::vector<ReportFinding> findings, Tlp report_tlp, bool for_owner)
{
    ReportModel report = std::move(base);
    report.findings.clear();
    report.tlp = report_tlp;
    for (ReportFinding& finding : findings) {
        if (for_owner && finding.tlp == Tlp::Red)
            continue;
        report.tlp = stricter(report.tlp, finding.tlp);
        report.findings.push_back(std::move(finding));
    }
    std::stable_sort(report.findings.begin(), report.findings.end(),
        [](const ReportFinding& a, const ReportFinding& b) {
            return more_severe_first(
                { a.id, a.severity, a.base_tenths }, { b.id, b.severity, b.base_tenths });
        });
    report.counts.clear();
    report.verified = 0;
    for (std::string_view code : { "critical", "high", "medium", "low", "none" }) {
        std::size_t n = 0;
        for (const ReportFinding& finding : report.findings) {
            if (finding.severity == code)
                ++n;
        }
        report.counts.emplace_back(std::string(code), n);
    }
    for (const ReportFinding& finding : report.findings) {
        if (finding.status == FindingStatus::Verified)
            ++report.verified;
    }
    return report;
}

} // namespace lapis::domain
