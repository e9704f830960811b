// The service catalog: the bundled Kota Magelang catalog against the published
// seed, and the loader's refusals, each of which must name the file, the line and
// the key on one line.
#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "catalog/loader.hpp"

namespace lapis::catalog {
namespace {

// ---- the bundled catalog ------------------------------------------------------

const Catalog& bundled()
{
    static const Catalog catalog = load_bundled();
    return catalog;
}

const Service& service(const std::string& id)
{
    const Service* found = bundled().find_service(id);
    if (!found)
        throw std::runtime_error("no service " + id);
    return *found;
}

const Field* field_in(const std::vector<Field>& fields, const std::string& name)
{
    auto found = std::find_if(
        fields.begin(), fields.end(), [&](const Field& field) { return field.name == name; });
    return found == fields.end() ? nullptr : &*found;
}

std::vector<std::string> ids_of(const std::vector<Kind>& kinds)
{
    std::vector<std::string> ids;
    for (const auto& kind : kinds)
        ids.push_back(kind.id);
    return ids;
}

// Every form a requester can fill in: a service's own, or one per kind.
std::vector<std::pair<std::string, const std::vector<Field>*>> every_form()
{
    std::vector<std::pair<std::string, const std::vector<Field>*>> forms;
    for (const auto& service : bundled().services) {
        if (service.kinds.empty())
            forms.emplace_back(service.id, &service.fields);
        for (const auto& kind : service.kinds)
            forms.emplace_back(service.id + "/" + kind.id, &kind.fields);
    }
    return forms;
}

TEST(CatalogBundled, HasTheEightServicesOfTheSeedInOrder)
{
    std::vector<std::string> ids;
    for (const auto& service : bundled().services)
        ids.push_back(service.id);

    EXPECT_EQ(ids,
        (std::vector<std::string>{ "sertifikat-elektronik", "implementasi-sertifikat-elektronik",
            "penilaian-kerentanan", "pelaporan-insiden", "jaringan-komunikasi", "email-sanapati",
            "kategorisasi-sistem-elektronik", "literasi-keamanan-informasi" }));
}

TEST(CatalogBundled, ServicesHaveTheAgreedKinds)
{
    using Ids = std::vector<std::string>;
    EXPECT_EQ(ids_of(service("sertifikat-elektronik").kinds),
        (Ids{ "penerbitan", "pembaruan", "pencabutan", "reset-passphrase" }));
    EXPECT_EQ(ids_of(service("pelaporan-insiden").kinds), (Ids{ "kerentanan", "insiden" }));
    EXPECT_EQ(ids_of(service("jaringan-komunikasi").kinds), (Ids{ "penyediaan", "gangguan" }));
    EXPECT_EQ(ids_of(service("email-sanapati").kinds),
        (Ids{ "reset-password", "perubahan-akun", "pengiriman-surat" }));
    for (const char* id : { "implementasi-sertifikat-elektronik", "penilaian-kerentanan",
             "kategorisasi-sistem-elektronik", "literasi-keamanan-informasi" }) {
        EXPECT_TRUE(service(id).kinds.empty()) << id;
    }
}

TEST(CatalogBundled, ProceduresHaveTheSeedStepCounts)
{
    std::map<std::string, std::vector<std::size_t>> expected{
        { "sertifikat-elektronik", { 4 } },
        { "implementasi-sertifikat-elektronik", { 8 } },
        { "penilaian-kerentanan", { 6 } },
        { "pelaporan-insiden", { 7 } },
        { "jaringan-komunikasi", { 6, 3 } },
        { "email-sanapati", { 4 } },
        { "kategorisasi-sistem-elektronik", { 4 } },
        { "literasi-keamanan-informasi", { 5 } },
    };
    for (const auto& service : bundled().services) {
        std::vector<std::size_t> counts;
        for (const auto& procedure : service.procedures)
            counts.push_back(procedure.steps.size());
        EXPECT_EQ(counts, expected[service.id]) << service.id;
    }
}

TEST(CatalogBundled, StepTextsAreTheSeedSentencesVerbatim)
{
    auto text = [](const std::string& service_id, std::size_t procedure, std::size_t step) {
        return service(service_id).procedures.at(procedure).steps.at(step).text;
    };

    EXPECT_EQ(text("sertifikat-elektronik", 0, 3),
        "Pemohon mengecek email dinas untuk aktivasi akun / mengatur / reset passphrase.");
    EXPECT_EQ(text("implementasi-sertifikat-elektronik", 0, 2),
        "Pemohon didampingi Tim melakukan analisis kebutuhan dengan Balai Sertifikasi "
        "Elektronik (BSrE).");
    EXPECT_EQ(text("pelaporan-insiden", 0, 0),
        "Pelapor melaporkan kerentanan insiden keamanan informasi kepada Tim CSIRT Kota "
        "Magelang melalui **aduan.magelangkota.go.id** atau email "
        "**csirt[at]magelangkota.go.id**");
    EXPECT_EQ(text("jaringan-komunikasi", 1, 0),
        "Pemohon melakukan panggilan ke nomor 9 melalui pesawat telepon extension");
    EXPECT_EQ(text("email-sanapati", 0, 2),
        "Personil melakukan koordinasi dengan instansi terkait. Jika terkait dengan reset "
        "password / perubahan akun berkoordinasi dengan BSSN. Jika terkait pengiriman surat "
        "maka personil berkoordinasi dengan Instansi tujuan.");
    EXPECT_EQ(text("literasi-keamanan-informasi", 0, 1),
        "Kepala Bidang Statistik dan Persandian menunjuk Tim Pelaksana Literasi Keamanan "
        "Informasi");
}

TEST(CatalogBundled, BulletedLiteracyProcedureIsNumberedOneToFive)
{
    std::vector<std::string> numbers;
    for (const auto& step : service("literasi-keamanan-informasi").procedures[0].steps)
        numbers.push_back(step.number);

    EXPECT_EQ(numbers, (std::vector<std::string>{ "1", "2", "3", "4", "5" }));
}

TEST(CatalogBundled, EveryRequestableProcedureOpensWithTheRequester)
{
    for (const auto& service : bundled().services) {
        for (const auto& procedure : service.procedures) {
            if (!procedure.requestable)
                continue;
            const Step& first = procedure.steps.front();
            EXPECT_EQ(first.actor.kind, ActorKind::Requester) << service.id;
            EXPECT_NE(bundled().find_role(first.staff_role()), nullptr) << service.id;
        }
    }
}

TEST(CatalogBundled, OutsideActorsAreRecordedByStaff)
{
    const Procedure& implementasi = service("implementasi-sertifikat-elektronik").procedures[0];
    const Step& approval = implementasi.steps[6];
    EXPECT_EQ(approval.actor.kind, ActorKind::External);
    EXPECT_EQ(approval.actor.external, "BSrE");
    EXPECT_EQ(approval.staff_role(), "tim-pendamping");

    const Procedure& insiden = service("pelaporan-insiden").procedures[0];
    EXPECT_EQ(insiden.steps[4].actor.kind, ActorKind::SystemOwner);
    EXPECT_EQ(insiden.steps[4].staff_role(), "csirt");
    EXPECT_EQ(insiden.steps[4].joint_with, std::vector<std::string>{ "csirt" });
}

TEST(CatalogBundled, LoopsAssignmentsAndOwnershipFollowTheBrief)
{
    const Procedure& insiden = service("pelaporan-insiden").procedures[0];
    EXPECT_EQ(insiden.steps[1].actor.role, "helpdesk");
    EXPECT_TRUE(insiden.steps[2].sets_owner);
    EXPECT_EQ(insiden.steps[6].back_to, std::vector<std::string>{ "mitigasi" });

    const Procedure& penilaian = service("penilaian-kerentanan").procedures[0];
    EXPECT_EQ(penilaian.steps[5].back_to, std::vector<std::string>{ "perbaikan" });

    const Service& jaringan = service("jaringan-komunikasi");
    EXPECT_EQ(jaringan.procedures[0].steps[1].assigns, "tim-telekomunikasi");
    EXPECT_EQ(jaringan.procedures[0].steps[5].back_to, std::vector<std::string>{ "penanganan" });
    EXPECT_FALSE(jaringan.procedures[1].requestable);
    EXPECT_EQ(jaringan.procedures[1].steps[2].actor.role, "operator");
    EXPECT_EQ(service("kategorisasi-sistem-elektronik").procedures[0].steps[1].assigns,
        "tim-kategorisasi");
    EXPECT_EQ(
        service("literasi-keamanan-informasi").procedures[0].steps[1].assigns, "tim-literasi");
}

TEST(CatalogBundled, KindsFollowTheOnlyRequestableProcedure)
{
    const Service& jaringan = service("jaringan-komunikasi");
    for (const auto& kind : jaringan.kinds)
        EXPECT_EQ(form_procedure(jaringan, &kind).id, "penyediaan-gangguan") << kind.id;

    const Service& sertifikat = service("sertifikat-elektronik");
    EXPECT_EQ(sertifikat.find_kind("pencabutan")->procedure, "pengelolaan");
}

TEST(CatalogBundled, RolesAreTheAgreedIds)
{
    std::set<std::string> ids;
    for (const auto& role : bundled().roles)
        ids.insert(role.id);

    EXPECT_EQ(ids,
        (std::set<std::string>{ "verifikator", "helpdesk", "csirt", "tim-pendamping", "tim-penilai",
            "tim-kategorisasi", "tim-literasi", "tim-telekomunikasi", "petugas-sanapati",
            "kepala-bidang", "operator", "admin" }));
}

TEST(CatalogBundled, AgenciesListThePerangkatDaerahOfKotaMagelang)
{
    EXPECT_GE(bundled().agencies.size(), 25u);
    ASSERT_NE(bundled().find_agency("rsud-tidar"), nullptr);
    EXPECT_EQ(
        bundled().find_agency("kecamatan-magelang-tengah")->name, "Kecamatan Magelang Tengah");
}

TEST(CatalogBundled, OfficeRunsOnJakartaTimeWithTheCityDomain)
{
    const Office& office = bundled().office;
    EXPECT_EQ(office.timezone, "Asia/Jakarta");
    EXPECT_EQ(office.utc_offset_minutes, 7 * 60);
    EXPECT_EQ(office.request_prefix, "LPS");
    EXPECT_EQ(office.official_email_domains, std::vector<std::string>{ "magelangkota.go.id" });
    EXPECT_FALSE(office.allow_email_subdomains);
    EXPECT_NE(office.privacy_notice.find("Nomor 27 Tahun 2022"), std::string::npos);
    EXPECT_NE(office.privacy_notice.find("NIK"), std::string::npos);
}

TEST(CatalogBundled, HelpDeskKeepsTheSeedContacts)
{
    const HelpDesk& helpdesk = bundled().helpdesk;
    EXPECT_EQ(helpdesk.unit, "Bidang Statistik dan Persandian");
    EXPECT_EQ(helpdesk.phone, "(0293) 363695 ex 400");
    EXPECT_EQ(helpdesk.whatsapp, "6282281734545");
    EXPECT_EQ(helpdesk.whatsapp_display, "62822-8173-4545");
    EXPECT_EQ(helpdesk.email, "persandian@magelangkota.go.id");
    EXPECT_NE(
        helpdesk.address.find("Jl. Jend. Sarwo Edhie Wibowo No. 2 Magelang"), std::string::npos);
}

TEST(CatalogBundled, IntroductionKeepsLegalBasisGoalBenefitsAndCost)
{
    const Introduction& intro = bundled().intro;
    EXPECT_EQ(intro.title, "Katalog Layanan Persandian dan Keamanan Informasi");
    EXPECT_EQ(intro.paragraphs.size(), 3u);
    ASSERT_EQ(intro.legal_basis.size(), 4u);
    EXPECT_EQ(intro.legal_basis[3].rfind("Peraturan Wali Kota Nomor 39 Tahun 2023", 0), 0u);
    EXPECT_EQ(intro.benefits.size(), 3u);
    EXPECT_FALSE(intro.goal.empty());
    EXPECT_EQ(intro.cost,
        "Pemohon tidak dibebankan biaya untuk mendapatkan layanan persandian "
        "dan keamanan informasi");
}

TEST(CatalogBundled, EveryFormNamesTheRequesterContactAlike)
{
    for (const auto& [form, fields] : every_form()) {
        const Field* nama = field_in(*fields, "nama");
        const Field* email = field_in(*fields, "email");
        const Field* telepon = field_in(*fields, "telepon");
        const Field* instansi = field_in(*fields, "instansi");
        ASSERT_TRUE(nama && email && telepon) << form;
        EXPECT_TRUE(nama->required) << form;
        EXPECT_EQ(email->type, FieldType::Email) << form;
        EXPECT_TRUE(email->required) << form;
        EXPECT_EQ(telepon->type, FieldType::Phone) << form;
        if (instansi)
            EXPECT_EQ(instansi->type, FieldType::Agency) << form;
    }
}

TEST(CatalogBundled, CertificateFormHasOneRequiredFullNameField)
{
    for (const auto& kind : service("sertifikat-elektronik").kinds) {
        auto holder_names
            = std::count_if(kind.fields.begin(), kind.fields.end(), [](const Field& f) {
                  return f.section == "Pemegang sertifikat" && f.type == FieldType::Text
                      && f.label.find("Nama") != std::string::npos;
              });
        EXPECT_EQ(holder_names, 1) << kind.id;
        EXPECT_EQ(field_in(kind.fields, "nama")->label, "Nama lengkap");
    }
}

TEST(CatalogBundled, CertificateIdentityNumbersDependOnEmployment)
{
    const auto& fields = service("sertifikat-elektronik").find_kind("penerbitan")->fields;
    const Field* nip = field_in(fields, "nip");
    ASSERT_NE(nip, nullptr);
    ASSERT_TRUE(nip->required_when);
    EXPECT_EQ(nip->required_when->field, "status_kepegawaian");
    EXPECT_EQ(nip->required_when->any_of, (std::vector<std::string>{ "pns", "pppk" }));
    EXPECT_EQ(nip->employment_field, "status_kepegawaian");
    EXPECT_TRUE(field_in(fields, "nik")->required);
    EXPECT_EQ(field_in(fields, "pangkat")->employment_field, "status_kepegawaian");
    EXPECT_TRUE(field_in(fields, "email")->official_email);
    EXPECT_TRUE(field_in(fields, "ktp")->identity_document);
    EXPECT_EQ(field_in(fields, "persetujuan_privasi")->type, FieldType::Consent);
}

TEST(CatalogBundled, CertificateUploadsDifferByKind)
{
    const Service& sertifikat = service("sertifikat-elektronik");
    const auto& reset = sertifikat.find_kind("reset-passphrase")->fields;
    EXPECT_NE(field_in(reset, "ktp"), nullptr);
    EXPECT_EQ(field_in(reset, "surat_rekomendasi"), nullptr);

    const auto& renewal = sertifikat.find_kind("pembaruan")->fields;
    EXPECT_EQ(field_in(renewal, "masa_berlaku_sertifikat")->type, FieldType::Date);
    EXPECT_NE(field_in(renewal, "surat_rekomendasi"), nullptr);

    const Field* reason = field_in(sertifikat.find_kind("pencabutan")->fields, "alasan_pencabutan");
    ASSERT_NE(reason, nullptr);
    EXPECT_EQ(reason->options.size(), 5u);
}

TEST(CatalogBundled, KindFieldsStartWithTheSharedFields)
{
    const Service& sertifikat = service("sertifikat-elektronik");
    for (const auto& kind : sertifikat.kinds) {
        ASSERT_GT(kind.fields.size(), sertifikat.fields.size()) << kind.id;
        for (std::size_t index = 0; index < sertifikat.fields.size(); ++index)
            EXPECT_EQ(kind.fields[index].name, sertifikat.fields[index].name) << kind.id;
    }
}

TEST(CatalogBundled, PublicReportsTakeAnyEmailAndAskForIdentityAndEvidence)
{
    for (const auto& kind : service("pelaporan-insiden").kinds) {
        EXPECT_FALSE(field_in(kind.fields, "email")->official_email) << kind.id;
        EXPECT_TRUE(field_in(kind.fields, "kartu_identitas")->identity_document) << kind.id;
        EXPECT_EQ(field_in(kind.fields, "deskripsi")->max_length, 20000u) << kind.id;
        EXPECT_EQ(field_in(kind.fields, "bukti")->accept,
            (std::vector<std::string>{
                "pdf", "jpg", "jpeg", "png", "txt", "log", "json", "html", "eml", "zip" }));
    }
    const auto& vulnerability = service("pelaporan-insiden").find_kind("kerentanan")->fields;
    EXPECT_NE(field_in(vulnerability, "langkah_reproduksi"), nullptr);
}

TEST(CatalogBundled, TelephoneFaultReportCarriesTheFaultyNumber)
{
    const auto& fields = service("jaringan-komunikasi").find_kind("gangguan")->fields;
    ASSERT_NE(field_in(fields, "nomor_telepon"), nullptr);
    EXPECT_EQ(field_in(fields, "nomor_telepon")->type, FieldType::Phone);
}

TEST(CatalogBundled, DocumentsKeepTheSeedTemplates)
{
    const Service& sertifikat = service("sertifikat-elektronik");
    ASSERT_EQ(sertifikat.documents.size(), 1u);
    const Document& letter = sertifikat.documents[0];
    EXPECT_EQ(letter.title, "Format Surat Rekomendasi");
    EXPECT_NE(letter.body.find("**SURAT REKOMENDASI PERMOHONAN PENERBITAN SERTIFIKAT  \n"
                               "ELEKTRONIK OSD LEMSANEG**"),
        std::string::npos);
    EXPECT_EQ(letter.fields.size(), 20u);

    const Document& request = service("implementasi-sertifikat-elektronik").documents.at(0);
    EXPECT_NE(request.body.find("Nomor\t:\t\tKepada"), std::string::npos);

    const Document& reset = service("email-sanapati").documents.at(0);
    EXPECT_NE(reset.body.find("\tNo. HP\t:"), std::string::npos);
}

TEST(CatalogBundled, SourceFileLoadsLikeTheBundledCopy)
{
    std::string path = std::string(LAPIS_SOURCE_DIR) + "/catalog/magelang.toml";
    Catalog catalog = load_file(path);

    EXPECT_EQ(catalog.source, path);
    EXPECT_EQ(catalog.services.size(), bundled().services.size());
}

// ---- lookups --------------------------------------------------------------------

TEST(CatalogLookup, FindsStepsAndTheirPositions)
{
    const Procedure& procedure = service("pelaporan-insiden").procedures[0];
    ASSERT_NE(procedure.find_step("mitigasi"), nullptr);
    EXPECT_EQ(procedure.find_step("mitigasi")->number, "5");
    EXPECT_EQ(procedure.index_of("mitigasi"), 4u);
    EXPECT_EQ(procedure.index_of("tidak-ada"), std::nullopt);
    EXPECT_EQ(procedure.find_step("tidak-ada"), nullptr);
}

TEST(CatalogLookup, UnknownIdsFindNothing)
{
    EXPECT_EQ(bundled().find_service("tidak-ada"), nullptr);
    EXPECT_EQ(bundled().find_role("tidak-ada"), nullptr);
    EXPECT_EQ(bundled().find_agency("tidak-ada"), nullptr);
    EXPECT_EQ(service("email-sanapati").find_kind("tidak-ada"), nullptr);
    EXPECT_EQ(service("email-sanapati").find_procedure("tidak-ada"), nullptr);
}

TEST(CatalogLookup, FormOfAServiceWithoutKindsIsItsOwn)
{
    const Service& penilaian = service("penilaian-kerentanan");
    EXPECT_EQ(&form_fields(penilaian, nullptr), &penilaian.fields);
    EXPECT_EQ(form_procedure(penilaian, nullptr).id, "penilaian");

    const Service& sanapati = service("email-sanapati");
    const Kind* kind = sanapati.find_kind("pengiriman-surat");
    EXPECT_EQ(&form_fields(sanapati, kind), &kind->fields);
}

TEST(CatalogLookup, FieldTypeSpellingsRoundTrip)
{
    for (const char* name : { "text", "textarea", "email", "phone", "nip", "nik", "pangkat",
             "agency", "date", "datetime", "url", "number", "choice", "file", "consent" }) {
        std::optional<FieldType> type = field_type_from_string(name);
        ASSERT_TRUE(type) << name;
        EXPECT_STREQ(to_string(*type), name);
    }
    EXPECT_EQ(field_type_from_string("paragraf"), std::nullopt);
}

// ---- the loader's refusals --------------------------------------------------------
//
// A small catalog that loads; each test changes one spot and expects one line,
// "uji.toml:<line>: <key path>: <problem>". services[0] is "sertifikat" (kinds),
// services[1] is "gangguan" (one form).

constexpr std::string_view kValid = R"(schema = 1

[office]
name = "Bidang Uji"
parent = "Dinas Uji"
city = "Kota Contoh"
address = "Jl. Contoh 1"
timezone = "Asia/Jakarta"
request_prefix = "LPS"
official_email_domains = ["kotacontoh.go.id"]
privacy_notice = "Pemberitahuan privasi."

[helpdesk]
unit = "Bidang Uji"
address = "Jl. Contoh 1"
phone = "(0293) 1"
whatsapp = "62811"
email = "uji@kotacontoh.go.id"
text = "Hubungi kami."

[intro]
title = "Katalog Uji"
paragraphs = ["Paragraf."]

[[roles]]
id = "verifikator"
name = "Verifikator"

[[roles]]
id = "kepala-bidang"
name = "Kepala Bidang"

[[roles]]
id = "tim"
name = "Tim"

[[agencies]]
code = "dinas-uji"
name = "Dinas Uji"

[[agencies]]
code = "dinas-lain"
name = "Dinas Lain"

[[fieldsets.kontak.fields]]
name = "nama"
label = "Nama lengkap"
type = "text"
required = true

[[fieldsets.kontak.fields]]
name = "email"
label = "Email"
type = "email"
required = true
official_email = true

[[services]]
id = "sertifikat"
name = "Sertifikat"
summary = "Ringkas."
description = "Deskripsi."
recipients = ["ASN"]
fieldsets = ["kontak"]

[[services.fields]]
name = "status"
label = "Status"
type = "choice"
required = true
options = [{ code = "pns", label = "PNS" }, { code = "lain", label = "Lain" }]

[[services.fields]]
name = "nip"
label = "NIP"
type = "nip"
required_when = { field = "status", any_of = ["pns"] }
employment_field = "status"

[[services.fields]]
name = "nik"
label = "NIK"
type = "nik"
required = true

[[services.procedures]]
id = "utama"
title = "Prosedur Sertifikat"

[[services.procedures.steps]]
id = "pengajuan"
number = "1"
text = "Pemohon mengajukan."
actor = "pemohon"
recorded_by = "verifikator"

[[services.procedures.steps]]
id = "verifikasi"
number = "2"
text = "Verifikator memverifikasi."
actor = "verifikator"

[[services.procedures.steps]]
id = "aktivasi"
number = "3"
text = "Pemohon mengaktifkan."
actor = "pemohon"
recorded_by = "verifikator"
back_to = ["verifikasi"]

[[services.kinds]]
id = "penerbitan"
name = "Penerbitan"

[[services.kinds.fields]]
name = "ktp"
label = "e-KTP"
type = "file"
required = true
accept = ["pdf", "jpg"]
identity_document = true

[[services.kinds.fields]]
name = "persetujuan"
label = "Saya setuju (penerbitan)."
type = "consent"
required = true

[[services.kinds]]
id = "pencabutan"
name = "Pencabutan"
procedure = "utama"

[[services.kinds.fields]]
name = "persetujuan"
label = "Saya setuju (pencabutan)."
type = "consent"
required = true

[[services.documents]]
id = "surat"
title = "Surat"
body = "Nama :"
fields = [{ label = "Nama", field = "nama" }, { label = "Nomor" }]

[[services]]
id = "gangguan"
name = "Gangguan"
summary = "Ringkas."
description = "Deskripsi."
recipients = ["Pegawai"]
procedure = "penanganan"

[[services.fields]]
name = "uraian"
label = "Uraian"
type = "textarea"
required = true
max_length = 20000

[[services.fields]]
name = "instansi"
label = "Perangkat Daerah"
type = "agency"
required = true

[[services.procedures]]
id = "penanganan"
title = "Prosedur Gangguan"

[[services.procedures.steps]]
id = "pelaporan"
number = "1"
text = "Pegawai melapor."
actor = "pemohon"
recorded_by = "kepala-bidang"

[[services.procedures.steps]]
id = "penugasan"
number = "2"
text = "Kepala Bidang menugaskan Tim."
actor = "kepala-bidang"
assigns = "tim"

[[services.procedures.steps]]
id = "penanganan"
number = "3"
text = "Tim menangani."
actor = "tim"

[[services.procedures.steps]]
id = "pengesahan"
number = "4"
text = "Pihak luar mengesahkan."
actor = "pihak-luar"
external = "BSrE"
recorded_by = "tim"

[[services.procedures]]
id = "penyambungan"
title = "Penyambungan"
requestable = false

[[services.procedures.steps]]
id = "panggilan"
number = "1"
text = "Tim menyambungkan."
actor = "tim"
)";

// `text` with its only occurrence of `from` replaced: a test changes exactly the
// spot it names, or fails here.
std::string edited(
    std::string_view from, std::string_view to, std::string text = std::string(kValid))
{
    std::size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << "not in the catalog: " << from;
    EXPECT_EQ(text.find(from, at + 1), std::string::npos) << "not unique: " << from;
    if (at != std::string::npos)
        text.replace(at, from.size(), to);
    return text;
}

// The 1-based line of the `occurrence`-th `needle` in `text`.
int line_of(std::string_view text, std::string_view needle, int occurrence = 1)
{
    std::size_t at = std::string_view::npos;
    for (int seen = 0; seen < occurrence; ++seen) {
        at = text.find(needle, at == std::string_view::npos ? 0 : at + 1);
        if (at == std::string_view::npos) {
            ADD_FAILURE() << "no occurrence " << occurrence << " of " << needle;
            return 0;
        }
    }
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
}

std::string refusal(const std::string& text)
{
    try {
        load_string(text, "uji.toml");
    } catch (const LoadError& error) {
        return error.what();
    }
    ADD_FAILURE() << "the catalog was accepted";
    return {};
}

// One line: "uji.toml:<line>: <path>: ..." containing `problem`.
void expect_refused(
    const std::string& text, int line, std::string_view path, std::string_view problem)
{
    std::string message = refusal(text);
    std::string prefix = "uji.toml:" + std::to_string(line) + ": " + std::string(path) + ": ";
    EXPECT_EQ(message.find('\n'), std::string::npos) << message;
    EXPECT_EQ(message.rfind(prefix, 0), 0u) << message;
    EXPECT_NE(message.find(problem), std::string::npos) << message;
}

TEST(CatalogLoader, AcceptsTheSmallCatalog)
{
    Catalog catalog = load_string(kValid, "uji.toml");

    EXPECT_EQ(catalog.source, "uji.toml");
    EXPECT_EQ(catalog.office.utc_offset_minutes, 420);
    EXPECT_EQ(catalog.helpdesk.whatsapp_display, "62811");
    const Service& sertifikat = catalog.services.at(0);
    EXPECT_EQ(sertifikat.procedure, "utama");
    std::vector<std::string> names;
    for (const auto& field : sertifikat.kinds.at(0).fields)
        names.push_back(field.name);
    EXPECT_EQ(names,
        (std::vector<std::string>{
            "nama", "email", "status", "nip", "nik", "ktp", "persetujuan" }));
    EXPECT_EQ(sertifikat.kinds.at(0).procedure, "utama");
    EXPECT_EQ(catalog.services.at(1).procedures.at(0).steps.at(3).actor.external, "BSrE");
}

TEST(CatalogLoader, AcceptsOtherIndonesianTimeZones)
{
    Catalog wita = load_string(edited("Asia/Jakarta", "Asia/Makassar"), "uji.toml");
    Catalog wit = load_string(edited("Asia/Jakarta", "Asia/Jayapura"), "uji.toml");

    EXPECT_EQ(wita.office.utc_offset_minutes, 8 * 60);
    EXPECT_EQ(wit.office.utc_offset_minutes, 9 * 60);
}

TEST(CatalogLoader, RejectsSyntaxErrorsWithTheirLine)
{
    std::string text = edited("[helpdesk]", "[helpdesk");
    std::string message = refusal(text);

    EXPECT_EQ(message.rfind("uji.toml:" + std::to_string(line_of(text, "[helpdesk")) + ": ", 0), 0u)
        << message;
    EXPECT_EQ(message.find('\n'), std::string::npos) << message;
}

TEST(CatalogLoader, RejectsAnUnsupportedSchemaVersion)
{
    expect_refused(edited("schema = 1", "schema = 2"), 1, "schema", "unsupported schema version 2");
}

TEST(CatalogLoader, RejectsUnknownTopLevelKey)
{
    std::string text = edited("schema = 1\n", "schema = 1\ncolour = \"blue\"\n");
    expect_refused(text, 2, "colour", "unknown key");
}

TEST(CatalogLoader, RejectsUnknownKeyInAStep)
{
    std::string text
        = edited("actor = \"verifikator\"\n", "actor = \"verifikator\"\nactr = \"x\"\n");
    expect_refused(
        text, line_of(text, "actr"), "services[0].procedures[0].steps[1].actr", "unknown key");
}

TEST(CatalogLoader, RejectsUnknownKeyInAnInlineOption)
{
    std::string text = edited("{ code = \"lain\", label = \"Lain\" }",
        "{ code = \"lain\", label = \"Lain\", warna = \"merah\" }");
    expect_refused(
        text, line_of(text, "warna"), "services[0].fields[0].options[1].warna", "unknown key");
}

TEST(CatalogLoader, RejectsUnknownKeyInAFieldset)
{
    std::string text = edited("official_email = true\n", "official_email = true\nwajib = true\n");
    expect_refused(text, line_of(text, "wajib"), "fieldsets.kontak.fields[1].wajib", "unknown key");
}

TEST(CatalogLoader, RejectsMissingRequiredKeyAtItsTable)
{
    std::string text = edited("title = \"Prosedur Sertifikat\"\n", "");
    expect_refused(text, line_of(text, "id = \"utama\"") - 1, "services[0].procedures[0].title",
        "missing required key");
}

TEST(CatalogLoader, RejectsWrongValueType)
{
    std::string text
        = edited("id = \"verifikasi\"\nnumber = \"2\"", "id = \"verifikasi\"\nnumber = 2");
    expect_refused(text, line_of(text, "number = 2"), "services[0].procedures[0].steps[1].number",
        "expected a string, found an integer");
}

TEST(CatalogLoader, RejectsDuplicateServiceId)
{
    std::string text = edited("id = \"gangguan\"", "id = \"sertifikat\"");
    expect_refused(text, line_of(text, "id = \"sertifikat\"", 2), "services[1].id",
        "duplicate service id 'sertifikat'");
}

TEST(CatalogLoader, RejectsDuplicateKindId)
{
    std::string text = edited("id = \"pencabutan\"", "id = \"penerbitan\"");
    expect_refused(text, line_of(text, "id = \"penerbitan\"", 2), "services[0].kinds[1].id",
        "duplicate kind id 'penerbitan'");
}

TEST(CatalogLoader, RejectsDuplicateStepIdInAProcedure)
{
    std::string text = edited("id = \"aktivasi\"", "id = \"pengajuan\"");
    expect_refused(text, line_of(text, "id = \"pengajuan\"", 2),
        "services[0].procedures[0].steps[2].id", "duplicate step id 'pengajuan'");
}

TEST(CatalogLoader, RejectsDuplicateFieldInAForm)
{
    std::string text = edited("name = \"ktp\"", "name = \"nik\"");
    expect_refused(text, line_of(text, "name = \"nik\"", 2), "services[0].kinds[0].fields[0].name",
        "duplicate field 'nik'");
}

TEST(CatalogLoader, RejectsDuplicateRoleId)
{
    std::string text = edited("id = \"tim\"", "id = \"verifikator\"");
    expect_refused(text, line_of(text, "id = \"verifikator\"", 2), "roles[2].id",
        "duplicate role id 'verifikator'");
}

TEST(CatalogLoader, RejectsRoleNamedLikeAReservedActor)
{
    std::string text = edited("id = \"tim\"", "id = \"pemohon\"");
    expect_refused(text, line_of(text, "id = \"pemohon\""), "roles[2].id", "reserved");
}

TEST(CatalogLoader, RejectsDuplicateAgencyCode)
{
    std::string text = edited("code = \"dinas-lain\"", "code = \"dinas-uji\"");
    expect_refused(text, line_of(text, "code = \"dinas-uji\"", 2), "agencies[1].code",
        "duplicate agency code 'dinas-uji'");
}

TEST(CatalogLoader, RejectsUnknownFieldType)
{
    std::string text = edited("type = \"textarea\"", "type = \"paragraf\"");
    expect_refused(text, line_of(text, "paragraf"), "services[1].fields[0].type",
        "unknown field type 'paragraf'");
}

TEST(CatalogLoader, RejectsChoiceFieldWithoutOptions)
{
    std::string text = edited(
        "options = [{ code = \"pns\", label = \"PNS\" }, { code = \"lain\", label = \"Lain\" }]\n",
        "");
    expect_refused(text, line_of(text, "name = \"status\"") - 1, "services[0].fields[0].options",
        "a choice field needs options");
}

TEST(CatalogLoader, RejectsOptionsOutsideChoiceFields)
{
    std::string text = edited("max_length = 20000\n",
        "max_length = 20000\noptions = [{ code = \"a\", label = \"A\" }]\n");
    expect_refused(text, line_of(text, "code = \"a\""), "services[1].fields[0].options",
        "options are only for choice fields");
}

TEST(CatalogLoader, RejectsRequiredWhenNamingAnUnknownField)
{
    std::string text = edited("{ field = \"status\"", "{ field = \"statuss\"");
    expect_refused(text, line_of(text, "statuss"), "services[0].fields[1].required_when.field",
        "unknown field 'statuss'");
}

TEST(CatalogLoader, RejectsRequiredWhenNamingAnUnknownOptionCode)
{
    std::string text = edited("any_of = [\"pns\"]", "any_of = [\"pns\", \"honorer\"]");
    expect_refused(text, line_of(text, "honorer"), "services[0].fields[1].required_when.any_of[1]",
        "unknown option code 'honorer'");
}

TEST(CatalogLoader, RejectsEmploymentFieldNamingANonChoiceField)
{
    std::string text = edited("employment_field = \"status\"", "employment_field = \"nik\"");
    expect_refused(text, line_of(text, "employment_field"),
        "services[0].fields[1].employment_field", "field 'nik' is not a choice field");
}

TEST(CatalogLoader, RejectsStepWithUnknownActorNamingFileAndKey)
{
    std::string text = edited("actor = \"verifikator\"", "actor = \"tim-x\"");
    expect_refused(text, line_of(text, "tim-x"), "services[0].procedures[0].steps[1].actor",
        "unknown actor 'tim-x'");
}

TEST(CatalogLoader, RejectsRequesterStepWithoutRecordedBy)
{
    std::string text = edited("recorded_by = \"verifikator\"\nback_to", "back_to");
    expect_refused(text, line_of(text, "id = \"aktivasi\"") - 1,
        "services[0].procedures[0].steps[2].recorded_by", "missing required key");
}

TEST(CatalogLoader, RejectsRecordedByNamingAnUnknownRole)
{
    std::string text = edited("recorded_by = \"kepala-bidang\"", "recorded_by = \"kepala-seksi\"");
    expect_refused(text, line_of(text, "kepala-seksi"),
        "services[1].procedures[0].steps[0].recorded_by", "unknown role 'kepala-seksi'");
}

TEST(CatalogLoader, RejectsRecordedByOnAStaffStep)
{
    std::string text
        = edited("actor = \"verifikator\"\n", "actor = \"verifikator\"\nrecorded_by = \"tim\"\n");
    expect_refused(text, line_of(text, "recorded_by = \"tim\"\n"),
        "services[0].procedures[0].steps[1].recorded_by", "only for actors");
}

TEST(CatalogLoader, RejectsOutsidePartyWithoutName)
{
    std::string text = edited("external = \"BSrE\"\n", "");
    expect_refused(text, line_of(text, "id = \"pengesahan\"") - 1,
        "services[1].procedures[0].steps[3].external", "missing required key");
}

TEST(CatalogLoader, RejectsAssignsNamingAnUnknownRole)
{
    std::string text = edited("assigns = \"tim\"", "assigns = \"tim-z\"");
    expect_refused(text, line_of(text, "tim-z"), "services[1].procedures[0].steps[1].assigns",
        "unknown role 'tim-z'");
}

TEST(CatalogLoader, RejectsBackToNamingAnUnknownStep)
{
    std::string text = edited("back_to = [\"verifikasi\"]", "back_to = [\"verifkasi\"]");
    expect_refused(text, line_of(text, "verifkasi"),
        "services[0].procedures[0].steps[2].back_to[0]", "unknown step 'verifkasi'");
}

TEST(CatalogLoader, RejectsBackToNamingALaterStep)
{
    std::string text = edited(
        "actor = \"verifikator\"\n", "actor = \"verifikator\"\nback_to = [\"aktivasi\"]\n");
    expect_refused(text, line_of(text, "back_to = [\"aktivasi\"]"),
        "services[0].procedures[0].steps[1].back_to[0]",
        "step 'aktivasi' is not earlier than this step");
}

TEST(CatalogLoader, RejectsRequestableProcedureNotOpenedByTheRequester)
{
    std::string text = edited("text = \"Pegawai melapor.\"\nactor = \"pemohon\"\nrecorded_by = "
                              "\"kepala-bidang\"",
        "text = \"Pegawai melapor.\"\nactor = \"kepala-bidang\"");
    expect_refused(text, line_of(text, "actor = \"kepala-bidang\""),
        "services[1].procedures[0].steps[0].actor", "actor must be 'pemohon'");
}

TEST(CatalogLoader, RejectsKindFollowingAnUnknownProcedure)
{
    std::string text = edited("procedure = \"utama\"", "procedure = \"lain\"");
    expect_refused(text, line_of(text, "procedure = \"lain\""), "services[0].kinds[1].procedure",
        "unknown procedure 'lain'");
}

TEST(CatalogLoader, RejectsKindFollowingAProcedureThatIsNotRequestable)
{
    std::string guide = "[[services.procedures]]\nid = \"panduan\"\ntitle = \"Panduan\"\n"
                        "requestable = false\n\n[[services.procedures.steps]]\nid = \"baca\"\n"
                        "number = \"1\"\ntext = \"Baca.\"\nactor = \"verifikator\"\n\n";
    std::string text = edited("[[services.kinds]]\nid = \"penerbitan\"",
        guide + "[[services.kinds]]\nid = \"penerbitan\"");
    text = edited("procedure = \"utama\"", "procedure = \"panduan\"", text);
    expect_refused(text, line_of(text, "procedure = \"panduan\""), "services[0].kinds[1].procedure",
        "procedure 'panduan' is not requestable");
}

TEST(CatalogLoader, RejectsServiceWithoutKindsLackingProcedure)
{
    std::string text = edited("procedure = \"penanganan\"\n", "");
    expect_refused(text, line_of(text, "id = \"gangguan\"") - 1, "services[1].procedure",
        "missing required key");
}

TEST(CatalogLoader, RejectsUnknownFieldset)
{
    std::string text = edited("fieldsets = [\"kontak\"]", "fieldsets = [\"kontak\", \"alamat\"]");
    expect_refused(
        text, line_of(text, "\"alamat\""), "services[0].fieldsets[1]", "unknown fieldset 'alamat'");
}

TEST(CatalogLoader, RejectsFileFieldWithoutAcceptedExtensions)
{
    std::string text = edited("accept = [\"pdf\", \"jpg\"]\n", "");
    expect_refused(text, line_of(text, "name = \"ktp\"") - 1,
        "services[0].kinds[0].fields[0].accept", "missing required key");
}

TEST(CatalogLoader, RejectsDocumentFieldNamingAnUnknownFormField)
{
    std::string text = edited("field = \"nama\" }", "field = \"nama_lengkap\" }");
    expect_refused(text, line_of(text, "nama_lengkap"), "services[0].documents[0].fields[0].field",
        "unknown form field 'nama_lengkap'");
}

TEST(CatalogLoader, RejectsUnsupportedTimeZone)
{
    std::string text = edited("Asia/Jakarta", "Asia/Singapore");
    expect_refused(text, line_of(text, "Asia/Singapore"), "office.timezone",
        "unsupported time zone 'Asia/Singapore'");
}

TEST(CatalogLoader, RejectsIdentityScanFormWithoutRequiredConsent)
{
    std::string text = edited("label = \"Saya setuju (penerbitan).\"\ntype = \"consent\"\n"
                              "required = true",
        "label = \"Saya setuju (penerbitan).\"\ntype = \"consent\"\n"
        "required = false");
    expect_refused(text, line_of(text, "id = \"penerbitan\"") - 1, "services[0].kinds[0].fields",
        "no required consent field");
}

TEST(CatalogLoader, RejectsNikFormWithoutConsent)
{
    std::string consent = "\n[[services.kinds.fields]]\nname = \"persetujuan\"\nlabel = "
                          "\"Saya setuju (pencabutan).\"\ntype = \"consent\"\nrequired = true\n";
    std::string text = edited(consent, "");
    expect_refused(text, line_of(text, "id = \"pencabutan\"") - 1, "services[0].kinds[1].fields",
        "(field 'nik') but has no required consent field");
}

TEST(CatalogLoader, RejectsMissingFileNamingThePath)
{
    try {
        load_file("/nonexistent/katalog.toml");
        ADD_FAILURE() << "a missing file was accepted";
    } catch (const LoadError& error) {
        EXPECT_EQ(std::string(error.what()).rfind("/nonexistent/katalog.toml:0: ", 0), 0u)
            << error.what();
    }
}

TEST(CatalogLoader, BindsEachBundledServiceToItsDesk)
{
    const Catalog catalog = load_bundled();
    EXPECT_EQ(catalog.find_service("pelaporan-insiden")->desk, Desk::Incident);
    EXPECT_EQ(catalog.find_service("penilaian-kerentanan")->desk, Desk::Assessment);
    EXPECT_EQ(catalog.find_service("email-sanapati")->desk, Desk::Sanapati);
    EXPECT_EQ(catalog.find_service("kategorisasi-sistem-elektronik")->desk, Desk::Categorisation);
    for (const Service& service : catalog.services)
        EXPECT_NE(service.desk, Desk::None) << service.id;
}

TEST(CatalogLoader, RejectsAnUnknownDesk)
{
    std::string text = edited("id = \"sertifikat\"\n", "id = \"sertifikat\"\ndesk = \"kasir\"\n");
    expect_refused(text, line_of(text, "kasir"), "services[0].desk", "unknown desk 'kasir'");
}

} // namespace
} // namespace lapis::catalog
