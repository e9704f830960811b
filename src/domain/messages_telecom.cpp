// Texts of the telecom desk; see message_table.hpp.
#include <array>

#include "domain/message_table.hpp"

namespace lapis::domain {
namespace {

constexpr auto kEntries = std::to_array<MessageEntry>({
    // The extension directory's CSV import
    { "telecom.csv.malformed",
        "Format CSV rusak (tanda kutip tidak berpasangan atau teks setelah kutip penutup). "
        "Perbaiki baris ini lalu unggah ulang.",
        "The CSV is malformed (an unmatched quote or text after a closing quote). Fix this line "
        "and upload again." },
    { "telecom.csv.empty",
        "Berkas tidak berisi data. Baris pertama memuat nama kolom (ekstensi,nama,unit,lokasi), "
        "baris berikutnya datanya.",
        "The file holds no data. The first line names the columns (ekstensi,nama,unit,lokasi), "
        "the lines after it hold the data." },
    { "telecom.csv.too_many", "Berkas berisi lebih dari {} baris data.",
        "The file holds more than {} data lines." },
    { "telecom.csv.unknown_column",
        "Kolom \"{}\" tidak dikenal. Gunakan: ekstensi, nama, unit, lokasi.",
        "Unknown column \"{}\". Use: ekstensi, nama, unit, lokasi." },
    { "telecom.csv.duplicate_column", "Kolom \"{}\" tertulis lebih dari sekali.",
        "Column \"{}\" appears more than once." },
    { "telecom.csv.missing_column", "Kolom \"{}\" wajib ada pada baris pertama.",
        "Column \"{}\" must be on the first line." },
    { "telecom.csv.field_count",
        "Jumlah kolom tidak sesuai: harus {} kolom seperti baris pertama. Periksa koma di luar "
        "tanda kutip.",
        "Wrong number of columns: there must be {} as on the first line. Check for commas outside "
        "quotes." },
    { "telecom.csv.extension_missing", "Nomor ekstensi kosong.", "The extension is empty." },
    { "telecom.csv.extension_digits",
        "Nomor ekstensi harus angka saja, paling banyak 10 digit (tertulis: {}).",
        "The extension must be digits only, at most 10 (found: {})." },
    { "telecom.csv.name_missing", "Nama kosong.", "The name is empty." },
    { "telecom.csv.too_long", "Isian terlalu panjang: paling banyak {} karakter.",
        "A value is too long: at most {} characters." },
    { "telecom.csv.control",
        "Isian berisi karakter kendali atau baris baru; tulis dalam satu baris.",
        "A value holds a control character or a line break; write it on one line." },
    { "telecom.csv.duplicate_extension", "Nomor ekstensi ini sudah ada pada baris {}.",
        "This extension is already on line {}." },
    { "telecom.csv.line", "Baris {}", "Line {}" },
    { "telecom.csv.refused",
        "Impor dibatalkan; direktori tidak diubah. Perbaiki baris berikut lalu unggah ulang.",
        "Import cancelled; the directory is unchanged. Fix these lines and upload again." },
    { "telecom.csv.no_file", "Pilih berkas CSV untuk diunggah.", "Choose a CSV file to upload." },
    { "telecom.csv.imported", "Direktori diganti dengan {} nomor ekstensi.",
        "The directory was replaced with {} extensions." },
    { "telecom.csv.encoding",
        "Berkas bukan teks UTF-8. Simpan ulang dari spreadsheet sebagai \"CSV UTF-8\".",
        "The file is not UTF-8 text. Save it again from the spreadsheet as \"CSV UTF-8\"." },
    // Tickets, tests and calls
    { "telecom.extension.digits", "Nomor ekstensi harus angka saja, paling banyak 10 digit.",
        "The extension must be digits only, at most 10." },
    { "telecom.date.future", "Tanggal tidak boleh setelah hari ini.",
        "The date cannot be after today." },
    { "telecom.test.result", "Pilih hasil pengujian: lulus atau gagal.",
        "Choose the test result: passed or failed." },
    { "telecom.test.missing",
        "Permohonan belum dapat ditutup: belum ada hasil pengujian yang lulus. Catat pengujian "
        "perbaikan/pemasangan pada panel Telekomunikasi.",
        "The request cannot be closed yet: no passed test is recorded. Record the test of the "
        "repair or installation in the telecom panel." },
    { "telecom.test.failed_last",
        "Permohonan belum dapat ditutup: pengujian terakhir gagal. Ulangi penanganan lalu catat "
        "pengujian yang lulus.",
        "The request cannot be closed yet: the last test failed. Repeat the work, then record a "
        "passed test." },
    { "telecom.test.not_now",
        "Pengujian dicatat pada langkah pengujian, selama permohonan berjalan.",
        "The test is recorded at the test step, while the request is running." },
    { "telecom.not_running", "Permohonan ini tidak sedang berjalan; tidak ada yang dapat dicatat.",
        "This request is not running; nothing can be recorded." },
    { "telecom.call.connected", "Pilih apakah panggilan tersambung.",
        "Choose whether the call was connected." },
    { "telecom.not_your_role",
        "Halaman ini untuk peran yang menjalankan prosedur penyambungan telepon.",
        "This page is for the role that runs the call-connect procedure." },
    { "telecom.not_assigned", "Pengujian dicatat oleh tim yang ditugaskan pada permohonan ini.",
        "The test is recorded by the team assigned to this request." },
    { "telecom.event.ticket", "Lokasi dan ekstensi dicatat", "Location and extension recorded" },
    { "telecom.event.test_passed", "Pengujian lulus", "Test passed" },
    { "telecom.event.test_failed", "Pengujian gagal", "Test failed" },
});

} // namespace

std::span<const MessageEntry> telecom_messages()
{
    return kEntries;
}

} // namespace lapis::domain
