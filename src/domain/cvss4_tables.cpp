// CVSS v4.0 scoring data (CVSS v4.0 specification §8.2, "CVSS v4.0 Scoring"): the
// expert-assigned score of every MacroVector, the highest-severity vectors of each
// equivalence-set level ("max composed") and the depth of each level ("max severity").
// The scoring logic that reads these tables is in cvss.cpp.
//
// The values below are data carried over unchanged from FIRST's reference implementation,
// github.com/RedHatProductSecurity/cvss-v4-calculator (files cvss_lookup.js,
// max_composed.js and max_severity.js), under this licence:
//
//   Copyright (c) 2023 FIRST, Red Hat, and contributors
//
//   Redistribution and use in source and binary forms, with or without
//   modification, are permitted provided that the following conditions are met:
//
//   1. Redistributions of source code must retain the above copyright notice, this
//      list of conditions and the following disclaimer.
//
//   2. Redistributions in binary form must reproduce the above copyright notice,
//      this list of conditions and the following disclaimer in the documentation
//      and/or other materials provided with the distribution.
//
//   THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
//   AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
//   IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
//   DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
//   FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
//   DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
//   SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
//   CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
//   OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
//   OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
//
// Scores are held in tenths (9.8 → 98) so that scoring stays in integer arithmetic.
#include <algorithm>
#include <array>

#include "domain/cvss.hpp"

namespace lapis::domain::cvss4_data {
namespace {

// MacroVector "EQ1 EQ2 EQ3 EQ4 EQ5 EQ6" → score in tenths; sorted by MacroVector.
// 3 × 2 × 5 (EQ3 with EQ6) × 3 × 3 = 270 entries.
// clang-format off
constexpr auto kMacroVectorScores = std::to_array<MacroVectorScore>({
    { "000000", 100 }, { "000001", 99 }, { "000010", 98 }, { "000011", 95 },
    { "000020", 95 }, { "000021", 92 }, { "000100", 100 }, { "000101", 96 },
    { "000110", 93 }, { "000111", 87 }, { "000120", 91 }, { "000121", 81 },
    { "000200", 93 }, { "000201", 90 }, { "000210", 89 }, { "000211", 80 },
    { "000220", 81 }, { "000221", 68 }, { "001000", 98 }, { "001001", 95 },
    { "001010", 95 }, { "001011", 92 }, { "001020", 90 }, { "001021", 84 },
    { "001100", 93 }, { "001101", 92 }, { "001110", 89 }, { "001111", 81 },
    { "001120", 81 }, { "001121", 65 }, { "001200", 88 }, { "001201", 80 },
    { "001210", 78 }, { "001211", 70 }, { "001220", 69 }, { "001221", 48 },
    { "002001", 92 }, { "002011", 82 }, { "002021", 72 }, { "002101", 79 },
    { "002111", 69 }, { "002121", 50 }, { "002201", 69 }, { "002211", 55 },
    { "002221", 27 }, { "010000", 99 }, { "010001", 97 }, { "010010", 95 },
    { "010011", 92 }, { "010020", 92 }, { "010021", 85 }, { "010100", 95 },
    { "010101", 91 }, { "010110", 90 }, { "010111", 83 }, { "010120", 84 },
    { "010121", 71 }, { "010200", 92 }, { "010201", 81 }, { "010210", 82 },
    { "010211", 71 }, { "010220", 72 }, { "010221", 53 }, { "011000", 95 },
    { "011001", 93 }, { "011010", 92 }, { "011011", 85 }, { "011020", 85 },
    { "011021", 73 }, { "011100", 92 }, { "011101", 82 }, { "011110", 80 },
    { "011111", 72 }, { "011120", 70 }, { "011121", 59 }, { "011200", 84 },
    { "011201", 70 }, { "011210", 71 }, { "011211", 52 }, { "011220", 50 },
    { "011221", 30 }, { "012001", 86 }, { "012011", 75 }, { "012021", 52 },
    { "012101", 71 }, { "012111", 52 }, { "012121", 29 }, { "012201", 63 },
    { "012211", 29 }, { "012221", 17 }, { "100000", 98 }, { "100001", 95 },
    { "100010", 94 }, { "100011", 87 }, { "100020", 91 }, { "100021", 81 },
    { "100100", 94 }, { "100101", 89 }, { "100110", 86 }, { "100111", 74 },
    { "100120", 77 }, { "100121", 64 }, { "100200", 87 }, { "100201", 75 },
    { "100210", 74 }, { "100211", 63 }, { "100220", 63 }, { "100221", 49 },
    { "101000", 94 }, { "101001", 89 }, { "101010", 88 }, { "101011", 77 },
    { "101020", 76 }, { "101021", 67 }, { "101100", 86 }, { "101101", 76 },
    { "101110", 74 }, { "101111", 58 }, { "101120", 59 }, { "101121", 50 },
    { "101200", 72 }, { "101201", 57 }, { "101210", 57 }, { "101211", 52 },
    { "101220", 52 }, { "101221", 25 }, { "102001", 83 }, { "102011", 70 },
    { "102021", 54 }, { "102101", 65 }, { "102111", 58 }, { "102121", 26 },
    { "102201", 53 }, { "102211", 21 }, { "102221", 13 }, { "110000", 95 },
    { "110001", 90 }, { "110010", 88 }, { "110011", 76 }, { "110020", 76 },
    { "110021", 70 }, { "110100", 90 }, { "110101", 77 }, { "110110", 75 },
    { "110111", 62 }, { "110120", 61 }, { "110121", 53 }, { "110200", 77 },
    { "110201", 66 }, { "110210", 68 }, { "110211", 59 }, { "110220", 52 },
    { "110221", 30 }, { "111000", 89 }, { "111001", 78 }, { "111010", 76 },
    { "111011", 67 }, { "111020", 62 }, { "111021", 58 }, { "111100", 74 },
    { "111101", 59 }, { "111110", 57 }, { "111111", 57 }, { "111120", 47 },
    { "111121", 23 }, { "111200", 61 }, { "111201", 52 }, { "111210", 57 },
    { "111211", 29 }, { "111220", 24 }, { "111221", 16 }, { "112001", 71 },
    { "112011", 59 }, { "112021", 30 }, { "112101", 58 }, { "112111", 26 },
    { "112121", 15 }, { "112201", 23 }, { "112211", 13 }, { "112221", 6 },
    { "200000", 93 }, { "200001", 87 }, { "200010", 86 }, { "200011", 72 },
    { "200020", 75 }, { "200021", 58 }, { "200100", 86 }, { "200101", 74 },
    { "200110", 74 }, { "200111", 61 }, { "200120", 56 }, { "200121", 34 },
    { "200200", 70 }, { "200201", 54 }, { "200210", 52 }, { "200211", 40 },
    { "200220", 40 }, { "200221", 22 }, { "201000", 85 }, { "201001", 75 },
    { "201010", 74 }, { "201011", 55 }, { "201020", 62 }, { "201021", 51 },
    { "201100", 72 }, { "201101", 57 }, { "201110", 55 }, { "201111", 41 },
    { "201120", 46 }, { "201121", 19 }, { "201200", 53 }, { "201201", 36 },
    { "201210", 34 }, { "201211", 19 }, { "201220", 19 }, { "201221", 8 },
    { "202001", 64 }, { "202011", 51 }, { "202021", 20 }, { "202101", 47 },
    { "202111", 21 }, { "202121", 11 }, { "202201", 24 }, { "202211", 9 },
    { "202221", 4 }, { "210000", 88 }, { "210001", 75 }, { "210010", 73 },
    { "210011", 53 }, { "210020", 60 }, { "210021", 50 }, { "210100", 73 },
    { "210101", 55 }, { "210110", 59 }, { "210111", 40 }, { "210120", 41 },
    { "210121", 20 }, { "210200", 54 }, { "210201", 43 }, { "210210", 45 },
    { "210211", 22 }, { "210220", 20 }, { "210221", 11 }, { "211000", 75 },
    { "211001", 55 }, { "211010", 58 }, { "211011", 45 }, { "211020", 40 },
    { "211021", 21 }, { "211100", 61 }, { "211101", 51 }, { "211110", 48 },
    { "211111", 18 }, { "211120", 20 }, { "211121", 9 }, { "211200", 46 },
    { "211201", 18 }, { "211210", 17 }, { "211211", 7 }, { "211220", 8 },
    { "211221", 2 }, { "212001", 53 }, { "212011", 24 }, { "212021", 14 },
    { "212101", 24 }, { "212111", 12 }, { "212121", 5 }, { "212201", 10 },
    { "212211", 3 }, { "212221", 1 },
});
// clang-format on

// The highest-severity vectors of each level of each equivalence set (max_composed.js).
// EQ3 is keyed by its level and the level of EQ6, which the specification scores jointly.
constexpr auto kHighestVectors = std::to_array<HighestVector>({
    { 1, 0, -1, "AV:N/PR:N/UI:N" },
    { 1, 1, -1, "AV:A/PR:N/UI:N" },
    { 1, 1, -1, "AV:N/PR:L/UI:N" },
    { 1, 1, -1, "AV:N/PR:N/UI:P" },
    { 1, 2, -1, "AV:P/PR:N/UI:N" },
    { 1, 2, -1, "AV:A/PR:L/UI:P" },
    { 2, 0, -1, "AC:L/AT:N" },
    { 2, 1, -1, "AC:H/AT:N" },
    { 2, 1, -1, "AC:L/AT:P" },
    { 3, 0, 0, "VC:H/VI:H/VA:H/CR:H/IR:H/AR:H" },
    { 3, 0, 1, "VC:H/VI:H/VA:L/CR:M/IR:M/AR:H" },
    { 3, 0, 1, "VC:H/VI:H/VA:H/CR:M/IR:M/AR:M" },
    { 3, 1, 0, "VC:L/VI:H/VA:H/CR:H/IR:H/AR:H" },
    { 3, 1, 0, "VC:H/VI:L/VA:H/CR:H/IR:H/AR:H" },
    { 3, 1, 1, "VC:L/VI:H/VA:L/CR:H/IR:M/AR:H" },
    { 3, 1, 1, "VC:L/VI:H/VA:H/CR:H/IR:M/AR:M" },
    { 3, 1, 1, "VC:H/VI:L/VA:H/CR:M/IR:H/AR:M" },
    { 3, 1, 1, "VC:H/VI:L/VA:L/CR:M/IR:H/AR:H" },
    { 3, 1, 1, "VC:L/VI:L/VA:H/CR:H/IR:H/AR:M" },
    { 3, 2, 1, "VC:L/VI:L/VA:L/CR:H/IR:H/AR:H" },
    { 4, 0, -1, "SC:H/SI:S/SA:S" },
    { 4, 1, -1, "SC:H/SI:H/SA:H" },
    { 4, 2, -1, "SC:L/SI:L/SA:L" },
    { 5, 0, -1, "E:A" },
    { 5, 1, -1, "E:P" },
    { 5, 2, -1, "E:U" },
});

// The depth of each level in severity steps of 0.1 (max_severity.js), the distance from
// its highest to its lowest vector plus one.
constexpr auto kLevelDepths = std::to_array<LevelDepth>({
    { 1, 0, -1, 1 },
    { 1, 1, -1, 4 },
    { 1, 2, -1, 5 },
    { 2, 0, -1, 1 },
    { 2, 1, -1, 2 },
    { 3, 0, 0, 7 },
    { 3, 0, 1, 6 },
    { 3, 1, 0, 8 },
    { 3, 1, 1, 8 },
    { 3, 2, 1, 10 },
    { 4, 0, -1, 6 },
    { 4, 1, -1, 5 },
    { 4, 2, -1, 4 },
    { 5, 0, -1, 1 },
    { 5, 1, -1, 1 },
    { 5, 2, -1, 1 },
});

// EQ6 only qualifies EQ3; every other set ignores it.
bool same_level(int eq, int level, int eq6, int row_eq, int row_level, int row_eq6)
{
    return eq == row_eq && level == row_level && (eq != 3 || eq6 == row_eq6);
}

} // namespace

std::span<const MacroVectorScore> macro_vector_scores()
{
    return kMacroVectorScores;
}

std::optional<int> macro_vector_score(std::string_view macro_vector)
{
    auto found = std::ranges::lower_bound(
        kMacroVectorScores, macro_vector, {}, &MacroVectorScore::macro_vector);
    if (found == kMacroVectorScores.end() || found->macro_vector != macro_vector) {
        return std::nullopt;
    }
    return found->score_tenths;
}

std::vector<std::string_view> highest_vectors(int eq, int level, int eq6)
{
    std::vector<std::string_view> vectors;
    for (const auto& row : kHighestVectors) {
        if (same_level(eq, level, eq6, row.eq, row.level, row.eq6)) {
            vectors.push_back(row.metrics);
        }
    }
    return vectors;
}

std::optional<int> level_depth(int eq, int level, int eq6)
{
    for (const auto& row : kLevelDepths) {
        if (same_level(eq, level, eq6, row.eq, row.level, row.eq6)) {
            return row.depth;
        }
    }
    return std::nullopt;
}

} // namespace lapis::domain::cvss4_data
