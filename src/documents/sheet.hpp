// The page model letters are written in: rows of positioned text cells, optional
// boxes drawn round them, grouped into blocks. composer.hpp turns a Sheet into an A4
// PDF. The model holds no cairo or pango types, so letter content reads as data and
// only the composer knows about fonts and pages.
#pragma once

#include <string>
#include <vector>

namespace lapis::documents {

// A4 in PDF points (1/72 inch): 210 × 297 mm.
inline constexpr double kPageWidth = 595.28;
inline constexpr double kPageHeight = 841.89;
// Margins of an Indonesian official letter: 2.5 cm on the binding side, 2 cm right.
inline constexpr double kMarginLeft = 70.87;
inline constexpr double kMarginRight = 56.69;
inline constexpr double kMarginTop = 42.52;
inline constexpr double kContentWidth = kPageWidth - kMarginLeft - kMarginRight;

inline constexpr const char* kSerif = "DejaVu Serif";
inline constexpr const char* kSans = "DejaVu Sans";

enum class Align { Left, Center, Right, Justify };

struct Style {
    std::string family = kSerif;
    double size = 11.0; // points
    Align align = Align::Left;
    double indent = 0; // first line of each paragraph, points; negative hangs the rest
};

// A stretch of text with one emphasis. Text is never parsed as markup, so a value
// holding "<web-01>" or "&" prints as typed.
struct Run {
    std::string text;
    bool bold = false;
    bool underline = false;
};

struct Cell {
    double x = 0; // from the left margin, points
    double width = 0;
    std::vector<Run> runs;
    Style style;
};

// A rectangle stroked round a row (a table cell); shaded ones are section headings.
struct Box {
    double x = 0;
    double width = 0;
    bool shaded = false;
};

struct Row {
    std::vector<Cell> cells;
    std::vector<Box> boxes; // drawn the row's height on every page the row covers
    double space_before = 0; // dropped at the top of a page
    double padding = 0; // above and below the text, inside the boxes
    double min_height = 0; // room for a signature
    bool keep_together = false; // moved whole to the next page rather than split
    bool double_rule = false; // the letterhead's closing rule, drawn under the row
};

// Rows placed in order. `beside` rows are placed level with `rows`, at their own x
// (the addressee to the right of Nomor/Sifat/Hal); such a block is kept together.
struct Block {
    std::vector<Row> rows;
    std::vector<Row> beside;
    bool keep_together = false;
};

// Printed at the foot of every page: how to check that a printed letter is genuine.
// A draft (a letter made from a form not yet submitted) has no code and no
// verification link: its footer says so, and it has no QR code.
struct Footer {
    std::string document_code;
    std::string request_number;
    std::string verify_url; // also encoded in the QR code
    bool draft = false;
};

// A marking printed at the top right and the bottom right of every page, in its
// colour on black: a TLP 2.0 label ("TLP:AMBER+STRICT"). Empty text: none.
struct Marking {
    std::string text;
    double red = 1.0; // 0–1
    double green = 1.0;
    double blue = 1.0;
};

struct Sheet {
    std::string title; // PDF metadata
    std::vector<Block> blocks;
    Footer footer;
    Marking marking;
};

} // namespace lapis::documents
