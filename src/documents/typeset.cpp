#include "documents/typeset.hpp"

#include <cstdio>

namespace lapis::documents {

namespace {

constexpr const char* kReplacement = "\xEF\xBF\xBD"; // U+FFFD

struct FontDescriptionFree {
    void operator()(PangoFontDescription* description) const
    {
        pango_font_description_free(description);
    }
};

struct AttrListUnref {
    void operator()(PangoAttrList* list) const { pango_attr_list_unref(list); }
};

struct GFree {
    void operator()(char* text) const { g_free(text); }
};

void add_attribute(
    PangoAttrList* list, PangoAttribute* attribute, std::size_t start, std::size_t end)
{
    attribute->start_index = static_cast<guint>(start);
    attribute->end_index = static_cast<guint>(end);
    pango_attr_list_insert(list, attribute);
}

PangoAlignment pango_alignment(Align align)
{
    switch (align) {
    case Align::Center:
        return PANGO_ALIGN_CENTER;
    case Align::Right:
        return PANGO_ALIGN_RIGHT;
    case Align::Left:
    case Align::Justify:
        break;
    }
    return PANGO_ALIGN_LEFT;
}

void apply_style(PangoLayout* layout, const Style& style, double width)
{
    std::unique_ptr<PangoFontDescription, FontDescriptionFree> font(pango_font_description_new());
    pango_font_description_set_family(font.get(), style.family.c_str());
    pango_font_description_set_size(font.get(), pango_units_from_double(style.size));
    pango_layout_set_font_description(layout, font.get());
    pango_layout_set_width(layout, pango_units_from_double(width));
    // Word wrapping, falling back to a break inside a word (a long e-mail address or
    // URL in a narrow cell) so that nothing runs past the cell and gets cut.
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout, pango_alignment(style.align));
    pango_layout_set_justify(layout, style.align == Align::Justify);
    pango_layout_set_indent(layout, pango_units_from_double(style.indent));
}

std::string describe_codepoint(gunichar codepoint)
{
    char utf8[8] = {};
    g_unichar_to_utf8(codepoint, utf8);
    char code[16] = {};
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(codepoint));
    return std::string(utf8) + " (" + code + ")";
}

} // namespace

void GObjectUnref::operator()(void* object) const
{
    if (object)
        g_object_unref(object);
}

ContextPtr make_pdf_context(cairo_t* cairo)
{
    ContextPtr context(pango_cairo_create_context(cairo));
    pango_cairo_context_set_resolution(context.get(), 72.0);
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    pango_cairo_context_set_font_options(context.get(), options);
    cairo_font_options_destroy(options);
    pango_context_set_round_glyph_positions(context.get(), FALSE);
    return context;
}

std::string printable(std::string_view text)
{
    std::unique_ptr<char, GFree> valid(
        g_utf8_make_valid(text.data(), static_cast<gssize>(text.size())));
    std::string result;
    result.reserve(text.size());
    for (const char* cursor = valid.get(); *cursor; cursor = g_utf8_next_char(cursor)) {
        gunichar codepoint = g_utf8_get_char(cursor);
        if (codepoint == '\r') {
            result += '\n';
            if (cursor[1] == '\n')
                ++cursor;
            continue;
        }
        if (codepoint == '\t') {
            result += ' ';
            continue;
        }
        bool control = (codepoint < 0x20 && codepoint != '\n') || codepoint == 0x7F;
        if (control) {
            result += kReplacement;
            continue;
        }
        const char* following = g_utf8_next_char(cursor);
        result.append(cursor, static_cast<std::size_t>(following - cursor));
    }
    return result;
}

LayoutPtr make_layout(PangoContext* context, const Cell& cell)
{
    LayoutPtr layout(pango_layout_new(context));
    std::unique_ptr<PangoAttrList, AttrListUnref> attributes(pango_attr_list_new());
    std::string text;
    for (const Run& run : cell.runs) {
        std::size_t start = text.size();
        text += printable(run.text);
        std::size_t end = text.size();
        if (start == end)
            continue;
        if (run.bold)
            add_attribute(attributes.get(), pango_attr_weight_new(PANGO_WEIGHT_BOLD), start, end);
        if (run.underline) {
            add_attribute(
                attributes.get(), pango_attr_underline_new(PANGO_UNDERLINE_SINGLE), start, end);
        }
    }
    pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
    pango_layout_set_attributes(layout.get(), attributes.get());
    apply_style(layout.get(), cell.style, cell.width);
    return layout;
}

LayoutPtr make_layout(
    PangoContext* context, const std::string& text, const Style& style, double width)
{
    Cell cell;
    cell.width = width;
    cell.style = style;
    cell.runs.push_back(Run{ text });
    return make_layout(context, cell);
}

std::vector<TextLine> lines_of(PangoLayout* layout)
{
    std::vector<TextLine> lines;
    PangoLayoutIter* iter = pango_layout_get_iter(layout);
    do {
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(iter, nullptr, &logical);
        TextLine line;
        line.line = pango_layout_iter_get_line_readonly(iter);
        line.x = pango_units_to_double(logical.x);
        line.top = pango_units_to_double(logical.y);
        line.bottom = pango_units_to_double(logical.y + logical.height);
        line.baseline = pango_units_to_double(pango_layout_iter_get_baseline(iter));
        lines.push_back(line);
    } while (pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
    return lines;
}

void collect_unknown_glyphs(PangoLayout* layout, std::set<std::string>& into)
{
    // The count is cheap; walking the glyphs is only needed when it is not zero.
    if (pango_layout_get_unknown_glyphs_count(layout) == 0)
        return;
    PangoLayoutIter* iter = pango_layout_get_iter(layout);
    do {
        PangoLayoutRun* run = pango_layout_iter_get_run_readonly(iter);
        if (!run)
            continue;
        for (int index = 0; index < run->glyphs->num_glyphs; ++index) {
            PangoGlyph glyph = run->glyphs->glyphs[index].glyph;
            // An unknown glyph carries its character; INVALID_INPUT also has the flag
            // bit set but stands for no character.
            if (!(glyph & PANGO_GLYPH_UNKNOWN_FLAG) || glyph == PANGO_GLYPH_INVALID_INPUT)
                continue;
            into.insert(describe_codepoint(glyph & ~PANGO_GLYPH_UNKNOWN_FLAG));
        }
    } while (pango_layout_iter_next_run(iter));
    pango_layout_iter_free(iter);
}

} // namespace lapis::documents
