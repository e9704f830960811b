// Reading CSV files people export from spreadsheets (RFC 4180 as practised):
// quoted fields, commas, quotes ("") and line breaks inside quotes, CRLF or LF
// line ends, a UTF-8 byte order mark at the start. The parsing itself is
// libcsv's (Debian libcsv-dev) in strict mode; this wrapper adds the BOM and the
// physical line on which each record starts, so a refusal can name the line.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lapis::domain {

struct CsvRecord {
    std::size_t line = 0; // 1-based physical line where the record starts
    std::vector<std::string> fields;
};

struct CsvTable {
    std::vector<CsvRecord> records; // blank lines are skipped
    // Set when the text is not well-formed CSV (a stray quote, an unterminated
    // quoted field): the line where reading stopped. Records before it are kept
    // for the caller's report, but the table must not be used.
    std::optional<std::size_t> malformed_line;
};

CsvTable read_csv(std::string_view text);

} // namespace lapis::domain
