// Upload decisions from AC-11 and AC-13: names, extensions and sniffed content.
#include <gtest/gtest.h>

#include "domain/attachments.hpp"

namespace {

using namespace lapis::domain;

const std::vector<std::string> kAllowed{ "pdf", "jpg", "jpeg", "png", "txt", "zip" };

std::string refusal(std::string_view name, std::string_view sniffed = "application/pdf")
{
    auto verdict = check_upload(name, sniffed, 100, kAllowed);
    return verdict.display_name ? std::string() : verdict.error.key;
}

} // namespace

TEST(Upload, RefusesEveryDisguisedExecutableOfAc11)
{
    EXPECT_EQ(refusal("surat_tugas.pdf.exe", "application/x-dosexec"), "file.extension");
    EXPECT_EQ(refusal("surat_tugas.PDF.Exe", "application/x-dosexec"), "file.extension");
    EXPECT_EQ(refusal("laporan.exe.pdf", "application/x-dosexec"), "file.executable");
    EXPECT_EQ(refusal("laporan\u202Efdp.exe", "application/x-dosexec"), "file.name");
    EXPECT_EQ(refusal("skrip.pdf."), "file.name");
    EXPECT_EQ(refusal("skrip.pdf "), "file.name");
}

TEST(Upload, RefusesContentThatDisagreesWithTheExtension)
{
    EXPECT_EQ(refusal("foto.jpg", "text/x-php"), "file.content");
    EXPECT_EQ(refusal("bukti.pdf", "application/x-dosexec"), "file.content");
}

TEST(Upload, AcceptsAnyTextOrJsonContentForATextFile)
{
    const std::vector<std::string> text_files{ "txt", "log", "csv" };
    for (const std::string& extension : text_files) {
        for (std::string_view sniffed :
            { "text/plain", "text/html", "text/x-php", "text/csv", "application/json" }) {
            const std::string name = "bukti." + extension;
            EXPECT_TRUE(check_upload(name, sniffed, 10, text_files).display_name)
                << name << " " << sniffed;
        }
        EXPECT_EQ(
            check_upload("bukti." + extension, "application/x-dosexec", 10, text_files).error.key,
            "file.content");
    }
}

TEST(Upload, KnowsJsonHtmlAndEmailEvidence)
{
    const std::vector<std::string> evidence{ "json", "html", "htm", "eml" };
    auto accepted = [&](std::string_view name, std::string_view sniffed) {
        return check_upload(name, sniffed, 10, evidence).display_name.has_value();
    };
    EXPECT_TRUE(accepted("log.json", "application/json"));
    EXPECT_TRUE(accepted("log.json", "text/plain"));
    EXPECT_TRUE(accepted("defacement.html", "text/html"));
    EXPECT_TRUE(accepted("defacement.htm", "text/html"));
    EXPECT_TRUE(accepted("phishing.eml", "message/rfc822"));
    EXPECT_TRUE(accepted("phishing.eml", "text/plain"));
    EXPECT_FALSE(accepted("defacement.html", "application/zip"));
    EXPECT_FALSE(accepted("phishing.eml", "application/pdf"));
    EXPECT_FALSE(accepted("log.json", "application/x-dosexec"));
}

TEST(Upload, AcceptsAMatchingFileAndShowsOnlyItsLastPathComponent)
{
    auto verdict = check_upload("../../etc/cron.d/x.txt", "text/plain", 10, kAllowed);
    ASSERT_TRUE(verdict.display_name);
    EXPECT_EQ(*verdict.display_name, "x.txt");
    EXPECT_EQ(
        *check_upload("..\\..\\windows\\win.ini.txt", "text/plain", 10, kAllowed).display_name,
        "win.ini.txt");
    EXPECT_EQ(
        *check_upload("/etc/passwd.txt", "text/plain", 10, kAllowed).display_name, "passwd.txt");
    EXPECT_EQ(*check_upload("CON.txt", "text/plain", 10, kAllowed).display_name, "CON.txt");
}

TEST(Upload, RefusesAnEncodedNulInTheName)
{
    EXPECT_EQ(refusal("a.txt%00.pdf"), "file.name");
    EXPECT_EQ(refusal(std::string("a.txt\0.pdf", 10)), "file.name");
}

TEST(Upload, RefusesEmptyFiles)
{
    EXPECT_EQ(
        check_upload("kosong.pdf", "application/x-empty", 0, kAllowed).error.key, "file.empty");
}

TEST(Upload, ShowsABidiOverrideVisibly)
{
    EXPECT_EQ(clean_display_name("laporan\u202Efdp.exe"), "laporan[U+202E]fdp.exe");
}
