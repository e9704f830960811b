#include "documents/letters.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>

#include "documents/composer.hpp"
#include "documents/templates.hpp"

namespace lapis::documents {

namespace {

struct Template {
    const char* id; // the catalog document id
    Sheet (*build)(const LetterInput&, const catalog::Document&);
};

constexpr std::array<Template, 3> kTemplates{ {
    { "surat-rekomendasi", recommendation_letter },
    { "surat-permohonan", facilitation_letter },
    { "formulir-reset-password", reset_password_form },
} };

const Template& find_template(const std::string& id)
{
    auto found = std::find_if(kTemplates.begin(), kTemplates.end(),
        [&](const Template& known) { return id == known.id; });
    if (found == kTemplates.end())
        throw std::invalid_argument("no letter template " + id);
    return *found;
}

// The blanks' mapping to request fields lives in the catalog document.
const catalog::Document& find_document(const catalog::Service& service, const std::string& id)
{
    auto found = std::find_if(service.documents.begin(), service.documents.end(),
        [&](const catalog::Document& document) { return document.id == id; });
    if (found == service.documents.end())
        throw std::invalid_argument("service " + service.id + " has no document " + id);
    return *found;
}

} // namespace

Letter render_letter(const LetterInput& input)
{
    const Template& chosen = find_template(input.template_id);
    if (!input.catalog || !input.service)
        throw std::invalid_argument("letter " + input.template_id + ": no catalog or service");
    const catalog::Document& document = find_document(*input.service, input.template_id);

    Sheet sheet = chosen.build(input, document);
    sheet.footer
        = Footer{ input.document_code, input.request_number, input.verify_url, input.draft };
    Rendered rendered = render_sheet(sheet);
    return Letter{ std::move(rendered.pdf), std::move(rendered.missing_glyphs) };
}

std::vector<std::string> letter_templates()
{
    std::vector<std::string> ids;
    for (const Template& known : kTemplates)
        ids.emplace_back(known.id);
    return ids;
}

} // namespace lapis::documents
