// The procedure gate: the one place that decides whether a move on a request is
// allowed, for the web pages and the API alike (AC-24). A move is checked against
// the procedure the request started with, the request's state and who acts; the
// result is either the transition to store or a refusal with a named cause.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "catalog/catalog.hpp"
#include "domain/message.hpp"

namespace lapis::domain {

enum class Status { Berjalan, MenungguPemohon, Selesai, Ditolak, Dibatalkan };

const char* to_string(Status status); // the slug: "berjalan", "menunggu-pemohon", ...
std::optional<Status> status_from_string(const std::string& slug);
bool is_finished(Status status);

enum class Action {
    Submit, // the requester files the request (step 1 done)
    Complete, // the current step is done
    Return, // staff ask the requester for more information
    Answer, // the requester answers
    Back, // staff send the request back to an earlier step the catalog allows
    Reject, // staff refuse the request with a reason
    Withdraw, // the requester withdraws
    Assign, // the head of division names the staff who carry the request
};

const char* to_string(Action action); // "submit", "complete", ...
std::optional<Action> action_from_string(const std::string& slug);

using UserId = std::int64_t;

struct RequestState {
    Status status = Status::Berjalan;
    std::size_t step = 0; // index of the current step
    std::map<std::string, std::vector<UserId>> assignees; // role → named staff
    std::string owner_agency; // agency owning the affected system
    std::string requester_agency; // the agency that filed the request, if one did
};

struct Actor {
    // Requester: holds the tracking code. Staff: the office's roles. Agency: an
    // account of a Perangkat Daerah, acting for its agency where a step names the
    // requester (when the agency filed it) or the owner of the electronic system.
    enum class Kind { Requester, Staff, Agency };
    Kind kind = Kind::Requester;
    UserId user_id = 0;
    std::set<std::string> roles;
    std::string agency;
};

// Whether the actor speaks for the requester of this request: the tracking code's
// holder, or an account of the agency that filed it.
bool speaks_for_requester(const Actor& actor, const RequestState& state);

struct MoveCommand {
    Action action = Action::Complete;
    std::string note;
    std::string to_step; // Back: the step id to return to
    // Assign: each named staff member with the roles they hold.
    std::map<UserId, std::set<std::string>> assignees;
    std::string owner_agency; // completing a step that names the system's owner
    bool note_public = false; // staff address the note to the requester
};

struct Transition {
    Action action = Action::Complete;
    Status from_status = Status::Berjalan;
    Status to_status = Status::Berjalan;
    std::size_t from_step = 0;
    std::size_t to_step = 0; // unchanged for a finished request
    // Set when staff record the act of another party: "pemohon", "pemilik-sistem"
    // or the outside party's name ("BSrE").
    std::string on_behalf_of;
    std::string note;
    std::string assigned_role; // Assign: the role whose staff were named
    std::vector<UserId> assigned; // Assign: who
    std::string owner_agency; // set when the step names the owner
    // The requester reads the note on the tracking page: always for their own
    // moves, a request for information and a refusal; for staff's other moves
    // when staff chose so.
    bool note_public = false;
};

enum class Refusal {
    NotYourMove, // the actor is not the side the step names: 403 for staff
    NotNow, // the move is not allowed in this state: 409
    InvalidInput, // the move lacks what it needs (a note, a step, staff): 422
};

struct GateResult {
    std::optional<Transition> transition;
    Refusal refusal = Refusal::NotNow;
    Message reason;

    bool allowed() const { return transition.has_value(); }
};

// The state of a request just submitted: the requester's submission completes
// the procedure's first step when it is theirs.
RequestState initial_state(const catalog::Procedure& procedure);
Transition submission(const catalog::Procedure& procedure);

GateResult check_move(const catalog::Catalog& catalog, const catalog::Procedure& procedure,
    const RequestState& state, const Actor& actor, const MoveCommand& command);

// Applies an allowed transition to a state.
RequestState apply(const RequestState& state, const Transition& transition);

// Whether staff with these roles act on the current step (queues use this).
bool staff_acts_on(const catalog::Step& step, const RequestState& state, const Actor& actor);

} // namespace lapis::domain
