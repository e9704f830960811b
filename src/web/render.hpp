// Page rendering. Templates are compiled into the binary, parsed once at start-up
// into ctemplate's cache, and expanded with HTML auto-escaping in context (text,
// attributes, URLs): every template starts with the AUTOESCAPE pragma, and the
// renderer refuses one that does not. Mail templates (.txt) are plain text and
// must not carry the pragma. A view model is JSON: strings and numbers
// become values, arrays of objects repeat a section, an object opens a section
// once, `true` and a non-empty string show a section; `false`, null, an empty string
// and an empty array show the section `no_<name>` instead.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace lapis::web {

class Renderer {
public:
    // Loads every embedded template named "templates/<name>.tpl".
    Renderer();

    // Expands one template with a view model.
    std::string render(const std::string& name, const nlohmann::json& model) const;
};

} // namespace lapis::web
