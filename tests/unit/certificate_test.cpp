// The e-certificate desk's rules: the RFC 5280 revocation reasons and which of
// them a holder may give, and when an expiry reminder goes out.
#include <gtest/gtest.h>

#include "catalog/loader.hpp"
#include "domain/certificate.hpp"
#include "domain/message.hpp"

namespace {

using namespace lapis::domain;

TEST(RevocationReason, ListsEveryRfc5280CrlReasonWithItsNumber)
{
    std::vector<std::pair<std::string, int>> listed;
    for (const RevocationReason& reason : revocation_reasons())
        listed.emplace_back(std::string(reason.rfc_name), reason.rfc_value);
    const std::vector<std::pair<std::string, int>> rfc{ { "unspecified", 0 },
        { "keyCompromise", 1 }, { "cACompromise", 2 }, { "affiliationChanged", 3 },
        { "superseded", 4 }, { "cessationOfOperation", 5 }, { "certificateHold", 6 },
        { "removeFromCRL", 8 }, { "privilegeWithdrawn", 9 }, { "aACompromise", 10 } };
    EXPECT_EQ(listed, rfc);
}

TEST(RevocationReason, HolderChoosesOnlyReasonsAboutTheirOwnCertificate)
{
    std::vector<std::string> holder;
    for (const RevocationReason& reason : revocation_reasons()) {
        if (reason.holder_may_choose)
            holder.emplace_back(reason.rfc_name);
    }
    EXPECT_EQ(holder,
        (std::vector<std::string>{ "unspecified", "keyCompromise", "affiliationChanged",
            "superseded", "cessationOfOperation" }));
}

TEST(RevocationReason, TheOfficeAddsOnlyItsOwnDecisionsToTheHolderReasons)
{
    std::vector<std::string> office;
    for (const RevocationReason& reason : revocation_reasons()) {
        if (reason.office_may_choose)
            office.emplace_back(reason.rfc_name);
        if (reason.holder_may_choose)
            EXPECT_TRUE(reason.office_may_choose) << reason.rfc_name;
    }
    EXPECT_EQ(office,
        (std::vector<std::string>{ "unspecified", "keyCompromise", "affiliationChanged",
            "superseded", "cessationOfOperation", "certificateHold", "privilegeWithdrawn" }));
}

TEST(RevocationReason, FoundByCatalogCodeOrRfcNameWithAnIndonesianLabel)
{
    const RevocationReason* reason = find_revocation_reason("key-compromise");
    ASSERT_NE(reason, nullptr);
    EXPECT_EQ(reason, find_revocation_reason("keyCompromise"));
    EXPECT_EQ(
        text(reason->message_key), "Kunci privat atau passphrase bocor / diketahui orang lain");
    EXPECT_EQ(find_revocation_reason("KeyCompromise"), nullptr);
    for (const RevocationReason& each : revocation_reasons())
        EXPECT_NE(text(each.message_key), each.message_key) << each.rfc_name;
}

TEST(RevocationReason, TheBundledFormOffersExactlyTheHolderReasons)
{
    const auto catalog = lapis::catalog::load_bundled();
    std::set<std::string> offered;
    for (const auto& service : catalog.services) {
        for (const auto& kind : service.kinds) {
            for (const auto& field : kind.fields) {
                if (field.name != "alasan_pencabutan")
                    continue;
                for (const auto& option : field.options)
                    offered.insert(option.code);
            }
        }
    }
    std::set<std::string> holder;
    for (const RevocationReason& reason : revocation_reasons()) {
        if (reason.holder_may_choose)
            holder.emplace(reason.code);
    }
    EXPECT_EQ(offered, holder);
}

TEST(ReminderSchedule, ParsesDaysLargestFirstAndRefusesNonsense)
{
    EXPECT_EQ(parse_reminder_schedule("7,30")->days_before, (std::vector<int>{ 30, 7 }));
    EXPECT_EQ(parse_reminder_schedule(" 60, 14 ,1")->days_before, (std::vector<int>{ 60, 14, 1 }));
    EXPECT_EQ(default_reminder_schedule().days_before, (std::vector<int>{ 30, 7 }));
    for (const char* bad : { "", "0", "366", "30,,7", "30,30", "x", "30;7", "-7", "7d" })
        EXPECT_FALSE(parse_reminder_schedule(bad)) << bad;
}

TEST(ReminderSchedule, SendsEachThresholdOnTheDayItPasses)
{
    const ReminderSchedule schedule{ { 30, 7 } };
    const Date expires{ 2027, 3, 31 };
    EXPECT_FALSE(reminders_due(schedule, expires, add_days(expires, -31), {}).send);
    EXPECT_EQ(reminders_due(schedule, expires, add_days(expires, -30), {}).send, 30);
    EXPECT_FALSE(reminders_due(schedule, expires, add_days(expires, -29), { 30 }).send);
    EXPECT_EQ(reminders_due(schedule, expires, add_days(expires, -7), { 30 }).send, 7);
    EXPECT_FALSE(reminders_due(schedule, expires, add_days(expires, -1), { 30, 7 }).send);
}

TEST(ReminderSchedule, ALateStartSendsOnlyTheNearestAndSkipsTheRest)
{
    const ReminderSchedule schedule{ { 30, 7 } };
    const Date expires{ 2027, 3, 31 };
    const auto decision = reminders_due(schedule, expires, add_days(expires, -5), {});
    EXPECT_EQ(decision.send, 7);
    EXPECT_EQ(decision.skip, std::vector<int>{ 30 });
    // On the expiry day itself the last reminder still goes out; after it, none.
    EXPECT_EQ(reminders_due(schedule, expires, expires, { 30 }).send, 7);
    EXPECT_FALSE(reminders_due(schedule, expires, add_days(expires, 1), {}).send);
    EXPECT_TRUE(reminders_due(schedule, expires, add_days(expires, 1), {}).skip.empty());
}

TEST(ReminderSchedule, DateArithmeticCrossesMonthsAndLeapDays)
{
    EXPECT_EQ(add_days({ 2028, 2, 28 }, 1), (Date{ 2028, 2, 29 }));
    EXPECT_EQ(add_days({ 2027, 3, 1 }, -1), (Date{ 2027, 2, 28 }));
    EXPECT_EQ(days_between({ 2026, 12, 31 }, { 2027, 1, 30 }), 30);
    EXPECT_EQ(display_date({ 2027, 1, 31 }), "31 Januari 2027");
    EXPECT_EQ(iso_date({ 2027, 1, 5 }), "2027-01-05");
}

TEST(CertificateExpiry, IsARealDateNotInThePast)
{
    const Date today{ 2026, 12, 3 };
    EXPECT_FALSE(check_expiry("2028-12-03", today));
    EXPECT_FALSE(check_expiry("2026-12-03", today));
    EXPECT_EQ(check_expiry("", today)->key, "field.required");
    EXPECT_EQ(check_expiry("2028-02-30", today)->key, "certificate.expiry_invalid");
    EXPECT_EQ(check_expiry("03/12/2028", today)->key, "certificate.expiry_invalid");
    EXPECT_EQ(check_expiry("2026-12-02", today)->key, "certificate.expiry_past");
}

} // namespace
