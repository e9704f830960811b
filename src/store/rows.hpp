// Reading a soci::row the same way on both engines: SQLite reports an INTEGER
// column as int or long long depending on the value, PostgreSQL by the column's
// declared type, and row.get<T> throws std::bad_cast unless T is exactly that.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include <soci/soci.h>

namespace lapis::store {

inline long long integer_at(const soci::row& row, std::size_t column)
{
    switch (row.get_properties(column).get_data_type()) {
    case soci::dt_integer:
        return row.get<int>(column);
    case soci::dt_long_long:
        return row.get<long long>(column);
    case soci::dt_unsigned_long_long:
        return static_cast<long long>(row.get<unsigned long long>(column));
    case soci::dt_double:
        return static_cast<long long>(row.get<double>(column));
    default:
        return std::stoll(row.get<std::string>(column));
    }
}

// Null stays nullopt.
inline std::optional<long long> optional_integer_at(const soci::row& row, std::size_t column)
{
    if (row.get_indicator(column) != soci::i_ok)
        return std::nullopt;
    return integer_at(row, column);
}

inline std::string text_at(const soci::row& row, std::size_t column)
{
    return row.get_indicator(column) == soci::i_ok ? row.get<std::string>(column) : std::string();
}

} // namespace lapis::store
