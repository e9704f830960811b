#include "domain/telecom.hpp"

#include "domain/form.hpp"

#include <algorithm>
#include <map>

#include "domain/contact.hpp"
#include "domain/csv_reader.hpp"

namespace lapis::domain::telecom {
namespace {

constexpr std::size_t kTextLimit = 200;
constexpr std::size_t kMaxErrors = 50;

std::optional<Message> check_text(
    std::string_view text, std::size_t limit, bool required, bool multiline = false)
{
    return check_entry_text(text, limit, required, multiline);
}

bool all_digits(std::string_view text)
{
    return !text.empty() && std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; });
}

enum class Column { Extension, Name, Unit, Location };

std::optional<Column> column_of(std::string_view header)
{
    static const std::map<std::string, Column> kNames = { { "ekstensi", Column::Extension },
        { "extension", Column::Extension }, { "nomor ekstensi", Column::Extension },
        { "nama", Column::Name }, { "name", Column::Name }, { "unit", Column::Unit },
        { "bagian", Column::Unit }, { "unit kerja", Column::Unit }, { "lokasi", Column::Location },
        { "location", Column::Location }, { "ruang", Column::Location } };
    auto found = kNames.find(lower_ascii(trim_whitespace(header)));
    if (found == kNames.end())
        return std::nullopt;
    return found->second;
}

// The header's columns by position; errors when a name is unknown, repeated or a
// required one is missing.
std::vector<Column> read_header(const CsvRecord& header, std::vector<LineError>& errors)
{
    std::vector<Column> columns;
    for (const std::string& name : header.fields) {
        auto column = column_of(name);
        if (!column) {
            errors.push_back({ header.line, { "telecom.csv.unknown_column", name } });
            continue;
        }
        if (std::ranges::find(columns, *column) != columns.end())
            errors.push_back({ header.line, { "telecom.csv.duplicate_column", name } });
        columns.push_back(*column);
    }
    if (std::ranges::find(columns, Column::Extension) == columns.end())
        errors.push_back({ header.line, { "telecom.csv.missing_column", "ekstensi" } });
    if (std::ranges::find(columns, Column::Name) == columns.end())
        errors.push_back({ header.line, { "telecom.csv.missing_column", "nama" } });
    return columns;
}

std::optional<Message> entry_error(const DirectoryEntry& entry)
{
    if (entry.extension.empty())
        return Message{ "telecom.csv.extension_missing", {} };
    if (!all_digits(entry.extension) || entry.extension.size() > 10)
        return Message{ "telecom.csv.extension_digits", entry.extension };
    if (entry.name.empty())
        return Message{ "telecom.csv.name_missing", {} };
    for (const std::string* text : { &entry.name, &entry.unit, &entry.location }) {
        auto error = check_entry_text(*text, kTextLimit, false, false);
        if (error && error->key == "field.too_long")
            return Message{ "telecom.csv.too_long", std::to_string(kTextLimit) };
        if (error)
            return Message{ "telecom.csv.control", {} };
    }
    return std::nullopt;
}

DirectoryEntry entry_from(const CsvRecord& record, const std::vector<Column>& columns)
{
    DirectoryEntry entry;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const std::string value(trim_whitespace(record.fields[i]));
        switch (columns[i]) {
        case Column::Extension:
            entry.extension = value;
            break;
        case Column::Name:
            entry.name = value;
            break;
        case Column::Unit:
            entry.unit = value;
            break;
        case Column::Location:
            entry.location = value;
            break;
        }
    }
    return entry;
}

bool contains_word(std::string_view haystack, std::string_view word)
{
    return lower_ascii(haystack).find(word) != std::string::npos;
}

// Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing past U+10FFFF.
bool is_utf8(std::string_view text)
{
    for (std::size_t at = 0; at < text.size();) {
        const auto lead = static_cast<unsigned char>(text[at]);
        std::size_t length = lead < 0x80 ? 1
            : (lead >> 5) == 0x6         ? 2
            : (lead >> 4) == 0xE         ? 3
            : (lead >> 3) == 0x1E        ? 4
                                         : 0;
        if (length == 0 || at + length > text.size() || (length == 2 && lead < 0xC2))
            return false;
        unsigned code = length == 1 ? lead : lead & (0x7F >> length);
        for (std::size_t i = 1; i < length; ++i) {
            const auto next = static_cast<unsigned char>(text[at + i]);
            if ((next & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (next & 0x3F);
        }
        const bool overlong = (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
        if (overlong || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        at += length;
    }
    return true;
}

} // namespace

DirectoryImport parse_directory(std::string_view csv_text)
{
    DirectoryImport result;
    if (!is_utf8(csv_text)) {
        result.errors.push_back({ 0, { "telecom.csv.encoding", {} } });
        return result;
    }
    const CsvTable table = read_csv(csv_text);
    if (table.malformed_line) {
        result.errors.push_back({ *table.malformed_line, { "telecom.csv.malformed", {} } });
        return result;
    }
    if (table.records.size() < 2) {
        result.errors.push_back({ 0, { "telecom.csv.empty", {} } });
        return result;
    }
    if (table.records.size() - 1 > kMaxDirectoryRows) {
        result.errors.push_back(
            { 0, { "telecom.csv.too_many", std::to_string(kMaxDirectoryRows) } });
        return result;
    }
    const std::vector<Column> columns = read_header(table.records.front(), result.errors);
    if (!result.errors.empty())
        return result;

    std::map<std::string, std::size_t> seen; // extension → line
    std::vector<DirectoryEntry> entries;
    for (std::size_t i = 1; i < table.records.size() && result.errors.size() < kMaxErrors; ++i) {
        const CsvRecord& record = table.records[i];
        if (record.fields.size() != columns.size()) {
            result.errors.push_back(
                { record.line, { "telecom.csv.field_count", std::to_string(columns.size()) } });
            continue;
        }
        DirectoryEntry entry = entry_from(record, columns);
        if (auto error = entry_error(entry)) {
            result.errors.push_back({ record.line, *error });
            continue;
        }
        auto [at, fresh] = seen.emplace(entry.extension, record.line);
        if (!fresh) {
            result.errors.push_back(
                { record.line, { "telecom.csv.duplicate_extension", std::to_string(at->second) } });
            continue;
        }
        entries.push_back(std::move(entry));
    }
    if (result.errors.empty())
        result.entries = std::move(entries);
    return result;
}

bool directory_matches(const DirectoryEntry& entry, std::string_view query)
{
    const std::string lowered = lower_ascii(trim_whitespace(query));
    std::size_t start = 0;
    while (start < lowered.size()) {
        std::size_t end = lowered.find(' ', start);
        if (end == std::string::npos)
            end = lowered.size();
        const std::string_view word = std::string_view(lowered).substr(start, end - start);
        start = end + 1;
        if (word.empty())
            continue;
        const bool found = entry.extension.starts_with(word) || contains_word(entry.name, word)
            || contains_word(entry.unit, word) || contains_word(entry.location, word);
        if (!found)
            return false;
    }
    return true;
}

std::optional<Message> check_extension(std::string_view text, bool required)
{
    const std::string_view trimmed = trim_whitespace(text);
    if (trimmed.empty())
        return required ? std::optional<Message>(Message{ "field.required", {} }) : std::nullopt;
    if (!all_digits(trimmed) || trimmed.size() > 10)
        return Message{ "telecom.extension.digits", {} };
    return std::nullopt;
}

std::vector<std::pair<std::string, Message>> check_ticket(const TicketInput& input)
{
    std::vector<std::pair<std::string, Message>> errors;
    if (auto error = check_text(input.location, kTextLimit, true))
        errors.emplace_back("lokasi", *error);
    if (auto error = check_extension(input.extension, false))
        errors.emplace_back("ekstensi", *error);
    return errors;
}

TestCheck check_test(const TestInput& input, Date today)
{
    TestCheck result;
    const bool passed = input.result == "lulus";
    if (!passed && input.result != "gagal")
        result.errors.emplace_back("hasil", Message{ "telecom.test.result", {} });
    if (auto error = check_text(input.note, 2000, !passed && input.result == "gagal", true))
        result.errors.emplace_back("catatan_uji", *error);
    auto date = parse_iso_date(trim_whitespace(input.date));
    if (trim_whitespace(input.date).empty())
        result.errors.emplace_back("tanggal_uji", Message{ "field.required", {} });
    else if (!date)
        result.errors.emplace_back("tanggal_uji", Message{ "date.invalid", {} });
    else if (*date > today)
        result.errors.emplace_back("tanggal_uji", Message{ "telecom.date.future", {} });
    if (!result.errors.empty())
        return result;
    result.test = TestRecord{ passed, std::string(trim_whitespace(input.note)), *date };
    return result;
}

std::optional<LocalTime> parse_local_time(std::string_view text)
{
    text = trim_whitespace(text);
    if (text.size() != 16 && text.size() != 19)
        return std::nullopt;
    if (text[10] != 'T' && text[10] != ' ')
        return std::nullopt;
    auto date = parse_iso_date(text.substr(0, 10));
    const std::string_view clock = text.substr(11);
    if (!date || clock[2] != ':' || !all_digits(clock.substr(0, 2))
        || !all_digits(clock.substr(3, 2)))
        return std::nullopt;
    if (clock.size() == 8 && (clock[5] != ':' || !all_digits(clock.substr(6, 2))))
        return std::nullopt;
    LocalTime time{ *date, std::stoi(std::string(clock.substr(0, 2))),
        std::stoi(std::string(clock.substr(3, 2))) };
    if (time.hour > 23 || time.minute > 59)
        return std::nullopt;
    return time;
}

CallCheck check_call(const CallInput& input, Date today)
{
    CallCheck result;
    if (auto error = check_text(input.caller, kTextLimit, true))
        result.errors.emplace_back("penelepon", *error);
    if (auto error = check_text(input.requested, kTextLimit, true))
        result.errors.emplace_back("tujuan", *error);
    auto at = parse_local_time(input.at);
    if (trim_whitespace(input.at).empty())
        result.errors.emplace_back("waktu", Message{ "field.required", {} });
    else if (!at)
        result.errors.emplace_back("waktu", Message{ "datetime.invalid", {} });
    else if (at->date > today)
        result.errors.emplace_back("waktu", Message{ "telecom.date.future", {} });
    if (input.connected != "ya" && input.connected != "tidak")
        result.errors.emplace_back("tersambung", Message{ "telecom.call.connected", {} });
    if (auto error = check_text(input.note, 1000, false, true))
        result.errors.emplace_back("catatan", *error);
    if (!result.errors.empty())
        return result;
    result.call = CallRecord{ std::string(trim_whitespace(input.caller)),
        std::string(trim_whitespace(input.requested)), *at, input.connected == "ya",
        std::string(trim_whitespace(input.note)) };
    return result;
}

std::set<std::string> operator_roles(const catalog::Service& service)
{
    std::set<std::string> roles;
    for (const catalog::Procedure& procedure : service.procedures) {
        if (procedure.requestable)
            continue;
        for (const catalog::Step& step : procedure.steps) {
            if (!step.staff_role().empty())
                roles.insert(step.staff_role());
        }
    }
    return roles;
}

std::size_t test_step(const catalog::Procedure& procedure)
{
    return procedure.steps.empty() ? 0 : procedure.steps.size() - 1;
}

} // namespace lapis::domain::telecom
