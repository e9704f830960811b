// Texts of the assessment desk; see message_table.hpp.
#include <array>

#include "domain/message_table.hpp"

namespace lapis::domain {
namespace {

constexpr std::array<MessageEntry, 39> kEntries{ {
    { "assessment.title", "Penilaian kerentanan", "Vulnerability assessment" },
    { "assessment.status.terbuka", "Terbuka", "Open" },
    { "assessment.status.diperbaiki", "Dilaporkan diperbaiki", "Reported fixed" },
    { "assessment.status.uji-ulang", "Diuji ulang", "Being retested" },
    { "assessment.status.terverifikasi", "Terverifikasi", "Verified" },
    { "assessment.event.added", "Temuan penilaian kerentanan dicatat",
        "Assessment finding recorded" },
    { "assessment.event.changed", "Temuan penilaian kerentanan diubah",
        "Assessment finding changed" },
    { "assessment.edit_verified", "Temuan yang sudah terverifikasi tidak dapat diubah lagi.",
        "A verified finding cannot be changed any more." },
    { "assessment.event.lapor-perbaikan", "Perbaikan temuan dilaporkan",
        "Fix of a finding reported" },
    { "assessment.event.uji-ulang", "Uji ulang temuan dimulai", "Retest of a finding started" },
    { "assessment.event.verifikasi", "Perbaikan temuan terverifikasi",
        "Fix of a finding verified" },
    { "assessment.event.gagal", "Uji ulang gagal; temuan terbuka kembali",
        "Retest failed; finding open again" },
    { "assessment.event.settings", "Sistem elektronik dan label TLP laporan penilaian dicatat",
        "Assessed system and report TLP label recorded" },
    { "assessment.move.team_only",
        "Hanya tim penilai yang dapat menguji ulang atau memverifikasi temuan. Perangkat Daerah "
        "melaporkan perbaikan.",
        "Only the assessment team retests or verifies a finding. The agency reports fixes." },
    { "assessment.move.not_now.lapor-perbaikan",
        "Perbaikan hanya dapat dilaporkan untuk temuan yang masih terbuka (status sekarang: {}).",
        "A fix can be reported only for an open finding (status now: {})." },
    { "assessment.move.not_now.uji-ulang",
        "Uji ulang hanya dapat dimulai setelah perbaikan dilaporkan (status sekarang: {}).",
        "A retest can start only after the fix was reported (status now: {})." },
    { "assessment.move.not_now.verifikasi",
        "Temuan hanya dapat diverifikasi saat sedang diuji ulang (status sekarang: {}). Mulai uji "
        "ulang terlebih dahulu.",
        "A finding can be verified only while it is being retested (status now: {}). Start the "
        "retest first." },
    { "assessment.move.not_now.gagal",
        "Uji ulang hanya dapat dinyatakan gagal saat temuan sedang diuji ulang (status sekarang: "
        "{}).",
        "A retest can fail only while the finding is being retested (status now: {})." },
    { "assessment.move.raced",
        "Status temuan baru saja diubah oleh pihak lain. Muat ulang halaman lalu coba lagi.",
        "Someone else just changed the finding's status. Reload the page and try again." },
    { "assessment.move.not_fixing_step",
        "Perbaikan dilaporkan pada langkah perbaikan sistem. Permohonan ini sedang tidak berada "
        "pada langkah tersebut.",
        "Fixes are reported at the fixing step. This request is not at that step." },
    { "assessment.finished", "Permohonan sudah selesai; temuan tidak dapat diubah lagi.",
        "The request is finished; its findings cannot change any more." },
    { "assessment.too_long", "Isian terlalu panjang; paling banyak {} karakter.",
        "Too long; at most {} characters." },
    { "assessment.single_line", "Judul temuan ditulis dalam satu baris.",
        "Write the finding's title on one line." },
    { "assessment.cvss31_required",
        "Vektor CVSS 3.1 wajib diisi, misalnya CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
        "A CVSS 3.1 vector is required, e.g. CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H" },
    { "assessment.cvss31_version",
        "Kolom ini untuk vektor CVSS 3.1 (tertulis versi {}). Awali dengan CVSS:3.1/; vektor CVSS "
        "4.0 diisi pada kolomnya sendiri.",
        "This field takes a CVSS 3.1 vector (version {} given). Start with CVSS:3.1/; a CVSS 4.0 "
        "vector has its own field." },
    { "assessment.cvss40_version",
        "Kolom ini untuk vektor CVSS 4.0 (tertulis versi {}). Awali dengan CVSS:4.0/ atau "
        "kosongkan.",
        "This field takes a CVSS 4.0 vector (version {} given). Start with CVSS:4.0/ or leave it "
        "empty." },
    { "assessment.hold.open",
        "Masih ada {} temuan yang berstatus terbuka. Laporkan perbaikan setiap temuan sebelum "
        "langkah perbaikan diselesaikan.",
        "{} finding(s) are still open. Report the fix of every finding before completing the "
        "fixing step." },
    { "assessment.hold.unverified",
        "Masih ada {} temuan yang belum terverifikasi. Verifikasi setiap temuan (atau nyatakan uji "
        "ulang gagal) sebelum melanjutkan.",
        "{} finding(s) are not verified yet. Verify every finding (or fail its retest) before "
        "going on." },
    { "assessment.hold.retest",
        "Tim penilai sedang menguji ulang perbaikan; {} temuan belum terverifikasi.",
        "The assessment team is retesting the fixes; {} finding(s) are not verified yet." },
    { "assessment.system_unknown",
        "Sistem elektronik tidak ada dalam registri Perangkat Daerah pemilik. Pilih dari daftar.",
        "The electronic system is not in the owner agency's registry. Choose one from the list." },
    { "assessment.note_required", "Tuliskan catatan perbaikan: apa yang diubah dan kapan.",
        "Write a note on the fix: what was changed and when." },
    { "assessment.not_found", "Temuan tidak ditemukan.", "Finding not found." },
    { "assessment.back_note",
        "Uji ulang temuan {} gagal; permohonan dikembalikan ke langkah perbaikan.",
        "The retest of finding {} failed; the request goes back to the fixing step." },
    { "assessment.action.lapor-perbaikan", "Catat perbaikan atas nama Perangkat Daerah",
        "Record the fix for the agency" },
    { "assessment.action.uji-ulang", "Mulai uji ulang", "Start the retest" },
    { "assessment.action.verifikasi", "Uji ulang berhasil: verifikasi", "Retest passed: verify" },
    { "assessment.action.gagal", "Uji ulang gagal", "Retest failed" },
    { "assessment.one_file",
        "Unggah satu berkas bukti saja; bukti lain dapat ditulis sebagai teks.",
        "Upload one evidence file only; more evidence can be written as text." },
    { "assessment.report_red",
        "Laporan berlabel TLP:RED diserahkan langsung kepada penerima yang disebut namanya, tidak "
        "melalui portal.",
        "A report labelled TLP:RED is handed to its named recipients directly, not through the "
        "portal." },
} };

} // namespace

std::span<const MessageEntry> assessment_messages()
{
    return kEntries;
}

} // namespace lapis::domain
