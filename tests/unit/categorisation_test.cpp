// Kategorisasi Sistem Elektronik (DOMAIN.md §3, Peraturan BSSN 8/2020 Pasal 9–11).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "domain/categorisation.hpp"

using namespace lapis::domain;

namespace {

const std::string kSourcePath = std::string(LAPIS_SOURCE_DIR) + "/catalog/kategorisasi-se.toml";

std::string source_text()
{
    std::ifstream input(kSourcePath, std::ios::binary);
    std::ostringstream text;
    text << input.rdbuf();
    return text.str();
}

// The file on disk with one piece of text replaced; fails the test if it is not there.
std::string edited(std::string_view from, std::string_view to)
{
    std::string text = source_text();
    std::size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) {
        text.replace(at, from.size(), to);
    }
    return text;
}

std::string load_error(const std::string& text)
{
    try {
        load_instrument(text, "kategorisasi-se.toml");
    } catch (const InstrumentError& error) {
        return error.what();
    }
    return "(loaded)";
}

// `a` answers A, `b` answers B, the rest C: 5a + 2b + (10 − a − b).
std::vector<std::string> answers(int a, int b)
{
    std::vector<std::string> letters;
    for (int index = 0; index < 10; ++index) {
        letters.push_back(index < a ? "A" : index < a + b ? "B" : "C");
    }
    return letters;
}

const Instrument& instrument()
{
    return bundled_instrument();
}

} // namespace

// ---------------------------------------------------------------------------------------
// The instrument as data

TEST(CategorisationInstrument, BundledInstrumentIsTheDomainQuestionnaire)
{
    const Instrument& loaded = instrument();
    EXPECT_EQ(loaded.id, "bssn-8-2020-lampiran");
    EXPECT_NE(loaded.note.find("[U]"), std::string::npos);
    EXPECT_EQ(loaded.letters, (std::vector<std::string>{ "A", "B", "C" }));
    EXPECT_EQ(loaded.points, (std::vector<int>{ 5, 2, 1 }));
    ASSERT_EQ(loaded.questions.size(), 10u);
    for (std::size_t index = 0; index < loaded.questions.size(); ++index) {
        EXPECT_EQ(loaded.questions[index].id, "1." + std::to_string(index + 1));
        EXPECT_EQ(loaded.questions[index].answers.size(), 3u);
    }
    EXPECT_EQ(loaded.lowest_total(), 10);
    EXPECT_EQ(loaded.highest_total(), 50);
}

TEST(CategorisationInstrument, KeepsTheIndicatorAndAnswerTextsOfTheDomainNotes)
{
    const Instrument& loaded = instrument();
    EXPECT_EQ(loaded.questions[0].indicator, "Nilai investasi SE yang terpasang");
    EXPECT_EQ(loaded.questions[0].answers,
        (std::vector<std::string>{
            "> Rp30 miliar", "> Rp3 miliar s/d Rp30 miliar", "< Rp3 miliar" }));
    EXPECT_EQ(loaded.questions[6].answers,
        (std::vector<std::string>{ "Sangat Rahasia", "Rahasia dan/atau Terbatas", "Biasa" }));
    EXPECT_EQ(loaded.questions[9].indicator,
        "Potensi kerugian/dampak negatif bila keamanan SE ditembus (sabotase, terorisme)");
    EXPECT_EQ(loaded.questions[9].answers[0], "menimbulkan korban jiwa");
}

TEST(CategorisationInstrument, BandsAreTheDomainThresholds)
{
    const Instrument& loaded = instrument();
    ASSERT_EQ(loaded.categories.size(), 3u);
    EXPECT_EQ(loaded.categories[0].code, "rendah");
    EXPECT_EQ(loaded.categories[0].min_score, 10);
    EXPECT_EQ(loaded.categories[0].max_score, 15);
    EXPECT_EQ(loaded.categories[1].code, "tinggi");
    EXPECT_EQ(loaded.categories[1].min_score, 16);
    EXPECT_EQ(loaded.categories[1].max_score, 34);
    EXPECT_EQ(loaded.categories[2].code, "strategis");
    EXPECT_EQ(loaded.categories[2].min_score, 35);
    EXPECT_EQ(loaded.categories[2].max_score, 50);
}

TEST(CategorisationInstrument, FileOnDiskLoadsLikeTheBundledCopy)
{
    Instrument from_disk = load_instrument(source_text(), kSourcePath);
    EXPECT_EQ(from_disk.id, instrument().id);
    EXPECT_EQ(from_disk.questions.size(), instrument().questions.size());
}

TEST(CategorisationInstrument, RefusesUnknownKeys)
{
    EXPECT_NE(load_error(edited("[instrument]", "colour = \"red\"\n[instrument]"))
                  .find("kategorisasi-se.toml:11: colour: unknown key"),
        std::string::npos);
    EXPECT_NE(load_error(edited("id = \"1.5\"", "id = \"1.5\"\nhint = \"x\""))
                  .find("questions[4].hint: unknown key"),
        std::string::npos);
    EXPECT_NE(load_error(edited("code = \"tinggi\"", "code = \"tinggi\"\nlevel = 2"))
                  .find("categories[1].level: unknown key"),
        std::string::npos);
}

TEST(CategorisationInstrument, RefusesBandsWithAGap)
{
    std::string error = load_error(edited("min = 16", "min = 17"));
    EXPECT_NE(error.find("categories: scores from 16 need exactly one category"), std::string::npos)
        << error;
}

TEST(CategorisationInstrument, RefusesOverlappingBands)
{
    // The variant DOMAIN.md §3.3 says to reject: Tinggi 16–35 next to Strategis from 35.
    std::string error = load_error(edited("max = 34", "max = 35"));
    EXPECT_NE(error.find("scores from 36 need exactly one category"), std::string::npos) << error;
}

TEST(CategorisationInstrument, RefusesBandsThatStopShortOfTheHighestTotal)
{
    std::string error = load_error(edited("max = 50", "max = 49"));
    EXPECT_NE(error.find("must end at the highest total 50"), std::string::npos) << error;
}

TEST(CategorisationInstrument, RefusesAQuestionWithoutAnAnswerText)
{
    std::string error = load_error(edited("C = \"Biasa\"\n", ""));
    EXPECT_NE(error.find("questions[6].C: missing required key"), std::string::npos) << error;
}

TEST(CategorisationInstrument, RefusesDuplicateQuestionIds)
{
    std::string error = load_error(edited("id = \"1.10\"", "id = \"1.9\""));
    EXPECT_NE(error.find("duplicate question id 1.9"), std::string::npos) << error;
}

TEST(CategorisationInstrument, RefusesBrokenToml)
{
    std::string error = load_error("[instrument\nid = 1");
    EXPECT_NE(error.find("(syntax)"), std::string::npos) << error;
}

// ---------------------------------------------------------------------------------------
// Scores and categories

TEST(CategorisationScore, AllCIsTheLowestTotalAndRendah)
{
    CategorisationResult result = score_answers(instrument(), answers(0, 0));
    EXPECT_EQ(result.score, 10);
    EXPECT_EQ(result.category, "rendah");
    EXPECT_EQ(result.category_label, "Rendah");
}

TEST(CategorisationScore, AllAIsTheHighestTotalAndStrategis)
{
    CategorisationResult result = score_answers(instrument(), answers(10, 0));
    EXPECT_EQ(result.score, 50);
    EXPECT_EQ(result.category, "strategis");
}

TEST(CategorisationScore, FifteenIsStillRendah)
{
    CategorisationResult result = score_answers(instrument(), answers(0, 5)); // 10 + 5
    EXPECT_EQ(result.score, 15);
    EXPECT_EQ(result.category, "rendah");
}

TEST(CategorisationScore, SixteenIsTinggi)
{
    CategorisationResult result = score_answers(instrument(), answers(0, 6)); // 12 + 4
    EXPECT_EQ(result.score, 16);
    EXPECT_EQ(result.category, "tinggi");
}

TEST(CategorisationScore, ThirtyFourIsStillTinggi)
{
    CategorisationResult result = score_answers(instrument(), answers(6, 0)); // 30 + 4
    EXPECT_EQ(result.score, 34);
    EXPECT_EQ(result.category, "tinggi");
}

TEST(CategorisationScore, ThirtyFiveIsStrategis)
{
    CategorisationResult result = score_answers(instrument(), answers(6, 1)); // 30 + 2 + 3
    EXPECT_EQ(result.score, 35);
    EXPECT_EQ(result.category, "strategis");
}

TEST(CategorisationScore, OrderOfAnswersFollowsTheQuestions)
{
    std::vector<std::string> mixed{ "C", "A", "C", "B", "C", "A", "C", "B", "C", "A" };
    CategorisationResult result = score_answers(instrument(), mixed);
    EXPECT_EQ(result.score, 5 * 3 + 2 * 2 + 5); // 24
    EXPECT_EQ(result.category, "tinggi");
    EXPECT_EQ(result.answers, mixed);
}

TEST(CategorisationScore, StoresTheInstrumentVersionAndAnswers)
{
    CategorisationResult result = score_answers(instrument(), answers(2, 3));
    EXPECT_EQ(result.instrument_version, "bssn-8-2020-lampiran");
    EXPECT_EQ(result.answers.size(), 10u);
    EXPECT_TRUE(result.unanswered.empty());
    EXPECT_FALSE(result.error);
}

TEST(CategorisationScore, StrategisMustApplyAllThreeStandards)
{
    CategorisationResult result = score_answers(instrument(), answers(10, 0));
    ASSERT_EQ(result.standards.size(), 3u);
    EXPECT_EQ(result.standards[0], "SNI ISO/IEC 27001");
    EXPECT_NE(result.standards[1].find("BSSN"), std::string::npos);
    EXPECT_NE(result.standards[2].find("Kementerian/Lembaga"), std::string::npos);
    EXPECT_NE(result.standards_rule.find("Pasal 9"), std::string::npos);
    EXPECT_NE(result.fallback.find("SNI ISO/IEC 27001"), std::string::npos);
}

TEST(CategorisationScore, TinggiHasAFallbackAndRendahHasNone)
{
    CategorisationResult tinggi = score_answers(instrument(), answers(0, 10));
    EXPECT_EQ(tinggi.category, "tinggi");
    EXPECT_NE(tinggi.standards_rule.find("dan/atau"), std::string::npos);
    EXPECT_NE(tinggi.fallback.find("Pasal 10–11"), std::string::npos);

    CategorisationResult rendah = score_answers(instrument(), answers(0, 0));
    EXPECT_EQ(rendah.standards.size(), 2u);
    EXPECT_NE(rendah.standards_rule.find(" atau "), std::string::npos);
    EXPECT_TRUE(rendah.fallback.empty());
}

TEST(CategorisationScore, AcceptsLowercaseLettersAsCapitals)
{
    std::vector<std::string> lower{ "a", "b", "c", "a", "b", "c", "a", "b", "c", " a " };
    CategorisationResult result = score_answers(instrument(), lower);
    ASSERT_FALSE(result.error);
    EXPECT_EQ(result.score, 5 * 4 + 2 * 3 + 3); // 29
    EXPECT_EQ(result.answers.front(), "A");
    EXPECT_EQ(result.answers.back(), "A");
}

// ---------------------------------------------------------------------------------------
// Refusals: no category without ten valid answers

TEST(CategorisationScore, FewerThanTenAnswersHaveNoCategory)
{
    std::vector<std::string> nine(9, "A");
    CategorisationResult result = score_answers(instrument(), nine);
    ASSERT_TRUE(result.error);
    EXPECT_EQ(*result.error, (Message{ "kategorisasi.answer_count", "10" }));
    EXPECT_FALSE(result.category);
    EXPECT_EQ(result.score, 0);
    EXPECT_TRUE(result.standards.empty());
}

TEST(CategorisationScore, MoreThanTenAnswersAreRefused)
{
    std::vector<std::string> eleven(11, "C");
    CategorisationResult result = score_answers(instrument(), eleven);
    EXPECT_EQ(result.error, (Message{ "kategorisasi.answer_count", "10" }));
    EXPECT_FALSE(result.category);
}

TEST(CategorisationScore, AnEmptyAnswerNamesTheQuestion)
{
    std::vector<std::string> gap = answers(3, 3);
    gap[3] = "";
    CategorisationResult result = score_answers(instrument(), gap);
    EXPECT_EQ(result.error, (Message{ "kategorisasi.unanswered", "1.4" }));
    EXPECT_FALSE(result.category);
}

TEST(CategorisationScore, AnInvalidLetterNamesTheQuestion)
{
    for (std::string letter : { "D", "AB", "5", "Ya" }) {
        std::vector<std::string> wrong = answers(0, 0);
        wrong[9] = letter;
        CategorisationResult result = score_answers(instrument(), wrong);
        EXPECT_EQ(result.error, (Message{ "kategorisasi.answer_invalid", "1.10" })) << letter;
        EXPECT_FALSE(result.category) << letter;
    }
}

// ---------------------------------------------------------------------------------------
// A questionnaire being filled in

TEST(CategorisationPartial, HalfFilledGivesThePartialScoreAndNoCategory)
{
    std::vector<std::string> half{ "A", "A", "B", "", "C" };
    CategorisationResult result = score_partial(instrument(), half);
    EXPECT_FALSE(result.error);
    EXPECT_EQ(result.score, 5 + 5 + 2 + 1);
    EXPECT_FALSE(result.category);
    EXPECT_TRUE(result.standards.empty());
    EXPECT_EQ(
        result.unanswered, (std::vector<std::string>{ "1.4", "1.6", "1.7", "1.8", "1.9", "1.10" }));
    EXPECT_EQ(result.answers.size(), 10u);
}

TEST(CategorisationPartial, EvenAHighPartialScoreHasNoCategory)
{
    // Nine A already reach 45 (Strategis), but a partial questionnaire has no category.
    std::vector<std::string> nine(9, "A");
    CategorisationResult result = score_partial(instrument(), nine);
    EXPECT_EQ(result.score, 45);
    EXPECT_FALSE(result.category);
    EXPECT_EQ(result.unanswered, (std::vector<std::string>{ "1.10" }));
}

TEST(CategorisationPartial, CompletedQuestionnaireGetsItsCategory)
{
    CategorisationResult result = score_partial(instrument(), answers(6, 1));
    EXPECT_EQ(result.score, 35);
    EXPECT_EQ(result.category, "strategis");
}

TEST(CategorisationPartial, StillRefusesInvalidLettersAndTooManyAnswers)
{
    EXPECT_EQ(score_partial(instrument(), { "A", "X" }).error,
        (Message{ "kategorisasi.answer_invalid", "1.2" }));
    EXPECT_EQ(score_partial(instrument(), std::vector<std::string>(11, "A")).error,
        (Message{ "kategorisasi.answer_count", "10" }));
}
