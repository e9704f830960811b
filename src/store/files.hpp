// Attachment bytes on disk, named by their SHA-256 under the data directory. The
// name a person gave a file never reaches the file system (AC-13).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lapis::store {

class FileStore {
public:
    explicit FileStore(std::string directory);

    // Writes the bytes (once per content) and returns their SHA-256 in hex.
    std::string put(std::string_view bytes);
    // The bytes stored under a SHA-256; nullopt for anything that is not one, and
    // for bytes that no longer hash to their name.
    std::optional<std::string> get(const std::string& sha256) const;
    // Deletes the bytes stored under a SHA-256 (the retention rule); true when a
    // file was there.
    bool remove(const std::string& sha256);

private:
    std::string path_for(const std::string& sha256) const;

    std::string m_directory;
};

} // namespace lapis::store
