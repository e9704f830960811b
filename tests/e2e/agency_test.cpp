// Accounts of Perangkat Daerah: registration verified through the official
// address, their agency's requests, and the steps the procedures give to the
// requester's agency or to the owner of the electronic system.
#include <gtest/gtest.h>

#include <memory>
#include <regex>

#include "client.hpp"
#include "desk_incident_steps.hpp"
#include "samples.hpp"
#include "server.hpp"

namespace lapis::e2e {
namespace {

constexpr const char* kOwner = "dinas-kesehatan";
constexpr const char* kAddress = "pd.kesehatan@magelangkota.go.id";
constexpr const char* kPassword = "kata sandi instansi yang panjang";

class Agency : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        server = std::make_unique<LapisServer>();
        helpdesk = server->add_user("helpdesk@uji.lapis", "Hana Helpdesk", { "helpdesk" });
        csirt = server->add_user("csirt@uji.lapis", "Cahyo CSIRT", { "csirt" });
        server->start();
    }
    static void TearDownTestSuite() { server.reset(); }

    // The verification link lapis put in the outbox for an address (no mail
    // server runs here; the message waits there).
    static std::string verification_link(const std::string& address)
    {
        CommandResult result = run_command({ "/usr/bin/sqlite3", server->data_dir() + "/lapis.db",
                                               "SELECT body FROM outbox WHERE recipient = '"
                                                   + address + "' ORDER BY id DESC LIMIT 1" },
            "");
        std::smatch match;
        if (!std::regex_search(result.output, match, std::regex("/instansi/verifikasi/[a-z2-7]+")))
            return {};
        return match[0];
    }

    // Signs in and returns the session cookie, or "" with the reply's status.
    static std::string sign_in(int& status)
    {
        Reply login
            = post_form(*server, "/masuk", { { "email", kAddress }, { "password", kPassword } });
        status = login.status;
        std::smatch match;
        const std::string cookie = login.header("Set-Cookie");
        return std::regex_search(cookie, match, std::regex("lapis_sesi=([^;]+)"))
            ? "lapis_sesi=" + match[1].str()
            : std::string();
    }

    static inline std::unique_ptr<LapisServer> server;
    static inline StaffAccount helpdesk;
    static inline StaffAccount csirt;
};

} // namespace

TEST_F(Agency, RegistersWithTheOfficialAddressActsForItsAgencyAndSeesNothingElse)
{
    // Only an address in the official domain may register.
    Reply outside = post_form(*server, "/instansi/daftar",
        { { "nama", "Petugas PD" }, { "email", "pd@gmail.com" }, { "instansi", kOwner },
            { "password", kPassword }, { "password_again", kPassword } });
    EXPECT_EQ(outside.status, 422);

    Reply registered = post_form(*server, "/instansi/daftar",
        { { "nama", "Petugas PD" }, { "email", kAddress }, { "instansi", kOwner },
            { "password", kPassword }, { "password_again", kPassword } });
    ASSERT_EQ(registered.status, 200) << registered.body;
    int status = 0;
    EXPECT_TRUE(sign_in(status).empty());
    EXPECT_EQ(status, 401) << "an unverified account cannot sign in";

    const std::string link = verification_link(kAddress);
    ASSERT_FALSE(link.empty());
    EXPECT_EQ(get(*server, link).status, 200);
    EXPECT_EQ(get(*server, link).status, 404) << "a verification link works once";
    const std::string cookie = sign_in(status);
    ASSERT_EQ(status, 303);
    const httplib::Headers session = { { "Cookie", cookie } };

    // A public report about a system the CSIRT finds the agency owns.
    Submitted report = submit_api(*server, valid_form("pelaporan-insiden", "insiden"));
    ASSERT_EQ(report.status, 201);
    StaffClient help(*server, helpdesk);
    StaffClient team(*server, csirt);
    ASSERT_EQ(help.act(report.number, { { "aksi", "complete" } }).status, 303);
    classify_incident(*server, team, report.number);
    ASSERT_EQ(
        team.act(report.number, { { "aksi", "complete" }, { "pemilik", kOwner } }).status, 303);

    Reply home = get(*server, "/instansi", session);
    ASSERT_EQ(home.status, 200);
    EXPECT_NE(home.body.find(report.number), std::string::npos);
    Reply page = get(*server, "/instansi/permohonan/" + report.number, session);
    ASSERT_EQ(page.status, 200);
    const std::string csrf = hidden_input(page.body, "_csrf").value_or("");

    // Step 4 is the CSIRT's: the owner may not complete it.
    Reply early = post_form(*server, "/instansi/permohonan/" + report.number + "/aksi",
        { { "_csrf", csrf }, { "aksi", "complete" } }, session);
    EXPECT_EQ(early.status, 403);
    ASSERT_EQ(team.act(report.number, { { "aksi", "complete" } }).status, 303);

    // Step 5, mitigation, is the owner's: not the reporter's, and the agency does it.
    EXPECT_EQ(requester_act(*server, report.number, report.code, "complete", "").status, 409);
    Reply mitigated = post_form(*server, "/instansi/permohonan/" + report.number + "/aksi",
        { { "_csrf", csrf }, { "aksi", "complete" }, { "catatan", "Celah ditutup." } }, session);
    EXPECT_EQ(mitigated.status, 303) << mitigated.body;
    Reply staff_view = team.request_page(report.number);
    EXPECT_NE(staff_view.body.find("Petugas PD (Perangkat Daerah)"), std::string::npos);

    // The agency side only: no staff pages, no other agency's requests.
    EXPECT_EQ(get(*server, "/staf", session).status, 404);
    Submitted other = submit_api(*server, valid_form("kategorisasi-sistem-elektronik"));
    EXPECT_EQ(get(*server, "/instansi/permohonan/" + other.number, session).status, 404);
}

} // namespace lapis::e2e
