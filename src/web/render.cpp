#include "web/render.hpp"

#include <ctemplate/template.h>

#include <stdexcept>

#include "resources.hpp"

namespace lapis::web {
namespace {

constexpr std::string_view kPrefix = "templates/";
constexpr std::string_view kPragma = "{{%AUTOESCAPE context=\"HTML\"}}";

std::string scalar_text(const nlohmann::json& value)
{
    if (value.is_string())
        return value.get<std::string>();
    return value.dump();
}

void fill(ctemplate::TemplateDictionary& dictionary, const nlohmann::json& model)
{
    for (const auto& [key, value] : model.items()) {
        if (value.is_object()) {
            fill(*dictionary.AddSectionDictionary(key), value);
        } else if (value.is_array()) {
            if (value.empty())
                dictionary.ShowSection("no_" + key);
            for (const auto& item : value) {
                auto* section = dictionary.AddSectionDictionary(key);
                if (item.is_object())
                    fill(*section, item);
                else
                    section->SetValue("value", scalar_text(item));
            }
        } else if (value.is_boolean()) {
            dictionary.ShowSection(value.get<bool>() ? key : "no_" + key);
        } else if (value.is_null()) {
            dictionary.ShowSection("no_" + key);
        } else if (value.is_string()) {
            // Like mustache: a non-empty string also opens its section.
            const std::string& text = value.get_ref<const std::string&>();
            dictionary.SetValue(key, text);
            dictionary.ShowSection(text.empty() ? "no_" + key : key);
        } else {
            // A number: its section opens unless it is zero ({{#red_count}}…).
            dictionary.SetValue(key, scalar_text(value));
            const bool zero = value.is_number_float() ? value.get<double>() == 0.0
                                                      : value.get<long long>() == 0;
            dictionary.ShowSection(zero ? "no_" + key : key);
        }
    }
}

} // namespace

Renderer::Renderer()
{
    for (std::string_view name : resources::names()) {
        if (name.substr(0, kPrefix.size()) != kPrefix)
            continue;
        std::string_view text = *resources::find(name);
        // Pages (.tpl) escape HTML in context; mail (.txt) is plain text, where an
        // entity would show as "&#39;" to the reader (AC-02).
        const bool page = name.ends_with(".tpl");
        if (page != (text.substr(0, kPragma.size()) == kPragma))
            throw std::runtime_error("template " + std::string(name)
                + (page ? " must start with" : " must not use") + " the AUTOESCAPE pragma");
        std::string key(name.substr(kPrefix.size()));
        const auto strip = page ? ctemplate::STRIP_BLANK_LINES : ctemplate::DO_NOT_STRIP;
        if (!ctemplate::StringToTemplateCache(key, std::string(text), strip))
            throw std::runtime_error("template " + std::string(name) + " does not parse");
    }
}

std::string Renderer::render(const std::string& name, const nlohmann::json& model) const
{
    ctemplate::TemplateDictionary dictionary(name);
    fill(dictionary, model);
    std::string output;
    const auto strip
        = name.ends_with(".tpl") ? ctemplate::STRIP_BLANK_LINES : ctemplate::DO_NOT_STRIP;
    if (!ctemplate::ExpandTemplate(name, strip, &dictionary, &output))
        throw std::runtime_error("template " + name + " could not be expanded");
    return output;
}

} // namespace lapis::web
