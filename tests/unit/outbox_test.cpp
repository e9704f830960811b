// The outbox table on a real database: rows commit or roll back with the caller's
// transaction, come due in order, and keep their text byte for byte.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>

#include "domain/tokens.hpp"
#include "store/database.hpp"
#include "store/outbox.hpp"
#include "store/transaction.hpp"

namespace {

using namespace lapis;
using namespace std::chrono_literals;

const domain::TimePoint kStart = domain::from_utc_text("2026-12-03T10:00:00Z").value();

// Like the request store's tests: SQLite always, PostgreSQL when
// scripts/test-services.sh started one (LAPIS_TEST_POSTGRES).
class OutboxStore : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override
    {
        directory
            = std::filesystem::temp_directory_path() / ("lapis-outbox-" + domain::random_token(6));
        std::filesystem::create_directories(directory);
        std::string url = "sqlite3://" + (directory / "lapis.db").string();
        if (GetParam() == "postgresql") {
            const char* postgres = std::getenv("LAPIS_TEST_POSTGRES");
            if (postgres == nullptr)
                GTEST_SKIP() << "LAPIS_TEST_POSTGRES is not set";
            url = postgres;
            soci::session sql("postgresql", url.substr(std::string("postgresql://").size()));
            sql << "DROP SCHEMA public CASCADE";
            sql << "CREATE SCHEMA public";
        }
        database = store::Database::open(url, 2);
        outbox = std::make_unique<store::OutboxStore>(*database);
    }

    void TearDown() override
    {
        outbox.reset();
        database.reset();
        std::filesystem::remove_all(directory);
    }

    // What a store operation does: its change and the notification in one commit.
    void enqueue_committed(const store::Notification& notification, domain::TimePoint at)
    {
        soci::session sql(database->pool());
        store::WriteTransaction transaction(sql, database->engine());
        store::enqueue(sql, notification, at);
        transaction.commit();
    }

    static store::Notification notification(const std::string& subject)
    {
        return store::Notification{ "maruf.hidayat@kotacontoh.go.id", subject, "Isi pesan.", 7 };
    }

    std::filesystem::path directory;
    std::unique_ptr<store::Database> database;
    std::unique_ptr<store::OutboxStore> outbox;
};

INSTANTIATE_TEST_SUITE_P(Outbox, OutboxStore, ::testing::Values("sqlite", "postgresql"),
    [](const auto& info) { return info.param; });

TEST_P(OutboxStore, EnqueuedRowIsDueAtOnce)
{
    enqueue_committed(notification("Permohonan diterima"), kStart);

    const auto rows = outbox->due(kStart, 10);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].recipient, "maruf.hidayat@kotacontoh.go.id");
    EXPECT_EQ(rows[0].subject, "Permohonan diterima");
    EXPECT_EQ(rows[0].body, "Isi pesan.");
    EXPECT_EQ(rows[0].request_id, 7);
    EXPECT_EQ(rows[0].attempts, 0);
    EXPECT_EQ(rows[0].created_at, kStart);
    EXPECT_EQ(rows[0].next_attempt_at, kStart);
    EXPECT_EQ(outbox->pending(), 1);
}

TEST_P(OutboxStore, RowIsNotDueBeforeItWasWritten)
{
    enqueue_committed(notification("Nanti"), kStart);

    EXPECT_TRUE(outbox->due(kStart - 1s, 10).empty());
}

TEST_P(OutboxStore, RolledBackTransactionLeavesNoRow)
{
    {
        soci::session sql(database->pool());
        store::WriteTransaction transaction(sql, database->engine());
        store::enqueue(sql, notification("Tidak jadi"), kStart);
        // No commit: the change that caused the message failed, so no message.
    }

    EXPECT_EQ(outbox->pending(), 0);
    EXPECT_TRUE(outbox->due(kStart + 1h, 10).empty());
}

TEST_P(OutboxStore, RowWithoutRequestStoresNull)
{
    store::Notification message = notification("Akun dibuat");
    message.request_id = 0;
    enqueue_committed(message, kStart);

    soci::session sql(database->pool());
    long long nulls = 0;
    sql << "SELECT COUNT(*) FROM outbox WHERE request_id IS NULL", soci::into(nulls);
    EXPECT_EQ(nulls, 1);
    EXPECT_EQ(outbox->due(kStart, 10).at(0).request_id, 0);
}

TEST_P(OutboxStore, DueRowsComeOldestFirstUpToTheLimit)
{
    for (const char* subject : { "satu", "dua", "tiga" })
        enqueue_committed(notification(subject), kStart);

    const auto rows = outbox->due(kStart, 2);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].subject, "satu");
    EXPECT_EQ(rows[1].subject, "dua");
}

TEST_P(OutboxStore, FailedRowWaitsUntilItsNextAttempt)
{
    enqueue_committed(notification("Coba lagi"), kStart);
    const auto id = outbox->due(kStart, 1).at(0).id;

    outbox->mark_failed(id, 1, kStart + 30s, "Couldn't connect to server");

    EXPECT_TRUE(outbox->due(kStart + 29s, 10).empty());
    const auto rows = outbox->due(kStart + 30s, 10);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].attempts, 1);
    EXPECT_EQ(rows[0].next_attempt_at, kStart + 30s);
    EXPECT_EQ(rows[0].last_error, "Couldn't connect to server");
    EXPECT_EQ(outbox->pending(), 1);
}

TEST_P(OutboxStore, SentRowIsNeverDueAgain)
{
    enqueue_committed(notification("Terkirim"), kStart);
    const auto id = outbox->due(kStart, 1).at(0).id;

    outbox->mark_sent(id, kStart + 1s);
    outbox->mark_failed(id, 5, kStart, "a late failure must not reopen the row");

    EXPECT_TRUE(outbox->due(kStart + 24h, 10).empty());
    EXPECT_EQ(outbox->pending(), 0);
    soci::session sql(database->pool());
    std::string sent_at;
    sql << "SELECT sent_at FROM outbox", soci::into(sent_at);
    EXPECT_EQ(sent_at, "2026-12-03T10:00:01Z");
}

TEST_P(OutboxStore, TextIsStoredByteForByte)
{
    // AC-02 and AC-03: markup characters stay characters, emoji stay whole.
    const std::string subject = "Server <web-01> milik Dinas Syafi'i \"down\" & lambat 😡";
    const std::string body
        = "12:01 <admin> restart nginx gagal\nHalaman depan diganti 🔥🔥\n" + std::string(4000, 'x');
    enqueue_committed(
        store::Notification{ "maruf.hidayat@kotacontoh.go.id", subject, body, 1 }, kStart);

    const auto row = outbox->due(kStart, 1).at(0);
    EXPECT_EQ(row.subject, subject);
    EXPECT_EQ(row.body, body);
}

TEST_P(OutboxStore, LongErrorIsCutAtACharacterBoundary)
{
    enqueue_committed(notification("Galat"), kStart);
    const auto id = outbox->due(kStart, 1).at(0).id;
    std::string error = std::string(499, 'e') + "😡" + std::string(100, 'e');

    outbox->mark_failed(id, 1, kStart, error);

    EXPECT_EQ(outbox->due(kStart, 1).at(0).last_error, std::string(499, 'e'));
}

} // namespace
