// Kategorisasi Sistem Elektronik: the instrument loader and the scoring (see
// categorisation.hpp; the data is catalog/kategorisasi-se.toml).
#include "domain/categorisation.hpp"

#include <algorithm>
#include <initializer_list>
#include <set>
#include <utility>

#include <toml++/toml.h>

#include "resources/resources.hpp"

namespace lapis::domain {
namespace {

constexpr std::string_view kBundledSource = "catalog/kategorisasi-se.toml";
constexpr std::int64_t kMostPoints = 100;

// ---------------------------------------------------------------------------------------
// Strict reading of the TOML document

std::string join_path(std::string_view parent, std::string_view key)
{
    return parent.empty() ? std::string(key) : std::string(parent) + "." + std::string(key);
}

std::string index_path(std::string_view path, std::size_t index)
{
    return std::string(path) + "[" + std::to_string(index) + "]";
}

int line_of(const toml::node& node)
{
    auto line = node.source().begin.line;
    return line == 0 ? 1 : static_cast<int>(line);
}

class Reader {
public:
    explicit Reader(std::string source)
        : source_(std::move(source))
    {
    }

    [[noreturn]] void fail(
        const toml::node& at, std::string_view path, std::string_view problem) const
    {
        throw InstrumentError(source_ + ":" + std::to_string(line_of(at)) + ": " + std::string(path)
            + ": " + std::string(problem));
    }

    // Refuses a key not in `allowed` (a misspelt optional key would be ignored silently).
    template <typename Allowed>
    void only_keys(const toml::table& table, std::string_view path, Allowed allowed) const
    {
        for (const auto& [key, node] : table) {
            if (!allowed(key.str())) {
                fail(node, join_path(path, key.str()), "unknown key");
            }
        }
    }

    const toml::node& require(
        const toml::table& table, std::string_view path, std::string_view key) const
    {
        const toml::node* node = table.get(key);
        if (!node) {
            fail(table, join_path(path, key), "missing required key");
        }
        return *node;
    }

    std::string text(const toml::table& table, std::string_view path, std::string_view key,
        bool required = true) const
    {
        const toml::node* node = required ? &require(table, path, key) : table.get(key);
        if (!node) {
            return {};
        }
        if (!node->is_string() || node->as_string()->get().empty()) {
            fail(*node, join_path(path, key), "expected a non-empty string");
        }
        return node->as_string()->get();
    }

    int integer(
        const toml::node& node, std::string_view path, std::int64_t low, std::int64_t high) const
    {
        if (!node.is_integer()) {
            fail(node, path, "expected an integer");
        }
        std::int64_t value = node.as_integer()->get();
        if (value < low || value > high) {
            fail(node, path, "expected " + std::to_string(low) + " to " + std::to_string(high));
        }
        return static_cast<int>(value);
    }

    const toml::table& table(
        const toml::table& parent, std::string_view path, std::string_view key) const
    {
        const toml::node& node = require(parent, path, key);
        if (!node.is_table()) {
            fail(node, join_path(path, key), "expected a table");
        }
        return *node.as_table();
    }

    // An array of tables ([[key]]), at least one.
    std::vector<const toml::table*> tables(const toml::table& parent, std::string_view key) const
    {
        const toml::node& node = require(parent, "", key);
        if (!node.is_array() || node.as_array()->empty()) {
            fail(node, key, "expected one or more tables");
        }
        std::vector<const toml::table*> found;
        for (const toml::node& element : *node.as_array()) {
            if (!element.is_table()) {
                fail(element, index_path(key, found.size()), "expected a table");
            }
            found.push_back(element.as_table());
        }
        return found;
    }

    std::vector<std::string> texts(
        const toml::table& table, std::string_view path, std::string_view key) const
    {
        const toml::node& node = require(table, path, key);
        if (!node.is_array() || node.as_array()->empty()) {
            fail(node, join_path(path, key), "expected one or more strings");
        }
        std::vector<std::string> values;
        for (const toml::node& element : *node.as_array()) {
            if (!element.is_string() || element.as_string()->get().empty()) {
                fail(element, index_path(join_path(path, key), values.size()),
                    "expected a non-empty string");
            }
            values.push_back(element.as_string()->get());
        }
        return values;
    }

private:
    std::string source_;
};

bool one_of(std::string_view key, std::initializer_list<std::string_view> keys)
{
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

bool is_answer_letter(std::string_view key)
{
    return key.size() == 1 && key[0] >= 'A' && key[0] <= 'Z';
}

// ---------------------------------------------------------------------------------------
// The instrument, section by section

void read_header(const Reader& reader, const toml::table& document, Instrument& instrument)
{
    const toml::table& header = reader.table(document, "", "instrument");
    reader.only_keys(header, "instrument", [](std::string_view key) {
        return one_of(key, { "id", "title", "basis", "note" });
    });
    instrument.id = reader.text(header, "instrument", "id");
    instrument.title = reader.text(header, "instrument", "title");
    instrument.basis = reader.text(header, "instrument", "basis");
    instrument.note = reader.text(header, "instrument", "note", false);
}

// [scores]: one capital letter per answer and its points (toml++ keeps keys sorted, so
// the letters come out as A, B, C).
void read_scores(const Reader& reader, const toml::table& document, Instrument& instrument)
{
    const toml::table& scores = reader.table(document, "", "scores");
    for (const auto& [key, node] : scores) {
        std::string path = join_path("scores", key.str());
        if (!is_answer_letter(key.str())) {
            reader.fail(node, path, "expected a capital letter A-Z as the answer");
        }
        instrument.letters.emplace_back(key.str());
        instrument.points.push_back(reader.integer(node, path, 0, kMostPoints));
    }
    if (instrument.letters.size() < 2) {
        reader.fail(scores, "scores", "expected at least two answers");
    }
}

void read_questions(const Reader& reader, const toml::table& document, Instrument& instrument)
{
    std::set<std::string> ids;
    for (const toml::table* table : reader.tables(document, "questions")) {
        std::string path = index_path("questions", instrument.questions.size());
        reader.only_keys(*table, path, [&](std::string_view key) {
            return one_of(key, { "id", "indicator", "note" })
                || std::ranges::find(instrument.letters, key) != instrument.letters.end();
        });
        CategorisationQuestion question;
        question.id = reader.text(*table, path, "id");
        question.indicator = reader.text(*table, path, "indicator");
        question.note = reader.text(*table, path, "note", false);
        for (const std::string& letter : instrument.letters) {
            question.answers.push_back(reader.text(*table, path, letter));
        }
        if (!ids.insert(question.id).second) {
            reader.fail(*table, join_path(path, "id"), "duplicate question id " + question.id);
        }
        instrument.questions.push_back(std::move(question));
    }
}

SystemCategory read_category(
    const Reader& reader, const toml::table& table, const std::string& path)
{
    reader.only_keys(table, path, [](std::string_view key) {
        return one_of(key, { "code", "label", "min", "max", "standards", "rule", "fallback" });
    });
    SystemCategory category;
    category.code = reader.text(table, path, "code");
    category.label = reader.text(table, path, "label");
    category.min_score = reader.integer(
        reader.require(table, path, "min"), join_path(path, "min"), 0, kMostPoints * 1000);
    category.max_score = reader.integer(
        reader.require(table, path, "max"), join_path(path, "max"), 0, kMostPoints * 1000);
    category.standards = reader.texts(table, path, "standards");
    category.rule = reader.text(table, path, "rule");
    category.fallback = reader.text(table, path, "fallback", false);
    if (category.min_score > category.max_score) {
        reader.fail(table, path, "min is above max");
    }
    return category;
}

// The bands, sorted by score, must run from the lowest to the highest possible total
// without a gap or an overlap: every total has exactly one category.
void check_coverage(const Reader& reader, const toml::table& document, Instrument& instrument)
{
    std::ranges::sort(instrument.categories, {}, &SystemCategory::min_score);
    const toml::node& at = *document.get("categories");
    int expected = instrument.lowest_total();
    for (const SystemCategory& category : instrument.categories) {
        if (category.min_score != expected) {
            reader.fail(at, "categories",
                "scores from " + std::to_string(expected) + " need exactly one category; '"
                    + category.code + "' starts at " + std::to_string(category.min_score));
        }
        expected = category.max_score + 1;
    }
    if (expected != instrument.highest_total() + 1) {
        reader.fail(at, "categories",
            "the categories must end at the highest total "
                + std::to_string(instrument.highest_total()) + ", not "
                + std::to_string(expected - 1));
    }
}

void read_categories(const Reader& reader, const toml::table& document, Instrument& instrument)
{
    std::set<std::string> codes;
    for (const toml::table* table : reader.tables(document, "categories")) {
        std::string path = index_path("categories", instrument.categories.size());
        SystemCategory category = read_category(reader, *table, path);
        if (!codes.insert(category.code).second) {
            reader.fail(*table, join_path(path, "code"), "duplicate category " + category.code);
        }
        instrument.categories.push_back(std::move(category));
    }
    check_coverage(reader, document, instrument);
}

toml::table parse(std::string_view text, const std::string& source_name)
{
    try {
        return toml::parse(text, source_name);
    } catch (const toml::parse_error& error) {
        auto line = error.source().begin.line;
        throw InstrumentError(source_name + ":" + std::to_string(line == 0 ? 1 : line)
            + ": (syntax): " + std::string(error.description()));
    }
}

// ---------------------------------------------------------------------------------------
// Scoring

std::string trimmed(std::string_view text)
{
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && space(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && space(text.back())) {
        text.remove_suffix(1);
    }
    return std::string(text);
}

// "a" is taken as "A": a questionnaire letter, where case carries no meaning.
std::string normalised_answer(std::string_view answer)
{
    std::string letter = trimmed(answer);
    if (letter.size() == 1 && letter[0] >= 'a' && letter[0] <= 'z') {
        letter[0] = static_cast<char>(letter[0] - 'a' + 'A');
    }
    return letter;
}

std::optional<int> points_for(const Instrument& instrument, std::string_view letter)
{
    auto found = std::ranges::find(instrument.letters, letter);
    if (found == instrument.letters.end()) {
        return std::nullopt;
    }
    return instrument.points[static_cast<std::size_t>(found - instrument.letters.begin())];
}

CategorisationResult refused(const Instrument& instrument, std::string key, std::string arg)
{
    CategorisationResult result;
    result.instrument_version = instrument.id;
    result.error = Message{ std::move(key), std::move(arg) };
    return result;
}

// Adds up the answers; unanswered questions are listed, an unknown letter refuses the lot.
CategorisationResult tally(const Instrument& instrument, const std::vector<std::string>& answers)
{
    if (answers.size() > instrument.questions.size()) {
        return refused(
            instrument, "kategorisasi.answer_count", std::to_string(instrument.questions.size()));
    }
    CategorisationResult result;
    result.instrument_version = instrument.id;
    for (std::size_t index = 0; index < instrument.questions.size(); ++index) {
        const std::string& id = instrument.questions[index].id;
        std::string letter = index < answers.size() ? normalised_answer(answers[index]) : "";
        if (letter.empty()) {
            result.unanswered.push_back(id);
            result.answers.emplace_back();
            continue;
        }
        std::optional<int> points = points_for(instrument, letter);
        if (!points) {
            return refused(instrument, "kategorisasi.answer_invalid", id);
        }
        result.score += *points;
        result.answers.push_back(std::move(letter));
    }
    return result;
}

// Peraturan BSSN 8/2020 Pasal 9: the category's standards go with the category.
void assign_category(const Instrument& instrument, CategorisationResult& result)
{
    const SystemCategory* category = instrument.category_for(result.score);
    if (!category) {
        return; // cannot happen with a loaded instrument: the bands cover every total
    }
    result.category = category->code;
    result.category_label = category->label;
    result.standards = category->standards;
    result.standards_rule = category->rule;
    result.fallback = category->fallback;
}

} // namespace

int Instrument::lowest_total() const
{
    return static_cast<int>(questions.size()) * *std::ranges::min_element(points);
}

int Instrument::highest_total() const
{
    return static_cast<int>(questions.size()) * *std::ranges::max_element(points);
}

const SystemCategory* Instrument::category_for(int score) const
{
    for (const SystemCategory& category : categories) {
        if (score >= category.min_score && score <= category.max_score) {
            return &category;
        }
    }
    return nullptr;
}

Instrument load_instrument(std::string_view text, const std::string& source_name)
{
    toml::table document = parse(text, source_name);
    Reader reader(source_name);
    reader.only_keys(document, "", [](std::string_view key) {
        return one_of(key, { "instrument", "scores", "questions", "categories" });
    });

    Instrument instrument;
    read_header(reader, document, instrument);
    read_scores(reader, document, instrument);
    read_questions(reader, document, instrument);
    read_categories(reader, document, instrument);
    return instrument;
}

const Instrument& bundled_instrument()
{
    static const Instrument instrument = [] {
        std::optional<std::string_view> text = resources::find("kategorisasi");
        if (!text) {
            throw InstrumentError(
                std::string(kBundledSource) + ":0: (bundle): not compiled into this binary");
        }
        return load_instrument(*text, std::string(kBundledSource));
    }();
    return instrument;
}

CategorisationResult score_answers(
    const Instrument& instrument, const std::vector<std::string>& answers)
{
    if (answers.size() != instrument.questions.size()) {
        return refused(
            instrument, "kategorisasi.answer_count", std::to_string(instrument.questions.size()));
    }
    CategorisationResult result = tally(instrument, answers);
    if (result.error) {
        return result;
    }
    if (!result.unanswered.empty()) {
        return refused(instrument, "kategorisasi.unanswered", result.unanswered.front());
    }
    assign_category(instrument, result);
    return result;
}

CategorisationResult score_partial(
    const Instrument& instrument, const std::vector<std::string>& answers)
{
    CategorisationResult result = tally(instrument, answers);
    if (result.error || !result.unanswered.empty()) {
        return result;
    }
    assign_category(instrument, result);
    return result;
}

} // namespace lapis::domain
