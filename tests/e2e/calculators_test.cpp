// The public calculators over HTTP: CVSS and the categorisation questionnaire.
#include <gtest/gtest.h>

#include <memory>

#include "client.hpp"
#include "server.hpp"

namespace lapis::e2e {
namespace {

using nlohmann::json;

class Calculators : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        server = std::make_unique<LapisServer>();
        server->start();
    }
    static void TearDownTestSuite() { server.reset(); }

    static Reply cvss(const std::string& vector)
    {
        return get(*server, "/api/v1/cvss?vector=" + vector);
    }

    static Reply categorise(const json& answers)
    {
        return post_json(*server, "/api/v1/categorisation/score", { { "answers", answers } });
    }

    static inline std::unique_ptr<LapisServer> server;
};

// Answers totalling `score`: all C (10 points), then C→B adds 1 and C→A adds 4.
json answers_totalling(int score)
{
    json answers = json::array();
    int extra = score - 10;
    for (int i = 0; i < 10; ++i) {
        if (extra >= 4) {
            answers.push_back("A");
            extra -= 4;
        } else if (extra >= 1) {
            answers.push_back("B");
            extra -= 1;
        } else {
            answers.push_back("C");
        }
    }
    return answers;
}

} // namespace

TEST_F(Calculators, CvssApiScoresTheTemporalRoundingTrapAsTheSpecificationDoes)
{
    Reply reply = cvss("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H/E:H/RL:U/RC:U");
    ASSERT_EQ(reply.status, 200) << reply.body;
    json body = reply.json();
    EXPECT_EQ(body["version"], "3.1");
    EXPECT_EQ(body["base_score"], 10.0);
    EXPECT_EQ(body["temporal_score"], 9.2);
    EXPECT_EQ(body["severity"], "critical");
}

TEST_F(Calculators, CvssApiRefusesAMalformedVectorWithItsReason)
{
    Reply reply = cvss("CVSS:3.1/AV:N/AC:L/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H");
    EXPECT_EQ(reply.status, 422);
    EXPECT_EQ(reply.json()["reason"], "cvss.duplicate_metric");
    EXPECT_EQ(cvss("").status, 422);
}

TEST_F(Calculators, CvssApiScoresAVersion4Vector)
{
    Reply reply = cvss("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N");
    ASSERT_EQ(reply.status, 200) << reply.body;
    EXPECT_EQ(reply.json()["base_score"], 6.9);
}

TEST_F(Calculators, CategorisationBandEdgesFallWhereTheInstrumentSays)
{
    EXPECT_EQ(categorise(answers_totalling(15)).json()["category"], "rendah");
    EXPECT_EQ(categorise(answers_totalling(16)).json()["category"], "tinggi");
    EXPECT_EQ(categorise(answers_totalling(34)).json()["category"], "tinggi");
    EXPECT_EQ(categorise(answers_totalling(35)).json()["category"], "strategis");
    EXPECT_EQ(categorise(answers_totalling(35)).json()["score"], 35);
}

TEST_F(Calculators, AnIncompleteQuestionnaireHasNoCategory)
{
    Reply reply = categorise(json::array({ "A", "B", "C" }));
    EXPECT_EQ(reply.status, 422);
    EXPECT_FALSE(reply.json().contains("category"));
    EXPECT_EQ(
        categorise(json::array({ "A", "B", "C", "D", "A", "B", "C", "A", "B", "C" })).status, 422);
}

TEST_F(Calculators, AnIncompleteQuestionnaireIsRefusedWithTheReason)
{
    Reply short_list = categorise(json::array({ "A", "B", "C" }));
    EXPECT_EQ(short_list.json()["reason"], "kategorisasi.answer_count");
    json nine = answers_totalling(30);
    nine[9] = "";
    Reply one_open = categorise(nine);
    EXPECT_EQ(one_open.status, 422);
    EXPECT_EQ(one_open.json()["reason"], "kategorisasi.unanswered");
    EXPECT_FALSE(one_open.json().contains("category"));
    Reply no_list = post_json(*server, "/api/v1/categorisation/score", { { "jawaban", "A" } });
    EXPECT_EQ(no_list.status, 422);
    EXPECT_EQ(no_list.json()["reason"], "kategorisasi.answer_count");
}

TEST_F(Calculators, CategorisationApiGivesTheStandardsOfTheCategory)
{
    Reply reply = categorise(answers_totalling(16));
    ASSERT_EQ(reply.status, 200) << reply.body;
    EXPECT_EQ(reply.json()["score"], 16);
    EXPECT_EQ(reply.json()["standards"][0], "SNI ISO/IEC 27001");
    EXPECT_EQ(reply.json()["instrument"], "bssn-8-2020-lampiran");
}

TEST_F(Calculators, CvssApiRefusesAMalformedVersion4VectorWithItsReason)
{
    Reply missing = cvss("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:N/SI:N");
    EXPECT_EQ(missing.status, 422);
    EXPECT_EQ(missing.json()["reason"], "cvss.missing_metric");
    Reply wrong = cvss("CVSS:4.0/AV:Q/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N");
    EXPECT_EQ(wrong.status, 422);
    EXPECT_EQ(wrong.json()["reason"], "cvss.invalid_value");
    EXPECT_FALSE(wrong.json()["error"].get<std::string>().empty());
}

TEST_F(Calculators, PagesWorkWithoutJavaScript)
{
    Reply page = get(*server,
        "/kalkulator/cvss?vektor=CVSS%3A3.1%2FAV%3AN%2FAC%3AL%2FPR%3AN"
        "%2FUI%3AN%2FS%3AU%2FC%3AH%2FI%3AH%2FA%3AH");
    ASSERT_EQ(page.status, 200);
    EXPECT_NE(page.body.find("9.8"), std::string::npos);
    Reply questionnaire = get(*server, "/kalkulator/kategorisasi?q0=A&q1=B");
    ASSERT_EQ(questionnaire.status, 200);
    EXPECT_NE(questionnaire.body.find("Skor 7"), std::string::npos);
    EXPECT_NE(questionnaire.body.find("setelah semua pertanyaan dijawab"), std::string::npos);
}

} // namespace lapis::e2e
