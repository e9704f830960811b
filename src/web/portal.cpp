// The public catalog: what the office offers, read without an account.
#include "resources.hpp"
#include "web/handlers.hpp"
#include "web/pages.hpp"
#include "web/views.hpp"

namespace lapis::web {

Response home(Context& context, Request&)
{
    const catalog::Catalog& catalog = context.app.catalog;
    return page(context, "home.tpl", catalog.intro.title, home_model(catalog));
}

Response service_page(Context& context, Request& request)
{
    const catalog::Service* service = context.app.catalog.find_service(request.param("id"));
    if (service == nullptr)
        return not_found_page(context);
    return page(
        context, "service.tpl", service->name, service_model(context.app.catalog, *service));
}

Response help_page(Context& context, Request&)
{
    const catalog::HelpDesk& help = context.app.catalog.helpdesk;
    nlohmann::json model = { { "unit", help.unit }, { "address", help.address },
        { "phone", help.phone }, { "whatsapp", help.whatsapp },
        { "whatsapp_display", help.whatsapp_display }, { "email", help.email },
        { "text", help.text }, { "parent", context.app.catalog.office.parent } };
    return page(context, "help.tpl", "Bantuan", model);
}

Response privacy_page(Context& context, Request&)
{
    nlohmann::json model = { { "notice", context.app.catalog.office.privacy_notice },
        { "helpdesk_email", context.app.catalog.helpdesk.email } };
    return page(context, "privacy.tpl", "Kebijakan Privasi", model);
}

Response asset(Context& context, Request& request)
{
    auto bytes = resources::find("css/" + request.param("name"));
    if (!bytes)
        return not_found_page(context);
    Response response;
    response.body = std::string(*bytes);
    response.header("Content-Type", "text/css; charset=utf-8");
    response.header("Cache-Control", "public, max-age=86400");
    return response;
}

} // namespace lapis::web
