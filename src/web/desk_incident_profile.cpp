// The CSIRT's public pages, generated from the catalog's `[csirt]` table: the
// office's /.well-known/security.txt (RFC 9116) and the team profile /csirt laid
// out as RFC 2350 describes (document information, contact information, charter,
// policies, services, incident reporting forms, disclaimer). Both public; without
// `[csirt]` both answer 404.
#include <nlohmann/json.hpp>

#include "domain/incident_desk.hpp"
#include "web/handlers.hpp"
#include "web/pages.hpp"

namespace lapis::web {
namespace {

using nlohmann::json;

// The form of the first service the incident desk works, for "report here".
const catalog::Service* report_service(const catalog::Catalog& catalog)
{
    for (const catalog::Service& service : catalog.services) {
        if (service.desk == catalog::Desk::Incident)
            return &service;
    }
    return nullptr;
}

json texts(const std::vector<std::string>& values)
{
    json rows = json::array();
    for (const std::string& value : values)
        rows.push_back({ { "text", value } });
    return rows;
}

} // namespace

Response security_txt_page(Context& context, Request&)
{
    const catalog::Catalog& catalog = context.app.catalog;
    if (!catalog.csirt)
        return not_found_page(context);
    const catalog::Service* service = report_service(catalog);
    Response response;
    response.body = domain::security_txt(*catalog.csirt, context.app.settings.public_url,
        service ? "/layanan/" + service->id + "/ajukan" : std::string(), context.app.clock.now());
    response.header("Content-Type", "text/plain; charset=utf-8");
    response.header("Cache-Control", "public, max-age=3600");
    return response;
}

Response csirt_profile_page(Context& context, Request&)
{
    const catalog::Catalog& catalog = context.app.catalog;
    if (!catalog.csirt)
        return not_found_page(context);
    const catalog::Csirt& csirt = *catalog.csirt;
    json emails = json::array();
    for (const std::string& email : csirt.emails)
        emails.push_back({ { "address", email } });
    json languages = json::array();
    for (const std::string& tag : csirt.preferred_languages)
        languages.push_back({ { "tag", tag } });
    json model = { { "name", csirt.name }, { "short_name", csirt.short_name },
        { "updated", csirt.updated }, { "office", catalog.office.name },
        { "parent", catalog.office.parent }, { "city", catalog.office.city },
        { "timezone", catalog.office.timezone },
        { "zone", domain::zone_abbreviation(catalog.office.utc_offset_minutes) },
        { "emails", emails }, { "phone", csirt.phone }, { "whatsapp", csirt.whatsapp },
        { "whatsapp_display", csirt.whatsapp_display }, { "address", csirt.address },
        { "hours", csirt.hours }, { "other_channels", texts(csirt.other_channels) },
        { "constituency", csirt.constituency }, { "mission", csirt.mission },
        { "authority", csirt.authority }, { "services", texts(csirt.services) },
        { "has_services", !csirt.services.empty() }, { "policy", csirt.policy },
        { "disclaimer", csirt.disclaimer }, { "encryption", csirt.encryption },
        { "languages", languages }, { "public_url", context.app.settings.public_url } };
    if (const catalog::Service* service = report_service(catalog)) {
        json kinds = json::array();
        for (const catalog::Kind& kind : service->kinds)
            kinds.push_back(
                { { "service", service->id }, { "id", kind.id }, { "name", kind.name } });
        model["report"] = json::array({ { { "service", service->id },
            { "service_name", service->name }, { "kinds", kinds } } });
    }
    return page(context, "desk_incident_profile.tpl", csirt.name, model);
}

} // namespace lapis::web
