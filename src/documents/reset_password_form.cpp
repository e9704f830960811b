// The Formulir Permohonan Reset Password Akun Sanapati: a ruled table on the office's
// kop, as the catalog's template shows it. The requester's part comes prefilled from
// the request; the office's part (dates received, processed and activated, the
// registration id and the officers' signatures) stays empty, to be filled in by hand.
#include <utility>

#include "documents/letter_parts.hpp"
#include "documents/templates.hpp"

namespace lapis::documents {

namespace {

constexpr double kTableSize = 9.5;
constexpr double kInset = 5.0; // text from a box's side
constexpr double kRowPadding = 3.0; // text from a box's top and bottom
constexpr double kNumberWidth = 26.0;
constexpr double kLabelWidth = 150.0;
constexpr double kValueX = kNumberWidth + kLabelWidth;
constexpr double kValueWidth = kContentWidth - kValueX;
constexpr double kColonWidth = 9.0;
constexpr double kSignatureHeight = 72.0;

Style table_style(Align align = Align::Left)
{
    return Style{ kSans, kTableSize, align, 0 };
}

// Text inside a box from `x` of `width` points, kept off its sides.
Cell boxed_text(std::vector<Run> runs, double x, double width, Align align = Align::Left)
{
    Cell cell;
    cell.x = x + kInset;
    cell.width = width - 2 * kInset;
    cell.runs = std::move(runs);
    cell.style = table_style(align);
    return cell;
}

Row table_row()
{
    Row row;
    row.padding = kRowPadding;
    return row;
}

Row heading_row(const std::string& text)
{
    Row row = table_row();
    row.boxes.push_back(Box{ 0, kContentWidth, true });
    row.cells.push_back(boxed_text({ Run{ text, true } }, 0, kContentWidth));
    return row;
}

// ": value" in the value column, the value wrapping under itself, not under the colon.
void add_value(Row& row, const std::string& value, bool colon)
{
    row.boxes.push_back(Box{ kValueX, kValueWidth });
    if (colon)
        row.cells.push_back(boxed_text({ Run{ ":" } }, kValueX, kColonWidth + 2 * kInset));
    double value_x = kValueX + kColonWidth;
    row.cells.push_back(boxed_text({ Run{ value } }, value_x, kContentWidth - value_x));
}

// "A. | Dasar Pembuatan Akun | : value" in three boxes.
Row item_row(const std::string& number, const std::string& label, const std::string& value,
    bool bold_label = false)
{
    Row row = table_row();
    row.boxes.push_back(Box{ 0, kNumberWidth });
    row.boxes.push_back(Box{ kNumberWidth, kLabelWidth });
    row.cells.push_back(boxed_text({ Run{ number } }, 0, kNumberWidth));
    row.cells.push_back(boxed_text({ Run{ label, bold_label } }, kNumberWidth, kLabelWidth));
    add_value(row, value, !bold_label);
    return row;
}

// "Alamat Email | : value": the label spans the number and label columns.
Row wide_row(const std::string& label, const std::string& value, bool colon = true)
{
    Row row = table_row();
    row.boxes.push_back(Box{ 0, kValueX });
    row.cells.push_back(boxed_text({ Run{ label } }, 0, kValueX));
    add_value(row, value, colon);
    return row;
}

Row paragraph_row(const std::string& text)
{
    Row row = table_row();
    row.boxes.push_back(Box{ 0, kContentWidth });
    row.cells.push_back(boxed_text({ Run{ text } }, 0, kContentWidth, Align::Justify));
    return row;
}

Cell boxed_signature(const Signature& signature, double x, double width)
{
    return signature_cell(signature, x + kInset, width - 2 * kInset, table_style());
}

Row approval_row(const Signature& signature)
{
    Row row = table_row();
    row.keep_together = true;
    row.min_height = kSignatureHeight;
    row.boxes.push_back(Box{ 0, kValueX });
    row.boxes.push_back(Box{ kValueX, kValueWidth });
    row.cells.push_back(boxed_text({ Run{ "Menyetujui Atasan Langsung", true } }, 0, kValueX));
    row.cells.push_back(boxed_signature(signature, kValueX, kValueWidth));
    return row;
}

// The three officers who sign the office's part, side by side.
Row officers_row()
{
    const double third = kContentWidth / 3;
    const char* titles[] = { "Petugas Piket 1 Layanan Email Sanapati,",
        "Petugas Piket 2 Layanan Email Sanapati,", "Menyetujui,\nTim Helpdesk" };
    Row row = table_row();
    row.keep_together = true;
    row.min_height = kSignatureHeight;
    for (int index = 0; index < 3; ++index) {
        Signature signature;
        signature.titles = { titles[index] };
        signature.signing_lines = 3;
        row.boxes.push_back(Box{ index * third, third });
        row.cells.push_back(boxed_signature(signature, index * third, third));
    }
    return row;
}

Block requester_part(TemplateValues& values)
{
    Block block;
    block.rows.push_back(heading_row("INFORMASI PEMOHON RESET PASSWORD"));
    block.rows.front().space_before = 10.0;
    block.rows.push_back(
        item_row("A.", "Dasar Pembuatan Akun", values.next("Dasar Pembuatan Akun")));
    block.rows.push_back(item_row("B.", "Data Pemohon", "", true));
    for (const char* label :
        { "Nama Lengkap", "NIP", "Jabatan", "Instansi", "Alamat", "No. HP", "Alasan" })
        block.rows.push_back(item_row("", label, values.next(label)));
    return block;
}

// The catalog maps the superior's name, then their jabatan, to the same label.
Block approval_part(const LetterInput& input, TemplateValues& values)
{
    Signature superior;
    superior.lead = place_name(input.catalog->office) + ", " + input.date_text;
    superior.signing_lines = 3;
    superior.name = values.next("Menyetujui Atasan Langsung");
    superior.below = { values.next("Menyetujui Atasan Langsung") };
    Block block;
    block.rows.push_back(approval_row(superior));
    return block;
}

Block account_part(TemplateValues& values)
{
    Block block;
    block.keep_together = true;
    block.rows.push_back(heading_row("Informasi Akun Email"));
    block.rows.push_back(wide_row("Alamat Email", values.next("Alamat Email")));
    return block;
}

// Filled in by the office; kept on one page so the officers sign what they process.
Block office_part(TemplateValues& values)
{
    Block block;
    block.keep_together = true;
    block.rows.push_back(heading_row("PERSETUJUAN"));
    block.rows.push_back(paragraph_row(
        "Bersama ini mohon kiranya persetujuan untuk reset password akun email sanapati. "
        "Demikian formulir ini disampaikan sebagai dasar untuk melakukan pemenuhan yang "
        "dimaksud"));
    block.rows.push_back(wide_row("Terima Tanggal", values.next("Terima Tanggal")));
    block.rows.push_back(wide_row("Diproses tanggal", values.next("Diproses tanggal")));
    block.rows.push_back(wide_row("Aktivasi Tanggal", values.next("Aktivasi Tanggal")));
    block.rows.push_back(wide_row("ID Registrasi", values.next("ID Registrasi"), false));
    block.rows.push_back(officers_row());
    return block;
}

} // namespace

Sheet reset_password_form(const LetterInput& input, const catalog::Document& document)
{
    TemplateValues values(input, document);
    const catalog::Catalog& catalog = *input.catalog;
    const catalog::Office& office = catalog.office;

    Sheet sheet;
    sheet.title = "Formulir Permohonan Reset Password Akun Sanapati " + input.request_number;
    std::string address = office.address + "\nTelepon " + catalog.helpdesk.phone + ", Email "
        + catalog.helpdesk.email;
    sheet.blocks.push_back(letterhead(office, Letterhead{ office.parent, office.name, address }));

    Row title = text_row({ Run{ "Formulir Permohonan Reset Password Akun Sanapati", true } }, 0,
        kContentWidth, Align::Center, 12.0);
    title.cells.front().style.size = 13.0;
    Block heading;
    heading.rows.push_back(std::move(title));
    sheet.blocks.push_back(std::move(heading));

    sheet.blocks.push_back(requester_part(values));
    sheet.blocks.push_back(approval_part(input, values));
    sheet.blocks.push_back(account_part(values));
    sheet.blocks.push_back(office_part(values));
    return sheet;
}

} // namespace lapis::documents
