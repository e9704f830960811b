// The e-signature desk over HTTP: the assisting team records the integration
// milestones in order with their dates; an out-of-order one is refused; a step
// cannot be completed before its milestone, nor the request finish before
// production; the requester sees the milestones; other roles are refused.
#include <gtest/gtest.h>

#include <ctime>
#include <regex>

#include "client.hpp"
#include "server.hpp"

namespace lapis::e2e {
namespace {

class EsignatureDesk : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        server = std::make_unique<LapisServer>();
        auto made
            = server->add_users({ { "pandu@uji.lapis", "Pandu Pendamping", { "tim-pendamping" } },
                { "kabid@uji.lapis", "Kabid Budi", { "kepala-bidang" } },
                { "vera@uji.lapis", "Vera Verifikator", { "verifikator" } } });
        server->start();
        team = std::make_unique<StaffClient>(*server, made[0]);
        head = std::make_unique<StaffClient>(*server, made[1]);
        verifier = std::make_unique<StaffClient>(*server, made[2]);
    }
    static void TearDownTestSuite()
    {
        team.reset();
        head.reset();
        verifier.reset();
        server.reset();
    }
    void SetUp() override
    {
        if (!server || !server->running())
            GTEST_FAIL() << "the server did not start";
    }

    static Reply record(const StaffClient& staff, const std::string& number,
        const std::string& milestone, const std::string& note = "")
    {
        return post_form(*server, "/staf/permohonan/" + number + "/esign/tahapan",
            { { "tahapan", milestone }, { "tanggal", office_today() }, { "catatan", note },
                { "_csrf", staff.csrf() } },
            staff.cookie_headers());
    }

    static Reply complete(const std::string& number)
    {
        return team->act(number, { { "aksi", "complete" } });
    }

    static inline std::unique_ptr<LapisServer> server;
    static inline std::unique_ptr<StaffClient> team;
    static inline std::unique_ptr<StaffClient> head;
    static inline std::unique_ptr<StaffClient> verifier;
};

TEST_F(EsignatureDesk, MilestonesInOrderCarryTheRequestToProduction)
{
    Submitted sent = submit_api(*server, valid_form("implementasi-sertifikat-elektronik"));
    ASSERT_EQ(sent.status, 201) << sent.reply.body;
    ASSERT_EQ(complete(sent.number).status, 303); // 2 koordinasi

    // Step 3 waits for its milestone.
    Reply early = complete(sent.number);
    EXPECT_EQ(early.status, 409);
    EXPECT_NE(early.body.find("Analisis kebutuhan bersama BSrE"), std::string::npos) << early.body;

    ASSERT_EQ(record(*team, sent.number, "analisis-kebutuhan", "Rapat daring <BSrE>").status, 303);
    Reply skipped = record(*team, sent.number, "uji-kesesuaian");
    EXPECT_EQ(skipped.status, 422);
    EXPECT_NE(skipped.body.find("Tahapan harus dicatat berurutan"), std::string::npos);
    EXPECT_NE(
        skipped.body.find("Integrasi modul esign client service (development)"), std::string::npos);

    ASSERT_EQ(complete(sent.number).status, 303); // 3
    ASSERT_EQ(record(*team, sent.number, "integrasi-development").status, 303);
    ASSERT_EQ(complete(sent.number).status, 303); // 4
    ASSERT_EQ(record(*team, sent.number, "uji-kesesuaian").status, 303);
    ASSERT_EQ(complete(sent.number).status, 303); // 5
    ASSERT_EQ(complete(sent.number).status, 303); // 6 perbaikan: none needed
    ASSERT_EQ(record(*team, sent.number, "sertifikat-pengesahan").status, 303);
    ASSERT_EQ(complete(sent.number).status, 303); // 7

    Reply unfinished = complete(sent.number); // 8 before production is recorded
    EXPECT_EQ(unfinished.status, 409);
    EXPECT_NE(unfinished.body.find("Integrasi modul esign client service (production)"),
        std::string::npos);
    EXPECT_EQ(track_api(*server, sent.number, sent.code).json()["status"], "berjalan");

    ASSERT_EQ(record(*team, sent.number, "integrasi-production").status, 303);
    ASSERT_EQ(complete(sent.number).status, 303);
    EXPECT_EQ(track_api(*server, sent.number, sent.code).json()["status"], "selesai");

    Reply tracking = track_page(*server, sent.number, sent.code);
    const std::string panel = between(tracking.body, "id=\"tahapan\"", "</section>");
    std::size_t at = 0;
    for (const char* label :
        { "Analisis kebutuhan bersama BSrE", "Integrasi modul esign client service (development)",
            "Uji kesesuaian dengan BSrE", "Sertifikat pengesahan aplikasi terbit",
            "Integrasi modul esign client service (production)" }) {
        const std::size_t found = panel.find(label, at);
        ASSERT_NE(found, std::string::npos) << label << " missing or out of order in " << panel;
        at = found;
    }
    EXPECT_NE(panel.find("Rapat daring &lt;BSrE&gt;"), std::string::npos);
    // Finished: no more milestones.
    EXPECT_EQ(record(*team, sent.number, "integrasi-production").status, 409);
}

TEST_F(EsignatureDesk, TheAgencySeesItsMilestonesButCannotRecordThem)
{
    FormSample form = valid_form("implementasi-sertifikat-elektronik");
    Submitted sent = submit_api(*server, form);
    ASSERT_EQ(sent.status, 201);
    ASSERT_EQ(complete(sent.number).status, 303);
    ASSERT_EQ(
        record(*team, sent.number, "analisis-kebutuhan", "Kebutuhan: SK digital").status, 303);

    // An account of the agency that filed the request, verified by its mailed link.
    const std::string address = "pd.esign@magelangkota.go.id";
    const std::string password = "kata sandi instansi yang panjang";
    ASSERT_EQ(post_form(*server, "/instansi/daftar",
                  { { "nama", "Petugas PD" }, { "email", address },
                      { "instansi", form.values.at("instansi") }, { "password", password },
                      { "password_again", password } })
                  .status,
        200);
    CommandResult outbox = run_command({ "/usr/bin/sqlite3", server->data_dir() + "/lapis.db",
                                           "SELECT body FROM outbox WHERE recipient = '" + address
                                               + "' ORDER BY id DESC LIMIT 1" },
        "");
    std::smatch link;
    ASSERT_TRUE(
        std::regex_search(outbox.output, link, std::regex("/instansi/verifikasi/[a-z2-7]+")));
    ASSERT_EQ(get(*server, link[0]).status, 200);
    Reply login = post_form(*server, "/masuk", { { "email", address }, { "password", password } });
    std::smatch cookie;
    const std::string set_cookie = login.header("Set-Cookie");
    ASSERT_TRUE(std::regex_search(set_cookie, cookie, std::regex("lapis_sesi=[^;]+")));
    const httplib::Headers session = { { "Cookie", cookie[0].str() } };

    Reply page = get(*server, "/instansi/permohonan/" + sent.number, session);
    ASSERT_EQ(page.status, 200);
    const std::string panel = between(page.body, "id=\"tahapan\"", "</section>");
    EXPECT_NE(panel.find("Analisis kebutuhan bersama BSrE"), std::string::npos) << panel;
    EXPECT_NE(panel.find("Kebutuhan: SK digital"), std::string::npos);
    EXPECT_EQ(panel.find("<form"), std::string::npos);
    const std::string csrf = hidden_input(page.body, "_csrf").value_or("");
    EXPECT_EQ(post_form(*server, "/staf/permohonan/" + sent.number + "/esign/tahapan",
                  { { "tahapan", "integrasi-development" }, { "tanggal", office_today() },
                      { "_csrf", csrf } },
                  session)
                  .status,
        404);
}

TEST_F(EsignatureDesk, FutureDatesAndOtherRolesAreRefused)
{
    Submitted sent = submit_api(*server, valid_form("implementasi-sertifikat-elektronik"));
    ASSERT_EQ(sent.status, 201);
    Reply future = post_form(*server, "/staf/permohonan/" + sent.number + "/esign/tahapan",
        { { "tahapan", "analisis-kebutuhan" }, { "tanggal", "2999-01-01" },
            { "catatan", "catatan tetap" }, { "_csrf", team->csrf() } },
        team->cookie_headers());
    EXPECT_EQ(future.status, 422);
    EXPECT_TRUE(keeps_value(future.body, "tanggal", "2999-01-01"));
    EXPECT_NE(future.body.find(">catatan tetap</textarea>"), std::string::npos) << future.body;
    EXPECT_NE(future.body.find("tidak boleh di masa depan"), std::string::npos);

    EXPECT_EQ(record(*head, sent.number, "analisis-kebutuhan").status, 403);
    EXPECT_EQ(record(*verifier, sent.number, "analisis-kebutuhan").status, 404);
    // Nothing was recorded by the refused attempts.
    EXPECT_NE(track_page(*server, sent.number, sent.code).body.find("Belum ada tahapan"),
        std::string::npos);
}

} // namespace
} // namespace lapis::e2e
