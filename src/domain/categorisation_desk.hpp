// The categorisation desk's rules beside the questionnaire (categorisation.hpp):
// the fields of the registry of electronic systems, checked by the same form
// rules as the catalog's forms, and the CSV of the category report.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog.hpp"

namespace lapis::domain {

// The registry form: nama (required, one line, ≤ 200), url (optional, http or
// https with a host), unit (required, one line, ≤ 200), deskripsi (optional,
// ≤ 4000). Check them with check_form (form.hpp).
const std::vector<catalog::Field>& system_registry_fields();

// One CSV field (RFC 4180): quoted when it holds a comma, a quote, CR or LF, with
// quotes doubled. A value a spreadsheet would take as a formula — starting with
// =, +, -, @, a tab or CR — is prefixed with an apostrophe first (OWASP "CSV
// injection"), so a system named "=HYPERLINK(…)" stays text.
std::string csv_field(std::string_view value);
// Fields joined by commas, ended by CRLF.
std::string csv_line(const std::vector<std::string>& fields);

} // namespace lapis::domain
