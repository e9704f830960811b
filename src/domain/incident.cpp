// TLP 2.0, the RSIT taxonomy and incident priorities (see incident.hpp).
#include "domain/incident.hpp"

#include <algorithm>
#include <array>

namespace lapis::domain {
namespace {

bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && is_space(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && is_space(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

char upper(char c)
{
    return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

std::string uppercase(std::string_view text)
{
    std::string result(text);
    std::ranges::transform(result, result.begin(), upper);
    return result;
}

bool equal_ignoring_case(std::string_view left, std::string_view right)
{
    return left.size() == right.size()
        && std::equal(left.begin(), left.end(), right.begin(),
            [](char a, char b) { return upper(a) == upper(b); });
}

// ---------------------------------------------------------------------------------------
// TLP 2.0 (first.org/tlp/)

struct TlpEntry {
    Tlp tlp;
    std::string_view label;
    std::string_view key; // message-key suffix
    TlpColours colours; // [U] DOMAIN.md §4.4; CLEAR's white is FIRST's, unverified too
};

constexpr auto kTlpEntries = std::to_array<TlpEntry>({
    { Tlp::Red, "TLP:RED", "red", { "#FF2B2B", "#000000" } },
    { Tlp::AmberStrict, "TLP:AMBER+STRICT", "amber_strict", { "#FFC000", "#000000" } },
    { Tlp::Amber, "TLP:AMBER", "amber", { "#FFC000", "#000000" } },
    { Tlp::Green, "TLP:GREEN", "green", { "#33FF00", "#000000" } },
    { Tlp::Clear, "TLP:CLEAR", "clear", { "#FFFFFF", "#000000" } },
});

constexpr auto kTlpLevels = std::to_array<Tlp>({
    Tlp::Red,
    Tlp::AmberStrict,
    Tlp::Amber,
    Tlp::Green,
    Tlp::Clear,
});

// Colour words people write when they translate a label; TLP 2.0 forbids translating it.
constexpr auto kTranslatedWords = std::to_array<std::string_view>({
    "MERAH",
    "KUNING",
    "JINGGA",
    "ORANYE",
    "HIJAU",
    "PUTIH",
    "BENING",
    "JERNIH",
    "KETAT",
});

const TlpEntry& tlp_entry(Tlp tlp)
{
    for (const TlpEntry& entry : kTlpEntries) {
        if (entry.tlp == tlp) {
            return entry;
        }
    }
    return kTlpEntries.front();
}

bool is_translated(std::string_view label)
{
    std::string text = uppercase(label);
    return std::ranges::any_of(kTranslatedWords,
        [&](std::string_view word) { return text.find(word) != std::string::npos; });
}

// ---------------------------------------------------------------------------------------
// RSIT, machinev1 revision 1 (DOMAIN.md §4.5). Indonesian labels are ours.

constexpr auto kRsitClasses = std::to_array<RsitClass>({
    { "abusive-content", "Abusive Content", "Konten Terlarang" },
    { "malicious-code", "Malicious Code", "Kode Berbahaya (Malware)" },
    { "information-gathering", "Information Gathering", "Pengumpulan Informasi" },
    { "intrusion-attempts", "Intrusion Attempts", "Percobaan Intrusi" },
    { "intrusions", "Intrusions", "Intrusi (Sistem Berhasil Dibobol)" },
    { "availability", "Availability", "Gangguan Ketersediaan" },
    { "information-content-security", "Information Content Security", "Keamanan Konten Informasi" },
    { "fraud", "Fraud", "Penipuan" },
    { "vulnerable", "Vulnerable", "Kerentanan" },
    { "other", "Other", "Lainnya" },
    { "test", "Test", "Uji Coba" },
});

constexpr auto kRsitTypes = std::to_array<RsitType>({
    { "abusive-content", "spam", "Spam", "Spam" },
    { "abusive-content", "harmful-speech", "Harmful Speech", "Ujaran Kebencian atau Perundungan" },
    { "abusive-content", "violence", "Child Porn/Sexual/Violent Content",
        "Konten Pornografi Anak, Seksual, atau Kekerasan" },
    { "malicious-code", "infected-system", "Infected System", "Sistem Terinfeksi Malware" },
    { "malicious-code", "c2-server", "C2 Server", "Server Command and Control (C2)" },
    { "malicious-code", "malware-distribution", "Malware Distribution", "Penyebaran Malware" },
    { "malicious-code", "malware-configuration", "Malware Configuration", "Konfigurasi Malware" },
    { "malicious-code", "malware-dga-domain", "Malware DGA Domain", "Domain DGA Malware" },
    { "information-gathering", "scanner", "Scanning", "Pemindaian (Scanning)" },
    { "information-gathering", "sniffing", "Sniffing", "Penyadapan Lalu Lintas Jaringan" },
    { "information-gathering", "social-engineering", "Social Engineering", "Rekayasa Sosial" },
    { "intrusion-attempts", "ids-alert", "Exploitation of known Vulnerabilities",
        "Percobaan Eksploitasi Kerentanan yang Diketahui" },
    { "intrusion-attempts", "brute-force", "Login attempts",
        "Percobaan Login Berulang (Brute Force)" },
    { "intrusion-attempts", "exploit", "New attack signature", "Serangan dengan Pola Baru" },
    { "intrusions", "privileged-account-compromise", "Privileged Account Compromise",
        "Pembobolan Akun Administrator" },
    { "intrusions", "unprivileged-account-compromise", "Unprivileged Account Compromise",
        "Pembobolan Akun Pengguna Biasa" },
    { "intrusions", "application-compromise", "Application Compromise", "Pembobolan Aplikasi" },
    { "intrusions", "burglary", "Burglary", "Pembobolan Fisik" },
    { "availability", "dos", "DoS", "Penolakan Layanan (DoS)" },
    { "availability", "ddos", "DDoS", "Penolakan Layanan Terdistribusi (DDoS)" },
    { "availability", "sabotage", "Sabotage", "Sabotase" },
    { "availability", "outage", "Outage", "Gangguan Layanan (Outage)" },
    // Capital U as in machinev1 revision 1 (DOMAIN.md §4.5, "sic").
    { "information-content-security", "Unauthorised-information-access",
        "Unauthorised access to information", "Akses Informasi Tanpa Hak" },
    { "information-content-security", "Unauthorised-information-modification",
        "Unauthorised modification of information", "Perubahan Informasi Tanpa Hak" },
    { "information-content-security", "data-loss", "Data Loss", "Kehilangan Data" },
    { "fraud", "unauthorized-use-of-resources", "Unauthorized use of resources",
        "Penggunaan Sumber Daya Tanpa Hak" },
    { "fraud", "copyright", "Copyright", "Pelanggaran Hak Cipta" },
    { "fraud", "masquerade", "Masquerade", "Penyamaran Identitas" },
    { "fraud", "phishing", "Phishing", "Phishing (Pengelabuan)" },
    { "vulnerable", "weak-crypto", "Weak crypto", "Kriptografi Lemah" },
    { "vulnerable", "ddos-amplifier", "DDoS amplifier", "Layanan Penguat Serangan DDoS" },
    { "vulnerable", "potentially-unwanted-accessible", "Potentially unwanted accessible services",
        "Layanan Terbuka yang Tidak Diinginkan" },
    { "vulnerable", "information-disclosure", "Information disclosure",
        "Layanan yang Membocorkan Informasi" },
    { "vulnerable", "other", "Other", "Kerentanan Lainnya" },
    { "vulnerable", "vulnerable-system", "Vulnerable system", "Sistem Rentan" },
    { "other", "other", "Other", "Lainnya" },
    { "test", "test", "Test", "Uji Coba" },
});

// DOMAIN.md §4.5 "Practical Indonesian mapping" (the first four), and direct matches for
// the other incident types BSSN lists as commonly reported (DOMAIN.md §4.1).
constexpr auto kRsitSuggestions = std::to_array<RsitSuggestion>({
    { "defacement", "Tampilan situs web diubah oleh pihak lain (deface)", "intrusions",
        "application-compromise", "", "" },
    { "judi-online", "Konten judi online/slot disisipkan pada situs go.id", "intrusions",
        "application-compromise", "abusive-content", "" },
    { "ransomware", "Data dienkripsi ransomware dan tebusan diminta",
        "information-content-security", "Unauthorised-information-modification", "",
        "Dapat juga digolongkan sebagai Kode Berbahaya (malicious-code)." },
    { "kebocoran-data", "Kebocoran data, termasuk data pribadi", "information-content-security",
        "Unauthorised-information-access", "", "" },
    { "phishing", "Situs atau pesan palsu yang memancing kata sandi atau data", "fraud", "phishing",
        "", "" },
    { "ddos", "Layanan lumpuh karena banjir lalu lintas (DDoS)", "availability", "ddos", "", "" },
    { "malware", "Perangkat atau server terinfeksi malware", "malicious-code", "infected-system",
        "", "" },
});

// ---------------------------------------------------------------------------------------
// Priority (DOMAIN.md §4.2, [U] proposed defaults)

struct PriorityDefault {
    std::string_view key; // class, or class/type
    Priority priority;
};

// P1 ransomware and active data breaches; P2 confirmed malware, unauthorised access,
// defacement; P3 phishing, suspicious activity, reported vulnerabilities; P4 questions
// and tests (DOMAIN.md §4.2's examples, mapped onto RSIT classes).
constexpr auto kPriorityDefaults = std::to_array<PriorityDefault>({
    { "abusive-content", Priority::P3 },
    { "malicious-code", Priority::P2 },
    { "information-gathering", Priority::P3 },
    { "intrusion-attempts", Priority::P3 },
    { "intrusions", Priority::P2 },
    { "availability", Priority::P2 },
    { "information-content-security", Priority::P1 },
    { "information-content-security/data-loss", Priority::P2 },
    { "fraud", Priority::P3 },
    { "vulnerable", Priority::P3 },
    { "other", Priority::P4 },
    { "test", Priority::P4 },
});

std::optional<Priority> lookup_default(std::string_view key)
{
    for (const PriorityDefault& entry : kPriorityDefaults) {
        if (entry.key == key) {
            return entry.priority;
        }
    }
    return std::nullopt;
}

std::optional<Priority> lookup_override(const PriorityOverrides& overrides, std::string_view key)
{
    auto found = overrides.find(key);
    if (found == overrides.end()) {
        return std::nullopt;
    }
    return found->second;
}

std::string lowercase_code(Priority priority)
{
    std::string code(priority_code(priority));
    code[0] = 'p';
    return code;
}

} // namespace

// ---------------------------------------------------------------------------------------
// TLP

TlpParse parse_tlp(std::string_view text)
{
    std::string_view label = trim(text);
    if (label.empty()) {
        return { std::nullopt, Message{ "field.required", {} } };
    }
    for (const TlpEntry& entry : kTlpEntries) {
        if (equal_ignoring_case(label, entry.label)) {
            return { entry.tlp, std::nullopt };
        }
    }
    if (equal_ignoring_case(label, "TLP:WHITE")) {
        return { std::nullopt, Message{ "tlp.version1_white", std::string(label) } };
    }
    if (is_translated(label)) {
        return { std::nullopt, Message{ "tlp.translated", std::string(label) } };
    }
    return { std::nullopt, Message{ "tlp.unknown", std::string(label) } };
}

std::string_view tlp_label(Tlp tlp)
{
    return tlp_entry(tlp).label;
}

std::span<const Tlp> tlp_levels()
{
    return kTlpLevels;
}

TlpColours tlp_colours(Tlp tlp)
{
    return tlp_entry(tlp).colours;
}

std::string tlp_audience_key(Tlp tlp)
{
    return "tlp.audience." + std::string(tlp_entry(tlp).key);
}

std::string tlp_css_class(Tlp tlp)
{
    std::string css = "tlp-" + std::string(tlp_entry(tlp).key);
    std::replace(css.begin(), css.end(), '_', '-');
    return css;
}

// ---------------------------------------------------------------------------------------
// RSIT

std::string RsitType::machine_tag() const
{
    return "rsit:" + std::string(class_value) + "=\"" + std::string(value) + "\"";
}

std::span<const RsitClass> rsit_classes()
{
    return kRsitClasses;
}

std::span<const RsitType> rsit_types()
{
    return kRsitTypes;
}

const RsitClass* find_rsit_class(std::string_view value)
{
    auto found = std::ranges::find(kRsitClasses, value, &RsitClass::value);
    return found == kRsitClasses.end() ? nullptr : &*found;
}

const RsitType* find_rsit_type(std::string_view class_value, std::string_view value)
{
    for (const RsitType& type : kRsitTypes) {
        if (type.class_value == class_value && type.value == value) {
            return &type;
        }
    }
    return nullptr;
}

const RsitType* find_rsit_by_machine_tag(std::string_view tag)
{
    constexpr std::string_view kNamespace = "rsit:";
    tag = trim(tag);
    if (!equal_ignoring_case(tag.substr(0, kNamespace.size()), kNamespace)) {
        return nullptr;
    }
    tag.remove_prefix(kNamespace.size());
    std::size_t equals = tag.find('=');
    if (equals == std::string_view::npos || tag.size() < equals + 3 || tag[equals + 1] != '"'
        || tag.back() != '"') {
        return nullptr;
    }
    std::string_view class_value = tag.substr(0, equals);
    std::string_view value = tag.substr(equals + 2, tag.size() - equals - 3);
    for (const RsitType& type : kRsitTypes) {
        if (equal_ignoring_case(type.class_value, class_value)
            && equal_ignoring_case(type.value, value)) {
            return &type;
        }
    }
    return nullptr;
}

const RsitType* find_rsit_by_labels(std::string_view class_label, std::string_view type_label)
{
    auto in_class = std::ranges::find_if(kRsitClasses, [&](const RsitClass& entry) {
        return equal_ignoring_case(entry.label, trim(class_label));
    });
    if (in_class == kRsitClasses.end()) {
        return nullptr;
    }
    for (const RsitType& type : kRsitTypes) {
        if (type.class_value == in_class->value
            && equal_ignoring_case(type.label, trim(type_label))) {
            return &type;
        }
    }
    return nullptr;
}

std::span<const RsitSuggestion> rsit_suggestions()
{
    return kRsitSuggestions;
}

// ---------------------------------------------------------------------------------------
// Priority

std::string_view priority_code(Priority priority)
{
    switch (priority) {
    case Priority::P1:
        return "P1";
    case Priority::P2:
        return "P2";
    case Priority::P3:
        return "P3";
    case Priority::P4:
        return "P4";
    }
    return "P4";
}

std::optional<Priority> parse_priority(std::string_view text)
{
    std::string code = uppercase(trim(text));
    for (Priority priority : { Priority::P1, Priority::P2, Priority::P3, Priority::P4 }) {
        if (code == priority_code(priority)) {
            return priority;
        }
    }
    return std::nullopt;
}

std::string priority_label_key(Priority priority)
{
    return "priority." + lowercase_code(priority);
}

ResponseTarget default_response_target(Priority priority)
{
    switch (priority) {
    case Priority::P1:
        return { 1, TimeUnit::WorkingHours };
    case Priority::P2:
        return { 4, TimeUnit::Hours }; // DOMAIN.md §4.2 says "≤ 4 jam"
    case Priority::P3:
        return { 1, TimeUnit::WorkingDays };
    case Priority::P4:
        return { 3, TimeUnit::WorkingDays };
    }
    return { 3, TimeUnit::WorkingDays };
}

std::string response_target_key(Priority priority)
{
    return "priority.response." + lowercase_code(priority);
}

Priority default_priority(
    std::string_view class_value, std::string_view type_value, const PriorityOverrides& overrides)
{
    std::string class_key(find_rsit_class(class_value) ? class_value : "other");
    std::string type_key = class_key + "/" + std::string(type_value);
    if (!type_value.empty()) {
        if (auto chosen = lookup_override(overrides, type_key)) {
            return *chosen;
        }
    }
    if (auto chosen = lookup_override(overrides, class_key)) {
        return *chosen;
    }
    if (!type_value.empty()) {
        if (auto chosen = lookup_default(type_key)) {
            return *chosen;
        }
    }
    return lookup_default(class_key).value_or(Priority::P4);
}

} // namespace lapis::domain
