// The literacy desk over HTTP: the named team member schedules a requested
// seminar and the requester sees it on the tracking page; a speaker booked twice
// is warned; a bad schedule is re-shown with 422; other roles are refused; an
// article written in Markdown is published safely, shown publicly with TLP:CLEAR,
// and answers 404 while unpublished.
#include <gtest/gtest.h>

#include <ctime>

#include "client.hpp"
#include "server.hpp"

namespace lapis::e2e {
namespace {

std::string next_year_date(const char* month_day)
{
    return std::to_string(office_year() + 1) + "-" + month_day;
}

class LiteracyDesk : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        server = std::make_unique<LapisServer>();
        auto made = server->add_users({ { "lita@uji.lapis", "Lita Literasi", { "tim-literasi" } },
            { "lukas@uji.lapis", "Lukas Literasi", { "tim-literasi" } },
            { "kabid@uji.lapis", "Kabid Budi", { "kepala-bidang" } },
            { "helpdesk@uji.lapis", "Hana Helpdesk", { "helpdesk" } } });
        server->start();
        lita = std::make_unique<StaffClient>(*server, made[0]);
        lukas = std::make_unique<StaffClient>(*server, made[1]);
        head = std::make_unique<StaffClient>(*server, made[2]);
        helpdesk = std::make_unique<StaffClient>(*server, made[3]);
    }
    static void TearDownTestSuite()
    {
        lita.reset();
        lukas.reset();
        head.reset();
        helpdesk.reset();
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

    // A seminar request, its team named by the head of division.
    static Submitted seminar_assigned_to(const StaffClient& member)
    {
        Submitted sent = submit_api(*server, valid_form("literasi-keamanan-informasi"));
        EXPECT_EQ(sent.status, 201) << sent.reply.body;
        Reply assigned = head->act(sent.number,
            { { "aksi", "assign" }, { "petugas", std::to_string(member.account().id) } });
        EXPECT_EQ(assigned.status, 303) << assigned.body;
        return sent;
    }

    static httplib::Params schedule(const std::string& date, const std::string& starts,
        const std::string& ends, std::vector<const StaffClient*> speakers)
    {
        httplib::Params params{ { "tanggal", date }, { "mulai", starts }, { "selesai", ends },
            { "tempat", "Aula SMA Negeri 1 Magelang" }, { "catatan", "Bawa proyektor <HDMI>" } };
        for (const StaffClient* speaker : speakers)
            params.emplace("narasumber", std::to_string(speaker->account().id));
        return params;
    }

    static inline std::unique_ptr<LapisServer> server;
    static inline std::unique_ptr<StaffClient> lita;
    static inline std::unique_ptr<StaffClient> lukas;
    static inline std::unique_ptr<StaffClient> head;
    static inline std::unique_ptr<StaffClient> helpdesk;
};

TEST_F(LiteracyDesk, TheNamedTeamMemberSchedulesAndTheRequesterSeesItOnTracking)
{
    Submitted sent = seminar_assigned_to(*lita);
    const std::string date = next_year_date("02-15");
    Reply saved = post(*lita, "/staf/permohonan/" + sent.number + "/literasi/jadwal",
        schedule(date, "09:00", "11:30", { lita.get(), lukas.get() }));
    ASSERT_EQ(saved.status, 303) << saved.body;

    Reply tracking = track_page(*server, sent.number, sent.code);
    ASSERT_EQ(tracking.status, 200);
    const std::string when
        = "15 Februari " + std::to_string(office_year() + 1) + ", 09.00–11.30 WIB";
    EXPECT_NE(tracking.body.find(when), std::string::npos) << tracking.body;
    EXPECT_NE(tracking.body.find("Aula SMA Negeri 1 Magelang"), std::string::npos);
    EXPECT_NE(tracking.body.find("Lita Literasi, Lukas Literasi"), std::string::npos);
    EXPECT_NE(tracking.body.find("Bawa proyektor &lt;HDMI&gt;"), std::string::npos);

    Reply list = lita->get("/staf/literasi/jadwal");
    ASSERT_EQ(list.status, 200);
    EXPECT_NE(list.body.find(sent.number), std::string::npos);
    EXPECT_NE(list.body.find(when), std::string::npos);
    EXPECT_NE(list.body.find("<td>Keamanan akun media sosial</td>"), std::string::npos)
        << "the topic the requester asked for";
    EXPECT_EQ(head->get("/staf/literasi/jadwal").status, 200);
    EXPECT_EQ(helpdesk->get("/staf/literasi/jadwal").status, 404);
}

TEST_F(LiteracyDesk, ASpeakerBookedAtAnOverlappingTimeIsWarned)
{
    const std::string date = next_year_date("03-10");
    Submitted first = seminar_assigned_to(*lita);
    ASSERT_EQ(post(*lita, "/staf/permohonan/" + first.number + "/literasi/jadwal",
                  schedule(date, "09:00", "11:00", { lukas.get() }))
                  .status,
        303);
    Submitted second = seminar_assigned_to(*lita);
    ASSERT_EQ(post(*lita, "/staf/permohonan/" + second.number + "/literasi/jadwal",
                  schedule(date, "10:30", "12:00", { lukas.get() }))
                  .status,
        303);
    Reply page = lita->request_page(second.number);
    EXPECT_NE(
        page.body.find("Bentrok jadwal: Lukas Literasi juga dijadwalkan pada"), std::string::npos)
        << page.body;
    EXPECT_NE(page.body.find(first.number), std::string::npos);
    // Back to back is not a clash.
    Submitted third = seminar_assigned_to(*lita);
    ASSERT_EQ(post(*lita, "/staf/permohonan/" + third.number + "/literasi/jadwal",
                  schedule(date, "12:00", "13:00", { lukas.get() }))
                  .status,
        303);
    EXPECT_EQ(lita->request_page(third.number).body.find("Bentrok jadwal"), std::string::npos);
}

TEST_F(LiteracyDesk, ABadScheduleIsReshownWithTheErrorAndTheTypedValues)
{
    Submitted sent = seminar_assigned_to(*lita);
    Reply refused = post(*lita, "/staf/permohonan/" + sent.number + "/literasi/jadwal",
        schedule(next_year_date("04-01"), "11:00", "09:00", {}));
    EXPECT_EQ(refused.status, 422);
    EXPECT_NE(refused.body.find("Jam selesai harus sesudah jam mulai"), std::string::npos);
    EXPECT_NE(refused.body.find("Pilih paling sedikit satu narasumber"), std::string::npos);
    EXPECT_TRUE(keeps_value(refused.body, "tempat", "Aula SMA Negeri 1 Magelang"));
    EXPECT_TRUE(keeps_value(refused.body, "mulai", "11:00"));
    EXPECT_EQ(
        track_page(*server, sent.number, sent.code).body.find("id=\"jadwal\""), std::string::npos);
}

TEST_F(LiteracyDesk, OtherRolesAndUnnamedMembersAreRefused)
{
    Submitted sent = seminar_assigned_to(*lita);
    const auto params = schedule(next_year_date("05-01"), "09:00", "10:00", { lita.get() });
    EXPECT_EQ(
        post(*helpdesk, "/staf/permohonan/" + sent.number + "/literasi/jadwal", params).status,
        404);
    EXPECT_EQ(
        post(*lukas, "/staf/permohonan/" + sent.number + "/literasi/jadwal", params).status, 403);
    EXPECT_EQ(
        post(*head, "/staf/permohonan/" + sent.number + "/literasi/jadwal", params).status, 403);
    // Without a session: to sign-in.
    Reply anonymous = post_form(*server, "/staf/permohonan/" + sent.number + "/literasi/jadwal",
        schedule(next_year_date("05-01"), "09:00", "10:00", {}));
    EXPECT_EQ(anonymous.status, 303);
    EXPECT_EQ(anonymous.header("Location"), "/masuk");
}

TEST_F(LiteracyDesk, AnArticleInMarkdownIsPublishedSafelyAndHiddenWhenUnpublished)
{
    const std::string body = "Gunakan **kata sandi** yang kuat.\n\n"
                             "<script>alert('xss')</script>\n\n"
                             "<div onclick=\"alert(1)\">klik</div>\n\n"
                             "[Klik di sini](javascript:alert(document.cookie)) dan "
                             "[BSSN](https://bssn.go.id).\n";
    Reply created = post(*lita, "/staf/literasi/artikel",
        { { "judul", "Kata Sandi <b>Kuat</b>" }, { "alamat", "kata-sandi-kuat" },
            { "ringkasan", "Tips singkat" }, { "isi", body } });
    ASSERT_EQ(created.status, 303) << created.body;
    const std::string editor
        = created.header("Location").substr(0, created.header("Location").find('?'));

    EXPECT_EQ(get(*server, "/literasi/kata-sandi-kuat").status, 404);
    EXPECT_EQ(get(*server, "/literasi").body.find("kata-sandi-kuat"), std::string::npos);

    ASSERT_EQ(post(*lita, editor + "/terbit", { { "terbit", "1" } }).status, 303);
    Reply shown = get(*server, "/literasi/kata-sandi-kuat");
    ASSERT_EQ(shown.status, 200);
    EXPECT_NE(shown.body.find("<strong>kata sandi</strong>"), std::string::npos) << shown.body;
    EXPECT_NE(shown.body.find("TLP:CLEAR"), std::string::npos);
    EXPECT_NE(shown.body.find("Kata Sandi &lt;b&gt;Kuat&lt;/b&gt;"), std::string::npos);
    EXPECT_NE(shown.body.find("href=\"https://bssn.go.id\""), std::string::npos);
    for (const char* unsafe : { "<script>alert", "javascript:", "onclick", "<div" })
        EXPECT_EQ(shown.body.find(unsafe), std::string::npos) << unsafe;
    EXPECT_NE(get(*server, "/literasi").body.find("/literasi/kata-sandi-kuat"), std::string::npos);

    ASSERT_EQ(post(*lita, editor + "/terbit", { { "terbit", "0" } }).status, 303);
    EXPECT_EQ(get(*server, "/literasi/kata-sandi-kuat").status, 404);
    EXPECT_EQ(get(*server, "/literasi/tidak-ada").status, 404);
}

TEST_F(LiteracyDesk, ArticleFormRefusesWithTheTypedTextKeptAndOnlyTheTeamWrites)
{
    Reply refused = post(*lita, "/staf/literasi/artikel",
        { { "judul", "" }, { "alamat", "Bukan Alamat" }, { "isi", "Isi *tetap* ada" } });
    EXPECT_EQ(refused.status, 422);
    EXPECT_NE(refused.body.find("Alamat artikel hanya boleh"), std::string::npos);
    EXPECT_NE(refused.body.find("Isi *tetap* ada"), std::string::npos);

    ASSERT_EQ(post(*lita, "/staf/literasi/artikel",
                  { { "judul", "Phishing" }, { "alamat", "phishing" }, { "isi", "x" } })
                  .status,
        303);
    Reply taken = post(*lita, "/staf/literasi/artikel",
        { { "judul", "Phishing lagi" }, { "alamat", "phishing" }, { "isi", "y" } });
    EXPECT_EQ(taken.status, 422);
    EXPECT_NE(taken.body.find("sudah dipakai"), std::string::npos);

    EXPECT_EQ(helpdesk->get("/staf/literasi").status, 404);
    EXPECT_EQ(head->get("/staf/literasi/artikel/baru").status, 404);
    EXPECT_EQ(post(*helpdesk, "/staf/literasi/artikel",
                  { { "judul", "X" }, { "alamat", "x" }, { "isi", "x" } })
                  .status,
        404);
    EXPECT_EQ(get(*server, "/staf/literasi").status, 303);
}

} // namespace
} // namespace lapis::e2e
