// The telephone desk over HTTP: a fault ticket with its location and extension,
// assigned by the head of division, a failed then a passed test before it closes;
// the operator's directory (CSV import all or nothing, search without JavaScript,
// the live-filter script served by lapis) and the call log; other roles kept out.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <future>
#include <memory>

#include "client.hpp"
#include "server.hpp"

namespace lapis::e2e {
namespace {

using nlohmann::json;

class TelecomDesk : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        server = std::make_unique<LapisServer>();
        auto made = server->add_users({ { "kabid@uji.lapis", "Kabid Budi", { "kepala-bidang" } },
            { "tomo@uji.lapis", "Tomo Telekom", { "tim-telekomunikasi" } },
            { "tono@uji.lapis", "Tono Telekom Dua", { "tim-telekomunikasi" } },
            { "oki@uji.lapis", "Oki Operator", { "operator" } },
            { "sapta@uji.lapis", "Sapta Sanapati", { "petugas-sanapati" } } });
        server->start();
        std::vector<std::future<std::unique_ptr<StaffClient>>> sessions;
        for (const StaffAccount& account : made) {
            sessions.push_back(std::async(std::launch::async,
                [account] { return std::make_unique<StaffClient>(*server, account); }));
        }
        head = sessions[0].get();
        team = sessions[1].get();
        other_member = sessions[2].get();
        operator_ = sessions[3].get();
        sanapati = sessions[4].get();
    }

    static void TearDownTestSuite()
    {
        head.reset();
        team.reset();
        other_member.reset();
        operator_.reset();
        sanapati.reset();
        server.reset();
    }

    void SetUp() override
    {
        if (!server || !server->running())
            GTEST_FAIL() << "the server did not start";
    }

    static Reply post(const StaffClient& staff, const std::string& path, httplib::Params params)
    {
        params.emplace("_csrf", staff.csrf());
        return post_form(*server, path, params, staff.cookie_headers());
    }

    static Reply upload(const StaffClient& staff, const std::string& csv)
    {
        return post_multipart(*server, "/staf/telepon/direktori/impor",
            { { "_csrf", staff.csrf(), "", "" }, { "berkas", csv, "direktori.csv", "text/csv" } },
            staff.cookie_headers());
    }

    static Reply step(const StaffClient& staff, const std::string& number)
    {
        return staff.act(number, { { "aksi", "complete" }, { "catatan", "Selesai." } });
    }

    static inline std::unique_ptr<LapisServer> server;
    static inline std::unique_ptr<StaffClient> head;
    static inline std::unique_ptr<StaffClient> team;
    static inline std::unique_ptr<StaffClient> other_member;
    static inline std::unique_ptr<StaffClient> operator_;
    static inline std::unique_ptr<StaffClient> sanapati;
};

TEST_F(TelecomDesk, FaultTicketIsAssignedTestedTwiceAndClosedOnlyAfterAPass)
{
    Submitted sent = submit_api(*server, valid_form("jaringan-komunikasi", "gangguan"));
    ASSERT_EQ(sent.status, 201) << sent.reply.body;
    const std::string number = sent.number;
    const std::string desk = "/staf/permohonan/" + number + "/telekomunikasi/";

    // The ticket carries the form's location and extension.
    Reply page = head->request_page(number);
    EXPECT_NE(
        page.body.find("<dt>Lokasi</dt><dd>Kantor Kecamatan Magelang Utara, Ruang Camat</dd>"),
        std::string::npos)
        << page.body;
    EXPECT_NE(page.body.find("<dt>Ekstensi</dt><dd>401</dd>"), std::string::npos);

    // Langkah 2: the head of division assigns the team (the procedure's assign step).
    ASSERT_EQ(head->act(number,
                      { { "aksi", "assign" }, { "petugas", std::to_string(team->account().id) } })
                  .status,
        303);
    EXPECT_NE(
        team->request_page(number).body.find("<strong>Tomo Telekom</strong>"), std::string::npos);

    // The team confirms the location; a bad extension is refused with the values kept.
    Reply bad
        = post(*team, desk + "tiket", { { "lokasi", "Gedung B, Ruang 2" }, { "ekstensi", "4O1" } });
    EXPECT_EQ(bad.status, 422);
    EXPECT_NE(bad.body.find("Nomor ekstensi harus angka saja"), std::string::npos);
    EXPECT_NE(bad.body.find("value=\"Gedung B, Ruang 2\""), std::string::npos);
    ASSERT_EQ(
        post(*team, desk + "tiket", { { "lokasi", "Gedung B, Ruang 2" }, { "ekstensi", "402" } })
            .status,
        303);

    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(step(*team, number).status, 303) << "step " << i + 3;
    EXPECT_EQ(track_api(*server, number, sent.code).json()["step"], "6");

    // Langkah 6: no closing without a test; a failed test must say what failed.
    Reply untested = step(*team, number);
    EXPECT_EQ(untested.status, 422);
    EXPECT_NE(untested.body.find("belum ada hasil pengujian yang lulus"), std::string::npos);
    EXPECT_EQ(post(*other_member, desk + "uji",
                  { { "hasil", "lulus" }, { "tanggal_uji", office_today() } })
                  .status,
        403)
        << "a member who was not assigned";
    EXPECT_EQ(post(*team, desk + "uji", { { "hasil", "gagal" }, { "tanggal_uji", office_today() } })
                  .status,
        422);
    ASSERT_EQ(post(*team, desk + "uji",
                  { { "hasil", "gagal" }, { "catatan_uji", "Masih tidak ada nada sambung." },
                      { "tanggal_uji", office_today() } })
                  .status,
        303);
    Reply failed_last = step(*team, number);
    EXPECT_EQ(failed_last.status, 422);
    EXPECT_NE(failed_last.body.find("pengujian terakhir gagal"), std::string::npos);

    // Back to the repair, then a passed test closes it.
    ASSERT_EQ(team->act(number,
                      { { "aksi", "back" }, { "ke_langkah", "penanganan" },
                          { "catatan", "Kabel diganti ulang." } })
                  .status,
        303);
    EXPECT_EQ(post(*team, desk + "uji", { { "hasil", "lulus" }, { "tanggal_uji", office_today() } })
                  .status,
        409)
        << "the test belongs to the test step";
    ASSERT_EQ(step(*team, number).status, 303);
    ASSERT_EQ(post(*team, desk + "uji",
                  { { "hasil", "lulus" }, { "catatan_uji", "Nada sambung normal." },
                      { "tanggal_uji", office_today() } })
                  .status,
        303);
    ASSERT_EQ(step(*team, number).status, 303);
    EXPECT_EQ(track_api(*server, number, sent.code).json()["status"], "selesai");

    Reply tracking = track_page(*server, number, sent.code);
    EXPECT_NE(tracking.body.find("<dt>Ekstensi</dt><dd>402</dd>"), std::string::npos);
    EXPECT_NE(tracking.body.find("<strong>gagal</strong> — Masih tidak ada nada sambung."),
        std::string::npos);
    EXPECT_NE(
        tracking.body.find("<strong>lulus</strong> — Nada sambung normal."), std::string::npos);
    EXPECT_NE(tracking.body.find("Pengujian gagal"), std::string::npos) << "in the history";
    EXPECT_NE(tracking.body.find("Pengujian lulus"), std::string::npos);
}

TEST_F(TelecomDesk, ProvisioningTicketCarriesItsLocation)
{
    Submitted sent = submit_api(*server, valid_form("jaringan-komunikasi", "penyediaan"));
    ASSERT_EQ(sent.status, 201);
    Reply page = team->request_page(sent.number);
    EXPECT_NE(
        page.body.find("<dt>Lokasi</dt><dd>Kantor Kecamatan Magelang Utara, Ruang Camat</dd>"),
        std::string::npos);
    EXPECT_EQ(post(*sanapati, "/staf/permohonan/" + sent.number + "/telekomunikasi/tiket",
                  { { "lokasi", "X" } })
                  .status,
        404)
        << "a role that does not act in the procedure";
}

TEST_F(TelecomDesk, DirectoryImportIsAllOrNothingAndSearchable)
{
    const std::string good = "\xEF\xBB\xBF"
                             "ekstensi,nama,unit,lokasi\r\n"
                             "401,Bidang Persandian,\"Diskominfo, Statistik\",Gedung B Lt 2\r\n"
                             "402,Bidang Statistik,Diskominfo,Gedung B Lt 2\r\n"
                             "9,Operator,Diskominfo,Lobi\r\n";
    Reply imported = upload(*operator_, good);
    ASSERT_EQ(imported.status, 303) << imported.body;
    EXPECT_EQ(imported.header("Location"), "/staf/telepon/direktori?impor=3");
    EXPECT_NE(operator_->get("/staf/telepon/direktori?impor=3")
                  .body.find("Direktori diganti dengan 3 nomor ekstensi."),
        std::string::npos);

    Reply refused = upload(*operator_, "ekstensi,nama\n500,Sekretariat\n50x,Aula\n");
    EXPECT_EQ(refused.status, 422);
    EXPECT_NE(refused.body.find("Baris 3: Nomor ekstensi harus angka saja, paling banyak 10 digit "
                                "(tertulis: 50x)."),
        std::string::npos)
        << refused.body;
    EXPECT_NE(refused.body.find("direktori tidak diubah"), std::string::npos);

    Reply all = operator_->get("/staf/telepon/direktori");
    EXPECT_NE(all.body.find("3 nomor ekstensi di direktori."), std::string::npos);
    EXPECT_EQ(all.body.find("Sekretariat"), std::string::npos) << "nothing of the bad file";
    EXPECT_NE(all.body.find("<td>Diskominfo, Statistik</td>"), std::string::npos);

    Reply found = operator_->get("/staf/telepon/direktori?q=persandian%20gedung");
    EXPECT_NE(found.body.find("<td>Bidang Persandian</td>"), std::string::npos);
    EXPECT_EQ(found.body.find("<td>Bidang Statistik</td>"), std::string::npos);
    Reply by_number = operator_->get("/staf/telepon/direktori?q=40");
    EXPECT_NE(by_number.body.find("<td>402</td>"), std::string::npos);
    EXPECT_EQ(by_number.body.find("<td>Operator</td>"), std::string::npos);

    // The live filter is lapis's own script, allowed by the CSP; no inline script.
    EXPECT_NE(all.body.find("<script src=\"/aset/js/direktori-telepon.js\"></script>"),
        std::string::npos);
    EXPECT_NE(all.header("Content-Security-Policy").find("script-src 'self'"), std::string::npos);
    Reply script = get(*server, "/aset/js/direktori-telepon.js");
    EXPECT_EQ(script.status, 200);
    EXPECT_EQ(script.header("Content-Type"), "text/javascript; charset=utf-8");
    EXPECT_NE(script.body.find("cari-ekstensi"), std::string::npos);
}

TEST_F(TelecomDesk, OperatorLogsConnectedCallsListedByDay)
{
    const std::string today = office_today();
    Reply missing = post(*operator_, "/staf/telepon/panggilan",
        { { "penelepon", "Dinas Kesehatan" }, { "tujuan", "" }, { "waktu", today + "T09:15" },
            { "tersambung", "ya" } });
    EXPECT_EQ(missing.status, 422);
    EXPECT_NE(missing.body.find("value=\"Dinas Kesehatan\""), std::string::npos);

    ASSERT_EQ(post(*operator_, "/staf/telepon/panggilan",
                  { { "penelepon", "Dinas Kesehatan" }, { "tujuan", "Ext 401 Persandian" },
                      { "waktu", today + "T09:15" }, { "tersambung", "ya" } })
                  .status,
        303);
    ASSERT_EQ(post(*operator_, "/staf/telepon/panggilan",
                  { { "penelepon", "Warga (0293 311 000)" }, { "tujuan", "Kepala Dinas" },
                      { "waktu", today + "T08:05" }, { "tersambung", "tidak" },
                      { "catatan", "Sedang rapat." } })
                  .status,
        303);
    Reply log = operator_->get("/staf/telepon/panggilan?tanggal=" + today);
    ASSERT_EQ(log.status, 200);
    EXPECT_NE(log.body.find("2 panggilan, 1 tersambung."), std::string::npos) << log.body;
    const auto early = log.body.find("<td>08.05</td><td>Warga (0293 311 000)</td>");
    const auto later = log.body.find("<td>09.15</td><td>Dinas Kesehatan</td>");
    ASSERT_NE(early, std::string::npos);
    ASSERT_NE(later, std::string::npos);
    EXPECT_LT(early, later);
    EXPECT_NE(log.body.find("<td>Tidak</td><td>Sedang rapat.</td>"), std::string::npos);
    Reply other_day = operator_->get("/staf/telepon/panggilan?tanggal=2020-01-01");
    EXPECT_NE(other_day.body.find("0 panggilan"), std::string::npos);
}

TEST_F(TelecomDesk, OnlyTheOperatorKeepsTheDirectoryAndCallLog)
{
    EXPECT_NE(
        operator_->get("/staf").body.find("href=\"/staf/telepon/direktori\""), std::string::npos)
        << "the operator's queue page links the directory";
    EXPECT_NE(
        operator_->get("/staf").body.find("href=\"/staf/telepon/panggilan\""), std::string::npos);
    EXPECT_EQ(team->get("/staf").body.find("/staf/telepon/"), std::string::npos);
    EXPECT_EQ(team->get("/staf/telepon/direktori").status, 403);
    EXPECT_EQ(head->get("/staf/telepon/panggilan").status, 403);
    EXPECT_EQ(upload(*team, "ekstensi,nama\n1,X\n").status, 403);
    EXPECT_EQ(post(*sanapati, "/staf/telepon/panggilan",
                  { { "penelepon", "X" }, { "tujuan", "Y" }, { "waktu", office_today() + "T08:00" },
                      { "tersambung", "ya" } })
                  .status,
        403);
    // Signed out: to the sign-in page.
    Reply anonymous = get(*server, "/staf/telepon/direktori");
    EXPECT_EQ(anonymous.status, 303);
}

} // namespace
} // namespace lapis::e2e
