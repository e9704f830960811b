// The registry of electronic systems (sistem elektronik) of each Perangkat Daerah,
// and every categorisation made of them. A categorisation row is never changed:
// a new one is added, so a system's history shows how its category moved. The
// CSIRT and assessment desks link their requests to a system of this registry.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/clock.hpp"
#include "store/database.hpp"

namespace lapis::store {

using SystemId = std::int64_t;

struct ElectronicSystem {
    SystemId id = 0;
    std::string agency; // catalog agency code of the owner
    std::string name;
    std::string url; // may be empty (an internal system without an address)
    std::string owner_unit; // the unit or officer who runs it
    std::string description;
    domain::TimePoint created_at;
    domain::TimePoint updated_at;
    // The newest complete categorisation, if any: category code and when.
    std::string category;
    int score = 0;
    std::string instrument_version;
    std::optional<domain::TimePoint> categorised_at;
};

struct SystemCategorisation {
    std::int64_t id = 0;
    SystemId system_id = 0;
    std::optional<std::int64_t> request_id; // the request it was made for, if any
    std::string instrument_version;
    std::vector<std::string> answers; // "A", "B", "C", "" when unanswered
    std::optional<int> score; // null until every question is answered
    std::string category; // "" until every question is answered
    std::int64_t recorded_by = 0; // users.id
    domain::TimePoint recorded_at;
};

class SystemStore {
public:
    explicit SystemStore(Database& database);

    // Refuses (returns nullopt) a second system of the same name in one agency.
    std::optional<SystemId> add(const ElectronicSystem& system, domain::TimePoint now);
    // Changes name, url, owner_unit and description; false when there is no such
    // system or the new name is taken in its agency.
    bool update(const ElectronicSystem& system, domain::TimePoint now);
    std::optional<ElectronicSystem> find(SystemId id);
    // Ordered by agency, then name; empty agency: every agency.
    std::vector<ElectronicSystem> list(const std::string& agency = {});

    std::int64_t add_categorisation(const SystemCategorisation& categorisation);
    // Newest first.
    std::vector<SystemCategorisation> categorisations(SystemId id);
    // The newest categorisation recorded for a request (complete or not).
    std::optional<SystemCategorisation> categorisation_for_request(std::int64_t request_id);

private:
    Database& m_database;
};

} // namespace lapis::store
