#pragma once

#include <string>
#include <vector>

namespace lapis::store {

struct Migration {
    int version;
    std::string description;
    std::vector<std::string> statements; // both engines
    std::vector<std::string> only_sqlite; // run after `statements` on SQLite
    std::vector<std::string> only_postgresql; // run after `statements` on PostgreSQL
};

const std::vector<Migration>& migrations();

} // namespace lapis::store
