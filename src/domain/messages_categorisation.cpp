// Texts of the categorisation desk; see message_table.hpp.
#include <array>

#include "domain/message_table.hpp"

namespace lapis::domain {
namespace {

constexpr std::array<MessageEntry, 14> kEntries{ {
    { "sistem.name_taken",
        "Perangkat Daerah ini sudah mempunyai sistem elektronik bernama \"{}\". Pakai nama lain, "
        "atau buka sistem yang sudah terdaftar itu untuk mengubah datanya.",
        "This agency already has an electronic system named \"{}\". Use another name, or open "
        "the registered system to change its details." },
    { "sistem.agency_invalid", "Pilih Perangkat Daerah pemilik sistem elektronik dari daftar.",
        "Choose the agency that owns the electronic system from the list." },
    { "kategorisasi.desk.not_named",
        "Kepala Bidang menunjuk anggota Tim Pelaksana Kategorisasi lain untuk permohonan ini; "
        "kuesionernya diisi oleh mereka.",
        "The head of division named other members of the categorisation team for this request; "
        "they fill in its questionnaire." },
    { "sistem.read_only",
        "Peran Anda hanya dapat melihat registri sistem elektronik dan kategorinya; pendaftaran, "
        "perubahan dan kuesioner diisi oleh Tim Pelaksana Kategorisasi.",
        "Your role may only read the registry of electronic systems and their categories; the "
        "categorisation team registers, changes and fills in the questionnaire." },
    { "sistem.event.added", "Sistem elektronik didaftarkan", "Electronic system registered" },
    { "sistem.event.updated", "Data sistem elektronik diubah",
        "Electronic system details changed" },
    { "kategorisasi.event.linked", "Sistem elektronik dikaitkan", "Electronic system linked" },
    { "kategorisasi.event.saved", "Kuesioner kategorisasi disimpan (belum lengkap)",
        "Categorisation questionnaire saved (incomplete)" },
    { "kategorisasi.event.completed", "Kategorisasi sistem elektronik ditetapkan",
        "Electronic system categorised" },
    { "kategorisasi.desk.no_system",
        "Kaitkan permohonan ini dengan sistem elektronik di registri lebih dulu: pilih sistem "
        "yang sudah terdaftar atau daftarkan sistem dari isian formulir.",
        "Link this request to an electronic system of the registry first: choose a registered "
        "system or register the one the form names." },
    { "kategorisasi.desk.system_unknown",
        "Sistem elektronik yang dipilih tidak ada di registri Perangkat Daerah pemohon. Pilih "
        "lagi dari daftar.",
        "The chosen electronic system is not in the requesting agency's registry. Choose again "
        "from the list." },
    { "kategorisasi.desk.finished",
        "Permohonan ini sudah selesai; kategorisasinya tidak dapat diubah lagi. Buat kategorisasi "
        "baru dari halaman sistem elektronik.",
        "This request is finished; its categorisation can no longer change. Make a new "
        "categorisation from the electronic system's page." },
    { "kategorisasi.desk.incomplete",
        "Langkah ini belum dapat diselesaikan: kuesioner kategorisasi belum lengkap. Jawab "
        "kesepuluh pertanyaan di panel kategorisasi dan simpan hingga kategorinya tampil.",
        "This step cannot be completed yet: the categorisation questionnaire is incomplete. "
        "Answer all ten questions in the categorisation panel and save until the category "
        "shows." },
    { "kategorisasi.desk.empty",
        "Belum ada jawaban yang dipilih. Pilih jawaban A, B atau C untuk sedikitnya satu "
        "pertanyaan sebelum menyimpan.",
        "No answer was chosen. Choose A, B or C for at least one question before saving." },
} };

} // namespace

std::span<const MessageEntry> categorisation_messages()
{
    return kEntries;
}

} // namespace lapis::domain
