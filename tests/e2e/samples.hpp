// One valid filled-in form for every service and kind of the bundled catalog, as a
// citizen or a Perangkat Daerah would fill it in. Tests copy one and change what
// they test.
#pragma once

#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace lapis::e2e {

struct FileSample {
    std::string field;
    std::string filename;
    std::string content_type;
    std::string bytes;
};

struct FormSample {
    std::string service;
    std::string kind; // empty for a service without kinds
    std::map<std::string, std::string> values;
    std::vector<FileSample> files;

    // "sertifikat-elektronik/penerbitan": names the form in test output.
    std::string label() const { return kind.empty() ? service : service + "/" + kind; }
    // Drops the file sent under `field`.
    void remove_file(const std::string& field);
    // Replaces (or adds) the file sent under `field`.
    void set_file(FileSample file);
};

// For test names and failure messages: the form's label, not its bytes.
inline void PrintTo(const FormSample& form, std::ostream* out)
{
    *out << form.label();
}

FileSample pdf_file(const std::string& field, const std::string& filename = "surat.pdf");
FileSample png_file(const std::string& field, const std::string& filename = "pindaian.png");
FileSample text_file(const std::string& field, const std::string& filename = "log.txt");

// The 15 forms: sertifikat-elektronik ×4, implementasi, penilaian, pelaporan-insiden ×2,
// jaringan-komunikasi ×2, email-sanapati ×3, kategorisasi, literasi.
std::vector<FormSample> valid_forms();
// One of valid_forms(); throws when there is no such form.
FormSample valid_form(const std::string& service, const std::string& kind = "");

// The holder of the e-certificate samples: NIP and NIK of the same man, born
// 15 March 1985, appointed January 2010, so the pair raises no warning.
inline constexpr const char* kHolderNip = "198503152010011002";
inline constexpr const char* kHolderNik = "3371011503850001";

} // namespace lapis::e2e
