// The registry of electronic systems: one name per agency, the newest complete
// categorisation as the system's category, and a history that is only added to.
#include <gtest/gtest.h>

#include "catalog/loader.hpp"
#include "domain/tokens.hpp"
#include "engine_fixture.hpp"
#include "store/requests.hpp"
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

    // A categorisation request, for the links and the history.
    std::int64_t new_request()
    {
        const catalog::Service* service = catalog.find_service("kategorisasi-sistem-elektronik");
        store::NewRequest request;
        request.prefix = "LPS";
        request.year = 2026;
        request.service = service->id;
        request.procedure = &catalog::form_procedure(*service, nullptr);
        request.fields = { { "nama_sistem", "simpeg" } };
        request.requester_name = "Sukarni";
        request.tracking_hash = domain::sha256_hex("code");
        request.now = now;
        return store::RequestStore(*database).create(request).id;
    }

    store::DeskEvent event(const std::string& key)
    {
        store::DeskEvent result;
        result.event = key;
        result.actor_kind = "staf";
        result.actor_user = 1;
        result.note = key;
        return result;
    }

    const catalog::Catalog catalog = catalog::load_bundled();
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

TEST_P(SystemStoreTest, FindsASystemByNameWithinItsAgencyOnly)
{
    store::SystemStore systems(*database);
    auto id = *systems.add(system("DISKOMINFO", "SIMPEG"), now);
    ASSERT_TRUE(systems.find_by_name("DISKOMINFO", "simpeg"));
    EXPECT_EQ(systems.find_by_name("DISKOMINFO", "simpeg")->id, id);
    EXPECT_FALSE(systems.find_by_name("DINKES", "simpeg"));
}

TEST_P(SystemStoreTest, ARequestIsLinkedToOneSystemAndTheLinkIsInItsHistory)
{
    store::SystemStore systems(*database);
    const auto request = new_request();
    EXPECT_FALSE(systems.system_for_request(request));
    auto first = *systems.add(system("DISKOMINFO", "simpeg"), now);
    auto second = *systems.add(system("DISKOMINFO", "sipd"), now);
    EXPECT_FALSE(systems.link_request(request, 999, 1, event("linked"), now));
    ASSERT_TRUE(systems.link_request(request, first, 1, event("linked"), now));
    ASSERT_TRUE(systems.link_request(request, second, 1, event("linked"), now));
    EXPECT_EQ(systems.system_for_request(request), second);
    auto history = store::RequestStore(*database).history(request);
    ASSERT_EQ(history.size(), 3u); // submitted, linked twice
    EXPECT_EQ(history[2].action, "desk");
    EXPECT_NE(history[2].detail.find("\"system\":" + std::to_string(second)), std::string::npos);
}

TEST_P(SystemStoreTest, RegisteringFromARequestReusesASystemOfTheSameName)
{
    store::SystemStore systems(*database);
    const auto request = new_request();
    auto existing = *systems.add(system("DISKOMINFO", "SIMPEG"), now);
    EXPECT_EQ(systems.add_for_request(system("DISKOMINFO", "simpeg"), request, 1, event("x"), now),
        existing);
    auto created
        = systems.add_for_request(system("DINKES", "simpus"), new_request(), 1, event("x"), now);
    EXPECT_NE(created, existing);
    EXPECT_EQ(systems.find(created)->agency, "DINKES");
    EXPECT_EQ(systems.system_for_request(request), existing);
    EXPECT_EQ(systems.list().size(), 2u);
}

TEST_P(SystemStoreTest, ACategorisationOfARequestJoinsItsHistoryInTheSameWrite)
{
    store::SystemStore systems(*database);
    const auto request = new_request();
    auto id = *systems.add(system("DISKOMINFO", "simpeg"), now);
    auto half = categorisation(id, "", std::nullopt);
    half.request_id = request;
    systems.add_categorisation(half, event("kategorisasi.event.saved"));
    auto full = categorisation(id, "tinggi", 30);
    full.request_id = request;
    const auto full_id = systems.add_categorisation(full, event("kategorisasi.event.completed"));

    auto found = systems.categorisation_for_request(request);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->id, full_id);
    EXPECT_EQ(found->category, "tinggi");
    EXPECT_EQ(systems.categorisations(id).size(), 2u);
    auto history = store::RequestStore(*database).history(request);
    ASSERT_EQ(history.size(), 3u);
    EXPECT_NE(history[2].detail.find("kategorisasi.event.completed"), std::string::npos);
    EXPECT_NE(
        history[2].detail.find("\"categorisation\":" + std::to_string(full_id)), std::string::npos);
}

} // namespace
