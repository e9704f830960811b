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
