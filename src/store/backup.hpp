// Backup and restore of a data directory: a consistent copy of the SQLite
// database taken while the server runs (VACUUM INTO reads one snapshot), the
// attachment files it refers to, and the directory's secret.
#pragma once

#include <string>

namespace lapis::store {

struct BackupReport {
    long long files = 0;
    long long bytes = 0;
};

// Writes the copy into `out`, which must not exist yet.
BackupReport backup(const std::string& data_directory, const std::string& out);
// Brings a copy back into `data_directory`, which must be empty or absent.
BackupReport restore(const std::string& data_directory, const std::string& in);

} // namespace lapis::store
