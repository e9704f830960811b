#include "domain/contact.hpp"

#include <algorithm>

namespace lapis::domain {
namespace {

bool is_ascii_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

bool is_ascii_digit(char c)
{
    return c >= '0' && c <= '9';
}

bool is_ascii_alnum(char c)
{
    return is_ascii_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Space and the control characters: never part of an address someone means.
bool is_space_or_control(char c)
{
    auto byte = static_cast<unsigned char>(c);
    return byte <= 0x20 || byte == 0x7f;
}

TextCheck refusal(const char* key, std::string arg = {})
{
    return { std::nullopt, { key, std::move(arg) } };
}

// The unquoted local part of RFC 5322 §3.2.3 (dot-atom): at most 64 octets (RFC 5321
// §4.5.3.1), no spaces or specials, no dot at either end or twice in a row. Quoted local
// parts are not accepted; nobody at a city office has one.
bool is_local_part(std::string_view local)
{
    if (local.empty() || local.size() > 64) {
        return false;
    }
    if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string::npos) {
        return false;
    }
    if (std::ranges::any_of(local, is_space_or_control)) {
        return false;
    }
    return local.find_first_of("()<>[]\\,;:\"@") == std::string::npos;
}

// One DNS label (RFC 1035 §2.3.1): letters, digits and hyphens, 1–63 long, no hyphen at
// either end.
bool is_domain_label(std::string_view label)
{
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') {
        return false;
    }
    return std::ranges::all_of(label, [](char c) { return is_ascii_alnum(c) || c == '-'; });
}

// A dotted domain of valid labels. An empty label refuses the trailing dot of AC-07 (3)
// as well as "a..b".
// FIXME: internationalised domains are accepted only in their ASCII (xn--) form.
bool is_domain(std::string_view domain)
{
    if (domain.size() > 253 || domain.find('.') == std::string::npos) {
        return false;
    }
    for (std::size_t start = 0;;) {
        auto dot = domain.find('.', start);
        if (!is_domain_label(domain.substr(start, dot - start))) {
            return false;
        }
        if (dot == std::string::npos) {
            return true;
        }
        start = dot + 1;
    }
}

// AC-07: the whole domain after the last '@' must equal an official one; a sub-domain
// only when the office allows it. Never a substring or prefix test.
bool is_official_domain(
    const std::string& domain, const std::vector<std::string>& domains, bool allow_subdomains)
{
    return std::ranges::any_of(domains, [&](const std::string& official) {
        std::string wanted = lower_ascii(official);
        return domain == wanted || (allow_subdomains && domain.ends_with("." + wanted));
    });
}

std::string join_domains(const std::vector<std::string>& domains)
{
    std::string joined;
    for (const std::string& domain : domains) {
        joined += (joined.empty() ? "" : " atau @") + lower_ascii(domain);
    }
    return joined;
}

// The length of a leading "http://" or "https://" in any case (RFC 3986 §3.1); 0 for
// any other scheme.
std::size_t web_scheme_length(std::string_view url)
{
    std::string start = lower_ascii(url.substr(0, 8));
    if (start.starts_with("https://")) {
        return 8;
    }
    return start.starts_with("http://") ? 7 : 0;
}

// The authority's host: after any user information, before any port (RFC 3986 §3.2).
std::optional<std::string_view> url_host(std::string_view authority)
{
    auto at = authority.rfind('@');
    std::string_view host = at == std::string::npos ? authority : authority.substr(at + 1);
    auto colon = host.find(':');
    if (colon == std::string::npos) {
        return host;
    }
    std::string_view port = host.substr(colon + 1);
    if (port.empty() || port.size() > 5 || !std::ranges::all_of(port, is_ascii_digit)) {
        return std::nullopt;
    }
    return host.substr(0, colon);
}

// A host people can reach: a dotted name (bytes above 0x7f allowed for names typed in
// their Unicode form) or localhost.
bool is_url_host(std::string_view host)
{
    if (host == "localhost") {
        return true;
    }
    if (host.find('.') == std::string::npos || host.front() == '.' || host.back() == '.'
        || host.find("..") != std::string::npos) {
        return false;
    }
    return std::ranges::all_of(host, [](char c) {
        return is_ascii_alnum(c) || c == '-' || c == '.' || static_cast<unsigned char>(c) > 0x7f;
    });
}

} // namespace

std::string lower_ascii(std::string_view input)
{
    std::string out(input);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

std::string_view trim_whitespace(std::string_view input)
{
    while (!input.empty() && is_ascii_space(input.front())) {
        input.remove_prefix(1);
    }
    while (!input.empty() && is_ascii_space(input.back())) {
        input.remove_suffix(1);
    }
    return input;
}

TextCheck check_email(std::string_view input)
{
    std::string_view address = trim_whitespace(input);
    auto at = address.find('@');
    if (at == std::string::npos || address.find('@', at + 1) != std::string::npos) {
        return refusal("email.invalid");
    }
    // The mailer does not speak SMTPUTF8 (RFC 6531): an address with a byte above
    // 0x7F anywhere could be stored but never delivered, so it is refused here.
    if (std::ranges::any_of(address, [](char c) { return static_cast<unsigned char>(c) > 0x7f; })) {
        return refusal("email.invalid");
    }
    std::string_view local = address.substr(0, at);
    std::string domain = lower_ascii(address.substr(at + 1));
    if (!is_local_part(local) || !is_domain(domain)) {
        return refusal("email.invalid");
    }
    return { std::string(local) + "@" + domain, {} };
}

// The domain is compared before the syntax, so every address outside the office's domain
// (AC-07 3–7, the trailing dot included) is told which domain is required.
TextCheck check_official_email(
    std::string_view input, const std::vector<std::string>& domains, bool allow_subdomains)
{
    if (domains.empty()) {
        return refusal("email.no_official_domain");
    }
    std::string_view address = trim_whitespace(input);
    auto at = address.rfind('@');
    std::string domain = at == std::string::npos ? "" : lower_ascii(address.substr(at + 1));
    if (!is_official_domain(domain, domains, allow_subdomains)) {
        return refusal("email.domain", join_domains(domains));
    }
    return check_email(address);
}

// Spaces, dashes, dots and brackets are layout; a '+' may open the number. 8 to 15
// digits: the shortest Indonesian fixed-line numbers to the E.164 maximum. Text, so the
// leading 0 survives (AC-08).
TextCheck check_phone(std::string_view input)
{
    std::string_view typed = trim_whitespace(input);
    bool international = typed.starts_with('+');
    if (international) {
        typed.remove_prefix(1);
    }
    std::string digits;
    for (char c : typed) {
        if (c == ' ' || c == '\t' || c == '-' || c == '.' || c == '(' || c == ')') {
            continue;
        }
        if (!is_ascii_digit(c)) {
            return refusal("phone.invalid");
        }
        digits += c;
    }
    // E.164 country codes never start with 0.
    if (digits.size() < 8 || digits.size() > 15 || (international && digits.front() == '0')) {
        return refusal("phone.invalid");
    }
    return { (international ? "+" : "") + digits, {} };
}

TextCheck check_url(std::string_view input)
{
    std::string_view url = trim_whitespace(input);
    if (std::ranges::any_of(url, is_space_or_control)) {
        return refusal("url.invalid");
    }
    std::size_t skip = web_scheme_length(url);
    if (skip == 0) {
        return refusal("url.invalid");
    }
    std::string_view rest = url.substr(skip);
    auto host = url_host(rest.substr(0, rest.find_first_of("/?#")));
    if (!host || !is_url_host(*host)) {
        return refusal("url.invalid");
    }
    return { std::string(url), {} };
}

} // namespace lapis::domain
