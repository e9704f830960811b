// Texts of the incident desk; see message_table.hpp.
#include <array>

#include "domain/message_table.hpp"

namespace lapis::domain {
namespace {

constexpr auto kEntries = std::to_array<MessageEntry>({
    // Refusals of the desk's forms.
    { "incident.rsit_unknown",
        "Kelas insiden {} tidak ada dalam taksonomi RSIT. Pilih salah satu kelas dari daftar.",
        "Incident class {} is not in the RSIT taxonomy. Choose a class from the list." },
    { "incident.rsit_type_unknown",
        "Jenis insiden {} tidak termasuk kelas yang dipilih. Pilih jenis dari kelas itu atau "
        "kosongkan jenis.",
        "Incident type {} does not belong to the chosen class. Choose a type of that class or "
        "leave the type empty." },
    { "incident.priority_unknown", "Prioritas {} tidak dikenal. Pilih P1, P2, P3 atau P4.",
        "Unknown priority {}. Choose P1, P2, P3 or P4." },
    { "incident.priority_reason",
        "Prioritas berbeda dari bawaan jenis insiden ini ({}). Tuliskan alasan perubahan "
        "prioritas.",
        "The priority differs from this incident type's default ({}). Write the reason for the "
        "change." },
    { "incident.text_too_long", "Teks terlalu panjang (paling banyak 20.000 karakter).",
        "The text is too long (at most 20,000 characters)." },
    { "incident.count_invalid",
        "Jumlah harus berupa angka bulat 0 atau lebih (paling banyak 9 digit), atau dikosongkan "
        "bila belum diketahui.",
        "The count must be a whole number of 0 or more (at most 9 digits), or empty when not yet "
        "known." },
    { "incident.personal_data_choice",
        "Pilih apakah data pribadi terlibat: ya, tidak, atau belum diketahui.",
        "Choose whether personal data is involved: yes, no or not yet known." },
    { "incident.disruption_choice", "Pilih gangguan layanan: tidak ada, sebagian, atau total.",
        "Choose the service disruption: none, partial or total." },
    { "incident.verification_choice",
        "Pilih hasil verifikasi: terverifikasi atau belum terverifikasi.",
        "Choose the verification result: verified or not yet verified." },
    { "incident.verification_note", "Tuliskan catatan mengapa perbaikan belum dapat diverifikasi.",
        "Write a note on why the fix cannot be verified yet." },
    { "incident.system_unknown",
        "Sistem elektronik yang dipilih tidak ada dalam registri. Pilih dari daftar atau "
        "daftarkan sistem baru.",
        "The chosen electronic system is not in the registry. Choose one from the list or "
        "register a new one." },
    { "incident.system_name_taken",
        "Perangkat Daerah ini sudah memiliki sistem elektronik dengan nama tersebut. Pilih sistem "
        "itu dari daftar.",
        "This agency already has an electronic system of that name. Choose it from the list." },
    { "incident.agency_unknown", "Pilih Perangkat Daerah pemilik sistem dari daftar.",
        "Choose the agency that owns the system from the list." },
    { "incident.evidence_unknown", "Lampiran itu bukan bukti laporan ini.",
        "That attachment is not evidence of this report." },
    { "incident.system_not_owner",
        "Pemilik sistem sudah ditetapkan ({}); pilih atau daftarkan sistem milik instansi itu.",
        "The system owner is already named ({}); choose or register a system of that agency." },
    { "incident.owner_mismatch",
        "Sistem terdampak yang ditautkan milik {}. Pilih Perangkat Daerah itu sebagai pemilik, "
        "atau tautkan sistem yang benar terlebih dahulu.",
        "The linked affected system belongs to {}. Choose that agency as the owner, or link the "
        "right system first." },
    { "incident.not_csirt",
        "Hanya Tim CSIRT yang dapat mencatat klasifikasi dan analisis laporan ini.",
        "Only the CSIRT can record this report's classification and analysis." },
    { "incident.finished", "Laporan sudah selesai; catatan CSIRT tidak dapat diubah lagi.",
        "The report is finished; the CSIRT's records can no longer be changed." },
    { "incident.owner_not_set",
        "Pemilik sistem elektronik belum ditetapkan oleh Tim CSIRT; langkah mitigasi belum dapat "
        "dicatat.",
        "The CSIRT has not named the system owner yet; mitigation cannot be recorded yet." },
    { "incident.steps_required",
        "Tuliskan langkah mitigasi atau langkah pencegahan (salah satu boleh kosong).",
        "Write the mitigation or the prevention steps (one of them may be empty)." },

    // What a step needs before it may be completed ([csirt.steps]).
    { "incident.gate.classification",
        "Langkah ini belum dapat diselesaikan: Tim CSIRT belum mengklasifikasikan insiden "
        "(taksonomi RSIT). Isi klasifikasi pada panel CSIRT.",
        "This step cannot be completed yet: the CSIRT has not classified the incident (RSIT "
        "taxonomy). Fill in the classification in the CSIRT panel." },
    { "incident.gate.tlp",
        "Langkah ini belum dapat diselesaikan: label TLP laporan belum ditetapkan. Isi label TLP "
        "pada panel CSIRT.",
        "This step cannot be completed yet: the report's TLP label is not set. Set it in the "
        "CSIRT panel." },
    { "incident.gate.priority",
        "Langkah ini belum dapat diselesaikan: prioritas (P1–P4) belum ditetapkan. Isi prioritas "
        "pada panel CSIRT.",
        "This step cannot be completed yet: the priority (P1–P4) is not set. Set it in the CSIRT "
        "panel." },
    { "incident.gate.system",
        "Langkah ini belum dapat diselesaikan: sistem elektronik terdampak belum ditautkan ke "
        "registri.",
        "This step cannot be completed yet: the affected electronic system is not linked to the "
        "registry." },
    { "incident.gate.impact",
        "Langkah ini belum dapat diselesaikan: analisis dampak belum dicatat pada panel CSIRT.",
        "This step cannot be completed yet: the impact analysis is not recorded in the CSIRT "
        "panel." },
    { "incident.gate.recommendation",
        "Langkah ini belum dapat diselesaikan: rekomendasi penanganan belum dicatat pada panel "
        "CSIRT.",
        "This step cannot be completed yet: the recommendation is not recorded in the CSIRT "
        "panel." },
    { "incident.gate.mitigation",
        "Langkah ini belum dapat diselesaikan: langkah mitigasi pemilik sistem belum dicatat.",
        "This step cannot be completed yet: the owner's mitigation steps are not recorded." },
    { "incident.gate.prevention",
        "Langkah ini belum dapat diselesaikan: langkah pencegahan pemilik sistem belum dicatat.",
        "This step cannot be completed yet: the owner's prevention steps are not recorded." },
    { "incident.gate.verification",
        "Langkah ini belum dapat diselesaikan: Tim CSIRT belum mencatat bahwa perbaikan "
        "terverifikasi. Bila belum terverifikasi, kembalikan ke langkah mitigasi.",
        "This step cannot be completed yet: the CSIRT has not recorded the fix as verified. If it "
        "is not verified, send the report back to the mitigation step." },

    // History rows of the desk's events.
    { "incident.event.classified", "Klasifikasi insiden dicatat", "Incident classified" },
    { "incident.event.system_linked", "Sistem terdampak ditautkan", "Affected system linked" },
    { "incident.event.evidence_labelled", "Label TLP bukti ditetapkan", "Evidence TLP label set" },
    { "incident.event.impact", "Analisis dampak dicatat", "Impact analysis recorded" },
    { "incident.event.recommendation", "Rekomendasi dicatat", "Recommendation recorded" },
    { "incident.event.mitigation", "Langkah mitigasi dan pencegahan dicatat",
        "Mitigation and prevention steps recorded" },
    { "incident.event.verification", "Verifikasi perbaikan dicatat",
        "Verification of the fix recorded" },

    // Labels on the panels.
    { "incident.personal_data.ya", "Ya", "Yes" },
    { "incident.personal_data.tidak", "Tidak", "No" },
    { "incident.personal_data.belum-diketahui", "Belum diketahui", "Not yet known" },
    { "incident.disruption.tidak-ada", "Tidak ada gangguan", "No disruption" },
    { "incident.disruption.sebagian", "Sebagian layanan terganggu", "Partial disruption" },
    { "incident.disruption.total", "Layanan tidak tersedia", "Service unavailable" },
    { "incident.verified", "Terverifikasi", "Verified" },
    { "incident.not_verified", "Belum terverifikasi", "Not yet verified" },
    { "incident.saved", "Catatan CSIRT disimpan.", "The CSIRT record was saved." },
});

} // namespace

std::span<const MessageEntry> incident_messages()
{
    return kEntries;
}

} // namespace lapis::domain
