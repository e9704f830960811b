// Backup and restore round trip of a data directory.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "catalog/loader.hpp"
#include "domain/tokens.hpp"
#include "store/backup.hpp"
#include "store/database.hpp"
#include "store/files.hpp"
#include "store/requests.hpp"

namespace {

using namespace lapis;
namespace fs = std::filesystem;

fs::path fresh_directory(const std::string& name)
{
    return fs::temp_directory_path() / ("lapis-" + name + "-" + domain::random_token(6));
}

} // namespace

TEST(Backup, RestoredDirectoryHoldsTheRequestsAndTheirFiles)
{
    const fs::path data = fresh_directory("data");
    const fs::path copy = fresh_directory("backup");
    const fs::path restored = fresh_directory("restored");
    const catalog::Catalog catalog = catalog::load_bundled();
    std::string number;
    std::string sha;
    {
        fs::create_directories(data);
        std::ofstream(data / "secret") << "s3cret-of-this-installation-0123456789\n";
        auto database = store::Database::open("sqlite3://" + (data / "lapis.db").string(), 1);
        store::FileStore files((data / "files").string());
        sha = files.put("%PDF-1.4 bukti");
        store::RequestStore requests(*database);
        const catalog::Service* service = catalog.find_service("kategorisasi-sistem-elektronik");
        store::NewRequest request;
        request.prefix = "LPS";
        request.year = 2026;
        request.service = service->id;
        request.procedure = &catalog::form_procedure(*service, nullptr);
        request.fields = { { "nama", "Sukarni" } };
        request.tracking_hash = domain::sha256_hex("code");
        request.attachments = { { "surat", "surat.pdf", "application/pdf", sha, 14 } };
        request.now = domain::Clock().now();
        number = requests.create(request).number;

        // The copy is taken while the database is open, as under a running server.
        auto report = store::backup(data.string(), copy.string());
        EXPECT_EQ(report.files, 2);
    }

    store::restore(restored.string(), copy.string());
    auto database = store::Database::open("sqlite3://" + (restored / "lapis.db").string(), 1);
    store::RequestStore requests(*database);
    auto found = requests.find(number);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->fields.at("nama"), "Sukarni");
    EXPECT_EQ(store::FileStore((restored / "files").string()).get(sha), "%PDF-1.4 bukti");
    EXPECT_TRUE(fs::exists(restored / "secret"));

    EXPECT_THROW(store::restore(restored.string(), copy.string()), std::runtime_error);
    EXPECT_THROW(store::backup(data.string(), copy.string()), std::runtime_error);
    for (const auto& path : { data, copy, restored })
        fs::remove_all(path);
}

TEST(Backup, RestoreRefusesACopyWhoseAttachmentWasAltered)
{
    const fs::path data = fresh_directory("data");
    const fs::path copy = fresh_directory("backup");
    const fs::path restored = fresh_directory("restored");
    std::string sha;
    {
        fs::create_directories(data);
        auto database = store::Database::open("sqlite3://" + (data / "lapis.db").string(), 1);
        sha = store::FileStore((data / "files").string()).put("bukti asli");
        store::backup(data.string(), copy.string());
    }
    std::ofstream(copy / "files" / sha.substr(0, 2) / sha, std::ios::trunc) << "dipalsukan";
    EXPECT_THROW(store::restore(restored.string(), copy.string()), std::runtime_error);
    // And the server does not serve altered bytes either.
    std::ofstream(data / "files" / sha.substr(0, 2) / sha, std::ios::trunc) << "dipalsukan";
    EXPECT_FALSE(store::FileStore((data / "files").string()).get(sha));
    for (const auto& path : { data, copy, restored })
        fs::remove_all(path);
}
