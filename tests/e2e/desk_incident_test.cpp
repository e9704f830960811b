// The CSIRT desk over HTTP: a public report classified, labelled and prioritised,
// a question the reporter answers on the tracking page, the analysis, the owner
// agency's mitigation and the CSIRT's verification; the moves the desk holds
// back; what each audience sees under TLP; and the public security.txt and team
// profile.
#include <gtest/gtest.h>

#include <chrono>
#include <ctime>
#include <memory>
#include <regex>

#include "client.hpp"
#include "samples.hpp"
#include "server.hpp"

namespace lapis::e2e {
namespace {

using nlohmann::json;

constexpr const char* kOwner = "dinas-kesehatan";
constexpr const char* kOwnerAddress = "csirt.uji.kesehatan@magelangkota.go.id";
constexpr const char* kOtherAgency = "dinas-sosial";
constexpr const char* kOtherAddress = "csirt.uji.sosial@magelangkota.go.id";
constexpr const char* kPassword = "kata sandi instansi yang panjang";
constexpr const char* kPublicUrl = "https://layanan.contoh.go.id";

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

class IncidentDesk : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        server = std::make_unique<LapisServer>();
        server->set_serve_arguments({ "--public-url", kPublicUrl });
        auto made = server->add_users({ { "helpdesk@uji.lapis", "Hana Helpdesk", { "helpdesk" } },
            { "csirt@uji.lapis", "Cahyo CSIRT", { "csirt" } },
            { "kabid@uji.lapis", "Kabid Budi", { "kepala-bidang" } },
            { "penilai@uji.lapis", "Nilam Penilai", { "tim-penilai" } } });
        server->start();
        helpdesk = std::make_unique<StaffClient>(*server, made[0]);
        csirt = std::make_unique<StaffClient>(*server, made[1]);
        head = std::make_unique<StaffClient>(*server, made[2]);
        assessor = std::make_unique<StaffClient>(*server, made[3]);
        owner_cookie = agency_session(kOwnerAddress, kOwner);
        other_cookie = agency_session(kOtherAddress, kOtherAgency);
    }
    static void TearDownTestSuite()
    {
        helpdesk.reset();
        csirt.reset();
        head.reset();
        assessor.reset();
        server.reset();
    }

    void SetUp() override
    {
        if (!server || !server->running() || owner_cookie.empty() || other_cookie.empty())
            GTEST_FAIL() << "the server or the agency accounts did not start";
    }

    // Registers an agency account, follows the link from the outbox and signs in.
    static std::string agency_session(const std::string& address, const std::string& agency)
    {
        post_form(*server, "/instansi/daftar",
            { { "nama", "Petugas " + agency }, { "email", address }, { "instansi", agency },
                { "password", kPassword }, { "password_again", kPassword } });
        CommandResult mail = run_command({ "/usr/bin/sqlite3", server->data_dir() + "/lapis.db",
                                             "SELECT body FROM outbox WHERE recipient = '" + address
                                                 + "' ORDER BY id DESC LIMIT 1" },
            "");
        std::smatch link;
        if (!std::regex_search(mail.output, link, std::regex("/instansi/verifikasi/[a-z2-7]+")))
            return {};
        get(*server, link[0]);
        Reply login
            = post_form(*server, "/masuk", { { "email", address }, { "password", kPassword } });
        std::smatch cookie;
        const std::string header = login.header("Set-Cookie");
        return std::regex_search(header, cookie, std::regex("lapis_sesi=([^;]+)"))
            ? "lapis_sesi=" + cookie[1].str()
            : std::string();
    }

    // A report from a member of the public, verified by the helpdesk: at step 3.
    static Submitted public_report()
    {
        FormSample form = valid_form("pelaporan-insiden", "insiden");
        form.values["jenis_pelapor"] = "masyarakat";
        form.values.erase("instansi");
        Submitted report = submit_api(*server, form);
        EXPECT_EQ(report.status, 201) << report.reply.body;
        EXPECT_EQ(helpdesk->act(report.number, { { "aksi", "complete" } }).status, 303);
        return report;
    }

    // POST to one of the desk's staff forms with the staff member's session.
    static Reply desk_post(const StaffClient& staff, const std::string& number,
        const std::string& form, httplib::Params params)
    {
        params.emplace("_csrf", staff.csrf());
        return post_form(*server, "/staf/permohonan/" + number + "/insiden/" + form, params,
            staff.cookie_headers());
    }

    static Reply agency_get(const std::string& cookie, const std::string& path)
    {
        return get(*server, path, { { "Cookie", cookie } });
    }

    static Reply agency_post(
        const std::string& cookie, const std::string& path, httplib::Params params)
    {
        Reply page = agency_get(cookie, "/instansi");
        params.emplace("_csrf", hidden_input(page.body, "_csrf").value_or(""));
        return post_form(*server, path, params, { { "Cookie", cookie } });
    }

    static std::string evidence_id(const std::string& number)
    {
        Reply page = csirt->request_page(number);
        std::smatch match;
        std::regex link("/lampiran/(\\d+)\">bukti-log\\.txt</a>");
        return std::regex_search(page.body, match, link) ? match[1].str() : std::string();
    }

    static json tracked(const Submitted& report)
    {
        return track_api(*server, report.number, report.code).json();
    }

    static void classify(const std::string& number, const std::string& tlp)
    {
        Reply saved = desk_post(*csirt, number, "klasifikasi",
            { { "klasifikasi", "intrusions/application-compromise" }, { "tlp", tlp } });
        ASSERT_EQ(saved.status, 303) << saved.body;
    }

    static inline std::unique_ptr<LapisServer> server;
    static inline std::unique_ptr<StaffClient> helpdesk;
    static inline std::unique_ptr<StaffClient> csirt;
    static inline std::unique_ptr<StaffClient> head;
    static inline std::unique_ptr<StaffClient> assessor;
    static inline std::string owner_cookie;
    static inline std::string other_cookie;
};

TEST_F(IncidentDesk, PublicReportIsClassifiedQuestionedAnsweredAnalysedMitigatedAndVerified)
{
    const Submitted report = public_report();
    const std::string& number = report.number;

    // The CSIRT's panel suggests the classification of the reporter's choice (defacement).
    Reply page = csirt->request_page(number);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Panel CSIRT"));
    EXPECT_TRUE(contains(page.body, "value=\"intrusions/application-compromise\" selected"));

    // A priority other than the type's default (P2) needs a reason; the typed values stay.
    Reply no_reason = desk_post(*csirt, number, "klasifikasi",
        { { "klasifikasi", "intrusions/application-compromise" }, { "tlp", "TLP:AMBER" },
            { "prioritas", "P1" } });
    EXPECT_EQ(no_reason.status, 422);
    EXPECT_TRUE(contains(no_reason.body, "Tuliskan alasan perubahan prioritas")) << no_reason.body;
    EXPECT_TRUE(contains(no_reason.body, "value=\"P1\" selected"));
    EXPECT_TRUE(contains(no_reason.body, "value=\"TLP:AMBER\" selected"));
    EXPECT_EQ(
        desk_post(*csirt, number, "klasifikasi",
            { { "klasifikasi", "intrusions/application-compromise" }, { "tlp", "TLP:WHITE" } })
            .status,
        422);

    // Classified with the default priority and TLP:AMBER: the label shows to staff, the
    // machine value is what is stored; the reporter does not see an AMBER classification.
    classify(number, "TLP:AMBER");
    page = csirt->request_page(number);
    EXPECT_TRUE(contains(page.body, "(Application Compromise)")) << page.body;
    EXPECT_TRUE(contains(page.body, html_escape("rsit:intrusions=\"application-compromise\"")));
    EXPECT_TRUE(contains(page.body, "P2 – Tinggi"));
    Reply tracking = track_page(*server, number, report.code);
    EXPECT_FALSE(contains(tracking.body, "Application Compromise"));
    EXPECT_FALSE(contains(tracking.body, "TLP:AMBER"));

    // Reclassified TLP:GREEN with P1 and a reason: the reporter now sees label and priority.
    Reply raised = desk_post(*csirt, number, "klasifikasi",
        { { "klasifikasi", "intrusions/application-compromise" }, { "tlp", "TLP:GREEN" },
            { "prioritas", "P1" }, { "alasan_prioritas", "Situs layanan publik utama." } });
    ASSERT_EQ(raised.status, 303) << raised.body;
    page = csirt->request_page(number);
    EXPECT_TRUE(contains(page.body, "P1 – Kritis"));
    EXPECT_TRUE(contains(page.body, "Situs layanan publik utama."));
    EXPECT_TRUE(contains(page.body, "bawaan: P2 – Tinggi"));
    tracking = track_page(*server, number, report.code);
    EXPECT_TRUE(contains(tracking.body, "Application Compromise"));
    EXPECT_TRUE(contains(tracking.body, "TLP:GREEN"));
    EXPECT_TRUE(contains(tracking.body, "P1 – Kritis"));

    // The CSIRT asks the reporter; the public reporter answers on the tracking page.
    ASSERT_EQ(csirt
                  ->act(number,
                      { { "aksi", "return" },
                          { "catatan", "Kapan tampilan situs pertama kali berubah?" } })
                  .status,
        303);
    EXPECT_EQ(tracked(report)["status"], "menunggu-pemohon");
    tracking = track_page(*server, number, report.code);
    EXPECT_TRUE(contains(tracking.body, "Kapan tampilan situs pertama kali berubah?"));
    Reply answered = post_form(*server, "/lacak/" + number + "/aksi",
        { { "kode", report.code }, { "aksi", "answer" },
            { "catatan", "Sekitar pukul 06.00 WIB." } });
    ASSERT_EQ(answered.status, 303) << answered.body;
    json after = tracked(report);
    EXPECT_EQ(after["status"], "berjalan");
    EXPECT_EQ(after["step"], "3");
    EXPECT_TRUE(contains(csirt->request_page(number).body, "Sekitar pukul 06.00 WIB."));

    // The affected system: registered quickly for the owner and linked.
    // The registry's own rules: an address that is not http(s) and a missing unit are
    // refused, with what was typed kept.
    Reply bad_url = desk_post(*csirt, number, "sistem",
        { { "baru", "1" }, { "instansi", kOwner }, { "nama", "Situs Dinas Kesehatan" },
            { "url", "javascript:alert(1)" } });
    EXPECT_EQ(bad_url.status, 422);
    EXPECT_TRUE(contains(bad_url.body, "value=\"Situs Dinas Kesehatan\""));
    EXPECT_FALSE(contains(bad_url.body, "Sistem elektronik terdampak</h3>"));
    Reply linked = desk_post(*csirt, number, "sistem",
        { { "baru", "1" }, { "instansi", kOwner }, { "nama", "Situs Dinas Kesehatan" },
            { "url", "https://dinkes.magelangkota.go.id" }, { "unit", "Bidang Pelayanan" } });
    ASSERT_EQ(linked.status, 303) << linked.body;
    Reply again = desk_post(*csirt, number, "sistem",
        { { "baru", "1" }, { "instansi", kOwner }, { "nama", "situs dinas kesehatan" },
            { "unit", "Bidang Pelayanan" } });
    EXPECT_EQ(again.status, 422) << "a second system of the same name";
    page = csirt->request_page(number);
    EXPECT_TRUE(contains(page.body, "<strong>Situs Dinas Kesehatan</strong>"));
    EXPECT_TRUE(contains(page.body, "belum dikategorikan"));

    // Evidence TLP:RED, the impact analysis TLP:RED, the recommendation TLP:AMBER.
    const std::string evidence = evidence_id(number);
    ASSERT_FALSE(evidence.empty());
    ASSERT_EQ(desk_post(*csirt, number, "bukti", { { "lampiran", evidence }, { "tlp", "TLP:RED" } })
                  .status,
        303);
    Reply no_summary = desk_post(*csirt, number, "analisis",
        { { "kerahasiaan", "1" }, { "data_pribadi", "tidak" }, { "gangguan_layanan", "total" },
            { "pengguna_terdampak", "banyak" }, { "tlp", "TLP:RED" } });
    EXPECT_EQ(no_summary.status, 422);
    EXPECT_TRUE(contains(no_summary.body, "Jumlah harus berupa angka"));
    EXPECT_TRUE(contains(no_summary.body, "value=\"banyak\""));
    ASSERT_EQ(desk_post(*csirt, number, "analisis",
                  { { "integritas", "1" }, { "ketersediaan", "1" }, { "data_pribadi", "tidak" },
                      { "gangguan_layanan", "total" }, { "pengguna_terdampak", "1200" },
                      { "sistem_terdampak_jumlah", "1" },
                      { "ringkasan", "Kredensial admin bocor: RAHASIA-MERAH-123." },
                      { "tlp", "TLP:RED" } })
                  .status,
        303);
    ASSERT_EQ(
        desk_post(*csirt, number, "rekomendasi",
            { { "teks", "Perbarui CMS dan ganti kata sandi admin." }, { "tlp", "TLP:AMBER" } })
            .status,
        303);

    // The owner named must be the linked system's agency.
    Reply wrong_owner = csirt->act(number, { { "aksi", "complete" }, { "pemilik", kOtherAgency } });
    EXPECT_EQ(wrong_owner.status, 422);
    EXPECT_EQ(agency_get(owner_cookie, "/instansi/permohonan/" + number).status, 404)
        << "the owner agency sees the report only once it is named";
    ASSERT_EQ(csirt->act(number, { { "aksi", "complete" }, { "pemilik", kOwner } }).status, 303);
    // Once the owner is named, no other agency's system can be linked or registered.
    Reply other_system = desk_post(*csirt, number, "sistem",
        { { "baru", "1" }, { "instansi", kOtherAgency }, { "nama", "Portal Lain" },
            { "unit", "Sekretariat" } });
    EXPECT_EQ(other_system.status, 422);
    EXPECT_TRUE(contains(other_system.body, "Pemilik sistem sudah ditetapkan"));
    ASSERT_EQ(csirt->act(number, { { "aksi", "complete" } }).status, 303);

    // What the reporter and the owner see follows the labels.
    tracking = track_page(*server, number, report.code);
    EXPECT_FALSE(contains(tracking.body, "RAHASIA-MERAH-123"));
    EXPECT_FALSE(contains(tracking.body, "Perbarui CMS"));
    EXPECT_FALSE(contains(tracking.body, "bukti-log.txt"));
    Reply owner_page = agency_get(owner_cookie, "/instansi/permohonan/" + number);
    ASSERT_EQ(owner_page.status, 200);
    EXPECT_TRUE(contains(owner_page.body, "Perbarui CMS dan ganti kata sandi admin."));
    EXPECT_FALSE(contains(owner_page.body, "RAHASIA-MERAH-123"));
    EXPECT_FALSE(contains(owner_page.body, "bukti-log.txt"));
    const std::string evidence_path
        = "/instansi/permohonan/" + number + "/insiden/bukti/" + evidence;
    EXPECT_EQ(agency_get(owner_cookie, evidence_path).status, 404) << "TLP:RED evidence";
    ASSERT_EQ(
        desk_post(*csirt, number, "bukti", { { "lampiran", evidence }, { "tlp", "TLP:AMBER" } })
            .status,
        303);
    Reply download = agency_get(owner_cookie, evidence_path);
    EXPECT_EQ(download.status, 200);
    EXPECT_EQ(download.body, text_file("bukti", "bukti-log.txt").bytes);
    EXPECT_EQ(agency_get(other_cookie, evidence_path).status, 404);
    EXPECT_EQ(agency_get(other_cookie, "/instansi/permohonan/" + number).status, 404);

    // The owner agency records its mitigation and prevention, then completes its steps.
    EXPECT_EQ(agency_post(other_cookie, "/instansi/permohonan/" + number + "/insiden/mitigasi",
                  { { "mitigasi", "x" }, { "tlp", "TLP:AMBER" } })
                  .status,
        404);
    Reply empty = agency_post(owner_cookie, "/instansi/permohonan/" + number + "/insiden/mitigasi",
        { { "mitigasi", " " }, { "pencegahan", "" }, { "tlp", "TLP:AMBER" } });
    EXPECT_EQ(empty.status, 422);
    Reply mitigated
        = agency_post(owner_cookie, "/instansi/permohonan/" + number + "/insiden/mitigasi",
            { { "mitigasi", "CMS diperbarui ke versi 6.4." },
                { "pencegahan", "Autentikasi dua langkah untuk admin." }, { "tlp", "TLP:GREEN" } });
    ASSERT_EQ(mitigated.status, 303) << mitigated.body;
    page = csirt->request_page(number);
    EXPECT_TRUE(contains(page.body, "CMS diperbarui ke versi 6.4."));
    for (int step = 5; step <= 6; ++step) {
        ASSERT_EQ(agency_post(owner_cookie, "/instansi/permohonan/" + number + "/aksi",
                      { { "aksi", "complete" } })
                      .status,
            303)
            << "step " << step;
    }
    EXPECT_EQ(tracked(report)["step"], "7");

    // Step 7 waits for a verification; "not yet" needs a note and does not count.
    Reply early = csirt->act(number, { { "aksi", "complete" } });
    EXPECT_EQ(early.status, 422);
    EXPECT_TRUE(contains(early.body, "belum mencatat bahwa perbaikan terverifikasi"));
    EXPECT_EQ(
        desk_post(*csirt, number, "verifikasi", { { "hasil", "belum" }, { "tlp", "TLP:GREEN" } })
            .status,
        422);
    ASSERT_EQ(desk_post(*csirt, number, "verifikasi",
                  { { "hasil", "belum" }, { "catatan", "Versi lama masih aktif." },
                      { "tlp", "TLP:GREEN" } })
                  .status,
        303);
    EXPECT_EQ(csirt->act(number, { { "aksi", "complete" } }).status, 422);
    ASSERT_EQ(desk_post(*csirt, number, "verifikasi",
                  { { "hasil", "terverifikasi" }, { "catatan", "Celah tertutup." },
                      { "tlp", "TLP:GREEN" } })
                  .status,
        303);
    ASSERT_EQ(csirt->act(number, { { "aksi", "complete" } }).status, 303);
    EXPECT_EQ(tracked(report)["status"], "selesai");
    tracking = track_page(*server, number, report.code);
    EXPECT_TRUE(contains(tracking.body, "Celah tertutup."));
    EXPECT_TRUE(contains(tracking.body, "CMS diperbarui ke versi 6.4."));
    EXPECT_FALSE(contains(tracking.body, "RAHASIA-MERAH-123"));

    // A finished report's records stay as they are.
    EXPECT_EQ(desk_post(*csirt, number, "klasifikasi",
                  { { "klasifikasi", "test/test" }, { "tlp", "TLP:CLEAR" } })
                  .status,
        409);
}

TEST_F(IncidentDesk, AnalysisStepCannotBeCompletedWithoutClassificationTlpAndPriority)
{
    const Submitted report = public_report();
    const json before = tracked(report);
    Reply refused = csirt->act(report.number, { { "aksi", "complete" }, { "pemilik", kOwner } });
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(contains(refused.body, "belum mengklasifikasikan insiden")) << refused.body;
    const json after = tracked(report);
    EXPECT_EQ(after["step"], before["step"]);
    EXPECT_EQ(after["history"].size(), before["history"].size());

    classify(report.number, "TLP:CLEAR");
    EXPECT_EQ(
        csirt->act(report.number, { { "aksi", "complete" }, { "pemilik", kOwner } }).status, 303);
}

TEST_F(IncidentDesk, OnlyTheCsirtWritesAndOthersAreRefused)
{
    const Submitted report = public_report();
    const httplib::Params classification
        = { { "klasifikasi", "fraud/phishing" }, { "tlp", "TLP:AMBER" } };
    // A role outside the procedure does not see the report at all.
    EXPECT_EQ(desk_post(*assessor, report.number, "klasifikasi", classification).status, 404);
    // The head of division and the helpdesk see it but may not write the CSIRT's records.
    EXPECT_EQ(desk_post(*head, report.number, "klasifikasi", classification).status, 403);
    EXPECT_EQ(desk_post(*helpdesk, report.number, "klasifikasi", classification).status, 403);
    Reply head_page = head->request_page(report.number);
    EXPECT_TRUE(contains(head_page.body, "Panel CSIRT"));
    EXPECT_FALSE(contains(head_page.body, "/insiden/klasifikasi"));
    // Signed out: to the sign-in page; without the CSRF token: refused.
    Reply anonymous = post_form(
        *server, "/staf/permohonan/" + report.number + "/insiden/klasifikasi", classification);
    EXPECT_EQ(anonymous.status, 303);
    EXPECT_EQ(anonymous.header("Location"), "/masuk");
    EXPECT_EQ(post_form(*server, "/staf/permohonan/" + report.number + "/insiden/klasifikasi",
                  classification, csirt->cookie_headers())
                  .status,
        403);
    // Agencies: not the owner (none named yet), not their report.
    EXPECT_EQ(
        agency_post(owner_cookie, "/instansi/permohonan/" + report.number + "/insiden/mitigasi",
            { { "mitigasi", "x" }, { "tlp", "TLP:AMBER" } })
            .status,
        404);
    // Another service's request has no CSIRT desk.
    Submitted other = submit_api(*server, valid_form("penilaian-kerentanan"));
    EXPECT_EQ(desk_post(*csirt, other.number, "klasifikasi", classification).status, 404);
    // The report is unclassified after all of it.
    EXPECT_TRUE(
        contains(csirt->request_page(report.number).body, "Insiden belum diklasifikasikan"));
}

TEST_F(IncidentDesk, IdentityScansAreNotEvidenceAndUnknownSystemsAreRefused)
{
    const Submitted report = public_report();
    // The helpdesk, who verifies the reporter, sees the identity scan; the CSIRT does not.
    std::smatch scan;
    const std::string helpdesk_page = helpdesk->request_page(report.number).body;
    ASSERT_TRUE(std::regex_search(
        helpdesk_page, scan, std::regex("/lampiran/(\\d+)\">kartu-identitas\\.png</a>")));
    Reply page = csirt->request_page(report.number);
    EXPECT_FALSE(contains(page.body, "kartu-identitas.png"));
    Reply refused = desk_post(
        *csirt, report.number, "bukti", { { "lampiran", scan[1].str() }, { "tlp", "TLP:CLEAR" } });
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(contains(refused.body, "Lampiran itu bukan bukti laporan ini."));
    EXPECT_EQ(
        desk_post(*csirt, report.number, "bukti", { { "lampiran", "1e3" }, { "tlp", "TLP:CLEAR" } })
            .status,
        422);

    Reply unknown = desk_post(*csirt, report.number, "sistem", { { "sistem", "999999" } });
    EXPECT_EQ(unknown.status, 422);
    EXPECT_TRUE(contains(unknown.body, "tidak ada dalam registri"));
    Reply no_agency = desk_post(*csirt, report.number, "sistem",
        { { "baru", "1" }, { "instansi", "dinas-rahasia" }, { "nama", "Portal Rahasia" } });
    EXPECT_EQ(no_agency.status, 422);
    EXPECT_TRUE(contains(no_agency.body, "value=\"Portal Rahasia\"")) << "the typed name is kept";
    EXPECT_FALSE(
        contains(csirt->request_page(report.number).body, "Sistem elektronik terdampak</h3>"));
}

TEST_F(IncidentDesk, EvidenceLabelledRedLeavesTheHelpdeskAttachmentListAndDownload)
{
    const Submitted report = public_report();
    const std::string id = evidence_id(report.number);
    ASSERT_FALSE(id.empty());
    const std::string download = "/staf/permohonan/" + report.number + "/lampiran/" + id;
    // The CSIRT labels it from its row on the page: the row's form names the file and
    // offers the five labels.
    const std::string csirt_page = csirt->request_page(report.number).body;
    const std::string row = between(csirt_page, "<td>bukti-log.txt</td>", "</tr>");
    EXPECT_TRUE(contains(row, "name=\"lampiran\" value=\"" + id + "\"")) << row;
    EXPECT_TRUE(contains(row, "<option value=\"TLP:RED\"")) << row;
    // Unlabelled, it is what the reporter sent the office: the helpdesk verifies with it.
    EXPECT_TRUE(contains(helpdesk->request_page(report.number).body, "bukti-log.txt"));
    EXPECT_EQ(helpdesk->get(download).status, 200);

    ASSERT_EQ(
        desk_post(*csirt, report.number, "bukti", { { "lampiran", id }, { "tlp", "TLP:RED" } })
            .status,
        303);
    EXPECT_FALSE(contains(helpdesk->request_page(report.number).body, "bukti-log.txt"));
    EXPECT_EQ(helpdesk->get(download).status, 404);
    const std::string token = server->add_token("helpdesk@uji.lapis");
    const Reply api = get(
        *server, "/api/v1/requests/" + report.number, { { "Authorization", "Bearer " + token } });
    ASSERT_EQ(api.status, 200) << api.body;
    EXPECT_TRUE(contains(api.body, "\"attachments\""));
    EXPECT_FALSE(contains(api.body, "bukti-log.txt")) << "the staff API lists what the page lists";
    EXPECT_EQ(csirt->get(download).status, 200) << "the CSIRT keeps it";

    ASSERT_EQ(
        desk_post(*csirt, report.number, "bukti", { { "lampiran", id }, { "tlp", "TLP:AMBER" } })
            .status,
        303);
    EXPECT_EQ(helpdesk->get(download).status, 200);
}

TEST_F(IncidentDesk, UnreadableTextInAnyDeskFormIsRefusedAndNothingStored)
{
    const Submitted report = public_report();
    const std::string path = "/staf/permohonan/" + report.number + "/insiden/rekomendasi";
    // Bytes that are no UTF-8, sent as a browser sends a multipart form.
    httplib::MultipartFormDataItems items = { { "_csrf", csirt->csrf(), "", "" },
        { "teks", std::string("abc\xff\xfe def"), "", "" }, { "tlp", "TLP:AMBER", "", "" } };
    Reply invalid = post_multipart(*server, path, items, csirt->cookie_headers());
    EXPECT_EQ(invalid.status, 422) << invalid.body;
    EXPECT_TRUE(contains(invalid.body, "karakter yang tidak dapat dibaca"));
    // A right-to-left override and an escape character, urlencoded.
    Reply hidden = desk_post(*csirt, report.number, "rekomendasi",
        { { "teks", "Ganti sandi \u202Efdp.exe \x1b[31m" }, { "tlp", "TLP:AMBER" } });
    EXPECT_EQ(hidden.status, 422);
    EXPECT_FALSE(contains(csirt->request_page(report.number).body, "Ganti sandi"))
        << "nothing was stored";
    // Line breaks and tabs in a longer text are what people type.
    EXPECT_EQ(desk_post(*csirt, report.number, "rekomendasi",
                  { { "teks", "Langkah:\n\t1. Ganti sandi." }, { "tlp", "TLP:AMBER" } })
                  .status,
        303);
}

TEST_F(IncidentDesk, ARefusedFormKeepsItsOwnLabelAndLeavesTheOthersAtAmber)
{
    const Submitted report = public_report();
    Reply refused = desk_post(*csirt, report.number, "klasifikasi",
        { { "klasifikasi", "tidak-ada/apa-pun" }, { "tlp", "TLP:CLEAR" } });
    ASSERT_EQ(refused.status, 422);
    const std::string analysis = between(refused.body, "id=\"insiden-analisis-tlp\"", "</select>");
    EXPECT_TRUE(contains(analysis, "value=\"TLP:AMBER\" selected")) << analysis;
    EXPECT_FALSE(contains(analysis, "value=\"TLP:CLEAR\" selected")) << analysis;
}

TEST_F(IncidentDesk, TlpRedClassificationIsHiddenFromTheHelpdeskReporterAndOwner)
{
    const Submitted report = public_report();
    classify(report.number, "TLP:RED");
    EXPECT_TRUE(contains(csirt->request_page(report.number).body, "Application Compromise"));
    EXPECT_TRUE(contains(head->request_page(report.number).body, "Application Compromise"));
    EXPECT_FALSE(contains(helpdesk->request_page(report.number).body, "Application Compromise"));
    EXPECT_TRUE(contains(helpdesk->request_page(report.number).body, "hanya untuk Tim CSIRT"))
        << "the helpdesk reads that it is withheld, not that it is unclassified";
    // Nor in the history's detail the staff API returns.
    const Reply api = get(*server, "/api/v1/requests/" + report.number,
        { { "Authorization", "Bearer " + server->add_token("helpdesk@uji.lapis") } });
    ASSERT_EQ(api.status, 200) << api.body;
    EXPECT_TRUE(contains(api.body, "TLP:RED"));
    EXPECT_FALSE(contains(api.body, "application-compromise")) << api.body;
    EXPECT_FALSE(contains(track_page(*server, report.number, report.code).body, "Application"));
    ASSERT_EQ(
        csirt->act(report.number, { { "aksi", "complete" }, { "pemilik", kOwner } }).status, 303);
    Reply owner_page = agency_get(owner_cookie, "/instansi/permohonan/" + report.number);
    ASSERT_EQ(owner_page.status, 200);
    EXPECT_FALSE(contains(owner_page.body, "Application Compromise"));
    EXPECT_FALSE(contains(owner_page.body, "Label TLP laporan"));
}

TEST_F(IncidentDesk, SecurityTxtFollowsRfc9116)
{
    Reply reply = get(*server, "/.well-known/security.txt");
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(reply.header("Content-Type"), "text/plain; charset=utf-8");
    const std::string& text = reply.body;
    EXPECT_TRUE(contains(text, "Contact: mailto:csirt@magelangkota.go.id\n"));
    EXPECT_LT(text.find("Contact: mailto:csirt@"), text.find("Contact: mailto:persandian@"))
        << "the team's own address is preferred";
    EXPECT_TRUE(contains(
        text, std::string("Contact: ") + kPublicUrl + "/layanan/pelaporan-insiden/ajukan\n"));
    EXPECT_TRUE(contains(text, "Preferred-Languages: id, en\n"));
    EXPECT_TRUE(
        contains(text, std::string("Canonical: ") + kPublicUrl + "/.well-known/security.txt\n"));
    EXPECT_TRUE(contains(text, std::string("Policy: ") + kPublicUrl + "/csirt\n"));
    EXPECT_FALSE(contains(text, "Encryption:")) << "no key is configured";

    // Expires: once, RFC 3339 in UTC, in the future and less than a year ahead.
    std::smatch expires;
    ASSERT_TRUE(std::regex_search(text, expires,
        std::regex(R"(\nExpires: (\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z\n)")));
    EXPECT_EQ(text.find("Expires:"), text.rfind("Expires:"));
    std::tm parts{};
    parts.tm_year = std::stoi(expires[1]) - 1900;
    parts.tm_mon = std::stoi(expires[2]) - 1;
    parts.tm_mday = std::stoi(expires[3]);
    parts.tm_hour = std::stoi(expires[4]);
    parts.tm_min = std::stoi(expires[5]);
    parts.tm_sec = std::stoi(expires[6]);
    const auto when = std::chrono::system_clock::from_time_t(timegm(&parts));
    const auto now = std::chrono::system_clock::now();
    EXPECT_GT(when, now);
    EXPECT_LT(when, now + std::chrono::hours(24 * 365));
}

TEST_F(IncidentDesk, TeamProfileFollowsRfc2350WithoutSignIn)
{
    Reply reply = get(*server, "/csirt");
    ASSERT_EQ(reply.status, 200);
    const std::string& page = reply.body;
    EXPECT_TRUE(contains(page, "Tim Tanggap Insiden Siber (CSIRT) Kota Magelang"));
    for (const char* heading : { "Informasi dokumen", "Informasi kontak", "Piagam", "Kebijakan",
             "Layanan", "Formulir pelaporan insiden", "Penafian" })
        EXPECT_TRUE(contains(page, heading)) << heading;
    EXPECT_TRUE(contains(page, "mailto:csirt@magelangkota.go.id"));
    EXPECT_TRUE(contains(page, "(0293) 363695 ex 400"));
    EXPECT_TRUE(contains(page, "Asia/Jakarta (WIB)"));
    EXPECT_TRUE(contains(page, "Tanggal pembaruan terakhir</dt><dd>2026-12-03"));
    EXPECT_TRUE(contains(page, "/layanan/pelaporan-insiden/ajukan?jenis=insiden"));
    EXPECT_FALSE(contains(page, "Kunci publik")) << "no key is configured: the line is left out";
}

} // namespace
} // namespace lapis::e2e
