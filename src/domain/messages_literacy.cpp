// Texts of the literacy desk; see message_table.hpp.
#include <array>

#include "domain/message_table.hpp"

namespace lapis::domain {
namespace {

constexpr std::array<MessageEntry, 0> kEntries{};

} // namespace

std::span<const MessageEntry> literacy_messages()
{
    return kEntries;
}

} // namespace lapis::domain
