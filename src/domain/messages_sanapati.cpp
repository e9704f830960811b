// Texts of the sanapati desk; see message_table.hpp.
#include <array>

#include "domain/message_table.hpp"

namespace lapis::domain {
namespace {

constexpr std::array<MessageEntry, 0> kEntries{};

} // namespace

std::span<const MessageEntry> sanapati_messages()
{
    return kEntries;
}

} // namespace lapis::domain
