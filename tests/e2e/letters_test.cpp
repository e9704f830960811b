// Prefilled letters: the requester's download with the tracking code, the staff
// download, one document per request and template, and the public page that
// tells whether a printed letter is genuine (by its code, its SHA-256 and its QR).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <regex>
#include <sstream>

#include "client.hpp"
#include "server.hpp"

namespace lapis::e2e {
namespace {

namespace fs = std::filesystem;

// AC-36: an apostrophe, an en dash and a CJK character in the holder's data.
constexpr const char* kName = "Ma'ruf Hidayat";
constexpr const char* kPosition = "Kepala Seksi Persandian – Bidang Keamanan Informasi";
constexpr const char* kUnit = "UPT Bahasa 加";

class Letters : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        scratch = temporary_directory();
        server = std::make_unique<LapisServer>();
        verifikator
            = server->add_user("verifikator@uji.lapis", "Vera Verifikator", { "verifikator" });
        server->start();
        staff = std::make_unique<StaffClient>(*server, verifikator);
    }
    static void TearDownTestSuite()
    {
        staff.reset();
        server.reset();
        std::error_code ignored;
        fs::remove_all(scratch, ignored);
    }

    void SetUp() override
    {
        if (!server || !server->running())
            GTEST_FAIL() << "the server did not start";
    }

    static FormSample certificate_form()
    {
        FormSample form = valid_form("sertifikat-elektronik", "penerbitan");
        form.values["nama"] = kName;
        form.values["jabatan"] = kPosition;
        form.values["unit_kerja"] = kUnit;
        return form;
    }

    static Submitted submit(const FormSample& form)
    {
        Submitted sent = submit_api(*server, form);
        EXPECT_EQ(sent.status, 201) << sent.reply.body;
        return sent;
    }

    static Reply requester_letter(
        const std::string& number, const std::string& code, const std::string& letter)
    {
        return get(*server, "/lacak/" + number + "/surat/" + letter + "?kode=" + code);
    }

    // Writes `bytes` to a new file in the scratch directory.
    static std::string keep(const std::string& bytes, const std::string& extension)
    {
        static int counter = 0;
        const std::string path = scratch + "/" + std::to_string(++counter) + extension;
        std::ofstream(path, std::ios::binary) << bytes;
        return path;
    }

    // The text of a PDF as pdftotext reads it, whitespace runs made one space, so
    // a value wrapped in its cell still reads back whole.
    static std::string pdf_text(const std::string& pdf)
    {
        CommandResult text = run_command({ "/usr/bin/pdftotext", keep(pdf, ".pdf"), "-" }, "");
        EXPECT_EQ(text.exit_code, 0) << text.output;
        return std::regex_replace(text.output, std::regex(R"(\s+)"), " ");
    }

    static std::string document_code(const std::string& text)
    {
        std::smatch match;
        if (!std::regex_search(text, match, std::regex(R"(Kode dokumen: (\S+))")))
            return {};
        return match[1];
    }

    static inline std::string scratch;
    static inline std::unique_ptr<LapisServer> server;
    static inline StaffAccount verifikator;
    static inline std::unique_ptr<StaffClient> staff; // signed in once for the suite
};

::testing::AssertionResult is_pdf(const Reply& reply)
{
    if (reply.status != 200)
        return ::testing::AssertionFailure() << "status " << reply.status << ": " << reply.body;
    if (reply.header("Content-Type") != "application/pdf")
        return ::testing::AssertionFailure() << "Content-Type " << reply.header("Content-Type");
    if (reply.body.rfind("%PDF-", 0) != 0)
        return ::testing::AssertionFailure() << "the body is no PDF";
    return ::testing::AssertionSuccess();
}

TEST_F(Letters, RequesterDownloadsThePrefilledRecommendationGeneratedOnce)
{
    Submitted sent = submit(certificate_form());
    Reply first = requester_letter(sent.number, sent.code, "surat-rekomendasi");
    ASSERT_TRUE(is_pdf(first));
    EXPECT_EQ(first.header("Cache-Control"), "no-store");
    EXPECT_NE(first.header("Content-Disposition").find("attachment"), std::string::npos);

    const std::string text = pdf_text(first.body);
    for (const std::string& expected : { std::string(kName), std::string(kHolderNip),
             std::string("Penata Muda (III/a)"), std::string(kPosition), std::string(kUnit),
             std::string("Ahmad Wibowo"), std::string("800/017/Diskominfostat"), sent.number }) {
        EXPECT_NE(text.find(expected), std::string::npos)
            << "the letter lacks \"" << expected << "\": " << text;
    }
    EXPECT_EQ(text.find('?'), std::string::npos) << "a character was replaced: " << text;
    EXPECT_FALSE(document_code(text).empty()) << text;

    Reply second = requester_letter(sent.number, sent.code, "surat-rekomendasi");
    ASSERT_TRUE(is_pdf(second));
    EXPECT_EQ(second.body, first.body) << "the letter was generated a second time";
}

TEST_F(Letters, TheFormOffersTheRecommendationFilledFromWhatWasTypedBeforeSubmitting)
{
    Reply form = get(*server, "/layanan/sertifikat-elektronik/ajukan?jenis=penerbitan");
    ASSERT_EQ(form.status, 200);
    EXPECT_NE(form.body.find("formaction=\"/layanan/sertifikat-elektronik/ajukan/draf/"
                             "surat-rekomendasi\""),
        std::string::npos);

    httplib::Params typed = { { "_jenis", "penerbitan" } };
    for (const auto& [name, value] : certificate_form().values)
        typed.emplace(name, value);
    Reply draft
        = post_form(*server, "/layanan/sertifikat-elektronik/ajukan/draf/surat-rekomendasi", typed);
    ASSERT_TRUE(is_pdf(draft));
    EXPECT_EQ(draft.header("Cache-Control"), "no-store");
    const std::string text = pdf_text(draft.body);
    for (const std::string& expected : { std::string(kName), std::string(kHolderNip),
             std::string(kPosition), std::string("Ahmad Wibowo"), std::string("DRAF") }) {
        EXPECT_NE(text.find(expected), std::string::npos)
            << "the draft lacks \"" << expected << "\": " << text;
    }
    EXPECT_TRUE(document_code(text).empty()) << "a draft has no verification code: " << text;
    EXPECT_EQ(text.find("/verifikasi/"), std::string::npos) << text;
    // Nothing was stored: the staff queue is as empty of it as before.
    EXPECT_EQ(staff->get("/staf").body.find(kName), std::string::npos);
}

TEST_F(Letters, ADraftWithoutTheLettersFieldsShowsTheFormAgainWithWhatWasTyped)
{
    httplib::Params typed = { { "_jenis", "penerbitan" }, { "nama", kName } };
    Reply refused
        = post_form(*server, "/layanan/sertifikat-elektronik/ajukan/draf/surat-rekomendasi", typed);
    EXPECT_EQ(refused.status, 422);
    EXPECT_NE(refused.body.find("Draf surat belum dapat dibuat"), std::string::npos);
    EXPECT_NE(refused.body.find("value=\"" + html_escape(kName) + "\""), std::string::npos);
    EXPECT_NE(refused.body.find("aria-invalid=\"true\""), std::string::npos);

    // A template the form does not use, or an unknown one: not found.
    EXPECT_EQ(post_form(*server, "/layanan/sertifikat-elektronik/ajukan/draf/surat-permohonan",
                  { { "_jenis", "penerbitan" } })
                  .status,
        404);
    EXPECT_EQ(post_form(*server, "/layanan/sertifikat-elektronik/ajukan/draf/tidak-ada",
                  { { "_jenis", "penerbitan" } })
                  .status,
        404);
}

TEST_F(Letters, VerificationPageShowsTheRequestAndTheSha256OfThePdf)
{
    Submitted sent = submit(certificate_form());
    Reply letter = requester_letter(sent.number, sent.code, "surat-rekomendasi");
    ASSERT_TRUE(is_pdf(letter));
    const std::string code = document_code(pdf_text(letter.body));
    ASSERT_FALSE(code.empty());

    Reply page = get(*server, "/verifikasi/" + code);
    ASSERT_EQ(page.status, 200) << page.body;
    EXPECT_NE(page.body.find(sent.number), std::string::npos);
    EXPECT_NE(page.body.find(sha256_hex(letter.body)), std::string::npos)
        << "the page does not give the SHA-256 of the PDF the requester holds";
    EXPECT_EQ(page.body.find(kHolderNip), std::string::npos) << "the public page shows the NIP";
    EXPECT_EQ(page.body.find(sent.code), std::string::npos);

    std::string altered = code;
    altered.back() = altered.back() == 'a' ? 'b' : 'a';
    for (const std::string& wrong : { altered, std::string("tidak-ada"), code + "a" }) {
        SCOPED_TRACE(wrong);
        Reply unknown = get(*server, "/verifikasi/" + wrong);
        EXPECT_EQ(unknown.status, 404);
        EXPECT_EQ(unknown.body.find(sent.number), std::string::npos);
    }
}

TEST_F(Letters, QrCodeOnTheLetterLeadsToTheVerificationPage)
{
    if (!fs::exists("/usr/bin/zbarimg") || !fs::exists("/usr/bin/pdftoppm"))
        GTEST_SKIP() << "zbarimg or pdftoppm is not installed (zbar-tools, poppler-utils)";
    Submitted sent = submit(certificate_form());
    Reply letter = requester_letter(sent.number, sent.code, "surat-rekomendasi");
    ASSERT_TRUE(is_pdf(letter));
    const std::string code = document_code(pdf_text(letter.body));
    ASSERT_FALSE(code.empty());

    const std::string pdf = keep(letter.body, ".pdf");
    const std::string image = pdf.substr(0, pdf.size() - 4) + "-qr";
    CommandResult rendered = run_command({ "/usr/bin/pdftoppm", "-r", "200", "-png", "-f", "1",
                                             "-l", "1", "-singlefile", pdf, image },
        "");
    ASSERT_EQ(rendered.exit_code, 0) << rendered.output;
    CommandResult decoded = run_command({ "/usr/bin/zbarimg", "--raw", "-q", image + ".png" }, "");
    ASSERT_EQ(decoded.exit_code, 0) << "no QR code found: " << decoded.output;
    // zbarimg's stderr (e.g. a missing D-Bus) comes in the same output: one line
    // per decoded symbol is what counts.
    std::vector<std::string> symbols;
    std::istringstream lines(decoded.output);
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("http", 0) == 0)
            symbols.push_back(line);
    }
    const std::string expected
        = "http://127.0.0.1:" + std::to_string(server->port()) + "/verifikasi/" + code;
    EXPECT_EQ(symbols, std::vector<std::string>{ expected }) << decoded.output;
    EXPECT_EQ(get(*server, "/verifikasi/" + code).status, 200);
}

TEST_F(Letters, WrongTrackingCodeGetsNoLetter)
{
    Submitted sent = submit(certificate_form());
    Submitted other = submit(certificate_form());
    const std::string unknown = sent.number.substr(0, sent.number.size() - 6) + "999999";
    Reply reference = requester_letter(unknown, sent.code, "surat-rekomendasi");
    EXPECT_EQ(reference.status, 404);
    const std::vector<std::pair<std::string, std::string>> wrong
        = { { sent.number, other.code }, { sent.number, "aaaaaaaaaaaaaaaaaaaa" },
              { sent.number, "" }, { sent.number, sent.code.substr(1) } };
    for (const auto& [number, code] : wrong) {
        SCOPED_TRACE(number + " " + code);
        Reply reply = requester_letter(number, code, "surat-rekomendasi");
        EXPECT_EQ(reply.status, 404);
        EXPECT_EQ(reply.body, reference.body);
    }
}

TEST_F(Letters, VerifikatorDownloadsTheSameDocument)
{
    Submitted sent = submit(certificate_form());
    Reply first = staff->get("/staf/permohonan/" + sent.number + "/surat/surat-rekomendasi");
    ASSERT_TRUE(is_pdf(first));
    EXPECT_NE(pdf_text(first.body).find(kHolderNip), std::string::npos);
    Reply requester = requester_letter(sent.number, sent.code, "surat-rekomendasi");
    ASSERT_TRUE(is_pdf(requester));
    EXPECT_EQ(requester.body, first.body) << "staff and requester got different documents";

    Reply view = get(*server, "/staf/permohonan/" + sent.number + "/surat/surat-rekomendasi");
    EXPECT_EQ(view.status, 303) << "a letter without a session";
}

TEST_F(Letters, FacilitationLetterAndSanapatiResetFormRender)
{
    struct Case {
        FormSample form;
        std::string letter;
        std::vector<std::string> expected;
    };
    const std::vector<Case> cases = {
        { valid_form("implementasi-sertifikat-elektronik"), "surat-permohonan",
            { "SIMPEG Kota Magelang", "005/112/2025" } },
        { valid_form("email-sanapati", "reset-password"), "formulir-reset-password",
            { "198807212015032001", "Rina Wulandari", "Ahmad Wibowo" } },
    };
    for (const Case& item : cases) {
        SCOPED_TRACE(item.form.label());
        Submitted sent = submit(item.form);
        Reply letter = requester_letter(sent.number, sent.code, item.letter);
        ASSERT_TRUE(is_pdf(letter));
        const std::string text = pdf_text(letter.body);
        for (const std::string& expected : item.expected)
            EXPECT_NE(text.find(expected), std::string::npos) << expected << " in " << text;
        EXPECT_FALSE(document_code(text).empty());
    }
}

TEST_F(Letters, TemplateThatDoesNotFitTheRequestIsNotFound)
{
    Submitted revocation = submit(valid_form("sertifikat-elektronik", "pencabutan"));
    Submitted issuance = submit(certificate_form());
    const std::vector<std::pair<Submitted, std::string>> cases
        = { { revocation, "surat-rekomendasi" }, { issuance, "formulir-reset-password" },
              { issuance, "surat-permohonan" }, { issuance, "tidak-ada" } };
    for (const auto& [sent, letter] : cases) {
        SCOPED_TRACE(sent.number + " " + letter);
        EXPECT_EQ(requester_letter(sent.number, sent.code, letter).status, 404);
        EXPECT_EQ(staff->get("/staf/permohonan/" + sent.number + "/surat/" + letter).status, 404);
    }
}

} // namespace
} // namespace lapis::e2e
