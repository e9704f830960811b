// Texts of the sanapati desk; see message_table.hpp.
#include <array>

#include "domain/message_table.hpp"

namespace lapis::domain {
namespace {

constexpr auto kEntries = std::to_array<MessageEntry>({
    // The form's sign-offs (Formulir Permohonan Reset Password Akun Sanapati)
    { "sanapati.signoff.atasan-langsung", "Atasan langsung", "Direct superior" },
    { "sanapati.signoff.petugas-piket-1", "Petugas Piket 1 Layanan Email Sanapati",
        "Duty officer 1, Sanapati e-mail service" },
    { "sanapati.signoff.petugas-piket-2", "Petugas Piket 2 Layanan Email Sanapati",
        "Duty officer 2, Sanapati e-mail service" },
    { "sanapati.signoff.helpdesk", "Tim Helpdesk", "Help desk team" },
    { "sanapati.signoff.unknown",
        "Persetujuan tidak dikenal. Pilih salah satu: atasan langsung, petugas piket 1, petugas "
        "piket 2 atau Tim Helpdesk.",
        "Unknown sign-off. Choose the direct superior, duty officer 1, duty officer 2 or the help "
        "desk." },
    { "sanapati.signoff.out_of_order",
        "Persetujuan harus berurutan sesuai formulir. Yang harus dicatat lebih dahulu: {}.",
        "Sign-offs follow the form's order. Record this one first: {}." },
    { "sanapati.signoff.already", "Persetujuan ini sudah tercatat ({}); tidak perlu dicatat lagi.",
        "This sign-off is already recorded ({}); it need not be recorded again." },
    { "sanapati.signoff.reason_required",
        "Penolakan harus disertai alasan. Tuliskan alasannya agar pemohon dapat memperbaiki "
        "permohonan.",
        "A refusal needs its reason. Write it so the requester can put the request right." },
    { "sanapati.signoff.outcome",
        "Pilih tindak lanjut penolakan: kembalikan kepada pemohon untuk diperbaiki atau akhiri "
        "permohonan.",
        "Choose what the refusal does: return the request to the requester or end it." },
    { "sanapati.signoff.decision", "Pilih keputusan: setuju atau tolak.",
        "Choose the decision: approve or refuse." },
    { "sanapati.signoff.missing",
        "Langkah ini belum dapat diselesaikan: persetujuan {} belum tercatat. Catat persetujuan "
        "itu pada panel Sanapati terlebih dahulu.",
        "This step cannot be completed yet: the sign-off {} is not recorded. Record it in the "
        "Sanapati panel first." },
    { "sanapati.signoff.not_running", "Persetujuan hanya dapat dicatat selama permohonan berjalan.",
        "Sign-offs are recorded only while the request is running." },
    { "sanapati.date.future", "Tanggal tidak boleh setelah hari ini.",
        "The date cannot be after today." },
    { "sanapati.proof.processed_before_received",
        "Tanggal diproses tidak boleh sebelum tanggal terima.",
        "The processing date cannot be before the date received." },
    { "sanapati.proof.activated_before_processed",
        "Tanggal aktivasi tidak boleh sebelum tanggal diproses.",
        "The activation date cannot be before the processing date." },
    { "sanapati.proof.missing",
        "Permohonan belum dapat diselesaikan: bukti layanan (ID registrasi, tanggal terima, "
        "diproses dan aktivasi) belum dicatat. Catat bukti itu pada panel Sanapati.",
        "The request cannot be finished yet: the proof (registration id, dates received, "
        "processed and activated) is not recorded. Record it in the Sanapati panel." },
    { "sanapati.coordination.missing",
        "Langkah koordinasi belum dapat diselesaikan: koordinasi dengan {} beserta jawabannya "
        "belum dicatat.",
        "The coordination step cannot be completed yet: the coordination with {} and its answer "
        "are not recorded." },
    { "sanapati.not_your_role",
        "Peran Anda tidak mencatat hal ini pada prosedur layanan email sanapati.",
        "Your role does not record this in the Sanapati e-mail procedure." },
    { "sanapati.event.signoff_approved", "Persetujuan dicatat", "Sign-off recorded" },
    { "sanapati.event.signoff_refused", "Penolakan dicatat", "Refusal recorded" },
    { "sanapati.event.coordination", "Koordinasi dicatat", "Coordination recorded" },
    { "sanapati.event.proof", "Bukti layanan disampaikan", "Proof delivered" },
});

} // namespace

std::span<const MessageEntry> sanapati_messages()
{
    return kEntries;
}

} // namespace lapis::domain
