// A request's summary and history as view models, for the requester (only what
// staff addressed to them, never names of staff or personal numbers) and for staff.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "catalog/catalog.hpp"
#include "domain/message.hpp"
#include "store/requests.hpp"

namespace lapis::web {

enum class HistoryAudience { Requester, Staff };

nlohmann::json request_summary(
    const catalog::Catalog& catalog, const store::StoredRequest& request, domain::Lang lang);

nlohmann::json history_model(const catalog::Catalog& catalog,
    const std::vector<store::HistoryEntry>& entries, HistoryAudience audience, domain::Lang lang,
    int utc_offset_minutes);

} // namespace lapis::web
