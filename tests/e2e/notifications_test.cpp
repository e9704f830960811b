// E-mail as the people receive it, read by a real SMTP server (tests/support/
// smtp_sink.py, decoding with Python's email package): the requester's receipt,
// the helpdesk's "waiting" notice, the requester's update after a staff move,
// and mail that waits out a mail server outage and a restart of lapis.
#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <memory>
#include <set>
#include <thread>

#include "client.hpp"
#include "mail_sink.hpp"
#include "server.hpp"

namespace lapis::e2e {
namespace {

using namespace std::chrono_literals;

constexpr const char* kPublicUrl = "https://layanan.uji.example";
// AC-02: apostrophes, quotes, angle brackets and an ampersand are data.
constexpr const char* kTitle = R"(Server <web-01> milik Dinas Syafi'i "down" & lambat)";

class Notifications : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        sink = std::make_unique<MailSink>();
        sink->start();
        server = std::make_unique<LapisServer>();
        helpdesk = server->add_user("helpdesk@uji.lapis", "Hana Helpdesk", { "helpdesk" });
        server->set_serve_arguments(
            { "--smtp-url", sink->url(), "--public-url", kPublicUrl, "--smtp-retry-seconds", "1" });
        server->start();
    }
    static void TearDownTestSuite()
    {
        server.reset();
        sink.reset();
    }

    void SetUp() override
    {
        if (!server || !server->running() || !sink || !sink->running())
            GTEST_FAIL() << "the server or the mail sink did not start";
    }

    // An incident report by a requester with an address of its own, so each test
    // finds its mail among the suite's.
    static FormSample report(const std::string& who)
    {
        FormSample form = valid_form("pelaporan-insiden", "insiden");
        form.values["nama"] = "Ma'ruf Hidayat";
        form.values["email"] = who + "@kotacontoh.go.id";
        form.values["judul"] = kTitle;
        form.values["deskripsi"] = "12:01 <admin> restart nginx gagal";
        return form;
    }

    static Submitted submit(const FormSample& form)
    {
        Submitted sent = submit_api(*server, form);
        EXPECT_EQ(sent.status, 201) << sent.reply.body;
        return sent;
    }

    static inline std::unique_ptr<MailSink> sink;
    static inline std::unique_ptr<LapisServer> server;
    static inline StaffAccount helpdesk;
};

TEST_F(Notifications, ReceiptSubjectDecodesToTheNumberAndTheTitleAndHoldsTheTrackingLink)
{
    const FormSample form = report("maruf.hidayat");
    Submitted sent = submit(form);
    const auto mail = sink->wait_for_mail(form.values.at("email"), "[" + sent.number + "]");
    ASSERT_EQ(mail.size(), 1u) << "no receipt; lapis logs:\n" << server->logs();
    const SinkMessage& receipt = mail.front();

    EXPECT_EQ(receipt.subject, "[" + sent.number + "] " + kTitle);
    const std::string link
        = std::string(kPublicUrl) + "/lacak/" + sent.number + "?kode=" + sent.code;
    EXPECT_NE(receipt.body.find(link), std::string::npos) << receipt.body;
    EXPECT_NE(receipt.body.find(kTitle), std::string::npos) << receipt.body;
    EXPECT_NE(receipt.body.find("Yth. Ma'ruf Hidayat,"), std::string::npos) << receipt.body;
    for (const char* entity : { "&#39;", "&quot;", "&amp;", "&lt;", "&gt;" }) {
        EXPECT_EQ(receipt.subject.find(entity), std::string::npos) << receipt.subject;
        EXPECT_EQ(receipt.body.find(entity), std::string::npos) << entity << " in the body";
    }
    EXPECT_FALSE(receipt.message_id.empty());
}

TEST_F(Notifications, HelpdeskIsToldWhatWaitsWithoutTheRequestersPersonalData)
{
    const FormSample form = report("pelapor.staf");
    Submitted sent = submit(form);
    const auto mail
        = sink->wait_for_mail(helpdesk.email, "[" + sent.number + "] Menunggu tindakan");
    ASSERT_EQ(mail.size(), 1u) << "no notice to the helpdesk; lapis logs:\n" << server->logs();
    const SinkMessage& notice = mail.front();
    EXPECT_EQ(notice.recipients, std::vector<std::string>{ helpdesk.email });
    EXPECT_NE(notice.body.find(std::string(kPublicUrl) + "/staf/permohonan/" + sent.number),
        std::string::npos)
        << notice.body;
    for (const std::string& personal : { form.values.at("nama"), form.values.at("email"),
             form.values.at("telepon"), std::string("Hidayat"), sent.code, std::string("kode=") }) {
        EXPECT_EQ(notice.subject.find(personal), std::string::npos) << personal;
        EXPECT_EQ(notice.body.find(personal), std::string::npos) << personal;
    }
    // The requester's receipt went to the requester only.
    const auto receipt = sink->wait_for_mail(form.values.at("email"), "[" + sent.number + "]");
    EXPECT_EQ(receipt.size(), 1u);
}

TEST_F(Notifications, StaffReturnMailsTheRequesterWithTheNote)
{
    const FormSample form = report("pelapor.kembali");
    Submitted sent = submit(form);
    const std::string address = form.values.at("email");
    ASSERT_EQ(sink->wait_for_mail(address, "[" + sent.number + "]").size(), 1u);

    const std::string note = "Mohon lampirkan log server <web-01> pukul 12:01 & 12:05.";
    StaffClient staff(*server, helpdesk);
    ASSERT_EQ(staff.act(sent.number, { { "aksi", "return" }, { "catatan", note } }).status, 303);

    const auto mail = sink->wait_for_mail(address, "[" + sent.number + "]", 2);
    ASSERT_EQ(mail.size(), 2u) << "no update after the return; lapis logs:\n" << server->logs();
    const SinkMessage& update = mail[1];
    EXPECT_NE(update.subject, mail[0].subject);
    EXPECT_NE(update.body.find(note), std::string::npos) << update.body;
    EXPECT_NE(update.body.find("Petugas menunggu jawaban Anda"), std::string::npos) << update.body;
    EXPECT_EQ(update.body.find(sent.code), std::string::npos)
        << "the update repeats the tracking code";
}

// Ten receipts written while the mail server is down wait in the outbox, survive a
// restart of lapis and each arrive exactly once when the mail server is back.
TEST(NotificationDurability, ReceiptsQueuedWhileTheMailServerIsDownArriveOnceAfterARestart)
{
    MailSink sink; // not running yet: nothing listens on its port
    LapisServer lapis;
    lapis.set_serve_arguments({ "--smtp-url", sink.url(), "--smtp-retry-seconds", "1" });
    lapis.start();

    std::map<std::string, std::string> number_of; // address → request number
    for (int i = 1; i <= 10; ++i) {
        FormSample form = valid_form("literasi-keamanan-informasi");
        form.values["email"] = "peserta" + std::to_string(i) + "@sekolah.uji.example";
        Submitted sent = submit_api(lapis, form);
        ASSERT_EQ(sent.status, 201) << sent.reply.body;
        number_of[form.values["email"]] = sent.number;
    }
    // The worker has tried and failed at least once before lapis stops.
    const auto deadline = std::chrono::steady_clock::now() + 15s;
    while (lapis.logs().find("mail not sent") == std::string::npos
        && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(100ms);
    ASSERT_NE(lapis.logs().find("mail not sent"), std::string::npos) << lapis.logs();
    EXPECT_TRUE(sink.messages().empty());

    lapis.stop();
    lapis.start();
    sink.start();

    auto all = sink.wait_for([](const auto& messages) { return messages.size() >= 10; }, 60s);
    ASSERT_EQ(all.size(), 10u) << "lapis logs:\n" << lapis.logs();
    std::set<std::string> message_ids;
    std::map<std::string, int> per_address;
    for (const SinkMessage& message : all) {
        ASSERT_EQ(message.recipients.size(), 1u);
        const std::string& address = message.recipients.front();
        ASSERT_TRUE(number_of.contains(address)) << address;
        ++per_address[address];
        EXPECT_EQ(message.subject.rfind("[" + number_of[address] + "] ", 0), 0u) << message.subject;
        EXPECT_FALSE(message.message_id.empty());
        EXPECT_TRUE(message_ids.insert(message.message_id).second)
            << "sent twice: " << message.message_id;
    }
    EXPECT_EQ(per_address.size(), 10u);

    // Longer than the worker's idle interval (5 s): nothing goes out again.
    std::this_thread::sleep_for(7s);
    EXPECT_EQ(sink.messages().size(), 10u) << "lapis logs:\n" << lapis.logs();
}

} // namespace
} // namespace lapis::e2e
