// Building responses: pages inside the site layout, JSON, redirects and error pages,
// each with the security headers every answer carries.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "domain/message.hpp"
#include "web/app.hpp"
#include "web/http.hpp"

namespace lapis::web {

// Renders `name` with `model`, inside layout.tpl with the given title.
Response page(Context& context, const std::string& name, const std::string& title,
    nlohmann::json model, int status = 200);
// A short page that says what went wrong, in the reader's language.
Response message_page(Context& context, int status, const std::string& title_key,
    const std::string& text_key, const std::string& arg = {});
Response not_found_page(Context& context);
Response json_response(int status, const nlohmann::json& body);
Response redirect(const std::string& location); // 303 See Other
// A PDF to save as `file_name` (ASCII: numbers and template ids), never cached.
Response pdf_download(std::string pdf, const std::string& file_name);
// The headers every response carries (CSP, nosniff, frame and referrer rules).
void add_security_headers(Response& response, bool over_tls);

// The office's model for the layout: name, help desk, the signed-in user.
nlohmann::json layout_model(Context& context);

// URL-encodes a value for a query string.
std::string url_encode(const std::string& value);

} // namespace lapis::web
