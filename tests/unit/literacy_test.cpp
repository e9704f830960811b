// The literacy desk's rules: a session's date and times in office time, clashes
// of one speaker, article slugs, and Markdown that cannot carry script into a
// page (raw HTML omitted, javascript: and other schemes emptied).
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>

#include "domain/literacy.hpp"
#include "domain/markdown.hpp"

namespace {

using namespace lapis::domain;
using std::chrono::hours;
using std::chrono::minutes;

constexpr int kWib = 7 * 60;

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

TEST(LiteracySession, OfficeTimesBecomeUtc)
{
    const SessionCheck check = check_session({ "2027-02-15", "09:00", "11:30", "Aula", 1 }, kWib);
    ASSERT_TRUE(check.errors.empty());
    EXPECT_EQ(to_utc_text(check.starts_at), "2027-02-15T02:00:00Z");
    EXPECT_EQ(to_utc_text(check.ends_at), "2027-02-15T04:30:00Z");
}

TEST(LiteracySession, RefusesEachMissingOrMalformedPartByItsField)
{
    const SessionCheck check = check_session({ "15-02-2027", "9:00", "25:00", " ", 0 }, kWib);
    EXPECT_EQ(check.errors.at("tanggal").key, "literacy.date_invalid");
    EXPECT_EQ(check.errors.at("mulai").key, "literacy.time_invalid");
    EXPECT_EQ(check.errors.at("selesai").key, "literacy.time_invalid");
    EXPECT_EQ(check.errors.at("tempat").key, "field.required");
    EXPECT_EQ(check.errors.at("narasumber").key, "literacy.speaker_required");
}

TEST(LiteracySession, RefusesAnEndNotAfterTheStart)
{
    EXPECT_EQ(
        check_session({ "2027-02-15", "10:00", "10:00", "Aula", 1 }, kWib).errors.at("selesai").key,
        "literacy.ends_before_start");
    EXPECT_EQ(
        check_session({ "2027-02-30", "10:00", "11:00", "Aula", 1 }, kWib).errors.at("tanggal").key,
        "literacy.date_invalid");
}

TEST(LiteracySession, OverlapIsSharedTimeNotTouchingEnds)
{
    const TimePoint nine = *from_utc_text("2027-02-15T02:00:00Z");
    EXPECT_TRUE(sessions_overlap(nine, nine + hours(2), nine + hours(1), nine + hours(3)));
    EXPECT_TRUE(sessions_overlap(nine, nine + hours(3), nine + hours(1), nine + hours(2)));
    EXPECT_FALSE(sessions_overlap(nine, nine + hours(1), nine + hours(1), nine + hours(2)));
    EXPECT_FALSE(sessions_overlap(nine + hours(2), nine + hours(3), nine, nine + minutes(90)));
}

TEST(LiteracyArticle, SlugsAreMadeFromTitlesAndChecked)
{
    EXPECT_EQ(make_slug("Waspada Phishing: 5 Tanda!"), "waspada-phishing-5-tanda");
    EXPECT_EQ(make_slug("  --Kata   Sandi-- "), "kata-sandi");
    EXPECT_EQ(make_slug("!!!"), "");
    EXPECT_FALSE(check_slug("waspada-phishing"));
    EXPECT_EQ(check_slug("")->key, "field.required");
    for (const char* bad : { "Waspada", "a--b", "-a", "a-", "a b", "a/b", "../x" })
        EXPECT_EQ(check_slug(bad)->key, "literacy.slug_invalid") << bad;
    EXPECT_EQ(check_slug(std::string(81, 'a'))->key, "field.too_long");
}

TEST(LiteracyArticle, TitleAndBodyAreRequiredAndBounded)
{
    EXPECT_EQ(check_article_title(" ")->key, "field.required");
    EXPECT_EQ(check_article_title(std::string(201, 'a'))->key, "field.too_long");
    EXPECT_FALSE(check_article_title("Kata sandi yang kuat"));
    EXPECT_EQ(check_article_body("")->key, "field.required");
    EXPECT_EQ(check_article_body(std::string(100001, 'a'))->key, "field.too_long");
}

TEST(Markdown, RendersGithubFlavouredMarkdown)
{
    const std::string html = render_markdown(
        "# Judul\n\n**tebal** dan ~~coret~~\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        "Lihat https://bssn.go.id\n");
    EXPECT_TRUE(contains(html, "<h1>Judul</h1>")) << html;
    EXPECT_TRUE(contains(html, "<strong>tebal</strong>")) << html;
    EXPECT_TRUE(contains(html, "<del>coret</del>")) << html;
    EXPECT_TRUE(contains(html, "<table>")) << html;
    EXPECT_TRUE(contains(html, "<a href=\"https://bssn.go.id\">")) << html;
}

TEST(Markdown, AStepTextIsRenderedInlineWithoutItsParagraph)
{
    EXPECT_EQ(render_inline_markdown("melalui **aduan.magelangkota.go.id** atau email"),
        "melalui <strong>aduan.magelangkota.go.id</strong> atau email");
    EXPECT_EQ(render_inline_markdown("Tim <b>CSIRT</b> & pemilik"),
        "Tim <!-- raw HTML omitted -->CSIRT<!-- raw HTML omitted --> &amp; pemilik");
    EXPECT_EQ(render_inline_markdown("satu\n\ndua"), "<p>satu</p>\n<p>dua</p>\n");
}

TEST(Markdown, OmitsScriptAndEveryOtherRawHtml)
{
    const std::string html = render_markdown("Halo <script>alert(1)</script>\n\n"
                                             "<script>alert(2)</script>\n\n"
                                             "<img src=x onerror=alert(3)>\n\n"
                                             "<iframe src=\"https://evil.example\"></iframe>\n\n"
                                             "<a href=\"https://x\" onclick=\"alert(4)\">x</a>\n");
    for (const char* forbidden : { "<script", "onerror", "<iframe", "onclick", "<img" })
        EXPECT_FALSE(contains(html, forbidden)) << forbidden << " in " << html;
    EXPECT_TRUE(contains(html, "raw HTML omitted")) << html;
}

TEST(Markdown, EmptiesJavascriptAndOtherUnsafeLinkAddresses)
{
    const std::string html
        = render_markdown("[a](javascript:alert(1)) [b](JaVaScRiPt:alert(2)) "
                          "[c](vbscript:msgbox) [d](data:text/html;base64,PHNjcmlwdD4=) "
                          "[e](java%0ascript:alert(5)) ![f](javascript:alert(6)) "
                          "<javascript:alert(7)> [g](file:///etc/passwd)\n\n"
                          "[ref]\n\n[ref]: javascript:alert(8)\n");
    std::string lower;
    for (char c : html)
        lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    // The autolink's text may read "javascript:…"; no address may.
    for (const char* forbidden :
        { "=\"javascript", "=\"java%0ascript", "=\"vbscript", "=\"data:", "=\"file:" })
        EXPECT_FALSE(contains(lower, forbidden)) << forbidden << " in " << html;
    std::size_t emptied = 0;
    for (auto at = html.find("href=\"\""); at != std::string::npos;
         at = html.find("href=\"\"", at + 1))
        ++emptied;
    EXPECT_EQ(emptied, 8u) << html;
    EXPECT_TRUE(contains(html, "src=\"\"")) << html;
}

TEST(Markdown, KeepsSafeAddresses)
{
    const std::string html
        = render_markdown("[a](https://bssn.go.id/x?y=1) [b](/literasi/x) [c](#bagian) "
                          "[d](mailto:persandian@magelangkota.go.id) [e](panduan.html)\n");
    for (const char* kept : { "https://bssn.go.id/x?y=1", "/literasi/x", "#bagian",
             "mailto:persandian@magelangkota.go.id", "panduan.html" })
        EXPECT_TRUE(contains(html, std::string("href=\"") + kept)) << kept << " in " << html;
}

TEST(Markdown, EscapesTextAndAttributeCharacters)
{
    const std::string html
        = render_markdown("5 < 6 & \"kutip\" [x](https://a.example/\"onmouseover=\"x)\n");
    EXPECT_TRUE(contains(html, "5 &lt; 6 &amp; &quot;kutip&quot;")) << html;
    EXPECT_FALSE(contains(html, "\"onmouseover")) << html;
}

TEST(Markdown, SafeLinkAddressSeesThroughCaseSpacesAndControlCharacters)
{
    EXPECT_TRUE(safe_link_address("https://x"));
    EXPECT_TRUE(safe_link_address("HTTP://x"));
    EXPECT_TRUE(safe_link_address("relatif/halaman:1"));
    EXPECT_TRUE(safe_link_address("?a=b:c"));
    EXPECT_FALSE(safe_link_address(" javascript:x"));
    EXPECT_FALSE(safe_link_address("java\tscript:x"));
    EXPECT_FALSE(safe_link_address("\x01javascript:x"));
    EXPECT_FALSE(safe_link_address("data:image/png;base64,AAAA"));
    EXPECT_FALSE(safe_link_address("ftp://x"));
}

} // namespace
