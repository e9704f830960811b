// The assessment desk's store on both engines: findings with their scores, status
// changes that only happen from the status read, and each change with its history row.
#include <gtest/gtest.h>

#include <soci/soci.h>

#include "catalog/loader.hpp"
#include "domain/tokens.hpp"
#include "engine_fixture.hpp"
#include "store/assessment.hpp"
#include "store/requests.hpp"
#include "store/systems.hpp"

namespace {

using namespace lapis;
using domain::FindingStatus;

class AssessmentStoreTest : public test_support::EngineTest {
protected:
    std::int64_t new_request()
    {
        store::RequestStore requests(*database);
        const catalog::Service* service = catalog.find_service("penilaian-kerentanan");
        store::NewRequest request;
        request.prefix = "LPS";
        request.year = 2026;
        request.service = service->id;
        request.procedure = &catalog::form_procedure(*service, nullptr);
        request.fields = { { "nama_sistem", "Portal Perizinan" } };
        request.requester_name = "Rina";
        request.requester_agency = "dinas-kesehatan";
        request.title = "Penilaian portal";
        request.tracking_hash = domain::sha256_hex("code-" + domain::random_token(4));
        request.now = now;
        return requests.create(request).id;
    }

    store::Finding finding(std::int64_t request_id, const std::string& title)
    {
        store::Finding finding;
        finding.request_id = request_id;
        finding.title = title;
        finding.asset = "https://perizinan.magelangkota.go.id";
        finding.description = "Deskripsi";
        finding.cvss31_vector = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H/E:H/RL:U/RC:U";
        finding.base_tenths = 100;
        finding.temporal_tenths = 92;
        finding.severity = "critical";
        finding.recommendation = "Perbaiki";
        finding.tlp = "TLP:AMBER";
        finding.created_by = 7;
        return finding;
    }

    store::DeskEvent event(const std::string& key)
    {
        store::DeskEvent event;
        event.event = key;
        event.actor_kind = "staf";
        event.actor_user = 7;
        event.note = "catatan";
        return event;
    }

    std::vector<store::HistoryEntry> desk_history(std::int64_t request_id)
    {
        store::RequestStore requests(*database);
        std::vector<store::HistoryEntry> rows;
        for (const store::HistoryEntry& entry : requests.history(request_id)) {
            if (entry.action == "desk")
                rows.push_back(entry);
        }
        return rows;
    }

    const catalog::Catalog catalog = catalog::load_bundled();
    domain::TimePoint now = domain::Clock().now();
};

LAPIS_ON_BOTH_ENGINES(AssessmentStoreTest);

TEST_P(AssessmentStoreTest, KeepsAFindingsScoresAndWritesItsHistoryRow)
{
    const std::int64_t request = new_request();
    store::AssessmentStore store(*database);
    store::Finding with_evidence = finding(request, "Injeksi SQL");
    with_evidence.evidence = { std::string(64, 'a'), "bukti.png", "image/png", 1234 };
    with_evidence.cvss40_vector = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";
    with_evidence.cvss40_tenths = 93;
    const std::int64_t first
        = store.add_finding(with_evidence, event("assessment.event.added"), now);
    store::Finding plain = finding(request, "XSS");
    plain.temporal_tenths.reset();
    const std::int64_t second = store.add_finding(plain, event("assessment.event.added"), now);

    const auto findings = store.findings(request);
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(findings[0].id, first);
    EXPECT_EQ(findings[0].title, "Injeksi SQL");
    EXPECT_EQ(findings[0].base_tenths, 100);
    EXPECT_EQ(findings[0].temporal_tenths, 92);
    EXPECT_EQ(findings[0].cvss40_tenths, 93);
    EXPECT_EQ(findings[0].evidence.name, "bukti.png");
    EXPECT_EQ(findings[0].evidence.size, 1234);
    EXPECT_EQ(findings[0].status, FindingStatus::Open);
    EXPECT_EQ(findings[0].tlp, "TLP:AMBER");
    EXPECT_EQ(findings[1].id, second);
    EXPECT_FALSE(findings[1].temporal_tenths);
    EXPECT_FALSE(findings[1].cvss40_tenths);

    const auto history = desk_history(request);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_NE(history[0].detail.find("assessment.event.added"), std::string::npos);
    EXPECT_NE(history[0].detail.find("\"finding\":" + std::to_string(first)), std::string::npos);
}

TEST_P(AssessmentStoreTest, ChangesAStatusOnlyFromTheStatusReadAndRecordsEachChange)
{
    const std::int64_t request = new_request();
    store::AssessmentStore store(*database);
    const std::int64_t id
        = store.add_finding(finding(request, "A"), event("assessment.event.added"), now);
    EXPECT_TRUE(store.change_status(request, id, FindingStatus::Open, FindingStatus::Fixed,
        event("assessment.event.lapor-perbaikan"), now));
    // A second writer that read "open" too loses, and writes nothing.
    EXPECT_FALSE(store.change_status(request, id, FindingStatus::Open, FindingStatus::Fixed,
        event("assessment.event.lapor-perbaikan"), now));
    // Another request's finding is not reachable through this one.
    const std::int64_t other = new_request();
    EXPECT_FALSE(store.change_status(other, id, FindingStatus::Fixed, FindingStatus::Retest,
        event("assessment.event.uji-ulang"), now));
    EXPECT_FALSE(store.finding(other, id));
    EXPECT_EQ(store.finding(request, id)->status, FindingStatus::Fixed);
    EXPECT_EQ(desk_history(request).size(), 2u);
    EXPECT_TRUE(desk_history(other).empty());
}

TEST_P(AssessmentStoreTest, ChangesWhatTheTeamWroteButNotTheStatusOrTheEvidenceUnlessGiven)
{
    const std::int64_t request = new_request();
    store::AssessmentStore store(*database);
    store::Finding original = finding(request, "Judul lama");
    original.evidence = { std::string(64, 'b'), "lama.png", "image/png", 10 };
    const std::int64_t id = store.add_finding(original, event("assessment.event.added"), now);
    ASSERT_TRUE(store.change_status(request, id, FindingStatus::Open, FindingStatus::Fixed,
        event("assessment.event.lapor-perbaikan"), now));

    store::Finding changed = finding(request, "Judul baru");
    changed.id = id;
    changed.cvss31_vector = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    changed.base_tenths = 98;
    changed.temporal_tenths.reset();
    EXPECT_TRUE(store.update_finding(changed, event("assessment.event.changed"), now));
    auto stored = store.finding(request, id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->title, "Judul baru");
    EXPECT_EQ(stored->base_tenths, 98);
    EXPECT_FALSE(stored->temporal_tenths);
    EXPECT_EQ(stored->status, FindingStatus::Fixed);
    EXPECT_EQ(stored->evidence.name, "lama.png");

    changed.evidence = { std::string(64, 'c'), "baru.pdf", "application/pdf", 20 };
    EXPECT_TRUE(store.update_finding(changed, event("assessment.event.changed"), now));
    EXPECT_EQ(store.finding(request, id)->evidence.name, "baru.pdf");
    EXPECT_EQ(desk_history(request).size(), 4u);

    // Not through another request.
    const std::int64_t own_request = changed.request_id;
    changed.request_id = new_request();
    EXPECT_FALSE(store.update_finding(changed, event("assessment.event.changed"), now));
    EXPECT_TRUE(desk_history(changed.request_id).empty());

    // Not once verified, even from a copy read before.
    changed.request_id = own_request;
    ASSERT_TRUE(store.change_status(own_request, id, FindingStatus::Fixed, FindingStatus::Retest,
        event("assessment.event.retest"), now));
    ASSERT_TRUE(store.change_status(own_request, id, FindingStatus::Retest, FindingStatus::Verified,
        event("assessment.event.verified"), now));
    changed.title = "Diubah sesudah diverifikasi";
    EXPECT_FALSE(store.update_finding(changed, event("assessment.event.changed"), now));
    EXPECT_NE(store.finding(own_request, id)->title, "Diubah sesudah diverifikasi");
}

TEST_P(AssessmentStoreTest, SavesTheAssessmentOnceAndUpdatesItAfterwards)
{
    const std::int64_t request = new_request();
    store::AssessmentStore store(*database);
    EXPECT_EQ(store.assessment(request).report_tlp, "TLP:AMBER+STRICT");
    EXPECT_FALSE(store.assessment(request).system_id);

    store::SystemStore systems(*database);
    store::ElectronicSystem system;
    system.agency = "dinas-kesehatan";
    system.name = "Portal Perizinan";
    auto system_id = systems.add(system, now);
    ASSERT_TRUE(system_id);

    store::Assessment assessment;
    assessment.request_id = request;
    assessment.system_id = *system_id;
    assessment.report_tlp = "TLP:GREEN";
    store.save_assessment(assessment, event("assessment.event.settings"), now);
    EXPECT_EQ(store.assessment(request).system_id, *system_id);
    EXPECT_EQ(store.assessment(request).report_tlp, "TLP:GREEN");

    assessment.system_id.reset();
    assessment.report_tlp = "TLP:RED";
    store.save_assessment(assessment, event("assessment.event.settings"), now);
    EXPECT_FALSE(store.assessment(request).system_id);
    EXPECT_EQ(store.assessment(request).report_tlp, "TLP:RED");
    EXPECT_EQ(desk_history(request).size(), 2u);
}

} // namespace
