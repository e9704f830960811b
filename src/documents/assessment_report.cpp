#include "documents/assessment_report.hpp"

#include <stdexcept>

#include "documents/composer.hpp"
#include "documents/letter_parts.hpp"

namespace lapis::documents {
namespace {

constexpr double kSmall = 9.5;

// "#FFC000" → 0–1 components; anything else is white.
Marking marking_for(domain::Tlp tlp)
{
    Marking marking;
    marking.text = std::string(domain::tlp_label(tlp));
    const std::string_view colour = domain::tlp_colours(tlp).text;
    if (colour.size() == 7 && colour[0] == '#') {
        auto component = [&](std::size_t at) {
            return std::stoi(std::string(colour.substr(at, 2)), nullptr, 16) / 255.0;
        };
        marking.red = component(1);
        marking.green = component(3);
        marking.blue = component(5);
    }
    return marking;
}

Row sans_row(std::vector<Run> runs, double size, double space_before = 0, double x = 0,
    double width = kContentWidth)
{
    Row row;
    Cell cell;
    cell.x = x;
    cell.width = width;
    cell.runs = std::move(runs);
    cell.style = Style{ kSans, size, Align::Left, 0 };
    row.cells.push_back(std::move(cell));
    row.space_before = space_before;
    return row;
}

// A two-column table row in boxes: label | value.
Row table_row(const std::string& label, const std::string& value, bool shaded = false)
{
    constexpr double kLabelWidth = 150.0;
    Row row;
    row.padding = 3.0;
    Cell left;
    left.x = 4.0;
    left.width = kLabelWidth - 8.0;
    left.runs = { { label, true, false } };
    left.style = Style{ kSans, kSmall, Align::Left, 0 };
    Cell right;
    right.x = kLabelWidth + 4.0;
    right.width = kContentWidth - kLabelWidth - 8.0;
    right.runs = { { value.empty() ? "—" : value, false, false } };
    right.style = Style{ kSans, kSmall, Align::Left, 0 };
    row.cells = { std::move(left), std::move(right) };
    row.boxes = { { 0, kLabelWidth, shaded }, { kLabelWidth, kContentWidth - kLabelWidth, false } };
    return row;
}

std::string severity_label(const std::string& code)
{
    return domain::text("cvss.severity." + (code.empty() ? std::string("none") : code));
}

std::string score_text(const std::optional<int>& tenths)
{
    return tenths ? domain::format_tenths(*tenths) : std::string("—");
}

} // namespace

AssessmentReport render_assessment_report(const AssessmentReportInput& input)
{
    if (input.catalog == nullptr)
        throw std::invalid_argument("assessment report: no catalog");
    const catalog::Office& office = input.catalog->office;
    const domain::ReportModel& report = input.report;

    Sheet sheet;
    sheet.title = "Laporan Penilaian Kerentanan " + report.request_number;
    sheet.footer = { input.document_code, report.request_number, input.verify_url };
    sheet.marking = marking_for(report.tlp);

    sheet.blocks.push_back(letterhead(office, { office.parent, office.name, office.address }));

    Block heading;
    heading.rows.push_back(
        text_row({ { "LAPORAN HASIL PENILAIAN KERENTANAN SISTEM ELEKTRONIK", true, false } }, 0,
            kContentWidth, Align::Center, 10.0));
    heading.rows.push_back(
        text_row({ { "Nomor permohonan " + report.request_number, false, false } }, 0,
            kContentWidth, Align::Center, 2.0));
    sheet.blocks.push_back(std::move(heading));

    Block summary;
    summary.rows.push_back(sans_row({ { "1. Ringkasan", true, false } }, 11.0, 12.0));
    Row first = table_row("Sistem elektronik", report.system_name);
    first.space_before = 6.0;
    summary.rows.push_back(std::move(first));
    summary.rows.push_back(table_row("Alamat (URL)", report.system_url));
    if (!report.system_category.empty())
        summary.rows.push_back(table_row("Kategori SE", report.system_category));
    summary.rows.push_back(table_row("Perangkat Daerah pemilik", report.agency));
    summary.rows.push_back(table_row("Tanggal permohonan", report.submitted));
    summary.rows.push_back(table_row("Tanggal laporan", report.printed));
    summary.rows.push_back(table_row("Label TLP",
        std::string(domain::tlp_label(report.tlp)) + " — "
            + domain::text(domain::tlp_audience_key(report.tlp))));
    std::string counts;
    for (const auto& [code, n] : report.counts) {
        if (!counts.empty())
            counts += "; ";
        counts += severity_label(code) + ": " + std::to_string(n);
    }
    summary.rows.push_back(table_row("Jumlah temuan",
        std::to_string(report.findings.size()) + " (" + counts + "); terverifikasi "
            + std::to_string(report.verified)));
    sheet.blocks.push_back(std::move(summary));

    Block list;
    list.rows.push_back(
        sans_row({ { "2. Daftar temuan menurut tingkat keparahan", true, false } }, 11.0, 14.0));
    if (report.findings.empty())
        list.rows.push_back(sans_row({ { "Tidak ada temuan.", false, false } }, kSmall, 4.0));
    std::size_t number = 0;
    for (const domain::ReportFinding& finding : report.findings) {
        ++number;
        list.rows.push_back(sans_row(
            { { std::to_string(number) + ". ", true, false }, { finding.title, true, false },
                { " — " + severity_label(finding.severity) + " "
                        + domain::format_tenths(finding.base_tenths) + " · "
                        + domain::text(domain::finding_status_key(finding.status)),
                    false, false } },
            kSmall, 3.0, 10.0, kContentWidth - 10.0));
    }
    sheet.blocks.push_back(std::move(list));

    Block details;
    details.rows.push_back(sans_row({ { "3. Rincian temuan", true, false } }, 11.0, 14.0));
    sheet.blocks.push_back(std::move(details));
    number = 0;
    for (const domain::ReportFinding& finding : report.findings) {
        ++number;
        Block block;
        Row title = table_row("Temuan " + std::to_string(number), finding.title, true);
        title.space_before = 10.0;
        block.rows.push_back(std::move(title));
        block.rows.push_back(table_row("Aset / URL terdampak", finding.asset));
        block.rows.push_back(table_row("Label TLP", std::string(domain::tlp_label(finding.tlp))));
        block.rows.push_back(
            table_row("Status", domain::text(domain::finding_status_key(finding.status))));
        block.rows.push_back(table_row("Vektor CVSS 3.1", finding.cvss31_vector));
        block.rows.push_back(table_row("Skor dasar (base)",
            domain::format_tenths(finding.base_tenths) + " — " + severity_label(finding.severity)));
        block.rows.push_back(table_row("Skor temporal", score_text(finding.temporal_tenths)));
        if (!finding.cvss40_vector.empty()) {
            block.rows.push_back(table_row("Vektor CVSS 4.0", finding.cvss40_vector));
            block.rows.push_back(table_row("Skor CVSS 4.0", score_text(finding.cvss40_tenths)));
        }
        block.rows.push_back(table_row("Deskripsi", finding.description));
        std::string evidence = finding.evidence_text;
        if (!finding.evidence_file.empty())
            evidence
                += (evidence.empty() ? "" : "\n") + std::string("Berkas: ") + finding.evidence_file;
        block.rows.push_back(table_row("Bukti", evidence));
        block.rows.push_back(table_row("Rekomendasi", finding.recommendation));
        sheet.blocks.push_back(std::move(block));
    }

    Rendered rendered = render_sheet(sheet);
    return { std::move(rendered.pdf), std::move(rendered.missing_glyphs), rendered.pages };
}

} // namespace lapis::documents
