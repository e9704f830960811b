#include "store/backup.hpp"

#include "domain/tokens.hpp"

#include <soci/soci.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace lapis::store {
namespace {

namespace fs = std::filesystem;

constexpr const char* kDatabase = "lapis.db";
constexpr const char* kFiles = "files";
constexpr const char* kSecret = "secret";

// An attachment is named by its SHA-256: a file whose bytes disagree was altered.
void verify_content(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (domain::sha256_hex(bytes.str()) != path.filename().string())
        throw std::runtime_error("attachment " + path.filename().string()
            + " does not match its SHA-256; the copy was altered");
}

// Attachment files are named by their content and never change once written, so
// copying after the database snapshot gives every file the snapshot refers to.
void copy_files(const fs::path& from, const fs::path& to, BackupReport& report)
{
    if (!fs::exists(from))
        return;
    for (const auto& entry : fs::recursive_directory_iterator(from)) {
        const fs::path target = to / fs::relative(entry.path(), from);
        if (entry.is_directory()) {
            fs::create_directories(target);
            continue;
        }
        if (!entry.is_regular_file()
            || entry.path().filename().string().find(".tmp") != std::string::npos)
            continue;
        fs::create_directories(target.parent_path());
        verify_content(entry.path());
        fs::copy_file(entry.path(), target, fs::copy_options::skip_existing);
        report.files += 1;
        report.bytes += static_cast<long long>(entry.file_size());
    }
}

void copy_secret(const fs::path& from, const fs::path& to)
{
    if (!fs::exists(from / kSecret))
        return;
    fs::copy_file(from / kSecret, to / kSecret);
    fs::permissions(to / kSecret, fs::perms::owner_read | fs::perms::owner_write);
}

bool is_empty_directory(const fs::path& path)
{
    return !fs::exists(path) || (fs::is_directory(path) && fs::is_empty(path));
}

} // namespace

BackupReport backup(const std::string& data_directory, const std::string& out)
{
    const fs::path source(data_directory);
    const fs::path target(out);
    if (!fs::exists(source / kDatabase))
        throw std::runtime_error("no database in " + data_directory);
    if (fs::exists(target))
        throw std::runtime_error(out + " exists already; choose a new directory");
    fs::create_directories(target);
    fs::permissions(target, fs::perms::owner_all);

    BackupReport report;
    {
        soci::session sql("sqlite3", "db=" + (source / kDatabase).string() + " timeout=30");
        const std::string copy = (target / kDatabase).string();
        sql << "VACUUM INTO :path", soci::use(copy);
    }
    report.files += 1;
    report.bytes += static_cast<long long>(fs::file_size(target / kDatabase));
    copy_files(source / kFiles, target / kFiles, report);
    copy_secret(source, target);
    return report;
}

BackupReport restore(const std::string& data_directory, const std::string& in)
{
    const fs::path source(in);
    const fs::path target(data_directory);
    if (!fs::exists(source / kDatabase))
        throw std::runtime_error(in + " holds no lapis backup");
    if (!is_empty_directory(target))
        throw std::runtime_error(
            data_directory + " is not empty; restore needs an empty directory");
    fs::create_directories(target);
    fs::permissions(target, fs::perms::owner_all);

    BackupReport report;
    fs::copy_file(source / kDatabase, target / kDatabase);
    report.files += 1;
    report.bytes += static_cast<long long>(fs::file_size(target / kDatabase));
    copy_files(source / kFiles, target / kFiles, report);
    copy_secret(source, target);
    return report;
}

} // namespace lapis::store
