// CVSS v3.0, v3.1 and v4.0 vectors: validation and scores (see cvss.hpp).
#include "domain/cvss.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <utility>

namespace lapis::domain {
namespace {

enum class Group { Base, Temporal, Threat, Environmental, Supplemental };

// One metric of a vector and its allowed values, space-separated; optional metrics
// list X (Not Defined) first.
struct MetricDefinition {
    std::string_view key;
    std::string_view values;
    Group group;
};

// CVSS v3.1 specification §6 (Table 15), in the order of the vector string; v3.0 has the
// same metrics.
constexpr auto kV3Metrics = std::to_array<MetricDefinition>({
    { "AV", "N A L P", Group::Base },
    { "AC", "L H", Group::Base },
    { "PR", "N L H", Group::Base },
    { "UI", "N R", Group::Base },
    { "S", "U C", Group::Base },
    { "C", "H L N", Group::Base },
    { "I", "H L N", Group::Base },
    { "A", "H L N", Group::Base },
    { "E", "X H F P U", Group::Temporal },
    { "RL", "X U W T O", Group::Temporal },
    { "RC", "X C R U", Group::Temporal },
    { "CR", "X H M L", Group::Environmental },
    { "IR", "X H M L", Group::Environmental },
    { "AR", "X H M L", Group::Environmental },
    { "MAV", "X N A L P", Group::Environmental },
    { "MAC", "X L H", Group::Environmental },
    { "MPR", "X N L H", Group::Environmental },
    { "MUI", "X N R", Group::Environmental },
    { "MS", "X U C", Group::Environmental },
    { "MC", "X H L N", Group::Environmental },
    { "MI", "X H L N", Group::Environmental },
    { "MA", "X H L N", Group::Environmental },
});

// CVSS v4.0 specification §7 (Table 23), in the order of the vector string.
constexpr auto kV4Metrics = std::to_array<MetricDefinition>({
    { "AV", "N A L P", Group::Base },
    { "AC", "L H", Group::Base },
    { "AT", "N P", Group::Base },
    { "PR", "N L H", Group::Base },
    { "UI", "N P A", Group::Base },
    { "VC", "H L N", Group::Base },
    { "VI", "H L N", Group::Base },
    { "VA", "H L N", Group::Base },
    { "SC", "H L N", Group::Base },
    { "SI", "H L N", Group::Base },
    { "SA", "H L N", Group::Base },
    { "E", "X A P U", Group::Threat },
    { "CR", "X H M L", Group::Environmental },
    { "IR", "X H M L", Group::Environmental },
    { "AR", "X H M L", Group::Environmental },
    { "MAV", "X N A L P", Group::Environmental },
    { "MAC", "X L H", Group::Environmental },
    { "MAT", "X N P", Group::Environmental },
    { "MPR", "X N L H", Group::Environmental },
    { "MUI", "X N P A", Group::Environmental },
    { "MVC", "X H L N", Group::Environmental },
    { "MVI", "X H L N", Group::Environmental },
    { "MVA", "X H L N", Group::Environmental },
    { "MSC", "X H L N", Group::Environmental },
    { "MSI", "X S H L N", Group::Environmental },
    { "MSA", "X S H L N", Group::Environmental },
    { "S", "X N P", Group::Supplemental },
    { "AU", "X N Y", Group::Supplemental },
    { "R", "X A U I", Group::Supplemental },
    { "V", "X D C", Group::Supplemental },
    { "RE", "X L M H", Group::Supplemental },
    { "U", "X Clear Green Amber Red", Group::Supplemental },
});

std::span<const MetricDefinition> metrics_of(std::string_view version)
{
    if (version == "4.0") {
        return kV4Metrics;
    }
    return kV3Metrics;
}

// ---------------------------------------------------------------------------------------
// Text helpers

bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && is_space(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && is_space(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

char upper(char c)
{
    return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

bool equal_ignoring_case(std::string_view left, std::string_view right)
{
    return left.size() == right.size()
        && std::equal(left.begin(), left.end(), right.begin(),
            [](char a, char b) { return upper(a) == upper(b); });
}

std::vector<std::string_view> split(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        std::size_t end = text.find(separator, start);
        if (end == std::string_view::npos) {
            parts.push_back(text.substr(start));
            return parts;
        }
        parts.push_back(text.substr(start, end - start));
        start = end + 1;
    }
}

// ---------------------------------------------------------------------------------------
// Parsing

CvssParse refuse(std::string key, std::string_view arg = {})
{
    return { std::nullopt, Message{ std::move(key), std::string(arg) } };
}

bool allows(const MetricDefinition& definition, std::string_view value, bool ignore_case)
{
    for (std::string_view allowed : split(definition.values, ' ')) {
        if (ignore_case ? equal_ignoring_case(allowed, value) : allowed == value) {
            return true;
        }
    }
    return false;
}

std::optional<std::size_t> find_definition(
    std::span<const MetricDefinition> definitions, std::string_view key, bool ignore_case)
{
    for (std::size_t index = 0; index < definitions.size(); ++index) {
        std::string_view known = definitions[index].key;
        if (ignore_case ? equal_ignoring_case(known, key) : known == key) {
            return index;
        }
    }
    return std::nullopt;
}

// "CVSS:3.1" → "3.1"; the version is checked against the three this code scores.
struct Prefix {
    std::string version;
    std::optional<Message> error;
};

Prefix read_prefix(std::string_view part)
{
    constexpr std::string_view kLead = "CVSS:";
    if (!part.starts_with(kLead)) {
        bool miscased = equal_ignoring_case(part.substr(0, kLead.size()), kLead);
        return { {}, Message{ miscased ? "cvss.letter_case" : "cvss.prefix", std::string(part) } };
    }
    std::string_view version = part.substr(kLead.size());
    if (version != "3.0" && version != "3.1" && version != "4.0") {
        return { {}, Message{ "cvss.version", std::string(version) } };
    }
    return { std::string(version), std::nullopt };
}

// A value outside the metric's list: X in a base metric, the right letter in the wrong
// case, or simply not a value of that metric.
Message value_error(
    const MetricDefinition& definition, std::string_view part, std::string_view value)
{
    if (definition.group == Group::Base && value == "X") {
        return { "cvss.base_not_defined", std::string(part) };
    }
    if (allows(definition, value, true)) {
        return { "cvss.letter_case", std::string(part) };
    }
    return { "cvss.invalid_value", std::string(part) };
}

// "AV:N" → key and value; nullopt unless exactly one colon separates two non-empty halves.
std::optional<std::pair<std::string_view, std::string_view>> split_metric(std::string_view part)
{
    std::size_t colon = part.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 == part.size()
        || part.find(':', colon + 1) != std::string_view::npos) {
        return std::nullopt;
    }
    return std::pair{ part.substr(0, colon), part.substr(colon + 1) };
}

CvssVector build_vector(std::string version, std::span<const MetricDefinition> definitions,
    const std::vector<std::optional<std::string_view>>& values)
{
    CvssVector vector{ std::move(version), {} };
    for (std::size_t index = 0; index < definitions.size(); ++index) {
        if (values[index] && *values[index] != "X") {
            vector.metrics.push_back(
                { std::string(definitions[index].key), std::string(*values[index]) });
        }
    }
    return vector;
}

// Each metric at most once, in any order (the specifications fix an order for writing;
// tools in the wild do not all keep it, and the meaning does not depend on it).
CvssParse read_metrics(std::string version, std::span<const std::string_view> parts)
{
    std::span<const MetricDefinition> definitions = metrics_of(version);
    std::vector<std::optional<std::string_view>> values(definitions.size());
    for (std::string_view part : parts) {
        if (part.empty()) {
            return refuse("cvss.empty_part");
        }
        auto metric = split_metric(part);
        if (!metric) {
            return refuse("cvss.malformed", part);
        }
        auto [key, value] = *metric;
        auto index = find_definition(definitions, key, false);
        if (!index) {
            bool miscased = find_definition(definitions, key, true).has_value();
            return refuse(
                miscased ? "cvss.letter_case" : "cvss.unknown_metric", miscased ? part : key);
        }
        if (values[*index]) {
            return refuse("cvss.duplicate_metric", key);
        }
        if (!allows(definitions[*index], value, false)) {
            return { std::nullopt, value_error(definitions[*index], part, value) };
        }
        values[*index] = value;
    }

    for (std::size_t index = 0; index < definitions.size(); ++index) {
        if (definitions[index].group == Group::Base && !values[index]) {
            return refuse("cvss.missing_metric", definitions[index].key);
        }
    }
    return { build_vector(std::move(version), definitions, values), std::nullopt };
}

// ---------------------------------------------------------------------------------------
// CVSS v3.x (v3.1 specification §7, weights in §7.4; v3.0 specification §8)

// Roundup of v3.1 Appendix A, in tenths: work on the value × 100 000 rounded to an
// integer, so that 9.200000000000001 rounds to 9.2 and not to 9.3.
int roundup_tenths(double value)
{
    std::int64_t integer = std::llround(value * 100000.0);
    if (integer % 10000 == 0) {
        return static_cast<int>(integer / 10000);
    }
    return static_cast<int>(integer / 10000 + 1);
}

double from_tenths(int tenths)
{
    return tenths / 10.0;
}

struct Weight {
    char value;
    double weight;
};

// The weight of `value`; a value not listed (X, Not Defined) weighs 1.
double weight_of(std::initializer_list<Weight> weights, char value)
{
    for (const Weight& entry : weights) {
        if (entry.value == value) {
            return entry.weight;
        }
    }
    return 1.0;
}

double attack_vector_weight(char value)
{
    return weight_of({ { 'N', 0.85 }, { 'A', 0.62 }, { 'L', 0.55 }, { 'P', 0.2 } }, value);
}

double attack_complexity_weight(char value)
{
    return weight_of({ { 'L', 0.77 }, { 'H', 0.44 } }, value);
}

// Privileges Required weighs more when the scope changes (§7.4).
double privileges_weight(char value, bool scope_changed)
{
    if (scope_changed) {
        return weight_of({ { 'N', 0.85 }, { 'L', 0.68 }, { 'H', 0.5 } }, value);
    }
    return weight_of({ { 'N', 0.85 }, { 'L', 0.62 }, { 'H', 0.27 } }, value);
}

double user_interaction_weight(char value)
{
    return weight_of({ { 'N', 0.85 }, { 'R', 0.62 } }, value);
}

double impact_weight(char value)
{
    return weight_of({ { 'H', 0.56 }, { 'L', 0.22 }, { 'N', 0.0 } }, value);
}

double exploit_maturity_weight(char value)
{
    return weight_of({ { 'H', 1.0 }, { 'F', 0.97 }, { 'P', 0.94 }, { 'U', 0.91 } }, value);
}

double remediation_weight(char value)
{
    return weight_of({ { 'U', 1.0 }, { 'W', 0.97 }, { 'T', 0.96 }, { 'O', 0.95 } }, value);
}

double confidence_weight(char value)
{
    return weight_of({ { 'C', 1.0 }, { 'R', 0.96 }, { 'U', 0.92 } }, value);
}

double requirement_weight(char value)
{
    return weight_of({ { 'H', 1.5 }, { 'M', 1.0 }, { 'L', 0.5 } }, value);
}

char letter(const CvssVector& vector, std::string_view key)
{
    return vector.value(key).front();
}

// An environmental metric's value: the modified metric when defined, else the base one.
char modified_letter(const CvssVector& vector, std::string_view base_key)
{
    std::string modified = "M" + std::string(base_key);
    return vector.defines(modified) ? letter(vector, modified) : letter(vector, base_key);
}

// The shape shared by the base and the modified base equations.
struct V3Inputs {
    char attack_vector, attack_complexity, privileges, user_interaction, scope;
    double impact_subscore; // ISS, or MISS for the environmental score
};

double exploitability(const V3Inputs& inputs)
{
    bool changed = inputs.scope == 'C';
    return 8.22 * attack_vector_weight(inputs.attack_vector)
        * attack_complexity_weight(inputs.attack_complexity)
        * privileges_weight(inputs.privileges, changed)
        * user_interaction_weight(inputs.user_interaction);
}

// §7.1 base score, or the inner Roundup of §7.3 given `impact`.
int bounded_total_tenths(double impact, const V3Inputs& inputs)
{
    if (impact <= 0) {
        return 0;
    }
    double total = impact + exploitability(inputs);
    if (inputs.scope == 'C') {
        total *= 1.08;
    }
    return roundup_tenths(std::min(total, 10.0));
}

int v3_base_tenths(const CvssVector& vector)
{
    double iss = 1.0
        - (1.0 - impact_weight(letter(vector, "C"))) * (1.0 - impact_weight(letter(vector, "I")))
            * (1.0 - impact_weight(letter(vector, "A")));
    V3Inputs inputs{ letter(vector, "AV"), letter(vector, "AC"), letter(vector, "PR"),
        letter(vector, "UI"), letter(vector, "S"), iss };
    double impact
        = inputs.scope == 'C' ? 7.52 * (iss - 0.029) - 3.25 * std::pow(iss - 0.02, 15) : 6.42 * iss;
    return bounded_total_tenths(impact, inputs);
}

double temporal_factor(const CvssVector& vector)
{
    return exploit_maturity_weight(letter(vector, "E")) * remediation_weight(letter(vector, "RL"))
        * confidence_weight(letter(vector, "RC"));
}

// §7.2: Roundup(Base × E × RL × RC).
int v3_temporal_tenths(const CvssVector& vector, int base_tenths)
{
    return roundup_tenths(from_tenths(base_tenths) * temporal_factor(vector));
}

double modified_impact_subscore(const CvssVector& vector)
{
    auto unaffected = [&](std::string_view requirement, std::string_view impact) {
        return 1.0
            - requirement_weight(letter(vector, requirement))
            * impact_weight(modified_letter(vector, impact));
    };
    double miss = 1.0 - unaffected("CR", "C") * unaffected("IR", "I") * unaffected("AR", "A");
    return std::min(miss, 0.915);
}

// §7.3. v3.1 changed the scope-changed modified impact (× 0.9731, power 13); a CVSS:3.0
// vector keeps the v3.0 form (v3.0 specification §8.3), the same as the base equation.
int v3_environmental_tenths(const CvssVector& vector)
{
    double miss = modified_impact_subscore(vector);
    V3Inputs inputs{ modified_letter(vector, "AV"), modified_letter(vector, "AC"),
        modified_letter(vector, "PR"), modified_letter(vector, "UI"), modified_letter(vector, "S"),
        miss };
    double changed_tail
        = vector.version == "3.0" ? std::pow(miss - 0.02, 15) : std::pow(miss * 0.9731 - 0.02, 13);
    double impact = inputs.scope == 'C' ? 7.52 * (miss - 0.029) - 3.25 * changed_tail : 6.42 * miss;
    int inner = bounded_total_tenths(impact, inputs);
    return roundup_tenths(from_tenths(inner) * temporal_factor(vector));
}

bool defines_group(const CvssVector& vector, Group group)
{
    for (const MetricDefinition& definition : metrics_of(vector.version)) {
        if (definition.group == group && vector.defines(definition.key)) {
            return true;
        }
    }
    return false;
}

// ---------------------------------------------------------------------------------------
// CVSS v4.0 (v4.0 specification §8.2) with the data of cvss4_tables.cpp

// A metric's value for scoring: E and the security requirements count as their worst
// case when not defined, and a defined modified metric replaces its base metric.
std::string_view v4_value(const CvssVector& vector, std::string_view key)
{
    std::string_view value = vector.value(key);
    if (key == "E") {
        return value == "X" ? "A" : value;
    }
    if (key == "CR" || key == "IR" || key == "AR") {
        return value == "X" ? "H" : value;
    }
    std::string modified = "M" + std::string(key);
    return vector.defines(modified) ? vector.value(modified) : value;
}

bool v4_is(const CvssVector& vector, std::string_view key, std::string_view value)
{
    return v4_value(vector, key) == value;
}

// EQ1 (§8.2, Table 24): 0 when AV, PR and UI are all N; 1 when one of them is N and AV is
// not P; 2 otherwise.
int eq1_level(const CvssVector& vector)
{
    bool network = v4_is(vector, "AV", "N");
    bool no_privileges = v4_is(vector, "PR", "N");
    bool no_interaction = v4_is(vector, "UI", "N");
    if (network && no_privileges && no_interaction) {
        return 0;
    }
    bool any = network || no_privileges || no_interaction;
    return (any && !v4_is(vector, "AV", "P")) ? 1 : 2;
}

// EQ3: 0 when VC and VI are H; 1 when one of VC, VI, VA is H; 2 otherwise.
int eq3_level(const CvssVector& vector)
{
    bool confidentiality = v4_is(vector, "VC", "H");
    bool integrity = v4_is(vector, "VI", "H");
    if (confidentiality && integrity) {
        return 0;
    }
    return (confidentiality || integrity || v4_is(vector, "VA", "H")) ? 1 : 2;
}

// EQ4: 0 with a Safety impact (MSI:S or MSA:S); 1 when SC, SI or SA is H; 2 otherwise.
int eq4_level(const CvssVector& vector)
{
    if (v4_is(vector, "SI", "S") || v4_is(vector, "SA", "S")) {
        return 0;
    }
    bool high = v4_is(vector, "SC", "H") || v4_is(vector, "SI", "H") || v4_is(vector, "SA", "H");
    return high ? 1 : 2;
}

// EQ5: the exploit maturity, A 0, P 1, U 2.
int eq5_level(const CvssVector& vector)
{
    std::string_view maturity = v4_value(vector, "E");
    if (maturity == "A") {
        return 0;
    }
    return maturity == "P" ? 1 : 2;
}

// EQ6: 0 when a high impact meets a high requirement (CR with VC, IR with VI, AR with VA).
int eq6_level(const CvssVector& vector)
{
    auto both_high = [&](std::string_view requirement, std::string_view impact) {
        return v4_is(vector, requirement, "H") && v4_is(vector, impact, "H");
    };
    return (both_high("CR", "VC") || both_high("IR", "VI") || both_high("AR", "VA")) ? 0 : 1;
}

// The MacroVector: the level of each of the six equivalence sets, 0 the most severe.
std::array<int, 6> macro_vector(const CvssVector& vector)
{
    int eq2 = (v4_is(vector, "AC", "L") && v4_is(vector, "AT", "N")) ? 0 : 1;
    return { eq1_level(vector), eq2, eq3_level(vector), eq4_level(vector), eq5_level(vector),
        eq6_level(vector) };
}

std::string macro_vector_text(const std::array<int, 6>& levels)
{
    std::string text;
    for (int level : levels) {
        text += static_cast<char>('0' + level);
    }
    return text;
}

std::optional<int> score_of(std::array<int, 6> levels)
{
    return cvss4_data::macro_vector_score(macro_vector_text(levels));
}

std::array<int, 6> raised(std::array<int, 6> levels, std::size_t eq)
{
    levels[eq] += 1;
    return levels;
}

// The next lower MacroVector of EQ3 and EQ6 together: 00 may go to 01 or 10 (the
// higher-scored one, preferring 10 on a tie), 01 and 10 go to 11, 11 to 21; 21 has none.
std::optional<int> lower_eq3_eq6_score(const std::array<int, 6>& levels)
{
    int eq3 = levels[2], eq6 = levels[5];
    if (eq3 == 0 && eq6 == 0) {
        auto left = score_of(raised(levels, 5));
        auto right = score_of(raised(levels, 2));
        return (left && right && *left > *right) ? left : right;
    }
    if (eq3 == 1 && eq6 == 0) {
        return score_of(raised(levels, 5));
    }
    if (eq3 == 2 && eq6 == 1) {
        return std::nullopt;
    }
    return score_of(raised(levels, 2));
}

// Severity order of each value within its metric, in steps of 0.1 (§8.2).
int severity_level(std::string_view key, std::string_view value)
{
    constexpr auto kOrders = std::to_array<std::pair<std::string_view, std::string_view>>({
        { "AV", "NALP" },
        { "PR", "NLH" },
        { "UI", "NPA" },
        { "AC", "LH" },
        { "AT", "NP" },
        { "VC", "HLN" },
        { "VI", "HLN" },
        { "VA", "HLN" },
        { "SC", "_HLN" },
        { "SI", "SHLN" },
        { "SA", "SHLN" },
        { "CR", "HML" },
        { "IR", "HML" },
        { "AR", "HML" },
    });
    for (const auto& [metric, order] : kOrders) {
        if (metric == key) {
            return static_cast<int>(order.find(value.front()));
        }
    }
    return 0;
}

std::string_view value_in(std::string_view metrics, std::string_view key)
{
    for (std::string_view part : split(metrics, '/')) {
        auto metric = split_metric(part);
        if (metric && metric->first == key) {
            return metric->second;
        }
    }
    return {};
}

constexpr std::array<std::array<std::string_view, 6>, 4> kDistanceMetrics{ {
    { "AV", "PR", "UI" },
    { "AC", "AT" },
    { "VC", "VI", "VA", "CR", "IR", "AR" },
    { "SC", "SI", "SA" },
} };

// Severity distance of the vector from one highest vector, per EQ1, EQ2, EQ3+EQ6 and EQ4;
// nullopt when the vector is more severe in some metric, so that highest is not its own.
std::optional<std::array<int, 4>> distances_from(
    const CvssVector& vector, const std::array<std::string_view, 4>& highest, bool force)
{
    std::array<int, 4> distances{};
    bool below = true;
    for (std::size_t eq = 0; eq < kDistanceMetrics.size(); ++eq) {
        for (std::string_view key : kDistanceMetrics[eq]) {
            if (key.empty()) {
                continue;
            }
            int distance = severity_level(key, v4_value(vector, key))
                - severity_level(key, value_in(highest[eq], key));
            below = below && distance >= 0;
            distances[eq] += distance;
        }
    }
    if (!below && !force) {
        return std::nullopt;
    }
    return distances;
}

// Tries the highest vectors of the MacroVector in the order of the reference tables and
// keeps the first one the vector lies below; if none qualifies, the last one tried.
std::array<int, 4> severity_distances(const CvssVector& vector, const std::array<int, 6>& levels)
{
    auto eq1 = cvss4_data::highest_vectors(1, levels[0]);
    auto eq2 = cvss4_data::highest_vectors(2, levels[1]);
    auto eq3 = cvss4_data::highest_vectors(3, levels[2], levels[5]);
    auto eq4 = cvss4_data::highest_vectors(4, levels[3]);
    std::array<std::string_view, 4> last{};
    for (auto a : eq1) {
        for (auto b : eq2) {
            for (auto c : eq3) {
                for (auto d : eq4) {
                    last = { a, b, c, d };
                    if (auto found = distances_from(vector, last, false)) {
                        return *found;
                    }
                }
            }
        }
    }
    return *distances_from(vector, last, true);
}

bool has_no_impact(const CvssVector& vector)
{
    for (std::string_view key : { "VC", "VI", "VA", "SC", "SI", "SA" }) {
        if (v4_value(vector, key) != "N") {
            return false;
        }
    }
    return true;
}

// Every depth of the reference tables divides 840, so the mean of the proportional
// distances is an exact fraction over 840 × (number of lower MacroVectors).
constexpr std::int64_t kCommonDepth = 840;

// The scores of the next lower MacroVector of EQ1 to EQ5 (EQ3 together with EQ6);
// nullopt where there is none.
std::array<std::optional<int>, 5> lower_scores(const std::array<int, 6>& levels)
{
    return { score_of(raised(levels, 0)), score_of(raised(levels, 1)), lower_eq3_eq6_score(levels),
        score_of(raised(levels, 3)), score_of(raised(levels, 4)) };
}

std::array<std::optional<int>, 4> level_depths(const std::array<int, 6>& levels)
{
    return { cvss4_data::level_depth(1, levels[0]), cvss4_data::level_depth(2, levels[1]),
        cvss4_data::level_depth(3, levels[2], levels[5]), cvss4_data::level_depth(4, levels[3]) };
}

// §8.2: the MacroVector's score minus the mean, over the EQs that have a lower
// MacroVector, of (score difference to it) × (severity distance / depth of the level);
// rounded half up to one decimal, in exact integer arithmetic.
int v4_score_tenths(const CvssVector& vector)
{
    if (has_no_impact(vector)) {
        return 0;
    }
    std::array<int, 6> levels = macro_vector(vector);
    int score = score_of(levels).value_or(0);
    std::array<int, 4> distances = severity_distances(vector, levels);
    std::array<std::optional<int>, 5> lower = lower_scores(levels);
    std::array<std::optional<int>, 4> depths = level_depths(levels);

    std::int64_t count = 0;
    std::int64_t sum = 0; // tenths × kCommonDepth
    for (std::size_t eq = 0; eq < lower.size(); ++eq) {
        if (!lower[eq]) {
            continue;
        }
        ++count;
        // EQ5 has no distance inside a MacroVector: it counts, but adds nothing.
        if (eq < depths.size() && depths[eq]) {
            std::int64_t difference = score - *lower[eq];
            sum += difference * distances[eq] * (kCommonDepth / *depths[eq]);
        }
    }
    if (count == 0) {
        return score;
    }

    std::int64_t denominator = kCommonDepth * count;
    std::int64_t numerator = std::int64_t{ score } * denominator - sum;
    if (numerator <= 0) {
        return 0;
    }
    std::int64_t rounded = (2 * numerator + denominator) / (2 * denominator);
    return static_cast<int>(std::min<std::int64_t>(rounded, 100));
}

std::string v4_nomenclature(const CvssVector& vector)
{
    bool threat = defines_group(vector, Group::Threat);
    bool environmental = defines_group(vector, Group::Environmental);
    return std::string("CVSS-B") + (threat ? "T" : "") + (environmental ? "E" : "");
}

CvssSeverity severity_for_tenths(int tenths)
{
    if (tenths <= 0) {
        return CvssSeverity::None;
    }
    if (tenths < 40) {
        return CvssSeverity::Low;
    }
    if (tenths < 70) {
        return CvssSeverity::Medium;
    }
    if (tenths < 90) {
        return CvssSeverity::High;
    }
    return CvssSeverity::Critical;
}

} // namespace

std::string_view CvssVector::value(std::string_view key) const
{
    for (const CvssMetric& metric : metrics) {
        if (metric.key == key) {
            return metric.value;
        }
    }
    return "X";
}

bool CvssVector::defines(std::string_view key) const
{
    return value(key) != "X";
}

std::string CvssVector::text() const
{
    std::string text = "CVSS:" + version;
    for (const CvssMetric& metric : metrics) {
        text += "/" + metric.key + ":" + metric.value;
    }
    return text;
}

CvssParse parse_cvss(std::string_view text)
{
    std::string_view vector = trim(text);
    if (vector.empty()) {
        return refuse("cvss.empty");
    }
    if (std::ranges::any_of(vector, is_space)) {
        return refuse("cvss.whitespace");
    }

    std::vector<std::string_view> parts = split(vector, '/');
    Prefix prefix = read_prefix(parts.front());
    if (prefix.error) {
        return { std::nullopt, prefix.error };
    }
    return read_metrics(std::move(prefix.version), std::span(parts).subspan(1));
}

CvssResult score_cvss(std::string_view text)
{
    CvssParse parsed = parse_cvss(text);
    CvssResult result;
    if (!parsed.vector) {
        result.error = parsed.error;
        return result;
    }
    const CvssVector& vector = *parsed.vector;
    result.version = vector.version;
    result.normalised_vector = vector.text();

    if (vector.version == "4.0") {
        int score = v4_score_tenths(vector);
        result.base = from_tenths(score);
        result.severity = severity_code(severity_for_tenths(score));
        result.nomenclature = v4_nomenclature(vector);
        return result;
    }

    int base = v3_base_tenths(vector);
    result.base = from_tenths(base);
    result.severity = severity_code(severity_for_tenths(base));
    if (defines_group(vector, Group::Temporal)) {
        result.temporal = from_tenths(v3_temporal_tenths(vector, base));
    }
    if (defines_group(vector, Group::Environmental)) {
        result.environmental = from_tenths(v3_environmental_tenths(vector));
    }
    return result;
}

CvssSeverity severity_for(double score)
{
    return severity_for_tenths(static_cast<int>(std::lround(score * 10.0)));
}

std::string_view severity_code(CvssSeverity severity)
{
    switch (severity) {
    case CvssSeverity::None:
        return "none";
    case CvssSeverity::Low:
        return "low";
    case CvssSeverity::Medium:
        return "medium";
    case CvssSeverity::High:
        return "high";
    case CvssSeverity::Critical:
        return "critical";
    }
    return "none";
}

std::string severity_message_key(CvssSeverity severity)
{
    return "cvss.severity." + std::string(severity_code(severity));
}

std::string format_score(double score)
{
    long tenths = std::lround(score * 10.0);
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

double cvss_roundup(double value)
{
    return from_tenths(roundup_tenths(value));
}

} // namespace lapis::domain
