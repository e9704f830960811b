// The categorisation desk over HTTP: the registry of electronic systems, the
// questionnaire on a categorisation request, the move that waits for a complete
// categorisation, a system's history, the report by category and its CSV, and
// the agency account that sees only its own systems.
#include <gtest/gtest.h>

#include <memory>
#include <regex>

#include "client.hpp"
#include "samples.hpp"
#include "server.hpp"

namespace lapis::e2e {
namespace {

constexpr const char* kAgencyCode = "dinas-kesehatan";
constexpr const char* kAgencyAddress = "se.kesehatan@magelangkota.go.id";
constexpr const char* kAgencyPassword = "kata sandi instansi yang panjang";
// The requesting agency of the sample categorisation form (samples.cpp).
constexpr const char* kSampleAgency = "dinas-komunikasi-informatika-dan-statistik";

class CategorisationDesk : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        server = std::make_unique<LapisServer>();
        auto made = server->add_users(
            { { "kirana@uji.lapis", "Kirana Kategorisasi", { "tim-kategorisasi" } },
                { "cahyo@uji.lapis", "Cahyo CSIRT", { "csirt" } },
                { "kabid@uji.lapis", "Kusuma Kabid", { "kepala-bidang" } },
                { "hana@uji.lapis", "Hana Helpdesk", { "helpdesk" } },
                { "kurnia@uji.lapis", "Kurnia Kategorisasi", { "tim-kategorisasi" } } });
        server->start();
        team = std::make_unique<StaffClient>(*server, made[0]);
        csirt = std::make_unique<StaffClient>(*server, made[1]);
        head = std::make_unique<StaffClient>(*server, made[2]);
        helpdesk = std::make_unique<StaffClient>(*server, made[3]);
        unnamed = std::make_unique<StaffClient>(*server, made[4]);
    }
    static void TearDownTestSuite()
    {
        team.reset();
        csirt.reset();
        head.reset();
        helpdesk.reset();
        unnamed.reset();
        server.reset();
    }

    static Reply staff_post(
        const StaffClient& staff, const std::string& path, httplib::Params params)
    {
        params.emplace("_csrf", staff.csrf());
        return post_form(*server, path, params, staff.cookie_headers());
    }

    // Registers a system through the staff form; returns its id ("" on refusal).
    static std::string register_system(const std::string& agency, const std::string& name,
        const std::string& url = "", const std::string& description = "")
    {
        Reply reply = staff_post(*team, "/staf/sistem",
            { { "instansi", agency }, { "nama", name }, { "url", url },
                { "unit", "Bidang Aplikasi" }, { "deskripsi", description } });
        std::smatch match;
        const std::string location = reply.header("Location");
        if (reply.status != 303
            || !std::regex_search(location, match, std::regex("/staf/sistem/(\\d+)$")))
            return {};
        return match[1];
    }

    // The ten radio answers as the questionnaire posts them; "" leaves one out.
    static httplib::Params answers(const std::vector<std::string>& letters)
    {
        httplib::Params params;
        for (std::size_t q = 0; q < letters.size(); ++q) {
            if (!letters[q].empty())
                params.emplace("q" + std::to_string(q), letters[q]);
        }
        return params;
    }

    // The verification link lapis put in the outbox for an address.
    static std::string verification_link(const std::string& address)
    {
        CommandResult result = run_command({ "/usr/bin/sqlite3", server->data_dir() + "/lapis.db",
                                               "SELECT body FROM outbox WHERE recipient = '"
                                                   + address + "' ORDER BY id DESC LIMIT 1" },
            "");
        std::smatch match;
        if (!std::regex_search(result.output, match, std::regex("/instansi/verifikasi/[a-z2-7]+")))
            return {};
        return match[0];
    }

    static std::string sql(const std::string& query)
    {
        return run_command({ "/usr/bin/sqlite3", server->data_dir() + "/lapis.db", query }, "")
            .output;
    }

    // An agency account of Dinas Kesehatan, registered, verified and signed in.
    static httplib::Headers agency_session()
    {
        Reply registered = post_form(*server, "/instansi/daftar",
            { { "nama", "Petugas Dinkes" }, { "email", kAgencyAddress },
                { "instansi", kAgencyCode }, { "password", kAgencyPassword },
                { "password_again", kAgencyPassword } });
        EXPECT_EQ(registered.status, 200) << registered.body;
        const std::string link = verification_link(kAgencyAddress);
        EXPECT_FALSE(link.empty());
        EXPECT_EQ(get(*server, link).status, 200);
        Reply login = post_form(
            *server, "/masuk", { { "email", kAgencyAddress }, { "password", kAgencyPassword } });
        EXPECT_EQ(login.status, 303);
        std::smatch match;
        const std::string cookie = login.header("Set-Cookie");
        if (!std::regex_search(cookie, match, std::regex("lapis_sesi=([^;]+)")))
            return {};
        return { { "Cookie", "lapis_sesi=" + match[1].str() } };
    }

    static inline std::unique_ptr<LapisServer> server;
    static inline std::unique_ptr<StaffClient> team;
    static inline std::unique_ptr<StaffClient> csirt;
    static inline std::unique_ptr<StaffClient> head;
    static inline std::unique_ptr<StaffClient> helpdesk;
    static inline std::unique_ptr<StaffClient> unnamed; // of the team, not named
};

} // namespace

TEST_F(CategorisationDesk, StaffRegistersASystemAndARefusalKeepsWhatWasTyped)
{
    Reply bad_url = staff_post(*team, "/staf/sistem",
        { { "instansi", kSampleAgency }, { "nama", "Portal Satu Data" },
            { "url", "ftp://data.magelangkota.go.id" }, { "unit", "Bidang Statistik" } });
    EXPECT_EQ(bad_url.status, 422);
    EXPECT_NE(bad_url.body.find("http:// atau https://"), std::string::npos);
    EXPECT_TRUE(keeps_value(bad_url.body, "nama", "Portal Satu Data"));
    EXPECT_TRUE(keeps_value(bad_url.body, "url", "ftp://data.magelangkota.go.id"));

    const std::string id = register_system(kSampleAgency, "Portal Satu Data",
        "https://data.magelangkota.go.id", "Data statistik sektoral.");
    ASSERT_FALSE(id.empty());
    Reply listed = team->get("/staf/sistem?instansi=" + std::string(kSampleAgency));
    ASSERT_EQ(listed.status, 200);
    EXPECT_NE(listed.body.find("Portal Satu Data"), std::string::npos);
    EXPECT_NE(listed.body.find("Belum dikategorikan"), std::string::npos);

    // Names are unique per agency, whatever their letter case.
    Reply twice = staff_post(*team, "/staf/sistem",
        { { "instansi", kSampleAgency }, { "nama", "portal satu data" },
            { "unit", "Bidang Statistik" } });
    EXPECT_EQ(twice.status, 422);
    EXPECT_NE(twice.body.find("sudah mempunyai sistem elektronik bernama"), std::string::npos);
    EXPECT_TRUE(keeps_value(twice.body, "nama", "portal satu data"));
    EXPECT_FALSE(register_system(kAgencyCode, "Portal Satu Data").empty())
        << "another agency may use the same name";

    Reply edited = staff_post(*team, "/staf/sistem/" + id,
        { { "nama", "Portal Satu Data" }, { "url", "https://data.magelangkota.go.id" },
            { "unit", "Bidang Statistik" }, { "deskripsi", "Data sektoral kota." } });
    EXPECT_EQ(edited.status, 303) << edited.body;
    EXPECT_NE(team->get("/staf/sistem/" + id).body.find("Data sektoral kota."), std::string::npos);
    Reply missing_unit = staff_post(*team, "/staf/sistem/" + id,
        { { "nama", "Portal Satu Data" }, { "unit", "" }, { "deskripsi", "Diubah" } });
    EXPECT_EQ(missing_unit.status, 422);
    EXPECT_TRUE(keeps_value(missing_unit.body, "deskripsi", "Diubah"));

    // Each change is in the audit log.
    EXPECT_EQ(sql("SELECT COUNT(*) FROM audit_log WHERE object = 'system:" + id
                  + "' AND action IN ('system.add', 'system.update')"),
        "2\n");
}

TEST_F(CategorisationDesk, TheQueuePageLinksTheDeskPagesOnlyForRolesThatMayOpenThem)
{
    for (const StaffClient* reader : { team.get(), csirt.get(), head.get() }) {
        const Reply queue = reader->get("/staf");
        ASSERT_EQ(queue.status, 200);
        EXPECT_NE(queue.body.find("href=\"/staf/sistem\""), std::string::npos);
        EXPECT_NE(queue.body.find("href=\"/staf/kategori-sistem\""), std::string::npos);
        EXPECT_EQ(reader->get("/staf/sistem").status, 200);
    }
    const Reply queue = helpdesk->get("/staf");
    ASSERT_EQ(queue.status, 200);
    EXPECT_EQ(queue.body.find("/staf/sistem"), std::string::npos);
    EXPECT_EQ(queue.body.find("/staf/telepon/"), std::string::npos);
    EXPECT_NE(helpdesk->get("/staf/sistem").status, 200);
    // The head of division also sees the literacy schedule, not the articles' editor.
    const Reply head_queue = head->get("/staf");
    EXPECT_NE(head_queue.body.find("href=\"/staf/literasi/jadwal\""), std::string::npos);
    EXPECT_EQ(head_queue.body.find("href=\"/staf/literasi\""), std::string::npos);
}

TEST_F(CategorisationDesk, ReadersSeeTheRegistryButOnlyTheTeamChangesIt)
{
    const std::string id = register_system(kSampleAgency, "Aplikasi Surat Menyurat");
    ASSERT_FALSE(id.empty());
    for (StaffClient* reader : { csirt.get(), head.get() }) {
        EXPECT_EQ(reader->get("/staf/sistem").status, 200);
        EXPECT_EQ(reader->get("/staf/sistem/" + id).status, 200);
        EXPECT_EQ(reader->get("/staf/kategori-sistem").status, 200);
        EXPECT_EQ(
            staff_post(*reader, "/staf/sistem",
                { { "instansi", kSampleAgency }, { "nama", "Sistem Lain" }, { "unit", "Bidang" } })
                .status,
            403);
        EXPECT_EQ(staff_post(*reader, "/staf/sistem/" + id + "/kategorisasi",
                      answers({ "A", "A", "A", "A", "A", "A", "A", "A", "A", "A" }))
                      .status,
            403);
    }
    EXPECT_EQ(csirt->get("/staf/sistem/" + id).body.find("Simpan kuesioner"), std::string::npos);
    // A role outside the desk does not find it at all.
    EXPECT_EQ(helpdesk->get("/staf/sistem").status, 404);
    EXPECT_EQ(helpdesk->get("/staf/sistem/" + id).status, 404);
    EXPECT_EQ(helpdesk->get("/staf/kategori-sistem.csv").status, 404);
    EXPECT_EQ(get(*server, "/staf/sistem").status, 303) << "signed out: to the sign-in page";
    EXPECT_EQ(team->get("/staf/sistem/999999").status, 404);
}

TEST_F(CategorisationDesk, TheQuestionnaireGivesACategoryOnlyWhenCompleteAndTheStepWaitsForIt)
{
    Submitted sent = submit_api(*server, valid_form("kategorisasi-sistem-elektronik"));
    ASSERT_EQ(sent.status, 201);
    const std::string& number = sent.number;
    // 1 is the submission; 2: the head names the team; 3: the team coordinates.
    ASSERT_EQ(head->act(number,
                      { { "aksi", "assign" }, { "petugas", std::to_string(team->account().id) },
                          { "catatan", "Tim ditunjuk." } })
                  .status,
        303);
    ASSERT_EQ(team->act(number, { { "aksi", "complete" }, { "catatan", "Selesai." } }).status, 303);

    Reply page = team->request_page(number);
    ASSERT_EQ(page.status, 200);
    EXPECT_NE(page.body.find("Daftarkan dari formulir: Aplikasi Kepegawaian"), std::string::npos);
    EXPECT_NE(page.body.find("Simpan kuesioner"), std::string::npos);

    // 4, the assistance itself, cannot finish without a categorisation.
    Reply early = team->act(number, { { "aksi", "complete" }, { "catatan", "Selesai." } });
    EXPECT_EQ(early.status, 422);
    EXPECT_NE(early.body.find("kuesioner kategorisasi belum lengkap"), std::string::npos);

    // Other roles: the CSIRT does not see this request, the head may not fill it in.
    const auto half = answers({ "A", "A", "B", "C", "A" });
    EXPECT_EQ(staff_post(*csirt, "/staf/permohonan/" + number + "/kategorisasi", half).status, 404);
    EXPECT_EQ(staff_post(*head, "/staf/permohonan/" + number + "/kategorisasi", half).status, 403);
    // A member of the team the head of division did not name for this request neither.
    Reply not_named = staff_post(*unnamed, "/staf/permohonan/" + number + "/kategorisasi", half);
    EXPECT_EQ(not_named.status, 403);
    EXPECT_NE(
        not_named.body.find("menunjuk anggota Tim Pelaksana Kategorisasi lain"), std::string::npos);
    EXPECT_EQ(unnamed->request_page(number).body.find("Simpan kuesioner"), std::string::npos);
    // A refused questionnaire comes back as the request's page with the reason and the
    // answers as they were chosen, and nothing stored.
    Reply wrong = staff_post(
        *team, "/staf/permohonan/" + number + "/kategorisasi", answers({ "A", "C", "B", "D" }));
    EXPECT_EQ(wrong.status, 422);
    EXPECT_NE(wrong.body.find("role=\"alert\" id=\"kategorisasi-ditolak\""), std::string::npos)
        << wrong.body;
    EXPECT_NE(wrong.body.find("name=\"q1\" value=\"C\" checked"), std::string::npos);
    EXPECT_NE(wrong.body.find("name=\"q2\" value=\"B\" checked"), std::string::npos);
    EXPECT_EQ(wrong.body.find("Kuesioner belum lengkap: belum ada kategori"), std::string::npos)
        << "nothing was saved";

    // Saved half-way: the system the form names is registered and linked; no category.
    Reply saved = staff_post(*team, "/staf/permohonan/" + number + "/kategorisasi", half);
    ASSERT_EQ(saved.status, 303) << saved.body;
    page = team->request_page(number);
    EXPECT_NE(page.body.find("Kuesioner belum lengkap: belum ada kategori"), std::string::npos);
    EXPECT_NE(page.body.find("5 pertanyaan belum dijawab"), std::string::npos);
    EXPECT_NE(page.body.find("Kuesioner kategorisasi disimpan (belum lengkap)"), std::string::npos);
    EXPECT_NE(page.body.find("Sistem elektronik dikaitkan"), std::string::npos);
    EXPECT_EQ(page.body.find("Standar yang wajib diterapkan"), std::string::npos);
    EXPECT_EQ(team->act(number, { { "aksi", "complete" }, { "catatan", "Selesai." } }).status, 422);
    std::smatch match;
    ASSERT_TRUE(std::regex_search(page.body, match, std::regex("/staf/sistem/(\\d+)\"")));
    const std::string system = match[1];

    // Completed: 5×A + 2×B + 3×C = 25 + 4 + 3 = 32, Tinggi, with its standards.
    saved = staff_post(*team, "/staf/permohonan/" + number + "/kategorisasi",
        answers({ "A", "A", "B", "C", "A", "B", "C", "A", "C", "A" }));
    ASSERT_EQ(saved.status, 303) << saved.body;
    page = team->request_page(number);
    EXPECT_NE(page.body.find("Skor 32: Tinggi"), std::string::npos);
    EXPECT_NE(page.body.find("SNI ISO/IEC 27001"), std::string::npos);
    EXPECT_NE(page.body.find("Kategorisasi sistem elektronik ditetapkan"), std::string::npos);

    // The system's page keeps both saves, newest first.
    Reply history = team->get("/staf/sistem/" + system);
    ASSERT_EQ(history.status, 200);
    const std::string rows = between(history.body, "<table class=\"categorisations\">", "</table>");
    const auto tinggi = rows.find("<td>Tinggi</td>");
    const auto open = rows.find("<td>Belum lengkap</td>");
    ASSERT_NE(tinggi, std::string::npos) << rows;
    ASSERT_NE(open, std::string::npos) << rows;
    EXPECT_LT(tinggi, open);
    EXPECT_NE(rows.find("Kirana Kategorisasi"), std::string::npos);
    EXPECT_NE(rows.find("bssn-8-2020-lampiran"), std::string::npos);
    EXPECT_NE(history.body.find("Kategori saat ini: <strong class=\"category category-tinggi\">"
                                "Tinggi</strong>"),
        std::string::npos);

    // Now the step may finish, and a finished request's categorisation stays as it is.
    Reply done = team->act(number, { { "aksi", "complete" }, { "catatan", "Selesai." } });
    EXPECT_EQ(done.status, 303) << done.body;
    EXPECT_EQ(staff_post(*team, "/staf/permohonan/" + number + "/kategorisasi", half).status, 409);

    // The requester sees the outcome on the tracking page.
    Reply tracked = track_page(*server, number, sent.code);
    EXPECT_NE(tracked.body.find("Kategori: Tinggi (skor 32)"), std::string::npos);
}

TEST_F(CategorisationDesk, ARequestIsLinkedOnlyToASystemOfItsOwnAgency)
{
    Submitted sent = submit_api(*server, valid_form("kategorisasi-sistem-elektronik"));
    ASSERT_EQ(sent.status, 201);
    const std::string elsewhere = register_system(kAgencyCode, "Sistem Rujukan Dinkes");
    const std::string own = register_system(kSampleAgency, "Sistem Arsip Dinamis");
    ASSERT_FALSE(elsewhere.empty());
    ASSERT_FALSE(own.empty());
    const std::string path = "/staf/permohonan/" + sent.number + "/kategorisasi/sistem";
    EXPECT_EQ(staff_post(*team, path, { { "sistem", elsewhere } }).status, 422);
    EXPECT_EQ(staff_post(*team, path, { { "sistem", "bukan-angka" } }).status, 422);
    EXPECT_EQ(staff_post(*head, path, { { "sistem", own } }).status, 403);
    Reply linked = staff_post(*team, path, { { "sistem", own } });
    ASSERT_EQ(linked.status, 303) << linked.body;
    Reply page = team->request_page(sent.number);
    const std::string panel = between(page.body, "<section class=\"desk-panel\"", "</section>");
    EXPECT_NE(panel.find("href=\"/staf/sistem/" + own + "\""), std::string::npos) << panel;
    EXPECT_NE(page.body.find("Sistem elektronik dikaitkan"), std::string::npos);
    // The agency on the tracking page sees which system, and no category yet.
    Reply tracked = track_page(*server, sent.number, sent.code);
    EXPECT_NE(tracked.body.find("Sistem Arsip Dinamis"), std::string::npos);
    EXPECT_EQ(tracked.body.find("Simpan kuesioner"), std::string::npos);
}

TEST_F(CategorisationDesk, TheReportGroupsSystemsByCategoryAndDownloadsAsCsv)
{
    const std::string strategic = register_system(kSampleAgency, "Layanan Pajak, Retribusi");
    const std::string low = register_system(
        kSampleAgency, "=HYPERLINK(\"http://x\")", "", "Baris satu\nbaris \"dua\"");
    const std::string open = register_system(kSampleAgency, "Aplikasi Belum Dinilai");
    ASSERT_FALSE(strategic.empty());
    ASSERT_FALSE(low.empty());
    ASSERT_FALSE(open.empty());
    ASSERT_EQ(staff_post(*team, "/staf/sistem/" + strategic + "/kategorisasi",
                  answers({ "A", "A", "A", "A", "A", "A", "A", "A", "A", "A" }))
                  .status,
        303);
    ASSERT_EQ(staff_post(*team, "/staf/sistem/" + low + "/kategorisasi",
                  answers({ "C", "C", "C", "C", "C", "C", "C", "C", "C", "C" }))
                  .status,
        303);

    Reply report = head->get("/staf/kategori-sistem");
    ASSERT_EQ(report.status, 200);
    const auto strategis = report.body.find("id=\"kategori-strategis\"");
    const auto tinggi = report.body.find("id=\"kategori-tinggi\"");
    const auto rendah = report.body.find("id=\"kategori-rendah\"");
    const auto belum = report.body.find("id=\"kategori-belum\"");
    ASSERT_NE(strategis, std::string::npos);
    EXPECT_LT(strategis, tinggi);
    EXPECT_LT(tinggi, rendah);
    EXPECT_LT(rendah, belum);
    auto section = [&](const char* code) {
        return between(report.body, std::string("<section id=\"kategori-") + code, "</section>");
    };
    EXPECT_NE(section("strategis").find("Layanan Pajak, Retribusi"), std::string::npos);
    EXPECT_NE(section("rendah").find(html_escape("=HYPERLINK(\"http://x\")")), std::string::npos);
    EXPECT_NE(section("belum").find("Aplikasi Belum Dinilai"), std::string::npos);
    EXPECT_EQ(section("belum").find("Layanan Pajak"), std::string::npos);

    Reply csv = head->get("/staf/kategori-sistem.csv");
    ASSERT_EQ(csv.status, 200);
    EXPECT_EQ(csv.header("Content-Type"), "text/csv; charset=utf-8");
    EXPECT_NE(csv.header("Content-Disposition").find("attachment"), std::string::npos);
    EXPECT_EQ(csv.body.rfind("kategori,skor,instrumen,dikategorikan,perangkat_daerah,nama_sistem,"
                             "url,unit_pemilik,deskripsi\r\n",
                  0),
        0u);
    EXPECT_NE(csv.body.find("Strategis,50,bssn-8-2020-lampiran,"), std::string::npos);
    EXPECT_NE(csv.body.find(",\"Layanan Pajak, Retribusi\","), std::string::npos);
    EXPECT_NE(csv.body.find(",\"'=HYPERLINK(\"\"http://x\"\")\","), std::string::npos);
    EXPECT_NE(csv.body.find(",\"Baris satu"), std::string::npos);
    EXPECT_NE(csv.body.find("baris \"\"dua\"\"\"\r\n"), std::string::npos)
        << "a line break stays inside the quoted description";
    EXPECT_LT(csv.body.find("Layanan Pajak"), csv.body.find("HYPERLINK"))
        << "Strategis rows come before Rendah rows";
    EXPECT_LT(csv.body.find("HYPERLINK"), csv.body.find("Aplikasi Belum Dinilai"));
}

TEST_F(CategorisationDesk, AnAgencyAccountSeesAndRegistersOnlyItsOwnSystems)
{
    const std::string own = register_system(kAgencyCode, "SIMPUS");
    const std::string other = register_system(kSampleAgency, "Aplikasi Diskominfo Saja");
    ASSERT_FALSE(own.empty());
    ASSERT_FALSE(other.empty());
    const httplib::Headers session = agency_session();
    ASSERT_FALSE(session.empty());

    Reply home = get(*server, "/instansi/sistem", session);
    ASSERT_EQ(home.status, 200);
    EXPECT_NE(home.body.find("SIMPUS"), std::string::npos);
    EXPECT_EQ(home.body.find("Aplikasi Diskominfo Saja"), std::string::npos);
    EXPECT_EQ(get(*server, "/instansi/sistem/" + own, session).status, 200);
    EXPECT_EQ(get(*server, "/instansi/sistem/" + other, session).status, 404);
    EXPECT_EQ(get(*server, "/staf/sistem", session).status, 404);
    const std::string csrf = hidden_input(home.body, "_csrf").value_or("");

    Reply refused = post_form(*server, "/instansi/sistem",
        { { "_csrf", csrf }, { "nama", "Aplikasi Posyandu" }, { "url", "posyandu" },
            { "unit", "Bidang Kesehatan Masyarakat" } },
        session);
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(keeps_value(refused.body, "unit", "Bidang Kesehatan Masyarakat"));
    Reply added = post_form(*server, "/instansi/sistem",
        { { "_csrf", csrf }, { "nama", "Aplikasi Posyandu" },
            { "url", "https://posyandu.magelangkota.go.id" },
            { "unit", "Bidang Kesehatan Masyarakat" }, { "instansi", kSampleAgency } },
        session);
    ASSERT_EQ(added.status, 303) << added.body;
    // Registered under the account's own agency, whatever the form said.
    Reply staff_view = team->get("/staf/sistem?instansi=" + std::string(kAgencyCode));
    EXPECT_NE(staff_view.body.find("Aplikasi Posyandu"), std::string::npos);
    EXPECT_EQ(team->get("/staf/sistem?instansi=" + std::string(kSampleAgency))
                  .body.find("Aplikasi Posyandu"),
        std::string::npos);
    EXPECT_EQ(sql("SELECT actor_kind FROM audit_log WHERE action = 'system.add' ORDER BY id DESC "
                  "LIMIT 1"),
        "instansi\n");
}

} // namespace lapis::e2e
