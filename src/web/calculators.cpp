// Calculators anyone can use: CVSS (3.0, 3.1, 4.0) and the BSSN categorisation
// of an electronic system. The desks use the same domain code.
#include <nlohmann/json.hpp>

#include "domain/categorisation.hpp"
#include "domain/cvss.hpp"
#include "web/handlers.hpp"
#include "web/pages.hpp"

namespace lapis::web {
namespace {

using nlohmann::json;

json cvss_json(const domain::CvssResult& result)
{
    auto score = [](const std::optional<double>& value) { return value ? json(*value) : json(); };
    return { { "version", result.version }, { "base_score", score(result.base) },
        { "temporal_score", score(result.temporal) },
        { "environmental_score", score(result.environmental) }, { "severity", result.severity },
        { "vector", result.normalised_vector } };
}

json cvss_model(const domain::CvssResult& result, const std::string& vector, domain::Lang lang)
{
    json model = { { "vector", vector } };
    if (vector.empty())
        return model;
    if (result.error) {
        model["error"] = domain::render(*result.error, lang);
        return model;
    }
    auto text = [](const std::optional<double>& value) {
        return value ? domain::format_score(*value) : std::string();
    };
    model["result"] = json::array({ { { "version", result.version }, { "base", text(result.base) },
        { "temporal", text(result.temporal) }, { "environmental", text(result.environmental) },
        { "severity", domain::text("cvss.severity." + result.severity, lang) },
        { "normalised", result.normalised_vector }, { "unscored", !result.base.has_value() } } });
    return model;
}

json categorisation_json(const domain::CategorisationResult& result, domain::Lang lang)
{
    json body = { { "score", result.score },
        { "category", result.category ? json(*result.category) : json() },
        { "standards", result.standards }, { "standards_rule", result.standards_rule },
        { "instrument", result.instrument_version } };
    if (!result.fallback.empty())
        body["fallback"] = result.fallback;
    return body;
}

json questionnaire_model(
    const domain::Instrument& instrument, const std::vector<std::string>& answers)
{
    json questions = json::array();
    for (std::size_t q = 0; q < instrument.questions.size(); ++q) {
        const auto& question = instrument.questions[q];
        json options = json::array();
        for (std::size_t a = 0; a < instrument.letters.size(); ++a) {
            const std::string& letter = instrument.letters[a];
            options.push_back({ { "letter", letter }, { "text", question.answers.at(a) },
                { "points", instrument.points.at(a) }, { "name", "q" + std::to_string(q) },
                { "checked", q < answers.size() && answers[q] == letter } });
        }
        questions.push_back({ { "id", question.id }, { "indicator", question.indicator },
            { "note", question.note }, { "options", options } });
    }
    return { { "title", instrument.title }, { "basis", instrument.basis },
        { "instrument", instrument.id }, { "questions", questions } };
}

} // namespace

Response cvss_page(Context& context, Request& request)
{
    const std::string vector = request.query_value("vektor");
    const auto result = domain::score_cvss(vector);
    return page(context, "cvss.tpl", "Kalkulator CVSS", cvss_model(result, vector, context.lang),
        !vector.empty() && result.error ? 422 : 200);
}

Response api_cvss(Context& context, Request& request)
{
    const auto result = domain::score_cvss(request.query_value("vector"));
    if (result.error)
        return json_response(422,
            { { "error", domain::render(*result.error, context.lang) },
                { "reason", result.error->key } });
    return json_response(200, cvss_json(result));
}

Response categorisation_page(Context& context, Request& request)
{
    const auto& instrument = domain::bundled_instrument();
    std::vector<std::string> answers;
    bool any = false;
    for (std::size_t q = 0; q < instrument.questions.size(); ++q) {
        answers.push_back(request.query_value("q" + std::to_string(q)));
        any = any || !answers.back().empty();
    }
    json model = questionnaire_model(instrument, answers);
    if (any) {
        const auto result = domain::score_partial(instrument, answers);
        json shown = { { "score", result.score }, { "label", result.category_label },
            { "standards", result.standards }, { "rule", result.standards_rule },
            { "fallback", result.fallback }, { "has_category", result.category.has_value() } };
        if (result.error)
            shown["error"] = domain::render(*result.error, context.lang);
        model["result"] = json::array({ shown });
    }
    return page(context, "categorisation.tpl", "Kategorisasi Sistem Elektronik", model);
}

Response api_categorisation(Context& context, Request& request)
{
    json body = json::parse(request.body, nullptr, false);
    if (body.is_discarded() || !body.is_object() || !body.contains("answers")
        || !body["answers"].is_array())
        return json_response(422,
            { { "error",
                  domain::render(
                      { "kategorisasi.answer_count",
                          std::to_string(domain::bundled_instrument().questions.size()) },
                      context.lang) },
                { "reason", "kategorisasi.answer_count" } });
    std::vector<std::string> answers;
    for (const auto& answer : body["answers"]) {
        if (!answer.is_string())
            return json_response(422,
                { { "error",
                      domain::render(
                          { "kategorisasi.answer_invalid", std::to_string(answers.size() + 1) },
                          context.lang) },
                    { "reason", "kategorisasi.answer_invalid" } });
        answers.push_back(answer.get<std::string>());
    }
    const auto result = domain::score_answers(domain::bundled_instrument(), answers);
    if (result.error)
        return json_response(422,
            { { "error", domain::render(*result.error, context.lang) },
                { "reason", result.error->key } });
    return json_response(200, categorisation_json(result, context.lang));
}

} // namespace lapis::web
