#include "domain/categorisation_desk.hpp"

namespace lapis::domain {
namespace {

catalog::Field field(const char* name, const char* label, catalog::FieldType type, bool required,
    std::size_t max_length)
{
    catalog::Field result;
    result.name = name;
    result.label = label;
    result.type = type;
    result.required = required;
    result.max_length = max_length;
    return result;
}

} // namespace

const std::vector<catalog::Field>& system_registry_fields()
{
    static const std::vector<catalog::Field> fields = {
        field("nama", "Nama sistem elektronik", catalog::FieldType::Text, true, 200),
        field("url", "Alamat (URL)", catalog::FieldType::Url, false, 500),
        field("unit", "Unit kerja pemilik / pengelola", catalog::FieldType::Text, true, 200),
        field("deskripsi", "Deskripsi", catalog::FieldType::Textarea, false, 4000),
    };
    return fields;
}

std::string csv_field(std::string_view value)
{
    std::string text;
    if (!value.empty()
        && (value.front() == '=' || value.front() == '+' || value.front() == '-'
            || value.front() == '@' || value.front() == '\t' || value.front() == '\r'))
        text.push_back('\'');
    text.append(value);
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"')
            quoted.push_back('"');
        quoted.push_back(c);
    }
    quoted.push_back('"');
    return quoted;
}

std::string csv_line(const std::vector<std::string>& fields)
{
    std::string line;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.push_back(',');
        line += csv_field(fields[i]);
    }
    line += "\r\n";
    return line;
}

} // namespace lapis::domain
