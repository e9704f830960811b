// The Sanapati desk's rules: the form's four sign-offs in order, a refusal that
// voids the chain, where each sign-off is due in the bundled procedure, and the
// proof's and the coordination's inputs.
#include <gtest/gtest.h>

#include "catalog/loader.hpp"
#include "domain/sanapati.hpp"

namespace {

using namespace lapis;
using namespace lapis::domain::sanapati;

const domain::Date kToday{ 2026, 12, 3 };

const catalog::Procedure& sanapati_procedure()
{
    static const catalog::Catalog catalog = catalog::load_bundled();
    for (const catalog::Service& service : catalog.services) {
        if (service.desk == catalog::Desk::Sanapati)
            return service.procedures.front();
    }
    throw std::logic_error("no Sanapati service in the bundled catalog");
}

std::vector<Decision> approved(std::initializer_list<Signoff> signoffs)
{
    std::vector<Decision> decisions;
    for (Signoff signoff : signoffs)
        decisions.push_back({ signoff, true });
    return decisions;
}

TEST(SanapatiSignoffs, FollowTheFormsOrderFromTheDirectSuperiorToTheHelpDesk)
{
    std::vector<Decision> decisions;
    for (Signoff signoff : kSignoffOrder) {
        ASSERT_EQ(next_signoff(decisions), signoff);
        EXPECT_FALSE(check_signoff(decisions, signoff, true, ""));
        decisions.push_back({ signoff, true });
    }
    EXPECT_FALSE(next_signoff(decisions));
}

TEST(SanapatiSignoffs, RefuseASignoffOutOfOrderAndNameTheOneDueFirst)
{
    auto refused = check_signoff({}, Signoff::PetugasPiket1, true, "");
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->key, "sanapati.signoff.out_of_order");
    EXPECT_EQ(refused->arg, "sanapati.signoff.atasan-langsung");

    refused = check_signoff(approved({ Signoff::AtasanLangsung }), Signoff::Helpdesk, true, "");
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->arg, "sanapati.signoff.petugas-piket-1");
}

TEST(SanapatiSignoffs, RefuseRecordingTheSameApprovalTwice)
{
    auto refused
        = check_signoff(approved({ Signoff::AtasanLangsung }), Signoff::AtasanLangsung, true, "");
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->key, "sanapati.signoff.already");
}

TEST(SanapatiSignoffs, ARefusalNeedsItsReason)
{
    auto refused = check_signoff({}, Signoff::AtasanLangsung, false, "  ");
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->key, "sanapati.signoff.reason_required");
    EXPECT_FALSE(check_signoff({}, Signoff::AtasanLangsung, false, "Alasan tidak jelas."));
}

TEST(SanapatiSignoffs, ARefusalVoidsTheApprovalsBeforeItSoTheChainStartsAgain)
{
    std::vector<Decision> decisions = approved({ Signoff::AtasanLangsung, Signoff::PetugasPiket1 });
    decisions.push_back({ Signoff::PetugasPiket2, false });
    EXPECT_TRUE(standing_approvals(decisions).empty());
    EXPECT_EQ(next_signoff(decisions), Signoff::AtasanLangsung);
    decisions.push_back({ Signoff::AtasanLangsung, true });
    EXPECT_EQ(next_signoff(decisions), Signoff::PetugasPiket1);
}

TEST(SanapatiSignoffs, CodesRoundTripAndUnknownCodesAreRefused)
{
    for (Signoff signoff : kSignoffOrder)
        EXPECT_EQ(signoff_from_code(signoff_code(signoff)), signoff);
    EXPECT_FALSE(signoff_from_code("kepala-dinas"));
    EXPECT_FALSE(signoff_from_code(""));
}

TEST(SanapatiPlan, DueStepsComeFromTheBundledProcedure)
{
    const catalog::Procedure& procedure = sanapati_procedure();
    const SignoffPlan plan = plan_for(procedure);
    // Langkah 2 verifikasi (first staff step), 3 koordinasi (joint_with), 4 the last.
    EXPECT_EQ(procedure.steps.at(due_step(plan, Signoff::AtasanLangsung)).number, "2");
    EXPECT_EQ(procedure.steps.at(due_step(plan, Signoff::PetugasPiket1)).number, "3");
    EXPECT_EQ(procedure.steps.at(due_step(plan, Signoff::PetugasPiket2)).number, "3");
    EXPECT_EQ(procedure.steps.at(due_step(plan, Signoff::Helpdesk)).number, "4");
    EXPECT_EQ(procedure.steps.at(plan.coordination_step).number, "3");
}

TEST(SanapatiPlan, LeavingAStepNeedsEverySignoffDueByThen)
{
    const SignoffPlan plan = plan_for(sanapati_procedure());
    EXPECT_EQ(missing_before_leaving(plan, 1, {}), Signoff::AtasanLangsung);
    EXPECT_FALSE(missing_before_leaving(plan, 1, approved({ Signoff::AtasanLangsung })));
    EXPECT_EQ(missing_before_leaving(plan, 2, approved({ Signoff::AtasanLangsung })),
        Signoff::PetugasPiket1);
    EXPECT_EQ(
        missing_before_leaving(plan, 3,
            approved({ Signoff::AtasanLangsung, Signoff::PetugasPiket1, Signoff::PetugasPiket2 })),
        Signoff::Helpdesk);
    EXPECT_FALSE(missing_before_leaving(plan, 3,
        approved({ Signoff::AtasanLangsung, Signoff::PetugasPiket1, Signoff::PetugasPiket2,
            Signoff::Helpdesk })));
}

TEST(SanapatiCoordination, IsWithBssnUnlessTheFormNamesADestinationAgency)
{
    const catalog::Procedure& procedure = sanapati_procedure();
    EXPECT_EQ(default_counterpart(procedure, {}), "BSSN");
    EXPECT_EQ(default_counterpart(procedure, { { "instansi_tujuan", "Pemerintah Kota Salatiga" } }),
        "Pemerintah Kota Salatiga");
}

TEST(SanapatiCoordination, NeedsCounterpartDateAndReferenceButTheAnswerMayComeLater)
{
    auto checked = check_coordination({ "BSSN", "2026-12-02", "Tiket 4411", "" }, kToday);
    ASSERT_TRUE(checked.coordination) << checked.errors.size();
    EXPECT_EQ(checked.coordination->answer, "");
    checked = check_coordination({ "", "2026-12-04", " ", "" }, kToday);
    ASSERT_EQ(checked.errors.size(), 3u);
    EXPECT_EQ(checked.errors[1].first, "tanggal_kirim");
    EXPECT_EQ(checked.errors[1].second.key, "sanapati.date.future");
}

TEST(SanapatiProof, AcceptsTheFormsDatesInOrder)
{
    auto checked
        = check_proof({ " REG-2026-77 ", "2026-12-01", "2026-12-02", "2026-12-02" }, kToday);
    ASSERT_TRUE(checked.proof);
    EXPECT_EQ(checked.proof->registration_id, "REG-2026-77");
    EXPECT_EQ(checked.proof->activated, (domain::Date{ 2026, 12, 2 }));
}

TEST(SanapatiProof, RefusesDatesOutOfOrderInTheFutureOrMalformed)
{
    auto checked = check_proof({ "REG-1", "2026-12-02", "2026-12-01", "2026-11-30" }, kToday);
    ASSERT_EQ(checked.errors.size(), 2u);
    EXPECT_EQ(checked.errors[0].second.key, "sanapati.proof.processed_before_received");
    EXPECT_EQ(checked.errors[1].second.key, "sanapati.proof.activated_before_processed");

    checked = check_proof({ "", "2026-02-30", "2026-12-09", "" }, kToday);
    ASSERT_EQ(checked.errors.size(), 4u);
    EXPECT_EQ(checked.errors[0].second.key, "field.required");
    EXPECT_EQ(checked.errors[1].second.key, "date.invalid");
    EXPECT_EQ(checked.errors[2].second.key, "sanapati.date.future");
    EXPECT_EQ(checked.errors[3].second.key, "field.required");
}

TEST(SanapatiText, RefusesControlCharactersAndHiddenBidiControlsInOneLine)
{
    EXPECT_EQ(check_line("Budi\x01", 200, true)->key, "text.encoding");
    EXPECT_EQ(check_line("Budi\nSantoso", 200, true)->key, "text.encoding");
    EXPECT_EQ(check_line("fdp\u202Eexe.pdf", 200, true)->key, "text.encoding");
    EXPECT_EQ(check_line("Budi\xff", 200, true)->key, "text.encoding");
    EXPECT_FALSE(check_paragraph("Baris satu\nbaris dua", 200, true));
}

TEST(SanapatiText, CountsCharactersNotBytes)
{
    EXPECT_EQ(check_line(std::string(201, 'a'), 200, true)->key, "field.too_long");
    std::string accented;
    for (int i = 0; i < 200; ++i)
        accented += "é";
    EXPECT_FALSE(check_line(accented, 200, true)) << "200 characters of two bytes each";
}

} // namespace
