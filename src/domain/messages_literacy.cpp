// Texts of the literacy desk; see message_table.hpp.
#include <array>

#include "domain/message_table.hpp"

namespace lapis::domain {
namespace {

constexpr auto kEntries = std::to_array<MessageEntry>({
    { "literacy.date_invalid", "Tanggal harus berbentuk TTTT-BB-HH, misalnya 2027-02-15.",
        "The date must be YYYY-MM-DD, e.g. 2027-02-15." },
    { "literacy.time_invalid", "Jam harus berbentuk JJ:MM dalam 24 jam, misalnya 09:00.",
        "The time must be HH:MM on a 24-hour clock, e.g. 09:00." },
    { "literacy.ends_before_start",
        "Jam selesai harus sesudah jam mulai pada hari yang sama. Untuk kegiatan beberapa hari, "
        "catat hari pertama dan jelaskan di catatan.",
        "The end time must be after the start time on the same day. For an event over several "
        "days, enter the first day and explain in the note." },
    { "literacy.speaker_required",
        "Pilih paling sedikit satu narasumber dari Tim Pelaksana Literasi Keamanan Informasi.",
        "Choose at least one speaker from the literacy team." },
    { "literacy.speaker_unknown",
        "Narasumber yang dipilih bukan anggota Tim Pelaksana Literasi Keamanan Informasi yang "
        "aktif. Muat ulang halaman lalu pilih lagi.",
        "A chosen speaker is not an active member of the literacy team. Reload the page and "
        "choose again." },
    { "literacy.no_session",
        "Permohonan publikasi materi tidak memiliki jadwal kegiatan; terbitkan materinya sebagai "
        "artikel di Literasi.",
        "A request for published material has no session to schedule; publish the material as "
        "an article." },
    { "literacy.finished",
        "Permohonan ini sudah selesai, ditolak atau dibatalkan; jadwalnya tidak dapat diubah lagi.",
        "This request is finished, rejected or withdrawn; its schedule can no longer change." },
    { "literacy.not_team",
        "Jadwal dicatat oleh Tim Pelaksana Literasi Keamanan Informasi yang ditunjuk untuk "
        "permohonan ini.",
        "The schedule is recorded by the literacy team members named for this request." },
    { "literacy.clash",
        "Bentrok jadwal: narasumber yang sama sudah dijadwalkan pada waktu yang beririsan ({}).",
        "Schedule clash: the same speaker is already scheduled at an overlapping time ({})." },
    { "literacy.slug_invalid",
        "Alamat artikel hanya boleh berisi huruf kecil, angka dan tanda hubung tunggal, misalnya "
        "waspada-phishing.",
        "The article address may hold only lowercase letters, digits and single hyphens, e.g. "
        "waspada-phishing." },
    { "literacy.slug_taken", "Alamat artikel ini sudah dipakai artikel lain. Pilih alamat lain.",
        "Another article uses this address. Choose another one." },
    { "literacy.event.scheduled", "Jadwal kegiatan literasi ditetapkan",
        "Literacy session scheduled" },
    { "literacy.event.rescheduled", "Jadwal kegiatan literasi diubah",
        "Literacy session rescheduled" },
});

} // namespace

std::span<const MessageEntry> literacy_messages()
{
    return kEntries;
}

} // namespace lapis::domain
