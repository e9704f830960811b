// Secrets lapis hands out (tracking codes, session ids, one-time links) and the
// digests it keeps instead of them: a stolen database does not reveal a code.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lapis::domain {

// `bytes` random bytes from the system's CSPRNG, as lower-case base32 (no padding).
std::string random_token(std::size_t bytes);
// SHA-256 as lower-case hex.
std::string sha256_hex(std::string_view data);
// HMAC-SHA-256(key, message) as lower-case base32.
std::string hmac_token(std::string_view key, std::string_view message, std::size_t bytes);
// Comparison that takes the same time whatever the inputs hold.
bool equal_in_constant_time(std::string_view left, std::string_view right);

// A tracking code: 100 random bits as 20 base32 characters (AC-17 asks for ≥ 80).
// With an idempotency key the code is derived from it, so a retried submission
// answers with the same code without lapis ever storing the code itself.
std::string tracking_code(std::string_view server_secret, std::string_view idempotency_key);

// "LPS-2026-000123"
std::string request_number(std::string_view prefix, int year, long sequence);

} // namespace lapis::domain

namespace lapis::domain {

// argon2id (libsodium's INTERACTIVE limits: about 80 ms and 64 MiB per hash).
std::string hash_password(std::string_view password);
bool verify_password(const std::string& hash, std::string_view password);
// Spends the time of one verification, so an unknown account answers as slowly
// as a wrong password.
void verify_password_decoy(std::string_view password);

} // namespace lapis::domain
