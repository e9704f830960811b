#include "web/pages.hpp"

#include <cctype>
#include <cstdio>

namespace lapis::web {
namespace {

constexpr const char* kContentSecurityPolicy
    = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

} // namespace

nlohmann::json layout_model(Context& context)
{
    const catalog::Catalog& catalog = context.app.catalog;
    const bool signed_in
        = context.user.has_value() && context.session && context.session->stage == "complete";
    const bool agency = signed_in && !context.user->agency.empty();
    nlohmann::json model = {
        { "office_name", catalog.office.name },
        { "office_parent", catalog.office.parent },
        { "catalog_title", catalog.intro.title },
        { "helpdesk_phone", catalog.helpdesk.phone },
        { "helpdesk_email", catalog.helpdesk.email },
        { "helpdesk_whatsapp", catalog.helpdesk.whatsapp },
        { "helpdesk_whatsapp_display", catalog.helpdesk.whatsapp_display },
        { "signed_in", signed_in && !agency },
        { "agency_signed_in", agency },
        { "anonymous", !signed_in },
        { "csrf", context.csrf_token },
    };
    if (context.user)
        model["user_name"] = context.user->name;
    return model;
}

Response page(Context& context, const std::string& name, const std::string& title,
    nlohmann::json model, int status)
{
    nlohmann::json layout = layout_model(context);
    if (!model.contains("csrf"))
        model["csrf"] = context.csrf_token;
    layout["title"] = title;
    layout["content"] = context.app.renderer.render(name, model);
    Response response;
    response.status = status;
    response.body = context.app.renderer.render("layout.tpl", layout);
    response.header("Content-Type", "text/html; charset=utf-8");
    return response;
}

Response message_page(Context& context, int status, const std::string& title_key,
    const std::string& text_key, const std::string& arg)
{
    const std::string title = domain::text(title_key, context.lang);
    nlohmann::json model = { { "heading", title },
        { "text", domain::render(domain::Message{ text_key, arg }, context.lang) } };
    return page(context, "message.tpl", title, model, status);
}

Response not_found_page(Context& context)
{
    return message_page(context, 404, "page.not_found_title", "page.not_found_text");
}

Response json_response(int status, const nlohmann::json& body)
{
    Response response;
    response.status = status;
    // Invalid UTF-8 cannot reach here (forms refuse it), but never throw on output.
    response.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    response.header("Content-Type", "application/json; charset=utf-8");
    return response;
}

Response redirect(const std::string& location)
{
    Response response;
    response.status = 303;
    response.header("Location", location);
    return response;
}

Response pdf_download(std::string pdf, const std::string& file_name)
{
    Response response;
    response.body = std::move(pdf);
    response.header("Content-Type", "application/pdf");
    response.header("Content-Disposition", "attachment; filename=\"" + file_name + "\"");
    response.header("Cache-Control", "no-store");
    return response;
}

void add_security_headers(Response& response, bool over_tls)
{
    response.header("Content-Security-Policy", kContentSecurityPolicy);
    response.header("X-Content-Type-Options", "nosniff");
    response.header("X-Frame-Options", "DENY");
    // Tracking links carry a secret: never hand them to another site.
    response.header("Referrer-Policy", "no-referrer");
    if (over_tls)
        response.header("Strict-Transport-Security", "max-age=31536000");
}

std::string url_encode(const std::string& value)
{
    std::string encoded;
    for (unsigned char c : value) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            encoded.push_back(static_cast<char>(c));
        } else {
            char buffer[4];
            std::snprintf(buffer, sizeof buffer, "%%%02X", c);
            encoded += buffer;
        }
    }
    return encoded;
}

} // namespace lapis::web
