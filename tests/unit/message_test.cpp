// The message table: every key has Indonesian and English text (acceptance.md,
// "Rejected": the message names the problem in Bahasa Indonesia).
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "domain/message.hpp"

using namespace lapis::domain;

namespace {

bool is_key_part(std::string_view part)
{
    return !part.empty()
        && std::ranges::all_of(part, [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
}

// "area.problem": lower-case words around one dot.
bool looks_like_key(std::string_view literal)
{
    auto dot = literal.find('.');
    return dot != std::string_view::npos && is_key_part(literal.substr(0, dot))
        && is_key_part(literal.substr(dot + 1));
}

// The closing quote of a string literal that starts at `from`, skipping escaped characters.
std::size_t literal_end(const std::string& source, std::size_t from)
{
    for (auto at = from; at < source.size(); ++at) {
        if (source[at] == '\\') {
            ++at;
        } else if (source[at] == '"') {
            return at;
        }
    }
    return std::string::npos;
}

// The string literals shaped like a message key in a source file.
std::set<std::string> keys_used_in(const std::string& relative_path)
{
    std::ifstream file(std::string(LAPIS_SOURCE_DIR) + "/" + relative_path);
    std::stringstream text;
    text << file.rdbuf();
    std::string source = text.str();

    std::set<std::string> keys;
    for (auto open = source.find('"'); open != std::string::npos;
         open = source.find('"', open + 1)) {
        auto close = literal_end(source, open + 1);
        if (close == std::string::npos) {
            break;
        }
        std::string_view literal(source.data() + open + 1, close - open - 1);
        if (looks_like_key(literal)) {
            keys.insert(std::string(literal));
        }
        open = close;
    }
    return keys;
}

} // namespace

TEST(Message, EveryKeyRendersIndonesianAndEnglishText)
{
    for (std::string_view key : message_keys()) {
        Message message{ std::string(key), "x" };
        std::string indonesian = render(message, Lang::Id);
        std::string english = render(message, Lang::En);

        EXPECT_FALSE(indonesian.empty()) << key;
        EXPECT_NE(indonesian, key) << key;
        EXPECT_FALSE(english.empty()) << key;
        EXPECT_NE(english, key) << key;
    }
}

TEST(Message, KeysAreUnique)
{
    auto keys = message_keys();
    std::set<std::string_view> distinct(keys.begin(), keys.end());

    EXPECT_EQ(distinct.size(), keys.size());
}

TEST(Message, EveryKeyTheValidatorsUseIsInTheTable)
{
    auto keys = message_keys();
    std::set<std::string_view> table(keys.begin(), keys.end());
    std::size_t found = 0;
    for (const char* path :
        { "src/domain/identity.cpp", "src/domain/contact.cpp", "src/domain/form.cpp" }) {
        for (const std::string& key : keys_used_in(path)) {
            EXPECT_TRUE(table.contains(key)) << key << " used in " << path;
            ++found;
        }
    }
    EXPECT_GT(found, 30u); // the scan did read the sources
}

TEST(Message, SubstitutesTheArgument)
{
    EXPECT_EQ(render({ "email.domain", "kotacontoh.go.id" }),
        "Alamat email harus berakhiran @kotacontoh.go.id.");
    EXPECT_EQ(render({ "email.domain", "kotacontoh.go.id" }, Lang::En),
        "The email address must end in @kotacontoh.go.id.");
    EXPECT_EQ(render({ "field.too_long", "500" }), "Terlalu panjang: paling banyak 500 karakter.");
}

TEST(Message, GivesTheTextsTheBriefNames)
{
    EXPECT_EQ(text("field.required"), "Wajib diisi.");
    EXPECT_EQ(text("field.unknown"), "Isian tidak dikenal.");
    EXPECT_EQ(text("nip.length"), "NIP harus 18 digit angka.");
    EXPECT_EQ(text("nik.length"), "NIK harus 16 digit angka.");
    EXPECT_EQ(text("consent.required"), "Anda harus menyetujui pemberitahuan privasi.");
}

TEST(Message, RendersUnknownKeyAsItself)
{
    EXPECT_EQ(render({ "no.such_key", "x" }), "no.such_key");
    EXPECT_EQ(text("no.such_key", Lang::En), "no.such_key");
}
