// The e-signature desk's store on both engines: milestones kept in the order
// recorded, with their dates, notes and who recorded them, each with its
// history row.
#include <gtest/gtest.h>

#include "catalog/loader.hpp"
#include "engine_fixture.hpp"
#include "store/esignature.hpp"
#include "store/requests.hpp"
#include "store/users.hpp"

namespace {

using namespace lapis;

class EsignatureStoreTest : public test_support::EngineTest { };

TEST_P(EsignatureStoreTest, KeepsMilestonesInOrderWithTheirHistory)
{
    const auto catalog = catalog::load_bundled();
    const auto now = *domain::from_utc_text("2027-03-01T02:00:00Z");
    const auto user = store::UserStore(*database).add(
        "pendamping@magelangkota.go.id", "Sari Pendamping", "x", { "tim-pendamping" }, now);
    const catalog::Service* service = catalog.find_service("implementasi-sertifikat-elektronik");
    store::NewRequest request;
    request.prefix = "LPS";
    request.year = 2027;
    request.service = service->id;
    request.procedure = &catalog::form_procedure(*service, nullptr);
    request.tracking_hash = "hash";
    request.now = now;
    const auto id = store::RequestStore(*database).create(request).id;

    store::EsignatureStore milestones(*database);
    for (auto [milestone, day] : { std::pair{ "analisis-kebutuhan", 3 },
             std::pair{ "integrasi-development", 10 }, std::pair{ "uji-kesesuaian", 20 } }) {
        store::MilestoneEntry entry;
        entry.request_id = id;
        entry.milestone = milestone;
        entry.happened_on = { 2027, 2, day };
        entry.note = std::string("catatan ") + milestone;
        entry.recorded_by = user;
        milestones.add(entry,
            { "esignature.event.milestone_recorded", "staf", user, entry.note, true, {} }, now);
    }
    const auto entries = milestones.milestones(id);
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_EQ(entries[0].milestone, "analisis-kebutuhan");
    EXPECT_EQ(entries[2].milestone, "uji-kesesuaian");
    EXPECT_EQ(entries[2].happened_on, (domain::Date{ 2027, 2, 20 }));
    EXPECT_EQ(entries[1].note, "catatan integrasi-development");
    EXPECT_EQ(entries[1].recorded_by_name, "Sari Pendamping");
    EXPECT_EQ(std::ranges::count_if(store::RequestStore(*database).history(id),
                  [](const store::HistoryEntry& entry) { return entry.action == "desk"; }),
        3);
}

LAPIS_ON_BOTH_ENGINES(EsignatureStoreTest);

} // namespace
