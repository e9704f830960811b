#include "web/sniffer.hpp"

#include <magic.h>

#include <algorithm>
#include <stdexcept>

namespace lapis::web {
namespace {

// Enough for every format lapis accepts; libmagic misreads very short buffers.
constexpr std::size_t kSniffBytes = 64 * 1024;

} // namespace

Sniffer::Sniffer()
{
    magic_t cookie = magic_open(MAGIC_MIME_TYPE | MAGIC_ERROR);
    if (cookie == nullptr || magic_load(cookie, nullptr) != 0) {
        if (cookie != nullptr)
            magic_close(cookie);
        throw std::runtime_error("the libmagic database could not be loaded");
    }
    m_cookie = cookie;
}

Sniffer::~Sniffer()
{
    magic_close(static_cast<magic_t>(m_cookie));
}

std::string Sniffer::mime_type(std::string_view bytes) const
{
    std::lock_guard lock(m_mutex);
    const char* type = magic_buffer(
        static_cast<magic_t>(m_cookie), bytes.data(), std::min(bytes.size(), kSniffBytes));
    return type == nullptr ? std::string("application/octet-stream") : std::string(type);
}

} // namespace lapis::web
