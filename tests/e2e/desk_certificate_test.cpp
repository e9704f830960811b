// The e-certificate desk over HTTP: a revocation carries its RFC 5280 reason,
// shown in local wording; the registration officer records an issued
// certificate's expiry, the holder sees it on the tracking page and is reminded
// by mail (read by a real SMTP sink) exactly once, also after a restart; other
// roles are refused.
#include <gtest/gtest.h>

#include <chrono>
#include <ctime>
#include <thread>

#include "client.hpp"
#include "mail_sink.hpp"
#include "server.hpp"

namespace lapis::e2e {
namespace {

using namespace std::chrono_literals;

constexpr const char* kPublicUrl = "https://layanan.uji.example";

// The office date `days` from now, as YYYY-MM-DD.
std::string office_date_in(int days)
{
    std::time_t when = std::time(nullptr) + 7 * 3600 + days * 86400;
    std::tm parts{};
    gmtime_r(&when, &parts);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &parts);
    return text;
}

class CertificateDesk : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        sink = std::make_unique<MailSink>();
        sink->start();
        server = std::make_unique<LapisServer>();
        auto made = server->add_users({ { "vera@uji.lapis", "Vera Verifikator", { "verifikator" } },
            { "kabid@uji.lapis", "Kabid Budi", { "kepala-bidang" } },
            { "lita@uji.lapis", "Lita Literasi", { "tim-literasi" } } });
        server->set_serve_arguments(
            { "--smtp-url", sink->url(), "--public-url", kPublicUrl, "--smtp-retry-seconds", "1" });
        server->start();
        verifier = std::make_unique<StaffClient>(*server, made[0]);
        head = std::make_unique<StaffClient>(*server, made[1]);
        literacy = std::make_unique<StaffClient>(*server, made[2]);
    }
    static void TearDownTestSuite()
    {
        verifier.reset();
        head.reset();
        literacy.reset();
        server.reset();
        sink.reset();
    }
    void SetUp() override
    {
        if (!server || !server->running() || !sink || !sink->running())
            GTEST_FAIL() << "the server or the mail sink did not start";
    }

    static Reply post(const StaffClient& staff, const std::string& path, httplib::Params params)
    {
        params.emplace("_csrf", staff.csrf());
        return post_form(*server, path, params, staff.cookie_headers());
    }

    static Submitted issuance(const std::string& email)
    {
        FormSample form = valid_form("sertifikat-elektronik", "penerbitan");
        form.values["email"] = email;
        Submitted sent = submit_api(*server, form);
        EXPECT_EQ(sent.status, 201) << sent.reply.body;
        return sent;
    }

    static inline std::unique_ptr<MailSink> sink;
    static inline std::unique_ptr<LapisServer> server;
    static inline std::unique_ptr<StaffClient> verifier;
    static inline std::unique_ptr<StaffClient> head;
    static inline std::unique_ptr<StaffClient> literacy;
};

TEST_F(CertificateDesk, ARevocationCarriesItsReasonInLocalWordingAndRfcName)
{
    FormSample form = valid_form("sertifikat-elektronik", "pencabutan");
    form.values["alasan_pencabutan"] = "key-compromise";
    Submitted sent = submit_api(*server, form);
    ASSERT_EQ(sent.status, 201) << sent.reply.body;

    Reply tracking = track_page(*server, sent.number, sent.code);
    EXPECT_NE(tracking.body.find("Alasan pencabutan: <strong>Kunci privat atau passphrase bocor"),
        std::string::npos)
        << tracking.body;
    Reply staff = verifier->request_page(sent.number);
    EXPECT_NE(
        staff.body.find("RFC 5280 CRLReason: <code>keyCompromise</code> (1)"), std::string::npos);

    // A reason the holder cannot give is not on the form.
    form.values["alasan_pencabutan"] = "ca-compromise";
    EXPECT_EQ(submit_api(*server, form).status, 422);

    // The registration officer puts the office's own reason to BSrE; CA reasons are not
    // the office's to give; only the officer records it.
    const std::string path = "/staf/permohonan/" + sent.number + "/sertifikat/alasan";
    Reply refused = post(*verifier, path, { { "alasan", "cACompromise" } });
    EXPECT_EQ(refused.status, 422);
    EXPECT_NE(refused.body.find("bukan alasan yang diajukan instansi"), std::string::npos);
    EXPECT_EQ(post(*head, path, { { "alasan", "privilegeWithdrawn" } }).status, 403);
    ASSERT_EQ(post(*verifier, path, { { "alasan", "privilegeWithdrawn" } }).status, 303);
    EXPECT_NE(verifier->request_page(sent.number)
                  .body.find("RFC 5280 CRLReason: <code>privilegeWithdrawn</code> (9)"),
        std::string::npos);
    EXPECT_NE(track_page(*server, sent.number, sent.code)
                  .body.find("Alasan yang diajukan petugas ke BSrE: <strong>Hak penggunaan "
                             "sertifikat dicabut instansi"),
        std::string::npos);
}

TEST_F(CertificateDesk, ExpiryIsShownToTheHolderAndRemindedOnceAcrossARestart)
{
    const std::string holder = "pemegang.pengingat@magelangkota.go.id";
    Submitted sent = issuance(holder);
    const std::string expires = office_date_in(20);
    Reply saved = post(*verifier, "/staf/permohonan/" + sent.number + "/sertifikat/masa-berlaku",
        { { "berlaku_sampai", expires } });
    ASSERT_EQ(saved.status, 303) << saved.body;

    Reply tracking = track_page(*server, sent.number, sent.code);
    EXPECT_NE(tracking.body.find("Sertifikat Anda berlaku sampai"), std::string::npos)
        << tracking.body;

    const std::string subject = "[" + sent.number + "] Sertifikat elektronik Anda berakhir";
    auto mail = sink->wait_for_mail(holder, subject);
    ASSERT_EQ(mail.size(), 1u) << server->logs();
    EXPECT_NE(mail.front().body.find("(20 hari lagi)"), std::string::npos) << mail.front().body;
    EXPECT_NE(mail.front().body.find(std::string(kPublicUrl)
                  + "/layanan/sertifikat-elektronik/ajukan?jenis=pembaruan"),
        std::string::npos)
        << mail.front().body;

    // The job runs again at start-up and from the command line: nothing new.
    server->stop();
    CommandResult command = run_lapis({ "certificate-reminders", "--data", server->data_dir() });
    EXPECT_EQ(command.exit_code, 0) << command.output;
    EXPECT_NE(command.output.find("queued: 0"), std::string::npos) << command.output;
    server->start();
    std::this_thread::sleep_for(2s);
    EXPECT_EQ(sink->wait_for_mail(holder, subject, 2, 3s).size(), 1u);
    verifier = std::make_unique<StaffClient>(*server, verifier->account());
    head = std::make_unique<StaffClient>(*server, head->account());
    literacy = std::make_unique<StaffClient>(*server, literacy->account());
}

TEST_F(CertificateDesk, APastOrMalformedExpiryIsRefusedWithTheTypedValue)
{
    Submitted sent = issuance("pemegang.salah@magelangkota.go.id");
    Reply past = post(*verifier, "/staf/permohonan/" + sent.number + "/sertifikat/masa-berlaku",
        { { "berlaku_sampai", "2020-01-31" } });
    EXPECT_EQ(past.status, 422);
    EXPECT_NE(past.body.find("Tanggal berakhir sudah lewat"), std::string::npos);
    EXPECT_TRUE(keeps_value(past.body, "berlaku_sampai", "2020-01-31"));
    Reply malformed
        = post(*verifier, "/staf/permohonan/" + sent.number + "/sertifikat/masa-berlaku",
            { { "berlaku_sampai", "31-01-2030" } });
    EXPECT_EQ(malformed.status, 422);
    EXPECT_EQ(
        track_page(*server, sent.number, sent.code).body.find("berlaku sampai"), std::string::npos);
}

TEST_F(CertificateDesk, OnlyTheRegistrationOfficerRecordsTheExpiry)
{
    Submitted sent = issuance("pemegang.peran@magelangkota.go.id");
    const httplib::Params params{ { "berlaku_sampai", office_date_in(700) } };
    EXPECT_EQ(
        post(*head, "/staf/permohonan/" + sent.number + "/sertifikat/masa-berlaku", params).status,
        403);
    EXPECT_EQ(
        post(*literacy, "/staf/permohonan/" + sent.number + "/sertifikat/masa-berlaku", params)
            .status,
        404);
    // Not on a revocation: it issues nothing.
    FormSample form = valid_form("sertifikat-elektronik", "pencabutan");
    Submitted revocation = submit_api(*server, form);
    EXPECT_EQ(post(*verifier, "/staf/permohonan/" + revocation.number + "/sertifikat/masa-berlaku",
                  params)
                  .status,
        409);
}

} // namespace
} // namespace lapis::e2e
