// Files compiled into the binary by cmake/Embed.cmake: the bundled catalog, the page
// templates and the front-end assets.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace lapis::resources {

std::optional<std::string_view> find(std::string_view name);
std::vector<std::string_view> names();

} // namespace lapis::resources
