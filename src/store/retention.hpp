// The retention rule for identity scans (UU 27/2022): once a request has ended,
// its e-KTP and other ID scans are deleted after the catalog's number of days. The
// attachment row stays, marked deleted, and every deletion is audited.
#pragma once

#include <string>
#include <vector>

#include "domain/clock.hpp"
#include "store/database.hpp"
#include "store/files.hpp"

namespace lapis::store {

struct IdentityField {
    std::string service;
    std::string field;
};

struct RetentionReport {
    long long deleted = 0;
};

// Deletes the identity scans of requests that ended before `ended_before`.
RetentionReport apply_retention(Database& database, FileStore& files,
    const std::vector<IdentityField>& identity_fields, domain::TimePoint ended_before,
    domain::TimePoint now);

} // namespace lapis::store
