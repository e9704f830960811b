// View models: the catalog, forms and requests as JSON for templates and the API.
#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "catalog/catalog.hpp"
#include "domain/message.hpp"
#include "store/requests.hpp"

namespace lapis::web {

nlohmann::json home_model(const catalog::Catalog& catalog);
nlohmann::json service_model(const catalog::Catalog& catalog, const catalog::Service& service);

// The form of a service (and kind) with the person's values, errors and warnings.
nlohmann::json form_model(const catalog::Catalog& catalog, const catalog::Service& service,
    const catalog::Kind* kind, const std::map<std::string, std::string>& values,
    const std::map<std::string, domain::Message>& errors,
    const std::map<std::string, domain::Message>& warnings, domain::Lang lang);

// GET /api/v1/services
nlohmann::json services_api(const catalog::Catalog& catalog);

// A catalog step's text, whose Markdown (bold, links) the catalog may use, as safe
// inline HTML for {{text_html:none}}; each distinct text is rendered once.
std::string step_html(const std::string& text);

// Each step of a request's procedure as done / current / pending.
nlohmann::json steps_model(const store::StoredRequest& request);
const char* step_state(const store::StoredRequest& request, std::size_t index);

// The label of a field's stored value: option labels for choices and agencies.
std::string display_value(
    const catalog::Catalog& catalog, const catalog::Field& field, const std::string& value);

// "Tim CSIRT" for a role id, the party's name otherwise.
std::string actor_label(const catalog::Catalog& catalog, const catalog::Step& step);

} // namespace lapis::web
