// What the server keeps on disk: requests that outlive a restart, and logs that
// never hold a tracking code or an identity number.
#include <gtest/gtest.h>

#include <memory>
#include <regex>

#include "client.hpp"
#include "server.hpp"

namespace lapis::e2e {
namespace {

using nlohmann::json;

class Storage : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        server = std::make_unique<LapisServer>();
        verifikator
            = server->add_user("verifikator@uji.lapis", "Vera Verifikator", { "verifikator" });
        server->start();
    }
    static void TearDownTestSuite() { server.reset(); }

    void SetUp() override
    {
        if (!server || !server->running())
            GTEST_FAIL() << "the server did not start";
    }

    static inline std::unique_ptr<LapisServer> server;
    static inline StaffAccount verifikator;
};

TEST_F(Storage, RequestSurvivesARestartAndTheSequenceContinues)
{
    const FormSample form = valid_form("sertifikat-elektronik", "penerbitan");
    Submitted sent = submit_html(*server, form);
    ASSERT_EQ(sent.status, 303) << sent.reply.body;
    {
        StaffClient staff(*server, verifikator);
        ASSERT_EQ(
            staff.act(sent.number, { { "aksi", "complete" }, { "catatan", "Berkas lengkap." } })
                .status,
            303);
    }
    Reply before = track_api(*server, sent.number, sent.code);
    ASSERT_EQ(before.status, 200);
    const int old_port = server->port();

    server->stop();
    server->start();
    EXPECT_NE(server->port(), 0);
    SCOPED_TRACE("restarted on port " + std::to_string(server->port()) + " (was "
        + std::to_string(old_port) + ")");

    Reply after = track_api(*server, sent.number, sent.code);
    ASSERT_EQ(after.status, 200) << after.body;
    EXPECT_EQ(after.json(), before.json());
    EXPECT_EQ(after.json()["step"], "3");
    EXPECT_EQ(track_page(*server, sent.number, sent.code).status, 200);

    // Accounts and attachments are still there; the old session is not needed.
    StaffClient staff(*server, verifikator);
    Reply page = staff.request_page(sent.number);
    ASSERT_EQ(page.status, 200);
    std::smatch link;
    const std::string ktp = form.files[1].filename;
    ASSERT_TRUE(std::regex_search(page.body, link,
        std::regex("href=\"(/staf/permohonan/" + sent.number + "/lampiran/\\d+)\">" + ktp + "<")))
        << "no link to " << ktp;
    Reply download = staff.get(link[1]);
    ASSERT_EQ(download.status, 200);
    EXPECT_EQ(download.body, form.files[1].bytes);

    Submitted next = submit_api(*server, valid_form("kategorisasi-sistem-elektronik"));
    ASSERT_EQ(next.status, 201) << next.reply.body;
    EXPECT_EQ(sequence_of(next.number), sequence_of(sent.number) + 1);
    EXPECT_EQ(next.number.substr(0, 9), sent.number.substr(0, 9));
}

TEST_F(Storage, ServerLogsNeverHoldTrackingCodesOrIdentityNumbers)
{
    const FormSample form = valid_form("sertifikat-elektronik", "reset-passphrase");
    Submitted by_form = submit_html(*server, form);
    ASSERT_EQ(by_form.status, 303);
    Submitted by_api = submit_api(*server, form, unique_key("logs"));
    ASSERT_EQ(by_api.status, 201);
    Submitted refused = submit_api(*server, [&] {
        FormSample broken = form;
        broken.values["email"] = "sukarni@gmail.com";
        return broken;
    }());
    ASSERT_EQ(refused.status, 422);

    // Every way a code travels: query, header, form body, redirect.
    for (const Submitted& sent : { by_form, by_api }) {
        EXPECT_EQ(track_page(*server, sent.number, sent.code).status, 200);
        EXPECT_EQ(track_api(*server, sent.number, sent.code).status, 200);
        EXPECT_EQ(
            get(*server, "/api/v1/requests/" + sent.number, { { "X-Tracking-Code", sent.code } })
                .status,
            200);
        EXPECT_EQ(post_form(*server, "/lacak", { { "nomor", sent.number }, { "kode", sent.code } })
                      .status,
            303);
    }
    EXPECT_EQ(
        requester_act(*server, by_api.number, by_api.code, "withdraw", "NIK saya salah").status,
        303);
    EXPECT_EQ(
        post_form(*server, "/masuk", { { "email", verifikator.email }, { "password", "salah" } })
            .status,
        401);
    StaffClient staff(*server, verifikator);
    EXPECT_EQ(staff.request_page(by_form.number).status, 200);

    const std::string logs = server->logs();
    EXPECT_NE(logs.find("status=303"), std::string::npos) << "the logs were not captured:\n"
                                                          << logs;
    for (const std::string& secret : { by_form.code, by_api.code, std::string(kHolderNik),
             std::string(kHolderNip), verifikator.password, std::string("sukarni@") }) {
        EXPECT_EQ(logs.find(secret), std::string::npos) << "the logs hold " << secret;
    }
}

} // namespace
} // namespace lapis::e2e
