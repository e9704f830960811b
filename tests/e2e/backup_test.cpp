// `lapis backup` while the server runs and `lapis restore` into an empty data
// directory: a server on the restored directory knows the requests, their codes
// and their files, byte for byte.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>

#include "client.hpp"
#include "server.hpp"

namespace lapis::e2e {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class Backup : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        scratch = temporary_directory();
        original = std::make_unique<LapisServer>();
        verifikator
            = original->add_user("verifikator@uji.lapis", "Vera Verifikator", { "verifikator" });
        token = original->add_token(verifikator.email);
        original->start();
        form = valid_form("sertifikat-elektronik", "penerbitan");
        sent = submit_api(*original, form);
    }
    static void TearDownTestSuite()
    {
        original.reset();
        std::error_code ignored;
        fs::remove_all(scratch, ignored);
    }

    void SetUp() override
    {
        if (!original || !original->running())
            GTEST_FAIL() << "the server did not start";
        ASSERT_EQ(sent.status, 201) << sent.reply.body;
    }

    static httplib::Headers bearer() { return { { "Authorization", "Bearer " + token } }; }

    static inline std::string scratch;
    static inline std::unique_ptr<LapisServer> original;
    static inline StaffAccount verifikator;
    static inline std::string token;
    static inline FormSample form;
    static inline Submitted sent;
};

TEST_F(Backup, CopyTakenWhileServingRestoresIntoAnEmptyDirectory)
{
    const std::string copy = scratch + "/cadangan";
    CommandResult backup = run_lapis({ "backup", "--data", original->data_dir(), copy });
    ASSERT_EQ(backup.exit_code, 0) << backup.output;
    EXPECT_NE(backup.output.find("backed up"), std::string::npos) << backup.output;
    ASSERT_TRUE(original->running());
    EXPECT_EQ(track_api(*original, sent.number, sent.code).status, 200);
    // Made after the copy: the restored server must not know it.
    Submitted later = submit_api(*original, valid_form("pelaporan-insiden", "insiden"));
    ASSERT_EQ(later.status, 201);

    LapisServer restored;
    ASSERT_FALSE(fs::exists(restored.data_dir()));
    CommandResult restore = run_lapis({ "restore", "--data", restored.data_dir(), copy });
    ASSERT_EQ(restore.exit_code, 0) << restore.output;
    EXPECT_NE(restore.output.find("restored"), std::string::npos) << restore.output;
    restored.start();

    Reply tracked = track_api(restored, sent.number, sent.code);
    ASSERT_EQ(tracked.status, 200) << tracked.body;
    EXPECT_EQ(tracked.json()["number"], sent.number);
    EXPECT_EQ(tracked.json()["fields"]["nama"], form.values.at("nama"));
    EXPECT_EQ(track_page(restored, sent.number, sent.code).status, 200);
    EXPECT_EQ(track_api(restored, later.number, later.code).status, 404)
        << "the copy holds a request made after it";

    // The staff account and its API token came along with the database; the token
    // also opens the staff download.
    Reply view = get(restored, "/api/v1/requests/" + sent.number, bearer());
    ASSERT_EQ(view.status, 200) << view.body;
    const json attachments = view.json()["attachments"];
    ASSERT_EQ(attachments.size(), form.files.size());
    for (const FileSample& file : form.files) {
        SCOPED_TRACE(file.field);
        json stored;
        for (const json& attachment : attachments) {
            if (attachment["field"] == file.field)
                stored = attachment;
        }
        ASSERT_FALSE(stored.is_null());
        EXPECT_EQ(stored["sha256"], sha256_hex(file.bytes));
        Reply download = get(restored,
            "/staf/permohonan/" + sent.number + "/lampiran/"
                + std::to_string(stored["id"].get<long long>()),
            bearer());
        ASSERT_EQ(download.status, 200);
        EXPECT_EQ(sha256_hex(download.body), stored["sha256"]);
        EXPECT_EQ(download.body, file.bytes);
    }

    // The sequence goes on from the copy.
    Submitted next = submit_api(restored, valid_form("pelaporan-insiden", "insiden"));
    ASSERT_EQ(next.status, 201);
    EXPECT_EQ(sequence_of(next.number), sequence_of(sent.number) + 1);
}

TEST_F(Backup, RestoreRefusesADirectoryThatIsNotEmpty)
{
    const std::string copy = scratch + "/cadangan-kedua";
    CommandResult backup = run_lapis({ "backup", "--data", original->data_dir(), copy });
    ASSERT_EQ(backup.exit_code, 0) << backup.output;

    const std::string occupied = scratch + "/terisi";
    fs::create_directories(occupied);
    std::ofstream(occupied + "/catatan.txt") << "jangan ditimpa\n";
    for (const std::string& target : { occupied, original->data_dir() }) {
        SCOPED_TRACE(target);
        CommandResult restore = run_lapis({ "restore", "--data", target, copy });
        EXPECT_NE(restore.exit_code, 0) << restore.output;
        EXPECT_NE(restore.output.find("not empty"), std::string::npos) << restore.output;
    }
    std::ifstream kept(occupied + "/catatan.txt");
    std::string line;
    std::getline(kept, line);
    EXPECT_EQ(line, "jangan ditimpa");
    EXPECT_FALSE(fs::exists(occupied + "/lapis.db"));
    EXPECT_EQ(track_api(*original, sent.number, sent.code).status, 200);

    CommandResult again = run_lapis({ "backup", "--data", original->data_dir(), copy });
    EXPECT_NE(again.exit_code, 0) << "a backup over an earlier one: " << again.output;
    EXPECT_NE(again.output.find("exists already"), std::string::npos) << again.output;
}

} // namespace
} // namespace lapis::e2e
