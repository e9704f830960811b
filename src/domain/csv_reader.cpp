#include "domain/csv_reader.hpp"

#include <csv.h>

namespace lapis::domain {
namespace {

struct Collector {
    CsvTable table;
    CsvRecord current;
    std::size_t line = 1; // the physical line being fed
};

void on_field(void* bytes, std::size_t size, void* data)
{
    auto* collector = static_cast<Collector*>(data);
    collector->current.fields.emplace_back(static_cast<const char*>(bytes), size);
}

void on_record(int, void* data)
{
    auto* collector = static_cast<Collector*>(data);
    collector->table.records.push_back(std::move(collector->current));
    collector->current = {};
}

// libcsv's state between records (ROW_NOT_BEGUN in libcsv.c).
constexpr int kRowNotBegun = 0;

class Parser {
public:
    Parser() { m_ok = csv_init(&m_parser, CSV_STRICT | CSV_STRICT_FINI) == 0; }
    ~Parser()
    {
        if (m_ok)
            csv_free(&m_parser);
    }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;

    bool ok() const { return m_ok; }
    csv_parser* get() { return &m_parser; }

private:
    csv_parser m_parser{};
    bool m_ok = false;
};

} // namespace

CsvTable read_csv(std::string_view text)
{
    Collector collector;
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    Parser parser;
    if (!parser.ok()) {
        collector.table.malformed_line = 1;
        return std::move(collector.table);
    }
    // Fed one physical line at a time: a record starts on the line fed while the
    // parser was between records (blank lines start none).
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        end = end == std::string_view::npos ? text.size() : end + 1;
        if (parser.get()->pstate == kRowNotBegun)
            collector.current.line = collector.line;
        const std::string_view piece = text.substr(start, end - start);
        if (csv_parse(parser.get(), piece.data(), piece.size(), on_field, on_record, &collector)
            != piece.size()) {
            collector.table.malformed_line = collector.line;
            return std::move(collector.table);
        }
        ++collector.line;
        start = end;
    }
    if (csv_fini(parser.get(), on_field, on_record, &collector) != 0
        || csv_error(parser.get()) == CSV_EPARSE) {
        collector.table.malformed_line = collector.current.line;
    }
    return std::move(collector.table);
}

} // namespace lapis::domain
