// Submitting requests through the HTML form and the API: every form accepted,
// every validation rule refused with nothing stored, text kept byte for byte,
// and one request per submission however often it arrives.
#include <gtest/gtest.h>

#include <algorithm>
#include <future>
#include <memory>
#include <regex>
#include <set>

#include "client.hpp"
#include "server.hpp"

namespace lapis::e2e {
namespace {

using nlohmann::json;

class Intake : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        server = std::make_unique<LapisServer>();
        helpdesk = server->add_user("helpdesk@uji.lapis", "Hana Helpdesk", { "helpdesk" });
        verifikator
            = server->add_user("verifikator@uji.lapis", "Vera Verifikator", { "verifikator" });
        // Reads stored values back through the staff API, identity numbers included.
        server->add_user("pemeriksa@uji.lapis", "Pemeriksa Uji",
            { "verifikator", "helpdesk", "csirt", "tim-pendamping", "tim-penilai",
                "tim-kategorisasi", "tim-literasi", "tim-telekomunikasi", "petugas-sanapati" });
        reader_token = server->add_token("pemeriksa@uji.lapis");
        server->start();
    }
    static void TearDownTestSuite() { server.reset(); }

    void SetUp() override
    {
        if (!server || !server->running())
            GTEST_FAIL() << "the server did not start";
    }

    // Files a small valid request; its sequence number tells how many requests the
    // server has stored in this year.
    static long stored_sequence()
    {
        Submitted probe = submit_api(*server, valid_form("kategorisasi-sistem-elektronik"));
        EXPECT_EQ(probe.status, 201) << probe.reply.body;
        return probe.status == 201 ? sequence_of(probe.number) : -1;
    }

    static json stored_fields(const Submitted& submitted)
    {
        auto client = server->client();
        auto reply = client->Get(("/api/v1/requests/" + submitted.number).c_str(),
            { { "Authorization", "Bearer " + reader_token } });
        EXPECT_TRUE(reply && reply->status == 200) << (reply ? reply->body : "no reply");
        return reply && reply->status == 200 ? json::parse(reply->body)["fields"] : json();
    }

    static inline std::unique_ptr<LapisServer> server;
    static inline StaffAccount helpdesk;
    static inline StaffAccount verifikator;
    static inline std::string reader_token;
};

// The message texts are the lead's to word; a message must be a sentence, not its key.
::testing::AssertionResult is_indonesian_message(
    const std::string& text, const std::string& fragment)
{
    if (std::regex_match(text, std::regex(R"([a-z_]+\.[a-z_.]+)")))
        return ::testing::AssertionFailure() << "a raw message key: " << text;
    if (text.find(fragment) == std::string::npos)
        return ::testing::AssertionFailure() << "'" << text << "' lacks '" << fragment << "'";
    return ::testing::AssertionSuccess();
}

struct Refusal {
    std::string what;
    FormSample form;
    std::string field; // the field the 422 names
    std::string fragment; // a piece of the Indonesian message
};

FormSample with(FormSample form, const std::map<std::string, std::string>& changes)
{
    for (const auto& [name, value] : changes)
        form.values[name] = value;
    return form;
}

FormSample without(FormSample form, const std::vector<std::string>& names)
{
    for (const std::string& name : names)
        form.values.erase(name);
    return form;
}

FormSample certificate()
{
    return valid_form("sertifikat-elektronik", "penerbitan");
}

// Refused through the API: 422 naming the field; returns the message.
std::string expect_api_refusal(const LapisServer& server, const Refusal& refusal)
{
    Submitted sent = submit_api(server, refusal.form);
    EXPECT_EQ(sent.status, 422) << sent.reply.body;
    if (sent.status != 422)
        return {};
    json errors = sent.reply.json()["errors"];
    EXPECT_TRUE(errors.contains(refusal.field)) << errors;
    std::string message = errors.value(refusal.field, "");
    EXPECT_TRUE(is_indonesian_message(message, refusal.fragment));
    return message;
}

// Refused through the form page: 422, the message at the field or in the list of
// problems, and every other value the person typed still in the form.
void expect_form_refusal(
    const LapisServer& server, const Refusal& refusal, const std::string& message)
{
    Submitted sent = submit_html(server, refusal.form);
    ASSERT_EQ(sent.status, 422) << sent.location;
    const std::string& page = sent.reply.body;
    const std::string at_field = between(page, "name=\"" + refusal.field + "\"", "</div>");
    const std::string error = "<small class=\"error\">" + html_escape(message) + "</small>";
    const bool named = at_field.find(error) != std::string::npos
        || page.find(html_escape(refusal.field) + ": " + html_escape(message)) != std::string::npos;
    EXPECT_TRUE(named) << "the page does not name " << refusal.field << " with '" << message << "'";
    for (const auto& [name, value] : refusal.form.values) {
        if (name != refusal.field && page.find("id=\"f-" + name + "\"") != std::string::npos) {
            EXPECT_TRUE(keeps_value(page, name, value));
        }
    }
}

TEST_F(Intake, AcceptsOneValidRequestForEveryServiceAndKind)
{
    const std::vector<FormSample> forms = valid_forms();
    ASSERT_EQ(forms.size(), 15u); // 4 + 1 + 1 + 2 + 2 + 3 + 1 + 1
    long previous = stored_sequence();
    for (std::size_t i = 0; i < forms.size(); ++i) {
        const FormSample& form = forms[i];
        SCOPED_TRACE(form.label());
        const int year = office_year();
        Submitted sent;
        if (i % 2 == 0) {
            sent = submit_html(*server, form);
            ASSERT_EQ(sent.status, 303) << sent.reply.body;
            EXPECT_TRUE(std::regex_match(
                sent.location, std::regex(R"(/lacak/LPS-\d{4}-\d{6}\?kode=[a-z2-7]{20}&baru=1)")))
                << sent.location;
            Reply receipt = get(*server, sent.location);
            ASSERT_EQ(receipt.status, 200);
            EXPECT_NE(receipt.body.find("<strong class=\"number\">" + sent.number + "</strong>"),
                std::string::npos);
            EXPECT_NE(receipt.body.find("<code>" + sent.code + "</code>"), std::string::npos);
            EXPECT_EQ(receipt.header("Cache-Control"), "no-store");
        } else {
            sent = submit_api(*server, form);
            ASSERT_EQ(sent.status, 201) << sent.reply.body;
            json body = sent.reply.json();
            EXPECT_EQ(body["status"], "berjalan");
            EXPECT_EQ(body["step"], "2");
            EXPECT_TRUE(std::regex_match(sent.code, std::regex("[a-z2-7]{20}"))) << sent.code;
            EXPECT_TRUE(body["warnings"].empty()) << body["warnings"];
        }
        EXPECT_TRUE(is_request_number(sent.number, year));
        EXPECT_EQ(sequence_of(sent.number), ++previous) << "numbers are not consecutive";

        Reply view = track_api(*server, sent.number, sent.code);
        ASSERT_EQ(view.status, 200) << view.body;
        json request = view.json();
        EXPECT_EQ(request["service"], form.service);
        EXPECT_EQ(request["kind"], form.kind.empty() ? json() : json(form.kind));
        EXPECT_EQ(request["status"], "berjalan");
        EXPECT_EQ(request["step"], "2");
        // The tracking view leaves out identity numbers and scans; staff read them all.
        for (const char* hidden : { "nip", "nik", "ktp", "kartu_identitas" })
            EXPECT_FALSE(request["fields"].contains(hidden)) << hidden;
        const json staff_fields = stored_fields(sent);
        std::set<std::string> stored;
        for (const auto& [name, value] : staff_fields.items())
            stored.insert(name);
        std::set<std::string> sent_names;
        for (const auto& [name, value] : form.values)
            sent_names.insert(name);
        EXPECT_EQ(stored, sent_names) << "a value was lost or added";
    }
}

TEST_F(Intake, RefusesEveryValidationRuleAndStoresNothing)
{
    const FormSample gangguan = valid_form("jaringan-komunikasi", "gangguan");
    const FormSample penyediaan = valid_form("jaringan-komunikasi", "penyediaan");
    const FormSample penilaian = valid_form("penilaian-kerentanan");
    const FormSample literasi = valid_form("literasi-keamanan-informasi");
    const FormSample insiden = valid_form("pelaporan-insiden", "insiden");
    FormSample wrong_extension = certificate();
    wrong_extension.set_file(png_file("ktp", "ktp.pdf.exe"));
    FormSample empty_file = certificate();
    empty_file.set_file({ "ktp", "ktp.png", "image/png", "" });
    FormSample missing_file = certificate();
    missing_file.remove_file("ktp");

    const std::vector<Refusal> refusals = {
        { "required missing", without(certificate(), { "nama" }), "nama", "Wajib" },
        { "NIP required for a PNS", without(certificate(), { "nip" }), "nip", "Wajib" },
        { "agency required for Perangkat Daerah staff", without(insiden, { "instansi" }),
            "instansi", "Wajib" },
        { "date required for a seminar", without(literasi, { "tanggal" }), "tanggal", "Wajib" },
        { "NIP of 17 digits", with(certificate(), { { "nip", "19850315201001100" } }), "nip",
            "18 digit" },
        { "NIP with a letter", with(certificate(), { { "nip", "19850315201001100A" } }), "nip",
            "18 digit" },
        { "NIP appointment month 13", with(certificate(), { { "nip", "198503152010131002" } }),
            "nip", "bulan" },
        { "NIP sex digit 3", with(certificate(), { { "nip", "198503152010013002" } }), "nip",
            "jenis kelamin" },
        { "PPPK-shaped NIP for a PNS", with(certificate(), { { "nip", "198503152021211001" } }),
            "nip", "bulan" },
        { "NIK of 15 digits", with(certificate(), { { "nik", "337101150385000" } }), "nik",
            "16 digit" },
        { "NIK province 00", with(certificate(), { { "nik", "0071011503850001" } }), "nik",
            "provinsi" },
        { "NIK day 35", with(certificate(), { { "nik", "3371013503850001" } }), "nik",
            "tanggal lahir" },
        { "unknown pangkat", with(certificate(), { { "pangkat", "III/z" } }), "pangkat",
            "Pangkat/golongan" },
        { "PPPK golongan for a PNS", with(certificate(), { { "pangkat", "IX" } }), "pangkat",
            "Pangkat/golongan" },
        { "phone with letters", with(certificate(), { { "telepon", "0812-ABC-7890" } }), "telepon",
            "Nomor telepon" },
        { "phone too short", with(gangguan, { { "telepon", "1234" } }), "telepon",
            "Nomor telepon" },
        { "URL without a web scheme",
            with(valid_form("implementasi-sertifikat-elektronik"),
                { { "url_aplikasi", "javascript:alert(1)" } }),
            "url_aplikasi", "http" },
        { "URL with a space",
            with(penilaian, { { "url_sistem", "https://portal perizinan.go.id" } }), "url_sistem",
            "http" },
        { "date 30 February", with(penilaian, { { "jadwal_diharapkan", "2025-02-30" } }),
            "jadwal_diharapkan", "Tanggal" },
        { "date day first", with(penilaian, { { "jadwal_diharapkan", "01/07/2025" } }),
            "jadwal_diharapkan", "Tanggal" },
        { "datetime hour 24", with(gangguan, { { "sejak", "2025-05-12T24:00" } }), "sejak",
            "Tanggal dan jam" },
        { "datetime without T", with(gangguan, { { "sejak", "2025-05-12 08:15" } }), "sejak",
            "Tanggal dan jam" },
        { "number with a decimal comma", with(penyediaan, { { "jumlah_pesawat", "2,5" } }),
            "jumlah_pesawat", "angka" },
        { "choice not in options", with(gangguan, { { "jenis_gangguan", "meledak" } }),
            "jenis_gangguan", "Pilihan" },
        { "agency not in the list", with(gangguan, { { "instansi", "dinas-rahasia" } }), "instansi",
            "Perangkat daerah" },
        { "consent missing", without(certificate(), { "persetujuan_privasi" }),
            "persetujuan_privasi", "menyetujui" },
        { "consent refused", with(certificate(), { { "persetujuan_privasi", "tidak" } }),
            "persetujuan_privasi", "menyetujui" },
        { "file with a disguised extension", wrong_extension, "ktp", "Jenis berkas" },
        { "empty file", empty_file, "ktp", "kosong" },
        { "required file missing", missing_file, "ktp", "Wajib" },
        { "name too long", with(gangguan, { { "nama", std::string(201, 'a') } }), "nama",
            "paling banyak 200" },
        { "unknown field status=selesai (AC-24a)", with(insiden, { { "status", "selesai" } }),
            "status", "tidak dikenal" },
    };

    long previous = stored_sequence();
    for (const Refusal& refusal : refusals) {
        SCOPED_TRACE(refusal.what);
        std::string message = expect_api_refusal(*server, refusal);
        if (!message.empty())
            expect_form_refusal(*server, refusal, message);
        const long next = stored_sequence();
        EXPECT_EQ(next, previous + 1) << "a refused request was stored";
        previous = next;
    }
}

TEST_F(Intake, RefusesAJsonNumberForANip)
{
    const long before = stored_sequence();
    json body = api_body(valid_form("email-sanapati", "reset-password"));
    body["fields"]["nip"] = 198807212015032001LL;
    Reply refused = post_json(*server, "/api/v1/requests", body);
    ASSERT_EQ(refused.status, 422) << refused.body;
    EXPECT_TRUE(refused.json()["errors"].contains("nip")) << refused.body;
    EXPECT_EQ(stored_sequence(), before + 1);
}

TEST_F(Intake, ApiRefusesMalformedBodiesUnknownKeysAndUnknownForms)
{
    const long before = stored_sequence();
    const json valid = api_body(valid_form("kategorisasi-sistem-elektronik"));
    json extra_key = valid;
    extra_key["status"] = "selesai";
    Reply refused = post_json(*server, "/api/v1/requests", extra_key);
    EXPECT_EQ(refused.status, 422) << refused.body;
    EXPECT_TRUE(refused.json()["errors"].contains("_request")) << refused.body;

    json unknown_service = valid;
    unknown_service["service"] = "tidak-ada";
    EXPECT_EQ(post_json(*server, "/api/v1/requests", unknown_service).status, 422);
    json kind_without_kinds = valid;
    kind_without_kinds["kind"] = "penerbitan";
    EXPECT_EQ(post_json(*server, "/api/v1/requests", kind_without_kinds).status, 422);
    json missing_kind = api_body(valid_form("pelaporan-insiden", "insiden"));
    missing_kind.erase("kind");
    EXPECT_EQ(post_json(*server, "/api/v1/requests", missing_kind).status, 422);
    json fields_as_list = valid;
    fields_as_list["fields"] = json::array();
    EXPECT_EQ(post_json(*server, "/api/v1/requests", fields_as_list).status, 422);

    auto raw = [&](const std::string& body, const std::string& type) {
        auto result = server->client()->Post("/api/v1/requests", body, type.c_str());
        return result ? result->status : 0;
    };
    EXPECT_EQ(raw("{\"service\": ", "application/json"), 400);
    EXPECT_EQ(raw(valid.dump(), "text/plain"), 415);
    EXPECT_EQ(stored_sequence(), before + 1);
}

TEST_F(Intake, BrowserFormWithAnEmptyOptionalFileInputIsAccepted)
{
    // What a browser sends for a file input left empty: a part with filename="".
    const FormSample form = valid_form("sertifikat-elektronik", "pencabutan");
    const std::string boundary = "----lapisE2eBoundary7MA4YWxkTrZu0gW";
    std::string body;
    auto part = [&](const std::string& disposition, const std::string& content) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; " + disposition + "\r\n";
        if (disposition.find("filename") != std::string::npos)
            body += "Content-Type: application/octet-stream\r\n";
        body += "\r\n" + content + "\r\n";
    };
    const BrowserCsrf csrf = browser_csrf(*server);
    part("name=\"_csrf\"", csrf.token);
    part("name=\"_submission\"", unique_key("browser"));
    part("name=\"_jenis\"", form.kind);
    for (const auto& [name, value] : form.values)
        part("name=\"" + name + "\"", value);
    part("name=\"surat_pendukung\"; filename=\"\"", "");
    body += "--" + boundary + "--\r\n";
    auto result = server->client()->Post("/layanan/sertifikat-elektronik/ajukan",
        { { "Cookie", csrf.cookie } }, body, ("multipart/form-data; boundary=" + boundary).c_str());
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 303) << result->body;
}

TEST_F(Intake, ApiTakesConsentAsABoolean)
{
    // docs/api.md: field values are strings, a consent may be true.
    const long before = stored_sequence();
    json body = api_body(valid_form("pelaporan-insiden", "insiden"));
    body["fields"]["persetujuan_privasi"] = false;
    httplib::MultipartFormDataItems items = { { "request", body.dump(), "", "application/json" } };
    for (const FileSample& file : valid_form("pelaporan-insiden", "insiden").files)
        items.push_back({ file.field, file.bytes, file.filename, file.content_type });
    Reply refused = post_multipart(*server, "/api/v1/requests", items);
    EXPECT_EQ(refused.status, 422) << refused.body;
    EXPECT_TRUE(refused.json()["errors"].contains("persetujuan_privasi")) << refused.body;
    body["fields"]["persetujuan_privasi"] = true;
    items[0].content = body.dump();
    Reply accepted = post_multipart(*server, "/api/v1/requests", items);
    EXPECT_EQ(accepted.status, 201) << accepted.body;
    EXPECT_EQ(stored_sequence(), before + 2);
}

TEST_F(Intake, AcceptsWhatTheRulesAllowAndStoresItNormalised)
{
    FormSample other_party = without(certificate(), { "nip", "pangkat" });
    other_party.values["status_kepegawaian"] = "pihak-lain";
    FormSample pppk = with(certificate(),
        { { "status_kepegawaian", "pppk" }, { "nip", "198503152021211001" }, { "pangkat", "IX" } });
    FormSample woman = without(other_party, {});
    woman.values["nik"] = "3371015503850001"; // day 15 + 40
    FormSample typed = with(certificate(),
        { { "pangkat", "Penata Muda / III-a" }, { "nip", "19850315 201001 1 002" },
            { "nik", "3371.0115.0385.0001" } });
    FormSample publication = without(
        with(valid_form("literasi-keamanan-informasi"), { { "jenis_kegiatan", "publikasi" } }),
        { "tanggal", "tempat", "jumlah_peserta" });

    struct Accepted {
        std::string what;
        FormSample form;
        std::map<std::string, std::string> stored;
    };
    const std::vector<Accepted> accepted = {
        { "NIP not required for pihak lain", other_party,
            { { "status_kepegawaian", "pihak-lain" } } },
        { "PPPK number and golongan", pppk,
            { { "nip", "198503152021211001" }, { "pangkat", "IX" } } },
        { "NIK of a woman: day + 40", woman, { { "nik", "3371015503850001" } } },
        { "pangkat typed with its title (AC-01)", typed,
            { { "pangkat", "III/a" }, { "nip", kHolderNip }, { "nik", kHolderNik } } },
        { "no date for a publication", publication, { { "jenis_kegiatan", "publikasi" } } },
    };
    for (const Accepted& item : accepted) {
        SCOPED_TRACE(item.what);
        Submitted api = submit_api(*server, item.form);
        ASSERT_EQ(api.status, 201) << api.reply.body;
        json fields = stored_fields(api);
        for (const auto& [name, value] : item.stored)
            EXPECT_EQ(fields[name], value) << name;
        Submitted html = submit_html(*server, item.form);
        EXPECT_EQ(html.status, 303) << html.reply.body;
    }
}

TEST_F(Intake, OfficialEmailDomainIsComparedWholeAfterTheLastAt)
{
    struct Address {
        std::string typed;
        std::string stored; // empty: refused
    };
    // AC-07 with the bundled catalog's domain in place of the test tenant's.
    const std::vector<Address> addresses = {
        { "budi.santoso@magelangkota.go.id", "budi.santoso@magelangkota.go.id" },
        { "Budi.Santoso@MAGELANGKOTA.GO.ID", "Budi.Santoso@magelangkota.go.id" },
        { "budi.santoso@magelangkota.go.id.", "" },
        { "budi.santoso@magelangkota.go.id.penipu.com", "" },
        { "budi.santoso@magelangkota-go.id", "" },
        { "budi.santoso@magelangk0ta.go.id", "" },
        { "budi.santoso@gmail.com", "" },
        { "budi.santoso@diskominfo.magelangkota.go.id", "" },
        { " budi.santoso@magelangkota.go.id ", "budi.santoso@magelangkota.go.id" },
    };
    long previous = stored_sequence();
    for (const Address& address : addresses) {
        SCOPED_TRACE("'" + address.typed + "'");
        const FormSample form = with(certificate(), { { "email", address.typed } });
        if (address.stored.empty()) {
            Refusal refusal{ "", form, "email", "@magelangkota.go.id" };
            std::string message = expect_api_refusal(*server, refusal);
            if (!message.empty())
                expect_form_refusal(*server, refusal, message);
            const long next = stored_sequence();
            EXPECT_EQ(next, previous + 1) << "a refused request was stored";
            previous = next;
            continue;
        }
        Submitted sent = submit_api(*server, form);
        ASSERT_EQ(sent.status, 201) << sent.reply.body;
        EXPECT_EQ(stored_fields(sent)["email"], address.stored);
        previous = stored_sequence();
    }
}

TEST_F(Intake, NipAndNikAreJsonStringsAndTheirMismatchIsOnlyAWarning)
{
    // AC-08: this NIP (man born 15-03-1985) and NIK (woman born 25-02-1990) disagree.
    const FormSample form = with(certificate(),
        { { "nip", "198503152010011002" }, { "nik", "3578016502900003" },
            { "telepon", "081234567890" } });
    Submitted sent = submit_api(*server, form);
    ASSERT_EQ(sent.status, 201) << sent.reply.body;
    json warnings = sent.reply.json()["warnings"];
    ASSERT_TRUE(warnings.contains("nip")) << warnings;
    EXPECT_TRUE(is_indonesian_message(warnings["nip"], "NIK"));

    auto client = server->client();
    auto staff_view = client->Get(("/api/v1/requests/" + sent.number).c_str(),
        { { "Authorization", "Bearer " + reader_token } });
    ASSERT_TRUE(staff_view && staff_view->status == 200);
    const std::string& body = staff_view->body;
    EXPECT_NE(body.find(R"("nip":"198503152010011002")"), std::string::npos) << body;
    EXPECT_NE(body.find(R"("nik":"3578016502900003")"), std::string::npos) << body;
    EXPECT_NE(body.find(R"("telepon":"081234567890")"), std::string::npos) << body;

    StaffClient staff(*server, verifikator);
    Reply page = staff.request_page(sent.number);
    ASSERT_EQ(page.status, 200);
    EXPECT_NE(page.body.find("198503152010011002"), std::string::npos);
    EXPECT_NE(page.body.find("<small class=\"warning\">"), std::string::npos);

    Submitted html = submit_html(*server, form);
    EXPECT_EQ(html.status, 303) << "a warning must not refuse the form";
}

TEST_F(Intake, MononymNameIsStoredAndShownExactly)
{
    // AC-01
    const FormSample form = with(certificate(),
        { { "nama", "Sukarni" }, { "pangkat", "Penata Muda / III-a" },
            { "email", "sukarni@magelangkota.go.id" } });
    Submitted sent = submit_html(*server, form);
    ASSERT_EQ(sent.status, 303) << sent.reply.body;
    EXPECT_EQ(stored_fields(sent)["nama"], "Sukarni");
    StaffClient staff(*server, verifikator);
    Reply page = staff.request_page(sent.number);
    ASSERT_EQ(page.status, 200);
    EXPECT_NE(page.body.find("<span class=\"prewrap\">Sukarni</span>"), std::string::npos);
    EXPECT_NE(page.body.find("Penata Muda (III/a)"), std::string::npos);
    for (const char* wrong : { "Sukarni Sukarni", "Sukarni null", "Sukarni ,", "Sukarni <" })
        EXPECT_EQ(page.body.find(wrong), std::string::npos) << wrong;
    Reply queue = staff.get("/staf");
    EXPECT_NE(queue.body.find("<td>Sukarni</td>"), std::string::npos);
}

TEST_F(Intake, KeepsApostrophesQuotesAngleBracketsAndEmojiByteForByte)
{
    // AC-02 through the form page, AC-03 through the API.
    const std::string subject = "Server <web-01> milik Dinas Syafi'i \"down\" & lambat";
    const std::string body = "Sejak pukul 12.00 situs lambat.\n12:01 <admin> restart nginx "
                             "gagal\n\tlog: 'a' & \"b\"";
    const std::string emoji_subject = "Situs kelurahan diretas 😡";
    std::string emoji_body = "Halaman depan diganti 🔥🔥 sejak pagi. Mohon dicek.\n";
    for (int i = 0; emoji_body.size() < 4100; ++i)
        emoji_body += "Kalimat ke-" + std::to_string(i) + " setelah emoji tetap utuh. ";
    emoji_body += "Akhir 🔚";

    FormSample ac02 = with(valid_form("pelaporan-insiden", "insiden"),
        { { "nama", "Ma'ruf Hidayat" }, { "email", "maruf.hidayat@magelangkota.go.id" },
            { "judul", subject }, { "deskripsi", body } });
    FormSample ac03 = with(valid_form("pelaporan-insiden", "kerentanan"),
        { { "judul", emoji_subject }, { "deskripsi", emoji_body } });

    // A refused form gives the text back exactly as typed, lines included.
    Submitted refused = submit_html(*server, without(ac02, { "persetujuan_privasi" }));
    ASSERT_EQ(refused.status, 422);
    EXPECT_TRUE(keeps_value(refused.reply.body, "judul", subject));
    EXPECT_TRUE(keeps_value(refused.reply.body, "deskripsi", body));
    EXPECT_TRUE(keeps_value(refused.reply.body, "nama", "Ma'ruf Hidayat"));

    Submitted first = submit_html(*server, ac02);
    ASSERT_EQ(first.status, 303) << first.reply.body;
    Submitted second = submit_api(*server, ac03);
    ASSERT_EQ(second.status, 201) << second.reply.body;

    StaffClient staff(*server, helpdesk);
    for (const auto& [sent, texts] : { std::pair{ first, std::pair{ subject, body } },
             std::pair{ second, std::pair{ emoji_subject, emoji_body } } }) {
        SCOPED_TRACE(sent.number);
        json fields = stored_fields(sent);
        EXPECT_EQ(fields["judul"], texts.first);
        EXPECT_EQ(fields["deskripsi"], texts.second);
        Reply page = staff.request_page(sent.number);
        ASSERT_EQ(page.status, 200);
        EXPECT_NE(page.body.find("<p><strong>" + html_escape(texts.first) + "</strong></p>"),
            std::string::npos);
        EXPECT_NE(
            page.body.find("<span class=\"prewrap\">" + html_escape(texts.second) + "</span>"),
            std::string::npos);
        Reply queue = staff.get("/staf");
        EXPECT_NE(queue.body.find("<td>" + html_escape(texts.first) + "</td>"), std::string::npos);
    }
    Reply page = staff.request_page(first.number);
    for (const char* raw : { "<web-01>", "<admin>" })
        EXPECT_EQ(page.body.find(raw), std::string::npos) << raw << " reached the page as markup";
    EXPECT_NE(page.body.find("Ma&#39;ruf Hidayat"), std::string::npos);

    // 25 code points, the emoji one of them.
    const std::string stored = stored_fields(second)["judul"];
    EXPECT_EQ(
        std::count_if(stored.begin(), stored.end(), [](char c) { return (c & 0xC0) != 0x80; }), 25);
}

TEST_F(Intake, SameFormPostedTwiceGivesTheSameRequest)
{
    // AC-28: a double click, or the browser resending the POST.
    const long before = stored_sequence();
    const FormSample form = valid_form("jaringan-komunikasi", "gangguan");
    const std::string submission = unique_key("twice");
    Submitted first = submit_html(*server, form, submission);
    Submitted again = submit_html(*server, form, submission);
    ASSERT_EQ(first.status, 303);
    ASSERT_EQ(again.status, 303);
    EXPECT_EQ(again.location, first.location);
    EXPECT_EQ(sequence_of(first.number), before + 1);
    // Refreshing the receipt is a GET: it shows the same request and stores nothing.
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(get(*server, first.location).status, 200);
    EXPECT_EQ(stored_sequence(), before + 2);
}

TEST_F(Intake, EditedResubmissionOfOneFormIsRefusedWithAFreshForm)
{
    const long before = stored_sequence();
    const FormSample form = valid_form("jaringan-komunikasi", "gangguan");
    const std::string submission = unique_key("edited");
    ASSERT_EQ(submit_html(*server, form, submission).status, 303);
    Submitted edited = submit_html(*server, with(form, { { "ruang", "Ruang Rapat" } }), submission);
    ASSERT_EQ(edited.status, 422);
    EXPECT_TRUE(keeps_value(edited.reply.body, "ruang", "Ruang Rapat"));
    auto fresh = hidden_input(edited.reply.body, "_submission");
    ASSERT_TRUE(fresh.has_value());
    EXPECT_NE(*fresh, submission) << "the form can never be sent again with a used key";
    EXPECT_EQ(stored_sequence(), before + 2);
}

TEST_F(Intake, ApiRetryWithTheSameIdempotencyKeyReturnsTheOriginalRequest)
{
    const long before = stored_sequence();
    const FormSample form = valid_form("pelaporan-insiden", "insiden");
    const std::string key = unique_key("retry");
    Submitted first = submit_api(*server, form, key);
    Submitted retry = submit_api(*server, form, key);
    ASSERT_EQ(first.status, 201) << first.reply.body;
    ASSERT_EQ(retry.status, 201) << retry.reply.body;
    EXPECT_EQ(retry.number, first.number);
    EXPECT_EQ(retry.code, first.code);
    EXPECT_EQ(retry.reply.json(), first.reply.json());
    EXPECT_EQ(sequence_of(first.number), before + 1);

    Submitted changed = submit_api(*server, with(form, { { "judul", "Judul lain" } }), key);
    EXPECT_EQ(changed.status, 422) << changed.reply.body;
    EXPECT_TRUE(changed.reply.json()["errors"].contains("_request")) << changed.reply.body;
    EXPECT_EQ(stored_sequence(), before + 2);
}

TEST_F(Intake, ConcurrentSubmissionsWithOneKeyMakeOneRequest)
{
    const long before = stored_sequence();
    const FormSample report = valid_form("pelaporan-insiden", "kerentanan");
    const std::string key = unique_key("concurrent-api");
    auto by_api = [&] { return submit_api(*server, report, key); };
    auto api_first = std::async(std::launch::async, by_api);
    auto api_second = std::async(std::launch::async, by_api);
    Submitted a = api_first.get();
    Submitted b = api_second.get();
    ASSERT_EQ(a.status, 201) << a.reply.body;
    ASSERT_EQ(b.status, 201) << b.reply.body;
    EXPECT_EQ(a.number, b.number);
    EXPECT_EQ(a.code, b.code);

    const FormSample form = valid_form("jaringan-komunikasi", "penyediaan");
    const std::string submission = unique_key("concurrent-form");
    auto by_form = [&] { return submit_html(*server, form, submission); };
    auto form_first = std::async(std::launch::async, by_form);
    auto form_second = std::async(std::launch::async, by_form);
    Submitted c = form_first.get();
    Submitted d = form_second.get();
    ASSERT_EQ(c.status, 303) << c.reply.body;
    ASSERT_EQ(d.status, 303) << d.reply.body;
    EXPECT_EQ(c.location, d.location);
    EXPECT_EQ(stored_sequence(), before + 3);
}

} // namespace
} // namespace lapis::e2e
