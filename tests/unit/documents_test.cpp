// The generated letters, read back the way a person or a checker would: poppler's
// pdftotext for the text, pdffonts for embedding, pdfinfo for the page size, and
// pdftoppm + zbarimg for the QR code (AC-01, AC-03, AC-36).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <regex>
#include <sstream>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "catalog/loader.hpp"
#include "documents/letters.hpp"

namespace lapis::documents {
namespace {

using Fields = std::map<std::string, std::string>;

const catalog::Catalog& bundled()
{
    static const catalog::Catalog catalog = catalog::load_bundled();
    return catalog;
}

const catalog::Service& service(const std::string& id)
{
    const catalog::Service* found = bundled().find_service(id);
    if (!found)
        throw std::runtime_error("no service " + id);
    return *found;
}

constexpr const char* kVerifyUrl = "https://lapis.magelangkota.go.id/verifikasi/K7QX-M2PA-9TZD";

LetterInput input_for(const std::string& template_id, const std::string& service_id, Fields fields)
{
    LetterInput input;
    input.template_id = template_id;
    input.catalog = &bundled();
    input.service = &service(service_id);
    input.fields = std::move(fields);
    input.request_number = "LPS-2026-000123";
    input.document_code = "K7QX-M2PA-9TZD";
    input.verify_url = kVerifyUrl;
    input.date_text = "3 Desember 2026";
    return input;
}

// A holder and a recommending official as the penerbitan form stores them.
Fields recommendation_fields()
{
    return {
        { "nomor_surat_rekomendasi", "800/123/DINKES/2026" },
        { "pemberi_nama", "dr. Hendra Wijaya, M.Kes." },
        { "pemberi_status_kepegawaian", "pns" },
        { "pemberi_nip", "197001011995031001" },
        { "pemberi_pangkat", "IV/b" },
        { "pemberi_jabatan", "Kepala Dinas Kesehatan" },
        { "pemberi_instansi", "dinas-kesehatan" },
        { "pemberi_unit_kerja", "Sekretariat" },
        { "pemberi_email", "hendra.wijaya@magelangkota.go.id" },
        { "nama", "Sukarni" },
        { "status_kepegawaian", "pns" },
        { "nip", "198503152010011002" },
        { "nik", "3578016502900003" },
        { "pangkat", "III/a" },
        { "jabatan", "Pranata Komputer Ahli Pertama" },
        { "instansi", "dinas-kesehatan" },
        { "unit_kerja", "Bidang Pelayanan Kesehatan" },
        { "email", "sukarni@magelangkota.go.id" },
    };
}

Fields facilitation_fields()
{
    return {
        { "instansi", "dinas-kependudukan-dan-pencatatan-sipil" },
        { "nama", "Budi Santoso" },
        { "jabatan", "Sekretaris" },
        { "email", "budi.santoso@magelangkota.go.id" },
        { "telepon", "081234567890" },
        { "nama_aplikasi", "SIDUKCAPIL Online" },
        { "fitur", "Penandatanganan elektronik akta kelahiran dan kartu keluarga" },
        { "penandatangan_bersertifikat", "ya" },
        { "nomor_surat", "470/045/DISDUKCAPIL/2026" },
    };
}

Fields reset_password_fields()
{
    return {
        { "instansi", "kecamatan-magelang-utara" },
        { "nama", "Siti Rahmawati" },
        { "jabatan", "Pengelola Persuratan" },
        { "email", "siti.rahmawati@magelangkota.go.id" },
        { "telepon", "081298765432" },
        { "nip", "199001012015032001" },
        { "alamat", "Jl. Jend. Sudirman No. 7, Magelang" },
        { "alamat_email_sanapati", "kec.magelangutara@sanapati.go.id" },
        { "dasar_pembuatan_akun", "Surat Camat Nomor 045/12/2024 tanggal 5 Februari 2024" },
        { "alasan", "Lupa password setelah pergantian operator" },
        { "atasan_nama", "Drs. Agus Prasetyo" },
        { "atasan_jabatan", "Camat Magelang Utara" },
    };
}

struct Command {
    int status = -1;
    std::string output;
};

Command run(const std::string& command)
{
    Command result;
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    if (!pipe)
        return result;
    char buffer[4096];
    std::size_t read = 0;
    while ((read = std::fread(buffer, 1, sizeof buffer, pipe.get())) > 0)
        result.output.append(buffer, read);
    result.status = pclose(pipe.release());
    return result;
}

bool have_tool(const std::string& name)
{
    return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

// Runs of spaces and line breaks as one space: a value wrapped over two lines of
// the letter reads back as the value.
std::string collapse_whitespace(const std::string& text)
{
    std::string result;
    bool space = false;
    for (char character : text) {
        bool blank = character == ' ' || character == '\n' || character == '\r' || character == '\t'
            || character == '\f';
        if (blank) {
            space = !result.empty();
            continue;
        }
        if (space)
            result += ' ';
        space = false;
        result += character;
    }
    return result;
}

std::size_t occurrences(const std::string& text, const std::string& wanted)
{
    std::size_t count = 0;
    for (auto at = text.find(wanted); at != std::string::npos; at = text.find(wanted, at + 1))
        ++count;
    return count;
}

class DocumentLetters : public ::testing::Test {
protected:
    void SetUp() override
    {
        std::string pattern = (std::filesystem::temp_directory_path() / "lapis-docs-XXXXXX");
        ASSERT_NE(mkdtemp(pattern.data()), nullptr);
        directory_ = pattern;
        if (!have_tool("pdftotext"))
            GTEST_SKIP() << "poppler-utils (pdftotext) is not installed";
    }

    void TearDown() override
    {
        if (!directory_.empty())
            std::filesystem::remove_all(directory_);
    }

    std::string save(const Letter& letter, const std::string& name = "letter.pdf")
    {
        std::filesystem::path path = directory_ / name;
        std::ofstream(path, std::ios::binary) << letter.pdf;
        return path.string();
    }

    static std::string text_of(const std::string& path)
    {
        return run("pdftotext -layout -enc UTF-8 '" + path + "' -").output;
    }

    static int pages_of(const std::string& path)
    {
        std::smatch match;
        std::string info = run("pdfinfo '" + path + "'").output;
        if (!std::regex_search(info, match, std::regex(R"(Pages:\s+(\d+))")))
            return 0;
        return std::stoi(match[1]);
    }

    std::filesystem::path directory_;
};

TEST_F(DocumentLetters, EveryTemplateIsADocumentOfTheBundledCatalog)
{
    std::vector<std::string> templates = letter_templates();
    ASSERT_EQ(templates.size(), 3u);
    for (const std::string& id : templates) {
        bool found = false;
        for (const auto& offered : bundled().services) {
            for (const auto& document : offered.documents)
                found = found || document.id == id;
        }
        EXPECT_TRUE(found) << id;
    }
}

TEST_F(DocumentLetters, RecommendationLetterCarriesPrefilledFieldsAsExtractableText)
{
    Letter letter = render_letter(
        input_for("surat-rekomendasi", "sertifikat-elektronik", recommendation_fields()));
    std::string text = collapse_whitespace(text_of(save(letter)));

    for (const char* expected : { "PEMERINTAH KOTA MAGELANG", "DINAS KESEHATAN",
             "SURAT REKOMENDASI PERMOHONAN PENERBITAN SERTIFIKAT", "Nomor : 800/123/DINKES/2026",
             "Nama Lengkap : dr. Hendra Wijaya, M.Kes.", ": 197001011995031001",
             "Pangkat / Golongan : Pembina Tingkat I (IV/b)", "Instansi : Dinas Kesehatan",
             "Alamat Email : hendra.wijaya@magelangkota.go.id", ": 198503152010011002",
             ": 3578016502900003", "Pangkat / Golongan : Penata Muda (III/a)",
             "Jabatan : Pranata Komputer Ahli Pertama", "Unit Kerja : Bidang Pelayanan Kesehatan",
             "Alamat Email : sukarni@magelangkota.go.id", "Sistem : Tata Naskah Dinas",
             "Kegunaan : Tanda Tangan Elektronik", "Magelang, 3 Desember 2026",
             "KEPALA DINAS KESEHATAN", "NIP. 197001011995031001" }) {
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\nin: " << text;
    }
    EXPECT_TRUE(letter.missing_glyphs.empty());
}

TEST_F(DocumentLetters, MononymNameIsPrintedOnceWithNothingAppended)
{
    Letter letter = render_letter(
        input_for("surat-rekomendasi", "sertifikat-elektronik", recommendation_fields()));
    std::string text = text_of(save(letter));

    EXPECT_EQ(occurrences(text, "Sukarni"), 1u); // the e-mail address is lower case
    EXPECT_EQ(occurrences(text, "Sukarni Sukarni"), 0u);
    std::regex name_line(R"(Nama Lengkap\s+:\s+Sukarni\n)");
    EXPECT_TRUE(std::regex_search(text, name_line)) << text;
    EXPECT_EQ(text.find("null"), std::string::npos);
}

TEST_F(DocumentLetters, NonLatinAndTypographicCharactersReadBackExactly)
{
    Fields fields = recommendation_fields();
    fields["nama"] = "Ma'ruf Hidayat";
    fields["jabatan"] = "Kepala Seksi Persandian – Bidang Keamanan Informasi";
    fields["unit_kerja"] = "UPT Bahasa 加";
    // The form has no note field: the note travels in a free-text field the letter prints.
    fields["pemberi_unit_kerja"] = "Catatan: “sesuai Perwal No. 12/2025” ✓";
    Letter letter = render_letter(input_for("surat-rekomendasi", "sertifikat-elektronik", fields));
    std::string text = collapse_whitespace(text_of(save(letter)));

    for (const char* expected :
        { "Nama Lengkap : Ma'ruf Hidayat",
            "Jabatan : Kepala Seksi Persandian – Bidang Keamanan Informasi",
            "Unit Kerja : UPT Bahasa 加", "Unit Kerja : Catatan: “sesuai Perwal No. 12/2025” ✓" }) {
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\nin: " << text;
    }
    EXPECT_EQ(text.find('?'), std::string::npos) << text;
    EXPECT_TRUE(letter.missing_glyphs.empty())
        << "a font is missing (fonts-dejavu-core, fonts-wqy-microhei): "
        << letter.missing_glyphs.front();
}

TEST_F(DocumentLetters, ValuesAreNeverReadAsMarkup)
{
    Fields fields = facilitation_fields();
    fields["nama_aplikasi"] = "Server <web-01> milik Dinas Syafi'i \"down\" & lambat";
    Letter letter = render_letter(
        input_for("surat-permohonan", "implementasi-sertifikat-elektronik", fields));
    std::string text = collapse_whitespace(text_of(save(letter)));

    EXPECT_NE(text.find("Server <web-01> milik Dinas Syafi'i \"down\" & lambat"), std::string::npos)
        << text;
    EXPECT_EQ(text.find("&amp;"), std::string::npos);
}

TEST_F(DocumentLetters, FacilitationLetterCarriesAddresseeApplicationAndCopy)
{
    Letter letter = render_letter(
        input_for("surat-permohonan", "implementasi-sertifikat-elektronik", facilitation_fields()));
    std::string text = collapse_whitespace(text_of(save(letter)));

    for (const char* expected :
        { "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "Magelang, 3 Desember 2026",
            "Nomor : 470/045/DISDUKCAPIL/2026", "Sifat : Segera", "Lampiran : 1 (satu) lembar",
            "Kepada", "Yth. Kepala Dinas Komunikasi", "Informatika dan Statistik Kota", "di-",
            "MAGELANG", "layanan, Dinas Kependudukan dan Pencatatan Sipil akan menerapkan",
            "Nama aplikasi : SIDUKCAPIL Online",
            "Fitur : Penandatanganan elektronik akta kelahiran dan kartu keluarga",
            "mohon bantuan fasilitasi", "KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
            "Tembusan:", "Sekretaris Daerah Kota Magelang (sebagai laporan)." }) {
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\nin: " << text;
    }
}

TEST_F(DocumentLetters, SanapatiFormCarriesTheRequesterPartAndTheOfficeRows)
{
    Letter letter = render_letter(
        input_for("formulir-reset-password", "email-sanapati", reset_password_fields()));
    std::string path = save(letter);
    std::string text = collapse_whitespace(text_of(path));

    for (const char* expected :
        { "DINAS KOMUNIKASI INFORMATIKA DAN STATISTIK", "BIDANG STATISTIK DAN PERSANDIAN",
            "Formulir Permohonan Reset Password Akun Sanapati", "INFORMASI PEMOHON RESET PASSWORD",
            "Dasar Pembuatan Akun : Surat Camat Nomor 045/12/2024 tanggal 5 Februari 2024",
            "Nama Lengkap : Siti Rahmawati", "NIP : 199001012015032001",
            "Jabatan : Pengelola Persuratan", "Instansi : Kecamatan Magelang Utara",
            "Alamat : Jl. Jend. Sudirman No. 7, Magelang", "No. HP : 081298765432",
            "Alasan : Lupa password setelah pergantian operator", "Drs. Agus Prasetyo",
            "Camat Magelang Utara", "Alamat Email : kec.magelangutara@sanapati.go.id",
            "PERSETUJUAN", "Terima Tanggal", "Diproses tanggal", "Aktivasi Tanggal",
            "ID Registrasi", "Petugas Piket 1 Layanan", "Petugas Piket 2 Layanan", "Sanapati,",
            "Menyetujui,", "Tim Helpdesk" }) {
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\nin: " << text;
    }
    EXPECT_EQ(pages_of(path), 1);
}

TEST_F(DocumentLetters, FontsAreEmbeddedAsSubsets)
{
    Letter letter = render_letter(
        input_for("surat-rekomendasi", "sertifikat-elektronik", recommendation_fields()));
    std::istringstream fonts(run("pdffonts '" + save(letter) + "'").output);
    std::string line;
    std::getline(fonts, line); // column names
    std::getline(fonts, line); // dashes
    int listed = 0;
    while (std::getline(fonts, line)) {
        std::istringstream columns(line);
        std::vector<std::string> words;
        for (std::string word; columns >> word;)
            words.push_back(word);
        ASSERT_GE(words.size(), 6u) << line;
        // Read from the right: emb sub uni object-number generation.
        const std::size_t count = words.size();
        EXPECT_EQ(words[count - 5], "yes") << "not embedded: " << line;
        EXPECT_EQ(words[count - 4], "yes") << "not a subset: " << line;
        EXPECT_EQ(words[count - 3], "yes") << "no ToUnicode map: " << line;
        ++listed;
    }
    EXPECT_GT(listed, 0);
}

TEST_F(DocumentLetters, PagesAreA4)
{
    for (const auto& [template_id, service_id, fields] :
        { std::tuple{ "surat-rekomendasi", "sertifikat-elektronik", recommendation_fields() },
            std::tuple{
                "surat-permohonan", "implementasi-sertifikat-elektronik", facilitation_fields() },
            std::tuple{ "formulir-reset-password", "email-sanapati", reset_password_fields() } }) {
        Letter letter = render_letter(input_for(template_id, service_id, fields));
        std::string info = run("pdfinfo '" + save(letter) + "'").output;
        std::regex a4(R"(Page size:\s+595\.28 x 841\.89 pts \(A4\))");
        EXPECT_TRUE(std::regex_search(info, a4)) << template_id << "\n" << info;
    }
}

TEST_F(DocumentLetters, QrCodeDecodesToTheVerificationLink)
{
    if (!have_tool("zbarimg") || !have_tool("pdftoppm"))
        GTEST_SKIP() << "zbar-tools or pdftoppm is not installed";
    Letter letter = render_letter(
        input_for("surat-rekomendasi", "sertifikat-elektronik", recommendation_fields()));
    std::string path = save(letter);
    std::string image = (directory_ / "page").string();
    ASSERT_EQ(
        run("pdftoppm -r 200 -png -f 1 -l 1 -singlefile '" + path + "' '" + image + "'").status, 0);
    Command scan = run("zbarimg --raw -q '" + image + ".png' 2>/dev/null");
    ASSERT_EQ(scan.status, 0) << "no QR code found on page 1";
    EXPECT_EQ(scan.output, std::string(kVerifyUrl) + "\n");
}

TEST_F(DocumentLetters, ValueTooLongForOnePageFlowsOntoASecondPage)
{
    // 250 words of 11 characters, spaces between and a full stop: 3,000 characters.
    std::vector<std::string> words;
    std::string jabatan;
    for (int index = 1; index <= 250; ++index) {
        char word[16];
        std::snprintf(word, sizeof word, "jabatan%04d", index);
        words.emplace_back(word);
        jabatan += (index > 1 ? " " : "") + words.back();
    }
    jabatan += ".";
    ASSERT_EQ(jabatan.size(), 3000u);
    Fields fields = recommendation_fields();
    fields["jabatan"] = jabatan;
    Letter letter = render_letter(input_for("surat-rekomendasi", "sertifikat-elektronik", fields));
    std::string path = save(letter);
    std::string text = text_of(path);

    int pages = pages_of(path);
    ASSERT_GE(pages, 2);
    // Every word, in order, with nothing cut at a page break.
    std::string collapsed = collapse_whitespace(text);
    std::size_t from = 0;
    for (const std::string& word : words) {
        auto at = collapsed.find(word, from);
        ASSERT_NE(at, std::string::npos) << "missing or out of order: " << word;
        from = at + word.size();
    }
    for (int page = 1; page <= pages; ++page) {
        std::string footer = "Halaman " + std::to_string(page) + " dari " + std::to_string(pages);
        EXPECT_NE(text.find(footer), std::string::npos) << footer;
    }
    EXPECT_EQ(occurrences(text, std::string("Periksa keaslian: ") + kVerifyUrl),
        static_cast<std::size_t>(pages));
    EXPECT_EQ(
        occurrences(text, "Nomor permohonan: LPS-2026-000123"), static_cast<std::size_t>(pages));
}

TEST_F(DocumentLetters, EmojiIsKeptVisibleOrReportedNeverDropped)
{
    Fields fields = reset_password_fields();
    // AC-03: the emoji, then a 4,000-character paragraph that must all still be there.
    std::string paragraph;
    for (int index = 1; paragraph.size() < 4000; ++index)
        paragraph += " kalimat" + std::to_string(index);
    fields["alasan"] = "Situs kelurahan diretas 😡 Halaman depan diganti 🔥🔥 sejak pagi. "
                       "Mohon dicek."
        + paragraph + " AKHIR.";
    Letter letter = render_letter(input_for("formulir-reset-password", "email-sanapati", fields));
    std::string text = collapse_whitespace(text_of(save(letter)));

    EXPECT_NE(text.find("Situs kelurahan diretas"), std::string::npos) << text;
    EXPECT_NE(text.find("sejak pagi. Mohon dicek. kalimat1 kalimat2"), std::string::npos) << text;
    EXPECT_NE(
        text.find(paragraph.substr(paragraph.rfind(" kalimat")) + " AKHIR."), std::string::npos)
        << text;
    // Each emoji is drawn from a font (and extracted), or drawn as a box showing its
    // code (pango prints the hex digits in it) and reported for the log.
    const std::vector<std::tuple<std::string, std::string, std::string>> emoji{
        { "😡", "😡 (U+1F621)", "621" },
        { "🔥", "🔥 (U+1F525)", "525" },
    };
    for (const auto& [character, report, hex_tail] : emoji) {
        bool drawn = text.find(character) != std::string::npos;
        bool reported
            = std::find(letter.missing_glyphs.begin(), letter.missing_glyphs.end(), report)
            != letter.missing_glyphs.end();
        EXPECT_TRUE(drawn || reported) << character;
        if (reported)
            EXPECT_NE(text.find(hex_tail), std::string::npos) << "no visible box for " << report;
    }
}

// The web server renders on its worker threads; pango keeps a font map per thread.
TEST_F(DocumentLetters, LettersRenderOnSeveralThreadsAtOnce)
{
    std::vector<Letter> letters(4);
    std::vector<std::thread> workers;
    for (auto& letter : letters) {
        workers.emplace_back([&letter] {
            letter = render_letter(
                input_for("surat-rekomendasi", "sertifikat-elektronik", recommendation_fields()));
        });
    }
    for (auto& worker : workers)
        worker.join();
    for (std::size_t index = 0; index < letters.size(); ++index) {
        std::string text = text_of(save(letters[index], "letter" + std::to_string(index) + ".pdf"));
        EXPECT_NE(text.find("Sukarni"), std::string::npos) << index;
        EXPECT_TRUE(letters[index].missing_glyphs.empty()) << index;
    }
}

TEST_F(DocumentLetters, UnknownTemplateIsRefused)
{
    EXPECT_THROW(render_letter(input_for("surat-cinta", "sertifikat-elektronik", {})),
        std::invalid_argument);
    // A known template asked of a service that does not hold it.
    EXPECT_THROW(
        render_letter(input_for("surat-rekomendasi", "email-sanapati", {})), std::invalid_argument);
    LetterInput without_catalog
        = input_for("surat-rekomendasi", "sertifikat-elektronik", recommendation_fields());
    without_catalog.catalog = nullptr;
    EXPECT_THROW(render_letter(without_catalog), std::invalid_argument);
}

TEST_F(DocumentLetters, EmptyBlanksPrintADottedLineToFillInByHand)
{
    Fields fields = recommendation_fields();
    fields.erase("nomor_surat_rekomendasi");
    Letter letter = render_letter(input_for("surat-rekomendasi", "sertifikat-elektronik", fields));
    std::string text = collapse_whitespace(text_of(save(letter)));

    EXPECT_NE(text.find("Nomor : ....."), std::string::npos) << text;
    EXPECT_NE(text.find("Pembina Tingkat I (IV/b)"), std::string::npos) << text;
    // The official's NIK: the template has the blank, the form does not ask for it.
    EXPECT_TRUE(std::regex_search(text, std::regex(R"(N ?I ?K : \.{10})"))) << text;
}

} // namespace
} // namespace lapis::documents
