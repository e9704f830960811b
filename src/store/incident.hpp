// The CSIRT desk's records of a report (docs/desk-incident.md): the case (RSIT
// classification, TLP of the report, priority and the linked electronic system),
// the entries the desk writes (impact analysis, recommendation, the owner's
// mitigation and prevention, the CSIRT's verification), each with its own TLP
// label and never changed — a newer entry of the same kind supersedes it — and
// the TLP label of each piece of evidence. Every change is written together with
// its history row (store/desk_history.hpp) in one transaction.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/clock.hpp"
#include "store/database.hpp"
#include "store/desk_history.hpp"
#include "store/systems.hpp"

namespace lapis::store {

struct IncidentCase {
    std::int64_t request_id = 0;
    std::string rsit_class; // "" until classified
    std::string rsit_type;
    std::string tlp; // canonical label, "" until set
    std::string priority; // "P1".."P4", "" until set
    std::string default_priority;
    std::string priority_reason;
    std::optional<SystemId> system_id;
    domain::TimePoint updated_at;

    bool classified() const { return !rsit_class.empty(); }
};

struct IncidentClassification {
    std::string rsit_class;
    std::string rsit_type;
    std::string tlp;
    std::string priority;
    std::string default_priority;
    std::string priority_reason;
};

// The kinds of entries: "impact", "recommendation", "mitigation", "prevention",
// "verification".
struct IncidentEntry {
    std::int64_t id = 0;
    std::int64_t request_id = 0;
    std::string kind;
    std::string tlp;
    nlohmann::json body = nlohmann::json::object();
    std::string actor_kind; // "staf" or "instansi"
    std::int64_t actor_user = 0;
    domain::TimePoint recorded_at;
};

class IncidentStore {
public:
    explicit IncidentStore(Database& database);

    std::optional<IncidentCase> find(std::int64_t request_id);

    void classify(std::int64_t request_id, const IncidentClassification& classification,
        const DeskEvent& event, domain::TimePoint now);
    // Links a system of the registry; false when there is no such system.
    bool link_system(
        std::int64_t request_id, SystemId system, const DeskEvent& event, domain::TimePoint now);
    // Adds the system to the registry and links it, in one transaction; nullopt when
    // its agency already has a system of that name.
    std::optional<SystemId> register_and_link(std::int64_t request_id,
        const ElectronicSystem& system, const DeskEvent& event, domain::TimePoint now);

    std::int64_t add_entry(
        const IncidentEntry& entry, const DeskEvent& event, domain::TimePoint now);
    // Oldest first.
    std::vector<IncidentEntry> entries(std::int64_t request_id);
    // The newest entry of each kind.
    std::map<std::string, IncidentEntry> latest_entries(std::int64_t request_id);

    // Labels an attachment of this request; false when the attachment is not the
    // request's.
    bool label_evidence(std::int64_t request_id, std::int64_t attachment_id, const std::string& tlp,
        const DeskEvent& event, domain::TimePoint now);
    // attachment id → label.
    std::map<std::int64_t, std::string> evidence_labels(std::int64_t request_id);

private:
    Database& m_database;
};

} // namespace lapis::store
