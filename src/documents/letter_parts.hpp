// Pieces the letters share: the request's values as a letter prints them, and the
// parts of an Indonesian official letter (kop, numbered fields, paragraphs, the
// signature block) as sheet rows. Internal to the documents layer.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog.hpp"
#include "documents/letters.hpp"
#include "documents/sheet.hpp"

namespace lapis::documents {

// A template's blanks in the order the catalog's document lists them, each filled
// from the request field the catalog maps it to. Taking them in order tells apart
// the labels a template prints twice (the recommending official's "Nama Lengkap"
// and the holder's), so moving a mapping in the catalog needs no code change.
class TemplateValues {
public:
    TemplateValues(const LetterInput& input, const catalog::Document& document);

    // The next blank labelled `label`: the display text of its request field, or ""
    // when the catalog maps no field to it or the request holds no value.
    std::string next(std::string_view label);
    // The display text of a request field: an option's or agency's label for a code,
    // "Penata Muda (III/a)" for a pangkat code, otherwise the value as stored.
    std::string display(const std::string& field_name) const;

private:
    const catalog::Field* find_field(const std::string& name) const;

    const LetterInput& input_;
    const catalog::Document& document_;
    std::size_t cursor_ = 0;
};

// Upper case for every script (the kop prints agency names in capitals).
std::string upper(std::string_view text);
// "Magelang" for "Kota Magelang": the place written before a letter's date.
std::string place_name(const catalog::Office& office);
// The value, or a dotted line to write on by hand when it is empty.
std::string or_blank(const std::string& value);

inline constexpr double kBodySize = 11.0;

// The kop: "PEMERINTAH KOTA MAGELANG", the issuing body in capitals and, for the
// office, its unit and address (empty ones are left out); closed by a double rule.
struct Letterhead {
    std::string body_name; // "Dinas Kesehatan"
    std::string unit_name; // "Bidang Statistik dan Persandian"
    std::string address;
};
Block letterhead(const catalog::Office& office, const Letterhead& head);

Row text_row(std::vector<Run> runs, double x, double width, Align align = Align::Left,
    double space_before = 0);
// A justified body paragraph from `x` to the right margin.
Row paragraph(
    const std::string& text, double x, double first_line_indent, double space_before = 8.0);

// "1.  Nama Lengkap  :  value": number, label, colon and a value that wraps under
// itself, in points from the left margin.
struct FieldColumns {
    double number_x = 0;
    double label_x = 0;
    double colon_x = 0;
    double value_x = 0;
    double value_right = kContentWidth;
};
Row field_row(const FieldColumns& columns, const std::string& number, const std::string& label,
    std::vector<Run> value);
// An empty value prints as a dotted line to fill in by hand.
Row field_row(const FieldColumns& columns, const std::string& number, const std::string& label,
    const std::string& value);

// A line such as the place and date, the title lines, room to sign, the name in bold
// underlined (a dotted line when empty), then the lines below it (jabatan or
// pangkat, NIP), centred in a column.
struct Signature {
    std::string lead; // plain, above the titles
    std::vector<std::string> titles;
    bool bold_titles = false;
    int signing_lines = 4; // blank lines left to sign and stamp on
    std::string name;
    std::vector<std::string> below;
};
Cell signature_cell(const Signature& signature, double x, double width, Style style);
Row signature_row(const Signature& signature, double x, double width);

} // namespace lapis::documents
