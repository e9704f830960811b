// Markdown of the literacy articles as HTML that is safe to put in a page as is.
// cmark-gfm (GitHub Flavored Markdown: tables, strikethrough, autolinks, task
// lists) renders without CMARK_OPT_UNSAFE, so raw HTML in the text becomes an
// HTML comment and never reaches the page; links and images keep only addresses
// whose scheme is on an allow-list (http, https, mailto, or a relative address),
// so javascript:, vbscript: and data: addresses are emptied. Rendered once, when
// an article is saved: pages show the stored HTML and never parse Markdown.
#pragma once

#include <string>
#include <string_view>

namespace lapis::domain {

std::string render_markdown(std::string_view markdown);

// A short text of one paragraph (a catalog step: "melalui **aduan.magelangkota.go.id**")
// as the same safe HTML without its enclosing <p>, to sit inside a list item or a
// sentence. Text of several blocks keeps its block tags.
std::string render_inline_markdown(std::string_view markdown);

// Whether an address may stay in a link: http(s), mailto, or relative ("/x",
// "#x", "x.html"); letter case and leading spaces or control characters do not
// hide a scheme.
bool safe_link_address(std::string_view address);

} // namespace lapis::domain
