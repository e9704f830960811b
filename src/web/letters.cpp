#include "web/letters.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>

#include "documents/letters.hpp"
#include "domain/clock.hpp"
#include "domain/identity.hpp"
#include "domain/tokens.hpp"

namespace lapis::web {
namespace {

bool fits(const catalog::Document& document, const std::vector<catalog::Field>& fields)
{
    for (const catalog::DocumentField& slot : document.fields) {
        if (slot.field.empty())
            continue;
        auto same = [&](const catalog::Field& field) { return field.name == slot.field; };
        if (std::none_of(fields.begin(), fields.end(), same))
            return false;
    }
    return true;
}

std::string date_text(const App& app)
{
    return domain::display_date(
        domain::office_date(app.clock.now(), app.catalog.office.utc_offset_minutes));
}

} // namespace

std::vector<LetterChoice> letters_for(const App& app, const store::StoredRequest& request)
{
    const catalog::Service* service = app.catalog.find_service(request.service);
    if (service == nullptr)
        return {};
    return letters_for_form(app, *service, service->find_kind(request.kind));
}

std::vector<LetterChoice> letters_for_form(
    const App&, const catalog::Service& service, const catalog::Kind* kind)
{
    std::vector<LetterChoice> choices;
    const auto& fields = catalog::form_fields(service, kind);
    const auto renderable = documents::letter_templates();
    for (const catalog::Document& document : service.documents) {
        bool known
            = std::find(renderable.begin(), renderable.end(), document.id) != renderable.end();
        if (known && fits(document, fields))
            choices.push_back({ document.id, document.title });
    }
    return choices;
}

std::vector<std::string> letter_fields(
    const catalog::Service& service, const std::string& template_id)
{
    std::vector<std::string> names;
    for (const catalog::Document& document : service.documents) {
        if (document.id != template_id)
            continue;
        for (const catalog::DocumentField& slot : document.fields) {
            if (!slot.field.empty())
                names.push_back(slot.field);
        }
    }
    return names;
}

std::string draft_letter(const App& app, const catalog::Service& service,
    const std::string& template_id, const std::map<std::string, std::string>& values)
{
    documents::LetterInput input;
    input.template_id = template_id;
    input.catalog = &app.catalog;
    input.service = &service;
    input.fields = values;
    input.request_number = "(draf)";
    input.date_text = date_text(app);
    input.draft = true;
    documents::Letter letter = documents::render_letter(input);
    for (const std::string& glyph : letter.missing_glyphs)
        spdlog::warn(
            "draft letter glyph without font template={} glyph=\"{}\"", template_id, glyph);
    return std::move(letter.pdf);
}

std::optional<LetterFile> letter_file(
    App& app, const store::StoredRequest& request, const std::string& template_id)
{
    const auto choices = letters_for(app, request);
    auto same = [&](const LetterChoice& choice) { return choice.id == template_id; };
    if (std::none_of(choices.begin(), choices.end(), same))
        return std::nullopt;

    if (auto stored = app.documents.find(request.id, template_id)) {
        auto pdf = app.files.get(stored->sha256);
        if (pdf)
            return LetterFile{ *stored, std::move(*pdf) };
    }

    documents::LetterInput input;
    input.template_id = template_id;
    input.catalog = &app.catalog;
    input.service = app.catalog.find_service(request.service);
    input.fields = request.fields;
    input.request_number = request.number;
    input.document_code = domain::random_token(10);
    input.verify_url = app.settings.public_url + "/verifikasi/" + input.document_code;
    input.date_text = date_text(app);
    documents::Letter letter = documents::render_letter(input);
    for (const std::string& glyph : letter.missing_glyphs) {
        spdlog::warn("letter glyph without font number={} template={} glyph=\"{}\"", request.number,
            template_id, glyph);
    }

    store::StoredDocument document;
    document.code = input.document_code;
    document.request_id = request.id;
    document.template_id = template_id;
    document.sha256 = app.files.put(letter.pdf);
    document.size = static_cast<std::int64_t>(letter.pdf.size());
    document.created_at = app.clock.now();
    store::StoredDocument kept = app.documents.add(document);
    auto pdf = app.files.get(kept.sha256);
    return LetterFile{ kept, pdf ? std::move(*pdf) : std::move(letter.pdf) };
}

} // namespace lapis::web
