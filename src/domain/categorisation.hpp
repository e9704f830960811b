// Kategorisasi Sistem Elektronik (DOMAIN.md §3): the questionnaire of Peraturan BSSN
// 8/2020 as data (catalog/kategorisasi-se.toml), the score of a set of answers, its
// category (Strategis, Tinggi, Rendah) and the security standards that category must
// apply (Pasal 9, with the fallbacks of Pasal 10–11).
//
// The questions, the points per answer and the score bands are data, versioned by the
// instrument id, because the Lampiran itself was not read ([U], DOMAIN.md §3.3).
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "domain/message.hpp"

namespace lapis::domain {

struct CategorisationQuestion {
    std::string id; // "1.1"
    std::string indicator; // "Nilai investasi SE yang terpasang"
    std::string note; // how to answer; may be empty
    std::vector<std::string> answers; // text per answer letter, in Instrument::letters order
};

struct SystemCategory {
    std::string code; // "strategis", "tinggi", "rendah"
    std::string label; // "Strategis"
    int min_score = 0; // inclusive
    int max_score = 0; // inclusive
    std::vector<std::string> standards; // Pasal 9, one standard per item
    std::string rule; // how the standards combine (dan, dan/atau, atau)
    std::string fallback; // Pasal 10–11; empty when none
};

struct Instrument {
    std::string id; // "bssn-8-2020-lampiran", stored with every result
    std::string title;
    std::string basis;
    std::string note;
    std::vector<std::string> letters; // "A", "B", "C"
    std::vector<int> points; // per letter: 5, 2, 1
    std::vector<CategorisationQuestion> questions;
    std::vector<SystemCategory> categories; // ordered by min_score

    int lowest_total() const; // every question answered with the fewest points
    int highest_total() const; // … with the most points
    const SystemCategory* category_for(int score) const;
};

// what(): "<source>:<line>: <key.path>: <problem>", for the administrator.
class InstrumentError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Strict: unknown keys, missing texts, duplicate ids and bands that do not cover
// lowest_total()…highest_total() exactly once are refused.
Instrument load_instrument(std::string_view text, const std::string& source_name);
// The instrument compiled into the binary, loaded on first use.
const Instrument& bundled_instrument();

struct CategorisationResult {
    int score = 0;
    std::optional<std::string> category; // code; empty unless every question is answered
    std::string category_label;
    std::vector<std::string> standards;
    std::string standards_rule;
    std::string fallback;
    std::string instrument_version;
    std::vector<std::string> answers; // as stored: "A", "B", "C", "" when unanswered
    std::vector<std::string> unanswered; // question ids
    std::optional<Message> error;
};

// Every question must be answered, in question order. A lowercase letter is taken as its
// capital; anything else is refused with the question's id as argument. On refusal the
// score is 0 and there is no category.
CategorisationResult score_answers(
    const Instrument& instrument, const std::vector<std::string>& answers);

// A questionnaire being filled in: empty answers (or answers missing at the end) are
// unanswered; the score counts the answered ones, and there is a category only once
// nothing is unanswered.
CategorisationResult score_partial(
    const Instrument& instrument, const std::vector<std::string>& answers);

} // namespace lapis::domain
