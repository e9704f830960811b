// A submitted form checked against the catalog's fields (AC-01, AC-02, AC-03, AC-07,
// AC-08, AC-11, AC-24a). Fields are built here, not loaded from a catalog file.
#include <gtest/gtest.h>

#include <algorithm>

#include "domain/form.hpp"

using namespace lapis::domain;
using lapis::catalog::Field;
using lapis::catalog::FieldType;

namespace {

constexpr Date kToday{ 2026, 12, 3 };

Field field(std::string name, FieldType type, bool required = false)
{
    Field made;
    made.name = std::move(name);
    made.label = made.name;
    made.type = type;
    made.required = required;
    return made;
}

lapis::catalog::Catalog test_catalog(bool allow_subdomains = false)
{
    lapis::catalog::Catalog catalog;
    catalog.office.official_email_domains = { "kotacontoh.go.id" };
    catalog.office.allow_email_subdomains = allow_subdomains;
    catalog.agencies
        = { { "diskominfo", "Dinas Komunikasi dan Informatika" }, { "dinkes", "Dinas Kesehatan" } };
    return catalog;
}

// The civil-servant part of the e-certificate form: the status decides whether a NIP is
// needed and which NIP shape and rank list apply.
std::vector<Field> civil_servant_fields()
{
    Field status = field("status_kepegawaian", FieldType::Choice, true);
    status.options = { { "pns", "PNS" }, { "pppk", "PPPK" }, { "non_asn", "Non-ASN" } };
    Field nip = field("nip", FieldType::Nip);
    nip.required_when = lapis::catalog::RequiredWhen{ "status_kepegawaian", { "pns", "pppk" } };
    nip.employment_field = "status_kepegawaian";
    Field pangkat = field("pangkat", FieldType::Pangkat);
    pangkat.employment_field = "status_kepegawaian";
    Field email = field("email", FieldType::Email, true);
    email.official_email = true;
    return { field("nama_lengkap", FieldType::Text, true), status, nip, pangkat, email,
        field("nik", FieldType::Nik) };
}

FormCheck check(const std::vector<Field>& fields, const FormInput& input,
    const lapis::catalog::Catalog& catalog = test_catalog())
{
    return check_form(catalog, fields, input, kToday);
}

std::string error_key(const FormCheck& checked, const std::string& name)
{
    auto found = checked.errors.find(name);
    return found == checked.errors.end() ? "" : found->second.key;
}

// What one field makes of one value.
FormCheck check_one(const Field& declared, std::string value)
{
    return check({ declared }, { { { declared.name, std::move(value) } }, {} });
}

std::size_t code_points(std::string_view text)
{
    return std::ranges::count_if(text, [](char c) { return (c & 0xC0) != 0x80; });
}

} // namespace

TEST(Form, AcceptsMononymWithRankTypedAsInLetters)
{
    FormCheck checked = check(civil_servant_fields(),
        { { { "nama_lengkap", "Sukarni" }, { "status_kepegawaian", "pns" },
              { "nip", "198503152010011002" }, { "pangkat", "Penata Muda / III-a" },
              { "email", "sukarni@kotacontoh.go.id" } },
            {} });

    EXPECT_TRUE(checked.ok());
    EXPECT_EQ(checked.values.at("nama_lengkap"), "Sukarni");
    EXPECT_EQ(checked.values.at("pangkat"), "III/a");
    EXPECT_EQ(checked.values.at("email"), "sukarni@kotacontoh.go.id");
    EXPECT_FALSE(checked.values.contains("nik"));
}

TEST(Form, KeepsApostrophesAngleBracketsQuotesAndAmpersandsByteForByte)
{
    const std::string subject = "Server <web-01> milik Dinas Syafi'i \"down\" & lambat";
    const std::string body = "12:01 <admin> restart nginx gagal";
    FormCheck checked = check(
        { field("subjek", FieldType::Text, true), field("uraian", FieldType::Textarea, true) },
        { { { "subjek", subject }, { "uraian", body } }, {} });

    EXPECT_TRUE(checked.ok());
    EXPECT_EQ(checked.values.at("subjek"), subject);
    EXPECT_EQ(checked.values.at("uraian"), body);
}

TEST(Form, KeepsEmojiAndEverythingAfterThem)
{
    const std::string subject = "Situs kelurahan diretas 😡";
    const std::string body
        = "Halaman depan diganti 🔥🔥 sejak pagi. Mohon dicek.\n" + std::string(4000, 'a');
    FormCheck checked = check(
        { field("subjek", FieldType::Text, true), field("uraian", FieldType::Textarea, true) },
        { { { "subjek", subject }, { "uraian", body } }, {} });

    EXPECT_TRUE(checked.ok());
    EXPECT_EQ(checked.values.at("subjek"), subject);
    EXPECT_EQ(code_points(checked.values.at("subjek")), 25u);
    EXPECT_EQ(checked.values.at("uraian"), body);
}

TEST(Form, CountsCodePointsNotBytesAgainstTheLimit)
{
    Field subject = field("subjek", FieldType::Text);
    subject.max_length = 25;
    EXPECT_TRUE(check_one(subject, "Situs kelurahan diretas 😡").ok());

    subject.max_length = 24;
    EXPECT_EQ(check_one(subject, "Situs kelurahan diretas 😡").errors.at("subjek"),
        (Message{ "field.too_long", "24" }));
}

TEST(Form, LimitsTextToFiveHundredAndTextareaToTwentyThousandByDefault)
{
    EXPECT_TRUE(check_one(field("t", FieldType::Text), std::string(500, 'a')).ok());
    EXPECT_EQ(check_one(field("t", FieldType::Text), std::string(501, 'a')).errors.at("t"),
        (Message{ "field.too_long", "500" }));
    EXPECT_TRUE(check_one(field("u", FieldType::Textarea), std::string(20000, 'a')).ok());
    EXPECT_EQ(error_key(check_one(field("u", FieldType::Textarea), std::string(20001, 'a')), "u"),
        "field.too_long");
}

TEST(Form, TrimsOnlyTheWhiteSpaceAroundAValue)
{
    FormCheck checked = check_one(field("t", FieldType::Text), "  Sukarni  bin  Ahmad \n");

    EXPECT_EQ(checked.values.at("t"), "Sukarni  bin  Ahmad");
}

TEST(Form, RefusesTextThatIsNotUtf8)
{
    for (const std::string& bad :
        { std::string("caf\xE9"), std::string("\xC0\xAF"), std::string("\xED\xA0\x80"),
            std::string("\xF4\x90\x80\x80"), std::string("a\xF0\x9F"), std::string("a\0b", 3) }) {
        EXPECT_EQ(error_key(check_one(field("t", FieldType::Text), bad), "t"), "text.encoding");
    }
}

TEST(Form, RefusesControlCharactersInsideASingleLineValue)
{
    Field choice = field("c", FieldType::Choice);
    choice.options = { { "a", "A" } };
    const std::vector<Field> single_line = { field("t", FieldType::Text),
        field("e", FieldType::Email), field("p", FieldType::Phone), field("u", FieldType::Url),
        field("n", FieldType::Number), field("d", FieldType::Date), choice };
    for (const Field& declared : single_line) {
        for (const std::string& bad : { std::string("a\rb"), std::string("a\nb"),
                 std::string("a\tb"), std::string("a\x01b"), std::string("a\x1B[31mb"),
                 std::string("a\x7F"
                             "b") }) {
            EXPECT_EQ(error_key(check_one(declared, bad), declared.name), "text.encoding")
                << declared.name << " " << bad;
        }
    }
}

TEST(Form, RefusesBidiControlsInASingleLineValue)
{
    for (const char* control : { "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066",
             "\u2067", "\u2068", "\u2069", "\u200E", "\u200F" }) {
        const std::string typed = std::string("laporan") + control + "fdp.exe";
        EXPECT_EQ(error_key(check_one(field("t", FieldType::Text), typed), "t"), "text.encoding")
            << typed;
    }
}

TEST(Form, KeepsLineBreaksAndTabsInATextarea)
{
    const std::string body = "Baris satu\r\n\tBaris dua\nBaris tiga \u200F";
    FormCheck checked = check_one(field("u", FieldType::Textarea), body);

    EXPECT_TRUE(checked.ok());
    EXPECT_EQ(checked.values.at("u"), body);
}

TEST(Form, RefusesOtherControlsAndBidiOverridesInATextarea)
{
    for (const std::string& bad : { std::string("a\x01b"), std::string("a\x1B[31mb"),
             std::string("a\x7F"
                         "b"),
             std::string("a\u202Eb"), std::string("a\u2066b") }) {
        EXPECT_EQ(error_key(check_one(field("u", FieldType::Textarea), bad), "u"), "text.encoding")
            << bad;
    }
}

TEST(Form, RefusesMissingRequiredValue)
{
    FormCheck checked = check(
        { field("nama_lengkap", FieldType::Text, true) }, { { { "nama_lengkap", "   " } }, {} });

    EXPECT_EQ(error_key(checked, "nama_lengkap"), "field.required");
    EXPECT_FALSE(checked.values.contains("nama_lengkap"));
}

TEST(Form, LeavesAnOptionalEmptyFieldOut)
{
    FormCheck checked = check_one(field("catatan", FieldType::Textarea), "");

    EXPECT_TRUE(checked.ok());
    EXPECT_FALSE(checked.values.contains("catatan"));
}

TEST(Form, RequiresNipWhenStatusIsPnsOrPppk)
{
    for (const char* status : { "pns", "pppk", " pns " }) {
        FormCheck checked = check(civil_servant_fields(),
            { { { "nama_lengkap", "Sukarni" }, { "status_kepegawaian", status },
                  { "email", "sukarni@kotacontoh.go.id" } },
                {} });
        EXPECT_EQ(error_key(checked, "nip"), "field.required") << status;
    }
}

TEST(Form, DoesNotRequireNipWhenStatusIsNonAsn)
{
    FormCheck checked = check(civil_servant_fields(),
        { { { "nama_lengkap", "Sukarni" }, { "status_kepegawaian", "non_asn" },
              { "email", "sukarni@kotacontoh.go.id" } },
            {} });

    EXPECT_TRUE(checked.ok());
    EXPECT_FALSE(checked.values.contains("nip"));
}

TEST(Form, RefusesFieldTheCatalogDoesNotDeclare)
{
    FormCheck checked = check({ field("subjek", FieldType::Text, true) },
        { { { "subjek", "Situs diretas" }, { "status", "selesai" } },
            { { "lampiran", { { "a.pdf", 10 } } } } });

    EXPECT_EQ(error_key(checked, "status"), "field.unknown");
    EXPECT_EQ(error_key(checked, "lampiran"), "field.unknown");
    EXPECT_FALSE(checked.values.contains("status"));
}

TEST(Form, WarnsButAcceptsWhenNipAndNikDisagree)
{
    FormCheck checked = check(civil_servant_fields(),
        { { { "nama_lengkap", "Sukarni" }, { "status_kepegawaian", "pns" },
              { "nip", "198503152010011002" }, { "email", "sukarni@kotacontoh.go.id" },
              { "nik", "3578016502900003" } },
            {} });

    EXPECT_TRUE(checked.ok());
    EXPECT_EQ(checked.values.at("nip"), "198503152010011002");
    EXPECT_EQ(checked.values.at("nik"), "3578016502900003");
    EXPECT_EQ(checked.warnings.at("nip").key, "nip_nik.mismatch_birth_sex");
}

TEST(Form, ComparesNipOnlyWithTheNikOfTheSamePerson)
{
    Field holder_nik = field("nik", FieldType::Nik, true);
    holder_nik.section = "Pemegang sertifikat";
    Field official_nip = field("pemberi_nip", FieldType::Nip, true);
    official_nip.section = "Pemberi rekomendasi";

    FormCheck checked = check({ holder_nik, official_nip },
        { { { "nik", "3578016502900003" }, { "pemberi_nip", "198503152010011002" } }, {} });

    EXPECT_TRUE(checked.ok());
    EXPECT_TRUE(checked.warnings.empty());
}

TEST(Form, StoresNipAndNikDigitsWithoutTheSeparatorsTyped)
{
    FormCheck checked = check(civil_servant_fields(),
        { { { "nama_lengkap", "Sukarni" }, { "status_kepegawaian", "pns" },
              { "nip", "19850315 201001 1 002" }, { "email", "sukarni@kotacontoh.go.id" },
              { "nik", "3578.0115.0385.0001" } },
            {} });

    EXPECT_TRUE(checked.ok());
    EXPECT_EQ(checked.values.at("nip"), "198503152010011002");
    EXPECT_EQ(checked.values.at("nik"), "3578011503850001");
    EXPECT_TRUE(checked.warnings.empty());
}

TEST(Form, ReadsTheNipShapeFromTheEmploymentField)
{
    auto with_status = [](std::string status) {
        return check(civil_servant_fields(),
            { { { "nama_lengkap", "Sukarni" }, { "status_kepegawaian", status },
                  { "nip", "199009132025242014" }, { "pangkat", "IX" },
                  { "email", "sukarni@kotacontoh.go.id" } },
                {} });
    };

    FormCheck as_pppk = with_status("pppk");
    FormCheck as_pns = with_status("pns");

    EXPECT_TRUE(as_pppk.ok());
    EXPECT_EQ(as_pppk.values.at("pangkat"), "IX");
    EXPECT_EQ(error_key(as_pns, "nip"), "nip.tmt_month");
    EXPECT_EQ(error_key(as_pns, "pangkat"), "pangkat.unknown");
}

TEST(Form, RefusesNipOfWrongLengthNamingTheField)
{
    FormCheck checked = check(civil_servant_fields(),
        { { { "nama_lengkap", "Sukarni" }, { "status_kepegawaian", "pns" }, { "nip", "130123456" },
              { "email", "sukarni@kotacontoh.go.id" } },
            {} });

    EXPECT_EQ(error_key(checked, "nip"), "nip.length");
}

TEST(Form, RefusesEmailOutsideTheOfficialDomain)
{
    FormCheck checked = check(civil_servant_fields(),
        { { { "nama_lengkap", "Sukarni" }, { "status_kepegawaian", "non_asn" },
              { "email", "sukarni@kotacontoh.go.id.penipu.com" } },
            {} });

    EXPECT_EQ(checked.errors.at("email"), (Message{ "email.domain", "kotacontoh.go.id" }));
    EXPECT_EQ(checked.values.at("nama_lengkap"), "Sukarni"); // kept for the form shown again
}

TEST(Form, AcceptsOfficialSubdomainOnlyWhenTheOfficeAllowsIt)
{
    Field email = field("email", FieldType::Email, true);
    email.official_email = true;
    FormInput input{ { { "email", "budi@diskominfo.kotacontoh.go.id" } }, {} };

    EXPECT_EQ(error_key(check({ email }, input), "email"), "email.domain");
    EXPECT_TRUE(check({ email }, input, test_catalog(true)).ok());
}

TEST(Form, AcceptsAnyDomainForAnOrdinaryEmailField)
{
    EXPECT_EQ(check_one(field("email", FieldType::Email), "Warga@Gmail.com").values.at("email"),
        "Warga@gmail.com");
}

TEST(Form, KeepsTheLeadingZeroOfAPhoneNumber)
{
    EXPECT_EQ(check_one(field("nomor_telepon", FieldType::Phone), "081234567890")
                  .values.at("nomor_telepon"),
        "081234567890");
}

TEST(Form, AcceptsOnlyAgenciesOfTheCatalog)
{
    EXPECT_EQ(check_one(field("opd", FieldType::Agency), "dinkes").values.at("opd"), "dinkes");
    EXPECT_EQ(error_key(check_one(field("opd", FieldType::Agency), "dinas_fiktif"), "opd"),
        "agency.invalid");
}

TEST(Form, AcceptsOnlyOptionCodesForAChoice)
{
    Field severity = field("tingkat", FieldType::Choice);
    severity.options = { { "rendah", "Rendah" }, { "tinggi", "Tinggi" } };

    EXPECT_EQ(check_one(severity, "tinggi").values.at("tingkat"), "tinggi");
    EXPECT_EQ(error_key(check_one(severity, "Tinggi"), "tingkat"), "choice.invalid");
}

TEST(Form, AcceptsRealCalendarDatesOnly)
{
    Field date = field("tanggal", FieldType::Date);

    EXPECT_EQ(check_one(date, "2028-02-29").values.at("tanggal"), "2028-02-29");
    for (const char* bad :
        { "2026-02-29", "2026-13-01", "2026-1-05", "03-12-2026", "2026/12/03" }) {
        EXPECT_EQ(error_key(check_one(date, bad), "tanggal"), "date.invalid") << bad;
    }
}

TEST(Form, AcceptsDatetimeAsTheBrowserSendsIt)
{
    Field when = field("waktu_kejadian", FieldType::Datetime);

    EXPECT_TRUE(check_one(when, "2026-12-03T14:05").ok());
    EXPECT_TRUE(check_one(when, "2026-12-03T14:05:59").ok());
    for (const char* bad : { "2026-12-03 14:05", "2026-12-03T24:00", "2026-12-03T14:60",
             "2026-12-03T14:05:60", "2026-02-30T10:00", "2026-12-03T1405", "2026-12-03" }) {
        EXPECT_EQ(error_key(check_one(when, bad), "waktu_kejadian"), "datetime.invalid") << bad;
    }
}

TEST(Form, AcceptsIntegersAndDecimalsWithAPoint)
{
    Field number = field("jumlah", FieldType::Number);

    for (const char* good : { "0", "42", "-7", "2.5", "0.125" }) {
        EXPECT_EQ(check_one(number, good).values.at("jumlah"), good);
    }
    for (const char* bad : { "2,5", "1e3", "1.", ".5", "-", "+3", "١٢", "12 000" }) {
        EXPECT_EQ(error_key(check_one(number, bad), "jumlah"), "number.invalid") << bad;
    }
}

TEST(Form, StoresAGivenConsentAsOne)
{
    Field consent = field("persetujuan", FieldType::Consent, true);

    for (const char* given : { "1", "on", "true", "ya", "YA" }) {
        EXPECT_EQ(check_one(consent, given).values.at("persetujuan"), "1") << given;
    }
}

TEST(Form, RefusesMissingConsentWithThePrivacyMessage)
{
    Field consent = field("persetujuan", FieldType::Consent, true);

    EXPECT_EQ(error_key(check({ consent }, {}), "persetujuan"), "consent.required");
    EXPECT_EQ(error_key(check_one(consent, "0"), "persetujuan"), "consent.required");
}

TEST(Form, RequiresAnUploadForARequiredFileField)
{
    Field scan = field("scan_ktp", FieldType::File, true);

    EXPECT_EQ(error_key(check({ scan }, {}), "scan_ktp"), "file.required");
    EXPECT_EQ(
        error_key(check({ scan }, { {}, { { "scan_ktp", {} } } }), "scan_ktp"), "file.required");
}

TEST(Form, PutsNothingInValuesForAFile)
{
    Field scan = field("scan_ktp", FieldType::File, true);
    scan.accept = { "pdf", "jpg" };

    FormCheck checked
        = check({ scan }, { { { "scan_ktp", "" } }, { { "scan_ktp", { { "ktp.JPG", 2048 } } } } });

    EXPECT_TRUE(checked.ok());
    EXPECT_TRUE(checked.values.empty());
}

TEST(Form, RefusesExtensionsOutsideTheAllowList)
{
    Field attachment = field("lampiran", FieldType::File);
    attachment.accept = { "pdf", "jpg", "jpeg", "png", "txt", "zip" };

    for (const char* name : { "surat_tugas.pdf.exe", "surat_tugas.PDF.Exe", "laporan\u202Efdp.exe",
             "skrip.exe.", "skrip.exe ", "skrip.exe. . ", "README", "pdf" }) {
        FormCheck checked = check({ attachment }, { {}, { { "lampiran", { { name, 10 } } } } });
        EXPECT_EQ(checked.errors.at("lampiran"),
            (Message{ "file.extension", "pdf, jpg, jpeg, png, txt, zip" }))
            << name;
    }
}

TEST(Form, RefusesAnEmptyFile)
{
    FormCheck checked = check({ field("lampiran", FieldType::File) },
        { {}, { { "lampiran", { { "bukti.png", 10 }, { "kosong.png", 0 } } } } });

    EXPECT_EQ(error_key(checked, "lampiran"), "file.empty");
}

TEST(Form, RequiresAFileWhenAnotherFieldAsksForIt)
{
    Field channel = field("kanal", FieldType::Choice, true);
    channel.options = { { "surat", "Surat" }, { "lisan", "Lisan" } };
    Field letter = field("surat_permohonan", FieldType::File);
    letter.required_when = lapis::catalog::RequiredWhen{ "kanal", { "surat" } };

    EXPECT_EQ(
        error_key(check({ channel, letter }, { { { "kanal", "surat" } }, {} }), "surat_permohonan"),
        "file.required");
    EXPECT_TRUE(check({ channel, letter }, { { { "kanal", "lisan" } }, {} }).ok());
}

TEST(FormRequired, FollowsTheRawValueOfTheOtherField)
{
    Field nip = field("nip", FieldType::Nip);
    nip.required_when = lapis::catalog::RequiredWhen{ "status_kepegawaian", { "pns", "pppk" } };

    EXPECT_TRUE(is_required(nip, { { "status_kepegawaian", "pppk" } }));
    EXPECT_FALSE(is_required(nip, { { "status_kepegawaian", "non_asn" } }));
    EXPECT_FALSE(is_required(nip, {}));
    EXPECT_TRUE(is_required(field("nama", FieldType::Text, true), {}));
}

TEST(FormDate, ParsesOnlyRealIsoDates)
{
    EXPECT_EQ(parse_iso_date("2024-02-29"), (Date{ 2024, 2, 29 }));
    EXPECT_EQ(parse_iso_date("2000-02-29"), (Date{ 2000, 2, 29 }));
    EXPECT_EQ(parse_iso_date("1900-02-29"), std::nullopt);
    EXPECT_EQ(parse_iso_date("2026-04-31"), std::nullopt);
    EXPECT_EQ(parse_iso_date("2026-04-3"), std::nullopt);
    EXPECT_EQ(parse_iso_date("2026-04-03 "), std::nullopt);
    EXPECT_EQ(parse_iso_date("+026-04-03"), std::nullopt);
}

namespace {

TEST(ReadableText, RefusesBytesThatAreNoUtf8AndHiddenControls)
{
    EXPECT_TRUE(lapis::domain::is_readable_text("Baris satu\nbaris dua\tdengan tab"));
    EXPECT_TRUE(lapis::domain::is_readable_text("Ma'ruf – 加"));
    EXPECT_FALSE(lapis::domain::is_readable_text("abc\xff\xfe"));
    EXPECT_FALSE(lapis::domain::is_readable_text("warna \x1b[31m"));
    EXPECT_FALSE(lapis::domain::is_readable_text("fdp\u202Eexe.pdf"));
    EXPECT_FALSE(lapis::domain::is_readable_text("isolasi \u2066x\u2069"));
}

TEST(ReadableText, LimitsCountCharactersNotBytes)
{
    EXPECT_EQ(lapis::domain::character_count("é加a"), 3u);
    EXPECT_FALSE(lapis::domain::check_entry_text(std::string(200, 'a'), 200, true, false));
}

} // namespace
