// A procedure as JSON: the snapshot a request keeps of the steps it started with,
// so that a later catalog edit does not renumber requests in progress.
#pragma once

#include <nlohmann/json.hpp>

#include "catalog/catalog.hpp"

namespace lapis::store {

nlohmann::json procedure_to_json(const catalog::Procedure& procedure);
catalog::Procedure procedure_from_json(const nlohmann::json& json);

} // namespace lapis::store
