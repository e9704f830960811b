// The registry of electronic systems: one name per agency, the newest complete
// categorisation as the system's category, and a history that is only added to.
#include <gtest/gtest.h>

#include "engine_fixture.hpp"
#include "store/systems.hpp"

namespace {

using namespace lapis;

class SystemStoreTest : public test_support::EngineTest {
protected:
    store::ElectronicSystem system(const std::string& agency, const std::string& name)
    {
        store::ElectronicSystem system;
        system.agency = agency;
        system.name = name;
        system.url = "https://" + name + ".magelangkota.go.id";
        system.owner_unit = "Bidang Aplikasi";
        system.description = "Layanan publik";
        return system;
    }

    store::SystemCategorisation categorisation(
        store::SystemId id, const std::string& category, std::optional<int> score)
    {
        store::SystemCategorisation result;
        result.system_id = id;
        result.instrument_version = "bssn-8-2020-lampiran";
        result.answers = std::vector<std::string>(10, category.empty() ? "" : "A");
        result.score = score;
        result.category = category;
        result.recorded_by = 1;
        result.recorded_at = now;
        return result;
    }

    domain::TimePoint now = domain::Clock().now();
};

LAPIS_ON_BOTH_ENGINES(SystemStoreTest);

TEST_P(SystemStoreTest, RefusesASecondSystemOfTheSameNameInOneAgency)
{
    store::SystemStore systems(*database);
    ASSERT_TRUE(systems.add(system("DISKOMINFO", "simpeg"), now));
    EXPECT_FALSE(systems.add(system("DISKOMINFO", "SIMPEG"), now));
    EXPECT_TRUE(systems.add(system("DINKES", "simpeg"), now));
    EXPECT_EQ(systems.list().size(), 2u);
    EXPECT_EQ(systems.list("DINKES").size(), 1u);
}

TEST_P(SystemStoreTest, UpdatesTheDescriptionButNotIntoATakenName)
{
    store::SystemStore systems(*database);
    auto first = systems.add(system("DISKOMINFO", "simpeg"), now);
    ASSERT_TRUE(systems.add(system("DISKOMINFO", "sipd"), now));
    store::ElectronicSystem changed = *systems.find(*first);
    changed.description = "Kepegawaian";
    EXPECT_TRUE(systems.update(changed, now));
    EXPECT_EQ(systems.find(*first)->description, "Kepegawaian");
    changed.name = "sipd";
    EXPECT_FALSE(systems.update(changed, now));
}

TEST_P(SystemStoreTest, TheCategoryIsTheNewestCompleteCategorisation)
{
    store::SystemStore systems(*database);
    auto id = *systems.add(system("DISKOMINFO", "simpeg"), now);
    EXPECT_EQ(systems.find(id)->category, "");
    systems.add_categorisation(categorisation(id, "strategis", 50));
    systems.add_categorisation(categorisation(id, "", std::nullopt)); // half-way
    auto found = systems.find(id);
    EXPECT_EQ(found->category, "strategis");
    EXPECT_EQ(found->score, 50);
    ASSERT_TRUE(found->categorised_at);

    auto history = systems.categorisations(id);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[0].category, ""); // newest first
    EXPECT_FALSE(history[0].score);
    EXPECT_EQ(history[1].answers.size(), 10u);
}

} // namespace
