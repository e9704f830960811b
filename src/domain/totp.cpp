#include "domain/totp.hpp"

#include <liboath/oath.h>

#include <cctype>
#include <cstdlib>
#include <stdexcept>

#include "domain/tokens.hpp"

namespace lapis::domain {
namespace {

constexpr unsigned kStepSeconds = 30;
constexpr unsigned kDigits = 6;
constexpr std::size_t kWindow = 1;

void ensure_oath()
{
    static const bool ready = oath_init() == OATH_OK;
    if (!ready)
        throw std::runtime_error("liboath could not be initialised");
}

// The raw key behind a base32 secret; empty when the secret is malformed.
std::string decode_secret(const std::string& secret)
{
    ensure_oath();
    char* raw = nullptr;
    std::size_t length = 0;
    if (oath_base32_decode(secret.data(), secret.size(), &raw, &length) != OATH_OK)
        return {};
    std::string key(raw, length);
    std::free(raw);
    return key;
}

std::string uri_component(std::string_view text)
{
    std::string encoded;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '@') {
            encoded.push_back(static_cast<char>(c));
        } else {
            static const char hex[] = "0123456789ABCDEF";
            encoded += '%';
            encoded += hex[c >> 4];
            encoded += hex[c & 15];
        }
    }
    return encoded;
}

time_t seconds(TimePoint time)
{
    return std::chrono::system_clock::to_time_t(time);
}

} // namespace

std::string new_totp_secret()
{
    std::string secret = random_token(20);
    for (char& c : secret)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return secret;
}

std::string totp_uri(std::string_view issuer, std::string_view account, std::string_view secret)
{
    return "otpauth://totp/" + uri_component(issuer) + ":" + uri_component(account)
        + "?secret=" + std::string(secret) + "&issuer=" + uri_component(issuer)
        + "&algorithm=SHA1&digits=6&period=30";
}

std::optional<long long> match_totp(const std::string& secret, std::string_view code, TimePoint now)
{
    if (code.size() != kDigits)
        return std::nullopt;
    for (char c : code) {
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return std::nullopt;
    }
    const std::string key = decode_secret(secret);
    if (key.empty())
        return std::nullopt;
    int offset = 0;
    const std::string otp(code);
    int position = oath_totp_validate2(
        key.data(), key.size(), seconds(now), kStepSeconds, 0, kWindow, &offset, otp.c_str());
    if (position < 0)
        return std::nullopt;
    return static_cast<long long>(seconds(now) / kStepSeconds) + offset;
}

std::string totp_code(const std::string& secret, TimePoint now)
{
    const std::string key = decode_secret(secret);
    char otp[kDigits + 1] = {};
    oath_totp_generate(key.data(), key.size(), seconds(now), kStepSeconds, 0, kDigits, otp);
    return otp;
}

} // namespace lapis::domain
