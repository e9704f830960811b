// A desk's changes in the request's history. A desk record (a finding, a sign-off,
// a classification) is written together with a history row of action "desk" in
// the same transaction, so the history tells everything that happened to a request
// and nothing is half-stored. The row keeps the request's status and step: desk
// events do not move the request; moves go through the gate (web/desk.cpp).
#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "domain/clock.hpp"

namespace soci {
class session;
}

namespace lapis::store {

struct DeskEvent {
    std::string event; // message key of what happened, e.g. "incident.event.classified"
    std::string actor_kind; // "staf", "instansi" or "pemohon"
    std::int64_t actor_user = 0; // 0 for the requester
    std::string note; // the text shown in the history
    bool public_note = false; // the requester (tracking page, agency) sees the note
    nlohmann::json detail = nlohmann::json::object(); // the desk's values, for the record
};

// Appends the row inside the caller's open write transaction; returns its id.
std::int64_t append_desk_event(
    soci::session& sql, std::int64_t request_id, const DeskEvent& event, domain::TimePoint now);

} // namespace lapis::store
