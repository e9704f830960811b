// The vulnerability assessment desk over HTTP: the team records findings with CVSS
// vectors (the scores shown, the temporal rounding trap included; a malformed vector
// refused with the form kept), the owner agency reports fixes in its portal, a failed
// retest sends the request back to the fixing step, and only when every finding is
// verified may the request go on. The report is a PDF with its TLP marking; people
// without the role or of another agency get 404.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <regex>

#include "client.hpp"
#include "samples.hpp"
#include "server.hpp"

namespace lapis::e2e {
namespace {

constexpr const char* kOwner = "dinas-komunikasi-informatika-dan-statistik";
constexpr const char* kOwnerAddress = "penilaian.kominfo@magelangkota.go.id";
constexpr const char* kOtherAgency = "dinas-kesehatan";
constexpr const char* kOtherAddress = "penilaian.dinkes@magelangkota.go.id";
constexpr const char* kPassword = "kata sandi instansi yang panjang";
constexpr const char* kTrap = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H/E:H/RL:U/RC:U";
constexpr const char* kCritical = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";

class AssessmentDesk : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        server = std::make_unique<LapisServer>();
        auto users = server->add_users({ { "penilai@uji.lapis", "Tari Penilai", { "tim-penilai" } },
            { "kabid@uji.lapis", "Kusno Kabid", { "kepala-bidang" } },
            { "csirt@uji.lapis", "Cahyo CSIRT", { "csirt" } } });
        team_account = users[0];
        head_account = users[1];
        csirt_account = users[2];
        server->start();
        owner_cookie = register_agency(kOwnerAddress, kOwner);
        other_cookie = register_agency(kOtherAddress, kOtherAgency);
    }
    static void TearDownTestSuite() { server.reset(); }

    static std::string sql(const std::string& statement)
    {
        return run_command({ "/usr/bin/sqlite3", server->data_dir() + "/lapis.db", statement }, "")
            .output;
    }

    // Registers, verifies and signs in an agency account; returns its session cookie.
    static std::string register_agency(const std::string& address, const std::string& agency)
    {
        Reply registered = post_form(*server, "/instansi/daftar",
            { { "nama", "Petugas " + agency }, { "email", address }, { "instansi", agency },
                { "password", kPassword }, { "password_again", kPassword } });
        EXPECT_EQ(registered.status, 200) << registered.body;
        std::smatch match;
        const std::string body = sql(
            "SELECT body FROM outbox WHERE recipient = '" + address + "' ORDER BY id DESC LIMIT 1");
        if (!std::regex_search(body, match, std::regex("/instansi/verifikasi/[a-z2-7]+")))
            return {};
        EXPECT_EQ(get(*server, match[0]).status, 200);
        Reply login
            = post_form(*server, "/masuk", { { "email", address }, { "password", kPassword } });
        const std::string cookie = login.header("Set-Cookie");
        return std::regex_search(cookie, match, std::regex("lapis_sesi=([^;]+)"))
            ? "lapis_sesi=" + match[1].str()
            : std::string();
    }

    static httplib::Headers owner() { return { { "Cookie", owner_cookie } }; }
    static httplib::Headers other() { return { { "Cookie", other_cookie } }; }

    static std::string agency_csrf(const std::string& number)
    {
        Reply page = get(*server, "/instansi/permohonan/" + number, owner());
        return hidden_input(page.body, "_csrf").value_or("");
    }

    static httplib::MultipartFormDataItems finding_items(const std::string& title,
        const std::string& vector, const std::string& cvss40 = "",
        const std::string& tlp = "TLP:AMBER")
    {
        return { { "judul", title, "", "" },
            { "aset", "https://perizinan.magelangkota.go.id/cari", "", "" },
            { "deskripsi", "Parameter q tidak disaring.", "", "" },
            { "bukti_teks", "GET /cari?q=' OR 1=1--", "", "" }, { "cvss31", vector, "", "" },
            { "cvss40", cvss40, "", "" }, { "rekomendasi", "Gunakan prepared statement.", "", "" },
            { "tlp", tlp, "", "" } };
    }

    static Reply add_finding(
        const StaffClient& client, const std::string& number, httplib::MultipartFormDataItems items)
    {
        items.push_back({ "_csrf", client.csrf(), "", "" });
        return post_multipart(*server, "/staf/permohonan/" + number + "/penilaian/temuan", items,
            client.cookie_headers());
    }

    static Reply finding_event(const StaffClient& client, const std::string& number,
        const std::string& id, const std::string& event)
    {
        return post_form(*server,
            "/staf/permohonan/" + number + "/penilaian/temuan/" + id + "/status",
            { { "_csrf", client.csrf() }, { "peristiwa", event } }, client.cookie_headers());
    }

    static Reply report_fix(const std::string& number, const std::string& id)
    {
        return post_form(*server,
            "/instansi/permohonan/" + number + "/penilaian/temuan/" + id + "/perbaikan",
            { { "_csrf", agency_csrf(number) }, { "catatan", "Parameter sudah disaring." } },
            owner());
    }

    static Reply agency_complete(const std::string& number)
    {
        return post_form(*server, "/instansi/permohonan/" + number + "/aksi",
            { { "_csrf", agency_csrf(number) }, { "aksi", "complete" },
                { "catatan", "Perbaikan selesai." } },
            owner());
    }

    // The finding ids of a request, in the order recorded.
    static std::vector<std::string> finding_ids(const std::string& number)
    {
        const std::string output = sql("SELECT f.id FROM assessment_findings f JOIN requests r "
                                       "ON r.id = f.request_id WHERE r.number = '"
            + number + "' ORDER BY f.id");
        std::vector<std::string> ids;
        std::istringstream lines(output);
        for (std::string line; std::getline(lines, line);)
            if (!line.empty())
                ids.push_back(line);
        return ids;
    }

    static std::string status_of(const std::string& id)
    {
        std::string status = sql("SELECT status FROM assessment_findings WHERE id = " + id);
        while (!status.empty() && (status.back() == '\n' || status.back() == '\r'))
            status.pop_back();
        return status;
    }

    static std::string current_step(const StaffClient& client, const std::string& number)
    {
        return between(client.request_page(number).body, "Langkah saat ini:", "</p>");
    }

    static std::string pdf_text(const std::string& pdf)
    {
        if (std::system("command -v pdftotext >/dev/null 2>&1") != 0)
            return {};
        const std::string directory = temporary_directory();
        {
            std::ofstream out(directory + "/report.pdf", std::ios::binary);
            out << pdf;
        }
        CommandResult result
            = run_command({ "/usr/bin/pdftotext", directory + "/report.pdf", "-" }, "");
        std::filesystem::remove_all(directory);
        return result.output;
    }

    static inline std::unique_ptr<LapisServer> server;
    static inline StaffAccount team_account;
    static inline StaffAccount head_account;
    static inline StaffAccount csirt_account;
    static inline std::string owner_cookie;
    static inline std::string other_cookie;
};

} // namespace

TEST_F(AssessmentDesk, FindingsFailedRetestFixAndVerificationThroughTheFixingLoop)
{
    ASSERT_FALSE(owner_cookie.empty());
    Submitted request = submit_api(*server, valid_form("penilaian-kerentanan"));
    ASSERT_EQ(request.status, 201) << request.reply.body;
    const std::string number = request.number;
    StaffClient team(*server, team_account);
    // Coordination and the assessment itself.
    ASSERT_EQ(team.act(number, { { "aksi", "complete" } }).status, 303);
    ASSERT_EQ(team.act(number, { { "aksi", "complete" } }).status, 303);

    // The form page, then a finding with the temporal rounding trap vector.
    EXPECT_EQ(team.get("/staf/permohonan/" + number + "/penilaian/temuan").status, 200);
    auto trap = finding_items("Injeksi SQL pada pencarian", kTrap);
    trap.push_back({ "bukti_berkas", "%PDF-1.4\n%bukti\n", "bukti.pdf", "application/pdf" });
    Reply added = add_finding(team, number, trap);
    ASSERT_EQ(added.status, 303) << added.body;
    Reply second = add_finding(team, number,
        finding_items("Header keamanan tidak ada", kCritical,
            "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "TLP:GREEN"));
    ASSERT_EQ(second.status, 303) << second.body;
    const auto ids = finding_ids(number);
    ASSERT_EQ(ids.size(), 2u);

    // The staff page shows the stored scores: base 10.0, temporal 9.2 (not 9.3).
    Reply page = team.request_page(number);
    ASSERT_EQ(page.status, 200);
    const std::string trap_article
        = between(page.body, "id=\"temuan-" + ids[0] + "\"", "</article>");
    EXPECT_NE(trap_article.find("<dd class=\"score-base\">10.0 (Kritis)</dd>"), std::string::npos)
        << trap_article;
    EXPECT_NE(trap_article.find("<dd class=\"score-temporal\">9.2</dd>"), std::string::npos);
    EXPECT_EQ(trap_article.find("9.3"), std::string::npos);
    const std::string other_article
        = between(page.body, "id=\"temuan-" + ids[1] + "\"", "</article>");
    EXPECT_NE(other_article.find("<dd class=\"score-base\">9.8 (Kritis)</dd>"), std::string::npos);
    EXPECT_NE(other_article.find("skor 9.3"), std::string::npos) << "the CVSS 4.0 score";
    EXPECT_NE(page.body.find("Temuan penilaian kerentanan dicatat"), std::string::npos)
        << "each finding is in the history";
    // The critical-first order: 10.0 before 9.8.
    EXPECT_LT(page.body.find("id=\"temuan-" + ids[0] + "\""),
        page.body.find("id=\"temuan-" + ids[1] + "\""));
    // The evidence file opens for staff.
    Reply evidence
        = team.get("/staf/permohonan/" + number + "/penilaian/temuan/" + ids[0] + "/bukti");
    EXPECT_EQ(evidence.status, 200);
    EXPECT_EQ(evidence.body, "%PDF-1.4\n%bukti\n");

    // Before the report is handed over the owner sees no findings.
    Reply early = get(*server, "/instansi/permohonan/" + number, owner());
    ASSERT_EQ(early.status, 200);
    EXPECT_EQ(early.body.find("Injeksi SQL pada pencarian"), std::string::npos);
    EXPECT_EQ(
        get(*server, "/instansi/permohonan/" + number + "/penilaian/laporan", owner()).status, 404);

    // The report step: the request reaches the owner's fixing step.
    ASSERT_EQ(team.act(number, { { "aksi", "complete" } }).status, 303);
    EXPECT_NE(current_step(team, number).find("5."), std::string::npos);
    Reply agency_page = get(*server, "/instansi/permohonan/" + number, owner());
    EXPECT_NE(agency_page.body.find("Injeksi SQL pada pencarian"), std::string::npos);
    EXPECT_NE(agency_page.body.find("<dd class=\"score-temporal\">9.2</dd>"), std::string::npos);

    // The fixing step cannot be completed while a finding is open.
    Reply held = agency_complete(number);
    EXPECT_EQ(held.status, 409);
    EXPECT_NE(held.body.find("Masih ada 2 temuan yang berstatus terbuka"), std::string::npos)
        << held.body;

    // A fix report needs a note: the form comes back with the reason beside it.
    Reply no_note = post_form(*server,
        "/instansi/permohonan/" + number + "/penilaian/temuan/" + ids[0] + "/perbaikan",
        { { "_csrf", agency_csrf(number) }, { "catatan", "   " } }, owner());
    EXPECT_EQ(no_note.status, 422);
    EXPECT_NE(
        no_note.body.find("id=\"catatan-error\">Tuliskan catatan perbaikan"), std::string::npos)
        << no_note.body;
    EXPECT_EQ(status_of(ids[0]), "terbuka");

    // The owner reports both fixes and completes its step.
    ASSERT_EQ(report_fix(number, ids[0]).status, 303);
    ASSERT_EQ(report_fix(number, ids[1]).status, 303);
    EXPECT_EQ(status_of(ids[0]), "diperbaiki");
    EXPECT_EQ(report_fix(number, ids[0]).status, 409) << "reported once";
    ASSERT_EQ(agency_complete(number).status, 303);
    EXPECT_NE(current_step(team, number).find("6."), std::string::npos);
    EXPECT_NE(get(*server, "/instansi/permohonan/" + number, owner())
                  .body.find("Tim penilai sedang menguji ulang perbaikan; 2 temuan"),
        std::string::npos);

    // The owner cannot retest.
    EXPECT_EQ(post_form(*server,
                  "/instansi/permohonan/" + number + "/penilaian/temuan/" + ids[0] + "/status",
                  { { "_csrf", agency_csrf(number) }, { "peristiwa", "verifikasi" } }, owner())
                  .status,
        404);

    // Retest: the second passes, the first FAILS.
    ASSERT_EQ(finding_event(team, number, ids[1], "uji-ulang").status, 303);
    ASSERT_EQ(finding_event(team, number, ids[1], "verifikasi").status, 303);
    EXPECT_EQ(finding_event(team, number, ids[0], "verifikasi").status, 409)
        << "no verification before the retest starts";
    ASSERT_EQ(finding_event(team, number, ids[0], "uji-ulang").status, 303);
    // The verification step cannot be completed while a finding is being retested.
    Reply not_yet = team.act(number, { { "aksi", "complete" } });
    EXPECT_EQ(not_yet.status, 409);
    EXPECT_NE(not_yet.body.find("belum terverifikasi"), std::string::npos);
    ASSERT_EQ(finding_event(team, number, ids[0], "gagal").status, 303);
    EXPECT_EQ(status_of(ids[0]), "terbuka");
    EXPECT_EQ(status_of(ids[1]), "terverifikasi");
    // Back at the fixing step, through the gate, with the reason in the history.
    Reply back_page = team.request_page(number);
    EXPECT_NE(current_step(team, number).find("5."), std::string::npos);
    EXPECT_NE(back_page.body.find("Uji ulang gagal; temuan terbuka kembali"), std::string::npos);
    EXPECT_NE(back_page.body.find("Uji ulang temuan #" + ids[0] + " gagal"), std::string::npos);
    // The requester's tracking page reads the move's note, but no finding's title
    // or the owner's fix notes: the findings are under their TLP labels.
    const Reply tracked = track_page(*server, number, request.code);
    ASSERT_EQ(tracked.status, 200);
    EXPECT_NE(tracked.body.find("Uji ulang temuan #" + ids[0] + " gagal"), std::string::npos);
    EXPECT_EQ(tracked.body.find("Injeksi SQL"), std::string::npos) << tracked.body;
    EXPECT_EQ(tracked.body.find("Header keamanan"), std::string::npos);
    EXPECT_EQ(tracked.body.find("Parameter sudah disaring"), std::string::npos);
    EXPECT_EQ(sql("SELECT COUNT(*) FROM request_history h JOIN requests r ON r.id = h.request_id "
                  "WHERE r.number = '"
                  + number + "' AND h.action = 'back'"),
        "1\n");

    // Fix again → retest → verified, and the request can proceed to its end.
    EXPECT_EQ(agency_complete(number).status, 409);
    ASSERT_EQ(report_fix(number, ids[0]).status, 303);
    ASSERT_EQ(agency_complete(number).status, 303);
    ASSERT_EQ(finding_event(team, number, ids[0], "uji-ulang").status, 303);
    ASSERT_EQ(finding_event(team, number, ids[0], "verifikasi").status, 303);
    Reply done = team.act(number, { { "aksi", "complete" } });
    EXPECT_EQ(done.status, 303) << done.body;
    EXPECT_NE(team.request_page(number).body.find("status-selesai"), std::string::npos);
    EXPECT_EQ(finding_event(team, number, ids[0], "gagal").status, 409) << "a finished request";

    // The report: staff and the owner download it; each download is audited.
    Reply pdf = team.get("/staf/permohonan/" + number + "/penilaian/laporan");
    ASSERT_EQ(pdf.status, 200);
    EXPECT_EQ(pdf.body.rfind("%PDF", 0), 0u);
    EXPECT_EQ(pdf.header("Content-Type"), "application/pdf");
    const std::string text = pdf_text(pdf.body);
    if (!text.empty()) {
        EXPECT_NE(text.find("TLP:AMBER+STRICT"), std::string::npos);
        EXPECT_NE(text.find("Injeksi SQL pada pencarian"), std::string::npos);
        EXPECT_NE(text.find("9.2"), std::string::npos);
    }
    Reply owner_pdf
        = get(*server, "/instansi/permohonan/" + number + "/penilaian/laporan", owner());
    ASSERT_EQ(owner_pdf.status, 200);
    EXPECT_EQ(owner_pdf.body.rfind("%PDF", 0), 0u);
    EXPECT_EQ(sql("SELECT COUNT(*) FROM audit_log WHERE action = 'assessment.report.download' "
                  "AND object = 'request:"
                  + number + "'"),
        "2\n");
}

TEST_F(
    AssessmentDesk, MalformedVectorsAreRefusedInIndonesianWithTheFormKeptAndFindingsCanBeCorrected)
{
    Submitted request = submit_api(*server, valid_form("penilaian-kerentanan"));
    ASSERT_EQ(request.status, 201);
    StaffClient team(*server, team_account);
    auto items = finding_items("Direktori terbuka", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H");
    items.push_back({ "cvss40", "CVSS:4.0/AV:X", "", "" });
    items.erase(std::find_if(items.begin(), items.end(),
        [](const auto& item) { return item.name == "cvss40" && item.content.empty(); }));
    Reply refused = add_finding(team, request.number, items);
    ASSERT_EQ(refused.status, 422);
    EXPECT_NE(refused.body.find("Metrik dasar A belum ada"), std::string::npos)
        << "names the missing metric";
    EXPECT_NE(refused.body.find("belum ada pada vektor CVSS"), std::string::npos);
    EXPECT_NE(refused.body.find("id=\"cvss40-error\""), std::string::npos);
    EXPECT_TRUE(keeps_value(refused.body, "judul", "Direktori terbuka"));
    EXPECT_TRUE(keeps_value(refused.body, "cvss31", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H"));
    EXPECT_TRUE(keeps_value(refused.body, "rekomendasi", "Gunakan prepared statement."));
    EXPECT_TRUE(keeps_value(refused.body, "deskripsi", "Parameter q tidak disaring."));
    EXPECT_TRUE(finding_ids(request.number).empty()) << "nothing half-stored";

    Reply lowercase = add_finding(team, request.number,
        finding_items("Direktori terbuka", "cvss:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"));
    EXPECT_EQ(lowercase.status, 422);
    EXPECT_NE(lowercase.body.find("Huruf besar/kecil"), std::string::npos);

    // A stored finding can be corrected: the scores follow the new vector.
    ASSERT_EQ(
        add_finding(team, request.number, finding_items("Direktori terbuka", kCritical)).status,
        303);
    const auto ids = finding_ids(request.number);
    ASSERT_EQ(ids.size(), 1u);
    const std::string edit = "/staf/permohonan/" + request.number + "/penilaian/temuan/" + ids[0];
    Reply form = team.get(edit);
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(keeps_value(form.body, "cvss31", kCritical));
    auto wrong = finding_items("Direktori terbuka (diperbaiki)", "CVSS:3.1/AV:Q");
    wrong.push_back({ "_csrf", team.csrf(), "", "" });
    Reply refused_edit = post_multipart(*server, edit, wrong, team.cookie_headers());
    EXPECT_EQ(refused_edit.status, 422);
    EXPECT_TRUE(keeps_value(refused_edit.body, "judul", "Direktori terbuka (diperbaiki)"));
    EXPECT_NE(refused_edit.body.find("action=\"" + edit + "\""), std::string::npos);
    auto right = finding_items("Direktori terbuka (diperbaiki)", kTrap);
    right.push_back({ "_csrf", team.csrf(), "", "" });
    ASSERT_EQ(post_multipart(*server, edit, right, team.cookie_headers()).status, 303);
    Reply page = team.request_page(request.number);
    const std::string article = between(page.body, "id=\"temuan-" + ids[0] + "\"", "</article>");
    EXPECT_NE(article.find("Direktori terbuka (diperbaiki)"), std::string::npos);
    EXPECT_NE(article.find("<dd class=\"score-temporal\">9.2</dd>"), std::string::npos);
    EXPECT_NE(page.body.find("Temuan penilaian kerentanan diubah"), std::string::npos);
}

TEST_F(AssessmentDesk, TheRegistrySystemAndItsCategoryShowOnTheRequest)
{
    Submitted request = submit_api(*server, valid_form("penilaian-kerentanan"));
    ASSERT_EQ(request.status, 201);
    sql("INSERT INTO electronic_systems (agency, name, url, owner_unit, description, created_at, "
        "updated_at) VALUES ('"
        + std::string(kOwner)
        + "', 'Portal Perizinan Terdaftar', "
          "'https://izin.magelangkota.go.id', 'Bidang Aplikasi', 'Izin', '2026-01-01T00:00:00Z', "
          "'2026-01-01T00:00:00Z')");
    sql("INSERT INTO electronic_systems (agency, name, url, owner_unit, description, created_at, "
        "updated_at) VALUES ('"
        + std::string(kOtherAgency)
        + "', 'Sistem Dinas Lain', '', '', '', "
          "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
    const std::string own
        = sql("SELECT id FROM electronic_systems WHERE name = 'Portal Perizinan Terdaftar'");
    const std::string foreign
        = sql("SELECT id FROM electronic_systems WHERE name = 'Sistem Dinas Lain'");
    sql("INSERT INTO system_categorisations (system_id, instrument_version, answers, score, "
        "category, recorded_by, recorded_at) VALUES ("
        + own.substr(0, own.size() - 1)
        + ", 'bssn-8-2020-lampiran', '[]', 36, 'strategis', 1, '2026-01-02T00:00:00Z')");
    StaffClient team(*server, team_account);
    const std::string path = "/staf/permohonan/" + request.number + "/penilaian/pengaturan";
    // As the request names it until linked.
    EXPECT_NE(
        team.request_page(request.number).body.find("Portal Layanan Perizinan"), std::string::npos);
    // Another agency's system is not offered and is refused.
    EXPECT_EQ(team.request_page(request.number).body.find("Sistem Dinas Lain"), std::string::npos);
    EXPECT_EQ(post_form(*server, path,
                  { { "_csrf", team.csrf() }, { "sistem", foreign.substr(0, foreign.size() - 1) },
                      { "tlp_laporan", "TLP:AMBER" } },
                  team.cookie_headers())
                  .status,
        422);
    Reply linked = post_form(*server, path,
        { { "_csrf", team.csrf() }, { "sistem", own.substr(0, own.size() - 1) },
            { "tlp_laporan", "TLP:GREEN" } },
        team.cookie_headers());
    ASSERT_EQ(linked.status, 303) << linked.body;
    Reply page = team.request_page(request.number);
    EXPECT_NE(page.body.find("<strong>Portal Perizinan Terdaftar</strong>"), std::string::npos);
    EXPECT_NE(
        page.body.find("Kategori SE: <strong>Strategis (skor 36)</strong>"), std::string::npos);
    EXPECT_NE(page.body.find("TLP:GREEN"), std::string::npos);
}

TEST_F(AssessmentDesk, WrongRoleAndOtherAgencyGetNotFound)
{
    Submitted request = submit_api(*server, valid_form("penilaian-kerentanan"));
    ASSERT_EQ(request.status, 201);
    const std::string number = request.number;
    StaffClient team(*server, team_account);
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(team.act(number, { { "aksi", "complete" } }).status, 303);
    ASSERT_EQ(add_finding(team, number, finding_items("Temuan", kCritical)).status, 303);
    ASSERT_EQ(
        add_finding(team, number, finding_items("Rahasia", kCritical, "", "TLP:RED")).status, 303);
    const auto ids = finding_ids(number);
    ASSERT_EQ(ids.size(), 2u);

    // The CSIRT has no part in this procedure: nothing of the desk exists for it.
    StaffClient csirt(*server, csirt_account);
    EXPECT_EQ(csirt.get("/staf/permohonan/" + number + "/penilaian/laporan").status, 404);
    EXPECT_EQ(csirt.get("/staf/permohonan/" + number + "/penilaian/temuan").status, 404);
    EXPECT_EQ(add_finding(csirt, number, finding_items("X", kCritical)).status, 404);
    EXPECT_EQ(finding_event(csirt, number, ids[0], "lapor-perbaikan").status, 404);

    // The head of division views and downloads, but records nothing.
    StaffClient head(*server, head_account);
    Reply head_page = head.request_page(number);
    EXPECT_NE(head_page.body.find("Temuan"), std::string::npos);
    EXPECT_EQ(head_page.body.find("/penilaian/temuan/" + ids[0] + "/status"), std::string::npos);
    EXPECT_EQ(head.get("/staf/permohonan/" + number + "/penilaian/laporan").status, 200);
    EXPECT_EQ(add_finding(head, number, finding_items("X", kCritical)).status, 404);
    EXPECT_EQ(finding_event(head, number, ids[0], "lapor-perbaikan").status, 404);

    // Another agency: not its request.
    EXPECT_EQ(
        get(*server, "/instansi/permohonan/" + number + "/penilaian/laporan", other()).status, 404);
    Reply other_page = get(*server, "/instansi/permohonan/" + number, other());
    EXPECT_EQ(other_page.status, 404);
    EXPECT_EQ(
        post_form(*server,
            "/instansi/permohonan/" + number + "/penilaian/temuan/" + ids[0] + "/perbaikan",
            { { "_csrf",
                  hidden_input(get(*server, "/instansi", other()).body, "_csrf").value_or("") },
                { "catatan", "x" } },
            other())
            .status,
        404);

    // The owner does not see the TLP:RED finding, cannot act on it, and its report leaves it out.
    Reply owner_page = get(*server, "/instansi/permohonan/" + number, owner());
    EXPECT_NE(owner_page.body.find("id=\"temuan-" + ids[0] + "\""), std::string::npos);
    EXPECT_EQ(owner_page.body.find("id=\"temuan-" + ids[1] + "\""), std::string::npos);
    EXPECT_NE(
        owner_page.body.find("1 temuan berlabel TLP:RED disampaikan langsung"), std::string::npos)
        << "the owner reads that a finding is handed over directly";
    EXPECT_EQ(report_fix(number, ids[1]).status, 404);
    Reply owner_pdf
        = get(*server, "/instansi/permohonan/" + number + "/penilaian/laporan", owner());
    ASSERT_EQ(owner_pdf.status, 200);
    const std::string text = pdf_text(owner_pdf.body);
    if (!text.empty()) {
        EXPECT_EQ(text.find("Rahasia"), std::string::npos);
        EXPECT_NE(text.find("Temuan"), std::string::npos);
    }
    // Staff's report carries the TLP:RED finding and the TLP:RED marking.
    const std::string staff_text
        = pdf_text(team.get("/staf/permohonan/" + number + "/penilaian/laporan").body);
    if (!staff_text.empty()) {
        EXPECT_NE(staff_text.find("Rahasia"), std::string::npos);
        EXPECT_NE(staff_text.find("TLP:RED"), std::string::npos);
    }
    // A request of another desk answers 404 on the desk's routes.
    Submitted categorisation = submit_api(*server, valid_form("kategorisasi-sistem-elektronik"));
    EXPECT_EQ(
        team.get("/staf/permohonan/" + categorisation.number + "/penilaian/laporan").status, 404);
}

} // namespace lapis::e2e
