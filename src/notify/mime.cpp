#include "notify/mime.hpp"

#include <algorithm>
#include <array>
#include <ctime>

#include "domain/tokens.hpp"

namespace lapis::notify {
namespace {

constexpr std::string_view kCrlf = "\r\n";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD"; // U+FFFD
constexpr std::string_view kWordOpen = "=?UTF-8?B?";
constexpr std::string_view kWordClose = "?=";
// RFC 2047 §2: an encoded-word is at most 75 characters, and a header line that
// holds one is at most 76 (a folded line starts with one space).
constexpr std::size_t kWordLength = 75;
constexpr std::size_t kEncodedLineLength = 76;
// RFC 5322 §2.1.1: lines SHOULD stay within 78 characters and MUST within 998.
constexpr std::size_t kLineLength = 78;
constexpr std::size_t kLineLimit = 998;
// RFC 2045 §6.8: base64 body lines are at most 76 characters.
constexpr std::size_t kBase64LineLength = 76;

bool is_continuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

// The length of the well-formed UTF-8 sequence starting at `at` (Unicode table
// 3-7: no overlong forms, no surrogates, nothing above U+10FFFF); 0 when malformed.
std::size_t sequence_length(std::string_view text, std::size_t at)
{
    const auto byte
        = [&](std::size_t offset) { return static_cast<unsigned char>(text[at + offset]); };
    const unsigned char lead = byte(0);
    if (lead < 0x80)
        return 1;
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (at + length > text.size() || byte(1) < low || byte(1) > high)
        return 0;
    for (std::size_t offset = 2; offset < length; ++offset) {
        if (!is_continuation(byte(offset)))
            return 0;
    }
    return length;
}

bool is_printable_ascii(std::string_view text)
{
    return std::ranges::all_of(text, [](char c) { return c >= 0x20 && c <= 0x7E; });
}

// A header value must stay on its line: a CR or LF from stored text would start
// a new header field (header injection), so every control character becomes a space.
std::string header_text(std::string_view text)
{
    std::string clean = valid_utf8(text);
    for (char& c : clean) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7F)
            c = ' ';
    }
    return clean;
}

// The most text bytes one encoded-word of `length` characters can carry: base64
// turns 3 bytes into 4 characters.
std::size_t payload_bytes(std::size_t length)
{
    const std::size_t characters = length - kWordOpen.size() - kWordClose.size();
    return characters / 4 * 3;
}

// The text as encoded-words, each holding whole characters (RFC 2047 §5 forbids
// splitting a multi-byte character between words). The first word gets `first_room`
// characters, the ones on later lines the full 75.
std::vector<std::string> encoded_words(std::string_view text, std::size_t first_room)
{
    std::vector<std::string> words;
    std::size_t room = std::min(first_room, kWordLength);
    for (std::size_t at = 0; at < text.size();) {
        std::size_t end = std::min(text.size(), at + payload_bytes(room));
        while (end < text.size() && end > at + 1
            && is_continuation(static_cast<unsigned char>(text[end])))
            --end;
        words.push_back(
            std::string(kWordOpen) + base64(text.substr(at, end - at)) + std::string(kWordClose));
        at = end;
        room = kWordLength;
    }
    return words;
}

// Writes "Name:" and the tokens, each of which (but the first) starts with the
// whitespace that separates it from the one before. A line that would grow past
// `limit` is folded before a token (RFC 5322 §2.2.3: CRLF goes before existing
// whitespace, so unfolding gives the value back). A token of whitespace alone is
// never put on a line by itself, which §3.2.2 forbids.
std::string fold(std::string_view name, const std::vector<std::string>& tokens, std::size_t limit)
{
    std::string field = std::string(name) + ":";
    std::size_t line_length = field.size();
    bool line_has_token = false;
    for (const std::string& token : tokens) {
        const bool blank = token.find_first_not_of(' ') == std::string::npos;
        if (line_has_token && !blank && line_length + token.size() > limit) {
            field += kCrlf;
            line_length = 0;
        }
        field += token;
        line_length += token.size();
        line_has_token = true;
    }
    field += kCrlf;
    return field;
}

// Splits at the start of each run of spaces: "a b  c" gives "a", " b", "  c".
std::vector<std::string> spaced_segments(std::string_view text)
{
    std::vector<std::string> segments;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t word = text.find_first_not_of(' ', start);
        std::size_t end = word == std::string_view::npos ? text.size() : text.find(' ', word);
        end = end == std::string_view::npos ? text.size() : end;
        segments.emplace_back(text.substr(start, end - start));
        start = end;
    }
    return segments;
}

// Plain text can go out as it is unless it holds non-ASCII, looks like an
// encoded-word (a reader would decode it), or has a word too long for any line.
bool sendable_as_is(std::string_view name, std::string_view text)
{
    if (!is_printable_ascii(text) || text.find("=?") != std::string_view::npos)
        return false;
    const auto segments = spaced_segments(text);
    return std::ranges::all_of(segments,
        [&](const std::string& segment) { return name.size() + 2 + segment.size() <= kLineLimit; });
}

// Encoded-words separated by folding whitespace: RFC 2047 §6.2 has readers drop
// the whitespace between adjacent encoded-words, so the text comes back whole.
std::vector<std::string> encoded_tokens(std::string_view name, std::string_view text)
{
    const std::size_t first_room = kEncodedLineLength - name.size() - 2;
    std::vector<std::string> tokens;
    for (const std::string& word : encoded_words(text, first_room))
        tokens.push_back(" " + word);
    return tokens;
}

bool is_atext_or_space(char c)
{
    static constexpr std::string_view kSpecials = "()<>[]:;@\\,.\"";
    return c >= 0x20 && c <= 0x7E && kSpecials.find(c) == std::string_view::npos;
}

// The From field. A display name with specials is quoted (RFC 5322 §3.2.4); one
// with non-ASCII is encoded-words, which §5 of RFC 2047 allows in a phrase.
std::string from_field(const Mailbox& mailbox)
{
    constexpr std::string_view kName = "From";
    const std::string address = header_text(mailbox.address);
    const std::string name = header_text(mailbox.name);
    if (name.empty())
        return fold(kName, { " " + address }, kLineLength);
    std::vector<std::string> tokens;
    if (!sendable_as_is(kName, name)) {
        tokens = encoded_tokens(kName, name);
    } else if (std::ranges::all_of(name, is_atext_or_space)) {
        tokens.push_back(" " + name);
    } else {
        std::string quoted = " \"";
        for (char c : name) {
            if (c == '"' || c == '\\')
                quoted += '\\';
            quoted += c;
        }
        tokens.push_back(quoted + "\"");
    }
    tokens.push_back(" <" + address + ">");
    return fold(kName, tokens, kEncodedLineLength);
}

// Lines of the body in the canonical form RFC 2045 §6.8 asks for before base64:
// every line break, whatever it was, becomes CRLF.
std::string canonical_lines(std::string_view text)
{
    std::string lines;
    lines.reserve(text.size() + text.size() / 32);
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (text[at] == '\r') {
            lines += kCrlf;
            if (at + 1 < text.size() && text[at + 1] == '\n')
                ++at;
        } else if (text[at] == '\n') {
            lines += kCrlf;
        } else {
            lines += text[at];
        }
    }
    return lines;
}

std::string base64_body(std::string_view text)
{
    const std::string encoded = base64(canonical_lines(valid_utf8(text)));
    std::string body;
    for (std::size_t at = 0; at < encoded.size(); at += kBase64LineLength) {
        body += encoded.substr(at, kBase64LineLength);
        body += kCrlf;
    }
    return body;
}

} // namespace

std::string valid_utf8(std::string_view text)
{
    std::string valid;
    valid.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t length = sequence_length(text, at);
        if (length == 0) {
            valid += kReplacement;
            ++at;
            continue;
        }
        valid += text.substr(at, length);
        at += length;
    }
    return valid;
}

std::string base64(std::string_view bytes)
{
    static constexpr std::string_view kAlphabet
        = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string encoded;
    encoded.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t at = 0; at < bytes.size(); at += 3) {
        const std::size_t count = std::min<std::size_t>(3, bytes.size() - at);
        std::uint32_t group = 0;
        for (std::size_t i = 0; i < 3; ++i) {
            const auto byte = i < count ? static_cast<unsigned char>(bytes[at + i]) : 0u;
            group = (group << 8) | byte;
        }
        for (std::size_t i = 0; i < 4; ++i) {
            const bool padding = i > count;
            encoded += padding ? '=' : kAlphabet[(group >> (18 - 6 * i)) & 0x3F];
        }
    }
    return encoded;
}

std::string unstructured_field(std::string_view name, std::string_view text)
{
    const std::string clean = header_text(text);
    if (clean.empty())
        return fold(name, {}, kLineLength);
    if (!sendable_as_is(name, clean))
        return fold(name, encoded_tokens(name, clean), kEncodedLineLength);
    std::vector<std::string> tokens = spaced_segments(clean);
    tokens.front().insert(0, " ");
    return fold(name, tokens, kLineLength);
}

Mailbox parse_mailbox(std::string_view text)
{
    const auto open = text.rfind('<');
    const auto close = text.rfind('>');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open)
        return Mailbox{ "", std::string(text) };
    std::string_view name = text.substr(0, open);
    while (!name.empty() && name.back() == ' ')
        name.remove_suffix(1);
    while (!name.empty() && name.front() == ' ')
        name.remove_prefix(1);
    if (name.size() >= 2 && name.front() == '"' && name.back() == '"')
        name = name.substr(1, name.size() - 2);
    return Mailbox{ std::string(name), std::string(text.substr(open + 1, close - open - 1)) };
}

std::string domain_of(std::string_view address)
{
    const auto at = address.rfind('@');
    if (at == std::string_view::npos || at + 1 == address.size())
        return "lapis.invalid";
    return std::string(address.substr(at + 1));
}

bool plausible_address(std::string_view address)
{
    static constexpr std::string_view kForbidden = "<>,;\"()[]\\";
    const auto at = address.rfind('@');
    if (at == std::string_view::npos || at == 0 || at + 1 == address.size())
        return false;
    return std::ranges::all_of(address, [](char c) {
        return c > 0x20 && c < 0x7F && kForbidden.find(c) == std::string_view::npos;
    });
}

std::string masked_address(std::string_view address)
{
    const auto at = address.rfind('@');
    if (at == std::string_view::npos || at == 0)
        return "***";
    return std::string(address.substr(0, 1)) + "***" + std::string(address.substr(at));
}

std::string random_message_id(std::string_view from_address)
{
    return domain::random_token(16) + "@" + domain_of(from_address);
}

std::string outbox_message_id(
    std::int64_t outbox_id, std::string_view installation_key, std::string_view from_address)
{
    const std::string subject = "lapis-outbox:" + std::to_string(outbox_id);
    return domain::hmac_token(installation_key, subject, 16) + "@" + domain_of(from_address);
}

std::string rfc5322_date(domain::TimePoint time)
{
    // Names from RFC 5322 §3.3, not the C locale's, which could be anything.
    static constexpr std::array<const char*, 7> kDays{ "Sun", "Mon", "Tue", "Wed", "Thu", "Fri",
        "Sat" };
    static constexpr std::array<const char*, 12> kMonths{ "Jan", "Feb", "Mar", "Apr", "May", "Jun",
        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    const std::time_t seconds = std::chrono::system_clock::to_time_t(time);
    std::tm parts{};
    gmtime_r(&seconds, &parts);
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%s, %02d %s %04d %02d:%02d:%02d +0000",
        kDays[parts.tm_wday], parts.tm_mday, kMonths[parts.tm_mon], parts.tm_year + 1900,
        parts.tm_hour, parts.tm_min, parts.tm_sec);
    return buffer;
}

std::string build_message(const MailMessage& message)
{
    const Mailbox from = parse_mailbox(message.from);
    const std::string id
        = message.message_id.empty() ? random_message_id(from.address) : message.message_id;
    std::string text;
    text += "Date: " + rfc5322_date(message.date) + std::string(kCrlf);
    text += from_field(from);
    text += fold("To", { " " + header_text(message.to) }, kLineLength);
    text += unstructured_field("Subject", message.subject);
    text += "Message-ID: <" + header_text(id) + ">" + std::string(kCrlf);
    text += "MIME-Version: 1.0\r\n";
    text += "Content-Type: text/plain; charset=UTF-8\r\n";
    text += "Content-Transfer-Encoding: base64\r\n";
    // RFC 3834 §5: marks the message as automatic, so vacation responders and
    // other robots do not answer it and start a loop.
    text += "Auto-Submitted: auto-generated\r\n";
    text += kCrlf;
    text += base64_body(message.body);
    return text;
}

} // namespace lapis::notify
