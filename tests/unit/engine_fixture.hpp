// A fresh database for each test, on SQLite and — when scripts/test-services.sh
// started one (LAPIS_TEST_POSTGRES) — on PostgreSQL, so that a store's queries are
// tested on both engines. Use with TEST_P and LAPIS_ON_BOTH_ENGINES(Suite).
#pragma once

#include <gtest/gtest.h>
#include <soci/soci.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "domain/tokens.hpp"
#include "store/database.hpp"

namespace lapis::test_support {

class EngineTest : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override
    {
        directory
            = std::filesystem::temp_directory_path() / ("lapis-engine-" + domain::random_token(6));
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
    }

    void TearDown() override
    {
        database.reset();
        std::filesystem::remove_all(directory);
    }

    std::filesystem::path directory;
    std::string url;
    std::unique_ptr<store::Database> database;
};

} // namespace lapis::test_support

#define LAPIS_ON_BOTH_ENGINES(Suite)                                                               \
    INSTANTIATE_TEST_SUITE_P(Engines, Suite, ::testing::Values("sqlite", "postgresql"),            \
        [](const auto& info) { return info.param; })
