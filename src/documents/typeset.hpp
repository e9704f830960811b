// Text of one cell as a pango layout: fonts, wrapping, emphasis, and the check for
// characters no installed font can draw. Internal to the documents layer.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <pango/pangocairo.h>

#include "documents/sheet.hpp"

namespace lapis::documents {

struct GObjectUnref {
    void operator()(void* object) const;
};
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectUnref>;
using ContextPtr = std::unique_ptr<PangoContext, GObjectUnref>;

// A pango context for a PDF page: 72 units per inch (one unit is one point) and no
// hinting or rounding, which belong to screens and would shift glyphs in print.
ContextPtr make_pdf_context(cairo_t* cairo);

// The request's text made safe to lay out without losing any of it: invalid UTF-8
// becomes U+FFFD, CR LF and CR become LF, a tab a space, other control characters
// U+FFFD (visible, so a reader sees that something was there).
std::string printable(std::string_view text);

LayoutPtr make_layout(PangoContext* context, const Cell& cell);
LayoutPtr make_layout(
    PangoContext* context, const std::string& text, const Style& style, double width);

// One line of a layout, in points from the layout's top-left corner.
struct TextLine {
    PangoLayoutLine* line = nullptr; // owned by the layout
    double x = 0;
    double top = 0;
    double bottom = 0;
    double baseline = 0;
};
std::vector<TextLine> lines_of(PangoLayout* layout);

// Characters pango found no font for (drawn as boxes showing their hex code), each
// as "😡 (U+1F621)", added to `into`.
void collect_unknown_glyphs(PangoLayout* layout, std::set<std::string>& into);

} // namespace lapis::documents
