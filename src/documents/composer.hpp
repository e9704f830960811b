// Turns a Sheet into an A4 PDF with cairo and pango: rows flow down the page, a row
// too long for the rest of a page continues on the next one line by line, and every
// page gets the verification footer (document code, request number, link, QR code).
#pragma once

#include <string>
#include <vector>

#include "documents/sheet.hpp"

namespace lapis::documents {

struct Rendered {
    std::string pdf;
    // Characters no installed font could draw, as "😡 (U+1F621)"; printed as boxes
    // with their hex code, never dropped.
    std::vector<std::string> missing_glyphs;
    int pages = 0;
};

// Safe to call from several threads at once: pango's default font map is per thread.
Rendered render_sheet(const Sheet& sheet);

} // namespace lapis::documents
