#include "domain/tokens.hpp"

#include <sodium.h>

#include <cstdio>
#include <stdexcept>
#include <vector>

namespace lapis::domain {
namespace {

constexpr char kBase32Alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
constexpr std::size_t kTrackingBytes = 13; // 104 bits, cut to 20 characters (100 bits)
constexpr std::size_t kTrackingLength = 20;

void ensure_sodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw std::runtime_error("libsodium could not be initialised");
}

std::string base32(const unsigned char* data, std::size_t size)
{
    std::string out;
    unsigned buffer = 0;
    int bits = 0;
    for (std::size_t i = 0; i < size; ++i) {
        buffer = (buffer << 8) | data[i];
        bits += 8;
        while (bits >= 5) {
            out.push_back(kBase32Alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out.push_back(kBase32Alphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

} // namespace

std::string random_token(std::size_t bytes)
{
    ensure_sodium();
    std::vector<unsigned char> data(bytes);
    randombytes_buf(data.data(), data.size());
    return base32(data.data(), data.size());
}

std::string sha256_hex(std::string_view data)
{
    ensure_sodium();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

std::string hmac_token(std::string_view key, std::string_view message, std::size_t bytes)
{
    ensure_sodium();
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(
        &state, reinterpret_cast<const unsigned char*>(key.data()), key.size());
    crypto_auth_hmacsha256_update(
        &state, reinterpret_cast<const unsigned char*>(message.data()), message.size());
    crypto_auth_hmacsha256_final(&state, mac);
    return base32(mac, std::min(bytes, sizeof mac));
}

bool equal_in_constant_time(std::string_view left, std::string_view right)
{
    ensure_sodium();
    if (left.size() != right.size())
        return false;
    return sodium_memcmp(left.data(), right.data(), left.size()) == 0;
}

std::string tracking_code(std::string_view server_secret, std::string_view idempotency_key)
{
    std::string code = idempotency_key.empty()
        ? random_token(kTrackingBytes)
        : hmac_token(
            server_secret, std::string("tracking:") + std::string(idempotency_key), kTrackingBytes);
    return code.substr(0, kTrackingLength);
}

std::string request_number(std::string_view prefix, int year, long sequence)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "-%04d-%06ld", year, sequence);
    return std::string(prefix) + buffer;
}

} // namespace lapis::domain

namespace lapis::domain {

std::string hash_password(std::string_view password)
{
    ensure_sodium();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(hash, password.data(), password.size(),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
            crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return hash;
}

bool verify_password(const std::string& hash, std::string_view password)
{
    ensure_sodium();
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

void verify_password_decoy(std::string_view password)
{
    static const std::string decoy = hash_password(random_token(16));
    verify_password(decoy, password);
}

} // namespace lapis::domain
