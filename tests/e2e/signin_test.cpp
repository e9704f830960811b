// Signing in and the web security baseline: CSRF tokens on every form, growing
// delays after wrong passwords, the second factor before any staff action,
// "log out everywhere", and the public rate limits.
#include <gtest/gtest.h>

#include <memory>
#include <regex>

#include "client.hpp"
#include "server.hpp"

namespace lapis::e2e {
namespace {

class SignIn : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        server = std::make_unique<LapisServer>();
        helpdesk = server->add_user("helpdesk@uji.lapis", "Hana Helpdesk", { "helpdesk" });
        fresh = server->add_user("baru@uji.lapis", "Petugas Baru", { "helpdesk" });
        admin = server->add_user("admin@uji.lapis", "Ani Admin", { "admin" });
        server->start();
    }
    static void TearDownTestSuite() { server.reset(); }

    void SetUp() override
    {
        if (!server || !server->running())
            GTEST_FAIL() << "the server did not start";
    }

    static inline std::unique_ptr<LapisServer> server;
    static inline StaffAccount helpdesk;
    static inline StaffAccount fresh;
    static inline StaffAccount admin;
};

std::string session_of(const Reply& reply)
{
    std::smatch match;
    const std::string cookie = reply.header("Set-Cookie");
    return std::regex_search(cookie, match, std::regex("lapis_sesi=([^;]+)"))
        ? "lapis_sesi=" + match[1].str()
        : std::string();
}

} // namespace

TEST_F(SignIn, PublicFormWithoutItsCsrfTokenIsRefused)
{
    const BrowserCsrf csrf = browser_csrf(*server);
    Reply missing = post_form(*server, "/lacak", { { "_csrf", "" }, { "nomor", "LPS-1" } });
    EXPECT_EQ(missing.status, 403);
    Reply other = post_form(*server, "/lacak", { { "_csrf", csrf.token }, { "nomor", "LPS-1" } },
        { { "Cookie", "lapis_csrf=abcdefghijklmnopqrstuvwxyz234567" } });
    EXPECT_EQ(other.status, 403);
    Reply good = post_form(*server, "/lacak",
        { { "_csrf", csrf.token }, { "nomor", "LPS-2026-000001" }, { "kode", "x" } });
    EXPECT_EQ(good.status, 303);
}

TEST_F(SignIn, WrongPasswordAndUnknownAccountGetTheSameAnswer)
{
    Reply wrong = post_form(*server, "/masuk",
        { { "email", "helpdesk@uji.lapis" }, { "password", "bukan kata sandinya" } });
    Reply unknown = post_form(*server, "/masuk",
        { { "email", "tidak.ada@uji.lapis" }, { "password", "bukan kata sandinya" } });
    EXPECT_EQ(wrong.status, 401);
    EXPECT_EQ(unknown.status, 401);
    EXPECT_NE(wrong.body.find("Email atau kata sandi salah."), std::string::npos);
    EXPECT_NE(unknown.body.find("Email atau kata sandi salah."), std::string::npos);
}

TEST(LoginThrottle, TheTwentiethWrongPasswordInAMinuteIsSlowed)
{
    LapisServer own; // its failures must not slow the other tests' logins
    own.start();
    LapisServer* server = &own;
    int slowed = 0;
    for (int attempt = 1; attempt <= 20; ++attempt) {
        Reply reply = post_form(*server, "/masuk",
            { { "email", "sasaran@uji.lapis" },
                { "password", "salah-" + std::to_string(attempt) } });
        if (reply.status == 429) {
            ++slowed;
            EXPECT_FALSE(reply.header("Retry-After").empty());
        }
    }
    EXPECT_GT(slowed, 0);
    Reply twentieth = post_form(
        *server, "/masuk", { { "email", "sasaran@uji.lapis" }, { "password", "salah lagi" } });
    EXPECT_EQ(twentieth.status, 429);
    EXPECT_NE(twentieth.body.find("detik"), std::string::npos);
}

TEST_F(SignIn, StaffWithoutASecondFactorMustEnrolBeforeActing)
{
    Reply login = post_form(
        *server, "/masuk", { { "email", fresh.email }, { "password", fresh.password } });
    ASSERT_EQ(login.status, 303);
    EXPECT_EQ(login.header("Location"), "/akun/dua-langkah");
    const std::string cookie = session_of(login);
    ASSERT_FALSE(cookie.empty());
    Reply queues = get(*server, "/staf", { { "Cookie", cookie } });
    EXPECT_EQ(queues.status, 303);
    EXPECT_EQ(queues.header("Location"), "/akun/dua-langkah");
    Reply enrol = get(*server, "/akun/dua-langkah", { { "Cookie", cookie } });
    EXPECT_EQ(enrol.status, 200);
    EXPECT_NE(enrol.body.find("<svg"), std::string::npos);
}

TEST_F(SignIn, SessionCookieIsHttpOnlyAndSameSiteAndRenewedAfterTheSecondFactor)
{
    Reply login = post_form(
        *server, "/masuk", { { "email", helpdesk.email }, { "password", helpdesk.password } });
    const std::string cookie = login.header("Set-Cookie");
    EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
    EXPECT_NE(cookie.find("SameSite=Lax"), std::string::npos);
    StaffClient staff(*server, helpdesk);
    EXPECT_EQ(staff.get("/staf").status, 200);
}

TEST_F(SignIn, LogOutEverywhereEndsEverySession)
{
    StaffClient first(*server, helpdesk);
    StaffClient second(*server, helpdesk);
    ASSERT_EQ(second.get("/staf").status, 200);
    Reply out = post_form(
        *server, "/akun/keluar-semua", { { "_csrf", first.csrf() } }, first.cookie_headers());
    EXPECT_EQ(out.status, 303);
    EXPECT_EQ(second.get("/staf").status, 303);
    EXPECT_EQ(first.get("/staf").status, 303);
}

TEST_F(SignIn, AdminsBrowseTheAuditTrailAndOthersCannot)
{
    StaffClient(*server, helpdesk); // leaves a login in the trail
    StaffClient administrator(*server, admin);
    Reply trail = administrator.get("/admin/audit?aksi=login");
    ASSERT_EQ(trail.status, 200);
    EXPECT_NE(trail.body.find("Rantai hash utuh"), std::string::npos);
    EXPECT_NE(trail.body.find("login.password"), std::string::npos);
    EXPECT_EQ(trail.body.find("request.view"), std::string::npos);
    StaffClient staff(*server, helpdesk);
    EXPECT_EQ(staff.get("/admin/audit").status, 404);
}

TEST(RateLimit, PublicSubmissionsBeyondTheLimitAreRefusedWith429)
{
    LapisServer server;
    server.set_serve_arguments({ "--submit-per-minute", "3" });
    server.start();
    int refused = 0;
    for (int i = 0; i < 5; ++i) {
        Submitted sent = submit_api(server, valid_form("kategorisasi-sistem-elektronik"));
        if (sent.status == 429)
            ++refused;
    }
    EXPECT_EQ(refused, 2);
}

TEST(RateLimit, RefusedFormsDoNotUseUpTheSubmissionLimit)
{
    LapisServer server;
    server.set_serve_arguments({ "--submit-per-minute", "2" });
    server.start();
    FormSample invalid = valid_form("kategorisasi-sistem-elektronik");
    invalid.values.begin()->second = "";
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(submit_api(server, invalid).status, 422) << "attempt " << i;
    EXPECT_EQ(submit_api(server, valid_form("kategorisasi-sistem-elektronik")).status, 201);
    EXPECT_EQ(submit_api(server, valid_form("kategorisasi-sistem-elektronik")).status, 201);
    EXPECT_EQ(submit_api(server, valid_form("kategorisasi-sistem-elektronik")).status, 429);
}

} // namespace lapis::e2e
