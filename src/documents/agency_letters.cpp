// The two letters a Perangkat Daerah signs and sends to the office, laid out as the
// catalog's templates show them, on the agency's kop. Sentences are the catalog's,
// verbatim; the blanks come from the request through the document's field mapping.
#include <array>
#include <utility>

#include "documents/letter_parts.hpp"
#include "documents/templates.hpp"

namespace lapis::documents {

namespace {

// Used where the request names no agency, as the template itself prints it.
constexpr const char* kAgencyPlaceholder = "Perangkat Daerah";

// The eight numbered blanks describing a person in the Surat Rekomendasi.
constexpr std::array<std::pair<const char*, const char*>, 8> kPersonBlanks{ {
    { "1.", "Nama Lengkap" },
    { "2.", "N I P" },
    { "3.", "N I K" },
    { "4.", "Pangkat / Golongan" },
    { "5.", "Jabatan" },
    { "6.", "Instansi" },
    { "7.", "Unit Kerja" },
    { "8.", "Alamat Email" },
} };

// The facilitation letter's heading: Nomor/Sifat/Lampiran/Hal, and the addressee.
constexpr double kAddresseeX = 270.0;
constexpr double kAddresseeWidth = kContentWidth - kAddresseeX;
constexpr FieldColumns kHeading{ 0, 0, 60.0, 70.0, kAddresseeX - 14.0 };

Block single(Row row)
{
    Block block;
    block.rows.push_back(std::move(row));
    return block;
}

std::string place_and_date(const LetterInput& input)
{
    return place_name(input.catalog->office) + ", " + input.date_text;
}

void add_person(Sheet& sheet, TemplateValues& values, const std::string& lead_in)
{
    const FieldColumns columns{ 14.0, 34.0, 150.0, 160.0 };
    Block block;
    block.rows.push_back(text_row({ Run{ lead_in } }, 0, kContentWidth, Align::Left, 12.0));
    for (const auto& [number, label] : kPersonBlanks)
        block.rows.push_back(field_row(columns, number, label, values.next(label)));
    block.rows[1].space_before = 4.0;
    sheet.blocks.push_back(std::move(block));
}

// The date at the top right; below it Nomor, Sifat, Lampiran and Hal on the left and
// the addressee on the right, level with them, as official letters are set.
void add_addressed_heading(Sheet& sheet, const LetterInput& input, TemplateValues& values)
{
    const catalog::Office& office = input.catalog->office;
    sheet.blocks.push_back(single(text_row(
        { Run{ place_and_date(input) } }, kAddresseeX, kAddresseeWidth, Align::Left, 10.0)));
    Block header;
    header.rows.push_back(field_row(kHeading, "", "Nomor", values.next("Nomor")));
    header.rows.push_back(field_row(kHeading, "", "Sifat", "Segera"));
    header.rows.push_back(field_row(kHeading, "", "Lampiran", "1 (satu) lembar"));
    header.rows.push_back(field_row(kHeading, "", "Hal",
        { Run{ "Permohonan Fasilitasi Penerapan Sertifikat " },
            Run{ "Elektronik", false, true } }));
    header.rows.front().space_before = 12.0;
    header.beside.push_back(text_row({ Run{ "Kepada\nYth. Kepala " + office.parent + "\ndi-" } },
        kAddresseeX, kAddresseeWidth, Align::Left, 12.0));
    header.beside.push_back(
        text_row({ Run{ upper(place_name(office)) } }, kAddresseeX + 18.0, kAddresseeWidth - 18.0));
    sheet.blocks.push_back(std::move(header));
}

// The body is set from the value column of Nomor/Hal, each paragraph indented.
void add_facilitation_body(Sheet& sheet, TemplateValues& values)
{
    const double body_x = kHeading.value_x;
    const double indent = 28.0;
    std::string opd = or_blank(values.next("<Nama OPD>"));
    sheet.blocks.push_back(
        single(paragraph("Dalam rangka meningkatkan keamanan penyelenggaraan layanan, " + opd
                + " akan menerapkan sertifikat elektronik untuk tanda tangan elektronik pada "
                  "aplikasi berikut:",
            body_x, indent, 22.0)));
    const FieldColumns application{ 0, body_x + indent, body_x + indent + 84.0,
        body_x + indent + 94.0 };
    Block details;
    details.rows.push_back(
        field_row(application, "", "Nama aplikasi", values.next("<Nama Aplikasi>")));
    details.rows.push_back(field_row(application, "", "Fitur", values.next("<Kegunaan aplikasi>")));
    details.rows[0].space_before = 6.0;
    sheet.blocks.push_back(std::move(details));
    sheet.blocks.push_back(single(
        paragraph("Sehubungan dengan hal tersebut, mohon bantuan fasilitasi penerapan sertifikat "
                  "elektronik pada aplikasi dimaksud.",
            body_x, indent)));
    sheet.blocks.push_back(single(paragraph(
        "Demikian kami sampaikan, atas perhatian dan kerjasamanya kami ucapkan terimakasih.",
        body_x, indent)));
}

} // namespace

Sheet recommendation_letter(const LetterInput& input, const catalog::Document& document)
{
    TemplateValues values(input, document);
    const catalog::Office& office = input.catalog->office;
    // The letter is the recommending official's, so the kop is their agency's; it is
    // normally the holder's too.
    std::string issuer = values.display("pemberi_instansi");
    if (issuer.empty())
        issuer = values.display("instansi");
    if (issuer.empty())
        issuer = kAgencyPlaceholder;

    Sheet sheet;
    sheet.title
        = "Surat Rekomendasi Permohonan Penerbitan Sertifikat Elektronik " + input.request_number;
    sheet.blocks.push_back(letterhead(office, Letterhead{ issuer, "", "" }));
    sheet.blocks.push_back(single(text_row(
        { Run{
            "SURAT REKOMENDASI PERMOHONAN PENERBITAN SERTIFIKAT\nELEKTRONIK OSD LEMSANEG", true } },
        0, kContentWidth, Align::Center, 14.0)));
    sheet.blocks.push_back(single(text_row({ Run{ "Nomor : " + or_blank(values.next("Nomor")) } },
        0, kContentWidth, Align::Center, 2.0)));

    add_person(sheet, values, "Saya yang bertanda tangan di bawah ini :");
    add_person(sheet, values, "Dengan ini memberikan rekomendasi kepada :");

    sheet.blocks.push_back(single(
        paragraph("Untuk melakukan pendaftaran sertifikat elektronik sekaligus menjadi pemegang "
                  "sertifikat elektronik yang digunakan pada:",
            0, 0, 12.0)));
    const FieldColumns uses{ 14.0, 34.0, 110.0, 120.0 };
    Block use_block;
    use_block.rows.push_back(field_row(uses, "a.", "Sistem", "Tata Naskah Dinas"));
    use_block.rows.push_back(field_row(uses, "b.", "Kegunaan", "Tanda Tangan Elektronik"));
    use_block.rows[0].space_before = 4.0;
    sheet.blocks.push_back(std::move(use_block));
    sheet.blocks.push_back(single(paragraph(
        "Demikian surat rekomendasi ini saya buat, agar dapat digunakan sebagaimana mestinya.", 0,
        0, 12.0)));

    Signature signature;
    signature.lead = place_and_date(input);
    signature.titles = { "KEPALA " + upper(issuer), upper(office.city) };
    signature.bold_titles = true;
    signature.name = values.next("<NAMA>");
    signature.below
        = { or_blank(values.next("<Jabatan>")), "NIP. " + or_blank(values.next("NIP.")) };
    sheet.blocks.push_back(single(signature_row(signature, kContentWidth / 2, kContentWidth / 2)));
    return sheet;
}

Sheet facilitation_letter(const LetterInput& input, const catalog::Document& document)
{
    TemplateValues values(input, document);
    const catalog::Office& office = input.catalog->office;
    std::string agency = values.display("instansi");
    if (agency.empty())
        agency = kAgencyPlaceholder;

    Sheet sheet;
    sheet.title = "Permohonan Fasilitasi Penerapan Sertifikat Elektronik " + input.request_number;
    sheet.blocks.push_back(letterhead(office, Letterhead{ agency, "", "" }));
    add_addressed_heading(sheet, input, values);
    add_facilitation_body(sheet, values);

    std::string head = values.next("KEPALA <NAMA OPD>");
    Signature signature;
    signature.titles = { "KEPALA " + upper(head.empty() ? agency : head) };
    signature.name = values.next("<NAMA>");
    signature.below
        = { or_blank(values.next("<Pangkat>")), "NIP. " + or_blank(values.next("NIP")) };
    sheet.blocks.push_back(single(signature_row(signature, kContentWidth / 2, kContentWidth / 2)));

    Block copies;
    copies.keep_together = true;
    copies.rows.push_back(
        text_row({ Run{ "Tembusan:", true, true } }, 0, kContentWidth, Align::Left, 20.0));
    copies.rows.push_back(text_row(
        { Run{ "Sekretaris Daerah " + office.city + " (sebagai laporan)." } }, 0, kContentWidth));
    sheet.blocks.push_back(std::move(copies));
    return sheet;
}

} // namespace lapis::documents
