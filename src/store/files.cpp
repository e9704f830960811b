#include "store/files.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "domain/tokens.hpp"

namespace lapis::store {
namespace {

bool is_sha256_hex(const std::string& text)
{
    if (text.size() != 64)
        return false;
    return text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

void write_durably(const std::string& path, std::string_view bytes)
{
    const std::string temporary = path + ".tmp" + domain::random_token(6);
    int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        throw std::runtime_error("cannot create attachment file");
    std::size_t written = 0;
    while (written < bytes.size()) {
        ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n <= 0) {
            ::close(fd);
            ::unlink(temporary.c_str());
            throw std::runtime_error("cannot write attachment file");
        }
        written += static_cast<std::size_t>(n);
    }
    ::fsync(fd);
    ::close(fd);
    std::filesystem::rename(temporary, path);
}

} // namespace

FileStore::FileStore(std::string directory)
    : m_directory(std::move(directory))
{
    std::filesystem::create_directories(m_directory);
}

std::string FileStore::path_for(const std::string& sha256) const
{
    return m_directory + "/" + sha256.substr(0, 2) + "/" + sha256;
}

std::string FileStore::put(std::string_view bytes)
{
    const std::string sha256 = domain::sha256_hex(bytes);
    const std::string path = path_for(sha256);
    if (std::filesystem::exists(path))
        return sha256;
    std::filesystem::create_directories(m_directory + "/" + sha256.substr(0, 2));
    write_durably(path, bytes);
    return sha256;
}

bool FileStore::remove(const std::string& sha256)
{
    if (!is_sha256_hex(sha256))
        return false;
    return std::filesystem::remove(path_for(sha256));
}

std::optional<std::string> FileStore::get(const std::string& sha256) const
{
    if (!is_sha256_hex(sha256))
        return std::nullopt;
    std::ifstream in(path_for(sha256), std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream content;
    content << in.rdbuf();
    // Evidence keeps its chain of custody: bytes that no longer match their name
    // were altered on disk and are not served.
    if (domain::sha256_hex(content.str()) != sha256)
        return std::nullopt;
    return content.str();
}

} // namespace lapis::store
