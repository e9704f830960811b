// The requester's side without an account: the tracking page and API with a
// number and a tracking code, and the moves the requester may make.
#include <gtest/gtest.h>

#include <memory>

#include "client.hpp"
#include "server.hpp"

namespace lapis::e2e {
namespace {

using nlohmann::json;

class Tracking : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        server = std::make_unique<LapisServer>();
        helpdesk = server->add_user("helpdesk@uji.lapis", "Hana Helpdesk", { "helpdesk" });
        server->start();
    }
    static void TearDownTestSuite() { server.reset(); }

    void SetUp() override
    {
        if (!server || !server->running())
            GTEST_FAIL() << "the server did not start";
    }

    static Submitted report()
    {
        Submitted sent = submit_api(*server, valid_form("pelaporan-insiden", "insiden"));
        EXPECT_EQ(sent.status, 201) << sent.reply.body;
        return sent;
    }

    static json view(const Submitted& sent)
    {
        Reply reply = track_api(*server, sent.number, sent.code);
        EXPECT_EQ(reply.status, 200) << reply.body;
        return reply.status == 200 ? reply.json() : json::object();
    }

    static inline std::unique_ptr<LapisServer> server;
    static inline StaffAccount helpdesk;
};

// The rows of the history table on the tracking page.
std::size_t history_rows(const std::string& page)
{
    const std::string table = between(page, "<table class=\"history\">", "</table>");
    std::size_t rows = 0;
    for (auto at = table.find("<tr><td>"); at != std::string::npos;
         at = table.find("<tr><td>", at + 1))
        ++rows;
    return rows;
}

// What must stay the same when a move is refused.
json unchanged_part(const json& request)
{
    return { { "status", request["status"] }, { "step", request["step"] },
        { "history", request["history"].size() }, { "updated_at", request["updated_at"] } };
}

TEST_F(Tracking, PageShowsStepsAsDoneCurrentPendingAndTheHistory)
{
    Submitted sent = report();
    Reply page = track_page(*server, sent.number, sent.code);
    ASSERT_EQ(page.status, 200);
    EXPECT_EQ(page.header("Cache-Control"), "no-store");
    EXPECT_NE(page.body.find("<h1>Permohonan " + sent.number + "</h1>"), std::string::npos);
    EXPECT_NE(page.body.find("<li value=\"1\" class=\"step-done\">"), std::string::npos);
    EXPECT_NE(page.body.find("<li value=\"2\" class=\"step-current\">"), std::string::npos);
    for (int step = 3; step <= 7; ++step) {
        EXPECT_NE(
            page.body.find("<li value=\"" + std::to_string(step) + "\" class=\"step-pending\">"),
            std::string::npos)
            << step;
    }
    EXPECT_NE(page.body.find("(selesai)"), std::string::npos);
    EXPECT_NE(page.body.find("(sedang berjalan)"), std::string::npos);
    EXPECT_NE(page.body.find("(menunggu)"), std::string::npos);
    EXPECT_EQ(history_rows(page.body), 1u);

    StaffClient staff(*server, helpdesk);
    ASSERT_EQ(staff
                  .act(sent.number,
                      { { "aksi", "complete" }, { "catatan", "Laporan terverifikasi." },
                          { "publik", "1" } })
                  .status,
        303);
    ASSERT_EQ(
        staff.act(sent.number, { { "aksi", "return" }, { "catatan", "Mohon kirim log." } }).status,
        403)
        << "step 3 is CSIRT's, not the helpdesk's";
    page = track_page(*server, sent.number, sent.code);
    EXPECT_NE(page.body.find("<li value=\"2\" class=\"step-done\">"), std::string::npos);
    EXPECT_NE(page.body.find("<li value=\"3\" class=\"step-current\">"), std::string::npos);
    EXPECT_EQ(history_rows(page.body), 2u);
    EXPECT_NE(page.body.find("Laporan terverifikasi."), std::string::npos);

    json request = view(sent);
    EXPECT_EQ(request["step"], "3");
    ASSERT_EQ(request["history"].size(), 2u);
    EXPECT_EQ(request["history"][0]["action"], "submit");
    EXPECT_EQ(request["history"][1]["action"], "complete");
    EXPECT_EQ(request["history"][1]["note"], "Laporan terverifikasi.");
    EXPECT_EQ(request["steps"][1]["state"], "done");
    EXPECT_EQ(request["steps"][2]["state"], "current");
    EXPECT_EQ(request["steps"][3]["state"], "pending");
}

TEST_F(Tracking, StaffNoteNotAddressedToTheRequesterStaysHidden)
{
    Submitted sent = report();
    StaffClient staff(*server, helpdesk);
    ASSERT_EQ(
        staff.act(sent.number, { { "aksi", "complete" }, { "catatan", "Catatan internal saja." } })
            .status,
        303);
    Reply page = track_page(*server, sent.number, sent.code);
    EXPECT_EQ(page.body.find("Catatan internal saja."), std::string::npos);
    json request = view(sent);
    EXPECT_TRUE(request["history"][1]["note"].is_null());
    EXPECT_NE(
        staff.request_page(sent.number).body.find("Catatan internal saja."), std::string::npos);
}

TEST_F(Tracking, WrongCodeAndUnknownNumberGiveTheSameNotFound)
{
    Submitted sent = report();
    Submitted other = report();
    const std::string unknown = sent.number.substr(0, sent.number.size() - 6) + "999999";
    const std::vector<std::pair<std::string, std::string>> wrong
        = { { sent.number, "aaaaaaaaaaaaaaaaaaaa" }, { sent.number, other.code },
              { unknown, sent.code }, { sent.number, sent.code.substr(0, 19) },
              { sent.number, sent.code + "a" } };

    Reply first_page = track_page(*server, wrong[0].first, wrong[0].second);
    Reply first_api = track_api(*server, wrong[0].first, wrong[0].second);
    EXPECT_EQ(first_page.status, 404);
    EXPECT_EQ(first_api.status, 404);
    for (const auto& [number, code] : wrong) {
        SCOPED_TRACE(number + " " + code);
        Reply page = track_page(*server, number, code);
        EXPECT_EQ(page.status, 404);
        EXPECT_EQ(page.body, first_page.body);
        Reply api = track_api(*server, number, code);
        EXPECT_EQ(api.status, 404);
        EXPECT_EQ(api.body, first_api.body);
        Reply act = requester_act(*server, number, code, "withdraw");
        EXPECT_EQ(act.status, 404);
        EXPECT_EQ(act.body, first_page.body);
        Reply api_act = post_json(*server, "/api/v1/requests/" + number + "/actions?code=" + code,
            { { "action", "withdraw" } });
        EXPECT_EQ(api_act.status, 404);
        EXPECT_EQ(api_act.body, first_api.body);
    }
    EXPECT_EQ(get(*server, "/lacak/" + sent.number).status, 404);
    EXPECT_EQ(get(*server, "/api/v1/requests/" + sent.number).status, 404);
    EXPECT_EQ(view(sent)["status"], "berjalan") << "a wrong code withdrew the request";
}

TEST_F(Tracking, ApiTakesTheCodeFromTheQueryOrTheHeader)
{
    Submitted sent = report();
    Reply by_query = get(*server, "/api/v1/requests/" + sent.number + "?code=" + sent.code);
    Reply by_header
        = get(*server, "/api/v1/requests/" + sent.number, { { "X-Tracking-Code", sent.code } });
    ASSERT_EQ(by_query.status, 200);
    ASSERT_EQ(by_header.status, 200);
    EXPECT_EQ(by_query.json(), by_header.json());
    EXPECT_EQ(by_query.header("Cache-Control"), "no-store");
    EXPECT_EQ(by_query.json()["number"], sent.number);
    EXPECT_EQ(
        get(*server, "/api/v1/requests/" + sent.number, { { "X-Tracking-Code", "salah" } }).status,
        404);
}

TEST_F(Tracking, HistoryNeverShowsIdentityNumbersOrFileNames)
{
    FormSample form = valid_form("sertifikat-elektronik", "penerbitan");
    form.set_file(png_file("ktp", "KTP-Sukarni-asli.png"));
    form.set_file(pdf_file("surat_rekomendasi", "Rekomendasi-Kadis.pdf"));
    Submitted sent = submit_html(*server, form);
    ASSERT_EQ(sent.status, 303) << sent.reply.body;
    Reply page = track_page(*server, sent.number, sent.code);
    ASSERT_EQ(page.status, 200);
    json history = view(sent)["history"];
    for (const std::string& secret :
        { std::string(kHolderNik), std::string(kHolderNip), std::string("197001011995031001"),
            std::string("KTP-Sukarni-asli"), std::string("Rekomendasi-Kadis") }) {
        EXPECT_EQ(page.body.find(secret), std::string::npos) << secret << " on the tracking page";
        EXPECT_EQ(history.dump().find(secret), std::string::npos) << secret << " in the history";
    }
}

TEST_F(Tracking, RequesterWithdrawsAndTheRequestIsCancelled)
{
    Submitted sent = report();
    Reply withdrawn = requester_act(*server, sent.number, sent.code, "withdraw", "Sudah teratasi.");
    ASSERT_EQ(withdrawn.status, 303) << withdrawn.body;
    EXPECT_EQ(withdrawn.header("Location"), "/lacak/" + sent.number + "?kode=" + sent.code);
    json request = view(sent);
    EXPECT_EQ(request["status"], "dibatalkan");
    EXPECT_TRUE(request["step"].is_null());
    EXPECT_EQ(request["history"].back()["action"], "withdraw");
    EXPECT_EQ(request["history"].back()["note"], "Sudah teratasi.");
    Reply page = track_page(*server, sent.number, sent.code);
    EXPECT_EQ(page.body.find("name=\"aksi\" value=\"withdraw\""), std::string::npos)
        << "a cancelled request offers no moves";

    const json before = unchanged_part(request);
    EXPECT_EQ(requester_act(*server, sent.number, sent.code, "withdraw").status, 409);
    EXPECT_EQ(requester_act(*server, sent.number, sent.code, "complete").status, 409);
    StaffClient staff(*server, helpdesk);
    EXPECT_EQ(staff.act(sent.number, { { "aksi", "complete" } }).status, 409);
    EXPECT_EQ(unchanged_part(view(sent)), before);

    Submitted by_api = report();
    Reply api
        = post_json(*server, "/api/v1/requests/" + by_api.number + "/actions?code=" + by_api.code,
            { { "action", "withdraw" } });
    ASSERT_EQ(api.status, 200) << api.body;
    EXPECT_EQ(api.json()["status"], "dibatalkan");
}

TEST_F(Tracking, RequesterCannotCompleteTheHelpdesksStep)
{
    // AC-24b
    Submitted sent = report();
    const json before = unchanged_part(view(sent));
    const std::string actions = "/api/v1/requests/" + sent.number + "/actions?code=" + sent.code;
    Reply api = post_json(*server, actions, { { "action", "complete" } });
    EXPECT_EQ(api.status, 409) << api.body;
    EXPECT_TRUE(api.json().contains("error"));
    EXPECT_EQ(post_json(*server, actions, { { "action", "reject" }, { "note", "x" } }).status, 409);
    EXPECT_EQ(post_json(*server, actions, { { "action", "answer" }, { "note", "x" } }).status, 409);
    EXPECT_EQ(post_json(*server, actions, { { "action", "terbang" } }).status, 422);
    EXPECT_EQ(post_json(*server, actions, json::array()).status, 422);
    EXPECT_EQ(requester_act(*server, sent.number, sent.code, "complete").status, 409);
    EXPECT_EQ(requester_act(*server, sent.number, sent.code, "reject", "x").status, 409);
    EXPECT_EQ(unchanged_part(view(sent)), before);
    Reply page = track_page(*server, sent.number, sent.code);
    EXPECT_EQ(page.body.find("name=\"aksi\" value=\"complete\""), std::string::npos)
        << "the page offers the requester a step that is not theirs";
}

TEST_F(Tracking, RequesterAnswersAQuestionThroughTheApi)
{
    Submitted sent = report();
    StaffClient staff(*server, helpdesk);
    ASSERT_EQ(
        staff.act(sent.number, { { "aksi", "return" }, { "catatan", "Kapan mulai terjadi?" } })
            .status,
        303);
    json waiting = view(sent);
    EXPECT_EQ(waiting["status"], "menunggu-pemohon");
    EXPECT_EQ(waiting["history"].back()["note"], "Kapan mulai terjadi?");
    const std::string actions = "/api/v1/requests/" + sent.number + "/actions";
    const httplib::Headers code = { { "X-Tracking-Code", sent.code } };
    EXPECT_EQ(post_json(*server, actions, { { "action", "answer" } }, code).status, 422);
    EXPECT_EQ(unchanged_part(view(sent)), unchanged_part(waiting));
    Reply answered = post_json(
        *server, actions, { { "action", "answer" }, { "note", "Sejak pukul 06.00 WIB." } }, code);
    ASSERT_EQ(answered.status, 200) << answered.body;
    EXPECT_EQ(answered.json()["status"], "berjalan");
    EXPECT_EQ(answered.json()["step"], "2");
    EXPECT_EQ(answered.json()["history"].back()["note"], "Sejak pukul 06.00 WIB.");
}

TEST_F(Tracking, LookupFormLeadsToTheTrackingPage)
{
    Submitted sent = report();
    Reply looked_up
        = post_form(*server, "/lacak", { { "nomor", " " + sent.number }, { "kode", sent.code } });
    EXPECT_EQ(looked_up.status, 303);
    EXPECT_EQ(looked_up.header("Location"), "/lacak/" + sent.number + "?kode=" + sent.code);
    Reply pasted = post_form(*server, "/lacak",
        { { "nomor", sent.number },
            { "kode", "http://127.0.0.1/lacak/" + sent.number + "?kode=" + sent.code } });
    EXPECT_EQ(pasted.header("Location"), looked_up.header("Location"));
    Reply empty = post_form(*server, "/lacak", { { "nomor", sent.number }, { "kode", "" } });
    EXPECT_EQ(empty.status, 422);
    EXPECT_NE(empty.body.find("name=\"nomor\" value=\"" + sent.number + "\""), std::string::npos);
    Reply by_query = get(*server, "/lacak?nomor=" + sent.number + "&kode=" + sent.code);
    EXPECT_EQ(by_query.header("Location"), looked_up.header("Location"));
}

} // namespace
} // namespace lapis::e2e

namespace lapis::e2e {

TEST_F(Tracking, ALostLinkIsMailedOnlyToTheAddressOnTheRequestAndTheAnswerTellsNothing)
{
    Submitted sent = report();
    const std::string address = valid_form("pelaporan-insiden", "insiden").values.at("email");
    Reply wrong = post_form(*server, "/lacak/kirim-ulang",
        { { "nomor", sent.number }, { "email", "orang.lain@example.com" } });
    Reply unknown = post_form(
        *server, "/lacak/kirim-ulang", { { "nomor", "LPS-1999-000001" }, { "email", address } });
    EXPECT_EQ(wrong.status, 200);
    EXPECT_EQ(between(wrong.body, "<main", "</main>"), between(unknown.body, "<main", "</main>"));
    EXPECT_EQ(track_api(*server, sent.number, sent.code).status, 200);

    Reply right = post_form(*server, "/lacak/kirim-ulang",
        { { "nomor", sent.number }, { "email", "  " + address + " " } });
    EXPECT_EQ(right.status, 200);
    EXPECT_EQ(between(right.body, "<main", "</main>"), between(wrong.body, "<main", "</main>"));
    // The first code keeps working (nobody can take it away by asking); the new one
    // went to the address by mail.
    EXPECT_EQ(track_api(*server, sent.number, sent.code).status, 200);
}

} // namespace lapis::e2e
