// The route table's machinery: a route is a method, a path pattern with `:name`
// segments, who may call it and the handler. The table itself is in routes.cpp,
// where every path, method, required role and handler are seen together.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "web/http.hpp"

namespace lapis::web {

class Context;

// Who may call a route: anyone; someone part-way through signing in (second
// factor owed or to enrol); or a signed-in staff member (second factor done, or
// an API token).
// An agency account (Perangkat Daerah) is signed in, but is not staff.
enum class Access { Public, SignIn, Staff, Agency };

// Which per-address rate limit a route counts against.
enum class Limit { None, Submit, Track };

using Handler = std::function<Response(Context&, Request&)>;

struct Route {
    std::string method;
    std::string pattern; // "/layanan/:id/ajukan"
    Access access = Access::Public;
    Handler handler;
    Limit limit = Limit::None;
    // The handler checks every text field itself and shows the form again with the
    // problem beside the field (the request form). Other forms' text is refused
    // before their handler when it is not readable (see routes.cpp).
    bool checks_own_text = false;
};

class Router {
public:
    explicit Router(std::vector<Route> routes);

    struct Match {
        const Route* route = nullptr;
        bool path_known = false; // the path matched with another method: 405
    };
    // Fills request.params on a match.
    Match match(Request& request) const;

private:
    std::vector<Route> m_routes;
};

} // namespace lapis::web
