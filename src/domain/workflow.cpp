#include "domain/workflow.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace lapis::domain {
namespace {

constexpr std::array<std::pair<Status, const char*>, 5> kStatusNames{ {
    { Status::Berjalan, "berjalan" },
    { Status::MenungguPemohon, "menunggu-pemohon" },
    { Status::Selesai, "selesai" },
    { Status::Ditolak, "ditolak" },
    { Status::Dibatalkan, "dibatalkan" },
} };

constexpr std::array<std::pair<Action, const char*>, 8> kActionNames{ {
    { Action::Submit, "submit" },
    { Action::Complete, "complete" },
    { Action::Return, "return" },
    { Action::Answer, "answer" },
    { Action::Back, "back" },
    { Action::Reject, "reject" },
    { Action::Withdraw, "withdraw" },
    { Action::Assign, "assign" },
} };

GateResult refuse(Refusal refusal, const char* key)
{
    GateResult result;
    result.refusal = refusal;
    result.reason = Message{ key, {} };
    return result;
}

GateResult allow(Transition transition)
{
    GateResult result;
    result.transition = std::move(transition);
    return result;
}

bool has_text(const std::string& text)
{
    return text.find_first_not_of(" \t\r\n") != std::string::npos;
}

std::string party_name(const catalog::Step& step)
{
    switch (step.actor.kind) {
    case catalog::ActorKind::Requester:
        return "pemohon";
    case catalog::ActorKind::SystemOwner:
        return "pemilik-sistem";
    case catalog::ActorKind::External:
        return step.actor.external;
    case catalog::ActorKind::Role:
        break;
    }
    return {};
}

Transition base_transition(const RequestState& state, const MoveCommand& command)
{
    Transition transition;
    transition.action = command.action;
    transition.from_status = state.status;
    transition.to_status = state.status;
    transition.from_step = state.step;
    transition.to_step = state.step;
    transition.note = command.note;
    transition.note_public = command.note_public || command.action == Action::Return
        || command.action == Action::Reject || command.action == Action::Answer
        || command.action == Action::Withdraw;
    return transition;
}

// Staff act for a step when they hold its staff role and, once the head of
// division has named staff for that role, when they are among them.
bool is_staff_side(const catalog::Step& step, const RequestState& state, const Actor& actor)
{
    if (actor.kind != Actor::Kind::Staff)
        return false;
    const std::string& role = step.staff_role();
    if (!actor.roles.contains(role))
        return false;
    auto named = state.assignees.find(role);
    if (named == state.assignees.end() || named->second.empty())
        return true;
    return std::find(named->second.begin(), named->second.end(), actor.user_id)
        != named->second.end();
}

Transition advance(
    const catalog::Procedure& procedure, const RequestState& state, const MoveCommand& command)
{
    Transition transition = base_transition(state, command);
    if (state.step + 1 < procedure.steps.size()) {
        transition.to_step = state.step + 1;
    } else {
        transition.to_status = Status::Selesai;
    }
    return transition;
}

GateResult check_assign(const catalog::Procedure& procedure, const catalog::Step& step,
    const RequestState& state, const MoveCommand& command)
{
    if (command.assignees.empty())
        return refuse(Refusal::InvalidInput, "move.assignees_required");
    for (const auto& [user, roles] : command.assignees) {
        if (!roles.contains(step.assigns))
            return refuse(Refusal::InvalidInput, "move.assignee_role");
    }
    Transition transition = advance(procedure, state, command);
    transition.action = Action::Assign;
    transition.assigned_role = step.assigns;
    for (const auto& entry : command.assignees)
        transition.assigned.push_back(entry.first);
    return allow(std::move(transition));
}

GateResult check_complete(const catalog::Catalog& catalog, const catalog::Procedure& procedure,
    const RequestState& state, const Actor& actor, const MoveCommand& command)
{
    const catalog::Step& step = procedure.steps[state.step];
    if (state.status != Status::Berjalan)
        return refuse(Refusal::NotNow, "move.not_now");

    const bool requester_own_step
        = speaks_for_requester(actor, state) && step.actor.kind == catalog::ActorKind::Requester;
    // The mitigation and prevention steps of an incident are the owning agency's,
    // not the reporter's.
    const bool owner_own_step = actor.kind == Actor::Kind::Agency
        && step.actor.kind == catalog::ActorKind::SystemOwner && !state.owner_agency.empty()
        && actor.agency == state.owner_agency;
    if (!requester_own_step && !owner_own_step && !is_staff_side(step, state, actor))
        return refuse(Refusal::NotYourMove, "move.not_yours");
    // Completing leads to the next step only; a move naming another step is a skip,
    // refused rather than quietly taken as one step (AC-24d).
    if (!command.to_step.empty())
        return refuse(Refusal::NotNow, "move.not_now");

    if (!step.assigns.empty())
        return check_assign(procedure, step, state, command);
    if (command.action == Action::Assign)
        return refuse(Refusal::NotNow, "move.not_assignment_step");

    std::string owner;
    if (step.sets_owner) {
        if (command.owner_agency.empty())
            return refuse(Refusal::InvalidInput, "move.owner_required");
        if (catalog.find_agency(command.owner_agency) == nullptr)
            return refuse(Refusal::InvalidInput, "agency.invalid");
        owner = command.owner_agency;
    }

    Transition transition = advance(procedure, state, command);
    transition.action = Action::Complete;
    transition.owner_agency = owner;
    if (actor.kind != Actor::Kind::Staff)
        transition.note_public = true;
    if (actor.kind == Actor::Kind::Staff && step.actor.kind != catalog::ActorKind::Role)
        transition.on_behalf_of = party_name(step);
    return allow(std::move(transition));
}

GateResult check_staff_move(const catalog::Procedure& procedure, const RequestState& state,
    const Actor& actor, const MoveCommand& command)
{
    const catalog::Step& step = procedure.steps[state.step];
    if (!is_staff_side(step, state, actor))
        return refuse(Refusal::NotYourMove, "move.not_yours");
    if (!has_text(command.note))
        return refuse(Refusal::InvalidInput, "move.note_required");

    Transition transition = base_transition(state, command);
    switch (command.action) {
    case Action::Return:
        if (state.status != Status::Berjalan)
            return refuse(Refusal::NotNow, "move.not_now");
        transition.to_status = Status::MenungguPemohon;
        return allow(std::move(transition));
    case Action::Reject:
        transition.to_status = Status::Ditolak;
        return allow(std::move(transition));
    case Action::Back: {
        if (state.status != Status::Berjalan)
            return refuse(Refusal::NotNow, "move.not_now");
        if (command.to_step.empty())
            return refuse(Refusal::InvalidInput, "move.step_required");
        bool listed = std::find(step.back_to.begin(), step.back_to.end(), command.to_step)
            != step.back_to.end();
        auto target = procedure.index_of(command.to_step);
        if (!listed || !target)
            return refuse(Refusal::NotNow, "move.back_not_allowed");
        transition.to_step = *target;
        return allow(std::move(transition));
    }
    default:
        return refuse(Refusal::NotNow, "move.not_now");
    }
}

GateResult check_answer(const catalog::Step& step, const RequestState& state, const Actor& actor,
    const MoveCommand& command)
{
    const bool requester = speaks_for_requester(actor, state);
    if (!requester && !is_staff_side(step, state, actor))
        return refuse(Refusal::NotYourMove, "move.not_yours");
    if (state.status != Status::MenungguPemohon)
        return refuse(Refusal::NotNow, "move.not_now");
    if (!has_text(command.note))
        return refuse(Refusal::InvalidInput, "move.note_required");
    Transition transition = base_transition(state, command);
    transition.to_status = Status::Berjalan;
    if (!requester)
        transition.on_behalf_of = "pemohon";
    return allow(std::move(transition));
}

} // namespace

const char* to_string(Status status)
{
    for (const auto& [value, name] : kStatusNames) {
        if (value == status)
            return name;
    }
    return "berjalan";
}

std::optional<Status> status_from_string(const std::string& slug)
{
    for (const auto& [value, name] : kStatusNames) {
        if (slug == name)
            return value;
    }
    return std::nullopt;
}

bool is_finished(Status status)
{
    return status == Status::Selesai || status == Status::Ditolak || status == Status::Dibatalkan;
}

const char* to_string(Action action)
{
    for (const auto& [value, name] : kActionNames) {
        if (value == action)
            return name;
    }
    return "complete";
}

std::optional<Action> action_from_string(const std::string& slug)
{
    for (const auto& [value, name] : kActionNames) {
        if (slug == name)
            return value;
    }
    return std::nullopt;
}

bool speaks_for_requester(const Actor& actor, const RequestState& state)
{
    if (actor.kind == Actor::Kind::Requester)
        return true;
    return actor.kind == Actor::Kind::Agency && !state.requester_agency.empty()
        && actor.agency == state.requester_agency;
}

RequestState initial_state(const catalog::Procedure& procedure)
{
    RequestState state;
    const bool first_is_submission = !procedure.steps.empty()
        && procedure.steps.front().actor.kind == catalog::ActorKind::Requester;
    state.step = first_is_submission && procedure.steps.size() > 1 ? 1 : 0;
    return state;
}

Transition submission(const catalog::Procedure& procedure)
{
    Transition transition;
    transition.action = Action::Submit;
    transition.to_step = initial_state(procedure).step;
    return transition;
}

GateResult check_move(const catalog::Catalog& catalog, const catalog::Procedure& procedure,
    const RequestState& state, const Actor& actor, const MoveCommand& command)
{
    if (is_finished(state.status))
        return refuse(Refusal::NotNow, "move.finished");
    if (state.step >= procedure.steps.size())
        return refuse(Refusal::NotNow, "move.not_now");
    const catalog::Step& step = procedure.steps[state.step];

    switch (command.action) {
    case Action::Complete:
    case Action::Assign:
        return check_complete(catalog, procedure, state, actor, command);
    case Action::Answer:
        return check_answer(step, state, actor, command);
    case Action::Withdraw: {
        if (!speaks_for_requester(actor, state))
            return refuse(Refusal::NotYourMove, "move.not_yours");
        Transition transition = base_transition(state, command);
        transition.to_status = Status::Dibatalkan;
        return allow(std::move(transition));
    }
    case Action::Return:
    case Action::Back:
    case Action::Reject:
        if (actor.kind != Actor::Kind::Staff)
            return refuse(Refusal::NotNow, "move.not_yours");
        return check_staff_move(procedure, state, actor, command);
    case Action::Submit:
        break;
    }
    return refuse(Refusal::NotNow, "move.not_now");
}

RequestState apply(const RequestState& state, const Transition& transition)
{
    RequestState next = state;
    next.status = transition.to_status;
    next.step = transition.to_step;
    if (!transition.assigned_role.empty())
        next.assignees[transition.assigned_role] = transition.assigned;
    if (!transition.owner_agency.empty())
        next.owner_agency = transition.owner_agency;
    return next;
}

bool staff_acts_on(const catalog::Step& step, const RequestState& state, const Actor& actor)
{
    return is_staff_side(step, state, actor);
}

} // namespace lapis::domain
