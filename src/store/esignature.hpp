// The e-signature desk's records: the dated milestones of an agency
// application's integration with BSrE, in the order they were recorded. A
// milestone is never changed; a repeated one (a second conformity test) is a
// new row. Each is written with its history row in one transaction.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/clock.hpp"
#include "domain/identity.hpp"
#include "store/database.hpp"
#include "store/desk_history.hpp"

namespace lapis::store {

struct MilestoneEntry {
    std::int64_t id = 0;
    std::int64_t request_id = 0;
    std::string milestone; // domain/esignature.hpp id
    domain::Date happened_on;
    std::string note;
    std::int64_t recorded_by = 0;
    std::string recorded_by_name; // read only
    domain::TimePoint recorded_at;
};

class EsignatureStore {
public:
    explicit EsignatureStore(Database& database);

    std::int64_t add(const MilestoneEntry& entry, const DeskEvent& event, domain::TimePoint now);
    // Oldest first.
    std::vector<MilestoneEntry> milestones(std::int64_t request_id);

private:
    Database& m_database;
};

} // namespace lapis::store
