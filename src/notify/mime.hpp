// Builds the bytes of a plain-text e-mail (RFC 5322 with MIME, RFC 2045-2047).
// Text is data: nothing is HTML-escaped, non-ASCII text is encoded for transport
// (RFC 2047 encoded-words in the Subject, base64 in the body) and decodes back to
// exactly what was stored.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/clock.hpp"

namespace lapis::notify {

struct MailMessage {
    std::string from; // "Lapis Diskominfo <lapis@kotacontoh.go.id>" or a bare address
    std::string to; // one bare address
    std::string subject;
    std::string body; // plain text in UTF-8, any line endings
    std::string message_id; // "token@domain" without angle brackets; empty: a random one
    domain::TimePoint date;
};

// The message as handed to SMTP: header fields, an empty line, the base64 body;
// every line ends in CRLF.
std::string build_message(const MailMessage& message);

// One unstructured header field, "Name: value" plus CRLF, folded. The value is sent
// as it is when it is printable ASCII, otherwise as UTF-8 "B" encoded-words.
std::string unstructured_field(std::string_view name, std::string_view text);

struct Mailbox {
    std::string name; // display name, may be empty
    std::string address;
};
// Splits "Name <address>" (the name may be quoted) or takes a bare address.
Mailbox parse_mailbox(std::string_view text);
// The part after the last '@'; "lapis.invalid" (RFC 2606) when there is none.
std::string domain_of(std::string_view address);
// One ASCII address with a local part and a domain, nothing that could end the
// SMTP command or the header line early (no spaces, controls, <, >, or commas).
bool plausible_address(std::string_view address);
// "b***@kotacontoh.go.id": enough for a log reader to tell recipients apart.
std::string masked_address(std::string_view address);

// A new unique Message-ID (RFC 5322 §3.6.4) in the From address's domain.
std::string random_message_id(std::string_view from_address);
// The same Message-ID every time one outbox row is sent, so a receiver can drop
// a duplicate; the per-installation key keeps two installations' ids apart and
// hides the row numbers.
std::string outbox_message_id(
    std::int64_t outbox_id, std::string_view installation_key, std::string_view from_address);

// "Thu, 03 Dec 2026 10:04:05 +0000" (RFC 5322 §3.3), in UTC.
std::string rfc5322_date(domain::TimePoint time);
// Standard base64 (RFC 4648 §4) with padding and no line breaks.
std::string base64(std::string_view bytes);
// The text with each malformed UTF-8 sequence replaced by U+FFFD, so the charset
// the message declares is true.
std::string valid_utf8(std::string_view text);

} // namespace lapis::notify
