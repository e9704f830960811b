// The CSIRT desk's records on both engines: the case, entries that are only added
// to, evidence labels, the system link — each with its history row in the same
// transaction.
#include <gtest/gtest.h>

#include "catalog/loader.hpp"
#include "domain/tokens.hpp"
#include "engine_fixture.hpp"
#include "store/incident.hpp"
#include "store/requests.hpp"

namespace {

using namespace lapis;

class IncidentStoreTest : public test_support::EngineTest {
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        if (IsSkipped())
            return;
        requests = std::make_unique<store::RequestStore>(*database);
        incidents = std::make_unique<store::IncidentStore>(*database);
        const catalog::Service* service = catalog.find_service("pelaporan-insiden");
        store::NewRequest request;
        request.prefix = "LPS";
        request.year = 2026;
        request.service = service->id;
        request.kind = "insiden";
        request.procedure = &catalog::form_procedure(*service, service->find_kind("insiden"));
        request.fields = { { "judul", "Situs diubah" } };
        request.requester_name = "Dewi";
        request.tracking_hash = domain::sha256_hex("code");
        request.now = now;
        store::NewAttachment evidence;
        evidence.field = "bukti";
        evidence.original_name = "bukti-log.txt";
        evidence.content_type = "text/plain";
        evidence.size = 3;
        evidence.sha256 = domain::sha256_hex("log");
        request.attachments = { evidence };
        number = requests->create(request).number;
        stored = *requests->find(number);
    }

    void TearDown() override
    {
        incidents.reset();
        requests.reset();
        EngineTest::TearDown();
    }

    store::DeskEvent event(const std::string& key, bool public_note = false)
    {
        return { key, "staf", 7, "catatan " + key, public_note, { { "x", 1 } } };
    }

    std::size_t desk_rows()
    {
        std::size_t rows = 0;
        for (const store::HistoryEntry& entry : requests->history(stored.id))
            rows += entry.action == "desk" ? 1 : 0;
        return rows;
    }

    const catalog::Catalog catalog = catalog::load_bundled();
    const domain::TimePoint now = domain::from_utc_text("2026-12-03T10:00:00Z").value();
    std::unique_ptr<store::RequestStore> requests;
    std::unique_ptr<store::IncidentStore> incidents;
    std::string number;
    store::StoredRequest stored;
};

TEST_P(IncidentStoreTest, AReportWithoutRecordsHasNoCase)
{
    EXPECT_FALSE(incidents->find(stored.id));
    EXPECT_TRUE(incidents->entries(stored.id).empty());
    EXPECT_TRUE(incidents->evidence_labels(stored.id).empty());
}

TEST_P(IncidentStoreTest, ClassificationIsStoredAndReplacedWithAHistoryRowEachTime)
{
    incidents->classify(stored.id,
        { "intrusions", "application-compromise", "TLP:AMBER", "P2", "P2", "" },
        event("incident.event.classified"), now);
    incidents->classify(stored.id,
        { "intrusions", "application-compromise", "TLP:GREEN", "P1", "P2", "Layanan utama." },
        event("incident.event.classified", true), now);
    auto record = incidents->find(stored.id);
    ASSERT_TRUE(record);
    EXPECT_TRUE(record->classified());
    EXPECT_EQ(record->rsit_type, "application-compromise");
    EXPECT_EQ(record->tlp, "TLP:GREEN");
    EXPECT_EQ(record->priority, "P1");
    EXPECT_EQ(record->default_priority, "P2");
    EXPECT_EQ(record->priority_reason, "Layanan utama.");
    EXPECT_FALSE(record->system_id);
    EXPECT_EQ(desk_rows(), 2u);
    const auto history = requests->history(stored.id);
    EXPECT_NE(history.back().detail.find("\"public\":true"), std::string::npos);
    EXPECT_NE(history.back().detail.find("incident.event.classified"), std::string::npos);
}

TEST_P(IncidentStoreTest, EntriesAreAddedNeverChangedAndTheNewestOfAKindCounts)
{
    store::IncidentEntry first{ 0, stored.id, "verification", "TLP:GREEN",
        { { "verified", false }, { "note", "Belum." } }, "staf", 7, {} };
    store::IncidentEntry second = first;
    second.body = { { "verified", true }, { "note", "" } };
    store::IncidentEntry mitigation{ 0, stored.id, "mitigation", "TLP:AMBER",
        { { "mitigation", "Tambal." }, { "prevention", "" } }, "instansi", 9, {} };
    incidents->add_entry(first, event("incident.event.verification"), now);
    incidents->add_entry(mitigation, event("incident.event.mitigation"), now);
    incidents->add_entry(second, event("incident.event.verification"), now);
    const auto all = incidents->entries(stored.id);
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].body["note"], "Belum.");
    EXPECT_EQ(all[1].actor_kind, "instansi");
    EXPECT_EQ(all[1].actor_user, 9);
    EXPECT_EQ(all[1].recorded_at, now);
    const auto latest = incidents->latest_entries(stored.id);
    EXPECT_EQ(latest.at("verification").body["verified"], true);
    EXPECT_EQ(latest.at("mitigation").tlp, "TLP:AMBER");
    EXPECT_EQ(desk_rows(), 3u);
}

TEST_P(IncidentStoreTest, EvidenceLabelsBelongToTheRequestsOwnAttachments)
{
    const auto attachments = requests->attachments(stored.id);
    ASSERT_EQ(attachments.size(), 1u);
    const std::int64_t id = attachments.front().id;
    EXPECT_TRUE(incidents->label_evidence(
        stored.id, id, "TLP:RED", event("incident.event.evidence_labelled"), now));
    EXPECT_TRUE(incidents->label_evidence(
        stored.id, id, "TLP:AMBER", event("incident.event.evidence_labelled"), now));
    EXPECT_EQ(incidents->evidence_labels(stored.id).at(id), "TLP:AMBER");
    EXPECT_FALSE(incidents->label_evidence(
        stored.id, id + 100, "TLP:CLEAR", event("incident.event.evidence_labelled"), now));
    EXPECT_EQ(incidents->evidence_labels(stored.id).size(), 1u);
    EXPECT_EQ(desk_rows(), 2u) << "a refused label writes no history";
}

TEST_P(IncidentStoreTest, ASystemIsLinkedOrRegisteredAndLinkedInOneStep)
{
    store::ElectronicSystem system;
    system.agency = "dinas-kesehatan";
    system.name = "Situs Dinkes";
    system.url = "https://dinkes.magelangkota.go.id";
    auto id = incidents->register_and_link(
        stored.id, system, event("incident.event.system_linked"), now);
    ASSERT_TRUE(id);
    EXPECT_EQ(incidents->find(stored.id)->system_id, *id);
    EXPECT_FALSE(incidents->find(stored.id)->classified());
    system.name = "situs dinkes";
    EXPECT_FALSE(
        incidents->register_and_link(stored.id, system, event("incident.event.system_linked"), now))
        << "the agency has a system of that name";
    EXPECT_FALSE(
        incidents->link_system(stored.id, *id + 50, event("incident.event.system_linked"), now));
    EXPECT_TRUE(incidents->link_system(stored.id, *id, event("incident.event.system_linked"), now));
    store::SystemStore systems(*database);
    EXPECT_EQ(systems.list("dinas-kesehatan").size(), 1u);
    EXPECT_EQ(desk_rows(), 2u);
}

LAPIS_ON_BOTH_ENGINES(IncidentStoreTest);

} // namespace
