// The specialist desks' parts of the request pages. A service's catalog entry names
// its desk (`desk = "incident"`); the desk adds a panel to the pages that show one of
// that service's requests — the staff desk, the agency's page and the tracking page
// — and handles its own forms under its own routes (routes.cpp). Each desk lives in
// web/desk_<name>.cpp with its store in store/ and its rules in domain/.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/message.hpp"
#include "domain/workflow.hpp"

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

// A desk's own condition on a move the procedure's gate allowed: a finding still
// open, a sign-off missing. nullopt: the desk has nothing against it. Called by
// move_request (web/desk.cpp) for every move of every channel — staff page,
// agency page, tracking page and API — so the condition is checked in one place.
struct DeskRefusal {
    domain::Refusal refusal = domain::Refusal::NotNow;
    domain::Message reason;
};
std::optional<DeskRefusal> desk_check_move(App& app, const store::StoredRequest& request,
    const domain::Actor& actor, const domain::Transition& transition);

// Whether the request's desk lets this staff member see one of its attachments;
// true where the desk has no rule. Asked by staff_sees_attachment (web/desk.hpp).
bool desk_shows_attachment(App& app, const store::User& user, const store::StoredRequest& request,
    const store::Attachment& file);
// The CSIRT desk: evidence by its TLP label (domain::evidence_allows).
bool incident_shows_attachment(App& app, const store::User& user,
    const store::StoredRequest& request, const store::Attachment& file);

// A desk's own pages beside the request pages (a registry, a directory, a
// schedule), for the staff queue page: only those this user may open, in the
// order the desks list them. label is a message key.
struct DeskTool {
    std::string path;
    std::string label;
};
std::vector<DeskTool> desk_tools(const App& app, const store::User& user);
void categorisation_tools(const App& app, const store::User& user, std::vector<DeskTool>& tools);
void literacy_tools(const App& app, const store::User& user, std::vector<DeskTool>& tools);
void telecom_tools(const App& app, const store::User& user, std::vector<DeskTool>& tools);

// The desks' move checks; each is wired in desks.cpp when the desk has one.
using DeskMoveCheck = std::optional<DeskRefusal> (*)(
    App&, const store::StoredRequest&, const domain::Actor&, const domain::Transition&);
std::optional<DeskRefusal> incident_check_move(App& app, const store::StoredRequest& request,
    const domain::Actor& actor, const domain::Transition& transition);

// The panels, one per desk; each returns "" for an audience it does not serve.
std::string certificate_panel(Context& context, const DeskView& view);
std::string esignature_panel(Context& context, const DeskView& view);
std::string assessment_panel(Context& context, const DeskView& view);
std::optional<DeskRefusal> assessment_move_check(App& app, const store::StoredRequest& request,
    const domain::Actor& actor, const domain::Transition& transition);
std::string incident_panel(Context& context, const DeskView& view);
std::string telecom_panel(Context& context, const DeskView& view);
std::string sanapati_panel(Context& context, const DeskView& view);
std::string categorisation_panel(Context& context, const DeskView& view);
// The categorisation step needs a complete categorisation (desk_categorisation.cpp).
std::optional<DeskRefusal> categorisation_move_check(App& app, const store::StoredRequest& request,
    const domain::Actor& actor, const domain::Transition& transition);
std::string literacy_panel(Context& context, const DeskView& view);

// Telephone: no closing (the test step completed) without a passed test.
std::optional<DeskRefusal> telecom_move_check(App& app, const store::StoredRequest& request,
    const domain::Actor& actor, const domain::Transition& transition);
// Sanapati: each sign-off before its step is completed, the coordination's answer
// before the coordination step is, the proof before the request finishes.
std::optional<DeskRefusal> sanapati_move_check(App& app, const store::StoredRequest& request,
    const domain::Actor& actor, const domain::Transition& transition);

} // namespace lapis::web
