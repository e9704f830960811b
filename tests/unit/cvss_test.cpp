// CVSS v3.0, v3.1 and v4.0 vectors and scores (DOMAIN.md §6).
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "domain/cvss.hpp"

using namespace lapis::domain;

namespace {

struct Scored {
    std::string vector;
    std::string score; // as published, one decimal
};

std::string base_of(std::string_view vector)
{
    CvssResult result = score_cvss(vector);
    return result.base ? format_score(*result.base) : "refused: " + result.error->key;
}

std::string error_of(std::string_view vector)
{
    CvssResult result = score_cvss(vector);
    return result.error ? result.error->key : "";
}

Message refusal(std::string_view vector)
{
    CvssResult result = score_cvss(vector);
    return result.error.value_or(Message{ "(accepted)", {} });
}

// DOMAIN.md §6.1: FIRST's v3.1 examples and independent test suites.
const std::vector<Scored> kDomainBaseVectors{
    { "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "9.8" },
    { "AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", "10.0" },
    { "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N", "7.5" },
    { "AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", "6.1" },
    { "AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N", "6.4" },
    { "AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N", "3.1" },
    { "AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H", "9.9" },
    { "AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", "8.8" },
    { "AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H", "7.8" },
    { "AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N", "7.4" },
    { "AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H", "9.6" },
    { "AV:N/AC:H/PR:N/UI:N/S:C/C:N/I:H/A:N", "6.8" },
    { "AV:P/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "6.8" },
    { "AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:N/A:N", "5.8" },
    { "AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N", "5.4" },
    { "AV:P/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:N", "4.6" },
    { "AV:L/AC:L/PR:H/UI:N/S:C/C:H/I:H/A:H", "8.2" },
    { "AV:A/AC:L/PR:N/UI:N/S:C/C:H/I:N/A:H", "9.3" },
    { "AV:A/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", "8.0" },
    { "AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H", "7.2" },
    { "AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:L", "5.6" },
    { "AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N", "1.6" },
    { "AV:P/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:N", "0.0" },
};

} // namespace

// ---------------------------------------------------------------------------------------
// v3.1 and v3.0 scores

TEST(CvssV3Score, ScoresEveryBaseVectorOfTheDomainNotes)
{
    for (const auto& [metrics, score] : kDomainBaseVectors) {
        EXPECT_EQ(base_of("CVSS:3.1/" + metrics), score) << metrics;
    }
}

TEST(CvssV3Score, AcceptsTheVersion30PrefixWithTheSameBaseScores)
{
    for (const auto& [metrics, score] : kDomainBaseVectors) {
        CvssResult result = score_cvss("CVSS:3.0/" + metrics);
        ASSERT_FALSE(result.error) << metrics;
        EXPECT_EQ(result.version, "3.0");
        EXPECT_EQ(format_score(*result.base), score) << metrics;
    }
}

TEST(CvssV3Score, NoImpactScoresZeroWithSeverityNone)
{
    CvssResult result = score_cvss("CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:N");
    EXPECT_EQ(*result.base, 0.0);
    EXPECT_EQ(result.severity, "none");
}

TEST(CvssV3Score, TemporalScoreUsesAppendixARoundupNotAFloatCeiling)
{
    // 10.0 × 0.92 is 9.200000000000001 in IEEE-754; a naive ceiling gives 9.3.
    CvssResult result = score_cvss("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H/E:H/RL:U/RC:U");
    EXPECT_EQ(format_score(*result.base), "10.0");
    ASSERT_TRUE(result.temporal);
    EXPECT_EQ(format_score(*result.temporal), "9.2");
}

TEST(CvssV3Score, ComputesTemporalScores)
{
    EXPECT_EQ(
        format_score(
            *score_cvss("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:F/RL:O/RC:R").temporal),
        "8.7");
    EXPECT_EQ(
        format_score(
            *score_cvss("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:H/RL:O/RC:C").temporal),
        "9.4");
    EXPECT_EQ(
        format_score(
            *score_cvss("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:U/RC:U").temporal),
        "8.3");
    EXPECT_EQ(
        format_score(
            *score_cvss("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:F/RL:O/RC:C").temporal),
        "9.1");
}

TEST(CvssV3Score, LeavesTemporalAndEnvironmentalEmptyWhenTheVectorHasNone)
{
    CvssResult result = score_cvss("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:X/CR:X");
    EXPECT_FALSE(result.temporal);
    EXPECT_FALSE(result.environmental);
    EXPECT_EQ(result.normalised_vector, "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
}

TEST(CvssV3Score, EnvironmentalScoreUsesTheVersion31ModifiedImpact)
{
    // CR:M weighs 1.0, as when undefined; v3.1's changed-scope modified impact (× 0.9731,
    // power 13) then lifts these above the base score (RedHat cvss vectors_simple31).
    EXPECT_EQ(format_score(
                  *score_cvss("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H/CR:M").environmental),
        "9.7");
    EXPECT_EQ(format_score(
                  *score_cvss("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H/CR:M").environmental),
        "10.0");
    EXPECT_EQ(format_score(
                  *score_cvss("CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:H/I:H/A:H/CR:M").environmental),
        "9.1");
    EXPECT_EQ(format_score(
                  *score_cvss("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/CR:M").environmental),
        "9.8");
}

TEST(CvssV3Score, EnvironmentalScoreOfAVersion30VectorKeepsTheVersion30Equation)
{
    // RedHat cvss tests/vectors_calculator3: base 9.3, temporal 8.9, environmental 9.5.
    CvssResult result = score_cvss("CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:N/E:H/RL:O/RC:C/"
                                   "CR:H/IR:H/AR:H/MAV:N/MAC:L/MPR:L/MUI:N/MS:C/MC:H/MI:H/MA:H");
    ASSERT_FALSE(result.error);
    EXPECT_EQ(format_score(*result.base), "9.3");
    EXPECT_EQ(format_score(*result.temporal), "8.9");
    EXPECT_EQ(format_score(*result.environmental), "9.5");
}

TEST(CvssV3Score, EnvironmentalModifiedMetricsLowerTheScore)
{
    // Modified impacts none: the environmental score is 0 whatever the base.
    CvssResult none = score_cvss("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/MC:N/MI:N/MA:N");
    EXPECT_EQ(format_score(*none.environmental), "0.0");
    // Low requirements on a high-impact vector: 6.42 × 0.42 … stays below the base 9.8.
    CvssResult low = score_cvss("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/CR:L/IR:L/AR:L");
    EXPECT_LT(*low.environmental, *low.base);
}

TEST(CvssV3Score, AcceptsMetricsInAnyOrderAndNormalisesTheVector)
{
    // RedHat cvss tests/vectors_calculator3: S first, RL:X; base 3.8, temporal 3.7.
    CvssResult result = score_cvss("CVSS:3.0/S:U/AV:N/AC:L/PR:H/UI:N/C:L/I:L/A:N/E:F/RL:X");
    ASSERT_FALSE(result.error);
    EXPECT_EQ(format_score(*result.base), "3.8");
    EXPECT_EQ(format_score(*result.temporal), "3.7");
    EXPECT_EQ(result.normalised_vector, "CVSS:3.0/AV:N/AC:L/PR:H/UI:N/S:U/C:L/I:L/A:N/E:F");
}

TEST(CvssV3Score, IgnoresWhitespaceAroundAPastedVector)
{
    EXPECT_EQ(base_of("  CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\n"), "9.8");
}

TEST(CvssV3Score, RoundupMatchesAppendixA)
{
    EXPECT_EQ(cvss_roundup(4.0), 4.0);
    EXPECT_EQ(cvss_roundup(4.02), 4.1);
    EXPECT_EQ(cvss_roundup(4.000001), 4.0); // below the 1e-5 resolution: noise
    EXPECT_EQ(cvss_roundup(10.0 * 0.92), 9.2);
    EXPECT_EQ(cvss_roundup(0.0), 0.0);
}

// ---------------------------------------------------------------------------------------
// v3.x refusals: each rule with its message key and the offending part as argument

TEST(CvssV3Vector, RefusesAnEmptyVector)
{
    EXPECT_EQ(error_of(""), "cvss.empty");
    EXPECT_EQ(error_of("   "), "cvss.empty");
}

TEST(CvssV3Vector, RefusesAVectorWithoutPrefix)
{
    EXPECT_EQ(refusal("AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"), (Message{ "cvss.prefix", "AV:N" }));
}

TEST(CvssV3Vector, RefusesAnUnknownVersion)
{
    EXPECT_EQ(refusal("CVSS:2.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"),
        (Message{ "cvss.version", "2.0" }));
    EXPECT_EQ(refusal("CVSS:3.2/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"),
        (Message{ "cvss.version", "3.2" }));
}

TEST(CvssV3Vector, RefusesLowercase)
{
    EXPECT_EQ(refusal("cvss:3.1/av:n/ac:l/pr:n/ui:n/s:u/c:h/i:h/a:h"),
        (Message{ "cvss.letter_case", "cvss:3.1" }));
    EXPECT_EQ(refusal("CVSS:3.1/av:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"),
        (Message{ "cvss.letter_case", "av:N" }));
    EXPECT_EQ(refusal("CVSS:3.1/AV:n/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"),
        (Message{ "cvss.letter_case", "AV:n" }));
}

TEST(CvssV3Vector, RefusesSpacesInside)
{
    EXPECT_EQ(error_of("CVSS:3.1/AV:N/ AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"), "cvss.whitespace");
    EXPECT_EQ(error_of("CVSS:3.1/AV: N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"), "cvss.whitespace");
}

TEST(CvssV3Vector, RefusesUnknownMetrics)
{
    EXPECT_EQ(refusal("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/XX:H"),
        (Message{ "cvss.unknown_metric", "XX" }));
    // AT exists in v4.0 only.
    EXPECT_EQ(refusal("CVSS:3.1/AV:N/AC:L/AT:N/PR:N/UI:N/S:U/C:H/I:H/A:H"),
        (Message{ "cvss.unknown_metric", "AT" }));
}

TEST(CvssV3Vector, RefusesDuplicateMetrics)
{
    EXPECT_EQ(refusal("CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"),
        (Message{ "cvss.duplicate_metric", "AV" }));
    EXPECT_EQ(refusal("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:X/E:H"),
        (Message{ "cvss.duplicate_metric", "E" }));
}

TEST(CvssV3Vector, RefusesXInABaseMetric)
{
    EXPECT_EQ(refusal("CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"),
        (Message{ "cvss.base_not_defined", "AV:X" }));
}

TEST(CvssV3Vector, RefusesMissingBaseMetrics)
{
    EXPECT_EQ(refusal("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H"),
        (Message{ "cvss.missing_metric", "A" }));
    EXPECT_EQ(refusal("CVSS:3.1"), (Message{ "cvss.missing_metric", "AV" }));
}

TEST(CvssV3Vector, RefusesValuesOutsideTheMetric)
{
    EXPECT_EQ(refusal("CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"),
        (Message{ "cvss.invalid_value", "AV:Q" }));
    // UI:P and E:A are v4.0 values.
    EXPECT_EQ(refusal("CVSS:3.1/AV:N/AC:L/PR:N/UI:P/S:U/C:H/I:H/A:H"),
        (Message{ "cvss.invalid_value", "UI:P" }));
    EXPECT_EQ(refusal("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:A"),
        (Message{ "cvss.invalid_value", "E:A" }));
    EXPECT_EQ(refusal("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/MAV:Q"),
        (Message{ "cvss.invalid_value", "MAV:Q" }));
}

TEST(CvssV3Vector, RefusesMalformedParts)
{
    EXPECT_EQ(error_of("CVSS:3.1/AV:N//AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"), "cvss.empty_part");
    EXPECT_EQ(error_of("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/"), "cvss.empty_part");
    EXPECT_EQ(refusal("CVSS:3.1/AVN/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"),
        (Message{ "cvss.malformed", "AVN" }));
    EXPECT_EQ(refusal("CVSS:3.1/AV:N:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"),
        (Message{ "cvss.malformed", "AV:N:L" }));
    EXPECT_EQ(refusal("CVSS:3.1/AV:/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"),
        (Message{ "cvss.malformed", "AV:" }));
}

TEST(CvssV3Vector, ARefusalHasNoScores)
{
    CvssResult result = score_cvss("CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
    EXPECT_FALSE(result.base);
    EXPECT_FALSE(result.temporal);
    EXPECT_FALSE(result.environmental);
    EXPECT_TRUE(result.severity.empty());
    EXPECT_TRUE(result.normalised_vector.empty());
}

// ---------------------------------------------------------------------------------------
// Severity and formatting (v3.1 specification §5)

TEST(CvssSeverity, BandEdges)
{
    EXPECT_EQ(severity_for(0.0), CvssSeverity::None);
    EXPECT_EQ(severity_for(0.1), CvssSeverity::Low);
    EXPECT_EQ(severity_for(3.9), CvssSeverity::Low);
    EXPECT_EQ(severity_for(4.0), CvssSeverity::Medium);
    EXPECT_EQ(severity_for(6.9), CvssSeverity::Medium);
    EXPECT_EQ(severity_for(7.0), CvssSeverity::High);
    EXPECT_EQ(severity_for(8.9), CvssSeverity::High);
    EXPECT_EQ(severity_for(9.0), CvssSeverity::Critical);
    EXPECT_EQ(severity_for(10.0), CvssSeverity::Critical);
}

TEST(CvssSeverity, CodesAndMessageKeys)
{
    EXPECT_EQ(severity_code(CvssSeverity::Medium), "medium");
    EXPECT_EQ(severity_message_key(CvssSeverity::None), "cvss.severity.none");
    EXPECT_EQ(severity_message_key(CvssSeverity::Critical), "cvss.severity.critical");
    EXPECT_EQ(score_cvss("CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N").severity, "low");
    EXPECT_EQ(score_cvss("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N").severity, "medium");
    EXPECT_EQ(score_cvss("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N").severity, "high");
    EXPECT_EQ(score_cvss("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H").severity, "critical");
}

TEST(CvssFormat, OneDecimalAlways)
{
    EXPECT_EQ(format_score(9.8), "9.8");
    EXPECT_EQ(format_score(10.0), "10.0");
    EXPECT_EQ(format_score(0.0), "0.0");
    EXPECT_EQ(format_score(7.0), "7.0");
}

// ---------------------------------------------------------------------------------------
// v4.0 vectors

TEST(CvssV4Vector, AcceptsAllMetricGroupsAndNamesTheScore)
{
    CvssResult result = score_cvss(
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:A/CR:H/IR:M/AR:L/"
        "MAV:A/MAC:H/MAT:P/MPR:L/MUI:P/MVC:L/MVI:N/MVA:H/MSC:L/MSI:S/MSA:S/S:P/AU:Y/R:I/V:C/"
        "RE:H/U:Amber");
    ASSERT_FALSE(result.error) << result.error->key << " " << result.error->arg;
    EXPECT_EQ(result.version, "4.0");
    EXPECT_EQ(result.nomenclature, "CVSS-BTE");
    EXPECT_FALSE(result.temporal);
    EXPECT_FALSE(result.environmental);
}

TEST(CvssV4Vector, NamesBaseThreatAndEnvironmentalScores)
{
    constexpr std::string_view kBase
        = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";
    EXPECT_EQ(score_cvss(kBase).nomenclature, "CVSS-B");
    EXPECT_EQ(score_cvss(std::string(kBase) + "/E:U").nomenclature, "CVSS-BT");
    EXPECT_EQ(score_cvss(std::string(kBase) + "/CR:L").nomenclature, "CVSS-BE");
    EXPECT_EQ(score_cvss(std::string(kBase) + "/E:P/MAV:L").nomenclature, "CVSS-BTE");
    // Supplemental metrics and X values change neither the score nor the name.
    EXPECT_EQ(score_cvss(std::string(kBase) + "/E:X/U:Red/S:P").nomenclature, "CVSS-B");
}

TEST(CvssV4Vector, RefusesMissingBaseMetrics)
{
    EXPECT_EQ(refusal("CVSS:4.0/AV:N/AC:L/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"),
        (Message{ "cvss.missing_metric", "AT" }));
    EXPECT_EQ(refusal("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N"),
        (Message{ "cvss.missing_metric", "SA" }));
}

TEST(CvssV4Vector, RefusesVersion3MetricsAndValues)
{
    EXPECT_EQ(refusal("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/RL:O"),
        (Message{ "cvss.unknown_metric", "RL" }));
    EXPECT_EQ(refusal("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:R/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"),
        (Message{ "cvss.invalid_value", "UI:R" }));
    EXPECT_EQ(refusal("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:F"),
        (Message{ "cvss.invalid_value", "E:F" }));
}

TEST(CvssV4Vector, RefusesUnknownDuplicateAndXBaseMetrics)
{
    // The cases of RedHat cvss tests/test_cvss4.py.
    EXPECT_EQ(refusal("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N/JJ:H"),
        (Message{ "cvss.unknown_metric", "JJ" }));
    EXPECT_EQ(refusal("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:J"),
        (Message{ "cvss.invalid_value", "SA:J" }));
    EXPECT_EQ(refusal("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SI:H"),
        (Message{ "cvss.duplicate_metric", "SI" }));
    EXPECT_EQ(refusal("CVSS:4.0/AV:N/AC:L/AT:X/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N"),
        (Message{ "cvss.base_not_defined", "AT:X" }));
}

TEST(CvssV4Vector, SafetyOnlyInModifiedSubsequentIntegrityAndAvailability)
{
    constexpr std::string_view kBase
        = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";
    EXPECT_EQ(error_of(std::string(kBase) + "/MSI:S/MSA:S"), "");
    EXPECT_EQ(refusal(std::string(kBase) + "/MSC:S"), (Message{ "cvss.invalid_value", "MSC:S" }));
    EXPECT_EQ(refusal("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:S/SA:N"),
        (Message{ "cvss.invalid_value", "SI:S" }));
}

TEST(CvssV4Vector, ProviderUrgencyKeepsItsCapitalisation)
{
    constexpr std::string_view kBase
        = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";
    EXPECT_EQ(error_of(std::string(kBase) + "/U:Clear"), "");
    EXPECT_EQ(refusal(std::string(kBase) + "/U:CLEAR"), (Message{ "cvss.letter_case", "U:CLEAR" }));
    EXPECT_EQ(
        refusal(std::string(kBase) + "/U:White"), (Message{ "cvss.invalid_value", "U:White" }));
}

TEST(CvssV4Vector, NormalisesOrderAndDropsNotDefinedMetrics)
{
    CvssResult result = score_cvss(
        "CVSS:4.0/SA:N/SI:N/SC:N/VA:H/VI:H/VC:H/UI:N/PR:N/AT:N/AC:L/AV:N/U:Red/E:X/CR:H");
    ASSERT_FALSE(result.error);
    EXPECT_EQ(result.normalised_vector,
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/CR:H/U:Red");
}

// ---------------------------------------------------------------------------------------
// v4.0 scores

TEST(CvssV4Score, MacroVectorTableCoversEveryCombinationOnce)
{
    std::set<std::string_view> seen;
    for (const auto& entry : cvss4_data::macro_vector_scores()) {
        EXPECT_TRUE(seen.insert(entry.macro_vector).second) << entry.macro_vector;
        EXPECT_GE(entry.score_tenths, 1);
        EXPECT_LE(entry.score_tenths, 100);
    }
    EXPECT_EQ(seen.size(), 270u);
    for (char eq1 : std::string_view("012")) {
        for (char eq2 : std::string_view("01")) {
            for (std::string_view eq36 : { "00", "01", "10", "11", "21" }) {
                for (char eq4 : std::string_view("012")) {
                    for (char eq5 : std::string_view("012")) {
                        std::string code{ eq1, eq2, eq36[0], eq4, eq5, eq36[1] };
                        EXPECT_TRUE(cvss4_data::macro_vector_score(code)) << code;
                    }
                }
            }
        }
    }
}

TEST(CvssV4Score, PublishedExample)
{
    // DOMAIN.md §6.2 (polycvss doc-test) and RedHat cvss tests/vectors_simple4.
    CvssResult result
        = score_cvss("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N");
    ASSERT_TRUE(result.base);
    EXPECT_EQ(format_score(*result.base), "6.9");
    EXPECT_EQ(result.severity, "medium");
}

TEST(CvssV4Score, HighestAndNoImpactVectors)
{
    EXPECT_EQ(base_of("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H"), "10.0");
    EXPECT_EQ(base_of("CVSS:4.0/AV:A/AC:H/AT:P/PR:L/UI:P/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N"), "0.0");
    EXPECT_EQ(
        score_cvss("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:A").severity,
        "critical");
}

TEST(CvssV4Score, ScoresReferenceBaseVectors)
{
    // RedHat cvss tests/vectors_simple4 and tests/test_cvss4.py.
    const std::vector<Scored> vectors{
        { "AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:H/VA:L/SC:N/SI:H/SA:L", "9.2" },
        { "AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:H/SI:N/SA:L", "7.8" },
        { "AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:N/SC:N/SI:L/SA:N", "6.9" },
        { "AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:N/VA:H/SC:N/SI:H/SA:N", "9.2" },
        { "AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:H/SI:L/SA:H", "7.9" },
        { "AV:N/AC:L/AT:N/PR:N/UI:P/VC:H/VI:N/VA:L/SC:N/SI:H/SA:N", "8.3" },
        { "AV:N/AC:L/AT:N/PR:N/UI:P/VC:L/VI:N/VA:L/SC:N/SI:H/SA:N", "6.3" },
        { "AV:N/AC:L/AT:N/PR:N/UI:P/VC:L/VI:N/VA:N/SC:L/SI:N/SA:L", "5.3" },
        { "AV:N/AC:L/AT:N/PR:N/UI:A/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "8.6" },
        { "AV:N/AC:L/AT:N/PR:N/UI:A/VC:H/VI:H/VA:N/SC:N/SI:L/SA:L", "8.5" },
        { "AV:N/AC:L/AT:N/PR:N/UI:A/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N", "5.1" },
        { "AV:N/AC:L/AT:N/PR:L/UI:N/VC:H/VI:N/VA:L/SC:N/SI:L/SA:N", "7.1" },
        { "AV:N/AC:L/AT:N/PR:L/UI:N/VC:L/VI:L/VA:N/SC:H/SI:L/SA:L", "6.4" },
        { "AV:N/AC:L/AT:N/PR:L/UI:N/VC:N/VI:H/VA:H/SC:N/SI:N/SA:L", "7.2" },
        { "AV:N/AC:L/AT:N/PR:L/UI:P/VC:H/VI:L/VA:L/SC:L/SI:L/SA:L", "7.0" },
        { "AV:N/AC:L/AT:N/PR:L/UI:A/VC:H/VI:H/VA:H/SC:H/SI:N/SA:H", "9.3" },
        { "AV:N/AC:L/AT:N/PR:L/UI:A/VC:N/VI:H/VA:H/SC:N/SI:N/SA:L", "6.9" },
        { "AV:N/AC:L/AT:N/PR:L/UI:A/VC:N/VI:L/VA:L/SC:L/SI:L/SA:H", "6.2" },
        { "AV:N/AC:L/AT:N/PR:H/UI:N/VC:H/VI:H/VA:L/SC:H/SI:H/SA:H", "9.3" },
        { "AV:N/AC:L/AT:N/PR:H/UI:N/VC:L/VI:L/VA:L/SC:L/SI:L/SA:N", "5.1" },
        { "AV:N/AC:L/AT:N/PR:H/UI:P/VC:L/VI:L/VA:N/SC:L/SI:N/SA:N", "4.8" },
        { "AV:N/AC:L/AT:N/PR:H/UI:A/VC:L/VI:N/VA:N/SC:H/SI:N/SA:H", "6.0" },
        { "AV:N/AC:L/AT:N/PR:H/UI:A/VC:N/VI:N/VA:N/SC:H/SI:H/SA:H", "6.2" },
        { "AV:N/AC:L/AT:P/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:N/SA:H", "9.5" },
        { "AV:N/AC:L/AT:P/PR:N/UI:N/VC:H/VI:L/VA:L/SC:N/SI:L/SA:L", "8.3" },
        { "AV:N/AC:L/AT:P/PR:N/UI:N/VC:H/VI:N/VA:N/SC:L/SI:L/SA:H", "9.0" },
        { "AV:N/AC:L/AT:P/PR:N/UI:N/VC:N/VI:L/VA:L/SC:H/SI:L/SA:L", "7.0" },
        { "AV:N/AC:L/AT:P/PR:N/UI:P/VC:H/VI:H/VA:N/SC:H/SI:N/SA:L", "8.7" },
        { "AV:N/AC:L/AT:P/PR:N/UI:P/VC:L/VI:L/VA:N/SC:H/SI:N/SA:N", "4.9" },
        { "AV:N/AC:L/AT:P/PR:N/UI:A/VC:H/VI:L/VA:N/SC:L/SI:N/SA:L", "5.9" },
        { "AV:N/AC:L/AT:P/PR:N/UI:A/VC:N/VI:N/VA:N/SC:L/SI:N/SA:N", "2.1" },
        { "AV:N/AC:L/AT:P/PR:L/UI:N/VC:H/VI:H/VA:L/SC:N/SI:N/SA:H", "8.7" },
        { "AV:N/AC:L/AT:P/PR:L/UI:N/VC:N/VI:N/VA:N/SC:N/SI:L/SA:N", "2.3" },
        { "AV:N/AC:L/AT:P/PR:L/UI:P/VC:N/VI:N/VA:N/SC:H/SI:L/SA:L", "5.1" },
        { "AV:N/AC:L/AT:P/PR:L/UI:A/VC:H/VI:H/VA:L/SC:L/SI:L/SA:L", "7.3" },
        { "AV:N/AC:L/AT:P/PR:L/UI:A/VC:L/VI:L/VA:N/SC:N/SI:H/SA:L", "4.5" },
        { "AV:N/AC:L/AT:P/PR:H/UI:N/VC:H/VI:H/VA:N/SC:H/SI:N/SA:L", "8.6" },
        { "AV:N/AC:L/AT:P/PR:H/UI:N/VC:N/VI:L/VA:L/SC:H/SI:H/SA:H", "5.5" },
        { "AV:N/AC:L/AT:P/PR:H/UI:P/VC:H/VI:L/VA:L/SC:L/SI:N/SA:L", "5.8" },
        { "AV:N/AC:L/AT:P/PR:H/UI:A/VC:L/VI:L/VA:L/SC:H/SI:H/SA:L", "4.7" },
        { "AV:N/AC:L/AT:P/PR:H/UI:A/VC:N/VI:L/VA:L/SC:L/SI:N/SA:N", "1.8" },
        { "AV:N/AC:L/AT:P/PR:H/UI:A/VC:N/VI:N/VA:H/SC:L/SI:N/SA:L", "5.6" },
        { "AV:N/AC:H/AT:N/PR:N/UI:N/VC:H/VI:H/VA:N/SC:L/SI:H/SA:L", "9.4" },
        { "AV:N/AC:H/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:L/SI:L/SA:H", "7.0" },
        { "AV:N/AC:H/AT:N/PR:N/UI:P/VC:L/VI:L/VA:N/SC:N/SI:H/SA:L", "5.1" },
        { "AV:N/AC:H/AT:N/PR:N/UI:A/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N", "2.1" },
        { "AV:N/AC:H/AT:N/PR:N/UI:A/VC:N/VI:H/VA:L/SC:N/SI:L/SA:N", "5.9" },
        { "AV:N/AC:H/AT:N/PR:L/UI:N/VC:H/VI:L/VA:H/SC:H/SI:H/SA:L", "7.3" },
        { "AV:N/AC:H/AT:N/PR:L/UI:N/VC:H/VI:N/VA:L/SC:L/SI:L/SA:L", "6.0" },
        { "AV:N/AC:H/AT:N/PR:L/UI:P/VC:H/VI:H/VA:H/SC:H/SI:L/SA:H", "8.8" },
        { "AV:N/AC:H/AT:N/PR:L/UI:P/VC:L/VI:N/VA:N/SC:H/SI:H/SA:H", "5.5" },
        { "AV:N/AC:H/AT:N/PR:L/UI:A/VC:L/VI:L/VA:L/SC:H/SI:H/SA:H", "5.2" },
        { "AV:N/AC:H/AT:N/PR:L/UI:A/VC:N/VI:L/VA:L/SC:H/SI:H/SA:L", "5.0" },
        { "AV:N/AC:H/AT:N/PR:H/UI:N/VC:H/VI:H/VA:N/SC:N/SI:L/SA:H", "8.6" },
        { "AV:N/AC:H/AT:N/PR:H/UI:N/VC:N/VI:N/VA:N/SC:L/SI:H/SA:N", "4.8" },
        { "AV:N/AC:H/AT:N/PR:H/UI:P/VC:L/VI:L/VA:L/SC:H/SI:N/SA:L", "4.5" },
        { "AV:N/AC:H/AT:N/PR:H/UI:A/VC:N/VI:H/VA:H/SC:N/SI:H/SA:N", "6.8" },
        { "AV:N/AC:H/AT:N/PR:H/UI:A/VC:N/VI:N/VA:N/SC:N/SI:H/SA:N", "4.0" },
        { "AV:N/AC:H/AT:P/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:L/SA:N", "9.5" },
        { "AV:N/AC:H/AT:P/PR:N/UI:N/VC:L/VI:L/VA:H/SC:L/SI:N/SA:N", "8.3" },
        { "AV:N/AC:H/AT:P/PR:N/UI:N/VC:N/VI:L/VA:N/SC:L/SI:H/SA:L", "7.0" },
        { "AV:P/AC:L/AT:P/PR:L/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:N", "7.0" },
        { "AV:P/AC:L/AT:P/PR:H/UI:A/VC:H/VI:H/VA:L/SC:N/SI:N/SA:H", "6.7" },
        { "AV:P/AC:H/AT:N/PR:N/UI:N/VC:H/VI:H/VA:N/SC:H/SI:H/SA:N", "6.9" },
        { "AV:P/AC:H/AT:N/PR:H/UI:P/VC:L/VI:N/VA:N/SC:H/SI:H/SA:H", "2.4" },
        { "AV:P/AC:H/AT:P/PR:N/UI:A/VC:H/VI:L/VA:H/SC:N/SI:L/SA:N", "4.6" },
        { "AV:P/AC:H/AT:P/PR:H/UI:P/VC:N/VI:N/VA:N/SC:L/SI:N/SA:L", "1.0" },
        { "AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N", "8.7" },
        { "AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N/AR:L", "7.9" },
        { "AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N/MSI:H", "7.7" },
    };
    for (const auto& [metrics, score] : vectors) {
        EXPECT_EQ(base_of("CVSS:4.0/" + metrics), score) << metrics;
    }
}

TEST(CvssV4Score, ThreatMetricLowersTheScore)
{
    // RedHat cvss tests/vectors_threat4.
    constexpr std::string_view kLow
        = "CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H";
    EXPECT_EQ(base_of(std::string(kLow) + "/E:A"), "7.3");
    EXPECT_EQ(base_of(std::string(kLow) + "/E:P"), "5.9");
    EXPECT_EQ(base_of(std::string(kLow) + "/E:U"), "4.1");
    EXPECT_EQ(
        base_of("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N/E:U"), "0.0");
}

TEST(CvssV4Score, SecurityRequirementsChangeTheScore)
{
    // RedHat cvss tests/vectors_security4.
    constexpr std::string_view kLow
        = "CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H";
    const std::vector<Scored> requirements{
        { "CR:H/IR:H/AR:H", "7.3" },
        { "CR:H/IR:H/AR:M", "7.2" },
        { "CR:H/IR:M/AR:L", "7.1" },
        { "CR:M/IR:M/AR:M", "5.5" },
        { "CR:M/IR:L/AR:H", "7.1" },
        { "CR:L/IR:H/AR:M", "7.1" },
        { "CR:L/IR:M/AR:L", "5.5" },
        { "CR:L/IR:L/AR:L", "5.4" },
        { "CR:M/IR:H/AR:H", "7.2" },
    };
    for (const auto& [metrics, score] : requirements) {
        EXPECT_EQ(base_of(std::string(kLow) + "/" + metrics), score) << metrics;
    }
}

TEST(CvssV4Score, SupplementalMetricsDoNotChangeTheScore)
{
    constexpr std::string_view kBase
        = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N";
    EXPECT_EQ(base_of(std::string(kBase) + "/S:P/AU:Y/R:I/V:C/RE:H/U:Red"), "6.9");
}

TEST(CvssV4Score, EnvironmentalVectorsGetTheirPublishedSeverity)
{
    // RedHat cvss tests/test_cvss4.py, test_severity.
    EXPECT_EQ(score_cvss("CVSS:4.0/AV:L/AC:H/AT:P/PR:N/UI:P/VC:H/VI:N/VA:N/SC:N/SI:N/AU:N/SA:N/"
                         "S:P/R:A/V:D/RE:L/U:Red/MAV:L/MAC:L/MAT:N/MPR:L/MUI:A/MVC:L/MVI:N/"
                         "MVA:H/MSC:H/MSI:L/MSA:N/CR:H/IR:L/AR:L/E:P")
                  .severity,
        "low");
    EXPECT_EQ(score_cvss("CVSS:4.0/AV:L/AC:L/AT:P/PR:L/UI:P/VC:N/VI:L/VA:L/SC:H/SI:N/AU:Y/SA:N/"
                         "S:N/R:I/V:C/RE:M/U:Amber/MAV:L/MAC:H/MAT:P/MPR:N/MUI:P/MVC:L/MVI:N/"
                         "MVA:H/MSC:H/MSI:H/MSA:S/CR:M/IR:M/AR:M/E:A")
                  .severity,
        "high");
    EXPECT_EQ(score_cvss("CVSS:4.0/AV:A/AC:H/AT:N/PR:H/UI:A/VC:H/VI:N/VA:H/SC:L/SI:N/AU:N/SA:H/"
                         "S:P/R:I/V:D/RE:M/U:Red/MAV:N/MAC:L/MAT:N/MPR:N/MUI:N/MVC:H/MVI:H/"
                         "MVA:H/MSC:H/MSI:S/MSA:S/CR:H/IR:H/AR:H/E:U")
                  .severity,
        "critical");
    EXPECT_EQ(score_cvss("CVSS:4.0/AV:L/AC:H/AT:N/PR:N/UI:N/VC:L/VI:N/VA:H/SC:L/SI:H/AU:N/SA:H/"
                         "S:P/R:U/V:C/RE:H/U:Red/MAV:L/MAC:L/MAT:P/MPR:L/MUI:P/MVC:N/MVI:N/"
                         "MVA:N/MSC:N/MSI:N/MSA:N/CR:H/IR:H/AR:H/E:P")
                  .severity,
        "none");
    EXPECT_EQ(score_cvss("CVSS:4.0/AV:N/AC:L/AT:N/PR:H/UI:N/VC:L/VI:L/VA:H/SC:H/SI:L/AU:Y/SA:H/"
                         "S:N/R:U/V:C/RE:M/U:Amber/MAV:L/MAC:H/MAT:N/MPR:H/MUI:N/MVC:N/MVI:L/"
                         "MVA:N/MSC:L/MSI:S/MSA:H/CR:H/IR:M/AR:M/E:A")
                  .severity,
        "medium");
}

TEST(CvssV4Score, RoundsExactHalvesUp)
{
    // Exact arithmetic puts these on x.x5; floating point landed just below and rounded
    // down (cvss-v4-calculator issues #48 and #66, fixed upstream by rounding half up).
    EXPECT_EQ(base_of("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:H/VI:L/VA:N/SC:H/SI:H/SA:H"), "8.6");
    EXPECT_EQ(
        base_of("CVSS:4.0/AV:N/AC:L/AT:P/PR:L/UI:A/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N/E:U"), "0.4");
    EXPECT_EQ(
        base_of("CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:H/VI:H/VA:N/SC:H/SI:H/SA:H/E:P"), "9.0");
}

TEST(CvssV4Score, FirstSpecificationExamples)
{
    // FIRST's CVSS v4.0 examples (CVE-2020-3549, CVE-2023-3089, CVE-2021-44714), as carried
    // by several public test suites.
    EXPECT_EQ(base_of("CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:P/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"), "7.7");
    EXPECT_EQ(
        base_of("CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:P/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U"), "5.2");
    EXPECT_EQ(base_of("CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:H/VI:L/VA:L/SC:N/SI:N/SA:N"), "8.3");
    EXPECT_EQ(base_of("CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:H/VI:L/VA:L/SC:N/SI:N/SA:N/"
                      "CR:H/IR:L/AR:L/MAV:N/MAC:H/MVC:H/MVI:L/MVA:L"),
        "8.1");
    EXPECT_EQ(base_of("CVSS:4.0/AV:L/AC:L/AT:N/PR:N/UI:A/VC:L/VI:N/VA:N/SC:N/SI:N/SA:N"), "4.6");
}
