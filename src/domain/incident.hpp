// Incident vocabulary (DOMAIN.md §4): TLP 2.0 sharing labels, the RSIT incident
// taxonomy, and the P1–P4 priority with its proposed response times.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "domain/message.hpp"

namespace lapis::domain {

// ---------------------------------------------------------------------------------------
// Traffic Light Protocol 2.0 (FIRST, first.org/tlp; DOMAIN.md §4.4). The labels are
// never translated; only the explanation is.

enum class Tlp { Red, AmberStrict, Amber, Green, Clear };

struct TlpParse {
    std::optional<Tlp> tlp;
    std::optional<Message> error; // set when tlp is empty
};

// Accepts the five labels in any letter case ("tlp:amber+strict"), with surrounding
// whitespace; refuses v1's TLP:WHITE, translated labels and anything else.
TlpParse parse_tlp(std::string_view text);
// The canonical label: "TLP:RED", "TLP:AMBER+STRICT", "TLP:AMBER", "TLP:GREEN", "TLP:CLEAR".
std::string_view tlp_label(Tlp tlp);
// The five labels, most restrictive first.
std::span<const Tlp> tlp_levels();

struct TlpColours {
    std::string_view text; // "#FF2B2B"
    std::string_view background; // "#000000"
};
// [U] Colour codes as DOMAIN.md §4.4 gives them; to be checked against first.org/tlp.
TlpColours tlp_colours(Tlp tlp);
// Message key of who may receive the information, e.g. "tlp.audience.amber_strict".
std::string tlp_audience_key(Tlp tlp);
// The pages' CSS class of a label, e.g. "tlp-amber-strict" (web/assets/lapis.css).
std::string tlp_css_class(Tlp tlp);

// ---------------------------------------------------------------------------------------
// Reference Security Incident Taxonomy (ENISA/TF-CSIRT, DOMAIN.md §4.5), revision 1 as
// DOMAIN.md describes it. The machine values of `machinev1` (the repository's source of
// truth, MISP machinetag `rsit:<class>="<type>"`) are stored; the labels are shown.

struct RsitClass {
    std::string_view value; // machinev1 predicate: "intrusion-attempts"
    std::string_view label; // as RSIT prints it: "Intrusion Attempts"
    std::string_view label_id; // Indonesian
};

struct RsitType {
    std::string_view class_value; // "intrusion-attempts"
    std::string_view value; // machinev1 value: "brute-force"
    std::string_view label; // machinev1 "expanded": "Login attempts"
    std::string_view label_id; // Indonesian

    // rsit:intrusion-attempts="brute-force"
    std::string machine_tag() const;
};

std::span<const RsitClass> rsit_classes();
std::span<const RsitType> rsit_types();

const RsitClass* find_rsit_class(std::string_view value);
// Exact machine values, as stored.
const RsitType* find_rsit_type(std::string_view class_value, std::string_view value);
// `rsit:<class>="<type>"`; namespace and values compared ignoring case (revision 1.1 of
// machinev1 lowercased "Unauthorised-…"), the entry returned carries the stored spelling.
const RsitType* find_rsit_by_machine_tag(std::string_view tag);
// The English labels as RSIT prints them, ignoring case. humanv1.md's Malicious Code
// types (Virus, Worm, Trojan, Spyware, Dialer, Rootkit) have no machine value and are
// not found: such an incident is classed `malicious-code` without a type.
const RsitType* find_rsit_by_labels(std::string_view class_label, std::string_view type_label);

// A suggested classification for a situation the office meets often (DOMAIN.md §4.5,
// "Practical Indonesian mapping"): the analyst may change it.
struct RsitSuggestion {
    std::string_view code; // "defacement"
    std::string_view situation; // Indonesian description
    std::string_view class_value;
    std::string_view type_value;
    std::string_view also_class; // a second class worth tagging; may be empty
    std::string_view alternative; // Indonesian note on another reasonable reading
};
std::span<const RsitSuggestion> rsit_suggestions();

// ---------------------------------------------------------------------------------------
// Priority. [U] No BSSN regulation fixes levels or response times (DOMAIN.md §4.2): the
// defaults below are an industry convention proposed as local configuration.

enum class Priority { P1, P2, P3, P4 };

std::string_view priority_code(Priority priority); // "P1"
std::optional<Priority> parse_priority(std::string_view text); // "P1".."P4", any case
std::string priority_label_key(Priority priority); // "priority.p1" → "P1 – Kritis"

enum class TimeUnit { WorkingHours, Hours, WorkingDays };

struct ResponseTarget {
    int amount = 0;
    TimeUnit unit = TimeUnit::WorkingHours;

    bool operator==(const ResponseTarget&) const = default;
};
// [U] Proposed default initial-response targets: P1 1 working hour, P2 4 hours,
// P3 1 working day, P4 3 working days.
ResponseTarget default_response_target(Priority priority);
std::string response_target_key(Priority priority); // "priority.response.p1"

// Site overrides of the default priority, keyed by an RSIT class value
// ("intrusions") or a class and type ("intrusions/application-compromise").
using PriorityOverrides = std::map<std::string, Priority, std::less<>>;

// The priority of an incident of this class (and type, may be empty): an override of the
// type, else of the class, else the proposed default; an unknown class counts as "other".
Priority default_priority(std::string_view class_value, std::string_view type_value = {},
    const PriorityOverrides& overrides = {});

} // namespace lapis::domain
