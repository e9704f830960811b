#include "domain/form.hpp"

#include <algorithm>
#include <utility>

#include "domain/contact.hpp"

namespace lapis::domain {
namespace {

using catalog::Field;
using catalog::FieldType;
using Values = std::map<std::string, std::string>;

// Defaults when the catalog gives no max_length, counted in code points so that an
// emoji counts as one character (AC-03).
constexpr std::size_t kTextLimit = 500;
constexpr std::size_t kTextareaLimit = 20000;

// What the per-field pass learns for the cross-check after it: each identity number that
// parsed, with the field that carried it.
struct Context {
    const catalog::Catalog& catalog;
    const FormInput& input;
    Date today;
    std::vector<std::pair<const Field*, NipFacts>> nips;
    std::vector<std::pair<const Field*, NikFacts>> niks;
};

TextCheck refusal(const char* key, std::string arg = {})
{
    return { std::nullopt, { key, std::move(arg) } };
}

// The length of the UTF-8 sequence opening `rest`, 0 when it is not well formed (RFC 3629
// §4: no overlong forms, no surrogates, nothing above U+10FFFF). NUL is refused too: C
// interfaces downstream would cut the text there, the silent loss AC-03 forbids.
std::size_t utf8_sequence_length(std::string_view rest)
{
    auto lead = static_cast<unsigned char>(rest.front());
    if (lead == 0) {
        return 0;
    }
    if (lead < 0x80) {
        return 1;
    }
    std::size_t length = (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : 4;
    if ((lead & 0xF8) > 0xF0 || (lead & 0xC0) != 0xC0 || rest.size() < length) {
        return 0;
    }
    char32_t code_point = lead & (0x7F >> length);
    for (std::size_t at = 1; at < length; ++at) {
        auto byte = static_cast<unsigned char>(rest[at]);
        if ((byte & 0xC0) != 0x80) {
            return 0;
        }
        code_point = (code_point << 6) | (byte & 0x3F);
    }
    constexpr char32_t kSmallest[] = { 0, 0, 0x80, 0x800, 0x10000 };
    bool surrogate = code_point >= 0xD800 && code_point <= 0xDFFF;
    if (code_point < kSmallest[length] || code_point > 0x10FFFF || surrogate) {
        return 0;
    }
    return length;
}

bool is_clean_utf8(std::string_view text)
{
    for (std::size_t at = 0; at < text.size();) {
        std::size_t length = utf8_sequence_length(text.substr(at));
        if (length == 0) {
            return false;
        }
        at += length;
    }
    return true;
}

// Characters that change how a value reads without being seen: C0 controls and DEL, and the
// Unicode bidirectional controls that can make a name ending in fdp.exe read as one ending in
// exe.pdf on the staff pages and in letters. A textarea keeps its line breaks and tabs, which
// people type, and the invisible marks U+200E/U+200F, which right-to-left quotes need; a
// single-line value has no use for any of them. Expects valid UTF-8.
bool has_hidden_controls(std::string_view text, bool multiline)
{
    for (std::size_t at = 0; at < text.size(); ++at) {
        auto byte = static_cast<unsigned char>(text[at]);
        if (byte < 0x20 || byte == 0x7f) {
            if (!multiline || (byte != '\n' && byte != '\r' && byte != '\t')) {
                return true;
            }
            continue;
        }
        if (byte != 0xE2 || at + 2 >= text.size()) {
            continue;
        }
        auto second = static_cast<unsigned char>(text[at + 1]);
        auto third = static_cast<unsigned char>(text[at + 2]);
        bool mark = second == 0x80 && (third == 0x8E || third == 0x8F); // U+200E, U+200F
        bool embedding = second == 0x80 && third >= 0xAA && third <= 0xAE; // U+202A–U+202E
        bool isolate = second == 0x81 && third >= 0xA6 && third <= 0xA9; // U+2066–U+2069
        if (embedding || isolate || (mark && !multiline)) {
            return true;
        }
    }
    return false;
}

// Valid UTF-8 only: every byte that is not a continuation byte starts a code point.
std::size_t count_code_points(std::string_view text)
{
    return std::ranges::count_if(text, [](char c) { return (c & 0xC0) != 0x80; });
}

bool is_ascii_digit(char c)
{
    return c >= '0' && c <= '9';
}

std::string join(const std::vector<std::string>& parts, std::string_view separator)
{
    std::string joined;
    for (const std::string& part : parts) {
        joined += (joined.empty() ? "" : std::string(separator)) + part;
    }
    return joined;
}

const Field* find_field(const std::vector<Field>& fields, const std::string& name)
{
    auto found = std::ranges::find(fields, name, &Field::name);
    return found == fields.end() ? nullptr : &*found;
}

// The status field decides which NIP shape and rank list apply (DOMAIN.md §1.2, §2.2);
// anything but `pns` or `pppk`, or no such field, accepts either.
Employment employment_of(const Field& field, const Values& values)
{
    auto sent = values.find(field.employment_field);
    if (field.employment_field.empty() || sent == values.end()) {
        return Employment::Other;
    }
    std::string_view code = trim_whitespace(sent->second);
    if (code == "pns") {
        return Employment::Pns;
    }
    return code == "pppk" ? Employment::Pppk : Employment::Other;
}

} // namespace

std::size_t character_count(std::string_view text)
{
    return count_code_points(text);
}

bool is_readable_text(std::string_view text)
{
    return is_clean_utf8(text) && !has_hidden_controls(text, true);
}

std::optional<Message> check_entry_text(
    std::string_view text, std::size_t limit, bool required, bool multiline)
{
    const std::string_view trimmed = trim_whitespace(text);
    if (trimmed.empty())
        return required ? std::optional<Message>(Message{ "field.required", {} }) : std::nullopt;
    if (!is_clean_utf8(trimmed) || has_hidden_controls(trimmed, multiline))
        return Message{ "text.encoding", {} };
    if (count_code_points(trimmed) > limit)
        return Message{ "field.too_long", std::to_string(limit) };
    return std::nullopt;
}

namespace {

// Text is data, kept byte for byte (AC-02); only its length is limited.
TextCheck check_length(std::string_view value, std::size_t limit)
{
    if (count_code_points(value) > limit) {
        return refusal("field.too_long", std::to_string(limit));
    }
    return { std::string(value), {} };
}

TextCheck check_email_field(const Field& field, std::string_view value, const Context& context)
{
    if (!field.official_email) {
        return check_email(value);
    }
    const catalog::Office& office = context.catalog.office;
    return check_official_email(
        value, office.official_email_domains, office.allow_email_subdomains);
}

TextCheck check_nip_field(const Field& field, std::string_view value, Context& context)
{
    Employment employment = employment_of(field, context.input.values);
    NipCheck checked = check_nip(value, employment, context.today);
    if (!checked.facts) {
        return { std::nullopt, checked.error };
    }
    context.nips.emplace_back(&field, *checked.facts);
    return { checked.facts->digits, {} };
}

TextCheck check_nik_field(const Field& field, std::string_view value, Context& context)
{
    NikCheck checked = check_nik(value);
    if (!checked.facts) {
        return { std::nullopt, checked.error };
    }
    context.niks.emplace_back(&field, *checked.facts);
    return { checked.facts->digits, {} };
}

TextCheck check_pangkat_field(const Field& field, std::string_view value, const Context& context)
{
    auto code = normalise_rank(value, employment_of(field, context.input.values));
    if (!code) {
        return refusal("pangkat.unknown");
    }
    return { *code, {} };
}

TextCheck check_agency_field(std::string_view value, const Context& context)
{
    if (context.catalog.find_agency(std::string(value)) == nullptr) {
        return refusal("agency.invalid");
    }
    return { std::string(value), {} };
}

TextCheck check_date_field(std::string_view value)
{
    if (!parse_iso_date(value)) {
        return refusal("date.invalid");
    }
    return { std::string(value), {} };
}

bool is_two_digits_below(std::string_view text, int limit)
{
    if (text.size() != 2 || !is_ascii_digit(text[0]) || !is_ascii_digit(text[1])) {
        return false;
    }
    return (text[0] - '0') * 10 + (text[1] - '0') < limit;
}

// As an HTML datetime-local input sends it: YYYY-MM-DDTHH:MM, seconds optional.
TextCheck check_datetime_field(std::string_view value)
{
    if ((value.size() != 16 && value.size() != 19) || value[10] != 'T' || value[13] != ':') {
        return refusal("datetime.invalid");
    }
    bool seconds_ok
        = value.size() == 16 || (value[16] == ':' && is_two_digits_below(value.substr(17, 2), 60));
    if (!parse_iso_date(value.substr(0, 10)) || !is_two_digits_below(value.substr(11, 2), 24)
        || !is_two_digits_below(value.substr(14, 2), 60) || !seconds_ok) {
        return refusal("datetime.invalid");
    }
    return { std::string(value), {} };
}

// ASCII integer or decimal with a point, an optional minus sign. A decimal comma, usual in
// Indonesian writing, is refused with a message asking for the point.
TextCheck check_number_field(std::string_view value)
{
    std::string_view unsigned_part = value.starts_with('-') ? value.substr(1) : value;
    auto point = unsigned_part.find('.');
    std::string_view whole = unsigned_part.substr(0, point);
    std::string_view fraction
        = point == std::string::npos ? std::string_view("0") : unsigned_part.substr(point + 1);
    auto all_digits = [](std::string_view part) {
        return !part.empty() && std::ranges::all_of(part, is_ascii_digit);
    };
    if (!all_digits(whole) || !all_digits(fraction)) {
        return refusal("number.invalid");
    }
    return { std::string(value), {} };
}

TextCheck check_choice_field(const Field& field, std::string_view value)
{
    if (std::ranges::find(field.options, value, &catalog::Option::code) == field.options.end()) {
        return refusal("choice.invalid");
    }
    return { std::string(value), {} };
}

// What browsers send for a ticked box ("on"), and what people and scripts write.
bool is_consent_given(std::string_view value)
{
    std::string lowered = lower_ascii(value);
    return lowered == "1" || lowered == "on" || lowered == "true" || lowered == "ya";
}

TextCheck check_value(const Field& field, std::string_view value, Context& context)
{
    switch (field.type) {
    case FieldType::Text:
        return check_length(value, field.max_length > 0 ? field.max_length : kTextLimit);
    case FieldType::Textarea:
        return check_length(value, field.max_length > 0 ? field.max_length : kTextareaLimit);
    case FieldType::Email:
        return check_email_field(field, value, context);
    case FieldType::Phone:
        return check_phone(value);
    case FieldType::Nip:
        return check_nip_field(field, value, context);
    case FieldType::Nik:
        return check_nik_field(field, value, context);
    case FieldType::Pangkat:
        return check_pangkat_field(field, value, context);
    case FieldType::Agency:
        return check_agency_field(value, context);
    case FieldType::Date:
        return check_date_field(value);
    case FieldType::Datetime:
        return check_datetime_field(value);
    case FieldType::Url:
        return check_url(value);
    case FieldType::Number:
        return check_number_field(value);
    case FieldType::Choice:
        return check_choice_field(field, value);
    case FieldType::Consent:
    case FieldType::File:
        break; // settled before the value is looked at
    }
    return { std::string(value), {} };
}

// The last extension after trailing dots and spaces are trimmed, in lower case (AC-11):
// "skrip.PDF . " reads as "pdf", "surat_tugas.pdf.exe" as "exe", a name without a dot as "".
std::string last_extension(std::string_view filename)
{
    while (!filename.empty() && (filename.back() == '.' || filename.back() == ' ')) {
        filename.remove_suffix(1);
    }
    auto dot = filename.rfind('.');
    return dot == std::string::npos ? "" : lower_ascii(filename.substr(dot + 1));
}

// Content sniffing and the size limit belong to the edge, which holds the bytes.
std::optional<Message> check_upload(const Field& field, const UploadInfo& upload)
{
    if (!is_clean_utf8(upload.filename)) {
        return Message{ "text.encoding", {} };
    }
    if (upload.size == 0) {
        return Message{ "file.empty", {} };
    }
    if (!field.accept.empty()
        && std::ranges::find(field.accept, last_extension(upload.filename)) == field.accept.end()) {
        return Message{ "file.extension", join(field.accept, ", ") };
    }
    return std::nullopt;
}

// File names are stored by the caller, so a file field puts nothing in `values`.
void check_files(const Field& field, const FormInput& input, FormCheck& result)
{
    auto sent = input.files.find(field.name);
    if (sent == input.files.end() || sent->second.empty()) {
        if (is_required(field, input.values)) {
            result.errors[field.name] = { "file.required", {} };
        }
        return;
    }
    for (const UploadInfo& upload : sent->second) {
        if (auto error = check_upload(field, upload)) {
            result.errors[field.name] = *error;
            return;
        }
    }
}

void check_field(const Field& field, Context& context, FormCheck& result)
{
    if (field.type == FieldType::File) {
        check_files(field, context.input, result);
        return;
    }
    auto sent = context.input.values.find(field.name);
    std::string_view raw;
    if (sent != context.input.values.end()) {
        raw = sent->second;
    }
    if (!is_clean_utf8(raw)) {
        result.errors[field.name] = { "text.encoding", {} };
        return;
    }

    std::string_view value = trim_whitespace(raw);
    // Checked after trimming: white space around a value is dropped, not stored.
    if (field.type != FieldType::Consent
        && has_hidden_controls(value, field.type == FieldType::Textarea)) {
        result.errors[field.name] = { "text.encoding", {} };
        return;
    }
    if (field.type == FieldType::Consent) {
        value = is_consent_given(value) ? "1" : "";
    }
    if (value.empty()) {
        if (is_required(field, context.input.values)) {
            bool consent = field.type == FieldType::Consent;
            result.errors[field.name] = { consent ? "consent.required" : "field.required", {} };
        }
        return;
    }

    TextCheck checked = check_value(field, value, context);
    if (!checked.value) {
        result.errors[field.name] = checked.error;
        return;
    }
    result.values[field.name] = std::move(*checked.value);
}

// DOMAIN.md §1.1 and §1.3: a NIP that disagrees with the NIK is worth a look, never a
// refusal (AC-08). Only numbers in the same section describe one person: the e-certificate
// form also asks for the NIP of the official who recommends the request.
void warn_on_identity_mismatch(const Context& context, FormCheck& result)
{
    for (const auto& [nip_field, nip] : context.nips) {
        const std::string& section = nip_field->section;
        auto same_person = std::ranges::find_if(
            context.niks, [&](const auto& parsed) { return parsed.first->section == section; });
        if (same_person == context.niks.end()) {
            continue;
        }
        if (auto warning = compare_nip_nik(nip, same_person->second)) {
            result.warnings[nip_field->name] = *warning;
        }
    }
}

// AC-24a: a form cannot set what the catalog does not declare. A value under a file
// field's name is what a browser sends for an empty file input, so it is let through.
void refuse_undeclared(const std::vector<Field>& fields, const FormInput& input, FormCheck& result)
{
    const Message unknown{ "field.unknown", {} };
    for (const auto& [name, value] : input.values) {
        if (find_field(fields, name) == nullptr) {
            result.errors.emplace(name, unknown);
        }
    }
    for (const auto& [name, uploads] : input.files) {
        const Field* field = find_field(fields, name);
        if (field == nullptr || field->type != FieldType::File) {
            result.errors.emplace(name, unknown);
        }
    }
}

} // namespace

bool is_required(const catalog::Field& field, const std::map<std::string, std::string>& values)
{
    if (field.required) {
        return true;
    }
    if (!field.required_when) {
        return false;
    }
    auto sent = values.find(field.required_when->field);
    if (sent == values.end()) {
        return false;
    }
    std::string_view code = trim_whitespace(sent->second);
    return std::ranges::find(field.required_when->any_of, code)
        != field.required_when->any_of.end();
}

FormCheck check_form(const catalog::Catalog& catalog, const std::vector<catalog::Field>& fields,
    const FormInput& input, Date today)
{
    FormCheck result;
    Context context{ catalog, input, today, {}, {} };
    for (const Field& field : fields) {
        check_field(field, context, result);
    }

    warn_on_identity_mismatch(context, result);
    refuse_undeclared(fields, input, result);
    return result;
}

} // namespace lapis::domain
