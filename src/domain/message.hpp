// Messages for people, kept apart from log text. Domain code returns a key and an
// optional argument; the edge renders it in the reader's language, Bahasa
// Indonesia first, English second.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lapis::domain {

enum class Lang { Id, En };

struct Message {
    std::string key; // e.g. "nip.length"
    std::string arg; // substituted for {} in the text, e.g. an email domain

    bool operator==(const Message&) const = default;
};

// The text for a key; an unknown key renders as the key itself, so a missing
// translation shows up in tests instead of as an empty message.
std::string render(const Message& message, Lang lang = Lang::Id);
// Text for a key without argument, e.g. a page label.
std::string text(std::string_view key, Lang lang = Lang::Id);
// Every key the table knows, in table order, so tests can check each one renders.
std::vector<std::string_view> message_keys();

} // namespace lapis::domain
