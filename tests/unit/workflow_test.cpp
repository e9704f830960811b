// The procedure gate, checked against the bundled catalog's real procedures.
#include <gtest/gtest.h>

#include "catalog/loader.hpp"
#include "domain/workflow.hpp"

namespace {

using namespace lapis;
using domain::Action;
using domain::Actor;
using domain::MoveCommand;
using domain::Refusal;
using domain::RequestState;
using domain::Status;

const catalog::Catalog& bundled()
{
    static const catalog::Catalog catalog = catalog::load_bundled();
    return catalog;
}

const catalog::Procedure& procedure_of(const std::string& service_id)
{
    const catalog::Service* service = bundled().find_service(service_id);
    return catalog::form_procedure(*service, service->kinds.empty() ? nullptr : &service->kinds[0]);
}

Actor staff(domain::UserId id, std::set<std::string> roles)
{
    Actor actor;
    actor.kind = Actor::Kind::Staff;
    actor.user_id = id;
    actor.roles = std::move(roles);
    return actor;
}

Actor requester()
{
    return Actor{};
}

MoveCommand command(Action action, std::string note = {})
{
    MoveCommand move;
    move.action = action;
    move.note = std::move(note);
    return move;
}

RequestState at_step(std::size_t step, Status status = Status::Berjalan)
{
    RequestState state;
    state.step = step;
    state.status = status;
    return state;
}

domain::GateResult check(const std::string& service, const RequestState& state, const Actor& actor,
    const MoveCommand& move)
{
    return domain::check_move(bundled(), procedure_of(service), state, actor, move);
}

} // namespace

TEST(Gate, SubmissionCompletesTheRequestersFirstStep)
{
    auto state = domain::initial_state(procedure_of("sertifikat-elektronik"));
    EXPECT_EQ(state.step, 1u);
    EXPECT_EQ(state.status, Status::Berjalan);
}

TEST(Gate, RoleOfTheCurrentStepCompletesItAndTheRequestMovesOn)
{
    auto result = check("sertifikat-elektronik", at_step(1), staff(1, { "verifikator" }),
        command(Action::Complete));
    ASSERT_TRUE(result.allowed());
    EXPECT_EQ(result.transition->to_step, 2u);
    EXPECT_EQ(result.transition->to_status, Status::Berjalan);
}

TEST(Gate, StaffOfAnotherRoleAreRefusedAsNotTheirMove)
{
    auto result = check(
        "sertifikat-elektronik", at_step(1), staff(1, { "csirt" }), command(Action::Complete));
    ASSERT_FALSE(result.allowed());
    EXPECT_EQ(result.refusal, Refusal::NotYourMove);
}

TEST(Gate, RequesterCannotCompleteAStaffStep)
{
    auto result = check("pelaporan-insiden", at_step(1), requester(), command(Action::Complete));
    ASSERT_FALSE(result.allowed());
    EXPECT_EQ(result.refusal, Refusal::NotYourMove);
}

TEST(Gate, RequesterCompletesTheirOwnStepAndTheLastStepFinishesTheRequest)
{
    // Step 4 of the e-certificate procedure is the requester's, and the last.
    auto result
        = check("sertifikat-elektronik", at_step(3), requester(), command(Action::Complete));
    ASSERT_TRUE(result.allowed());
    EXPECT_EQ(result.transition->to_status, Status::Selesai);
    EXPECT_TRUE(result.transition->note_public);
}

TEST(Gate, StaffRecordARequesterStepOnTheirBehalf)
{
    auto result = check("sertifikat-elektronik", at_step(3), staff(1, { "verifikator" }),
        command(Action::Complete));
    ASSERT_TRUE(result.allowed());
    EXPECT_EQ(result.transition->on_behalf_of, "pemohon");
}

TEST(Gate, ReturnNeedsANoteAndWaitsForTheRequesterAtTheSameStep)
{
    auto without = check(
        "sertifikat-elektronik", at_step(1), staff(1, { "verifikator" }), command(Action::Return));
    EXPECT_EQ(without.refusal, Refusal::InvalidInput);

    auto with = check("sertifikat-elektronik", at_step(1), staff(1, { "verifikator" }),
        command(Action::Return, "Lampirkan surat rekomendasi yang ditandatangani."));
    ASSERT_TRUE(with.allowed());
    EXPECT_EQ(with.transition->to_status, Status::MenungguPemohon);
    EXPECT_EQ(with.transition->to_step, 1u);
}

TEST(Gate, RequesterAnswersOnlyWhileAskedForInformation)
{
    auto early = check("sertifikat-elektronik", at_step(1), requester(),
        command(Action::Answer, "Sudah saya lampirkan."));
    EXPECT_EQ(early.refusal, Refusal::NotNow);

    auto answer = check("sertifikat-elektronik", at_step(1, Status::MenungguPemohon), requester(),
        command(Action::Answer, "Sudah saya lampirkan."));
    ASSERT_TRUE(answer.allowed());
    EXPECT_EQ(answer.transition->to_status, Status::Berjalan);
}

TEST(Gate, FailedVerificationSendsTheIncidentBackToMitigation)
{
    const auto& procedure = procedure_of("pelaporan-insiden");
    auto verify = *procedure.index_of("verifikasi-perbaikan");
    MoveCommand back = command(Action::Back, "Celah masih dapat dieksploitasi.");
    back.to_step = "mitigasi";
    auto result = check("pelaporan-insiden", at_step(verify), staff(1, { "csirt" }), back);
    ASSERT_TRUE(result.allowed());
    EXPECT_EQ(result.transition->to_step, *procedure.index_of("mitigasi"));
}

TEST(Gate, SkippingToAStepTheCatalogDoesNotAllowIsRefused)
{
    MoveCommand skip = command(Action::Back, "Lompat.");
    skip.to_step = "pencegahan";
    auto result = check("pelaporan-insiden", at_step(1), staff(1, { "helpdesk" }), skip);
    ASSERT_FALSE(result.allowed());
    EXPECT_EQ(result.refusal, Refusal::NotNow);
}

TEST(Gate, AnalysisStepNeedsTheAgencyOwningTheSystem)
{
    const auto& procedure = procedure_of("pelaporan-insiden");
    auto analysis = *procedure.index_of("analisis-dampak");
    auto without = check(
        "pelaporan-insiden", at_step(analysis), staff(1, { "csirt" }), command(Action::Complete));
    EXPECT_EQ(without.refusal, Refusal::InvalidInput);

    MoveCommand with = command(Action::Complete);
    with.owner_agency = "nonexistent-agency";
    EXPECT_EQ(check("pelaporan-insiden", at_step(analysis), staff(1, { "csirt" }), with).refusal,
        Refusal::InvalidInput);

    with.owner_agency = bundled().agencies.front().code;
    auto result = check("pelaporan-insiden", at_step(analysis), staff(1, { "csirt" }), with);
    ASSERT_TRUE(result.allowed());
    EXPECT_EQ(result.transition->owner_agency, with.owner_agency);
}

TEST(Gate, HeadOfDivisionAssignsOnlyStaffOfTheNamedRole)
{
    MoveCommand assign = command(Action::Assign);
    assign.assignees[7] = { "tim-literasi" };
    auto wrong = check("jaringan-komunikasi", at_step(1), staff(1, { "kepala-bidang" }), assign);
    EXPECT_EQ(wrong.refusal, Refusal::InvalidInput);

    assign.assignees[7] = { "tim-telekomunikasi" };
    auto result = check("jaringan-komunikasi", at_step(1), staff(1, { "kepala-bidang" }), assign);
    ASSERT_TRUE(result.allowed());
    EXPECT_EQ(result.transition->assigned_role, "tim-telekomunikasi");
    EXPECT_EQ(result.transition->assigned, std::vector<domain::UserId>{ 7 });
    EXPECT_EQ(result.transition->to_step, 2u);
}

TEST(Gate, OnlyTheNamedStaffCarryAnAssignedRequest)
{
    RequestState state = at_step(2);
    state.assignees["tim-telekomunikasi"] = { 7 };
    EXPECT_EQ(check("jaringan-komunikasi", state, staff(8, { "tim-telekomunikasi" }),
                  command(Action::Complete))
                  .refusal,
        Refusal::NotYourMove);
    EXPECT_TRUE(check(
        "jaringan-komunikasi", state, staff(7, { "tim-telekomunikasi" }), command(Action::Complete))
                    .allowed());
}

TEST(Gate, AFinishedRequestAcceptsNoMove)
{
    for (Status finished : { Status::Selesai, Status::Ditolak, Status::Dibatalkan }) {
        auto result = check("sertifikat-elektronik", at_step(1, finished),
            staff(1, { "verifikator" }), command(Action::Complete));
        EXPECT_EQ(result.refusal, Refusal::NotNow);
    }
}

TEST(Gate, RejectionNeedsAReasonAndEndsTheRequest)
{
    EXPECT_EQ(check("sertifikat-elektronik", at_step(1), staff(1, { "verifikator" }),
                  command(Action::Reject))
                  .refusal,
        Refusal::InvalidInput);
    auto result = check("sertifikat-elektronik", at_step(1), staff(1, { "verifikator" }),
        command(Action::Reject, "NIP tidak terdaftar."));
    ASSERT_TRUE(result.allowed());
    EXPECT_EQ(result.transition->to_status, Status::Ditolak);
    EXPECT_TRUE(result.transition->note_public);
}

TEST(Gate, OnlyTheRequesterWithdraws)
{
    EXPECT_EQ(check("sertifikat-elektronik", at_step(1), staff(1, { "verifikator" }),
                  command(Action::Withdraw))
                  .refusal,
        Refusal::NotYourMove);
    auto result = check("sertifikat-elektronik", at_step(1, Status::MenungguPemohon), requester(),
        command(Action::Withdraw));
    ASSERT_TRUE(result.allowed());
    EXPECT_EQ(result.transition->to_status, Status::Dibatalkan);
}

TEST(Gate, RequesterCannotRejectOrSendBack)
{
    EXPECT_EQ(check("sertifikat-elektronik", at_step(1), requester(), command(Action::Reject, "x"))
                  .refusal,
        Refusal::NotNow);
}

TEST(Gate, ApplyRecordsAssigneesAndOwner)
{
    domain::Transition transition;
    transition.to_step = 3;
    transition.assigned_role = "tim-kategorisasi";
    transition.assigned = { 4, 5 };
    transition.owner_agency = "dinkes";
    auto next = domain::apply(at_step(2), transition);
    EXPECT_EQ(next.step, 3u);
    EXPECT_EQ(next.assignees["tim-kategorisasi"], (std::vector<domain::UserId>{ 4, 5 }));
    EXPECT_EQ(next.owner_agency, "dinkes");
}

TEST(Gate, TheOwningAgencyCompletesTheMitigationStepAndTheReporterCannot)
{
    const auto& procedure = procedure_of("pelaporan-insiden");
    RequestState state = at_step(*procedure.index_of("mitigasi"));
    state.owner_agency = "dinas-kesehatan";
    Actor owner;
    owner.kind = Actor::Kind::Agency;
    owner.agency = "dinas-kesehatan";
    Actor other = owner;
    other.agency = "dinas-pendidikan-dan-kebudayaan";

    auto done = check("pelaporan-insiden", state, owner, command(Action::Complete));
    ASSERT_TRUE(done.allowed());
    EXPECT_TRUE(done.transition->on_behalf_of.empty());
    EXPECT_EQ(check("pelaporan-insiden", state, other, command(Action::Complete)).refusal,
        Refusal::NotYourMove);
    EXPECT_EQ(check("pelaporan-insiden", state, requester(), command(Action::Complete)).refusal,
        Refusal::NotYourMove);
}

TEST(Gate, AnAgencySpeaksForTheRequestsItFiled)
{
    RequestState state = at_step(1, Status::MenungguPemohon);
    state.requester_agency = "dinas-kesehatan";
    Actor agency;
    agency.kind = Actor::Kind::Agency;
    agency.agency = "dinas-kesehatan";
    EXPECT_TRUE(check("sertifikat-elektronik", state, agency, command(Action::Answer, "Terlampir."))
                    .allowed());
    agency.agency = "inspektorat";
    EXPECT_EQ(check("sertifikat-elektronik", state, agency, command(Action::Withdraw)).refusal,
        Refusal::NotYourMove);
    EXPECT_EQ(check("sertifikat-elektronik", state, agency, command(Action::Reject, "x")).refusal,
        Refusal::NotNow);
}
