// The assessment desk's rules: the finding status machine (every allowed and every
// refused change), severity ordering, the scores a finding stores (the same numbers
// as the CVSS calculator, the temporal rounding trap included), the procedure link
// and the report model and PDF.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <tuple>

#include "catalog/loader.hpp"
#include "documents/assessment_report.hpp"
#include "domain/assessment.hpp"
#include "domain/tokens.hpp"

namespace {

using namespace lapis;
using domain::FindingEvent;
using domain::FindingSide;
using domain::FindingStatus;

constexpr const char* kTrap = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H/E:H/RL:U/RC:U";

const std::vector<FindingStatus> kAllStatuses{ FindingStatus::Open, FindingStatus::Fixed,
    FindingStatus::Retest, FindingStatus::Verified };
const std::vector<FindingEvent> kAllEvents{ FindingEvent::ReportFix, FindingEvent::StartRetest,
    FindingEvent::Verify, FindingEvent::FailRetest };

TEST(AssessmentStatus, AllowsExactlyTheLoopOpenFixedRetestVerifiedOrOpenAgain)
{
    using Key = std::tuple<FindingStatus, FindingEvent, FindingSide>;
    const std::map<Key, FindingStatus> allowed{
        { { FindingStatus::Open, FindingEvent::ReportFix, FindingSide::Owner },
            FindingStatus::Fixed },
        { { FindingStatus::Open, FindingEvent::ReportFix, FindingSide::Team },
            FindingStatus::Fixed },
        { { FindingStatus::Fixed, FindingEvent::StartRetest, FindingSide::Team },
            FindingStatus::Retest },
        { { FindingStatus::Retest, FindingEvent::Verify, FindingSide::Team },
            FindingStatus::Verified },
        { { FindingStatus::Retest, FindingEvent::FailRetest, FindingSide::Team },
            FindingStatus::Open },
    };
    int refused = 0;
    for (FindingStatus from : kAllStatuses) {
        for (FindingEvent event : kAllEvents) {
            for (FindingSide side : { FindingSide::Team, FindingSide::Owner }) {
                const domain::FindingMove move = domain::move_finding(from, event, side);
                auto expected = allowed.find({ from, event, side });
                const std::string label = std::string(domain::to_string(from)) + " + "
                    + std::string(domain::to_string(event))
                    + (side == FindingSide::Team ? " by the team" : " by the owner");
                if (expected != allowed.end()) {
                    ASSERT_TRUE(move.to.has_value()) << label;
                    EXPECT_EQ(*move.to, expected->second) << label;
                    EXPECT_TRUE(move.refusal.key.empty()) << label;
                } else {
                    ++refused;
                    EXPECT_FALSE(move.to.has_value()) << label;
                    EXPECT_FALSE(move.refusal.key.empty()) << label;
                    // Every refusal has its text, in Indonesian.
                    EXPECT_NE(domain::render(move.refusal), move.refusal.key) << label;
                }
            }
        }
    }
    EXPECT_EQ(refused, 4 * 4 * 2 - 5);
}

TEST(AssessmentStatus, TellsTheOwnerThatOnlyTheTeamRetestsAndNamesTheCurrentStatus)
{
    EXPECT_EQ(
        domain::move_finding(FindingStatus::Fixed, FindingEvent::StartRetest, FindingSide::Owner)
            .refusal.key,
        "assessment.move.team_only");
    const auto verified_twice
        = domain::move_finding(FindingStatus::Verified, FindingEvent::Verify, FindingSide::Team);
    EXPECT_EQ(verified_twice.refusal.key, "assessment.move.not_now.verifikasi");
    EXPECT_NE(domain::render(verified_twice.refusal).find("Terverifikasi"), std::string::npos);
    const auto fixed_again
        = domain::move_finding(FindingStatus::Fixed, FindingEvent::ReportFix, FindingSide::Owner);
    EXPECT_EQ(fixed_again.refusal.key, "assessment.move.not_now.lapor-perbaikan");
}

TEST(AssessmentStatus, SlugsRoundTrip)
{
    for (FindingStatus status : kAllStatuses)
        EXPECT_EQ(domain::finding_status_from_string(domain::to_string(status)), status);
    for (FindingEvent event : kAllEvents)
        EXPECT_EQ(domain::finding_event_from_string(domain::to_string(event)), event);
    EXPECT_FALSE(domain::finding_status_from_string("closed"));
    EXPECT_FALSE(domain::finding_event_from_string(""));
}

TEST(AssessmentSeverity, OrdersCriticalFirstThenByScoreThenByAge)
{
    std::vector<domain::FindingSortKey> keys{ { 1, "low", 31 }, { 2, "critical", 90 },
        { 3, "medium", 53 }, { 4, "critical", 98 }, { 5, "none", 0 }, { 6, "high", 75 },
        { 7, "critical", 98 } };
    std::stable_sort(keys.begin(), keys.end(), domain::more_severe_first);
    std::vector<std::int64_t> ids;
    for (const auto& key : keys)
        ids.push_back(key.id);
    EXPECT_EQ(ids, (std::vector<std::int64_t>{ 4, 7, 2, 6, 3, 1, 5 }));
    EXPECT_GT(domain::severity_rank("critical"), domain::severity_rank("high"));
    EXPECT_GT(domain::severity_rank("low"), domain::severity_rank("none"));
}

domain::FindingInput valid_input()
{
    domain::FindingInput input;
    input.title = "Injeksi SQL pada formulir pencarian";
    input.asset = "https://perizinan.magelangkota.go.id/cari";
    input.description = "Parameter q tidak disaring.";
    input.cvss31 = kTrap;
    input.recommendation = "Gunakan prepared statement.";
    input.tlp = "TLP:AMBER";
    return input;
}

TEST(AssessmentFinding, StoresTheCalculatorsScoresIncludingTheTemporalRoundingTrap)
{
    const domain::FindingCheck check = domain::check_finding(valid_input());
    ASSERT_TRUE(check.finding) << (check.errors.empty() ? "" : check.errors.front().second.key);
    const domain::CvssResult calculator = domain::score_cvss(kTrap);
    EXPECT_EQ(check.finding->base_tenths, 100);
    ASSERT_TRUE(check.finding->temporal_tenths);
    EXPECT_EQ(*check.finding->temporal_tenths, 92) << "Roundup(10 × 0.92) is 9.2, not 9.3";
    EXPECT_EQ(domain::format_tenths(*check.finding->temporal_tenths),
        domain::format_score(*calculator.temporal));
    EXPECT_EQ(
        domain::format_tenths(check.finding->base_tenths), domain::format_score(*calculator.base));
    EXPECT_EQ(check.finding->severity, "critical");
    EXPECT_EQ(check.finding->cvss31_vector, calculator.normalised_vector);
    EXPECT_EQ(check.finding->tlp, domain::Tlp::Amber);
}

TEST(AssessmentFinding, HasNoTemporalScoreWithoutTemporalMetrics)
{
    domain::FindingInput input = valid_input();
    input.cvss31 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    const auto check = domain::check_finding(input);
    ASSERT_TRUE(check.finding);
    EXPECT_EQ(check.finding->base_tenths, 98);
    EXPECT_FALSE(check.finding->temporal_tenths);
    EXPECT_EQ(domain::format_tenths(5), "0.5");
    EXPECT_EQ(domain::format_tenths(0), "0.0");
}

TEST(AssessmentFinding, ValidatesAndScoresAnOptionalCvss40Vector)
{
    domain::FindingInput input = valid_input();
    input.cvss40 = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";
    const auto check = domain::check_finding(input);
    ASSERT_TRUE(check.finding);
    EXPECT_EQ(check.finding->cvss40_vector, input.cvss40);
    ASSERT_TRUE(check.finding->cvss40_tenths);
    EXPECT_EQ(*check.finding->cvss40_tenths, 93);

    input.cvss40 = "CVSS:4.0/AV:N/AC:L";
    const auto refused = domain::check_finding(input);
    ASSERT_FALSE(refused.finding);
    ASSERT_EQ(refused.errors.size(), 1u);
    EXPECT_EQ(refused.errors[0].first, "cvss40");
    EXPECT_EQ(refused.errors[0].second.key, "cvss.missing_metric");
}

TEST(AssessmentFinding, RefusesMalformedOrWrongVersionVectorsInTheirOwnField)
{
    domain::FindingInput input = valid_input();
    input.cvss31 = "CVSS:3.1/av:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    auto check = domain::check_finding(input);
    ASSERT_EQ(check.errors.size(), 1u);
    EXPECT_EQ(check.errors[0].first, "cvss31");
    EXPECT_EQ(check.errors[0].second.key, "cvss.letter_case");

    input.cvss31 = "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    check = domain::check_finding(input);
    ASSERT_EQ(check.errors.size(), 1u);
    EXPECT_EQ(check.errors[0].second.key, "assessment.cvss31_version");

    input.cvss31 = "";
    input.cvss40 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    check = domain::check_finding(input);
    ASSERT_EQ(check.errors.size(), 2u);
    EXPECT_EQ(check.errors[0].second.key, "assessment.cvss31_required");
    EXPECT_EQ(check.errors[1].second.key, "assessment.cvss40_version");
}

TEST(AssessmentFinding, NeedsTitleAssetDescriptionRecommendationAndATlp20Label)
{
    domain::FindingInput input;
    input.cvss31 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    input.tlp = "TLP:WHITE";
    input.title = "   ";
    const auto check = domain::check_finding(input);
    std::map<std::string, std::string> errors;
    for (const auto& [field, message] : check.errors)
        errors[field] = message.key;
    EXPECT_EQ(errors["judul"], "field.required");
    EXPECT_EQ(errors["aset"], "field.required");
    EXPECT_EQ(errors["deskripsi"], "field.required");
    EXPECT_EQ(errors["rekomendasi"], "field.required");
    EXPECT_EQ(errors["tlp"], "tlp.version1_white");
    EXPECT_FALSE(errors.contains("cvss31"));
}

const catalog::Procedure& penilaian(const catalog::Catalog& catalog)
{
    const catalog::Service* service = catalog.find_service("penilaian-kerentanan");
    return catalog::form_procedure(*service, nullptr);
}

TEST(AssessmentProcedure, FindsTheFixingAndVerificationStepsFromTheProcedureData)
{
    const catalog::Catalog catalog = catalog::load_bundled();
    const catalog::Procedure& procedure = penilaian(catalog);
    auto steps = domain::assessment_steps(procedure);
    ASSERT_TRUE(steps);
    EXPECT_EQ(procedure.steps.at(steps->fixing).id, "perbaikan");
    EXPECT_EQ(procedure.steps.at(steps->verification).id, "verifikasi");

    // Without a step that sends back to the owner's step, there is no loop to hold.
    catalog::Procedure plain = procedure;
    for (catalog::Step& step : plain.steps)
        step.back_to.clear();
    EXPECT_FALSE(domain::assessment_steps(plain));
    // A back_to to a staff step is not a fixing loop either.
    plain.steps.back().back_to = { "penilaian" };
    EXPECT_FALSE(domain::assessment_steps(plain));
}

domain::Transition complete_from(std::size_t step)
{
    domain::Transition transition;
    transition.action = domain::Action::Complete;
    transition.from_step = step;
    transition.to_step = step + 1;
    return transition;
}

TEST(AssessmentProcedure, HoldsTheFixingStepWhileAFindingIsOpenAndVerificationUntilAllVerified)
{
    const domain::AssessmentSteps steps{ 4, 5 };
    using S = FindingStatus;
    const auto open = domain::count_findings({ S::Open, S::Verified });
    const auto reported = domain::count_findings({ S::Fixed, S::Retest });
    const auto verified = domain::count_findings({ S::Verified, S::Verified });
    const auto none = domain::count_findings({});

    EXPECT_EQ(domain::assessment_move_refusal(steps, open, complete_from(4))->key,
        "assessment.hold.open");
    EXPECT_FALSE(domain::assessment_move_refusal(steps, reported, complete_from(4)));
    EXPECT_EQ(domain::assessment_move_refusal(steps, reported, complete_from(5))->key,
        "assessment.hold.unverified");
    EXPECT_EQ(domain::assessment_move_refusal(steps, reported, complete_from(5))->arg, "2");
    EXPECT_FALSE(domain::assessment_move_refusal(steps, verified, complete_from(5)));
    EXPECT_FALSE(domain::assessment_move_refusal(steps, none, complete_from(5)));
    // Earlier steps are the team's own work: not held.
    EXPECT_FALSE(domain::assessment_move_refusal(steps, open, complete_from(3)));
    // Going back, asking the requester, refusing: never held.
    for (domain::Action action : { domain::Action::Back, domain::Action::Return,
             domain::Action::Reject, domain::Action::Withdraw }) {
        domain::Transition transition = complete_from(5);
        transition.action = action;
        EXPECT_FALSE(domain::assessment_move_refusal(steps, open, transition));
    }
}

TEST(AssessmentProcedure, ShowsFindingsToTheOwnerFromTheFixingStepOn)
{
    const domain::AssessmentSteps steps{ 4, 5 };
    domain::RequestState state;
    state.step = 3;
    EXPECT_FALSE(domain::owner_sees_findings(steps, state));
    state.step = 4;
    EXPECT_TRUE(domain::owner_sees_findings(steps, state));
    state.step = 5;
    EXPECT_TRUE(domain::owner_sees_findings(steps, state));
    state.status = domain::Status::Selesai;
    EXPECT_TRUE(domain::owner_sees_findings(steps, state));
    state.status = domain::Status::Ditolak;
    EXPECT_FALSE(domain::owner_sees_findings(steps, state));
}

domain::ReportFinding report_finding(
    std::int64_t id, const std::string& severity, int base, domain::Tlp tlp)
{
    domain::ReportFinding finding;
    finding.id = id;
    finding.title = "Temuan " + std::to_string(id);
    finding.severity = severity;
    finding.base_tenths = base;
    finding.tlp = tlp;
    finding.cvss31_vector = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    return finding;
}

TEST(AssessmentReport, OrdersBySeverityCountsAndMarksWithTheStrictestLabel)
{
    using domain::Tlp;
    std::vector<domain::ReportFinding> findings{ report_finding(1, "medium", 53, Tlp::Green),
        report_finding(2, "critical", 98, Tlp::Amber), report_finding(3, "high", 75, Tlp::Red),
        report_finding(4, "medium", 65, Tlp::Clear) };
    findings[1].status = FindingStatus::Verified;

    const auto staff = domain::build_report({}, findings, Tlp::Green, false);
    ASSERT_EQ(staff.findings.size(), 4u);
    EXPECT_EQ(staff.findings[0].id, 2);
    EXPECT_EQ(staff.findings[1].id, 3);
    EXPECT_EQ(staff.findings[2].id, 4);
    EXPECT_EQ(staff.findings[3].id, 1);
    EXPECT_EQ(staff.tlp, Tlp::Red);
    EXPECT_EQ(staff.verified, 1u);
    ASSERT_EQ(staff.counts.size(), 5u);
    EXPECT_EQ(staff.counts[0], (std::pair<std::string, std::size_t>{ "critical", 1 }));
    EXPECT_EQ(staff.counts[1], (std::pair<std::string, std::size_t>{ "high", 1 }));
    EXPECT_EQ(staff.counts[2], (std::pair<std::string, std::size_t>{ "medium", 2 }));
    EXPECT_EQ(staff.counts[3], (std::pair<std::string, std::size_t>{ "low", 0 }));

    // The owner's copy leaves the TLP:RED finding out, and its marking follows.
    const auto owner = domain::build_report({}, findings, Tlp::Green, true);
    ASSERT_EQ(owner.findings.size(), 3u);
    for (const auto& finding : owner.findings)
        EXPECT_NE(finding.tlp, Tlp::Red);
    EXPECT_EQ(owner.tlp, Tlp::Amber);
    EXPECT_EQ(owner.counts[1].second, 0u);

    EXPECT_EQ(domain::build_report({}, {}, Tlp::Clear, false).tlp, Tlp::Clear);
    EXPECT_EQ(domain::stricter(Tlp::Clear, Tlp::AmberStrict), Tlp::AmberStrict);
}

bool have_pdftotext()
{
    return std::system("command -v pdftotext >/dev/null 2>&1") == 0;
}

TEST(AssessmentReport, PdfCarriesTheTlpMarkingOnEveryPageAndTheTrapScores)
{
    const catalog::Catalog catalog = catalog::load_bundled();
    std::vector<domain::ReportFinding> findings;
    for (int i = 1; i <= 12; ++i) {
        domain::ReportFinding finding = report_finding(i, "medium", 50, domain::Tlp::AmberStrict);
        finding.description = std::string(400, 'x') + " <script>&";
        findings.push_back(finding);
    }
    findings[0].severity = "critical";
    findings[0].base_tenths = 100;
    findings[0].temporal_tenths = 92;
    findings[0].cvss31_vector = kTrap;
    findings[0].title = "Injeksi <SQL> & \"kutip\"";
    domain::ReportModel base;
    base.request_number = "LPS-2026-000123";
    base.system_name = "Portal Layanan Perizinan";
    base.agency = "Dinas Komunikasi";
    documents::AssessmentReportInput input;
    input.catalog = &catalog;
    input.report = domain::build_report(base, findings, domain::Tlp::AmberStrict, false);
    input.document_code = "abcdefghij";
    input.verify_url = "https://lapis.example/verifikasi/abcdefghij";
    const documents::AssessmentReport report = documents::render_assessment_report(input);
    ASSERT_EQ(report.pdf.rfind("%PDF", 0), 0u);
    EXPECT_GE(report.pages, 2);
    if (!have_pdftotext())
        GTEST_SKIP() << "poppler-utils (pdftotext) is not installed";
    const auto directory
        = std::filesystem::temp_directory_path() / ("lapis-report-" + domain::random_token(6));
    std::filesystem::create_directories(directory);
    const std::string path = (directory / "report.pdf").string();
    std::ofstream(path, std::ios::binary) << report.pdf;
    for (int page = 1; page <= report.pages; ++page) {
        const std::string text_path = (directory / ("page" + std::to_string(page))).string();
        const std::string command = "pdftotext -f " + std::to_string(page) + " -l "
            + std::to_string(page) + " '" + path + "' '" + text_path + "'";
        ASSERT_EQ(std::system(command.c_str()), 0);
        std::ifstream in(text_path);
        const std::string text((std::istreambuf_iterator<char>(in)), {});
        std::size_t count = 0;
        for (auto at = text.find("TLP:AMBER+STRICT"); at != std::string::npos;
             at = text.find("TLP:AMBER+STRICT", at + 1))
            ++count;
        EXPECT_GE(count, 2u) << "page " << page << ": header and footer marking";
        if (page == 1) {
            EXPECT_NE(text.find("Injeksi <SQL> & \"kutip\""), std::string::npos);
            EXPECT_NE(text.find("LPS-2026-000123"), std::string::npos);
        }
    }
    std::ifstream whole_in;
    const std::string all_path = (directory / "all").string();
    ASSERT_EQ(std::system(("pdftotext '" + path + "' '" + all_path + "'").c_str()), 0);
    std::ifstream all(all_path);
    const std::string text((std::istreambuf_iterator<char>(all)), {});
    EXPECT_NE(text.find("9.2"), std::string::npos);
    EXPECT_NE(text.find("10.0"), std::string::npos);
    EXPECT_EQ(text.find("9.3"), std::string::npos);
    std::filesystem::remove_all(directory);
}

} // namespace
