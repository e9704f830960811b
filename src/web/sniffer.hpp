// The content type of uploaded bytes, read from the bytes themselves (libmagic),
// never from what the client declared.
#pragma once

#include <mutex>
#include <string>
#include <string_view>

namespace lapis::web {

class Sniffer {
public:
    Sniffer(); // loads the magic database once
    ~Sniffer();

    Sniffer(const Sniffer&) = delete;
    Sniffer& operator=(const Sniffer&) = delete;

    // "application/pdf", "image/png", "text/plain", ...
    std::string mime_type(std::string_view bytes) const;

private:
    mutable std::mutex m_mutex; // a libmagic cookie is not safe to share unguarded
    void* m_cookie = nullptr;
};

} // namespace lapis::web
