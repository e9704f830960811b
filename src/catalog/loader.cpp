// Reads the catalog TOML (docs/catalog-schema.md) into the types of catalog.hpp and
// checks it whole before anything serves a request: a catalog that start-up
// accepts cannot later send a request to an unknown step, role or field.
//
// Every refusal is one line, "<file>:<line>: <dotted.key.path>: <problem>", so an
// administrator editing the file finds the spot without reading code.
#include "catalog/loader.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <initializer_list>
#include <map>
#include <set>
#include <sstream>
#include <utility>

#include <toml++/toml.h>

#include "resources/resources.hpp"

namespace lapis::catalog {

namespace {

// Step actors that are not staff roles (docs/catalog-schema.md, "Steps").
constexpr std::string_view kRequester = "pemohon";
constexpr std::string_view kSystemOwner = "pemilik-sistem";
constexpr std::string_view kOutsideParty = "pihak-luar";

constexpr std::string_view kBundledSource = "catalog/magelang.toml";

// Indonesia's three time zones (WIB, WITA, WIT); none observes daylight saving,
// so a fixed offset is exact all year.
struct Zone {
    std::string_view name;
    int utc_offset_minutes;
};
constexpr std::array<Zone, 3> kZones{ {
    { "Asia/Jakarta", 7 * 60 },
    { "Asia/Makassar", 8 * 60 },
    { "Asia/Jayapura", 9 * 60 },
} };

// Generous bound on a field's max_length: beyond it a value is a file, not text.
constexpr std::int64_t kLongestText = 1'000'000;

std::string one_line(std::string text)
{
    for (char& character : text) {
        if (character == '\n' || character == '\r')
            character = ' ';
    }
    return text;
}

int line_of(const toml::source_region& region)
{
    // toml++ counts from 1; 0 means "unknown", e.g. for a table made implicitly.
    return region.begin.line == 0 ? 1 : static_cast<int>(region.begin.line);
}

std::string join_path(std::string_view parent, std::string_view key)
{
    if (parent.empty())
        return std::string(key);
    return std::string(parent) + "." + std::string(key);
}

std::string index_path(std::string_view path, std::size_t index)
{
    return std::string(path) + "[" + std::to_string(index) + "]";
}

std::string describe(const toml::node& node)
{
    switch (node.type()) {
    case toml::node_type::string:
        return "a string";
    case toml::node_type::integer:
        return "an integer";
    case toml::node_type::floating_point:
        return "a floating-point number";
    case toml::node_type::boolean:
        return "a boolean";
    case toml::node_type::date:
        return "a date";
    case toml::node_type::time:
        return "a time";
    case toml::node_type::date_time:
        return "a date-time";
    case toml::node_type::array:
        return "an array";
    case toml::node_type::table:
        return "a table";
    default:
        return "nothing";
    }
}

std::string quoted(std::string_view text)
{
    return "'" + std::string(text) + "'";
}

std::string joined(const std::vector<std::string>& words)
{
    std::string text;
    for (const auto& word : words)
        text += (text.empty() ? "" : ", ") + word;
    return text;
}

// Ids that appear in URLs and request records: "reset-passphrase", "tim-csirt".
bool is_slug(std::string_view text)
{
    if (text.empty() || text.front() == '-' || text.back() == '-')
        return false;
    char previous = ' ';
    for (char character : text) {
        bool allowed = (character >= 'a' && character <= 'z')
            || (character >= '0' && character <= '9') || character == '-';
        if (!allowed || (character == '-' && previous == '-'))
            return false;
        previous = character;
    }
    return true;
}

// Field names become HTML form names and JSON keys: "status_kepegawaian".
bool is_field_name(std::string_view text)
{
    if (text.empty() || text.front() < 'a' || text.front() > 'z')
        return false;
    for (char character : text) {
        bool allowed = (character >= 'a' && character <= 'z')
            || (character >= '0' && character <= '9') || character == '_';
        if (!allowed)
            return false;
    }
    return true;
}

bool is_lower_domain(std::string_view text)
{
    if (text.find('.') == std::string_view::npos || text.front() == '.' || text.back() == '.')
        return false;
    for (char character : text) {
        bool allowed = (character >= 'a' && character <= 'z')
            || (character >= '0' && character <= '9') || character == '-' || character == '.';
        if (!allowed)
            return false;
    }
    return true;
}

bool is_all(std::string_view text, bool (*accepts)(char))
{
    if (text.empty())
        return false;
    for (char character : text) {
        if (!accepts(character))
            return false;
    }
    return true;
}

bool is_digit(char character)
{
    return character >= '0' && character <= '9';
}
bool is_upper(char character)
{
    return character >= 'A' && character <= 'Z';
}
bool is_lower_or_digit(char character)
{
    return (character >= 'a' && character <= 'z') || is_digit(character);
}

// A table of the document and the key path that leads to it.
struct Place {
    const toml::table* table = nullptr;
    std::string path;
};

class Reporter {
public:
    explicit Reporter(std::string source)
        : source_(std::move(source))
    {
    }

    const std::string& source() const { return source_; }

    [[noreturn]] void fail(int line, std::string_view path, std::string_view problem) const
    {
        throw LoadError(one_line(source_ + ":" + std::to_string(line) + ": " + std::string(path)
            + ": " + std::string(problem)));
    }

    // On the line of `key`'s value under `place`, or of the table when it is absent.
    [[noreturn]] void fail_at(
        const Place& place, std::string_view key, std::string_view problem) const
    {
        auto found = toml::at_path(*place.table, key);
        const toml::node& node = found ? *found.node() : *place.table;
        fail(line_of(node.source()), join_path(place.path, key), problem);
    }

private:
    std::string source_;
};

// Reads one table: refuses keys it was not told about up front (a misspelt
// optional key would otherwise be ignored silently) and turns every missing or
// mistyped value into a LoadError at that key.
class TableReader {
public:
    TableReader(const Reporter& reporter, Place place, std::initializer_list<std::string_view> keys)
        : reporter_(reporter)
        , place_(std::move(place))
    {
        for (const auto& [key, node] : *place_.table) {
            if (std::find(keys.begin(), keys.end(), key.str()) != keys.end())
                continue;
            std::vector<std::string> expected(keys.begin(), keys.end());
            reporter_.fail(line_of(key.source()), join_path(place_.path, key.str()),
                "unknown key (expected one of: " + joined(expected) + ")");
        }
    }

    const Place& place() const { return place_; }
    bool has(std::string_view key) const { return place_.table->contains(key); }

    [[noreturn]] void fail(std::string_view key, std::string_view problem) const
    {
        reporter_.fail_at(place_, key, problem);
    }

    std::string text(std::string_view key) const
    {
        std::string value = string_at(require(key), key);
        if (value.empty())
            fail(key, "must not be empty");
        return value;
    }

    std::string optional_text(std::string_view key) const
    {
        const toml::node* node = find(key);
        return node ? string_at(*node, key) : std::string();
    }

    bool flag(std::string_view key, bool fallback) const
    {
        const toml::node* node = find(key);
        if (!node)
            return fallback;
        if (!node->is_boolean())
            fail(key, "expected a boolean, found " + describe(*node));
        return node->as_boolean()->get();
    }

    std::optional<std::int64_t> optional_integer(std::string_view key) const
    {
        const toml::node* node = find(key);
        if (!node)
            return std::nullopt;
        if (!node->is_integer())
            fail(key, "expected an integer, found " + describe(*node));
        return node->as_integer()->get();
    }

    std::int64_t integer(std::string_view key) const
    {
        require(key);
        return *optional_integer(key);
    }

    // An array of non-empty strings; `required` also refuses an empty array.
    std::vector<std::string> texts(std::string_view key, bool required) const
    {
        const toml::array* array = array_at(key, required);
        std::vector<std::string> values;
        for (std::size_t index = 0; array && index < array->size(); ++index) {
            std::string element_key = index_path(key, index);
            std::string value = string_at(*array->get(index), element_key);
            if (value.empty())
                fail(element_key, "must not be empty");
            values.push_back(std::move(value));
        }
        return values;
    }

    Place table(std::string_view key) const
    {
        const toml::node& node = require(key);
        if (!node.is_table())
            fail(key, "expected a table, found " + describe(node));
        return { node.as_table(), join_path(place_.path, key) };
    }

    // An array of tables, written [[key]] or key = [{...}, ...].
    std::vector<Place> tables(std::string_view key, bool required) const
    {
        const toml::array* array = array_at(key, required);
        std::vector<Place> places;
        for (std::size_t index = 0; array && index < array->size(); ++index) {
            const toml::node& element = *array->get(index);
            std::string element_key = index_path(key, index);
            if (!element.is_table())
                fail(element_key, "expected a table, found " + describe(element));
            places.push_back({ element.as_table(), join_path(place_.path, element_key) });
        }
        return places;
    }

private:
    const toml::node* find(std::string_view key) const { return place_.table->get(key); }

    const toml::node& require(std::string_view key) const
    {
        const toml::node* node = find(key);
        if (!node)
            fail(key, "missing required key");
        return *node;
    }

    std::string string_at(const toml::node& node, std::string_view key) const
    {
        if (!node.is_string())
            fail(key, "expected a string, found " + describe(node));
        return node.as_string()->get();
    }

    const toml::array* array_at(std::string_view key, bool required) const
    {
        const toml::node* node = required ? &require(key) : find(key);
        if (!node)
            return nullptr;
        if (!node->is_array())
            fail(key, "expected an array, found " + describe(*node));
        if (required && node->as_array()->empty())
            fail(key, "must not be empty");
        return node->as_array();
    }

    const Reporter& reporter_;
    Place place_;
};

// A field and where it was written, so that checks made once the whole form is
// known (duplicates, references between fields) still point at the right line.
struct SourcedField {
    Field field;
    Place place;
};
using Form = std::vector<SourcedField>;

std::vector<Field> plain_fields(const Form& form)
{
    std::vector<Field> fields;
    for (const auto& sourced : form)
        fields.push_back(sourced.field);
    return fields;
}

std::string known_field_types()
{
    std::vector<std::string> names;
    for (int type = 0; type <= static_cast<int>(FieldType::Consent); ++type)
        names.emplace_back(to_string(static_cast<FieldType>(type)));
    return joined(names);
}

class CatalogReader {
public:
    CatalogReader(std::string source, const toml::table& document)
        : reporter_(std::move(source))
        , document_(document)
    {
    }

    Catalog read()
    {
        TableReader root(reporter_, { &document_, "" },
            { "schema", "office", "helpdesk", "intro", "roles", "agencies", "fieldsets", "services",
                "csirt" });
        check_schema(root);
        catalog_.source = reporter_.source();
        catalog_.office = read_office(root.table("office"));
        catalog_.helpdesk = read_helpdesk(root.table("helpdesk"));
        catalog_.intro = read_intro(root.table("intro"));
        read_roles(root);
        read_agencies(root);
        if (root.has("fieldsets"))
            read_fieldsets(root.table("fieldsets"));
        read_services(root);
        if (root.has("csirt"))
            catalog_.csirt = read_csirt(root.table("csirt"));
        return std::move(catalog_);
    }

private:
    void check_schema(const TableReader& root) const
    {
        std::int64_t version = root.integer("schema");
        if (version != 1) {
            root.fail("schema",
                "unsupported schema version " + std::to_string(version) + " (expected 1)");
        }
    }

    std::string slug(const TableReader& reader, std::string_view key) const
    {
        std::string value = reader.text(key);
        if (!is_slug(value)) {
            reader.fail(
                key, quoted(value) + " is not an id (lower-case letters, digits, single hyphens)");
        }
        return value;
    }

    Office read_office(Place place) const
    {
        TableReader reader(reporter_, std::move(place),
            { "name", "parent", "city", "address", "timezone", "request_prefix",
                "official_email_domains", "allow_email_subdomains", "privacy_notice",
                "identity_document_retention_days" });
        Office office;
        office.name = reader.text("name");
        office.parent = reader.text("parent");
        office.city = reader.text("city");
        office.address = reader.text("address");
        office.timezone = reader.text("timezone");
        office.utc_offset_minutes = utc_offset(reader, office.timezone);
        office.request_prefix = reader.text("request_prefix");
        if (!is_all(office.request_prefix, is_upper) || office.request_prefix.size() > 10)
            reader.fail("request_prefix", "expected 1 to 10 capital letters A-Z");
        office.official_email_domains = reader.texts("official_email_domains", true);
        for (std::size_t index = 0; index < office.official_email_domains.size(); ++index) {
            const std::string& domain = office.official_email_domains[index];
            if (!is_lower_domain(domain)) {
                reader.fail(index_path("official_email_domains", index),
                    quoted(domain) + " is not a lower-case domain name");
            }
        }
        office.allow_email_subdomains = reader.flag("allow_email_subdomains", false);
        office.privacy_notice = reader.text("privacy_notice");
        const std::int64_t days
            = reader.optional_integer("identity_document_retention_days").value_or(365);
        if (days < 1 || days > 36500)
            reader.fail("identity_document_retention_days", "expected 1 to 36500 days");
        office.identity_document_retention_days = static_cast<int>(days);
        return office;
    }

    int utc_offset(const TableReader& reader, const std::string& timezone) const
    {
        for (const auto& zone : kZones) {
            if (zone.name == timezone)
                return zone.utc_offset_minutes;
        }
        reader.fail("timezone",
            "unsupported time zone " + quoted(timezone)
                + " (expected Asia/Jakarta, Asia/Makassar or Asia/Jayapura)");
    }

    HelpDesk read_helpdesk(Place place) const
    {
        TableReader reader(reporter_, std::move(place),
            { "unit", "address", "phone", "whatsapp", "whatsapp_display", "email", "text" });
        HelpDesk helpdesk;
        helpdesk.unit = reader.text("unit");
        helpdesk.address = reader.text("address");
        helpdesk.phone = reader.text("phone");
        helpdesk.whatsapp = reader.optional_text("whatsapp");
        if (reader.has("whatsapp") && !is_all(helpdesk.whatsapp, is_digit))
            reader.fail("whatsapp", "expected digits only, with the country code (wa.me form)");
        helpdesk.whatsapp_display = reader.optional_text("whatsapp_display");
        if (helpdesk.whatsapp_display.empty())
            helpdesk.whatsapp_display = helpdesk.whatsapp;
        helpdesk.email = reader.text("email");
        helpdesk.text = reader.text("text");
        return helpdesk;
    }

    Introduction read_intro(Place place) const
    {
        TableReader reader(reporter_, std::move(place),
            { "title", "paragraphs", "legal_basis", "goal", "benefits", "cost" });
        Introduction intro;
        intro.title = reader.text("title");
        intro.paragraphs = reader.texts("paragraphs", true);
        intro.legal_basis = reader.texts("legal_basis", false);
        intro.goal = reader.optional_text("goal");
        intro.benefits = reader.texts("benefits", false);
        intro.cost = reader.optional_text("cost");
        return intro;
    }

    void read_roles(const TableReader& root)
    {
        std::set<std::string> ids;
        for (auto& place : root.tables("roles", true)) {
            TableReader reader(reporter_, std::move(place), { "id", "name", "description" });
            Role role{ slug(reader, "id"), reader.text("name"),
                reader.optional_text("description") };
            if (role.id == kRequester || role.id == kSystemOwner || role.id == kOutsideParty)
                reader.fail("id", quoted(role.id) + " is reserved for step actors");
            if (!ids.insert(role.id).second)
                reader.fail("id", "duplicate role id " + quoted(role.id));
            catalog_.roles.push_back(std::move(role));
        }
    }

    void read_agencies(const TableReader& root)
    {
        std::set<std::string> codes;
        for (auto& place : root.tables("agencies", true)) {
            TableReader reader(reporter_, std::move(place), { "code", "name" });
            Agency agency{ slug(reader, "code"), reader.text("name") };
            if (!codes.insert(agency.code).second)
                reader.fail("code", "duplicate agency code " + quoted(agency.code));
            catalog_.agencies.push_back(std::move(agency));
        }
    }

    void read_fieldsets(const Place& fieldsets)
    {
        for (const auto& [key, node] : *fieldsets.table) {
            std::string name(key.str());
            std::string path = join_path(fieldsets.path, name);
            if (!is_slug(name)) {
                reporter_.fail(line_of(key.source()), path,
                    "fieldset names are ids (lower-case letters, digits, hyphens)");
            }
            if (!node.is_table())
                reporter_.fail(
                    line_of(node.source()), path, "expected a table, found " + describe(node));
            TableReader reader(reporter_, { node.as_table(), path }, { "fields" });
            Form form;
            for (auto& place : reader.tables("fields", true))
                form.push_back(read_field(std::move(place)));
            fieldsets_.emplace(name, std::move(form));
        }
    }

    // ---- fields -------------------------------------------------------------

    SourcedField read_field(Place place) const
    {
        TableReader reader(reporter_, place,
            { "name", "label", "type", "required", "required_when", "options", "help", "section",
                "max_length", "official_email", "employment_field", "accept",
                "identity_document" });
        Field field;
        field.name = reader.text("name");
        if (!is_field_name(field.name)) {
            reader.fail("name",
                quoted(field.name)
                    + " is not a field name (lower-case letters, digits and '_',"
                      " starting with a letter)");
        }
        field.label = reader.text("label");
        field.type = read_field_type(reader);
        field.required = reader.flag("required", false);
        field.help = reader.optional_text("help");
        field.section = reader.optional_text("section");
        field.max_length = read_max_length(reader);
        read_required_when(reader, field);
        read_options(reader, field);
        read_type_specific(reader, field);
        return { std::move(field), std::move(place) };
    }

    FieldType read_field_type(const TableReader& reader) const
    {
        std::string name = reader.text("type");
        std::optional<FieldType> type = field_type_from_string(name);
        if (!type) {
            reader.fail("type",
                "unknown field type " + quoted(name) + " (known: " + known_field_types() + ")");
        }
        return *type;
    }

    std::size_t read_max_length(const TableReader& reader) const
    {
        std::int64_t length = reader.optional_integer("max_length").value_or(0);
        if (length < 0 || length > kLongestText)
            reader.fail("max_length", "expected 0 to " + std::to_string(kLongestText));
        return static_cast<std::size_t>(length);
    }

    void read_required_when(const TableReader& field_reader, Field& field) const
    {
        if (!field_reader.has("required_when"))
            return;
        if (field.required)
            field_reader.fail(
                "required_when", "a field with required = true cannot also be required_when");
        TableReader reader(reporter_, field_reader.table("required_when"), { "field", "any_of" });
        field.required_when = RequiredWhen{ reader.text("field"), reader.texts("any_of", true) };
    }

    void read_options(const TableReader& field_reader, Field& field) const
    {
        bool is_choice = field.type == FieldType::Choice;
        if (!is_choice && field_reader.has("options"))
            field_reader.fail("options", "options are only for choice fields");
        if (!is_choice)
            return;
        if (!field_reader.has("options"))
            field_reader.fail("options", "missing required key: a choice field needs options");
        std::set<std::string> codes;
        for (auto& place : field_reader.tables("options", true)) {
            TableReader reader(reporter_, std::move(place), { "code", "label" });
            Option option{ slug(reader, "code"), reader.text("label") };
            if (!codes.insert(option.code).second)
                reader.fail("code", "duplicate option code " + quoted(option.code));
            field.options.push_back(std::move(option));
        }
    }

    // Keys that only make sense for one or two field types; elsewhere they
    // would be silently ignored by the forms, so they are refused here.
    void read_type_specific(const TableReader& reader, Field& field) const
    {
        field.official_email = reader.flag("official_email", false);
        if (field.official_email && field.type != FieldType::Email)
            reader.fail("official_email", "only for email fields");

        field.employment_field = reader.optional_text("employment_field");
        bool ranked = field.type == FieldType::Nip || field.type == FieldType::Pangkat;
        if (reader.has("employment_field") && !ranked)
            reader.fail("employment_field", "only for nip and pangkat fields");

        field.identity_document = reader.flag("identity_document", false);
        if (field.identity_document && field.type != FieldType::File)
            reader.fail("identity_document", "only for file fields");

        read_accept(reader, field);
    }

    void read_accept(const TableReader& reader, Field& field) const
    {
        bool is_file = field.type == FieldType::File;
        if (!is_file && reader.has("accept"))
            reader.fail("accept", "only for file fields");
        if (!is_file)
            return;
        if (!reader.has("accept"))
            reader.fail(
                "accept", "missing required key: a file field lists the extensions it accepts");
        field.accept = reader.texts("accept", true);
        for (std::size_t index = 0; index < field.accept.size(); ++index) {
            if (!is_all(field.accept[index], is_lower_or_digit)) {
                reader.fail(index_path("accept", index),
                    quoted(field.accept[index]) + " is not a lower-case extension without the dot");
            }
        }
    }

    // A service's or kind's fields: the named fieldsets first, then its own.
    Form read_form(const TableReader& owner) const
    {
        Form form;
        std::vector<std::string> names = owner.texts("fieldsets", false);
        for (std::size_t index = 0; index < names.size(); ++index) {
            auto found = fieldsets_.find(names[index]);
            if (found == fieldsets_.end())
                owner.fail(
                    index_path("fieldsets", index), "unknown fieldset " + quoted(names[index]));
            form.insert(form.end(), found->second.begin(), found->second.end());
        }
        for (auto& place : owner.tables("fields", false))
            form.push_back(read_field(std::move(place)));
        return form;
    }

    // Checks that need the whole form a requester fills in.
    void check_form(const Form& form, const Place& owner) const
    {
        std::map<std::string, const SourcedField*> by_name;
        for (const auto& sourced : form) {
            auto [first, inserted] = by_name.emplace(sourced.field.name, &sourced);
            if (!inserted) {
                reporter_.fail_at(sourced.place, "name",
                    "duplicate field " + quoted(sourced.field.name) + " in the form of "
                        + owner.path + " (first at " + first->second->place.path + ")");
            }
        }
        for (const auto& sourced : form) {
            check_required_when(sourced, by_name);
            check_employment_field(sourced, by_name);
        }
        check_consent(form, owner);
    }

    const Field& choice_field(const SourcedField& sourced, std::string_view key,
        const std::string& name, const std::map<std::string, const SourcedField*>& by_name) const
    {
        auto found = by_name.find(name);
        if (found == by_name.end())
            reporter_.fail_at(
                sourced.place, key, "unknown field " + quoted(name) + " in this form");
        if (found->second->field.type != FieldType::Choice)
            reporter_.fail_at(
                sourced.place, key, "field " + quoted(name) + " is not a choice field");
        return found->second->field;
    }

    void check_required_when(const SourcedField& sourced,
        const std::map<std::string, const SourcedField*>& by_name) const
    {
        const auto& condition = sourced.field.required_when;
        if (!condition)
            return;
        if (condition->field == sourced.field.name)
            reporter_.fail_at(
                sourced.place, "required_when.field", "a field cannot depend on itself");
        const Field& choice
            = choice_field(sourced, "required_when.field", condition->field, by_name);
        for (std::size_t index = 0; index < condition->any_of.size(); ++index) {
            const std::string& code = condition->any_of[index];
            bool known = std::any_of(choice.options.begin(), choice.options.end(),
                [&](const Option& option) { return option.code == code; });
            if (!known) {
                reporter_.fail_at(sourced.place, index_path("required_when.any_of", index),
                    "unknown option code " + quoted(code) + " of field " + quoted(choice.name));
            }
        }
    }

    void check_employment_field(const SourcedField& sourced,
        const std::map<std::string, const SourcedField*>& by_name) const
    {
        if (sourced.field.employment_field.empty())
            return;
        choice_field(sourced, "employment_field", sourced.field.employment_field, by_name);
    }

    // UU 27/2022 (PDP): a form that collects a NIK or an identity-card scan must
    // carry the privacy notice and a consent the requester cannot skip.
    void check_consent(const Form& form, const Place& owner) const
    {
        const Field* identity = nullptr;
        bool consented = false;
        for (const auto& sourced : form) {
            const Field& field = sourced.field;
            if (field.type == FieldType::Nik || field.identity_document)
                identity = identity ? identity : &field;
            if (field.type == FieldType::Consent && field.required)
                consented = true;
        }
        if (!identity || consented)
            return;
        reporter_.fail(line_of(owner.table->source()), join_path(owner.path, "fields"),
            "the form collects identity data (field " + quoted(identity->name)
                + ") but has no required consent field");
    }

    // ---- procedures and steps -------------------------------------------------

    Procedure read_procedure(Place place) const
    {
        TableReader reader(reporter_, std::move(place), { "id", "title", "requestable", "steps" });
        Procedure procedure;
        procedure.id = slug(reader, "id");
        procedure.title = reader.text("title");
        procedure.requestable = reader.flag("requestable", true);
        std::vector<Place> step_places = reader.tables("steps", true);
        std::set<std::string> ids;
        for (const auto& step_place : step_places) {
            Step step = read_step(step_place);
            if (!ids.insert(step.id).second)
                reporter_.fail_at(step_place, "id", "duplicate step id " + quoted(step.id));
            procedure.steps.push_back(std::move(step));
        }
        check_back_to(procedure, step_places);
        // The workflow opens every request at step 1, the requester's submission.
        if (procedure.requestable && procedure.steps.front().actor.kind != ActorKind::Requester) {
            reporter_.fail_at(step_places.front(), "actor",
                "the first step of a requestable procedure is the requester's"
                " submission: actor must be 'pemohon'");
        }
        return procedure;
    }

    Step read_step(const Place& place) const
    {
        TableReader reader(reporter_, place,
            { "id", "number", "text", "actor", "external", "recorded_by", "joint_with", "assigns",
                "back_to", "sets_owner" });
        Step step;
        step.id = slug(reader, "id");
        step.number = reader.text("number");
        step.text = reader.text("text");
        step.actor = read_actor(reader);
        step.joint_with = reader.texts("joint_with", false);
        step.assigns = reader.optional_text("assigns");
        if (reader.has("assigns"))
            require_role(reader, "assigns", step.assigns);
        step.back_to = reader.texts("back_to", false);
        step.sets_owner = reader.flag("sets_owner", false);
        return step;
    }

    void require_role(const TableReader& reader, std::string_view key, const std::string& id) const
    {
        if (!catalog_.find_role(id))
            reader.fail(key, "unknown role " + quoted(id));
    }

    Actor read_actor(const TableReader& reader) const
    {
        std::string name = reader.text("actor");
        Actor actor;
        if (name == kRequester) {
            actor.kind = ActorKind::Requester;
        } else if (name == kSystemOwner) {
            actor.kind = ActorKind::SystemOwner;
        } else if (name == kOutsideParty) {
            actor.kind = ActorKind::External;
        } else if (catalog_.find_role(name)) {
            actor.role = name;
        } else {
            reader.fail("actor",
                "unknown actor " + quoted(name)
                    + " (expected a role id, pemohon, pemilik-sistem or pihak-luar)");
        }
        read_external(reader, actor);
        read_recorded_by(reader, actor, name);
        return actor;
    }

    void read_external(const TableReader& reader, Actor& actor) const
    {
        bool outside = actor.kind == ActorKind::External;
        if (!outside && reader.has("external"))
            reader.fail("external", "only for actor 'pihak-luar'");
        if (!outside)
            return;
        if (!reader.has("external"))
            reader.fail("external",
                "missing required key: actor 'pihak-luar' names the party, e.g. \"BSrE\"");
        actor.external = reader.text("external");
    }

    // Someone outside lapis cannot press "done": a staff role records it for them.
    void read_recorded_by(const TableReader& reader, Actor& actor, const std::string& name) const
    {
        if (actor.kind == ActorKind::Role) {
            if (reader.has("recorded_by"))
                reader.fail(
                    "recorded_by", "only for actors pemohon, pemilik-sistem and pihak-luar");
            return;
        }
        if (!reader.has("recorded_by")) {
            reader.fail("recorded_by",
                "missing required key: actor " + quoted(name)
                    + " acts outside lapis; name the staff role that records it");
        }
        actor.recorded_by = reader.text("recorded_by");
        require_role(reader, "recorded_by", actor.recorded_by);
    }

    void check_back_to(const Procedure& procedure, const std::vector<Place>& step_places) const
    {
        for (std::size_t position = 0; position < procedure.steps.size(); ++position) {
            const auto& targets = procedure.steps[position].back_to;
            for (std::size_t index = 0; index < targets.size(); ++index) {
                std::optional<std::size_t> target = procedure.index_of(targets[index]);
                std::string key = index_path("back_to", index);
                if (!target)
                    reporter_.fail_at(
                        step_places[position], key, "unknown step " + quoted(targets[index]));
                if (*target >= position) {
                    reporter_.fail_at(step_places[position], key,
                        "step " + quoted(targets[index]) + " is not earlier than this step");
                }
            }
        }
    }

    // ---- the CSIRT's profile and desk settings ----------------------------------

    Csirt read_csirt(Place place) const
    {
        TableReader reader(reporter_, place,
            { "name", "short_name", "emails", "phone", "whatsapp", "whatsapp_display", "address",
                "hours", "other_channels", "updated", "constituency", "mission", "authority",
                "services", "policy", "disclaimer", "encryption", "acknowledgments",
                "preferred_languages", "expires_days", "priorities", "steps" });
        Csirt csirt;
        csirt.name = reader.text("name");
        csirt.short_name = reader.optional_text("short_name");
        csirt.emails = reader.texts("emails", true);
        for (std::size_t index = 0; index < csirt.emails.size(); ++index) {
            const std::string& email = csirt.emails[index];
            const auto at = email.find('@');
            if (at == std::string::npos || at == 0 || !is_lower_domain(email.substr(at + 1)))
                reader.fail(index_path("emails", index),
                    quoted(email) + " is not an address with a lower-case domain");
        }
        csirt.phone = reader.optional_text("phone");
        csirt.whatsapp = reader.optional_text("whatsapp");
        if (reader.has("whatsapp") && !is_all(csirt.whatsapp, is_digit))
            reader.fail("whatsapp", "expected digits only, with the country code (wa.me form)");
        csirt.whatsapp_display = reader.optional_text("whatsapp_display");
        if (csirt.whatsapp_display.empty())
            csirt.whatsapp_display = csirt.whatsapp;
        csirt.address = reader.optional_text("address");
        csirt.hours = reader.optional_text("hours");
        csirt.other_channels = reader.texts("other_channels", false);
        csirt.updated = reader.optional_text("updated");
        if (reader.has("updated") && !is_iso_date(csirt.updated))
            reader.fail("updated", "expected a date written YYYY-MM-DD");
        csirt.constituency = reader.text("constituency");
        csirt.mission = reader.text("mission");
        csirt.authority = reader.optional_text("authority");
        csirt.services = reader.texts("services", false);
        csirt.policy = reader.optional_text("policy");
        csirt.disclaimer = reader.optional_text("disclaimer");
        csirt.encryption = read_uri(reader, "encryption");
        csirt.acknowledgments = read_uri(reader, "acknowledgments");
        csirt.preferred_languages = reader.texts("preferred_languages", false);
        if (!reader.has("preferred_languages"))
            csirt.preferred_languages = { "id", "en" };
        for (std::size_t index = 0; index < csirt.preferred_languages.size(); ++index) {
            const std::string& tag = csirt.preferred_languages[index];
            if (tag.size() < 2 || tag.size() > 8 || !is_all(tag, is_lower_or_digit))
                reader.fail(index_path("preferred_languages", index),
                    quoted(tag) + " is not a lower-case language tag such as id or en");
        }
        // RFC 9116 §2.5.5: Expires less than a year ahead.
        const std::int64_t days = reader.optional_integer("expires_days").value_or(180);
        if (days < 1 || days > 364)
            reader.fail("expires_days", "expected 1 to 364 days (RFC 9116: less than a year)");
        csirt.expires_days = static_cast<int>(days);
        if (reader.has("priorities"))
            csirt.priorities = read_csirt_priorities(reader.table("priorities"));
        if (reader.has("steps"))
            csirt.step_requirements = read_csirt_steps(reader.table("steps"));
        return csirt;
    }

    static bool is_iso_date(std::string_view text)
    {
        if (text.size() != 10 || text[4] != '-' || text[7] != '-')
            return false;
        const std::string digits = std::string(text.substr(0, 4)) + std::string(text.substr(5, 2))
            + std::string(text.substr(8, 2));
        return is_all(digits, is_digit);
    }

    std::string read_uri(const TableReader& reader, std::string_view key) const
    {
        std::string uri = reader.optional_text(key);
        if (!uri.empty() && uri.rfind("https://", 0) != 0 && uri.rfind("dns:", 0) != 0
            && uri.rfind("openpgp4fpr:", 0) != 0)
            reader.fail(
                key, "expected an https:// URI (RFC 9116), or dns: / openpgp4fpr: for keys");
        return uri;
    }

    // "<class>" or "<class>/<type>" = "P1".."P4". The class and type are RSIT's
    // machine values; the domain layer matches them (domain/incident.hpp).
    std::map<std::string, std::string> read_csirt_priorities(const Place& place) const
    {
        std::map<std::string, std::string> priorities;
        for (const auto& [key, node] : *place.table) {
            const std::string name(key.str());
            const std::string path = join_path(place.path, name);
            const auto slash = name.find('/');
            if (!is_slug(name.substr(0, slash)))
                reporter_.fail(line_of(key.source()), path,
                    "expected an RSIT class value such as intrusions, or class/type");
            if (!node.is_string())
                reporter_.fail(
                    line_of(node.source()), path, "expected a string, found " + describe(node));
            const std::string value = node.as_string()->get();
            if (value != "P1" && value != "P2" && value != "P3" && value != "P4")
                reporter_.fail(line_of(node.source()), path, "expected P1, P2, P3 or P4");
            priorities.emplace(name, value);
        }
        return priorities;
    }

    // Step ids of the incident desk's procedures, each with what must be recorded
    // before that step may be completed.
    std::map<std::string, std::vector<std::string>> read_csirt_steps(const Place& place) const
    {
        std::set<std::string> steps;
        for (const Service& service : catalog_.services) {
            if (service.desk != Desk::Incident)
                continue;
            for (const Procedure& procedure : service.procedures) {
                for (const Step& step : procedure.steps)
                    steps.insert(step.id);
            }
        }
        std::map<std::string, std::vector<std::string>> requirements;
        for (const auto& [key, node] : *place.table) {
            const std::string id(key.str());
            const std::string path = join_path(place.path, id);
            if (!steps.contains(id))
                reporter_.fail(line_of(key.source()), path,
                    "no step " + quoted(id)
                        + " in a procedure of a service with desk = \"incident\"");
            if (!node.is_array() || node.as_array()->empty())
                reporter_.fail(
                    line_of(node.source()), path, "expected a non-empty array of strings");
            for (const auto& element : *node.as_array()) {
                const auto* text = element.as_string();
                const std::string value = text ? text->get() : std::string();
                const bool known
                    = std::find(std::begin(kCsirtRequirements), std::end(kCsirtRequirements), value)
                    != std::end(kCsirtRequirements);
                if (!known)
                    reporter_.fail(line_of(element.source()), path,
                        "unknown requirement " + quoted(value)
                            + " (expected classification, tlp, priority, system, impact, "
                              "recommendation, mitigation, prevention or verification)");
                requirements[id].push_back(value);
            }
        }
        return requirements;
    }

    // ---- services and kinds ---------------------------------------------------

    void read_services(const TableReader& root)
    {
        std::set<std::string> ids;
        for (auto& place : root.tables("services", true)) {
            Service service = read_service(place);
            if (!ids.insert(service.id).second)
                reporter_.fail_at(place, "id", "duplicate service id " + quoted(service.id));
            catalog_.services.push_back(std::move(service));
        }
    }

    Service read_service(const Place& place) const
    {
        TableReader reader(reporter_, place,
            { "id", "name", "summary", "description", "recipients", "requirements", "fieldsets",
                "fields", "procedure", "procedures", "kinds", "documents", "desk" });
        Service service;
        service.id = slug(reader, "id");
        if (reader.has("desk")) {
            const std::string desk = reader.text("desk");
            auto known = desk_from_string(desk);
            if (!known)
                reader.fail("desk",
                    "unknown desk " + quoted(desk)
                        + " (certificate, esignature, assessment, incident, telecom, sanapati, "
                          "categorisation, literacy, none)");
            service.desk = *known;
        }
        service.name = reader.text("name");
        service.summary = reader.text("summary");
        service.description = reader.text("description");
        service.recipients = reader.texts("recipients", true);
        service.requirements = reader.texts("requirements", false);
        read_procedures(reader, service);
        Form shared = read_form(reader);
        service.fields = plain_fields(shared);
        if (reader.has("kinds"))
            read_kinds(reader, service, shared);
        else
            settle_single_form(reader, service, shared);
        read_documents(reader, service);
        return service;
    }

    void read_procedures(const TableReader& reader, Service& service) const
    {
        std::set<std::string> ids;
        for (auto& place : reader.tables("procedures", true)) {
            Procedure procedure = read_procedure(place);
            if (!ids.insert(procedure.id).second)
                reporter_.fail_at(place, "id", "duplicate procedure id " + quoted(procedure.id));
            service.procedures.push_back(std::move(procedure));
        }
    }

    void require_requestable(
        const TableReader& reader, const Service& service, const std::string& id) const
    {
        const Procedure* procedure = service.find_procedure(id);
        if (!procedure)
            reader.fail("procedure", "unknown procedure " + quoted(id));
        if (!procedure->requestable)
            reader.fail("procedure", "procedure " + quoted(id) + " is not requestable");
    }

    void settle_single_form(const TableReader& reader, Service& service, const Form& form) const
    {
        if (!reader.has("procedure"))
            reader.fail(
                "procedure", "missing required key: a service without kinds names its procedure");
        service.procedure = reader.text("procedure");
        require_requestable(reader, service, service.procedure);
        if (form.empty())
            reader.fail(
                "fields", "missing required key: a service without kinds needs form fields");
        check_form(form, reader.place());
    }

    // The procedure a kind follows when it names none: the only requestable one.
    std::string default_procedure(const Service& service) const
    {
        std::string found;
        for (const auto& procedure : service.procedures) {
            if (!procedure.requestable)
                continue;
            if (!found.empty())
                return {};
            found = procedure.id;
        }
        return found;
    }

    void read_kinds(const TableReader& reader, Service& service, const Form& shared) const
    {
        if (reader.has("procedure"))
            reader.fail("procedure", "a service with kinds names the procedure on each kind");
        service.procedure = default_procedure(service);
        std::set<std::string> ids;
        for (auto& place : reader.tables("kinds", true)) {
            Kind kind = read_kind(place, service, shared);
            if (!ids.insert(kind.id).second)
                reporter_.fail_at(place, "id", "duplicate kind id " + quoted(kind.id));
            service.kinds.push_back(std::move(kind));
        }
    }

    Kind read_kind(const Place& place, const Service& service, const Form& shared) const
    {
        TableReader reader(
            reporter_, place, { "id", "name", "description", "procedure", "fieldsets", "fields" });
        Kind kind;
        kind.id = slug(reader, "id");
        kind.name = reader.text("name");
        kind.description = reader.optional_text("description");
        if (reader.has("procedure")) {
            kind.procedure = reader.text("procedure");
            require_requestable(reader, service, kind.procedure);
        } else if (service.procedure.empty()) {
            reader.fail("procedure",
                "missing required key: the service has no single requestable"
                " procedure to default to");
        } else {
            kind.procedure = service.procedure;
        }
        Form form = shared;
        Form own = read_form(reader);
        form.insert(form.end(), own.begin(), own.end());
        if (form.empty())
            reader.fail("fields", "missing required key: the kind's form has no fields");
        check_form(form, place);
        kind.fields = plain_fields(form);
        return kind;
    }

    // ---- documents ------------------------------------------------------------

    void read_documents(const TableReader& reader, Service& service) const
    {
        std::set<std::string> names = form_field_names(service);
        std::set<std::string> ids;
        for (auto& place : reader.tables("documents", false)) {
            Document document = read_document(place, names);
            if (!ids.insert(document.id).second)
                reporter_.fail_at(place, "id", "duplicate document id " + quoted(document.id));
            service.documents.push_back(std::move(document));
        }
    }

    // A document may be filled from any of the service's forms.
    static std::set<std::string> form_field_names(const Service& service)
    {
        std::set<std::string> names;
        for (const auto& field : service.fields)
            names.insert(field.name);
        for (const auto& kind : service.kinds) {
            for (const auto& field : kind.fields)
                names.insert(field.name);
        }
        return names;
    }

    Document read_document(const Place& place, const std::set<std::string>& field_names) const
    {
        TableReader reader(reporter_, place, { "id", "title", "body", "fields" });
        Document document;
        document.id = slug(reader, "id");
        document.title = reader.text("title");
        document.body = reader.text("body");
        for (auto& field_place : reader.tables("fields", false)) {
            TableReader field_reader(reporter_, std::move(field_place), { "label", "field" });
            DocumentField field{ field_reader.text("label"), field_reader.optional_text("field") };
            if (field_reader.has("field") && !field_names.count(field.field))
                field_reader.fail("field", "unknown form field " + quoted(field.field));
            document.fields.push_back(std::move(field));
        }
        return document;
    }

    Reporter reporter_;
    const toml::table& document_;
    Catalog catalog_;
    std::map<std::string, Form> fieldsets_;
};

toml::table parse(std::string_view text, const std::string& source_name)
{
    try {
        return toml::parse(text, source_name);
    } catch (const toml::parse_error& error) {
        throw LoadError(one_line(source_name + ":" + std::to_string(line_of(error.source()))
            + ": (syntax): " + std::string(error.description())));
    }
}

} // namespace

Catalog load_string(std::string_view text, const std::string& source_name)
{
    toml::table document = parse(text, source_name);
    return CatalogReader(source_name, document).read();
}

Catalog load_file(const std::string& path)
{
    std::ifstream input(path, std::ios::binary);
    if (!input) {
        throw LoadError(path + ":0: (file): cannot open for reading: " + std::strerror(errno));
    }
    std::ostringstream text;
    text << input.rdbuf();
    return load_string(text.str(), path);
}

Catalog load_bundled()
{
    std::optional<std::string_view> text = resources::find("catalog");
    if (!text)
        throw LoadError(
            std::string(kBundledSource) + ":0: (bundle): not compiled into this binary");
    return load_string(*text, std::string(kBundledSource));
}

} // namespace lapis::catalog
