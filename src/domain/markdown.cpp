#include "domain/markdown.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <memory>
#include <mutex>

namespace lapis::domain {
namespace {

constexpr const char* kExtensions[] = { "table", "strikethrough", "autolink", "tasklist" };

void register_extensions()
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

std::string lower_ascii(std::string_view text)
{
    std::string lower;
    for (char c : text)
        lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    return lower;
}

// Empties every link and image address that is not on the allow-list. cmark-gfm
// already drops javascript:, vbscript:, file: and most data: addresses in safe
// mode; the allow-list also covers schemes it does not know.
void clean_addresses(cmark_node* document)
{
    cmark_iter* iter = cmark_iter_new(document);
    for (cmark_event_type event = cmark_iter_next(iter); event != CMARK_EVENT_DONE;
         event = cmark_iter_next(iter)) {
        if (event != CMARK_EVENT_ENTER)
            continue;
        cmark_node* node = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(node);
        if (type != CMARK_NODE_LINK && type != CMARK_NODE_IMAGE)
            continue;
        const char* url = cmark_node_get_url(node);
        if (url != nullptr && !safe_link_address(url))
            cmark_node_set_url(node, "");
    }
    cmark_iter_free(iter);
}

} // namespace

bool safe_link_address(std::string_view address)
{
    // Browsers ignore leading spaces and control characters and tabs or newlines
    // inside a scheme ("java\tscript:"): drop them before looking.
    std::string compact;
    for (char c : address) {
        if (static_cast<unsigned char>(c) > 0x20)
            compact.push_back(c);
    }
    const std::string lower = lower_ascii(compact);
    const auto colon = lower.find(':');
    const auto stop = lower.find_first_of("/?#");
    if (colon == std::string::npos || (stop != std::string::npos && stop < colon))
        return true; // relative: no scheme before the path, query or fragment
    const std::string scheme = lower.substr(0, colon);
    return scheme == "http" || scheme == "https" || scheme == "mailto";
}

std::string render_markdown(std::string_view markdown)
{
    register_extensions();
    const int options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8;
    std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)> parser(
        cmark_parser_new(options), &cmark_parser_free);
    for (const char* name : kExtensions) {
        if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
    std::unique_ptr<cmark_node, decltype(&cmark_node_free)> document(
        cmark_parser_finish(parser.get()), &cmark_node_free);
    clean_addresses(document.get());
    char* html = cmark_render_html(
        document.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
    std::string result = html ? html : "";
    std::free(html);
    return result;
}

std::string render_inline_markdown(std::string_view markdown)
{
    std::string html = render_markdown(markdown);
    constexpr std::string_view open = "<p>";
    constexpr std::string_view close = "</p>\n";
    const bool one_paragraph = html.starts_with(open) && html.ends_with(close)
        && html.find(open, open.size()) == std::string::npos;
    if (one_paragraph)
        return html.substr(open.size(), html.size() - open.size() - close.size());
    return html;
}

} // namespace lapis::domain
