// CVSS vector strings (DOMAIN.md §6): validation and scores for CVSS v3.0, v3.1 and v4.0.
//
// v3.x: base, temporal and environmental scores with the equations of the v3.1
// specification §7 and its Roundup (Appendix A); a CVSS:3.0 vector gets the v3.0 form of
// the environmental equation (v3.0 specification §8.3). v4.0: the one score of the
// vector (CVSS-B, -BT, -BE or -BTE) by the MacroVector method of the v4.0 specification
// §8.2, computed in exact integer arithmetic and rounded half up to one decimal.
//
// Refusals are Message values; the argument names the offending part of the vector.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/message.hpp"

namespace lapis::domain {

enum class CvssSeverity { None, Low, Medium, High, Critical };

struct CvssMetric {
    std::string key; // "AV"
    std::string value; // "N"

    bool operator==(const CvssMetric&) const = default;
};

// A vector that passed validation. Metrics are in the specification's order whatever
// order they were written in; metrics with value X (Not Defined) are left out, since
// they mean the same as an absent metric.
struct CvssVector {
    std::string version; // "3.0", "3.1" or "4.0"
    std::vector<CvssMetric> metrics;

    // The metric's value, "X" when the vector does not define it.
    std::string_view value(std::string_view key) const;
    bool defines(std::string_view key) const;
    // "CVSS:3.1/AV:N/AC:L/..." in the specification's order.
    std::string text() const;
};

struct CvssParse {
    std::optional<CvssVector> vector;
    std::optional<Message> error; // set when vector is empty
};

// Accepts "CVSS:3.0/", "CVSS:3.1/" and "CVSS:4.0/" vectors. Whitespace around the vector
// is ignored (pasted text); whitespace inside, lowercase, unknown or repeated metrics,
// X in a base metric and missing base metrics are refused.
CvssParse parse_cvss(std::string_view text);

struct CvssResult {
    std::string version; // "3.0", "3.1", "4.0"; empty when refused
    // v3.x: the base score. v4.0: the vector's single score, named by `nomenclature`.
    std::optional<double> base;
    // v3.x only, and only when the vector defines E, RL or RC.
    std::optional<double> temporal;
    // v3.x only, and only when the vector defines an environmental metric.
    std::optional<double> environmental;
    std::string severity; // of `base`: "none", "low", "medium", "high", "critical"
    std::string nomenclature; // v4.0: "CVSS-B", "CVSS-BT", "CVSS-BE" or "CVSS-BTE"
    std::string normalised_vector;
    std::optional<Message> error;
};

CvssResult score_cvss(std::string_view text);

// Qualitative rating (v3.1 specification §5, v4.0 §6): 0.0 None, 0.1–3.9 Low,
// 4.0–6.9 Medium, 7.0–8.9 High, 9.0–10.0 Critical.
CvssSeverity severity_for(double score);
std::string_view severity_code(CvssSeverity severity); // "none" … "critical"
// Message key of the rating's label: "cvss.severity.none" … "cvss.severity.critical".
std::string severity_message_key(CvssSeverity severity);

// One decimal, as scores are published: 9.8 → "9.8", 10 → "10.0".
std::string format_score(double score);

// Roundup of the v3.1 specification, Appendix A: the smallest number with one decimal
// that is equal to or higher than `value`, immune to floating-point noise.
double cvss_roundup(double value);

// Data of the v4.0 scoring method (cvss4_tables.cpp), exposed for cvss.cpp and its tests.
namespace cvss4_data {

struct MacroVectorScore {
    std::string_view macro_vector; // "EQ1 EQ2 EQ3 EQ4 EQ5 EQ6" levels, e.g. "000000"
    int score_tenths;
};

struct HighestVector {
    int eq;
    int level;
    int eq6; // EQ3 only: the EQ6 level scored with it; -1 elsewhere
    std::string_view metrics; // "AV:N/PR:N/UI:N"
};

struct LevelDepth {
    int eq;
    int level;
    int eq6; // as in HighestVector
    int depth; // in severity steps of 0.1
};

std::span<const MacroVectorScore> macro_vector_scores();
std::optional<int> macro_vector_score(std::string_view macro_vector);
// EQ3 needs the EQ6 level; other sets ignore `eq6`.
std::vector<std::string_view> highest_vectors(int eq, int level, int eq6 = -1);
std::optional<int> level_depth(int eq, int level, int eq6 = -1);

} // namespace cvss4_data

} // namespace lapis::domain
