#include "web/desks.hpp"

#include "web/handlers.hpp"

namespace lapis::web {
namespace {

using Panel = std::string (*)(Context&, const DeskView&);

// A desk that is not built yet answers nullptr: its requests follow the
// procedure alone.
Panel panel_of(catalog::Desk desk)
{
    switch (desk) {
    case catalog::Desk::None:
        return nullptr;

    case catalog::Desk::Certificate:
        return certificate_panel;

    case catalog::Desk::Esignature:
        return esignature_panel;

    case catalog::Desk::Assessment:
        return assessment_panel;

    case catalog::Desk::Incident:
        return incident_panel;

    case catalog::Desk::Telecom:
        return telecom_panel;

    case catalog::Desk::Sanapati:
        return sanapati_panel;

    case catalog::Desk::Categorisation:
        return categorisation_panel;

    case catalog::Desk::Literacy:
        return literacy_panel;
    }
    return nullptr;
}

// The desks' conditions on moves; nullptr: none.
DeskMoveCheck move_check_of(catalog::Desk desk)
{
    switch (desk) {
    case catalog::Desk::None:
        return nullptr;

    case catalog::Desk::Certificate:
        return nullptr;

    case catalog::Desk::Esignature:
        return esignature_check_move;

    case catalog::Desk::Assessment:
        return assessment_move_check;

    case catalog::Desk::Incident:
        return incident_check_move;

    case catalog::Desk::Telecom:
        return telecom_move_check;

    case catalog::Desk::Sanapati:
        return sanapati_move_check;

    case catalog::Desk::Categorisation:
        return categorisation_move_check;

    case catalog::Desk::Literacy:
        return nullptr;
    }
    return nullptr;
}

} // namespace

std::string desk_panel(Context& context, const DeskView& view)
{
    const catalog::Service* service = context.app.catalog.find_service(view.request.service);
    if (service == nullptr)
        return {};
    Panel panel = panel_of(service->desk);
    return panel ? panel(context, view) : std::string();
}

std::optional<DeskRefusal> desk_check_move(App& app, const store::StoredRequest& request,
    const domain::Actor& actor, const domain::Transition& transition)
{
    const catalog::Service* service = app.catalog.find_service(request.service);
    if (service == nullptr)
        return std::nullopt;
    DeskMoveCheck check = move_check_of(service->desk);
    return check ? check(app, request, actor, transition) : std::nullopt;
}

bool desk_shows_attachment(App& app, const store::User& user, const store::StoredRequest& request,
    const store::Attachment& file)
{
    const catalog::Service* service = app.catalog.find_service(request.service);
    if (service != nullptr && service->desk == catalog::Desk::Incident)
        return incident_shows_attachment(app, user, request, file);
    return true;
}

std::vector<DeskTool> desk_tools(const App& app, const store::User& user)
{
    std::vector<DeskTool> tools;
    categorisation_tools(app, user, tools);
    literacy_tools(app, user, tools);
    telecom_tools(app, user, tools);
    return tools;
}

} // namespace lapis::web
