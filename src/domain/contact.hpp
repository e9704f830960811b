// Email addresses, telephone numbers and URLs as people type them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/message.hpp"

namespace lapis::domain {

struct TextCheck {
    std::optional<std::string> value; // normalised
    Message error;
};

// Without the ASCII white space (space, tab, CR, LF, VT, FF) around it.
std::string_view trim_whitespace(std::string_view input);
// With ASCII capitals in lower case and every other byte as it is (UTF-8 stays intact).
std::string lower_ascii(std::string_view input);

// Trims, requires one '@' with a non-empty local part and a dotted domain, lower-
// cases the domain and keeps the local part as typed.
TextCheck check_email(std::string_view input);
// As check_email, and the whole domain after the last '@' must equal one of
// `domains` (case-insensitive). A sub-domain passes only when allowed. A failure
// says which domain is required (AC-07).
TextCheck check_official_email(
    std::string_view input, const std::vector<std::string>& domains, bool allow_subdomains);
// Indonesian phone numbers: digits with an optional leading '+', spaces, dashes,
// dots and brackets stripped; kept as text so the leading 0 survives (AC-08).
TextCheck check_phone(std::string_view input);
// http or https with a host.
TextCheck check_url(std::string_view input);

} // namespace lapis::domain
