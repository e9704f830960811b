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
#include "store/desk_history.hpp"

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

    // The system of this name in the agency (letter case ignored), if any.
    std::optional<ElectronicSystem> find_by_name(
        const std::string& agency, const std::string& name);

    std::int64_t add_categorisation(const SystemCategorisation& categorisation);
    // The same, and when the categorisation belongs to a request, `event` goes into
    // that request's history in the same transaction (store/desk_history.hpp).
    std::int64_t add_categorisation(
        const SystemCategorisation& categorisation, const DeskEvent& event);
    // Newest first.
    std::vector<SystemCategorisation> categorisations(SystemId id);
    // The newest categorisation recorded for a request (complete or not).
    std::optional<SystemCategorisation> categorisation_for_request(std::int64_t request_id);

    // The registry system a request is about (the categorisation desk links
    // one per request); nullopt until linked.
    std::optional<SystemId> system_for_request(std::int64_t request_id);
    // Links the request to an existing system (replacing an earlier link) and
    // writes `event` into the request's history, in one transaction. False when
    // there is no such system.
    bool link_request(std::int64_t request_id, SystemId system, std::int64_t by,
        const DeskEvent& event, domain::TimePoint now);
    // Registers `system` and links the request to it, in one transaction; when its
    // agency already has a system of that name, links that one instead.
    SystemId add_for_request(const ElectronicSystem& system, std::int64_t request_id,
        std::int64_t by, const DeskEvent& event, domain::TimePoint now);

private:
    Database& m_database;
};

} // namespace lapis::store
