// The CSIRT desk's rules (docs/desk-incident.md): who may see an item under its
// TLP 2.0 label, the priority a report gets and when a changed one needs a reason,
// the structured impact analysis, the CSIRT's verification, what a step of the
// procedure needs before it may be completed, and the office's security.txt
// (RFC 9116). Pure: no HTTP, no database, the time is passed in.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "catalog/catalog.hpp"
#include "domain/clock.hpp"
#include "domain/incident.hpp"
#include "domain/message.hpp"

namespace lapis::domain {

// ---------------------------------------------------------------------------------------
// TLP 2.0 on the desk's pages. The label is the widest audience an item may reach
// through lapis:
//   TLP:RED           the CSIRT only (the role "csirt" and the head of division);
//   TLP:AMBER+STRICT  also the office's other staff on the request and the owner
//   TLP:AMBER         agency of the affected system (the recipient organisation);
//   TLP:GREEN         also the reporter (tracking page, or the agency that filed it);
//   TLP:CLEAR
// An item without a label counts as TLP:RED.

enum class IncidentAudience {
    Csirt, // csirt, kepala-bidang
    Office, // other staff who may view the request (the helpdesk)
    Owner, // the agency account of the owner agency
    Reporter, // the tracking code's holder; the agency that filed the report
};

bool tlp_allows(std::optional<Tlp> label, IncidentAudience audience);

// A reporter's evidence file. Before the CSIRT labels it, it is what the reporter
// sent the office: the CSIRT and the staff on the request see it (the helpdesk
// verifies the report with it, procedure step 2), the owner and the reporter's
// page do not. Once labelled, tlp_allows decides.
bool evidence_allows(std::optional<Tlp> label, IncidentAudience audience);

// ---------------------------------------------------------------------------------------
// Priority: the default of the incident's RSIT class and type under the catalog's
// overrides (`[csirt.priorities]`); a priority other than the default needs a reason.

PriorityOverrides priority_overrides(const catalog::Catalog& catalog);

// incident.priority_reason when `chosen` differs from `default_priority` and the
// reason is blank.
std::optional<Message> check_priority_reason(
    Priority chosen, Priority default_priority, const std::string& reason);

// ---------------------------------------------------------------------------------------
// The classification the CSIRT records: RSIT class (and type), the report's TLP, the
// priority with its default and the reason for a change.

struct ClassificationInput {
    std::string rsit_class;
    std::string rsit_type; // may be empty: the class alone
    std::string tlp;
    std::string priority; // empty: the default
    std::string priority_reason;
};

struct Classification {
    std::string rsit_class;
    std::string rsit_type;
    Tlp tlp = Tlp::Red;
    Priority priority = Priority::P4;
    Priority default_priority = Priority::P4;
    std::string priority_reason;
};

struct ClassificationCheck {
    std::optional<Classification> value;
    std::map<std::string, Message> errors; // form field → problem
};

ClassificationCheck check_classification(
    const ClassificationInput& input, const PriorityOverrides& overrides);

// ---------------------------------------------------------------------------------------
// Impact analysis (DOMAIN.md §4.3: confidentiality/integrity/availability, data
// involved, personal data yes/no) with its scope and the service disruption.

struct Impact {
    bool confidentiality = false;
    bool integrity = false;
    bool availability = false;
    std::optional<long long> users_affected; // unknown when absent
    std::optional<long long> systems_affected;
    std::string data_affected; // what data, in words
    std::string personal_data; // "ya", "tidak", "belum-diketahui"
    std::string disruption; // "tidak-ada", "sebagian", "total"
    std::string summary; // the analysis in words
};

struct ImpactCheck {
    std::optional<Impact> value;
    std::map<std::string, Message> errors;
};

// Form names: kerahasiaan, integritas, ketersediaan ("1" when ticked),
// pengguna_terdampak, sistem_terdampak_jumlah, data_terdampak, data_pribadi,
// gangguan_layanan, ringkasan.
ImpactCheck check_impact(const std::map<std::string, std::string>& form);
nlohmann::json impact_to_json(const Impact& impact);
Impact impact_from_json(const nlohmann::json& json);

// ---------------------------------------------------------------------------------------
// The CSIRT's verification of the fix: verified or not yet; "not yet" needs a note.

struct Verification {
    bool verified = false;
    std::string note;
};

struct VerificationCheck {
    std::optional<Verification> value;
    std::map<std::string, Message> errors;
};

// Form names: hasil ("terverifikasi" or "belum"), catatan.
VerificationCheck check_verification(const std::string& result, const std::string& note);

// ---------------------------------------------------------------------------------------
// The procedure's steps that need the desk's records before they are completed
// (`[csirt.steps]`): the first requirement of `step_id` not in `satisfied`, as a
// refusal message (incident.gate.<requirement>); nullopt when nothing is missing.

std::optional<Message> missing_requirement(const catalog::Catalog& catalog,
    const std::string& step_id, const std::set<std::string>& satisfied);

// ---------------------------------------------------------------------------------------
// /.well-known/security.txt (RFC 9116) from `[csirt]`: Contact (mailto: for each
// address, then the report form), Expires (`expires_days` after `now`, < 1 year),
// Encryption, Acknowledgments, Preferred-Languages, Canonical and Policy (the team
// page) when `public_url` is https. `report_path`: the form's path, may be empty.

std::string security_txt(const catalog::Csirt& csirt, const std::string& public_url,
    const std::string& report_path, TimePoint now);

} // namespace lapis::domain
