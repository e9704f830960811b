// The request store on a real SQLite file: numbering, idempotency, moves and the
// history that is never rewritten.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include <cstdlib>
#include <filesystem>

#include "catalog/loader.hpp"
#include "domain/tokens.hpp"
#include "store/database.hpp"
#include "store/desk_history.hpp"
#include "store/migrations.hpp"
#include "store/requests.hpp"
#include "store/transaction.hpp"
#include "store/users.hpp"

namespace {

using namespace lapis;

// Each test runs on SQLite and, when scripts/test-services.sh started one
// (LAPIS_TEST_POSTGRES), on PostgreSQL: the same queries serve both engines.
class RequestStoreTest : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override
    {
        directory
            = std::filesystem::temp_directory_path() / ("lapis-store-" + domain::random_token(6));
        std::filesystem::create_directories(directory);
        url = "sqlite3://" + (directory / "lapis.db").string();
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
        requests = std::make_unique<store::RequestStore>(*database);
    }

    void TearDown() override
    {
        requests.reset();
        database.reset();
        std::filesystem::remove_all(directory);
    }

    store::NewRequest new_request(int year = 2026)
    {
        const catalog::Service* service = catalog.find_service("pelaporan-insiden");
        store::NewRequest request;
        request.prefix = "LPS";
        request.year = year;
        request.service = service->id;
        request.kind = "insiden";
        request.procedure = &catalog::form_procedure(*service, service->find_kind("insiden"));
        request.fields = { { "judul", "Server <web-01> milik Dinas Syafi'i \"down\" & lambat" },
            { "deskripsi", "Halaman depan diganti 🔥🔥 sejak pagi." } };
        request.requester_name = "Sukarni";
        request.tracking_hash = domain::sha256_hex("code");
        request.now = domain::Clock().now();
        return request;
    }

    const catalog::Catalog catalog = catalog::load_bundled();
    std::filesystem::path directory;
    std::string url;
    std::unique_ptr<store::Database> database;
    std::unique_ptr<store::RequestStore> requests;
};

} // namespace

INSTANTIATE_TEST_SUITE_P(Engines, RequestStoreTest, ::testing::Values("sqlite", "postgresql"),
    [](const auto& info) { return info.param; });

TEST_P(RequestStoreTest, NumbersAreSequentialPerYear)
{
    EXPECT_EQ(requests->create(new_request(2026)).number, "LPS-2026-000001");
    EXPECT_EQ(requests->create(new_request(2026)).number, "LPS-2026-000002");
    EXPECT_EQ(requests->create(new_request(2027)).number, "LPS-2027-000001");
}

TEST_P(RequestStoreTest, ADeskEventJoinsTheHistoryWithoutMovingTheRequest)
{
    auto created = requests->create(new_request());
    {
        soci::session sql(database->pool());
        store::WriteTransaction transaction(sql, database->engine());
        store::DeskEvent event;
        event.event = "action.desk";
        event.actor_kind = "staf";
        event.actor_user = 0;
        event.note = "Diklasifikasikan: defacement";
        event.detail = { { "classification", "intrusions.defacement" } };
        store::append_desk_event(sql, created.id, event, domain::Clock().now());
        transaction.commit();
    }
    auto stored = requests->find(created.number);
    auto history = requests->history(created.id);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[1].action, "desk");
    EXPECT_EQ(history[1].to_status, history[0].to_status);
    EXPECT_EQ(history[1].note, "Diklasifikasikan: defacement");
    EXPECT_NE(history[1].detail.find("intrusions.defacement"), std::string::npos);
    EXPECT_EQ(stored->revision, 0);
}

TEST_P(RequestStoreTest, TextIsStoredByteForByte)
{
    auto created = requests->create(new_request());
    auto stored = requests->find(created.number);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->fields.at("judul"), "Server <web-01> milik Dinas Syafi'i \"down\" & lambat");
    EXPECT_EQ(stored->fields.at("deskripsi"), "Halaman depan diganti 🔥🔥 sejak pagi.");
    EXPECT_EQ(stored->requester_name, "Sukarni");
}

TEST_P(RequestStoreTest, SameIdempotencyKeyAndBodyReplaysTheFirstRequest)
{
    auto request = new_request();
    request.idempotency_hash = "key";
    request.body_hash = "body";
    auto first = requests->create(request);
    auto again = requests->create(request);
    EXPECT_FALSE(first.replayed);
    EXPECT_TRUE(again.replayed);
    EXPECT_EQ(again.number, first.number);

    request.body_hash = "other body";
    EXPECT_TRUE(requests->create(request).key_conflict);
    EXPECT_EQ(requests->create(new_request()).number, "LPS-2026-000002");
}

TEST_P(RequestStoreTest, AMoveUpdatesTheRequestAndAppendsHistory)
{
    auto created = requests->create(new_request());
    auto before = *requests->find(created.number);
    domain::Transition transition;
    transition.action = domain::Action::Complete;
    transition.from_step = before.state.step;
    transition.to_step = before.state.step + 1;
    transition.note = "Laporan terverifikasi.";
    ASSERT_TRUE(
        requests->apply(before, transition, { "staf", 0, "" }, {}, {}, domain::Clock().now()));

    auto after = *requests->find(created.number);
    EXPECT_EQ(after.state.step, before.state.step + 1);
    EXPECT_EQ(after.revision, before.revision + 1);
    auto history = requests->history(after.id);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[0].action, "submit");
    EXPECT_EQ(history[1].action, "complete");
    EXPECT_EQ(history[1].note, "Laporan terverifikasi.");
}

TEST_P(RequestStoreTest, AMoveOnAStaleCopyWritesNothing)
{
    auto created = requests->create(new_request());
    auto stale = *requests->find(created.number);
    domain::Transition transition;
    transition.to_step = stale.state.step + 1;
    ASSERT_TRUE(
        requests->apply(stale, transition, { "staf", 0, "" }, {}, {}, domain::Clock().now()));
    EXPECT_FALSE(
        requests->apply(stale, transition, { "staf", 0, "" }, {}, {}, domain::Clock().now()));
    EXPECT_EQ(requests->history(stale.id).size(), 2u);
}

TEST_P(RequestStoreTest, ADeskRecordWrittenWithAMoveCommitsWithIt)
{
    auto created = requests->create(new_request());
    auto before = *requests->find(created.number);
    domain::Transition transition;
    transition.action = domain::Action::Return;
    transition.to_step = before.state.step;
    store::DeskEvent event;
    event.event = "sanapati.event.signoff_refused";
    event.actor_kind = "staf";
    event.note = "Ditolak.";
    ASSERT_TRUE(requests->apply(before, transition, { "staf", 0, "" }, {}, {},
        domain::Clock().now(), [&](soci::session& sql) {
            store::append_desk_event(sql, before.id, event, domain::Clock().now());
        }));
    auto history = requests->history(before.id);
    ASSERT_EQ(history.size(), 3u);
    EXPECT_EQ(history[2].action, "desk");
}

TEST_P(RequestStoreTest, ADeskRecordThatThrowsLeavesTheMoveUnwritten)
{
    auto created = requests->create(new_request());
    auto before = *requests->find(created.number);
    domain::Transition transition;
    transition.action = domain::Action::Return;
    transition.to_step = before.state.step;
    EXPECT_THROW(
        requests->apply(before, transition, { "staf", 0, "" }, {}, {}, domain::Clock().now(),
            [](soci::session&) { throw std::runtime_error("refused by the desk"); }),
        std::runtime_error);
    auto after = *requests->find(created.number);
    EXPECT_EQ(after.revision, before.revision);
    EXPECT_EQ(requests->history(before.id).size(), 1u);
}

TEST_P(RequestStoreTest, HistoryRowsCannotBeChangedOrDeleted)
{
    auto created = requests->create(new_request());
    soci::session sql(database->pool());
    EXPECT_THROW(sql << "UPDATE request_history SET note = 'diubah'", soci::soci_error);
    EXPECT_THROW(sql << "DELETE FROM request_history", soci::soci_error);
    EXPECT_EQ(requests->history(created.id).size(), 1u);
}

TEST_P(RequestStoreTest, ARequestKeepsTheProcedureItStartedWith)
{
    auto request = new_request();
    catalog::Procedure edited = *request.procedure;
    edited.steps[1].text = "Teks lama langkah 2";
    request.procedure = &edited;
    auto created = requests->create(request);
    auto stored = requests->find(created.number);
    EXPECT_EQ(stored->procedure->steps[1].text, "Teks lama langkah 2");
}

TEST_P(RequestStoreTest, MigrationsAreRecordedOnce)
{
    database.reset();
    database = store::Database::open(url, 1);
    EXPECT_EQ(database->schema_version(), store::migrations().back().version);
}

TEST(Migrations, AreNumberedOneByOneWithoutGaps)
{
    int expected = 1;
    for (const auto& migration : store::migrations())
        EXPECT_EQ(migration.version, expected++);
}
