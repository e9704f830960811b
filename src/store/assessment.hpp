// The vulnerability assessment desk's records: each request's assessment (the
// registry system it concerns, the report's TLP label) and its findings. Every change
// is written with its history row (store/desk_history.hpp) in one transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/assessment.hpp"
#include "domain/clock.hpp"
#include "store/database.hpp"
#include "store/desk_history.hpp"

namespace lapis::store {

struct FindingEvidence {
    std::string sha256; // the stored file's name; empty: no file
    std::string name; // cleaned client name, for display only
    std::string content_type;
    std::int64_t size = 0;
};

struct Finding {
    std::int64_t id = 0;
    std::int64_t request_id = 0;
    std::string title;
    std::string asset;
    std::string description;
    std::string evidence_text;
    FindingEvidence evidence;
    std::string cvss31_vector;
    int base_tenths = 0;
    std::optional<int> temporal_tenths;
    std::string severity;
    std::string cvss40_vector;
    std::optional<int> cvss40_tenths;
    std::string recommendation;
    std::string tlp; // canonical TLP 2.0 label
    domain::FindingStatus status = domain::FindingStatus::Open;
    std::int64_t created_by = 0;
    domain::TimePoint created_at;
    domain::TimePoint updated_at;
};

struct Assessment {
    std::int64_t request_id = 0;
    std::optional<std::int64_t> system_id; // electronic_systems.id
    std::string report_tlp = "TLP:AMBER+STRICT";
};

class AssessmentStore {
public:
    explicit AssessmentStore(Database& database);

    // Stores the finding (status open) and its history row; returns its id.
    std::int64_t add_finding(const Finding& finding, const DeskEvent& event, domain::TimePoint now);
    // Replaces what the team wrote (texts, vectors and scores, TLP label, and the
    // evidence file when `finding.evidence.sha256` is set); the status stays. False
    // when the request has no such finding, or it is verified (also when verified
    // by another hand since it was read): nothing is written.
    bool update_finding(const Finding& finding, const DeskEvent& event, domain::TimePoint now);
    // Changes the status when it is still `from`; false (nothing written) otherwise.
    bool change_status(std::int64_t request_id, std::int64_t finding_id, domain::FindingStatus from,
        domain::FindingStatus to, const DeskEvent& event, domain::TimePoint now);
    // In the order they were recorded.
    std::vector<Finding> findings(std::int64_t request_id);
    std::optional<Finding> finding(std::int64_t request_id, std::int64_t finding_id);

    // The request's assessment; the defaults when nothing was saved yet.
    Assessment assessment(std::int64_t request_id);
    void save_assessment(
        const Assessment& assessment, const DeskEvent& event, domain::TimePoint now);

private:
    Database& m_database;
};

} // namespace lapis::store
