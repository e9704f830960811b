// The staff second factor: time-based one-time passwords (RFC 6238: HMAC-SHA-1,
// 30-second steps, 6 digits), which every authenticator app reads from an
// otpauth:// URI shown as a QR code at enrolment.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/clock.hpp"

namespace lapis::domain {

// 160 random bits as base32 (RFC 4226 §4 asks for at least 128).
std::string new_totp_secret();
std::string totp_uri(std::string_view issuer, std::string_view account, std::string_view secret);
// The 30-second step the code belongs to, accepting one step of clock drift
// either way; nullopt for a wrong or malformed code. Callers refuse a step not
// later than the last one used, so a code cannot be replayed.
std::optional<long long> match_totp(
    const std::string& secret, std::string_view code, TimePoint now);
// The code for a moment (tests, and nothing else).
std::string totp_code(const std::string& secret, TimePoint now);

} // namespace lapis::domain
