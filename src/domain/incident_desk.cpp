#include "domain/incident_desk.hpp"

#include <algorithm>
#include <chrono>

#include "domain/form.hpp"

namespace lapis::domain {
namespace {

constexpr std::size_t kMaxText = 20000;
constexpr std::size_t kMaxCountDigits = 9;

bool blank(const std::string& text)
{
    return std::all_of(text.begin(), text.end(),
        [](unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

std::string value_of(const std::map<std::string, std::string>& form, const std::string& name)
{
    auto found = form.find(name);
    return found == form.end() ? std::string() : found->second;
}

// An optional count: empty is unknown; otherwise 1 to 9 digits.
std::optional<long long> read_count(const std::map<std::string, std::string>& form,
    const std::string& name, std::map<std::string, Message>& errors)
{
    const std::string text = value_of(form, name);
    if (text.empty())
        return std::nullopt;
    const bool digits = text.size() <= kMaxCountDigits
        && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits) {
        errors[name] = Message{ "incident.count_invalid", {} };
        return std::nullopt;
    }
    return std::stoll(text);
}

bool one_of(const std::string& value, std::initializer_list<const char*> allowed)
{
    return std::any_of(
        allowed.begin(), allowed.end(), [&](const char* option) { return value == option; });
}

std::string uri_base(const std::string& public_url)
{
    std::string base = public_url;
    while (!base.empty() && base.back() == '/')
        base.pop_back();
    return base;
}

} // namespace

bool tlp_allows(std::optional<Tlp> label, IncidentAudience audience)
{
    if (audience == IncidentAudience::Csirt)
        return true;
    if (!label || *label == Tlp::Red)
        return false;
    switch (audience) {
    case IncidentAudience::Office:
    case IncidentAudience::Owner:
        return true;
    case IncidentAudience::Reporter:
        return *label == Tlp::Green || *label == Tlp::Clear;
    case IncidentAudience::Csirt:
        break;
    }
    return true;
}

bool evidence_allows(std::optional<Tlp> label, IncidentAudience audience)
{
    if (!label)
        return audience == IncidentAudience::Csirt || audience == IncidentAudience::Office;
    return tlp_allows(label, audience);
}

PriorityOverrides priority_overrides(const catalog::Catalog& catalog)
{
    PriorityOverrides overrides;
    if (!catalog.csirt)
        return overrides;
    for (const auto& [key, code] : catalog.csirt->priorities) {
        if (auto priority = parse_priority(code))
            overrides.emplace(key, *priority);
    }
    return overrides;
}

std::optional<Message> check_priority_reason(
    Priority chosen, Priority default_priority, const std::string& reason)
{
    if (chosen != default_priority && blank(reason))
        return Message{ "incident.priority_reason", std::string(priority_code(default_priority)) };
    return std::nullopt;
}

ClassificationCheck check_classification(
    const ClassificationInput& input, const PriorityOverrides& overrides)
{
    ClassificationCheck check;
    Classification value;
    const RsitClass* rsit_class = find_rsit_class(input.rsit_class);
    if (input.rsit_class.empty())
        check.errors["kelas"] = Message{ "field.required", {} };
    else if (rsit_class == nullptr)
        check.errors["kelas"] = Message{ "incident.rsit_unknown", input.rsit_class };
    if (rsit_class != nullptr && !input.rsit_type.empty()
        && find_rsit_type(input.rsit_class, input.rsit_type) == nullptr)
        check.errors["jenis"] = Message{ "incident.rsit_type_unknown", input.rsit_type };
    value.rsit_class = input.rsit_class;
    value.rsit_type = input.rsit_type;

    TlpParse tlp = parse_tlp(input.tlp);
    if (tlp.tlp)
        value.tlp = *tlp.tlp;
    else
        check.errors["tlp"] = *tlp.error;

    value.default_priority = default_priority(input.rsit_class, input.rsit_type, overrides);
    value.priority = value.default_priority;
    if (!input.priority.empty()) {
        if (auto chosen = parse_priority(input.priority))
            value.priority = *chosen;
        else
            check.errors["prioritas"] = Message{ "incident.priority_unknown", input.priority };
    }
    if (character_count(input.priority_reason) > kMaxText)
        check.errors["alasan_prioritas"] = Message{ "incident.text_too_long", {} };
    if (!check.errors.contains("prioritas") && check.errors.empty()) {
        if (auto problem
            = check_priority_reason(value.priority, value.default_priority, input.priority_reason))
            check.errors["alasan_prioritas"] = *problem;
    }
    value.priority_reason = value.priority == value.default_priority ? "" : input.priority_reason;
    if (check.errors.empty())
        check.value = value;
    return check;
}

ImpactCheck check_impact(const std::map<std::string, std::string>& form)
{
    ImpactCheck check;
    Impact impact;
    impact.confidentiality = value_of(form, "kerahasiaan") == "1";
    impact.integrity = value_of(form, "integritas") == "1";
    impact.availability = value_of(form, "ketersediaan") == "1";
    impact.users_affected = read_count(form, "pengguna_terdampak", check.errors);
    impact.systems_affected = read_count(form, "sistem_terdampak_jumlah", check.errors);
    impact.data_affected = value_of(form, "data_terdampak");
    impact.personal_data = value_of(form, "data_pribadi");
    if (!one_of(impact.personal_data, { "ya", "tidak", "belum-diketahui" }))
        check.errors["data_pribadi"] = Message{ "incident.personal_data_choice", {} };
    impact.disruption = value_of(form, "gangguan_layanan");
    if (!one_of(impact.disruption, { "tidak-ada", "sebagian", "total" }))
        check.errors["gangguan_layanan"] = Message{ "incident.disruption_choice", {} };
    impact.summary = value_of(form, "ringkasan");
    if (blank(impact.summary))
        check.errors["ringkasan"] = Message{ "field.required", {} };
    for (const char* name : { "data_terdampak", "ringkasan" }) {
        if (character_count(value_of(form, name)) > kMaxText)
            check.errors[name] = Message{ "incident.text_too_long", {} };
    }
    if (check.errors.empty())
        check.value = impact;
    return check;
}

nlohmann::json impact_to_json(const Impact& impact)
{
    nlohmann::json json = { { "confidentiality", impact.confidentiality },
        { "integrity", impact.integrity }, { "availability", impact.availability },
        { "data_affected", impact.data_affected }, { "personal_data", impact.personal_data },
        { "disruption", impact.disruption }, { "summary", impact.summary } };
    json["users_affected"]
        = impact.users_affected ? nlohmann::json(*impact.users_affected) : nlohmann::json(nullptr);
    json["systems_affected"] = impact.systems_affected ? nlohmann::json(*impact.systems_affected)
                                                       : nlohmann::json(nullptr);
    return json;
}

Impact impact_from_json(const nlohmann::json& json)
{
    Impact impact;
    if (!json.is_object())
        return impact;
    impact.confidentiality = json.value("confidentiality", false);
    impact.integrity = json.value("integrity", false);
    impact.availability = json.value("availability", false);
    if (json.contains("users_affected") && json["users_affected"].is_number_integer())
        impact.users_affected = json["users_affected"].get<long long>();
    if (json.contains("systems_affected") && json["systems_affected"].is_number_integer())
        impact.systems_affected = json["systems_affected"].get<long long>();
    impact.data_affected = json.value("data_affected", "");
    impact.personal_data = json.value("personal_data", "");
    impact.disruption = json.value("disruption", "");
    impact.summary = json.value("summary", "");
    return impact;
}

VerificationCheck check_verification(const std::string& result, const std::string& note)
{
    VerificationCheck check;
    if (result != "terverifikasi" && result != "belum")
        check.errors["hasil"] = Message{ "incident.verification_choice", {} };
    else if (result == "belum" && blank(note))
        check.errors["catatan"] = Message{ "incident.verification_note", {} };
    if (character_count(note) > kMaxText)
        check.errors["catatan"] = Message{ "incident.text_too_long", {} };
    if (check.errors.empty())
        check.value = Verification{ result == "terverifikasi", note };
    return check;
}

std::optional<Message> missing_requirement(const catalog::Catalog& catalog,
    const std::string& step_id, const std::set<std::string>& satisfied)
{
    if (!catalog.csirt)
        return std::nullopt;
    auto found = catalog.csirt->step_requirements.find(step_id);
    if (found == catalog.csirt->step_requirements.end())
        return std::nullopt;
    for (const std::string& requirement : found->second) {
        if (!satisfied.contains(requirement))
            return Message{ "incident.gate." + requirement, {} };
    }
    return std::nullopt;
}

std::string security_txt(const catalog::Csirt& csirt, const std::string& public_url,
    const std::string& report_path, TimePoint now)
{
    // RFC 9116 §3: https only for the web URIs; an http public URL (a test or a
    // development server) leaves Canonical, Policy and the form contact out.
    const std::string base = uri_base(public_url);
    const bool https = base.rfind("https://", 0) == 0;
    std::string text = "# " + csirt.name + "\n";
    for (const std::string& email : csirt.emails)
        text += "Contact: mailto:" + email + "\n";
    if (https && !report_path.empty())
        text += "Contact: " + base + report_path + "\n";
    const auto expires = std::chrono::floor<std::chrono::seconds>(now)
        + std::chrono::hours(24) * csirt.expires_days;
    text += "Expires: " + to_utc_text(expires) + "\n";
    if (!csirt.encryption.empty())
        text += "Encryption: " + csirt.encryption + "\n";
    if (!csirt.acknowledgments.empty())
        text += "Acknowledgments: " + csirt.acknowledgments + "\n";
    if (!csirt.preferred_languages.empty()) {
        text += "Preferred-Languages: ";
        for (std::size_t i = 0; i < csirt.preferred_languages.size(); ++i)
            text += (i ? ", " : "") + csirt.preferred_languages[i];
        text += "\n";
    }
    if (https) {
        text += "Canonical: " + base + "/.well-known/security.txt\n";
        text += "Policy: " + base + "/csirt\n";
    }
    return text;
}

} // namespace lapis::domain
