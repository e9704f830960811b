// The telephone desk's rules: reading CSV as spreadsheets write it (quotes, commas
// and line breaks in quotes, BOM, CRLF) with the line each record starts on, the
// directory import that is all or nothing, the directory search, the team's test
// and the operator's call log.
#include <gtest/gtest.h>

#include "catalog/loader.hpp"
#include "domain/csv_reader.hpp"
#include "domain/telecom.hpp"

namespace {

using namespace lapis;
using namespace lapis::domain::telecom;

const domain::Date kToday{ 2026, 12, 3 };

using Fields = std::vector<std::string>;

TEST(CsvReader, ReadsQuotedFieldsWithCommasAndDoubledQuotes)
{
    auto table = domain::read_csv("a,\"b, c\",\"say \"\"halo\"\"\"\n");
    ASSERT_FALSE(table.malformed_line);
    ASSERT_EQ(table.records.size(), 1u);
    EXPECT_EQ(table.records[0].fields, (Fields{ "a", "b, c", "say \"halo\"" }));
}

TEST(CsvReader, DropsTheUtf8ByteOrderMarkAndReadsCrlfLines)
{
    auto table = domain::read_csv("\xEF\xBB\xBF"
                                  "ekstensi,nama\r\n401,Bidang Persandian\r\n");
    ASSERT_FALSE(table.malformed_line);
    ASSERT_EQ(table.records.size(), 2u);
    EXPECT_EQ(table.records[0].fields, (Fields{ "ekstensi", "nama" }));
    EXPECT_EQ(table.records[1].fields, (Fields{ "401", "Bidang Persandian" }));
}

TEST(CsvReader, KnowsTheLineEachRecordStartsOnAcrossBlankLinesAndQuotedLineBreaks)
{
    auto table = domain::read_csv("h1,h2\n\nx,\"baris\nkedua\"\ny,z");
    ASSERT_FALSE(table.malformed_line);
    ASSERT_EQ(table.records.size(), 3u);
    EXPECT_EQ(table.records[0].line, 1u);
    EXPECT_EQ(table.records[1].line, 3u);
    EXPECT_EQ(table.records[1].fields[1], "baris\nkedua");
    EXPECT_EQ(table.records[2].line, 5u);
    EXPECT_EQ(table.records[2].fields, (Fields{ "y", "z" }));
}

TEST(CsvReader, KeepsEmptyFields)
{
    auto table = domain::read_csv("401,,\n");
    ASSERT_EQ(table.records.size(), 1u);
    EXPECT_EQ(table.records[0].fields, (Fields{ "401", "", "" }));
}

TEST(CsvReader, ReportsTheLineOfAStrayQuote)
{
    auto table = domain::read_csv("a,b\n1,2\n3,\"x\"y\n");
    ASSERT_TRUE(table.malformed_line);
    EXPECT_EQ(*table.malformed_line, 3u);
}

TEST(CsvReader, ReportsTheStartLineOfAnUnterminatedQuote)
{
    auto table = domain::read_csv("a,b\n1,\"tidak ditutup\n2,3\n");
    ASSERT_TRUE(table.malformed_line);
    EXPECT_EQ(*table.malformed_line, 2u);
}

TEST(TelecomDirectory, ImportsColumnsInAnyOrderWithOptionalOnesMissing)
{
    auto result = parse_directory("Nama,EKSTENSI\r\n\"Kepala Bidang, Persandian\",400\r\n"
                                  "Operator,9\r\n");
    ASSERT_TRUE(result.errors.empty()) << result.errors.front().message.key;
    ASSERT_EQ(result.entries.size(), 2u);
    EXPECT_EQ(result.entries[0].extension, "400");
    EXPECT_EQ(result.entries[0].name, "Kepala Bidang, Persandian");
    EXPECT_EQ(result.entries[0].unit, "");
}

TEST(TelecomDirectory, RefusesTheWholeFileAndNamesEveryBadLine)
{
    auto result = parse_directory("ekstensi,nama,unit,lokasi\n"
                                  "401,Persandian,Diskominfo,Lt 2\n"
                                  "40a,Statistik,Diskominfo,Lt 2\n"
                                  "402,,Diskominfo,Lt 2\n"
                                  "403,Sekretariat,Diskominfo\n"
                                  "401,Ganda,Diskominfo,Lt 1\n");
    EXPECT_TRUE(result.entries.empty());
    ASSERT_EQ(result.errors.size(), 4u);
    EXPECT_EQ(result.errors[0].line, 3u);
    EXPECT_EQ(result.errors[0].message.key, "telecom.csv.extension_digits");
    EXPECT_EQ(result.errors[0].message.arg, "40a");
    EXPECT_EQ(result.errors[1].line, 4u);
    EXPECT_EQ(result.errors[1].message.key, "telecom.csv.name_missing");
    EXPECT_EQ(result.errors[2].line, 5u);
    EXPECT_EQ(result.errors[2].message.key, "telecom.csv.field_count");
    EXPECT_EQ(result.errors[3].line, 6u);
    EXPECT_EQ(result.errors[3].message.key, "telecom.csv.duplicate_extension");
    EXPECT_EQ(result.errors[3].message.arg, "2");
}

TEST(TelecomDirectory, RefusesUnknownOrMissingColumns)
{
    auto result = parse_directory("ekstensi,telepon\n401,x\n");
    ASSERT_EQ(result.errors.size(), 2u);
    EXPECT_EQ(result.errors[0].message.key, "telecom.csv.unknown_column");
    EXPECT_EQ(result.errors[0].line, 1u);
    EXPECT_EQ(result.errors[1].message.key, "telecom.csv.missing_column");
    EXPECT_EQ(result.errors[1].message.arg, "nama");
}

TEST(TelecomDirectory, RefusesAnEmptyFileMalformedCsvAndBrokenUtf8)
{
    EXPECT_EQ(parse_directory("ekstensi,nama\n").errors.at(0).message.key, "telecom.csv.empty");
    auto malformed = parse_directory("ekstensi,nama\n401,\"Persandian\n");
    ASSERT_EQ(malformed.errors.size(), 1u);
    EXPECT_EQ(malformed.errors[0].message.key, "telecom.csv.malformed");
    EXPECT_EQ(malformed.errors[0].line, 2u);
    EXPECT_EQ(parse_directory("ekstensi,nama\n401,Persandian \xC3\x28\n").errors.at(0).message.key,
        "telecom.csv.encoding");
}

TEST(TelecomDirectory, RefusesALineBreakInsideAName)
{
    auto result = parse_directory("ekstensi,nama\n401,\"Persan\ndian\"\n");
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_EQ(result.errors[0].message.key, "telecom.csv.control");
    EXPECT_EQ(result.errors[0].line, 2u);
}

TEST(TelecomDirectory, SearchMatchesEveryWordInAnyColumnAndExtensionPrefixes)
{
    const DirectoryEntry entry{ "401", "Bidang Persandian", "Diskominfo", "Gedung B Lt 2" };
    EXPECT_TRUE(directory_matches(entry, ""));
    EXPECT_TRUE(directory_matches(entry, "40"));
    EXPECT_FALSE(directory_matches(entry, "01"));
    EXPECT_TRUE(directory_matches(entry, "persandian  gedung"));
    EXPECT_TRUE(directory_matches(entry, "DISKOMINFO"));
    EXPECT_FALSE(directory_matches(entry, "persandian statistik"));
}

TEST(TelecomTest, AFailedTestMustSayWhatFailed)
{
    auto checked = check_test({ "gagal", " ", "2026-12-03" }, kToday);
    ASSERT_EQ(checked.errors.size(), 1u);
    EXPECT_EQ(checked.errors[0].first, "catatan_uji");
    checked = check_test({ "lulus", "", "2026-12-03" }, kToday);
    ASSERT_TRUE(checked.test);
    EXPECT_TRUE(checked.test->passed);
}

TEST(TelecomTest, RefusesAnUnknownResultAndAFutureDate)
{
    auto checked = check_test({ "mungkin", "", "2026-12-04" }, kToday);
    ASSERT_EQ(checked.errors.size(), 2u);
    EXPECT_EQ(checked.errors[0].second.key, "telecom.test.result");
    EXPECT_EQ(checked.errors[1].second.key, "telecom.date.future");
}

TEST(TelecomTicket, NeedsALocationAndADigitsOnlyExtension)
{
    EXPECT_TRUE(check_ticket({ "Gedung B, Ruang 2", "401" }).empty());
    EXPECT_TRUE(check_ticket({ "Gedung B", "" }).empty());
    auto errors = check_ticket({ "", "40-1" });
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_EQ(errors[0].first, "lokasi");
    EXPECT_EQ(errors[1].second.key, "telecom.extension.digits");
}

TEST(TelecomCalls, ReadTheOperatorsEntry)
{
    auto checked
        = check_call({ "Dinas Kesehatan", "ext 401", "2026-12-03T09:15", "ya", "" }, kToday);
    ASSERT_TRUE(checked.call);
    EXPECT_TRUE(checked.call->connected);
    EXPECT_EQ(checked.call->at.hour, 9);
    EXPECT_EQ(checked.call->at.minute, 15);
    checked = check_call({ "", "", "2026-12-03 25:00", "mungkin", "" }, kToday);
    EXPECT_EQ(checked.errors.size(), 4u);
}

TEST(TelecomCalls, ParseTheBrowsersDatetimeLocal)
{
    EXPECT_TRUE(parse_local_time("2026-12-03T09:15:30"));
    EXPECT_FALSE(parse_local_time("2026-12-03T9:15"));
    EXPECT_FALSE(parse_local_time("2026-13-03T09:15"));
    EXPECT_FALSE(parse_local_time("2026-12-03T09:60"));
}

TEST(TelecomRoles, ComeFromTheBundledCatalog)
{
    const catalog::Catalog catalog = catalog::load_bundled();
    for (const catalog::Service& service : catalog.services) {
        if (service.desk != catalog::Desk::Telecom)
            continue;
        EXPECT_EQ(operator_roles(service), (std::set<std::string>{ "operator" }));
        const catalog::Procedure& tickets = service.procedures.front();
        EXPECT_EQ(tickets.steps.at(test_step(tickets)).staff_role(), "tim-telekomunikasi");
        return;
    }
    FAIL() << "no telecom service in the bundled catalog";
}

} // namespace
