// The Sanapati e-mail desk's rules (Formulir Permohonan Reset Password Akun
// Sanapati): the form's four sign-offs in their order — the requester's direct
// superior ("Menyetujui Atasan Langsung"), duty officer 1 and duty officer 2
// ("Petugas Piket 1/2 Layanan Email Sanapati") and the help desk ("Menyetujui, Tim
// Helpdesk") — the coordination with BSSN or the destination agency (Prosedur
// langkah 3) and the proof delivered to the requester (langkah 4: ID Registrasi,
// Terima/Diproses/Aktivasi Tanggal). Pure: no HTTP, no database, no clock.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog.hpp"
#include "domain/identity.hpp"
#include "domain/message.hpp"

namespace lapis::domain::sanapati {

enum class Signoff { AtasanLangsung, PetugasPiket1, PetugasPiket2, Helpdesk };

// The form's order; a sign-off is recorded only after every one before it.
inline constexpr std::array<Signoff, 4> kSignoffOrder = { Signoff::AtasanLangsung,
    Signoff::PetugasPiket1, Signoff::PetugasPiket2, Signoff::Helpdesk };

// "atasan-langsung", "petugas-piket-1", "petugas-piket-2", "helpdesk": what forms
// send and the database keeps.
std::string_view signoff_code(Signoff signoff);
std::optional<Signoff> signoff_from_code(std::string_view code);
// The message key of its label, e.g. "sanapati.signoff.atasan-langsung".
std::string signoff_label_key(Signoff signoff);

// One recorded decision, in the order recorded.
struct Decision {
    Signoff signoff = Signoff::AtasanLangsung;
    bool approved = true;
};

// The approvals that count now: those after the newest refusal. A refusal sends the
// request back to the requester or ends it, so a corrected request is signed anew
// from the direct superior.
std::vector<Signoff> standing_approvals(const std::vector<Decision>& decisions);
// The sign-off the form expects next; nullopt when all four stand.
std::optional<Signoff> next_signoff(const std::vector<Decision>& decisions);

// Whether `wanted` may be recorded now. A refusal needs its reason. nullopt: yes.
std::optional<Message> check_signoff(
    const std::vector<Decision>& decisions, Signoff wanted, bool approve, std::string_view reason);

// Where in the procedure each sign-off is due, from the catalog's steps: the direct
// superior's before the verification step (the first staff step) is completed, the
// duty officers' before the coordination step (the first step with partners,
// `joint_with`) is, the help desk's before the last step finishes the request. The
// staff role of that step records it.
struct SignoffPlan {
    std::array<std::size_t, 4> due_step{}; // step index per kSignoffOrder entry
    std::size_t coordination_step = 0;
    std::size_t last_step = 0;
};
SignoffPlan plan_for(const catalog::Procedure& procedure);
std::size_t due_step(const SignoffPlan& plan, Signoff signoff);

// The sign-off missing for completing the step at `from_step`; nullopt: none.
std::optional<Signoff> missing_before_leaving(
    const SignoffPlan& plan, std::size_t from_step, const std::vector<Decision>& decisions);

// The proof delivered to the requester: the registration id and the form's three
// dates. Dates are office dates; received ≤ processed ≤ activated ≤ today.
struct Proof {
    std::string registration_id;
    Date received;
    Date processed;
    Date activated;
};

struct ProofInput {
    std::string registration_id;
    std::string received;
    std::string processed;
    std::string activated;
};

struct ProofCheck {
    std::optional<Proof> proof;
    std::vector<std::pair<std::string, Message>> errors; // input name → why
};
ProofCheck check_proof(const ProofInput& input, Date today);

// The coordination of Prosedur langkah 3: with whom, the date the request went out,
// its reference and the answer (may come later).
struct Coordination {
    std::string counterpart;
    Date sent;
    std::string reference;
    std::string answer;
};

struct CoordinationInput {
    std::string counterpart;
    std::string sent;
    std::string reference;
    std::string answer;
};

struct CoordinationCheck {
    std::optional<Coordination> coordination;
    std::vector<std::pair<std::string, Message>> errors;
};
CoordinationCheck check_coordination(const CoordinationInput& input, Date today);

// Who the request is coordinated with: the destination agency the form names
// (field `instansi_tujuan`, sending a letter), otherwise the first partner the
// coordination step names (BSSN, for a reset or an account change).
std::string default_counterpart(
    const catalog::Procedure& procedure, const std::map<std::string, std::string>& fields);

// A single-line or multi-line text for a desk record: domain::check_entry_text.
std::optional<Message> check_line(std::string_view text, std::size_t limit, bool required);
std::optional<Message> check_paragraph(std::string_view text, std::size_t limit, bool required);

} // namespace lapis::domain::sanapati
