#include "web/router.hpp"

#include <optional>

namespace lapis::web {
namespace {

std::vector<std::string> split_path(const std::string& path)
{
    std::vector<std::string> segments;
    std::size_t at = 1;
    while (at <= path.size()) {
        std::size_t end = path.find('/', at);
        if (end == std::string::npos)
            end = path.size();
        segments.push_back(path.substr(at, end - at));
        at = end + 1;
    }
    return segments;
}

int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Decodes one path segment. A segment that decodes to a separator, a NUL or a
// dot-segment matches nothing: "%2f..%2f" never walks out of a route (AC-13).
std::optional<std::string> decode_segment(const std::string& raw)
{
    std::string decoded;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '%') {
            decoded.push_back(raw[i]);
            continue;
        }
        if (i + 2 >= raw.size())
            return std::nullopt;
        int high = hex_value(raw[i + 1]);
        int low = hex_value(raw[i + 2]);
        if (high < 0 || low < 0)
            return std::nullopt;
        decoded.push_back(static_cast<char>(high * 16 + low));
        i += 2;
    }
    const bool has_separator = decoded.find('/') != std::string::npos
        || decoded.find('\\') != std::string::npos || decoded.find('\0') != std::string::npos;
    if (has_separator || decoded == "." || decoded == "..")
        return std::nullopt;
    return decoded;
}

bool matches(
    const std::string& pattern, const std::string& path, std::map<std::string, std::string>& params)
{
    const auto want = split_path(pattern);
    const auto have = split_path(path);
    if (want.size() != have.size())
        return false;
    std::map<std::string, std::string> found;
    for (std::size_t i = 0; i < want.size(); ++i) {
        auto segment = decode_segment(have[i]);
        if (!segment)
            return false;
        if (!want[i].empty() && want[i][0] == ':') {
            if (segment->empty())
                return false;
            found[want[i].substr(1)] = *segment;
        } else if (want[i] != *segment) {
            return false;
        }
    }
    params = std::move(found);
    return true;
}

} // namespace

Router::Router(std::vector<Route> routes)
    : m_routes(std::move(routes))
{
}

Router::Match Router::match(Request& request) const
{
    Match result;
    for (const Route& route : m_routes) {
        std::map<std::string, std::string> params;
        if (!matches(route.pattern, request.path, params))
            continue;
        bool same_method
            = route.method == request.method || (route.method == "GET" && request.method == "HEAD");
        if (!same_method) {
            result.path_known = true;
            continue;
        }
        request.params = std::move(params);
        result.route = &route;
        return result;
    }
    return result;
}

} // namespace lapis::web
