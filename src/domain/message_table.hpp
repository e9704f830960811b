// The tables behind message.hpp. The general table is in message.cpp; each
// specialist desk keeps its own in domain/messages_<desk>.cpp, so a desk's texts
// live beside nothing else. A key is unique across all tables (message_test).
#pragma once

#include <span>
#include <string_view>

namespace lapis::domain {

struct MessageEntry {
    std::string_view key;
    std::string_view indonesian;
    std::string_view english;
};

std::span<const MessageEntry> certificate_messages();
std::span<const MessageEntry> esignature_messages();
std::span<const MessageEntry> assessment_messages();
std::span<const MessageEntry> incident_messages();
std::span<const MessageEntry> telecom_messages();
std::span<const MessageEntry> sanapati_messages();
std::span<const MessageEntry> categorisation_messages();
std::span<const MessageEntry> literacy_messages();

} // namespace lapis::domain
