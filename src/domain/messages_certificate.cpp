// Texts of the certificate desk; see message_table.hpp.
#include <array>

#include "domain/message_table.hpp"

namespace lapis::domain {
namespace {

constexpr auto kEntries = std::to_array<MessageEntry>({
    // RFC 5280 §5.3.1 CRLReason, in local wording (domain/certificate.hpp).
    { "certificate.reason.unspecified", "Alasan lain (tidak disebutkan)", "Unspecified" },
    { "certificate.reason.key_compromise",
        "Kunci privat atau passphrase bocor / diketahui orang lain", "Key compromise" },
    { "certificate.reason.ca_compromise", "Kunci penyelenggara sertifikat (CA) bocor",
        "CA compromise" },
    { "certificate.reason.affiliation_changed",
        "Mutasi, perubahan jabatan atau perubahan data pemegang", "Affiliation changed" },
    { "certificate.reason.superseded", "Diganti dengan sertifikat baru", "Superseded" },
    { "certificate.reason.cessation_of_operation", "Pensiun, berhenti atau meninggal dunia",
        "Cessation of operation" },
    { "certificate.reason.certificate_hold", "Dibekukan sementara", "Certificate hold" },
    { "certificate.reason.remove_from_crl", "Dikeluarkan dari daftar pencabutan (CRL)",
        "Remove from CRL" },
    { "certificate.reason.privilege_withdrawn", "Hak penggunaan sertifikat dicabut instansi",
        "Privilege withdrawn" },
    { "certificate.reason.aa_compromise", "Kunci otoritas atribut (AA) bocor", "AA compromise" },

    { "certificate.expiry_invalid",
        "Tanggal berakhir harus berbentuk TTTT-BB-HH, misalnya 2028-12-31, seperti tertulis pada "
        "sertifikat (masa berlaku / notAfter).",
        "The expiry date must be YYYY-MM-DD, e.g. 2028-12-31, as the certificate states "
        "(validity / notAfter)." },
    { "certificate.expiry_past",
        "Tanggal berakhir sudah lewat. Catat tanggal berakhir sertifikat yang baru diterbitkan.",
        "The expiry date has passed. Enter the expiry of the certificate just issued." },
    { "certificate.not_issuing",
        "Tanggal berakhir dicatat pada permohonan penerbitan atau pembaruan sertifikat.",
        "The expiry date is recorded on an issuance or renewal request." },
    { "certificate.not_verifier", "Tanggal berakhir sertifikat dicatat oleh Verifikator Instansi.",
        "The certificate's expiry date is recorded by the registration officer." },
    { "certificate.request_ended",
        "Permohonan ini ditolak atau dibatalkan; tidak ada sertifikat yang dicatat.",
        "This request was rejected or withdrawn; no certificate is recorded." },
    { "certificate.reason_not_office",
        "Pilih alasan pencabutan dari daftar. Alasan tentang kunci CA/AA dan penghapusan dari "
        "CRL bukan alasan yang diajukan instansi.",
        "Choose a revocation reason from the list. Reasons about the CA's or AA's keys and "
        "removal from a CRL are not the agency's to give." },
    { "certificate.not_revocation",
        "Alasan pencabutan dicatat pada permohonan pencabutan sertifikat.",
        "A revocation reason is recorded on a revocation request." },
    { "certificate.event.reason_recorded", "Alasan pencabutan untuk BSrE dicatat",
        "Revocation reason for BSrE recorded" },
    { "certificate.event.expiry_recorded", "Masa berlaku sertifikat dicatat",
        "Certificate expiry recorded" },
    { "certificate.event.reminder_sent", "Pengingat masa berlaku sertifikat dikirim",
        "Certificate expiry reminder sent" },
    { "certificate.reminder_note", "Sertifikat berakhir pada {}; pemegang diingatkan lewat email.",
        "The certificate expires on {}; the holder was reminded by mail." },
});

} // namespace

std::span<const MessageEntry> certificate_messages()
{
    return kEntries;
}

} // namespace lapis::domain
