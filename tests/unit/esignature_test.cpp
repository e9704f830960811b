// The e-signature desk's milestones: recorded in the catalog's order, dated,
// the fixes optional, and bound to the procedure's steps by their ids.
#include <gtest/gtest.h>

#include "catalog/loader.hpp"
#include "domain/esignature.hpp"

namespace {

using namespace lapis::domain;

const Date kToday{ 2027, 3, 1 };

std::vector<MilestoneRecord> through(std::size_t count)
{
    std::vector<MilestoneRecord> records;
    int day = 1;
    for (const Milestone& milestone : milestones()) {
        if (records.size() == count)
            break;
        records.push_back({ std::string(milestone.id), { 2027, 2, day++ } });
    }
    return records;
}

TEST(Milestones, FollowTheIntegrationOrderEndingInProduction)
{
    std::vector<std::string> ids;
    for (const Milestone& milestone : milestones())
        ids.emplace_back(milestone.id);
    EXPECT_EQ(ids,
        (std::vector<std::string>{ "analisis-kebutuhan", "integrasi-development", "uji-kesesuaian",
            "perbaikan", "sertifikat-pengesahan", "integrasi-production" }));
    EXPECT_EQ(final_milestone().id, "integrasi-production");
    EXPECT_TRUE(find_milestone("perbaikan")->optional);
}

TEST(Milestones, EachIsAStepOfTheBundledProcedure)
{
    const auto catalog = lapis::catalog::load_bundled();
    const lapis::catalog::Service* service
        = catalog.find_service("implementasi-sertifikat-elektronik");
    ASSERT_NE(service, nullptr);
    const auto& procedure = lapis::catalog::form_procedure(*service, nullptr);
    for (const Milestone& milestone : milestones())
        EXPECT_NE(procedure.find_step(std::string(milestone.id)), nullptr) << milestone.id;
}

TEST(Milestones, TheFirstNeedsNothingBeforeIt)
{
    EXPECT_FALSE(check_milestone({}, "analisis-kebutuhan", "2027-02-01", kToday));
}

TEST(Milestones, OutOfOrderIsRefusedNamingTheMissingOne)
{
    const auto refused = check_milestone(through(1), "uji-kesesuaian", "2027-02-10", kToday);
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->key, "esignature.out_of_order");
    EXPECT_EQ(refused->arg, text("esignature.milestone.integrasi_development"));
    EXPECT_EQ(check_milestone({}, "integrasi-production", "2027-02-10", kToday)->key,
        "esignature.out_of_order");
}

TEST(Milestones, FixesMayBeSkippedButNotTheConformityTest)
{
    EXPECT_FALSE(check_milestone(through(3), "sertifikat-pengesahan", "2027-02-10", kToday));
    EXPECT_EQ(check_milestone(through(2), "perbaikan", "2027-02-10", kToday)->key,
        "esignature.out_of_order");
}

TEST(Milestones, ARepeatedConformityTestIsAllowedInOrder)
{
    EXPECT_FALSE(check_milestone(through(4), "uji-kesesuaian", "2027-02-20", kToday));
}

TEST(Milestones, DatesAreRealNotFutureAndNotBeforeEarlierMilestones)
{
    EXPECT_EQ(
        check_milestone(through(1), "integrasi-development", "", kToday)->key, "field.required");
    EXPECT_EQ(check_milestone(through(1), "integrasi-development", "2027-02-31", kToday)->key,
        "esignature.date_invalid");
    EXPECT_EQ(check_milestone(through(1), "integrasi-development", "2027-03-02", kToday)->key,
        "esignature.date_future");
    const auto early = check_milestone(through(2), "uji-kesesuaian", "2027-01-31", kToday);
    EXPECT_EQ(early->key, "esignature.date_before_previous");
    EXPECT_EQ(early->arg, "2 Februari 2027");
    EXPECT_FALSE(check_milestone(through(2), "uji-kesesuaian", "2027-02-02", kToday));
    EXPECT_EQ(
        check_milestone({}, "go-live", "2027-02-02", kToday)->key, "esignature.milestone_unknown");
}

} // namespace
