// A request's summary and history as view models, for the requester (only what
// staff addressed to them, never names of staff or personal numbers) and for staff.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "catalog/catalog.hpp"
#include "domain/message.hpp"
#include "store/requests.hpp"

namespace lapis::web {

enum class HistoryAudience { Requester, Staff };

// Whether a history row's note is for the requester's side too (the tracking page,
// the agency's page, the requester's API): the requester's own notes, notes staff
// marked public, and a desk's records only as the desk marked them.
bool note_is_public(const store::HistoryEntry& entry);

nlohmann::json request_summary(
    const catalog::Catalog& catalog, const store::StoredRequest& request, domain::Lang lang);

nlohmann::json history_model(const catalog::Catalog& catalog,
    const std::vector<store::HistoryEntry>& entries, HistoryAudience audience, domain::Lang lang,
    int utc_offset_minutes);

// A move that was refused: the request's page comes back with the reason and the
// note the person typed, in the form of the action they tried (`kept_<action>`).
struct RefusedMove {
    int status = 200;
    std::optional<domain::Message> reason;
    std::string action; // a known action's name: "complete", "answer", ...
    std::string note;
};
void keep_refused(nlohmann::json& model, const RefusedMove& refused, domain::Lang lang);

} // namespace lapis::web
