// The hash-chained audit log: appends, filters, and names the first row that was
// altered or removed.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include <filesystem>

#include "domain/tokens.hpp"
#include "store/audit.hpp"

namespace {

using namespace lapis;

class AuditLog : public ::testing::Test {
protected:
    void SetUp() override
    {
        directory
            = std::filesystem::temp_directory_path() / ("lapis-audit-" + domain::random_token(6));
        std::filesystem::create_directories(directory);
        database = store::Database::open("sqlite3://" + (directory / "lapis.db").string(), 1);
        audit = std::make_unique<store::AuditStore>(*database);
        for (int i = 1; i <= 5; ++i) {
            audit->record({ "staf", i, "127.0.0.1", i % 2 ? "login" : "request.complete",
                              "request:LPS-2026-00000" + std::to_string(i), "{}" },
                domain::Clock().now());
        }
    }

    void TearDown() override
    {
        audit.reset();
        database.reset();
        std::filesystem::remove_all(directory);
    }

    // What someone with write access to the database file could do.
    void tamper(const std::string& statement)
    {
        soci::session sql(database->pool());
        sql << "DROP TRIGGER IF EXISTS audit_log_no_update";
        sql << "DROP TRIGGER IF EXISTS audit_log_no_delete";
        sql << statement;
    }

    std::filesystem::path directory;
    std::unique_ptr<store::Database> database;
    std::unique_ptr<store::AuditStore> audit;
};

} // namespace

TEST_F(AuditLog, AnUntouchedLogVerifies)
{
    auto verdict = audit->verify();
    EXPECT_TRUE(verdict.intact);
    EXPECT_EQ(verdict.rows, 5);
}

TEST_F(AuditLog, RowsCannotBeChangedThroughTheDatabaseWithoutDroppingItsGuards)
{
    soci::session sql(database->pool());
    EXPECT_THROW(sql << "UPDATE audit_log SET detail = 'x'", soci::soci_error);
    EXPECT_THROW(sql << "DELETE FROM audit_log", soci::soci_error);
}

TEST_F(AuditLog, VerifyNamesTheRowThatWasAltered)
{
    tamper("UPDATE audit_log SET actor_user = 99 WHERE id = 3");
    auto verdict = audit->verify();
    EXPECT_FALSE(verdict.intact);
    EXPECT_EQ(verdict.first_bad_id, 3);
}

TEST_F(AuditLog, ARowWhoseHashWasReplacedIsNamed)
{
    tamper("UPDATE audit_log SET detail = '{\"x\":1}', hash = 'f00d' WHERE id = 2");
    auto verdict = audit->verify();
    EXPECT_FALSE(verdict.intact);
    EXPECT_EQ(verdict.first_bad_id, 2);
}

TEST_F(AuditLog, VerifyFindsARemovedRow)
{
    tamper("DELETE FROM audit_log WHERE id = 2");
    auto verdict = audit->verify();
    EXPECT_FALSE(verdict.intact);
    EXPECT_EQ(verdict.first_bad_id, 3);
}

TEST_F(AuditLog, VerifyFindsRemovedNewestRows)
{
    tamper("DELETE FROM audit_log WHERE id = 5");
    auto verdict = audit->verify();
    EXPECT_FALSE(verdict.intact);
    EXPECT_EQ(verdict.first_bad_id, 5);
}

TEST_F(AuditLog, FiltersByActionPrefixAndObjectNewestFirst)
{
    auto logins = audit->list({ "login", "", 0, 10, 0 });
    ASSERT_EQ(logins.size(), 3u);
    EXPECT_EQ(logins.front().id, 5);
    auto one = audit->list({ "", "request:LPS-2026-000002", 0, 10, 0 });
    ASSERT_EQ(one.size(), 1u);
    EXPECT_EQ(one.front().event.action, "request.complete");
}
