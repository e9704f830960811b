#include "documents/letter_parts.hpp"

#include <algorithm>
#include <memory>

#include <glib.h>

#include "domain/identity.hpp"

namespace lapis::documents {

namespace {

struct GFree {
    void operator()(char* text) const { g_free(text); }
};

const catalog::Field* field_named(
    const std::vector<catalog::Field>& fields, const std::string& name)
{
    auto found = std::find_if(fields.begin(), fields.end(),
        [&](const catalog::Field& field) { return field.name == name; });
    return found == fields.end() ? nullptr : &*found;
}

bool ends_with_ignoring_case(const std::string& text, const std::string& suffix)
{
    if (suffix.empty() || suffix.size() > text.size())
        return false;
    return upper(text.substr(text.size() - suffix.size())) == upper(suffix);
}

Cell cell_at(std::vector<Run> runs, double x, double width, const Style& style)
{
    Cell cell;
    cell.x = x;
    cell.width = width;
    cell.runs = std::move(runs);
    cell.style = style;
    return cell;
}

Row row_of(Cell cell)
{
    Row row;
    row.cells.push_back(std::move(cell));
    return row;
}

} // namespace

TemplateValues::TemplateValues(const LetterInput& input, const catalog::Document& document)
    : input_(input)
    , document_(document)
{
}

std::string TemplateValues::next(std::string_view label)
{
    const auto& blanks = document_.fields;
    for (std::size_t index = cursor_; index < blanks.size(); ++index) {
        if (blanks[index].label != label)
            continue;
        cursor_ = index + 1;
        return blanks[index].field.empty() ? std::string() : display(blanks[index].field);
    }
    return {};
}

std::string TemplateValues::display(const std::string& field_name) const
{
    auto stored = input_.fields.find(field_name);
    if (stored == input_.fields.end() || stored->second.empty())
        return {};
    const std::string& value = stored->second;
    const catalog::Field* field = find_field(field_name);
    if (!field)
        return value;
    if (field->type == catalog::FieldType::Choice) {
        for (const auto& option : field->options) {
            if (option.code == value)
                return option.label;
        }
    }
    if (field->type == catalog::FieldType::Agency) {
        if (const catalog::Agency* agency = input_.catalog->find_agency(value))
            return agency->name;
    }
    if (field->type == catalog::FieldType::Pangkat)
        return domain::rank_display(value);
    return value;
}

// The service's own fields, then each kind's: a document belongs to the service, and
// its blanks may name fields only some kinds ask for.
const catalog::Field* TemplateValues::find_field(const std::string& name) const
{
    const catalog::Service& service = *input_.service;
    if (const catalog::Field* field = field_named(service.fields, name))
        return field;
    for (const auto& kind : service.kinds) {
        if (const catalog::Field* field = field_named(kind.fields, name))
            return field;
    }
    return nullptr;
}

std::string upper(std::string_view text)
{
    std::unique_ptr<char, GFree> result(
        g_utf8_strup(text.data(), static_cast<gssize>(text.size())));
    return result ? std::string(result.get()) : std::string(text);
}

std::string place_name(const catalog::Office& office)
{
    for (const std::string prefix : { "Kota ", "Kabupaten " }) {
        if (office.city.rfind(prefix, 0) == 0)
            return office.city.substr(prefix.size());
    }
    return office.city;
}

std::string or_blank(const std::string& value)
{
    return value.empty() ? std::string("..............................") : value;
}

Block letterhead(const catalog::Office& office, const Letterhead& head)
{
    Block block;
    block.keep_together = true;
    Style government{ kSerif, 13.0, Align::Center, 0 };
    block.rows.push_back(row_of(cell_at(
        { Run{ "PEMERINTAH " + upper(office.city), true } }, 0, kContentWidth, government)));
    // The body's name without the city, which the line above already says.
    std::string name = upper(head.body_name);
    std::string city = " " + upper(office.city);
    if (ends_with_ignoring_case(name, city))
        name.resize(name.size() - city.size());
    Style body{ kSerif, 15.0, Align::Center, 0 };
    block.rows.push_back(row_of(cell_at({ Run{ name, true } }, 0, kContentWidth, body)));
    if (!head.unit_name.empty()) {
        Style unit{ kSerif, 11.5, Align::Center, 0 };
        block.rows.push_back(
            row_of(cell_at({ Run{ upper(head.unit_name), true } }, 0, kContentWidth, unit)));
    }
    if (!head.address.empty()) {
        Style small{ kSerif, 9.0, Align::Center, 0 };
        Row address = row_of(cell_at({ Run{ head.address } }, 0, kContentWidth, small));
        address.space_before = 2.0;
        block.rows.push_back(address);
    }
    block.rows.back().double_rule = true;
    return block;
}

Row text_row(std::vector<Run> runs, double x, double width, Align align, double space_before)
{
    Row row;
    row.cells.push_back(cell_at(std::move(runs), x, width, Style{ kSerif, kBodySize, align, 0 }));
    row.space_before = space_before;
    return row;
}

Row paragraph(const std::string& text, double x, double first_line_indent, double space_before)
{
    Row row;
    Style style{ kSerif, kBodySize, Align::Justify, first_line_indent };
    row.cells.push_back(cell_at({ Run{ text } }, x, kContentWidth - x, style));
    row.space_before = space_before;
    return row;
}

Row field_row(const FieldColumns& columns, const std::string& number, const std::string& label,
    std::vector<Run> value)
{
    Style style{ kSerif, kBodySize, Align::Left, 0 };
    Row row;
    row.space_before = 1.5;
    if (!number.empty()) {
        row.cells.push_back(cell_at(
            { Run{ number } }, columns.number_x, columns.label_x - columns.number_x, style));
    }
    row.cells.push_back(
        cell_at({ Run{ label } }, columns.label_x, columns.colon_x - columns.label_x, style));
    row.cells.push_back(
        cell_at({ Run{ ":" } }, columns.colon_x, columns.value_x - columns.colon_x, style));
    row.cells.push_back(
        cell_at(std::move(value), columns.value_x, columns.value_right - columns.value_x, style));
    return row;
}

Row field_row(const FieldColumns& columns, const std::string& number, const std::string& label,
    const std::string& value)
{
    return field_row(columns, number, label, std::vector<Run>{ Run{ or_blank(value) } });
}

Cell signature_cell(const Signature& signature, double x, double width, Style style)
{
    std::vector<Run> runs;
    if (!signature.lead.empty())
        runs.push_back(Run{ signature.lead + "\n" });
    for (const std::string& title : signature.titles)
        runs.push_back(Run{ title + "\n", signature.bold_titles });
    runs.push_back(Run{ std::string(static_cast<std::size_t>(signature.signing_lines), '\n') });
    if (signature.name.empty())
        runs.push_back(Run{ or_blank(signature.name) });
    else
        runs.push_back(Run{ signature.name, true, true });
    for (const std::string& line : signature.below)
        runs.push_back(Run{ "\n" + line });
    style.align = Align::Center;
    return cell_at(std::move(runs), x, width, style);
}

Row signature_row(const Signature& signature, double x, double width)
{
    Row row;
    row.cells.push_back(signature_cell(signature, x, width, Style{ kSerif, kBodySize }));
    row.space_before = 14.0;
    row.keep_together = true;
    return row;
}

} // namespace lapis::documents
