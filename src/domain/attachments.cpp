#include "domain/attachments.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>

namespace lapis::domain {
namespace {

// Extensions of files a Windows or Unix desktop would run, open as a program or
// script. None may appear anywhere in a name: "laporan.exe.pdf" is refused.
constexpr std::array<std::string_view, 28> kExecutable{ "exe", "com", "bat", "cmd", "scr", "pif",
    "msi", "msp", "dll", "cpl", "js", "jse", "vbs", "vbe", "wsf", "wsh", "hta", "ps1", "psm1",
    "lnk", "jar", "sh", "php", "phtml", "apk", "app", "reg", "iso" };

// The types a file with each accepted extension may sniff as; "text/*" stands for any
// text type. Incident evidence is often HTML source, a JSON log or a PHP shell saved as
// text, which libmagic names text/html, application/json or text/x-php: all are fine,
// since staff receive attachments only as downloads with nosniff, never rendered.
struct ExpectedType {
    std::string_view extension;
    std::string_view mime;
};
constexpr std::array<ExpectedType, 17> kExpected{ {
    { "pdf", "application/pdf" },
    { "jpg", "image/jpeg" },
    { "jpeg", "image/jpeg" },
    { "png", "image/png" },
    { "txt", "text/*" },
    { "txt", "application/json" },
    { "log", "text/*" },
    { "log", "application/json" },
    { "csv", "text/*" },
    { "csv", "application/json" },
    { "json", "application/json" },
    { "json", "text/*" },
    { "html", "text/html" },
    { "htm", "text/html" },
    { "eml", "message/rfc822" },
    { "eml", "text/*" },
    { "zip", "application/zip" },
} };

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
        [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::vector<std::string> name_parts(const std::string& name)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        std::size_t dot = name.find('.', start);
        parts.push_back(lower(name.substr(start, dot - start)));
        if (dot == std::string::npos)
            return parts;
        start = dot + 1;
    }
}

bool is_bidi_control(std::string_view text, std::size_t at, std::size_t& length)
{
    // U+200E, U+200F, U+202A–U+202E, U+2066–U+2069 in UTF-8.
    if (at + 3 > text.size())
        return false;
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
    if (byte(0) != 0xE2)
        return false;
    const bool mark = byte(1) == 0x80 && (byte(2) == 0x8E || byte(2) == 0x8F);
    const bool embedding = byte(1) == 0x80 && byte(2) >= 0xAA && byte(2) <= 0xAE;
    const bool isolate = byte(1) == 0x81 && byte(2) >= 0xA6 && byte(2) <= 0xA9;
    length = 3;
    return mark || embedding || isolate;
}

bool sniff_agrees(const std::string& extension, std::string_view sniffed)
{
    const std::string type = lower(sniffed);
    for (const ExpectedType& expected : kExpected) {
        if (expected.extension != extension)
            continue;
        if (expected.mime == type)
            return true;
        if (expected.mime == "text/*" && type.starts_with("text/"))
            return true;
    }
    return false;
}

UploadVerdict refuse(const char* key, std::string arg = {})
{
    UploadVerdict verdict;
    verdict.error = Message{ key, std::move(arg) };
    return verdict;
}

} // namespace

const std::vector<std::string>& default_accepted_extensions()
{
    static const std::vector<std::string> accepted{ "pdf", "jpg", "jpeg", "png", "txt", "zip" };
    return accepted;
}

std::string clean_display_name(std::string_view client_name)
{
    std::string_view last = client_name;
    if (auto separator = last.find_last_of("/\\"); separator != std::string_view::npos)
        last = last.substr(separator + 1);
    std::string cleaned;
    for (std::size_t i = 0; i < last.size(); ++i) {
        std::size_t length = 0;
        if (is_bidi_control(last, i, length)) {
            // Shown, not obeyed: "laporan[U+202E]fdp.exe" instead of "laporanexe.pdf".
            const unsigned code = 0x2000 + (last[i + 1] == '\x81' ? 0x40 : 0)
                + (static_cast<unsigned char>(last[i + 2]) - 0x80);
            char marker[12];
            std::snprintf(marker, sizeof marker, "[U+%04X]", code);
            cleaned += marker;
            i += length - 1;
            continue;
        }
        const unsigned char c = static_cast<unsigned char>(last[i]);
        if (c < 0x20 || c == 0x7f)
            continue;
        cleaned.push_back(static_cast<char>(c));
    }
    return cleaned;
}

UploadVerdict check_upload(std::string_view client_name, std::string_view sniffed, std::size_t size,
    const std::vector<std::string>& accepted)
{
    const std::string raw(client_name);
    if (size == 0)
        return refuse("file.empty");
    if (raw.find('\0') != std::string::npos || lower(raw).find("%00") != std::string::npos)
        return refuse("file.name");
    const std::string display = clean_display_name(client_name);
    if (display.empty() || display == "." || display == "..")
        return refuse("file.name");
    // Windows drops trailing dots and spaces, so "skrip.pdf." is not what it says.
    if (display.back() == '.' || display.back() == ' ')
        return refuse("file.name");
    if (display.find("[U+20") != std::string::npos && display != raw)
        return refuse("file.name");

    const auto parts = name_parts(display);
    const std::string extension = parts.size() > 1 ? parts.back() : std::string();
    const auto& allowed = accepted.empty() ? default_accepted_extensions() : accepted;
    std::string list;
    for (const std::string& item : allowed)
        list += (list.empty() ? "" : ", ") + item;
    if (extension.empty() || std::find(allowed.begin(), allowed.end(), extension) == allowed.end())
        return refuse("file.extension", list);
    for (std::size_t i = 1; i < parts.size(); ++i) {
        if (std::find(kExecutable.begin(), kExecutable.end(), parts[i]) != kExecutable.end())
            return refuse("file.executable");
    }
    if (!sniff_agrees(extension, sniffed))
        return refuse("file.content", extension);

    UploadVerdict verdict;
    verdict.display_name = display;
    verdict.content_type = std::string(sniffed);
    return verdict;
}

} // namespace lapis::domain
