// The public catalog pages: what anyone sees without an account.
#include <gtest/gtest.h>

#include <memory>
#include <regex>

#include "client.hpp"
#include "server.hpp"

namespace lapis::e2e {
namespace {

using nlohmann::json;

const std::vector<std::string> kServiceIds
    = { "sertifikat-elektronik", "implementasi-sertifikat-elektronik", "penilaian-kerentanan",
          "pelaporan-insiden", "jaringan-komunikasi", "email-sanapati",
          "kategorisasi-sistem-elektronik", "literasi-keamanan-informasi" };

class PublicPortal : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        server = std::make_unique<LapisServer>();
        server->start();
        catalog = get(*server, "/api/v1/services").json();
    }
    static void TearDownTestSuite() { server.reset(); }

    void SetUp() override
    {
        if (!server || !server->running())
            GTEST_FAIL() << "the server did not start";
    }

    static inline std::unique_ptr<LapisServer> server;
    static inline json catalog;
};

// Every list item the service page prints, escaped as HTML.
void expect_list(const std::string& page, const json& items, const std::string& what)
{
    for (const auto& item : items)
        EXPECT_NE(
            page.find("<li>" + html_escape(item.get<std::string>()) + "</li>"), std::string::npos)
            << what << " missing: " << item;
}

TEST_F(PublicPortal, ShowsEveryServiceOfTheCatalog)
{
    Reply home = get(*server, "/");
    ASSERT_EQ(home.status, 200);
    EXPECT_EQ(home.header("Content-Type"), "text/html; charset=utf-8");
    ASSERT_EQ(catalog["services"].size(), kServiceIds.size());
    for (const json& service : catalog["services"]) {
        const std::string id = service["id"];
        EXPECT_NE(home.body.find("<a href=\"/layanan/" + id + "\">"
                      + html_escape(service["name"].get<std::string>()) + "</a>"),
            std::string::npos)
            << id;
        EXPECT_NE(home.body.find("href=\"/layanan/" + id + "/ajukan\""), std::string::npos) << id;
    }
    for (const std::string& id : kServiceIds)
        EXPECT_NE(home.body.find("/layanan/" + id + "\""), std::string::npos) << id;
    // Every page links the published literacy materials and the CSIRT's profile.
    EXPECT_NE(home.body.find("<a href=\"/literasi\">"), std::string::npos);
    EXPECT_NE(home.body.find("<a href=\"/csirt\">"), std::string::npos);
}

TEST_F(PublicPortal, ServicePageShowsDescriptionRecipientsRequirementsStepsAndDocuments)
{
    for (const json& service : catalog["services"]) {
        const std::string id = service["id"];
        SCOPED_TRACE(id);
        Reply page = get(*server, "/layanan/" + id);
        ASSERT_EQ(page.status, 200);
        EXPECT_NE(page.body.find(html_escape(service["description"].get<std::string>())),
            std::string::npos);
        expect_list(page.body, service["recipients"], "recipient");
        expect_list(page.body, service["requirements"], "requirement");
        for (const json& procedure : service["procedures"]) {
            EXPECT_NE(page.body.find(html_escape(procedure["title"].get<std::string>())),
                std::string::npos);
            for (const json& step : procedure["steps"]) {
                // The catalog's **bold** is shown as emphasis (the step texts use no other
                // Markdown).
                const std::string shown
                    = std::regex_replace(html_escape(step["text"].get<std::string>()),
                        std::regex("\\*\\*([^*]+)\\*\\*"), "<strong>$1</strong>");
                EXPECT_NE(page.body.find(
                              "<li value=\"" + step["number"].get<std::string>() + "\">" + shown),
                    std::string::npos)
                    << "step " << step["id"];
            }
        }
        // A document template keeps its lines and tabs: it is a form to copy.
        for (const json& document : service["documents"]) {
            const std::string body = document["body"];
            EXPECT_NE(page.body.find("<pre class=\"template\">" + html_escape(body) + "</pre>"),
                std::string::npos)
                << "document " << document["id"];
        }
    }
}

TEST_F(PublicPortal, StepMarkdownIsShownAsEmphasisNotAsAsterisks)
{
    Reply page = get(*server, "/layanan/pelaporan-insiden");
    ASSERT_EQ(page.status, 200);
    EXPECT_NE(
        page.body.find("melalui <strong>aduan.magelangkota.go.id</strong>"), std::string::npos);
    EXPECT_EQ(page.body.find("**aduan"), std::string::npos);
}

TEST_F(PublicPortal, ServiceWithKindsOffersEachKindAndEachFormHasItsFields)
{
    for (const json& service : catalog["services"]) {
        const std::string id = service["id"];
        Reply chooser = get(*server, "/layanan/" + id + "/ajukan");
        ASSERT_EQ(chooser.status, 200) << id;
        std::vector<std::pair<std::string, json>> forms;
        for (const json& kind : service["kinds"]) {
            EXPECT_NE(chooser.body.find(
                          "/layanan/" + id + "/ajukan?jenis=" + kind["id"].get<std::string>()),
                std::string::npos)
                << id;
            forms.emplace_back("?jenis=" + kind["id"].get<std::string>(), kind["fields"]);
        }
        if (service["kinds"].empty())
            forms.emplace_back("", service["fields"]);
        for (const auto& [query, fields] : forms) {
            Reply form = get(*server, "/layanan/" + id + "/ajukan" + query);
            ASSERT_EQ(form.status, 200) << id << query;
            auto submission = hidden_input(form.body, "_submission");
            ASSERT_TRUE(submission.has_value()) << id << query;
            EXPECT_GE(submission->size(), 16u);
            for (const json& field : fields) {
                EXPECT_NE(form.body.find("name=\"" + field["name"].get<std::string>() + "\""),
                    std::string::npos)
                    << id << query << " lacks " << field["name"];
            }
        }
    }
}

TEST_F(PublicPortal, HelpPageGivesWhatsAppPhoneAndEmail)
{
    Reply help = get(*server, "/bantuan");
    ASSERT_EQ(help.status, 200);
    EXPECT_NE(help.body.find("href=\"https://wa.me/6282281734545\""), std::string::npos);
    EXPECT_NE(help.body.find("62822-8173-4545"), std::string::npos);
    EXPECT_NE(help.body.find("(0293) 363695 ex 400"), std::string::npos);
    EXPECT_NE(help.body.find("href=\"mailto:persandian@magelangkota.go.id\""), std::string::npos);
}

TEST_F(PublicPortal, PrivacyPageShowsTheNoticeWithItsParagraphs)
{
    Reply privacy = get(*server, "/privasi");
    ASSERT_EQ(privacy.status, 200);
    EXPECT_NE(privacy.body.find("Undang-Undang Nomor 27 Tahun 2022"), std::string::npos);
    EXPECT_NE(privacy.body.find("Pemberitahuan Privasi\n\nBidang Statistik"), std::string::npos)
        << "the notice's paragraphs are run together";
}

TEST_F(PublicPortal, ServesPicoCssFromItself)
{
    Reply css = get(*server, "/aset/css/pico.min.css");
    ASSERT_EQ(css.status, 200);
    EXPECT_EQ(css.header("Content-Type"), "text/css; charset=utf-8");
    EXPECT_GT(css.body.size(), 10000u);
    EXPECT_NE(css.body.find("pico"), std::string::npos);
    // Shared caches keep it: no visitor's CSRF cookie rides along.
    EXPECT_EQ(css.header("Set-Cookie"), "");
    EXPECT_EQ(get(*server, "/.well-known/security.txt").header("Set-Cookie"), "");
    EXPECT_NE(get(*server, "/").header("Set-Cookie"), "") << "a page with forms sets it";
    EXPECT_EQ(get(*server, "/aset/css/lapis.css").status, 200);
    EXPECT_EQ(get(*server, "/aset/css/tidak-ada.css").status, 404);
    Reply home = get(*server, "/");
    EXPECT_NE(home.body.find("<link rel=\"stylesheet\" href=\"/aset/css/pico.min.css\">"),
        std::string::npos);
    EXPECT_EQ(home.body.find("//cdn"), std::string::npos);
}

TEST_F(PublicPortal, PagesCarrySecurityHeaders)
{
    for (const std::string path :
        { "/", "/layanan/pelaporan-insiden", "/layanan/pelaporan-insiden/ajukan?jenis=insiden",
            "/bantuan", "/lacak", "/masuk", "/layanan/tidak-ada", "/api/v1/services" }) {
        SCOPED_TRACE(path);
        Reply page = get(*server, path);
        const std::string policy = page.header("Content-Security-Policy");
        EXPECT_NE(policy.find("frame-ancestors 'none'"), std::string::npos);
        EXPECT_NE(policy.find("script-src 'self'"), std::string::npos);
        EXPECT_EQ(policy.find("unsafe-inline"), std::string::npos);
        EXPECT_EQ(policy.find("unsafe-eval"), std::string::npos);
        EXPECT_EQ(page.header("X-Content-Type-Options"), "nosniff");
        EXPECT_EQ(page.header("X-Frame-Options"), "DENY");
        EXPECT_EQ(page.header("Referrer-Policy"), "no-referrer");
        EXPECT_EQ(page.body.find("<script"), std::string::npos);
    }
}

TEST_F(PublicPortal, UnknownServiceIsNotFound)
{
    Reply page = get(*server, "/layanan/tidak-ada");
    EXPECT_EQ(page.status, 404);
    EXPECT_EQ(page.header("Content-Type"), "text/html; charset=utf-8");
    EXPECT_EQ(get(*server, "/layanan/tidak-ada/ajukan").status, 404);
    EXPECT_EQ(get(*server, "/layanan/sertifikat-elektronik/ajukan?jenis=tidak-ada").status, 200)
        << "an unknown kind shows the kinds to choose from";
    EXPECT_EQ(get(*server, "/halaman/tidak/ada").status, 404);
    EXPECT_EQ(get(*server, "/layanan/%2e%2e").status, 404);
}

} // namespace
} // namespace lapis::e2e
