// The catalog's letters and forms for one request: which apply, and the PDF made
// once per request and template, kept with its code and SHA-256 for /verifikasi.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/documents.hpp"
#include "store/requests.hpp"
#include "web/app.hpp"

namespace lapis::web {

struct LetterChoice {
    std::string id;
    std::string title;
};

// The templates that fit the request's form: every field a template fills must
// belong to the request's service and kind.
std::vector<LetterChoice> letters_for(const App& app, const store::StoredRequest& request);

struct LetterFile {
    store::StoredDocument document;
    std::string pdf;
};

// The stored letter, generated on first use; nullopt when the template does not
// fit the request.
std::optional<LetterFile> letter_file(
    App& app, const store::StoredRequest& request, const std::string& template_id);

} // namespace lapis::web
