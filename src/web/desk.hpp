// The desk's use cases, shared by the web pages and the JSON API: submitting a
// request and moving one through its procedure. No HTTP here: the handlers turn
// what they receive into these inputs and the outcomes into pages or JSON.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/message.hpp"
#include "domain/workflow.hpp"
#include "store/requests.hpp"
#include "store/users.hpp"
#include "web/app.hpp"
#include "web/http.hpp"

namespace lapis::web {

struct SubmitInput {
    std::string service;
    std::string kind;
    std::map<std::string, std::string> values;
    std::vector<FilePart> files;
    std::string idempotency_key;
    std::string remote; // the caller's address, for the audit log
};

struct SubmitOutcome {
    enum class Result { Created, Replayed, Invalid, UnknownService, KeyConflict };
    Result result = Result::Invalid;
    std::string number;
    std::string tracking_code;
    std::map<std::string, domain::Message> errors; // "_request" for the request as a whole
    std::map<std::string, domain::Message> warnings;
};

SubmitOutcome submit_request(App& app, const SubmitInput& input);

// The request behind a number and tracking code. A wrong code and an unknown
// number give the same answer: nothing.
std::optional<store::StoredRequest> find_for_requester(
    App& app, const std::string& number, const std::string& code);

struct MoveInput {
    domain::Actor actor;
    domain::MoveCommand command;
    std::vector<FilePart> files; // a requester's answer may carry a file
    std::vector<domain::UserId> assignee_ids; // Assign: the staff named
    std::string remote; // the caller's address, for the audit log
    // A desk's record of the same event, written in the move's transaction
    // (store::RequestStore::apply); it may throw to leave everything unwritten.
    std::function<void(soci::session&)> desk_write;
};

struct MoveOutcome {
    enum class Result { Done, Refused, Raced };
    Result result = Result::Refused;
    domain::Refusal refusal = domain::Refusal::NotNow;
    domain::Message reason;
};

MoveOutcome move_request(App& app, const store::StoredRequest& request, const MoveInput& input);

// The HTTP status of a staff move's refusal: 403 not theirs, 409 not now, 422
// something missing. (A requester's refusals are all 409: see api.cpp.)
int staff_refusal_status(domain::Refusal refusal);

// Staff see a request when one of their roles acts somewhere in its procedure;
// the head of division sees every request. Anything else answers 404.
bool staff_may_view(const store::User& user, const store::StoredRequest& request);

// Whether a member of `role` may act for it on this request: when the head of
// division named members of that role for the request, only they do.
bool named_for_role(
    const store::User& user, const store::StoredRequest& request, const std::string& role);

// NIK, NIP and identity scans are for the role that verifies the requester (the
// procedure's first staff step); everyone else who may view the request sees
// them masked and cannot open the scans.
bool staff_sees_identity(const store::User& user, const store::StoredRequest& request);
// "3578********0003": the first and last four digits.
std::string mask_identity(const std::string& digits);
// Whether a field holds identity data that masking covers.
bool is_identity_field(const catalog::Field& field);

// Whether this staff member may list and open this attachment: an identity scan
// only with staff_sees_identity, and nothing the request's desk withholds (the
// CSIRT desk: evidence whose TLP label keeps it from them). The staff page, its
// download and the staff API all ask here.
bool staff_sees_attachment(App& app, const store::User& user, const store::StoredRequest& request,
    const store::Attachment& file);

// The request's form fields, as the catalog describes them now.
const std::vector<catalog::Field>* request_fields(
    const App& app, const store::StoredRequest& request);

} // namespace lapis::web
