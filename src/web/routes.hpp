#pragma once

#include <vector>

#include "web/app.hpp"
#include "web/router.hpp"

namespace lapis::web {

std::vector<Route> route_table();
// Sessions, the route's access rule, CSRF on staff forms, security headers and
// the access log, then the route's handler.
Response dispatch(App& app, const Router& router, Request& request);

} // namespace lapis::web
