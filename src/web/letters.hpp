// The catalog's letters and forms for one request: which apply, and the PDF made
// once per request and template, kept with its code and SHA-256 for /verifikasi.
#pragma once

#include <map>
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
// The same for the form of a service and kind, before any request exists.
std::vector<LetterChoice> letters_for_form(
    const App& app, const catalog::Service& service, const catalog::Kind* kind);

// The form fields a template of the service fills.
std::vector<std::string> letter_fields(
    const catalog::Service& service, const std::string& template_id);

// A letter from the values typed in a form that is not submitted yet, for the
// requester to sign and upload with it: the letter as it will be, without number,
// code or QR code, marked as a draft that cannot be verified. Nothing is stored.
std::string draft_letter(const App& app, const catalog::Service& service,
    const std::string& template_id, const std::map<std::string, std::string>& values);

struct LetterFile {
    store::StoredDocument document;
    std::string pdf;
};

// The stored letter, generated on first use; nullopt when the template does not
// fit the request.
std::optional<LetterFile> letter_file(
    App& app, const store::StoredRequest& request, const std::string& template_id);

} // namespace lapis::web
