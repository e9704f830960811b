// What the CSIRT desk's two web files share (desk_incident.cpp: panels and the
// move check; desk_incident_forms.cpp: the forms): the refused-form state that
// the panel shows again, and a few view helpers. Internal to the desk.
#pragma once

#include <map>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "domain/incident_desk.hpp"
#include "store/requests.hpp"
#include "web/app.hpp"

namespace lapis::web::incident_desk {

inline constexpr const char* kCsirtRole = "csirt";

// A refused desk form: the page is shown again (422) with the problems next to
// the fields and the typed values kept. The panel, rendered by the same thread
// while a PendingScope lives, reads it.
struct PendingForm {
    std::string form; // "klasifikasi", "sistem", "daftar", "analisis", ...
    std::map<std::string, std::string> errors; // field → text
    std::map<std::string, std::string> values;
};
extern thread_local const PendingForm* t_pending;

class PendingScope {
public:
    explicit PendingScope(const PendingForm& form) { t_pending = &form; }
    ~PendingScope() { t_pending = nullptr; }
    PendingScope(const PendingScope&) = delete;
    PendingScope& operator=(const PendingScope&) = delete;
};

// The label parsed; nullopt for none (which counts as TLP:RED).
std::optional<domain::Tlp> tlp_of(const std::string& label);
bool is_incident(const App& app, const store::StoredRequest& request);
std::string agency_name(const catalog::Catalog& catalog, const std::string& code);
// "Intrusi (Intrusions) / Kompromi Aplikasi (Application Compromise)".
std::string rsit_label(const std::string& rsit_class, const std::string& rsit_type);
// rsit:intrusions="application-compromise"
std::string machine_tag(const std::string& rsit_class, const std::string& rsit_type);
// The request's evidence (its files that are not identity scans) that `audience`
// may see; `link_prefix` + id links each, when given.
nlohmann::json evidence_model(App& app, const store::StoredRequest& request,
    domain::IncidentAudience audience, const std::string& link_prefix);

} // namespace lapis::web::incident_desk
