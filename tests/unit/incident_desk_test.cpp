// The CSIRT desk's rules: who sees what under TLP, the priority and its reason,
// the impact analysis and verification, the steps that wait for the desk, the
// `[csirt]` catalog table and security.txt (RFC 9116).
#include <chrono>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "catalog/loader.hpp"
#include "domain/incident_desk.hpp"

namespace {

using namespace lapis;
using domain::IncidentAudience;
using domain::Tlp;

const catalog::Catalog& bundled()
{
    static const catalog::Catalog catalog = catalog::load_bundled();
    return catalog;
}

std::string bundled_text()
{
    std::ifstream file(std::string(LAPIS_SOURCE_DIR) + "/catalog/magelang.toml");
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

// The bundled catalog with one spot of its [csirt] table changed.
std::string with_csirt_edit(const std::string& from, const std::string& to)
{
    std::string text = bundled_text();
    const auto at = text.find(from, text.find("\n[csirt]"));
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos)
        text.replace(at, from.size(), to);
    return text;
}

std::string refusal(const std::string& text)
{
    try {
        catalog::load_string(text, "uji.toml");
    } catch (const catalog::LoadError& error) {
        return error.what();
    }
    return "accepted";
}

// ---- TLP -----------------------------------------------------------------------

TEST(IncidentTlp, RedIsForTheCsirtOnly)
{
    EXPECT_TRUE(domain::tlp_allows(Tlp::Red, IncidentAudience::Csirt));
    EXPECT_FALSE(domain::tlp_allows(Tlp::Red, IncidentAudience::Office));
    EXPECT_FALSE(domain::tlp_allows(Tlp::Red, IncidentAudience::Owner));
    EXPECT_FALSE(domain::tlp_allows(Tlp::Red, IncidentAudience::Reporter));
}

TEST(IncidentTlp, AmberReachesTheOwnerButNotTheReporter)
{
    for (Tlp amber : { Tlp::AmberStrict, Tlp::Amber }) {
        EXPECT_TRUE(domain::tlp_allows(amber, IncidentAudience::Owner));
        EXPECT_TRUE(domain::tlp_allows(amber, IncidentAudience::Office));
        EXPECT_FALSE(domain::tlp_allows(amber, IncidentAudience::Reporter));
    }
}

TEST(IncidentTlp, GreenAndClearReachTheReporter)
{
    for (Tlp open : { Tlp::Green, Tlp::Clear }) {
        EXPECT_TRUE(domain::tlp_allows(open, IncidentAudience::Reporter));
        EXPECT_TRUE(domain::tlp_allows(open, IncidentAudience::Owner));
    }
}

TEST(IncidentTlp, AnUnlabelledItemCountsAsRed)
{
    EXPECT_TRUE(domain::tlp_allows(std::nullopt, IncidentAudience::Csirt));
    EXPECT_FALSE(domain::tlp_allows(std::nullopt, IncidentAudience::Office));
    EXPECT_FALSE(domain::tlp_allows(std::nullopt, IncidentAudience::Owner));
    EXPECT_FALSE(domain::tlp_allows(std::nullopt, IncidentAudience::Reporter));
}

TEST(IncidentTlp, UnlabelledEvidenceReachesTheOfficeStaffButNotTheOwnerOrReporter)
{
    EXPECT_TRUE(domain::evidence_allows(std::nullopt, IncidentAudience::Csirt));
    EXPECT_TRUE(domain::evidence_allows(std::nullopt, IncidentAudience::Office));
    EXPECT_FALSE(domain::evidence_allows(std::nullopt, IncidentAudience::Owner));
    EXPECT_FALSE(domain::evidence_allows(std::nullopt, IncidentAudience::Reporter));
}

TEST(IncidentTlp, LabelledEvidenceFollowsItsLabel)
{
    EXPECT_FALSE(domain::evidence_allows(Tlp::Red, IncidentAudience::Office));
    EXPECT_TRUE(domain::evidence_allows(Tlp::Red, IncidentAudience::Csirt));
    EXPECT_TRUE(domain::evidence_allows(Tlp::Amber, IncidentAudience::Owner));
    EXPECT_FALSE(domain::evidence_allows(Tlp::Amber, IncidentAudience::Reporter));
    EXPECT_TRUE(domain::evidence_allows(Tlp::Clear, IncidentAudience::Reporter));
}

// ---- priority and classification ----------------------------------------------

TEST(IncidentClassification, TakesTheTypesDefaultPriorityWhenNoneIsChosen)
{
    auto check = domain::check_classification(
        { "intrusions", "application-compromise", "tlp:amber", "", "" }, {});
    ASSERT_TRUE(check.value) << check.errors.size();
    EXPECT_EQ(check.value->priority, domain::Priority::P2);
    EXPECT_EQ(check.value->default_priority, domain::Priority::P2);
    EXPECT_EQ(check.value->tlp, Tlp::Amber);
    EXPECT_TRUE(check.value->priority_reason.empty());
}

TEST(IncidentClassification, APriorityOtherThanTheDefaultNeedsAReason)
{
    auto check = domain::check_classification({ "fraud", "phishing", "TLP:GREEN", "P1", "  " }, {});
    EXPECT_FALSE(check.value);
    ASSERT_TRUE(check.errors.contains("alasan_prioritas"));
    EXPECT_EQ(check.errors.at("alasan_prioritas").key, "incident.priority_reason");
    EXPECT_EQ(check.errors.at("alasan_prioritas").arg, "P3");

    auto with_reason = domain::check_classification(
        { "fraud", "phishing", "TLP:GREEN", "P1", "Menyasar seluruh ASN." }, {});
    ASSERT_TRUE(with_reason.value);
    EXPECT_EQ(with_reason.value->priority, domain::Priority::P1);
    EXPECT_EQ(with_reason.value->default_priority, domain::Priority::P3);
    EXPECT_EQ(with_reason.value->priority_reason, "Menyasar seluruh ASN.");
}

TEST(IncidentClassification, ChoosingTheDefaultExplicitlyNeedsNoReason)
{
    auto check = domain::check_classification({ "fraud", "phishing", "TLP:GREEN", "P3", "" }, {});
    ASSERT_TRUE(check.value);
    EXPECT_EQ(check.value->priority, domain::Priority::P3);
}

TEST(IncidentClassification, TheCatalogOverridesTheDefault)
{
    catalog::Catalog catalog = bundled();
    catalog.csirt->priorities = { { "fraud/phishing", "P2" }, { "vulnerable", "P4" } };
    const domain::PriorityOverrides overrides = domain::priority_overrides(catalog);
    auto phishing
        = domain::check_classification({ "fraud", "phishing", "TLP:CLEAR", "", "" }, overrides);
    ASSERT_TRUE(phishing.value);
    EXPECT_EQ(phishing.value->default_priority, domain::Priority::P2);
    auto raised = domain::check_classification(
        { "vulnerable", "weak-crypto", "TLP:CLEAR", "P3", "" }, overrides);
    EXPECT_FALSE(raised.value) << "P3 differs from the site's P4 for this class";
}

TEST(IncidentClassification, RefusesUnknownClassesTypesAndTlpVersionOne)
{
    auto check = domain::check_classification({ "peretasan", "", "TLP:WHITE", "P9", "" }, {});
    EXPECT_FALSE(check.value);
    EXPECT_EQ(check.errors.at("kelas").key, "incident.rsit_unknown");
    EXPECT_EQ(check.errors.at("tlp").key, "tlp.version1_white");
    EXPECT_EQ(check.errors.at("prioritas").key, "incident.priority_unknown");
    auto wrong_type = domain::check_classification({ "fraud", "ddos", "TLP:RED", "", "" }, {});
    EXPECT_EQ(wrong_type.errors.at("jenis").key, "incident.rsit_type_unknown");
    auto no_class = domain::check_classification({ "", "", "", "", "" }, {});
    EXPECT_EQ(no_class.errors.at("kelas").key, "field.required");
    EXPECT_EQ(no_class.errors.at("tlp").key, "field.required");
}

TEST(IncidentClassification, AClassWithoutATypeIsAccepted)
{
    auto check = domain::check_classification({ "malicious-code", "", "TLP:RED", "", "" }, {});
    ASSERT_TRUE(check.value);
    EXPECT_EQ(check.value->default_priority, domain::Priority::P2);
}

// ---- impact and verification ----------------------------------------------------

TEST(IncidentImpact, RecordsTheAspectsScopeAndDisruption)
{
    auto check = domain::check_impact({ { "kerahasiaan", "1" }, { "ketersediaan", "1" },
        { "pengguna_terdampak", "1200" }, { "data_pribadi", "ya" },
        { "gangguan_layanan", "sebagian" }, { "ringkasan", "Data pasien terbaca." } });
    ASSERT_TRUE(check.value);
    EXPECT_TRUE(check.value->confidentiality);
    EXPECT_FALSE(check.value->integrity);
    EXPECT_EQ(check.value->users_affected, 1200);
    EXPECT_FALSE(check.value->systems_affected) << "empty: not yet known";
    const domain::Impact back = domain::impact_from_json(domain::impact_to_json(*check.value));
    EXPECT_EQ(back.users_affected, 1200);
    EXPECT_FALSE(back.systems_affected);
    EXPECT_EQ(back.summary, "Data pasien terbaca.");
    EXPECT_EQ(back.disruption, "sebagian");
}

TEST(IncidentImpact, RefusesBadCountsChoicesAndABlankSummary)
{
    auto check = domain::check_impact(
        { { "pengguna_terdampak", "-3" }, { "sistem_terdampak_jumlah", "1234567890" },
            { "data_pribadi", "mungkin" }, { "gangguan_layanan", "" }, { "ringkasan", " \n" } });
    EXPECT_FALSE(check.value);
    EXPECT_EQ(check.errors.at("pengguna_terdampak").key, "incident.count_invalid");
    EXPECT_EQ(check.errors.at("sistem_terdampak_jumlah").key, "incident.count_invalid");
    EXPECT_EQ(check.errors.at("data_pribadi").key, "incident.personal_data_choice");
    EXPECT_EQ(check.errors.at("gangguan_layanan").key, "incident.disruption_choice");
    EXPECT_EQ(check.errors.at("ringkasan").key, "field.required");
}

TEST(IncidentVerification, NotYetNeedsANote)
{
    EXPECT_EQ(domain::check_verification("belum", "").errors.at("catatan").key,
        "incident.verification_note");
    auto not_yet = domain::check_verification("belum", "Celah masih terbuka.");
    ASSERT_TRUE(not_yet.value);
    EXPECT_FALSE(not_yet.value->verified);
    auto verified = domain::check_verification("terverifikasi", "");
    ASSERT_TRUE(verified.value);
    EXPECT_TRUE(verified.value->verified);
    EXPECT_EQ(domain::check_verification("ya", "").errors.at("hasil").key,
        "incident.verification_choice");
}

// ---- the steps that wait for the desk --------------------------------------------

TEST(IncidentGate, TheAnalysisStepWaitsForClassificationTlpAndPriority)
{
    auto missing = domain::missing_requirement(bundled(), "analisis-dampak", {});
    ASSERT_TRUE(missing);
    EXPECT_EQ(missing->key, "incident.gate.classification");
    missing = domain::missing_requirement(bundled(), "analisis-dampak", { "classification" });
    ASSERT_TRUE(missing);
    EXPECT_EQ(missing->key, "incident.gate.tlp");
    EXPECT_FALSE(domain::missing_requirement(
        bundled(), "analisis-dampak", { "classification", "tlp", "priority" }));
}

TEST(IncidentGate, TheVerificationStepWaitsForAVerification)
{
    EXPECT_EQ(domain::missing_requirement(bundled(), "verifikasi-perbaikan", {})->key,
        "incident.gate.verification");
    EXPECT_FALSE(
        domain::missing_requirement(bundled(), "verifikasi-perbaikan", { "verification" }));
}

TEST(IncidentGate, OtherStepsAndCatalogsWithoutCsirtWaitForNothing)
{
    EXPECT_FALSE(domain::missing_requirement(bundled(), "rekomendasi", {}));
    catalog::Catalog without = bundled();
    without.csirt.reset();
    EXPECT_FALSE(domain::missing_requirement(without, "analisis-dampak", {}));
}

// ---- the [csirt] table -------------------------------------------------------------

TEST(CsirtCatalog, TheBundledCatalogCarriesTheHelpDesksContacts)
{
    ASSERT_TRUE(bundled().csirt);
    const catalog::Csirt& csirt = *bundled().csirt;
    EXPECT_EQ(csirt.emails.front(), "csirt@magelangkota.go.id");
    EXPECT_EQ(csirt.phone, bundled().helpdesk.phone);
    EXPECT_EQ(csirt.whatsapp, bundled().helpdesk.whatsapp);
    EXPECT_TRUE(csirt.encryption.empty()) << "no key is published";
    EXPECT_EQ(csirt.preferred_languages, (std::vector<std::string>{ "id", "en" }));
    EXPECT_EQ(csirt.step_requirements.at("analisis-dampak"),
        (std::vector<std::string>{ "classification", "tlp", "priority" }));
}

TEST(CsirtCatalog, RefusesAnExpiryOfAYearOrMore)
{
    EXPECT_NE(refusal(with_csirt_edit("expires_days = 180", "expires_days = 365"))
                  .find("csirt.expires_days: expected 1 to 364 days"),
        std::string::npos);
}

TEST(CsirtCatalog, RefusesStepsOutsideTheIncidentProceduresAndUnknownRequirements)
{
    EXPECT_NE(refusal(with_csirt_edit("analisis-dampak = [", "pelaksanaan = ["))
                  .find("csirt.steps.pelaksanaan: no step 'pelaksanaan'"),
        std::string::npos);
    EXPECT_NE(refusal(with_csirt_edit("[\"verification\"]", "[\"verifikasi\"]"))
                  .find("unknown requirement 'verifikasi'"),
        std::string::npos);
}

TEST(CsirtCatalog, RefusesPrioritiesOtherThanP1ToP4AndHttpKeys)
{
    EXPECT_NE(
        refusal(with_csirt_edit("[csirt.priorities]\n", "[csirt.priorities]\nfraud = \"P5\"\n"))
            .find("csirt.priorities.fraud: expected P1, P2, P3 or P4"),
        std::string::npos);
    EXPECT_NE(refusal(with_csirt_edit("expires_days = 180",
                          "expires_days = 180\nencryption = \"http://contoh.go.id/kunci.asc\""))
                  .find("csirt.encryption"),
        std::string::npos);
    EXPECT_NE(refusal(with_csirt_edit("expires_days = 180", "expires_days = 180\nsurel = \"x\""))
                  .find("csirt.surel: unknown key"),
        std::string::npos);
}

// ---- security.txt --------------------------------------------------------------------

TEST(SecurityTxt, ListsContactsExpiryLanguagesAndTheHttpsUris)
{
    const auto now = domain::from_utc_text("2026-12-03T10:00:00Z").value();
    const std::string text = domain::security_txt(*bundled().csirt, "https://layanan.contoh.go.id/",
        "/layanan/pelaporan-insiden/ajukan", now);
    EXPECT_NE(text.find("Contact: mailto:csirt@magelangkota.go.id\n"), std::string::npos);
    EXPECT_NE(text.find("Contact: https://layanan.contoh.go.id/layanan/pelaporan-insiden/ajukan\n"),
        std::string::npos);
    EXPECT_NE(text.find("Expires: 2027-06-01T10:00:00Z\n"), std::string::npos) << text;
    EXPECT_NE(text.find("Preferred-Languages: id, en\n"), std::string::npos);
    EXPECT_NE(text.find("Canonical: https://layanan.contoh.go.id/.well-known/security.txt\n"),
        std::string::npos);
    EXPECT_NE(text.find("Policy: https://layanan.contoh.go.id/csirt\n"), std::string::npos);
    EXPECT_EQ(text.find("Encryption:"), std::string::npos);
}

TEST(SecurityTxt, LeavesOutWebUrisThatAreNotHttps)
{
    const std::string text = domain::security_txt(*bundled().csirt, "http://127.0.0.1:8080",
        "/layanan/pelaporan-insiden/ajukan", domain::Clock().now());
    EXPECT_EQ(text.find("Canonical:"), std::string::npos);
    EXPECT_EQ(text.find("Policy:"), std::string::npos);
    EXPECT_EQ(text.find("Contact: http"), std::string::npos);
    EXPECT_NE(text.find("Contact: mailto:"), std::string::npos);
    EXPECT_NE(text.find("Expires: "), std::string::npos);
}

TEST(SecurityTxt, PrintsConfiguredKeysAndAcknowledgments)
{
    catalog::Csirt csirt = *bundled().csirt;
    csirt.encryption = "https://contoh.go.id/pgp.asc";
    csirt.acknowledgments = "https://contoh.go.id/terima-kasih";
    csirt.expires_days = 30;
    const auto now = domain::from_utc_text("2026-12-03T10:00:00Z").value();
    const std::string text = domain::security_txt(csirt, "", "", now);
    EXPECT_NE(text.find("Encryption: https://contoh.go.id/pgp.asc\n"), std::string::npos);
    EXPECT_NE(text.find("Acknowledgments: https://contoh.go.id/terima-kasih\n"), std::string::npos);
    EXPECT_NE(text.find("Expires: 2027-01-02T10:00:00Z\n"), std::string::npos);
}

} // namespace
