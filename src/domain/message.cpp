#include "domain/message.hpp"

#include <algorithm>
#include <array>

#include "domain/message_table.hpp"

namespace lapis::domain {
namespace {

using Entry = MessageEntry;

// One entry per message, grouped by area; `{}` is replaced by the message's argument.
// A refusal must name the problem in Bahasa Indonesia (shared/cases/acceptance.md,
// "Rejected"), so the Indonesian text says what is wrong and, where it helps, gives an
// example a citizen can copy.
constexpr auto kTable = std::to_array<Entry>({
    // Any field
    { "field.required", "Wajib diisi.", "Required." },
    { "field.unknown", "Isian tidak dikenal.", "Unknown field." },
    { "field.too_long", "Terlalu panjang: paling banyak {} karakter.",
        "Too long: at most {} characters." },
    { "text.encoding", "Teks berisi karakter yang tidak dapat dibaca. Mohon ketik ulang isian ini.",
        "The text holds characters that cannot be read. Please type it again." },

    // NIP of a PNS and NI PPPK (DOMAIN.md §1.1, §1.2)
    { "nip.length", "NIP harus 18 digit angka.", "The NIP must be 18 digits." },
    { "nip.birth_date",
        "Delapan digit pertama NIP harus tanggal lahir yang benar (tahun, bulan, tanggal).",
        "The first eight digits of the NIP must be a real birth date (year, month, day)." },
    { "nip.tmt_month", "Digit ke-13 dan ke-14 NIP adalah bulan TMT CPNS dan harus 01 sampai 12.",
        "Digits 13 and 14 of the NIP are the month of appointment and must be 01 to 12." },
    { "nip.tmt_future", "Tahun pengangkatan pada NIP (mulai digit ke-9) tidak boleh di masa depan.",
        "The appointment date in the NIP (from digit 9) cannot be in the future." },
    { "nip.tmt_before_birth",
        "Tahun pengangkatan pada NIP (mulai digit ke-9) lebih awal dari tanggal lahir.",
        "The appointment date in the NIP (from digit 9) is before the birth date." },
    { "nip.sex", "Digit ke-15 NIP (jenis kelamin) harus 1 atau 2.",
        "Digit 15 of the NIP (sex) must be 1 or 2." },
    { "nip.sequence", "Tiga digit terakhir NIP (nomor urut) tidak boleh 000.",
        "The last three digits of the NIP (sequence) cannot be 000." },

    // NIK (DOMAIN.md §1.3)
    { "nik.length", "NIK harus 16 digit angka.", "The NIK must be 16 digits." },
    { "nik.province", "Dua digit pertama NIK (kode provinsi) harus antara 11 dan 96.",
        "The first two digits of the NIK (province) must be between 11 and 96." },
    { "nik.region",
        "Kode kabupaten/kota dan kecamatan pada NIK (digit ke-3 sampai ke-6) tidak boleh 00.",
        "The regency and district codes in the NIK (digits 3 to 6) cannot be 00." },
    { "nik.birth_date",
        "Digit ke-7 sampai ke-12 NIK harus tanggal lahir yang benar (tanggal, bulan, tahun; "
        "perempuan: tanggal ditambah 40).",
        "Digits 7 to 12 of the NIK must be a real birth date (day, month, year; women: day plus "
        "40)." },
    { "nik.sequence", "Empat digit terakhir NIK (nomor urut) tidak boleh 0000.",
        "The last four digits of the NIK (sequence) cannot be 0000." },
    { "nip_nik.mismatch_birth",
        "Tanggal lahir pada NIP berbeda dengan tanggal lahir pada NIK. Mohon periksa kembali; "
        "permohonan tetap dapat diproses.",
        "The birth date in the NIP differs from the one in the NIK. Please check; the request can "
        "still go ahead." },
    { "nip_nik.mismatch_sex",
        "Jenis kelamin pada NIP berbeda dengan jenis kelamin pada NIK. Mohon periksa kembali; "
        "permohonan tetap dapat diproses.",
        "The sex in the NIP differs from the one in the NIK. Please check; the request can still "
        "go ahead." },
    { "nip_nik.mismatch_birth_sex",
        "Tanggal lahir dan jenis kelamin pada NIP berbeda dengan NIK. Mohon periksa kembali; "
        "permohonan tetap dapat diproses.",
        "The birth date and sex in the NIP differ from the NIK. Please check; the request can "
        "still go ahead." },

    // Pangkat/golongan (DOMAIN.md §2)
    { "pangkat.unknown",
        "Pangkat/golongan tidak dikenal. Contoh: III/a atau Penata Muda (III/a); untuk PPPK: IX.",
        "Unknown rank. Examples: III/a or Penata Muda (III/a); for a PPPK: IX." },

    // Contact details
    { "email.invalid", "Alamat email tidak sah. Contoh: nama@contoh.go.id.",
        "Not a valid email address. Example: name@example.go.id." },
    { "email.domain", "Alamat email harus berakhiran @{}.", "The email address must end in @{}." },
    { "email.no_official_domain", "Domain email resmi belum ditetapkan. Mohon hubungi petugas.",
        "No official email domain is configured. Please contact the office." },
    { "phone.invalid",
        "Nomor telepon harus 8 sampai 15 angka, boleh diawali +. Contoh: 081234567890.",
        "A phone number must be 8 to 15 digits, optionally after a +. Example: 081234567890." },
    { "url.invalid",
        "Alamat situs harus diawali http:// atau https:// dan tanpa spasi. Contoh: "
        "https://contoh.go.id.",
        "A web address must start with http:// or https:// and hold no spaces. Example: "
        "https://example.go.id." },

    // Other field types
    { "date.invalid", "Tanggal tidak sah. Gunakan format tahun-bulan-tanggal, contoh 2026-01-31.",
        "Not a valid date. Use year-month-day, e.g. 2026-01-31." },
    { "datetime.invalid", "Tanggal dan jam tidak sah. Contoh: 2026-01-31T13:45.",
        "Not a valid date and time. Example: 2026-01-31T13:45." },
    { "number.invalid", "Harus berupa angka. Gunakan titik untuk desimal, contoh 2.5.",
        "Must be a number. Use a point for decimals, e.g. 2.5." },
    { "choice.invalid", "Pilihan tidak tersedia. Pilih salah satu dari daftar.",
        "Not one of the choices. Pick one from the list." },
    { "agency.invalid", "Perangkat daerah tidak dikenal. Pilih salah satu dari daftar.",
        "Unknown agency. Pick one from the list." },
    { "consent.required", "Anda harus menyetujui pemberitahuan privasi.",
        "You must accept the privacy notice." },

    // Attachments
    { "file.required", "Wajib melampirkan berkas.", "A file is required." },
    { "file.extension", "Jenis berkas tidak diterima. Yang diterima: {}.",
        "This type of file is not accepted. Accepted: {}." },
    { "file.too_large", "Berkas terlalu besar: paling besar {}.",
        "The file is too large: at most {}." },
    { "file.empty", "Berkas kosong (0 bita). Mohon lampirkan berkas yang benar.",
        "The file is empty (0 bytes). Please attach the right file." },

    { "file.name",
        "Nama berkas tidak diterima (berisi karakter tersembunyi, %00, atau diakhiri titik/spasi). "
        "Ganti nama berkas lalu unggah lagi.",
        "The file name is not accepted (hidden characters, %00, or a trailing dot or space). "
        "Rename the file and upload it again." },
    { "file.executable",
        "Berkas program atau skrip tidak diterima, juga bila diberi ekstensi ganda.",
        "Programs and scripts are not accepted, also under a double extension." },
    { "file.content", "Isi berkas tidak sesuai dengan ekstensinya (.{}).",
        "The file's content does not match its extension (.{})." },

    // Requests as a whole
    { "files.too_large_total", "Jumlah ukuran semua lampiran terlalu besar: paling besar {}.",
        "All attachments together are too large: at most {}." },
    { "idempotency.conflict",
        "Kunci pengiriman ini sudah dipakai untuk permohonan lain. Muat ulang formulir lalu kirim "
        "lagi.",
        "This submission key was used for another request. Reload the form and send it again." },
    { "idempotency.too_long", "Idempotency-Key terlalu panjang (paling banyak 200 karakter).",
        "The Idempotency-Key is too long (at most 200 characters)." },

    // The JSON API
    { "api.body_object", "Isi permintaan harus berupa objek JSON.",
        "The request body must be a JSON object." },
    { "api.unknown_key", "Kunci tidak dikenal: {}.", "Unknown key: {}." },
    { "api.service_required", "\"service\" wajib diisi dengan kode layanan.",
        "\"service\" must hold a service id." },
    { "api.kind_string", "\"kind\" harus berupa teks.", "\"kind\" must be a string." },
    { "api.fields_object", "\"fields\" harus berupa objek.", "\"fields\" must be an object." },
    { "api.value_string", "Nilai harus berupa teks (string JSON), bukan angka.",
        "The value must be a JSON string, not a number." },
    { "api.malformed", "Isi permintaan tidak dapat dibaca (JSON atau multipart rusak).",
        "The request body cannot be read (malformed JSON or multipart)." },
    { "api.part_not_file", "Bagian multipart ini bukan berkas dan bukan \"request\".",
        "This multipart part is neither a file nor \"request\"." },
    { "api.content_type", "Gunakan application/json atau multipart/form-data.",
        "Use application/json or multipart/form-data." },
    { "api.unknown_service", "Layanan atau jenis permohonan tidak dikenal.",
        "Unknown service or kind." },
    { "api.action_required", "\"action\" wajib diisi.", "\"action\" is required." },

    // Moves on a request (the procedure gate)
    { "tools.systems", "Registri sistem elektronik", "Electronic systems registry" },
    { "tools.system_categories", "Laporan kategori sistem elektronik",
        "Electronic systems by category" },
    { "tools.literacy_articles", "Artikel literasi", "Literacy articles" },
    { "tools.literacy_schedule", "Jadwal literasi", "Literacy schedule" },
    { "tools.telephone_directory", "Direktori ekstensi", "Extension directory" },
    { "tools.telephone_calls", "Log panggilan", "Call log" },
    { "move.refused_title", "Tindakan tidak dapat dilakukan", "The action cannot be taken" },
    { "move.not_yours", "Langkah ini bukan bagian Anda saat ini.",
        "This step is not yours to act on now." },
    { "move.not_now", "Tindakan ini tidak dapat dilakukan pada tahap permohonan saat ini.",
        "This action is not possible at the request's current stage." },
    { "move.finished", "Permohonan ini sudah selesai, ditolak atau dibatalkan.",
        "This request is finished, rejected or withdrawn." },
    { "move.note_required", "Tuliskan catatan atau alasan.", "Write a note or a reason." },
    { "move.step_required", "Pilih langkah tujuan.", "Choose the step to go back to." },
    { "move.back_not_allowed", "Prosedur tidak mengizinkan kembali ke langkah tersebut.",
        "The procedure does not allow going back to that step." },
    { "move.assignees_required", "Pilih paling sedikit satu petugas.",
        "Choose at least one staff member." },
    { "move.assignee_role", "Petugas yang dipilih tidak memiliki peran yang diminta prosedur.",
        "A chosen staff member lacks the role the procedure names." },
    { "move.not_assignment_step", "Langkah ini bukan langkah penugasan.",
        "This step is not an assignment step." },
    { "move.owner_required", "Pilih Perangkat Daerah pemilik sistem elektronik.",
        "Choose the agency that owns the electronic system." },
    { "move.raced", "Permohonan baru saja diubah orang lain. Muat ulang halaman lalu coba lagi.",
        "Someone else just changed the request. Reload the page and try again." },
    { "move.unknown_action", "Tindakan tidak dikenal.", "Unknown action." },

    // Statuses and history (the request's life)
    { "status.berjalan", "Sedang diproses", "In progress" },
    { "status.menunggu-pemohon", "Menunggu jawaban pemohon", "Waiting for the requester" },
    { "status.selesai", "Selesai", "Completed" },
    { "status.ditolak", "Ditolak", "Rejected" },
    { "status.dibatalkan", "Dibatalkan pemohon", "Withdrawn" },
    { "action.desk", "Catatan layanan", "Desk record" },
    { "action.submit", "Permohonan diajukan", "Request submitted" },
    { "action.complete", "Langkah diselesaikan", "Step completed" },
    { "action.return", "Petugas meminta informasi tambahan", "More information requested" },
    { "action.answer", "Pemohon menjawab", "Requester answered" },
    { "action.back", "Dikembalikan ke langkah sebelumnya", "Sent back to an earlier step" },
    { "action.reject", "Permohonan ditolak", "Request rejected" },
    { "action.withdraw", "Permohonan dibatalkan", "Request withdrawn" },
    { "action.assign", "Petugas ditugaskan", "Staff assigned" },

    // Pages
    { "page.not_found_title", "Halaman tidak ditemukan", "Page not found" },
    { "page.not_found_text", "Alamat yang Anda buka tidak ada atau tidak dapat Anda akses.",
        "The address does not exist or is not available to you." },
    { "page.bad_request_title", "Permintaan tidak dapat dibaca", "The request cannot be read" },
    { "page.bad_request_text", "Formulir yang dikirim rusak. Muat ulang halaman lalu coba lagi.",
        "The form arrived damaged. Reload the page and try again." },
    { "page.method_title", "Tindakan tidak tersedia", "Action not available" },
    { "page.method_text", "Alamat ini tidak menerima tindakan tersebut.",
        "This address does not accept that action." },
    { "tracking.not_found_title", "Permohonan tidak ditemukan", "Request not found" },
    { "tracking.not_found_text",
        "Nomor permohonan atau kode pelacakan tidak cocok. Periksa kembali keduanya.",
        "The request number or the tracking code does not match. Check both." },
    { "csrf.title", "Formulir kedaluwarsa", "The form has expired" },
    { "csrf.text", "Muat ulang halaman lalu kirim formulir lagi.",
        "Reload the page and send the form again." },

    { "verify.unknown_title", "Dokumen tidak dikenal", "Unknown document" },
    { "verify.unknown_text",
        "Kode ini tidak cocok dengan dokumen yang pernah dibuat lapis. Dokumen dengan kode ini "
        "mungkin tidak asli.",
        "No document made by lapis has this code. A document showing it may not be genuine." },

    // Specialist desks: CVSS, categorisation, TLP, priority
    { "cvss.empty", "Vektor CVSS belum diisi.", "The CVSS vector is empty." },
    { "cvss.whitespace",
        "Vektor CVSS tidak boleh berisi spasi. Contoh: "
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
        "A CVSS vector cannot contain spaces. Example: "
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H" },
    { "cvss.prefix",
        "Vektor CVSS harus diawali versinya, misalnya CVSS:3.1/ atau CVSS:4.0/ (tertulis: {}).",
        "A CVSS vector must start with its version, such as CVSS:3.1/ or CVSS:4.0/ (found: {})." },
    { "cvss.version", "Versi CVSS {} tidak didukung. Gunakan 3.0, 3.1 atau 4.0.",
        "CVSS version {} is not supported. Use 3.0, 3.1 or 4.0." },
    { "cvss.letter_case",
        "Huruf besar/kecil pada bagian {} tidak sesuai spesifikasi CVSS. Tulis dengan huruf "
        "kapital, misalnya AV:N.",
        "The letter case of {} does not follow the CVSS specification. Write it in capitals, e.g. "
        "AV:N." },
    { "cvss.empty_part",
        "Vektor CVSS berisi bagian kosong (dua garis miring berurutan atau garis miring di akhir).",
        "The CVSS vector has an empty part (two slashes in a row or a trailing slash)." },
    { "cvss.malformed", "Bagian {} pada vektor CVSS harus berbentuk METRIK:NILAI, misalnya AV:N.",
        "The part {} of the CVSS vector must be METRIC:VALUE, e.g. AV:N." },
    { "cvss.unknown_metric", "Metrik {} tidak dikenal untuk versi CVSS ini.",
        "Metric {} is not known in this CVSS version." },
    { "cvss.duplicate_metric", "Metrik {} ditulis lebih dari sekali.",
        "Metric {} appears more than once." },
    { "cvss.invalid_value", "Nilai pada {} tidak berlaku untuk metrik tersebut.",
        "The value in {} is not valid for that metric." },
    { "cvss.base_not_defined", "Metrik dasar tidak boleh bernilai X (tidak ditentukan): {}.",
        "A base metric cannot be X (Not Defined): {}." },
    { "cvss.missing_metric", "Metrik dasar {} belum ada pada vektor CVSS.",
        "Base metric {} is missing from the CVSS vector." },
    { "cvss.severity.none", "Tidak Ada", "None" },
    { "cvss.severity.low", "Rendah", "Low" },
    { "cvss.severity.medium", "Sedang", "Medium" },
    { "cvss.severity.high", "Tinggi", "High" },
    { "cvss.severity.critical", "Kritis", "Critical" },
    { "kategorisasi.answer_count",
        "Kuesioner kategorisasi SE terdiri atas {} pertanyaan; setiap pertanyaan harus dijawab "
        "tepat satu kali.",
        "The SE categorisation questionnaire has {} questions; answer each exactly once." },
    { "kategorisasi.unanswered",
        "Pertanyaan {} belum dijawab. Kategori SE baru dapat ditetapkan setelah semua pertanyaan "
        "dijawab.",
        "Question {} is not answered. The SE category is set only once every question is "
        "answered." },
    { "kategorisasi.answer_invalid", "Jawaban pertanyaan {} harus A, B, atau C.",
        "The answer to question {} must be A, B or C." },
    { "tlp.version1_white", "{} adalah label TLP versi 1. Pada TLP 2.0 gunakan TLP:CLEAR.",
        "{} is a TLP version 1 label. In TLP 2.0 use TLP:CLEAR." },
    { "tlp.translated",
        "Label TLP tidak diterjemahkan ({}). Gunakan salah satu: TLP:RED, TLP:AMBER+STRICT, "
        "TLP:AMBER, TLP:GREEN, TLP:CLEAR.",
        "TLP labels are never translated ({}). Use one of: TLP:RED, TLP:AMBER+STRICT, TLP:AMBER, "
        "TLP:GREEN, TLP:CLEAR." },
    { "tlp.unknown",
        "Label TLP {} tidak dikenal. Gunakan salah satu: TLP:RED, TLP:AMBER+STRICT, TLP:AMBER, "
        "TLP:GREEN, TLP:CLEAR.",
        "Unknown TLP label {}. Use one of: TLP:RED, TLP:AMBER+STRICT, TLP:AMBER, TLP:GREEN, "
        "TLP:CLEAR." },
    { "tlp.audience.red",
        "Hanya untuk penerima yang disebut namanya; tidak boleh diteruskan kepada siapa pun.",
        "For the named recipients only; not to be passed on to anyone." },
    { "tlp.audience.amber_strict",
        "Hanya untuk organisasi penerima; tidak boleh dibagikan ke luar organisasi.",
        "For the recipient's organisation only; not to be shared outside it." },
    { "tlp.audience.amber",
        "Untuk organisasi penerima dan kliennya, sebatas yang perlu mengetahui.",
        "For the recipient's organisation and its clients, on a need-to-know basis." },
    { "tlp.audience.green",
        "Untuk komunitas penerima (umumnya komunitas keamanan siber); tidak untuk kanal publik.",
        "For the recipient's community (usually the cyber-security community); not for public "
        "channels." },
    { "tlp.audience.clear", "Boleh disebarkan tanpa batas, dengan tetap menghormati hak cipta.",
        "May be shared without restriction, subject to copyright." },
    { "priority.p1", "P1 – Kritis", "P1 – Critical" },
    { "priority.p2", "P2 – Tinggi", "P2 – High" },
    { "priority.p3", "P3 – Sedang", "P3 – Medium" },
    { "priority.p4", "P4 – Rendah", "P4 – Low" },
    { "priority.response.p1", "Respons awal paling lambat 1 jam kerja",
        "Initial response within 1 working hour" },
    { "priority.response.p2", "Respons awal paling lambat 4 jam",
        "Initial response within 4 hours" },
    { "priority.response.p3", "Respons awal paling lambat 1 hari kerja",
        "Initial response within 1 working day" },
    { "priority.response.p4", "Respons awal paling lambat 3 hari kerja",
        "Initial response within 3 working days" },
    { "login.wait", "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {} detik.",
        "Too many failed sign-in attempts. Try again in {} seconds." },
    { "login.code_failed", "Kode verifikasi salah atau sudah dipakai.",
        "The verification code is wrong or was used already." },
    { "rate.limited", "Terlalu banyak permintaan dari alamat Anda. Tunggu sebentar lalu coba lagi.",
        "Too many requests from your address. Wait a moment and try again." },
    { "rate.limited_title", "Terlalu banyak permintaan", "Too many requests" },

    { "resend.done_title", "Permintaan diterima", "Request received" },
    { "resend.done_text",
        "Bila nomor permohonan dan alamat email cocok dengan data kami, tautan pelacakan baru "
        "telah dikirim ke alamat itu.",
        "If the request number and the email address match our records, a new tracking link "
        "was sent to that address." },

    { "agency.check_mail_title", "Periksa email dinas Anda", "Check your official mailbox" },
    { "agency.check_mail_text",
        "Bila alamat itu belum memiliki akun, kami telah mengirim tautan verifikasi ke sana. "
        "Tautan berlaku 48 jam. Setelah diverifikasi, masuk melalui halaman Masuk.",
        "If that address had no account yet, a verification link was sent to it. The link is "
        "valid for 48 hours. Once verified, sign in on the sign-in page." },
    { "agency.link_invalid_title", "Tautan tidak berlaku", "The link is not valid" },
    { "agency.link_invalid_text",
        "Tautan verifikasi ini tidak dikenal, sudah dipakai, atau sudah kedaluwarsa.",
        "This verification link is unknown, used already or expired." },
    { "agency.verified_title", "Alamat terverifikasi", "Address verified" },
    { "agency.verified_text", "Akun Perangkat Daerah Anda aktif. Silakan masuk.",
        "Your agency account is active. Please sign in." },

    // Staff sign-in
    { "login.failed", "Email atau kata sandi salah.", "Wrong email or password." },
    { "setup.fields", "Isi nama dan alamat email yang benar.",
        "Fill in a name and a valid email." },
    { "password.too_short", "Kata sandi paling sedikit 12 karakter.",
        "The password needs at least 12 characters." },
    { "password.mismatch", "Kedua kata sandi tidak sama.", "The two passwords differ." },
    { "setup.failed_title", "Akun tidak dapat dibuat", "The account could not be made" },
    { "setup.failed_text", "Akun dengan email itu sudah ada.",
        "An account with that email exists." },
});

// The general table first, then each desk's.
std::array<std::span<const Entry>, 9> tables()
{
    return { std::span<const Entry>(kTable), certificate_messages(), esignature_messages(),
        assessment_messages(), incident_messages(), telecom_messages(), sanapati_messages(),
        categorisation_messages(), literacy_messages() };
}

const Entry* find_entry(std::string_view key)
{
    for (std::span<const Entry> table : tables()) {
        auto found = std::ranges::find(table, key, &Entry::key);
        if (found != table.end())
            return &*found;
    }
    return nullptr;
}

std::string_view pick(const Entry& entry, Lang lang)
{
    return lang == Lang::En ? entry.english : entry.indonesian;
}

std::string substitute(std::string_view pattern, std::string_view arg)
{
    std::string out;
    out.reserve(pattern.size() + arg.size());
    for (std::size_t at = 0; at < pattern.size();) {
        if (pattern.compare(at, 2, "{}") == 0) {
            out += arg;
            at += 2;
            continue;
        }
        out += pattern[at++];
    }
    return out;
}

} // namespace

std::string render(const Message& message, Lang lang)
{
    const Entry* entry = find_entry(message.key);
    if (entry == nullptr) {
        return message.key;
    }
    return substitute(pick(*entry, lang), message.arg);
}

std::string text(std::string_view key, Lang lang)
{
    const Entry* entry = find_entry(key);
    return entry == nullptr ? std::string(key) : std::string(pick(*entry, lang));
}

std::vector<std::string_view> message_keys()
{
    std::vector<std::string_view> keys;
    for (std::span<const Entry> table : tables()) {
        for (const Entry& entry : table)
            keys.push_back(entry.key);
    }
    return keys;
}

} // namespace lapis::domain
