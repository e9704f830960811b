// The categorisation desk's CSV report and registry form.
#include <gtest/gtest.h>

#include "catalog/loader.hpp"
#include "domain/categorisation_desk.hpp"
#include "domain/form.hpp"

namespace {

using namespace lapis;

TEST(CategoryReportCsv, PlainTextStaysAsItIs)
{
    EXPECT_EQ(domain::csv_field("SIMPEG"), "SIMPEG");
    EXPECT_EQ(domain::csv_field(""), "");
    EXPECT_EQ(domain::csv_field("Dinas Kesehatan 2026"), "Dinas Kesehatan 2026");
}

TEST(CategoryReportCsv, CommasAndQuotesAreQuotedWithQuotesDoubled)
{
    EXPECT_EQ(domain::csv_field("Kepegawaian, Mutasi"), "\"Kepegawaian, Mutasi\"");
    EXPECT_EQ(domain::csv_field("Aplikasi \"Lapor\""), "\"Aplikasi \"\"Lapor\"\"\"");
}

TEST(CategoryReportCsv, LineBreaksStayInsideOneQuotedField)
{
    EXPECT_EQ(domain::csv_field("baris satu\nbaris dua"), "\"baris satu\nbaris dua\"");
    EXPECT_EQ(domain::csv_field("a\r\nb"), "\"a\r\nb\"");
}

TEST(CategoryReportCsv, FormulaStartsAreKeptAsText)
{
    EXPECT_EQ(domain::csv_field("=1+1"), "'=1+1");
    EXPECT_EQ(domain::csv_field("+62 293"), "'+62 293");
    EXPECT_EQ(domain::csv_field("-2+3"), "'-2+3");
    EXPECT_EQ(domain::csv_field("@SUM(A1)"), "'@SUM(A1)");
    EXPECT_EQ(domain::csv_field("\t=1"), "'\t=1");
    EXPECT_EQ(domain::csv_field("=HYPERLINK(\"http://x\",\"klik\")"),
        "\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\"");
    EXPECT_EQ(domain::csv_field("a=b"), "a=b") << "only the first character counts";
}

TEST(CategoryReportCsv, ALineJoinsFieldsAndEndsWithCrLf)
{
    EXPECT_EQ(domain::csv_line({ "1", "Dinas, Kota", "=x", "" }), "1,\"Dinas, Kota\",'=x,\r\n");
}

domain::FormCheck check_system(const std::map<std::string, std::string>& values)
{
    static const catalog::Catalog catalog = catalog::load_bundled();
    return domain::check_form(
        catalog, domain::system_registry_fields(), { values, {} }, domain::Date{ 2026, 1, 1 });
}

TEST(SystemRegistryForm, NeedsANameAndAnOwnerUnit)
{
    auto check = check_system({ { "nama", "" }, { "unit", "" } });
    EXPECT_EQ(check.errors.at("nama").key, "field.required");
    EXPECT_EQ(check.errors.at("unit").key, "field.required");
    EXPECT_TRUE(check_system({ { "nama", "SIMPEG" }, { "unit", "BKPSDM" } }).ok());
}

TEST(SystemRegistryForm, TheAddressMustBeHttpOrHttps)
{
    const std::map<std::string, std::string> base = { { "nama", "SIMPEG" }, { "unit", "BKPSDM" } };
    auto with_url = [&](const std::string& url) {
        auto values = base;
        values["url"] = url;
        return check_system(values);
    };
    EXPECT_TRUE(with_url("https://simpeg.magelangkota.go.id").ok());
    EXPECT_TRUE(with_url("http://10.0.0.5/simpeg").ok());
    EXPECT_EQ(with_url("ftp://simpeg.magelangkota.go.id").errors.at("url").key, "url.invalid");
    EXPECT_EQ(with_url("javascript:alert(1)").errors.at("url").key, "url.invalid");
    EXPECT_EQ(with_url("simpeg").errors.at("url").key, "url.invalid");
}

TEST(SystemRegistryForm, ANameIsOneLine)
{
    EXPECT_FALSE(check_system({ { "nama", "SIM\nPEG" }, { "unit", "BKPSDM" } }).ok());
}

} // namespace
