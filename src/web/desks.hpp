// The specialist desks' parts of the request pages. A service's catalog entry names
// its desk (`desk = "incident"`); the desk adds a panel to the pages that show one of
// that service's requests — the staff desk, the agency's page and the tracking page
// — and handles its own forms under its own routes (routes.cpp). Each desk lives in
// web/desk_<name>.cpp with its store in store/ and its rules in domain/.
#pragma once

#include <string>

#include "store/requests.hpp"
#include "web/app.hpp"

namespace lapis::web {

enum class DeskAudience {
    Staff, // /staf/permohonan/<n>: the signed-in staff member in context.user
    Agency, // /instansi/permohonan/<n>: the agency account in context.user
    Requester, // /lacak/<n>: whoever holds the tracking code
};

struct DeskView {
    DeskAudience audience;
    const store::StoredRequest& request;
    std::string tracking_code; // Requester: the code the page was opened with
};

// The desk's panel for this request and audience, as HTML rendered from the
// desk's own auto-escaping template; empty when the desk shows nothing there.
std::string desk_panel(Context& context, const DeskView& view);

// The panels, one per desk; each returns "" for an audience it does not serve.
std::string certificate_panel(Context& context, const DeskView& view);
std::string esignature_panel(Context& context, const DeskView& view);
std::string assessment_panel(Context& context, const DeskView& view);
std::string incident_panel(Context& context, const DeskView& view);
std::string telecom_panel(Context& context, const DeskView& view);
std::string sanapati_panel(Context& context, const DeskView& view);
std::string categorisation_panel(Context& context, const DeskView& view);
std::string literacy_panel(Context& context, const DeskView& view);

} // namespace lapis::web
