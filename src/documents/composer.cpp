#include "documents/composer.hpp"

#include <algorithm>
#include <memory>
#include <set>
#include <stdexcept>

#include <cairo-pdf.h>

#include "documents/qr.hpp"
#include "documents/typeset.hpp"

namespace lapis::documents {

namespace {

// The footer: a QR code 2.2 cm wide (a link of about 60 characters gives modules of
// about 0.6 mm, easy for a phone camera) in the bottom margin, with the lines that
// say how to check the letter beside it.
constexpr double kFooterBottom = 34.0;
constexpr double kQrSize = 62.0; // the dark modules' square, without quiet zone
constexpr double kQrQuietModules = 4.0; // the white border a QR reader needs round it
constexpr double kFooterTop = kPageHeight - kFooterBottom - kQrSize;
constexpr double kFooterRuleGap = 12.0; // keeps the rule out of the quiet zone
constexpr double kContentBottom = kFooterTop - kFooterRuleGap - 8.0;
constexpr double kCapacity = kContentBottom - kMarginTop;
constexpr double kDoubleRuleHeight = 9.0;
constexpr double kBoxLine = 0.6;

struct CairoDestroy {
    void operator()(cairo_t* cairo) const { cairo_destroy(cairo); }
};
struct SurfaceDestroy {
    void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length)
{
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

struct LaidCell {
    const Cell* cell = nullptr;
    LayoutPtr layout;
    std::vector<TextLine> lines;
};

struct LaidRow {
    const Row* row = nullptr;
    std::vector<LaidCell> cells;
    double height = 0; // whole, on one page
};

// The lines of a row that go on one page: up to `end` in each cell.
struct Part {
    std::vector<std::size_t> end;
    double used = 0; // points the lines take
    bool took = false;
    bool done = true; // every cell's last line taken
};

class Composer {
public:
    Composer(const Sheet& sheet, int total_pages);
    void place(const Block& block);
    Rendered finish();

private:
    LaidRow lay_out(const Row& row);
    double height_of(const std::vector<Row>& rows);
    void place_rows(const std::vector<Row>& rows);
    void place_beside(const Block& block);
    void place_row(const Row& row);
    void flow(const LaidRow& laid);
    void draw_part(const LaidRow& laid, const std::vector<std::size_t>& from,
        const std::vector<std::size_t>& to, const std::vector<double>& origin, double height);
    void draw_boxes(const Row& row, double top, double height);
    void draw_double_rule();
    void draw_footer();
    void draw_marking(double top);
    double draw_qr(double left, double top);
    void new_page();
    void end_page();
    double room() const { return kContentBottom - y_; }

    const Sheet& sheet_;
    int total_pages_;
    std::string pdf_; // declared before the surface, which writes into it until destroyed
    std::unique_ptr<cairo_surface_t, SurfaceDestroy> surface_;
    std::unique_ptr<cairo_t, CairoDestroy> cairo_;
    ContextPtr pango_;
    QrMatrix qr_;
    double y_ = kMarginTop;
    int page_ = 1;
    bool page_fresh_ = true; // nothing drawn on this page yet
    std::set<std::string> missing_;
};

Composer::Composer(const Sheet& sheet, int total_pages)
    : sheet_(sheet)
    , total_pages_(total_pages)
    , qr_(sheet.footer.draft ? QrMatrix{} : encode_qr(sheet.footer.verify_url))
{
    surface_.reset(
        cairo_pdf_surface_create_for_stream(append_to_string, &pdf_, kPageWidth, kPageHeight));
    cairo_pdf_surface_set_metadata(
        surface_.get(), CAIRO_PDF_METADATA_TITLE, printable(sheet.title).c_str());
    cairo_pdf_surface_set_metadata(surface_.get(), CAIRO_PDF_METADATA_CREATOR, "lapis");
    cairo_.reset(cairo_create(surface_.get()));
    if (cairo_status(cairo_.get()) != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error("PDF: cannot create a cairo surface");
    pango_ = make_pdf_context(cairo_.get());
}

LaidRow Composer::lay_out(const Row& row)
{
    LaidRow laid;
    laid.row = &row;
    double content = 0;
    for (const Cell& cell : row.cells) {
        LaidCell placed;
        placed.cell = &cell;
        placed.layout = make_layout(pango_.get(), cell);
        collect_unknown_glyphs(placed.layout.get(), missing_);
        placed.lines = lines_of(placed.layout.get());
        if (!placed.lines.empty())
            content = std::max(content, placed.lines.back().bottom);
        laid.cells.push_back(std::move(placed));
    }
    laid.height = std::max(content + 2 * row.padding, row.min_height);
    return laid;
}

double Composer::height_of(const std::vector<Row>& rows)
{
    double height = 0;
    for (std::size_t index = 0; index < rows.size(); ++index) {
        const Row& row = rows[index];
        if (index > 0 || !page_fresh_)
            height += row.space_before;
        height += lay_out(row).height;
        if (row.double_rule)
            height += kDoubleRuleHeight;
    }
    return height;
}

void Composer::place(const Block& block)
{
    if (!block.beside.empty()) {
        place_beside(block);
        return;
    }
    if (block.keep_together && !page_fresh_) {
        double height = height_of(block.rows);
        if (height > room() && height <= kCapacity)
            new_page();
    }
    place_rows(block.rows);
}

void Composer::place_rows(const std::vector<Row>& rows)
{
    for (const Row& row : rows)
        place_row(row);
}

// Two columns level with each other; kept on one page so they stay level.
void Composer::place_beside(const Block& block)
{
    double height = std::max(height_of(block.rows), height_of(block.beside));
    if (height > kCapacity) {
        // Taller than a page (a very long Nomor): one column after the other instead.
        place_rows(block.rows);
        place_rows(block.beside);
        return;
    }
    if (height > room() && !page_fresh_)
        new_page();
    double top = y_;
    bool fresh = page_fresh_;
    place_rows(block.rows);
    double left_bottom = y_;
    y_ = top;
    page_fresh_ = fresh;
    place_rows(block.beside);
    y_ = std::max(y_, left_bottom);
    page_fresh_ = false;
}

void Composer::place_row(const Row& row)
{
    if (!page_fresh_)
        y_ += row.space_before;
    LaidRow laid = lay_out(row);
    bool fits_a_page = laid.height <= kCapacity;
    if (laid.height > room() && row.keep_together && fits_a_page && !page_fresh_)
        new_page();
    flow(laid);
    if (row.double_rule)
        draw_double_rule();
}

// The lines of every cell that fit in `limit` points from each cell's `origin`. With
// `force`, each unfinished cell gives at least one line, fitting or not.
Part take_lines(const LaidRow& laid, const std::vector<std::size_t>& next,
    const std::vector<double>& origin, double limit, bool force)
{
    Part part;
    part.end = next;
    for (std::size_t index = 0; index < laid.cells.size(); ++index) {
        const auto& lines = laid.cells[index].lines;
        std::size_t& end = part.end[index];
        while (end < lines.size()) {
            double bottom = lines[end].bottom - origin[index];
            bool forced = force && end == next[index];
            if (bottom > limit && !forced)
                break;
            part.used = std::max(part.used, bottom);
            part.took = true;
            ++end;
        }
        part.done = part.done && end == lines.size();
    }
    return part;
}

// Draws a row, continuing on new pages while its lines do not fit: each page takes
// the lines of every cell that fit in the room left, and the boxes are drawn round
// each page's part.
void Composer::flow(const LaidRow& laid)
{
    const Row& row = *laid.row;
    std::vector<std::size_t> next(laid.cells.size(), 0);
    std::vector<double> origin(laid.cells.size(), 0.0); // offset of the page's first line
    bool first_part = true;
    while (true) {
        Part part = take_lines(laid, next, origin, room() - 2 * row.padding, false);
        double height = first_part && part.done ? laid.height : part.used + 2 * row.padding;
        if ((!part.took && !part.done) || height > room()) {
            if (!page_fresh_) {
                new_page();
                continue;
            }
            // A line taller than a whole page: drawn anyway, since no page is taller.
            part = take_lines(laid, next, origin, room() - 2 * row.padding, true);
            height = first_part && part.done ? laid.height : part.used + 2 * row.padding;
        }
        draw_part(laid, next, part.end, origin, height);
        y_ += height;
        page_fresh_ = false;
        if (part.done)
            return;
        for (std::size_t index = 0; index < laid.cells.size(); ++index) {
            const auto& lines = laid.cells[index].lines;
            if (part.end[index] < lines.size())
                origin[index] = lines[part.end[index]].top;
        }
        next = part.end;
        first_part = false;
        new_page();
    }
}

void Composer::draw_part(const LaidRow& laid, const std::vector<std::size_t>& from,
    const std::vector<std::size_t>& to, const std::vector<double>& origin, double height)
{
    const Row& row = *laid.row;
    draw_boxes(row, y_, height);
    cairo_t* cairo = cairo_.get();
    cairo_set_source_rgb(cairo, 0, 0, 0);
    for (std::size_t index = 0; index < laid.cells.size(); ++index) {
        const LaidCell& cell = laid.cells[index];
        for (std::size_t line = from[index]; line < to[index]; ++line) {
            const TextLine& text = cell.lines[line];
            double baseline = y_ + row.padding + text.baseline - origin[index];
            cairo_move_to(cairo, kMarginLeft + cell.cell->x + text.x, baseline);
            pango_cairo_show_layout_line(cairo, text.line);
        }
    }
}

void Composer::draw_boxes(const Row& row, double top, double height)
{
    cairo_t* cairo = cairo_.get();
    for (const Box& box : row.boxes) {
        cairo_rectangle(cairo, kMarginLeft + box.x, top, box.width, height);
        if (box.shaded) {
            cairo_set_source_rgb(cairo, 0.88, 0.88, 0.88);
            cairo_fill_preserve(cairo);
        }
        cairo_set_source_rgb(cairo, 0, 0, 0);
        cairo_set_line_width(cairo, kBoxLine);
        cairo_stroke(cairo);
    }
}

// The letterhead's closing rule: a thick line over a thin one, the width of the text.
void Composer::draw_double_rule()
{
    cairo_t* cairo = cairo_.get();
    cairo_set_source_rgb(cairo, 0, 0, 0);
    cairo_set_line_width(cairo, 2.2);
    cairo_move_to(cairo, kMarginLeft, y_ + 3.0);
    cairo_line_to(cairo, kMarginLeft + kContentWidth, y_ + 3.0);
    cairo_stroke(cairo);
    cairo_set_line_width(cairo, 0.7);
    cairo_move_to(cairo, kMarginLeft, y_ + 6.0);
    cairo_line_to(cairo, kMarginLeft + kContentWidth, y_ + 6.0);
    cairo_stroke(cairo);
    y_ += kDoubleRuleHeight;
}

// Draws the code's modules in a kQrSize square at (left, top) and returns the module
// size, so that the caller keeps the quiet zone round it white.
double Composer::draw_qr(double left, double top)
{
    double module = kQrSize / qr_.size;
    cairo_t* cairo = cairo_.get();
    for (int row = 0; row < qr_.size; ++row) {
        for (int column = 0; column < qr_.size; ++column) {
            if (qr_.at(column, row))
                cairo_rectangle(cairo, left + column * module, top + row * module, module, module);
        }
    }
    // One fill for the whole path: touching modules merge, with no hairline seams
    // between them that a scanner could read as white.
    cairo_set_source_rgb(cairo, 0, 0, 0);
    cairo_fill(cairo);
    return module;
}

void Composer::draw_footer()
{
    cairo_t* cairo = cairo_.get();
    cairo_set_source_rgb(cairo, 0.45, 0.45, 0.45);
    cairo_set_line_width(cairo, 0.5);
    cairo_move_to(cairo, kMarginLeft, kFooterTop - kFooterRuleGap);
    cairo_line_to(cairo, kMarginLeft + kContentWidth, kFooterTop - kFooterRuleGap);
    cairo_stroke(cairo);

    const Footer& footer = sheet_.footer;
    const std::string pages
        = "Halaman " + std::to_string(page_) + " dari " + std::to_string(total_pages_);
    std::string text;
    double text_left = kMarginLeft;
    if (footer.draft) {
        text = "DRAF — dibuat dari isian formulir sebelum permohonan diajukan; tidak tercatat "
               "dan tidak dapat diperiksa keasliannya. Tanda tangani, pindai, lalu unggah "
               "bersama permohonan.\n"
            + pages;
    } else {
        const double module = draw_qr(kMarginLeft, kFooterTop);
        text = "Kode dokumen: " + footer.document_code + "\nNomor permohonan: "
            + footer.request_number + "\nPeriksa keaslian: " + footer.verify_url + "\n" + pages;
        text_left += kQrSize + kQrQuietModules * module;
    }
    Style style{ kSans, 7.5, Align::Left, 0 };
    double width = kMarginLeft + kContentWidth - text_left;
    LayoutPtr layout = make_layout(pango_.get(), text, style, width);
    collect_unknown_glyphs(layout.get(), missing_);
    cairo_set_source_rgb(cairo, 0.15, 0.15, 0.15);
    cairo_move_to(cairo, text_left, kFooterTop + 6.0);
    pango_cairo_show_layout(cairo, layout.get());
}

// The marking, right-aligned in a black band: in the top margin and under the
// footer's QR code, so it never covers the page's text.
void Composer::draw_marking(double top)
{
    const Marking& marking = sheet_.marking;
    if (marking.text.empty())
        return;
    cairo_t* cairo = cairo_.get();
    Style style{ kSans, 9.0, Align::Left, 0 };
    LayoutPtr layout = make_layout(pango_.get(), marking.text, style, -1);
    pango_layout_set_width(layout.get(), -1);
    PangoFontDescription* bold = pango_font_description_from_string("DejaVu Sans Bold 9");
    pango_layout_set_font_description(layout.get(), bold);
    pango_font_description_free(bold);
    collect_unknown_glyphs(layout.get(), missing_);
    int width = 0;
    int height = 0;
    pango_layout_get_size(layout.get(), &width, &height);
    const double text_width = width / static_cast<double>(PANGO_SCALE);
    const double text_height = height / static_cast<double>(PANGO_SCALE);
    const double padding = 3.0;
    const double right = kMarginLeft + kContentWidth;
    const double left = right - text_width - 2 * padding;
    cairo_set_source_rgb(cairo, 0, 0, 0);
    cairo_rectangle(cairo, left, top, text_width + 2 * padding, text_height + 2 * padding);
    cairo_fill(cairo);
    cairo_set_source_rgb(cairo, marking.red, marking.green, marking.blue);
    cairo_move_to(cairo, left + padding, top + padding);
    pango_cairo_show_layout(cairo, layout.get());
}

void Composer::end_page()
{
    draw_marking(14.0);
    draw_marking(kPageHeight - kFooterBottom + 8.0);
    draw_footer();
    cairo_show_page(cairo_.get());
}

void Composer::new_page()
{
    end_page();
    ++page_;
    y_ = kMarginTop;
    page_fresh_ = true;
}

Rendered Composer::finish()
{
    end_page();
    cairo_.reset();
    cairo_surface_finish(surface_.get());
    if (cairo_surface_status(surface_.get()) != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(
            std::string("PDF: ") + cairo_status_to_string(cairo_surface_status(surface_.get())));
    surface_.reset();
    Rendered rendered;
    rendered.pdf = std::move(pdf_);
    rendered.missing_glyphs.assign(missing_.begin(), missing_.end());
    rendered.pages = page_;
    return rendered;
}

Rendered compose(const Sheet& sheet, int total_pages)
{
    Composer composer(sheet, total_pages);
    for (const Block& block : sheet.blocks)
        composer.place(block);
    return composer.finish();
}

} // namespace

Rendered render_sheet(const Sheet& sheet)
{
    // Most letters take one page, so the first pass assumes one; the footer has a
    // fixed height, so a second pass with the real count breaks pages the same way.
    Rendered first = compose(sheet, 1);
    if (first.pages == 1)
        return first;
    return compose(sheet, first.pages);
}

} // namespace lapis::documents
