#include "samples.hpp"

#include <algorithm>
#include <stdexcept>

namespace lapis::e2e {
namespace {

using Values = std::map<std::string, std::string>;

const char* const kAgency = "dinas-komunikasi-informatika-dan-statistik";

// The requester's contact as every Perangkat Daerah form asks for it.
Values agency_contact()
{
    return { { "instansi", kAgency }, { "nama", "Rina Wulandari" },
        { "jabatan", "Pranata Komputer Ahli Muda" },
        { "email", "rina.wulandari@magelangkota.go.id" }, { "telepon", "0293 363695" } };
}

Values merged(Values base, const Values& more)
{
    for (const auto& [name, value] : more)
        base[name] = value;
    return base;
}

Values certificate_holder()
{
    return { { "nama", "Sukarni" }, { "status_kepegawaian", "pns" }, { "nip", kHolderNip },
        { "nik", kHolderNik }, { "pangkat", "III/a" },
        { "jabatan", "Pranata Komputer Ahli Pertama" }, { "instansi", kAgency },
        { "unit_kerja", "Bidang Statistik dan Persandian" },
        { "email", "sukarni@magelangkota.go.id" }, { "telepon", "081234567890" },
        { "persetujuan_privasi", "1" } };
}

Values recommending_official()
{
    return { { "pemberi_nama", "Ahmad Wibowo" }, { "pemberi_status_kepegawaian", "pns" },
        { "pemberi_nip", "197001011995031001" }, { "pemberi_pangkat", "IV/b" },
        { "pemberi_jabatan", "Kepala Dinas" }, { "pemberi_instansi", kAgency },
        { "pemberi_unit_kerja", "Sekretariat" },
        { "pemberi_email", "ahmad.wibowo@magelangkota.go.id" },
        { "nomor_surat_rekomendasi", "800/017/Diskominfostat" } };
}

std::vector<FormSample> certificate_forms()
{
    const Values holder = certificate_holder();
    const Values official = recommending_official();
    const std::vector<FileSample> letters
        = { pdf_file("surat_rekomendasi", "rekomendasi.pdf"), png_file("ktp", "ktp-pemegang.png") };
    return {
        { "sertifikat-elektronik", "penerbitan", merged(holder, official), letters },
        { "sertifikat-elektronik", "pembaruan",
            merged(merged(holder, official),
                { { "masa_berlaku_sertifikat", "2025-11-30" },
                    { "alasan", "Sertifikat lama akan berakhir." } }),
            letters },
        { "sertifikat-elektronik", "pencabutan",
            merged(holder,
                { { "alasan_pencabutan", "affiliation-changed" },
                    { "penjelasan", "Pemegang pindah tugas ke instansi lain." } }),
            {} },
        { "sertifikat-elektronik", "reset-passphrase",
            merged(holder, { { "alasan", "Passphrase terlupa setelah cuti panjang." } }),
            { png_file("ktp", "ktp-pemegang.png") } },
    };
}

std::vector<FormSample> agency_service_forms()
{
    return {
        { "implementasi-sertifikat-elektronik", "",
            merged(agency_contact(),
                { { "nama_aplikasi", "SIMPEG Kota Magelang" },
                    { "url_aplikasi", "https://simpeg.magelangkota.go.id" },
                    { "fitur", "Tanda tangan elektronik pada SK kenaikan pangkat." },
                    { "penandatangan_bersertifikat", "ya" }, { "nomor_surat", "005/112/2025" } }),
            { pdf_file("surat_permohonan", "permohonan.pdf") } },
        { "penilaian-kerentanan", "",
            merged(agency_contact(),
                { { "nama_sistem", "Portal Layanan Perizinan" },
                    { "url_sistem", "https://perizinan.magelangkota.go.id" },
                    { "deskripsi_sistem", "Pengajuan izin usaha secara daring." },
                    { "dikembangkan_oleh", "pihak-ketiga" }, { "nama_pengembang", "CV Karya Data" },
                    { "akses_pengembang", "ya" }, { "sumber_daya_perbaikan", "ya" },
                    { "jadwal_diharapkan", "2025-07-01" },
                    { "catatan", "Lingkungan uji tersedia." } }),
            {} },
        { "kategorisasi-sistem-elektronik", "",
            merged(agency_contact(),
                { { "nama_sistem", "Aplikasi Kepegawaian" },
                    { "deskripsi_sistem", "Data pegawai seluruh Perangkat Daerah." },
                    { "unit_pemilik", "Bidang Mutasi" } }),
            {} },
    };
}

std::vector<FormSample> incident_forms()
{
    const Values reporter = { { "nama", "Dewi Lestari" }, { "jenis_pelapor", "masyarakat" },
        { "email", "dewi.lestari@gmail.com" }, { "telepon", "+6281234567890" },
        { "sistem_terdampak", "https://magelangkota.go.id" },
        { "waktu_ditemukan", "2025-05-12T09:30" }, { "persetujuan_privasi", "1" } };
    const std::vector<FileSample> files = { png_file("kartu_identitas", "kartu-identitas.png"),
        text_file("bukti", "bukti-log.txt") };
    return {
        { "pelaporan-insiden", "kerentanan",
            merged(reporter,
                { { "judul", "Celah XSS pada formulir pencarian" },
                    { "deskripsi", "Parameter q dipantulkan tanpa penyandian." },
                    { "komponen", "/cari" }, { "versi", "2.1" },
                    { "langkah_reproduksi", "Buka /cari?q=<b>uji</b>." },
                    { "persetujuan_pengungkapan", "1" } }),
            files },
        { "pelaporan-insiden", "insiden",
            merged(reporter,
                { { "jenis_pelapor", "perangkat-daerah" }, { "instansi", "dinas-kesehatan" },
                    { "judul", "Halaman depan situs diganti" },
                    { "deskripsi", "Tampilan situs berubah sejak pagi." },
                    { "jenis_insiden", "defacement" }, { "dampak", "Situs tidak dapat dipakai." },
                    { "tindakan_awal", "Server dimatikan sementara." } }),
            files },
    };
}

std::vector<FormSample> network_forms()
{
    const Values reporter = { { "instansi", "kecamatan-magelang-utara" }, { "nama", "Bambang" },
        { "telepon", "0293 362 100" }, { "email", "bambang@magelangkota.go.id" },
        { "gedung", "Kantor Kecamatan Magelang Utara" }, { "ruang", "Ruang Camat" } };
    return {
        { "jaringan-komunikasi", "penyediaan",
            merged(reporter,
                { { "kebutuhan", "Dua pesawat telepon untuk ruang pelayanan." },
                    { "jumlah_pesawat", "2" }, { "tanggal_dibutuhkan", "2025-08-01" } }),
            {} },
        { "jaringan-komunikasi", "gangguan",
            merged(reporter,
                { { "nomor_extension", "401" }, { "nomor_telepon", "0293363695" },
                    { "jenis_gangguan", "mati" }, { "sejak", "2025-05-12T08:15" },
                    { "deskripsi", "Tidak ada nada sambung sejak pagi." } }),
            {} },
    };
}

std::vector<FormSample> sanapati_forms()
{
    return {
        { "email-sanapati", "reset-password",
            merged(agency_contact(),
                { { "nip", "198807212015032001" },
                    { "alamat", "Jl. Jend. Sarwo Edhie Wibowo No. 2" },
                    { "alamat_email_sanapati", "diskominfostat.magelang@sanapati.go.id" },
                    { "dasar_pembuatan_akun", "Surat 555/10/2023" },
                    { "alasan", "Password terlupa." }, { "atasan_nama", "Ahmad Wibowo" },
                    { "atasan_jabatan", "Kepala Dinas" } }),
            {} },
        { "email-sanapati", "perubahan-akun",
            merged(agency_contact(),
                { { "alamat_email_sanapati", "diskominfostat.magelang@sanapati.go.id" },
                    { "jenis_perubahan", "pergantian-pengelola" },
                    { "rincian_perubahan", "Pengelola semula Budi, menjadi Rina." },
                    { "alasan", "Pengelola lama pensiun." } }),
            {} },
        { "email-sanapati", "pengiriman-surat",
            merged(agency_contact(),
                { { "instansi_tujuan", "Pemerintah Provinsi Jawa Tengah" },
                    { "alamat_email_tujuan", "diskominfo.jateng@sanapati.go.id" },
                    { "nomor_surat", "045/221/2025" }, { "perihal", "Undangan rapat koordinasi" },
                    { "tanggal_surat", "2025-06-02" } }),
            { pdf_file("berkas_surat", "undangan.pdf") } },
    };
}

FormSample literacy_form()
{
    return { "literasi-keamanan-informasi", "",
        { { "jenis_pemohon", "masyarakat" }, { "lembaga", "SMA Negeri 1 Magelang" },
            { "nama", "Sri Rahayu" }, { "jabatan", "Guru TIK" },
            { "email", "sri.rahayu@sman1.sch.id" }, { "telepon", "081390001234" },
            { "jenis_kegiatan", "seminar" }, { "topik", "Keamanan akun media sosial" },
            { "tanggal", "2025-09-10" }, { "tempat", "Aula SMA Negeri 1 Magelang" },
            { "jumlah_peserta", "120" }, { "jenis_peserta", "Pelajar kelas XI" } },
        {} };
}

} // namespace

void FormSample::remove_file(const std::string& field)
{
    std::erase_if(files, [&](const FileSample& file) { return file.field == field; });
}

void FormSample::set_file(FileSample file)
{
    remove_file(file.field);
    files.push_back(std::move(file));
}

FileSample pdf_file(const std::string& field, const std::string& filename)
{
    return { field, filename, "application/pdf",
        "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n" };
}

FileSample png_file(const std::string& field, const std::string& filename)
{
    return { field, filename, "image/png",
        std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1\0\0\0\1\x08\x02\0\0\0", 29) };
}

FileSample text_file(const std::string& field, const std::string& filename)
{
    return { field, filename, "text/plain", "2025-05-12 09:30 GET /cari?q=<b>uji</b> 200\n" };
}

std::vector<FormSample> valid_forms()
{
    std::vector<FormSample> forms = certificate_forms();
    auto append = [&forms](std::vector<FormSample> more) {
        forms.insert(forms.end(), more.begin(), more.end());
    };
    append(agency_service_forms());
    append(incident_forms());
    append(network_forms());
    append(sanapati_forms());
    forms.push_back(literacy_form());
    return forms;
}

FormSample valid_form(const std::string& service, const std::string& kind)
{
    for (FormSample& form : valid_forms()) {
        if (form.service == service && form.kind == kind)
            return form;
    }
    throw std::invalid_argument("no sample form " + service + "/" + kind);
}

} // namespace lapis::e2e
