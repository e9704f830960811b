// What the desks' staff forms share: a refused form shown again on the request's
// staff page, the history row a staff member's record writes, and the office's
// date of today.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/clock.hpp"
#include "domain/identity.hpp"
#include "store/desk_history.hpp"
#include "web/app.hpp"
#include "web/http.hpp"

namespace lapis::web {

// A refused desk form: the request's staff page again (422), the problems beside
// their fields and the typed values kept. `errors` are (field, text already in
// the user's language); `values` are the form's fields as typed. The desk's panel,
// rendered by staff_request on this same thread, finds them through
// refused_desk_form() while the call lasts.
Response refused_desk_form(Context& context, Request& request,
    const std::vector<std::pair<std::string, std::string>>& errors, nlohmann::json values);

// The refused form being shown again, or nullptr: {"values": {...}, "errors":
// [{"field", "text"}]}.
const nlohmann::json* refused_desk_form();

// Puts the refused form on a panel's model: v_<field> for each typed value,
// error_<field> for each problem, refused_errors for the list. Nothing when no
// form was refused.
void show_refused_desk_form(nlohmann::json& model);

// A history row by a staff member (store/desk_history.hpp).
store::DeskEvent staff_desk_event(const store::User& user, std::string event, std::string note,
    bool public_note, nlohmann::json detail = nlohmann::json::object());

// Today in the office's time zone.
domain::Date office_today(const App& app);

} // namespace lapis::web
