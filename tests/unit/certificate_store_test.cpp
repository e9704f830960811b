// The certificate desk's store on both engines: the expiry recorded with its
// history row, a holder's newer certificate superseding the older, and the
// reminder pass run with an injected clock — each reminder queued in the outbox
// once, also when the pass runs again or after the database is reopened.
#include <gtest/gtest.h>

#include <soci/soci.h>

#include "catalog/loader.hpp"
#include "engine_fixture.hpp"
#include "store/certificates.hpp"
#include "store/outbox.hpp"
#include "store/requests.hpp"

namespace {

using namespace lapis;
using std::chrono::hours;

class CertificateStoreTest : public test_support::EngineTest {
protected:
    // A penerbitan request of `email`, submitted at `at`.
    std::int64_t request_of(const std::string& email, const std::string& kind = "penerbitan")
    {
        const catalog::Service* service = catalog.find_service("sertifikat-elektronik");
        store::NewRequest request;
        request.prefix = "LPS";
        request.year = 2026;
        request.service = service->id;
        request.kind = kind;
        request.procedure = &catalog::form_procedure(*service, service->find_kind(kind));
        request.requester_name = "Budi Santoso";
        request.requester_email = email;
        request.tracking_hash = "hash-" + email + kind;
        request.now = start;
        store::RequestStore requests(*database);
        return requests.create(request).id;
    }

    store::DeskEvent event()
    {
        store::DeskEvent recorded;
        recorded.event = "certificate.event.expiry_recorded";
        recorded.actor_kind = "staf";
        recorded.actor_user = 1;
        recorded.note = "Berlaku sampai";
        return recorded;
    }

    store::Certificate certificate(
        std::int64_t request, const std::string& email, const domain::Date& expires)
    {
        store::Certificate made;
        made.request_id = request;
        made.holder_name = "Budi Santoso";
        made.holder_email = email;
        made.expires_on = expires;
        made.recorded_by = 1;
        return made;
    }

    // One pass at `now`; each queued mail names the threshold in its subject.
    store::ReminderReport pass(domain::TimePoint now, std::vector<std::string> revocations = {})
    {
        return store::CertificateStore(*database).queue_due_reminders(
            domain::default_reminder_schedule(), now, 7 * 60, revocations,
            [](const store::DueReminder& due) {
                return store::Notification{ due.certificate.holder_email,
                    "H-" + std::to_string(due.days_before), "sisa " + std::to_string(due.days_left),
                    0 };
            });
    }

    std::vector<std::string> outbox_subjects()
    {
        soci::session sql(database->pool());
        std::vector<std::string> subjects;
        soci::rowset<std::string> rows = sql.prepare << "SELECT subject FROM outbox ORDER BY id";
        for (const std::string& subject : rows)
            subjects.push_back(subject);
        return subjects;
    }

    // Noon in Magelang on `date`.
    static domain::TimePoint noon(const domain::Date& date)
    {
        return *domain::from_utc_text(domain::iso_date(date) + "T05:00:00Z");
    }

    const catalog::Catalog catalog = catalog::load_bundled();
    const domain::TimePoint start = *domain::from_utc_text("2027-01-01T03:00:00Z");
    const domain::Date expires{ 2027, 3, 31 };
};

TEST_P(CertificateStoreTest, RecordsTheExpiryWithItsHistoryRow)
{
    const auto request = request_of("budi@magelangkota.go.id");
    store::CertificateStore certificates(*database);
    certificates.record(certificate(request, "budi@magelangkota.go.id", expires), event(), start);
    auto found = certificates.for_request(request);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->expires_on, expires);
    EXPECT_FALSE(found->superseded_at);
    auto history = store::RequestStore(*database).history(request);
    ASSERT_FALSE(history.empty());
    EXPECT_EQ(history.back().action, "desk");
    EXPECT_NE(history.back().detail.find("certificate.event.expiry_recorded"), std::string::npos);

    // A correction replaces the date, still one certificate for the request.
    certificates.record(
        certificate(request, "budi@magelangkota.go.id", { 2027, 4, 30 }), event(), start);
    EXPECT_EQ(certificates.for_request(request)->expires_on, (domain::Date{ 2027, 4, 30 }));
}

TEST_P(CertificateStoreTest, EachReminderIsQueuedOnceAcrossPassesAndReopening)
{
    const auto request = request_of("budi@magelangkota.go.id");
    store::CertificateStore(*database).record(
        certificate(request, "budi@magelangkota.go.id", expires), event(), start);

    EXPECT_EQ(pass(noon(domain::add_days(expires, -31))).sent, 0u);
    EXPECT_TRUE(outbox_subjects().empty());

    EXPECT_EQ(pass(noon(domain::add_days(expires, -30))).sent, 1u);
    EXPECT_EQ(pass(noon(domain::add_days(expires, -30)) + hours(1)).sent, 0u);
    EXPECT_EQ(pass(noon(domain::add_days(expires, -20))).sent, 0u);
    EXPECT_EQ(outbox_subjects(), std::vector<std::string>{ "H-30" });

    // A restart: the same database opened again.
    database.reset();
    database = store::Database::open(url, 2);
    EXPECT_EQ(pass(noon(domain::add_days(expires, -7))).sent, 1u);
    EXPECT_EQ(pass(noon(domain::add_days(expires, -6))).sent, 0u);
    EXPECT_EQ(pass(noon(expires)).sent, 0u);
    EXPECT_EQ(outbox_subjects(), (std::vector<std::string>{ "H-30", "H-7" }));

    const auto reminders = store::CertificateStore(*database).reminders(
        store::CertificateStore(*database).for_request(request)->id);
    ASSERT_EQ(reminders.size(), 2u);
    EXPECT_EQ(reminders[0].days_before, 30);
    EXPECT_EQ(reminders[1].days_before, 7);
    const auto history = store::RequestStore(*database).history(request);
    EXPECT_EQ(std::ranges::count_if(history,
                  [](const store::HistoryEntry& entry) {
                      return entry.detail.find("certificate.event.reminder_sent")
                          != std::string::npos;
                  }),
        2);
}

TEST_P(CertificateStoreTest, OfficeDateDecidesTheDayNotUtc)
{
    const auto request = request_of("budi@magelangkota.go.id");
    store::CertificateStore(*database).record(
        certificate(request, "budi@magelangkota.go.id", expires), event(), start);
    // 18:00 UTC on the day before H-30 is already H-30 in Magelang (01:00 WIB).
    const auto evening
        = *domain::from_utc_text(domain::iso_date(domain::add_days(expires, -31)) + "T18:00:00Z");
    EXPECT_EQ(pass(evening).sent, 1u);
}

TEST_P(CertificateStoreTest, ALateRecordSendsTheNearestReminderOnly)
{
    const auto request = request_of("budi@magelangkota.go.id");
    store::CertificateStore(*database).record(
        certificate(request, "budi@magelangkota.go.id", expires), event(), start);
    const auto report = pass(noon(domain::add_days(expires, -5)));
    EXPECT_EQ(report.sent, 1u);
    EXPECT_EQ(report.skipped, 1u);
    EXPECT_EQ(outbox_subjects(), std::vector<std::string>{ "H-7" });
    EXPECT_EQ(pass(noon(domain::add_days(expires, -4))).sent, 0u);
}

TEST_P(CertificateStoreTest, ANewerCertificateOfTheHolderSupersedesTheOlder)
{
    const auto first = request_of("budi@magelangkota.go.id");
    const auto renewal = request_of("Budi@magelangkota.go.id", "pembaruan");
    store::CertificateStore certificates(*database);
    certificates.record(certificate(first, "budi@magelangkota.go.id", expires), event(), start);
    certificates.record(
        certificate(renewal, "Budi@magelangkota.go.id", { 2029, 3, 31 }), event(), start);
    EXPECT_TRUE(certificates.for_request(first)->superseded_at);
    EXPECT_FALSE(certificates.for_request(renewal)->superseded_at);
    EXPECT_EQ(pass(noon(domain::add_days(expires, -30))).sent, 0u);
}

TEST_P(CertificateStoreTest, AFinishedRevocationEndsTheReminders)
{
    const auto request = request_of("budi@magelangkota.go.id");
    store::CertificateStore(*database).record(
        certificate(request, "budi@magelangkota.go.id", expires), event(), start);
    const auto revocation = request_of("budi@magelangkota.go.id", "pencabutan");
    {
        soci::session sql(database->pool());
        long long id = revocation;
        sql << "UPDATE requests SET status = 'selesai', updated_at = '2027-01-02T00:00:00Z' "
               "WHERE id = :i",
            soci::use(id);
    }
    EXPECT_EQ(
        pass(noon(domain::add_days(expires, -30)), { "sertifikat-elektronik/pencabutan" }).sent,
        0u);
    EXPECT_EQ(pass(noon(domain::add_days(expires, -30))).sent, 1u);
}

LAPIS_ON_BOTH_ENGINES(CertificateStoreTest);

} // namespace
