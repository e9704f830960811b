// Texts of the e-signature desk; see message_table.hpp.
#include <array>

#include "domain/message_table.hpp"

namespace lapis::domain {
namespace {

constexpr auto kEntries = std::to_array<MessageEntry>({
    { "esignature.milestone.analisis_kebutuhan", "Analisis kebutuhan bersama BSrE",
        "Needs analysis with BSrE" },
    { "esignature.milestone.integrasi_development",
        "Integrasi modul esign client service (development)",
        "Integration of the esign client service (development)" },
    { "esignature.milestone.uji_kesesuaian", "Uji kesesuaian dengan BSrE",
        "Conformity test with BSrE" },
    { "esignature.milestone.perbaikan", "Perbaikan sesuai hasil uji kesesuaian",
        "Fixes after the conformity test" },
    { "esignature.milestone.sertifikat_pengesahan", "Sertifikat pengesahan aplikasi terbit",
        "Application certificate issued" },
    { "esignature.milestone.integrasi_production",
        "Integrasi modul esign client service (production)",
        "Integration of the esign client service (production)" },
    { "esignature.milestone_unknown", "Pilih salah satu tahapan dari daftar.",
        "Choose one of the listed milestones." },
    { "esignature.date_invalid", "Tanggal harus berbentuk TTTT-BB-HH, misalnya 2027-03-01.",
        "The date must be YYYY-MM-DD, e.g. 2027-03-01." },
    { "esignature.date_future",
        "Tanggal tahapan tidak boleh di masa depan; catat tahapan setelah terlaksana.",
        "A milestone's date cannot be in the future; record it once it happened." },
    { "esignature.out_of_order", "Tahapan harus dicatat berurutan: catat dahulu tahapan \"{}\".",
        "Milestones are recorded in order: record \"{}\" first." },
    { "esignature.date_before_previous",
        "Tanggal ini lebih awal dari tahapan sebelumnya ({}). Periksa kembali tanggalnya.",
        "This date is before the previous milestone ({}). Check the date." },
    { "esignature.not_team", "Tahapan dicatat oleh Tim Pendamping yang menangani permohonan ini.",
        "Milestones are recorded by the assisting team handling this request." },
    { "esignature.finished", "Permohonan ini sudah berakhir; tahapan tidak dapat ditambah lagi.",
        "This request has ended; no more milestones can be added." },
    { "esignature.milestone_missing",
        "Langkah ini belum dapat diselesaikan: catat dahulu tahapan \"{}\" beserta tanggalnya "
        "pada panel Tahapan Integrasi.",
        "This step cannot be completed yet: first record the milestone \"{}\" with its date in "
        "the Integration milestones panel." },
    { "esignature.event.milestone_recorded", "Tahapan integrasi dicatat",
        "Integration milestone recorded" },
});

} // namespace

std::span<const MessageEntry> esignature_messages()
{
    return kEntries;
}

} // namespace lapis::domain
