#include "domain/sanapati.hpp"

#include "domain/form.hpp"

#include <algorithm>

#include "domain/contact.hpp"

namespace lapis::domain::sanapati {
namespace {

constexpr std::array<std::string_view, 4> kCodes
    = { "atasan-langsung", "petugas-piket-1", "petugas-piket-2", "helpdesk" };

std::size_t position_of(Signoff signoff)
{
    return static_cast<std::size_t>(
        std::find(kSignoffOrder.begin(), kSignoffOrder.end(), signoff) - kSignoffOrder.begin());
}

// A date of the form: required, a calendar date, not after today.
std::optional<Date> check_date(std::string_view text, const std::string& name, Date today,
    std::vector<std::pair<std::string, Message>>& errors)
{
    const std::string_view trimmed = trim_whitespace(text);
    if (trimmed.empty()) {
        errors.emplace_back(name, Message{ "field.required", {} });
        return std::nullopt;
    }
    auto date = parse_iso_date(trimmed);
    if (!date) {
        errors.emplace_back(name, Message{ "date.invalid", {} });
        return std::nullopt;
    }
    if (*date > today) {
        errors.emplace_back(name, Message{ "sanapati.date.future", {} });
        return std::nullopt;
    }
    return date;
}

} // namespace

std::string_view signoff_code(Signoff signoff)
{
    return kCodes.at(position_of(signoff));
}

std::optional<Signoff> signoff_from_code(std::string_view code)
{
    for (std::size_t i = 0; i < kCodes.size(); ++i) {
        if (kCodes[i] == code)
            return kSignoffOrder[i];
    }
    return std::nullopt;
}

std::string signoff_label_key(Signoff signoff)
{
    return "sanapati.signoff." + std::string(signoff_code(signoff));
}

std::vector<Signoff> standing_approvals(const std::vector<Decision>& decisions)
{
    std::vector<Signoff> standing;
    for (const Decision& decision : decisions) {
        if (decision.approved)
            standing.push_back(decision.signoff);
        else
            standing.clear();
    }
    return standing;
}

std::optional<Signoff> next_signoff(const std::vector<Decision>& decisions)
{
    const std::vector<Signoff> standing = standing_approvals(decisions);
    for (Signoff signoff : kSignoffOrder) {
        if (std::ranges::find(standing, signoff) == standing.end())
            return signoff;
    }
    return std::nullopt;
}

std::optional<Message> check_signoff(
    const std::vector<Decision>& decisions, Signoff wanted, bool approve, std::string_view reason)
{
    const std::vector<Signoff> standing = standing_approvals(decisions);
    if (std::ranges::find(standing, wanted) != standing.end())
        return Message{ "sanapati.signoff.already", signoff_label_key(wanted) };
    const std::optional<Signoff> next = next_signoff(decisions);
    if (next && *next != wanted)
        return Message{ "sanapati.signoff.out_of_order", signoff_label_key(*next) };
    if (!approve && trim_whitespace(reason).empty())
        return Message{ "sanapati.signoff.reason_required", {} };
    return std::nullopt;
}

SignoffPlan plan_for(const catalog::Procedure& procedure)
{
    SignoffPlan plan;
    const std::size_t count = procedure.steps.size();
    plan.last_step = count == 0 ? 0 : count - 1;
    std::size_t verification = 0;
    while (verification + 1 < count
        && procedure.steps[verification].actor.kind != catalog::ActorKind::Role)
        ++verification;
    plan.coordination_step = plan.last_step;
    for (std::size_t i = verification; i < count; ++i) {
        if (!procedure.steps[i].joint_with.empty()) {
            plan.coordination_step = i;
            break;
        }
    }
    plan.due_step
        = { verification, plan.coordination_step, plan.coordination_step, plan.last_step };
    return plan;
}

std::size_t due_step(const SignoffPlan& plan, Signoff signoff)
{
    return plan.due_step.at(position_of(signoff));
}

std::optional<Signoff> missing_before_leaving(
    const SignoffPlan& plan, std::size_t from_step, const std::vector<Decision>& decisions)
{
    const std::vector<Signoff> standing = standing_approvals(decisions);
    for (Signoff signoff : kSignoffOrder) {
        if (due_step(plan, signoff) <= from_step
            && std::ranges::find(standing, signoff) == standing.end())
            return signoff;
    }
    return std::nullopt;
}

ProofCheck check_proof(const ProofInput& input, Date today)
{
    ProofCheck result;
    if (auto error = check_line(input.registration_id, 100, true))
        result.errors.emplace_back("id_registrasi", *error);
    auto received = check_date(input.received, "tanggal_terima", today, result.errors);
    auto processed = check_date(input.processed, "tanggal_proses", today, result.errors);
    auto activated = check_date(input.activated, "tanggal_aktivasi", today, result.errors);
    if (received && processed && *processed < *received)
        result.errors.emplace_back(
            "tanggal_proses", Message{ "sanapati.proof.processed_before_received", {} });
    if (processed && activated && *activated < *processed)
        result.errors.emplace_back(
            "tanggal_aktivasi", Message{ "sanapati.proof.activated_before_processed", {} });
    if (!result.errors.empty())
        return result;
    result.proof = Proof{ std::string(trim_whitespace(input.registration_id)), *received,
        *processed, *activated };
    return result;
}

CoordinationCheck check_coordination(const CoordinationInput& input, Date today)
{
    CoordinationCheck result;
    if (auto error = check_line(input.counterpart, 200, true))
        result.errors.emplace_back("pihak", *error);
    auto sent = check_date(input.sent, "tanggal_kirim", today, result.errors);
    if (auto error = check_line(input.reference, 200, true))
        result.errors.emplace_back("referensi", *error);
    if (auto error = check_paragraph(input.answer, 4000, false))
        result.errors.emplace_back("jawaban", *error);
    if (!result.errors.empty())
        return result;
    result.coordination = Coordination{ std::string(trim_whitespace(input.counterpart)), *sent,
        std::string(trim_whitespace(input.reference)), std::string(trim_whitespace(input.answer)) };
    return result;
}

std::string default_counterpart(
    const catalog::Procedure& procedure, const std::map<std::string, std::string>& fields)
{
    if (auto destination = fields.find("instansi_tujuan");
        destination != fields.end() && !destination->second.empty())
        return destination->second;
    const SignoffPlan plan = plan_for(procedure);
    if (plan.coordination_step < procedure.steps.size()
        && !procedure.steps[plan.coordination_step].joint_with.empty())
        return procedure.steps[plan.coordination_step].joint_with.front();
    return {};
}

std::optional<Message> check_line(std::string_view text, std::size_t limit, bool required)
{
    return check_entry_text(text, limit, required, false);
}

std::optional<Message> check_paragraph(std::string_view text, std::size_t limit, bool required)
{
    return check_entry_text(text, limit, required, true);
}

} // namespace lapis::domain::sanapati
