// Identity scans of ended requests are deleted after the retention period; other
// files and running requests are kept, and each deletion is audited.
#include <gtest/gtest.h>

#include <filesystem>

#include "catalog/loader.hpp"
#include "domain/tokens.hpp"
#include "store/audit.hpp"
#include "store/database.hpp"
#include "store/files.hpp"
#include "store/requests.hpp"
#include "store/retention.hpp"

namespace {

using namespace lapis;
namespace fs = std::filesystem;
using std::chrono::hours;

class Retention : public ::testing::Test {
protected:
    void SetUp() override
    {
        directory = fs::temp_directory_path() / ("lapis-retention-" + domain::random_token(6));
        fs::create_directories(directory);
        database = store::Database::open("sqlite3://" + (directory / "lapis.db").string(), 1);
        files = std::make_unique<store::FileStore>((directory / "files").string());
        requests = std::make_unique<store::RequestStore>(*database);
    }

    void TearDown() override
    {
        requests.reset();
        database.reset();
        fs::remove_all(directory);
    }

    // A request with an e-KTP scan and a letter, withdrawn (ended) at `ended`.
    std::string request_ending_at(domain::TimePoint ended, const std::string& scan)
    {
        const catalog::Service* service = catalog.find_service("sertifikat-elektronik");
        store::NewRequest request;
        request.prefix = "LPS";
        request.year = 2026;
        request.service = service->id;
        request.kind = "penerbitan";
        request.procedure = &catalog::form_procedure(*service, service->find_kind("penerbitan"));
        request.tracking_hash = domain::sha256_hex("code");
        request.attachments = { { "ktp", "ktp.png", "image/png", files->put(scan), 3 },
            { "surat_rekomendasi", "surat.pdf", "application/pdf", files->put("%PDF"), 4 } };
        request.now = ended;
        auto number = requests->create(request).number;
        auto stored = *requests->find(number);
        domain::Transition withdraw;
        withdraw.action = domain::Action::Withdraw;
        withdraw.from_step = withdraw.to_step = stored.state.step;
        withdraw.to_status = domain::Status::Dibatalkan;
        requests->apply(stored, withdraw, { "pemohon", 0, "" }, {}, {}, ended);
        return number;
    }

    const catalog::Catalog catalog = catalog::load_bundled();
    fs::path directory;
    std::unique_ptr<store::Database> database;
    std::unique_ptr<store::FileStore> files;
    std::unique_ptr<store::RequestStore> requests;
    const domain::TimePoint now = domain::Clock().now();
    const std::vector<store::IdentityField> identity{ { "sertifikat-elektronik", "ktp" } };
};

} // namespace

TEST_F(Retention, DeletesScansOfRequestsThatEndedBeforeTheCutOffAndAuditsIt)
{
    auto old = request_ending_at(now - hours(24 * 400), "KTP lama");
    auto recent = request_ending_at(now - hours(24 * 10), "KTP baru");

    auto report = store::apply_retention(*database, *files, identity, now - hours(24 * 365), now);
    EXPECT_EQ(report.deleted, 1);

    auto old_files = requests->attachments(requests->find(old)->id);
    EXPECT_TRUE(old_files[0].deleted);
    EXPECT_FALSE(files->get(old_files[0].sha256));
    EXPECT_FALSE(old_files[1].deleted);
    EXPECT_TRUE(files->get(old_files[1].sha256));
    EXPECT_FALSE(requests->attachments(requests->find(recent)->id)[0].deleted);

    store::AuditStore audit(*database);
    EXPECT_EQ(audit.list({ "attachment.retention_delete", "", 0, 10, 0 }).size(), 1u);
    EXPECT_TRUE(audit.verify().intact);
}

TEST_F(Retention, KeepsAFileThatAnotherLiveAttachmentShares)
{
    request_ending_at(now - hours(24 * 400), "KTP sama");
    request_ending_at(now - hours(24 * 10), "KTP sama");
    store::apply_retention(*database, *files, identity, now - hours(24 * 365), now);
    EXPECT_TRUE(files->get(domain::sha256_hex("KTP sama")));
}
