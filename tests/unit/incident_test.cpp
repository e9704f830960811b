// TLP 2.0, the RSIT taxonomy and incident priorities (DOMAIN.md §4.2, §4.4, §4.5).
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "domain/incident.hpp"

using namespace lapis::domain;

namespace {

std::string tlp_error(std::string_view text)
{
    TlpParse parsed = parse_tlp(text);
    return parsed.error ? parsed.error->key : "";
}

} // namespace

// ---------------------------------------------------------------------------------------
// TLP 2.0

TEST(TlpLabel, EveryLabelRoundTrips)
{
    ASSERT_EQ(tlp_levels().size(), 5u);
    for (Tlp tlp : tlp_levels()) {
        TlpParse parsed = parse_tlp(tlp_label(tlp));
        ASSERT_TRUE(parsed.tlp) << tlp_label(tlp);
        EXPECT_EQ(*parsed.tlp, tlp);
    }
}

TEST(TlpLabel, CanonicalLabelsAreExactlyTheFiveOfTlp2)
{
    EXPECT_EQ(tlp_label(Tlp::Red), "TLP:RED");
    EXPECT_EQ(tlp_label(Tlp::AmberStrict), "TLP:AMBER+STRICT");
    EXPECT_EQ(tlp_label(Tlp::Amber), "TLP:AMBER");
    EXPECT_EQ(tlp_label(Tlp::Green), "TLP:GREEN");
    EXPECT_EQ(tlp_label(Tlp::Clear), "TLP:CLEAR");
}

TEST(TlpLabel, ParsesAnyLetterCaseAndFormatsCanonically)
{
    TlpParse parsed = parse_tlp("tlp:amber+strict");
    ASSERT_TRUE(parsed.tlp);
    EXPECT_EQ(*parsed.tlp, Tlp::AmberStrict);
    EXPECT_EQ(tlp_label(*parsed.tlp), "TLP:AMBER+STRICT");
    EXPECT_EQ(parse_tlp("  Tlp:Green \n").tlp, Tlp::Green);
}

TEST(TlpLabel, RefusesTheVersion1WhiteLabelWithAHint)
{
    TlpParse parsed = parse_tlp("TLP:WHITE");
    EXPECT_FALSE(parsed.tlp);
    EXPECT_EQ(parsed.error, (Message{ "tlp.version1_white", "TLP:WHITE" }));
    EXPECT_EQ(tlp_error("tlp:white"), "tlp.version1_white");
}

TEST(TlpLabel, RefusesTranslatedLabels)
{
    EXPECT_EQ(parse_tlp("TLP:MERAH").error, (Message{ "tlp.translated", "TLP:MERAH" }));
    EXPECT_EQ(tlp_error("TLP:HIJAU"), "tlp.translated");
    EXPECT_EQ(tlp_error("TLP:AMBER+KETAT"), "tlp.translated");
    EXPECT_EQ(tlp_error("TLP:PUTIH"), "tlp.translated");
}

TEST(TlpLabel, RefusesEverythingElse)
{
    EXPECT_EQ(parse_tlp("TLP: RED").error, (Message{ "tlp.unknown", "TLP: RED" }));
    EXPECT_EQ(tlp_error("RED"), "tlp.unknown");
    EXPECT_EQ(tlp_error("TLP:AMBER STRICT"), "tlp.unknown");
    EXPECT_EQ(tlp_error("TLP:AMBER-STRICT"), "tlp.unknown");
    EXPECT_EQ(tlp_error("TLP:YELLOW"), "tlp.unknown");
    EXPECT_EQ(tlp_error(""), "field.required");
}

TEST(TlpLabel, ColoursOnBlack)
{
    EXPECT_EQ(tlp_colours(Tlp::Red).text, "#FF2B2B");
    EXPECT_EQ(tlp_colours(Tlp::Amber).text, "#FFC000");
    EXPECT_EQ(tlp_colours(Tlp::AmberStrict).text, tlp_colours(Tlp::Amber).text);
    EXPECT_EQ(tlp_colours(Tlp::Green).text, "#33FF00");
    for (Tlp tlp : tlp_levels()) {
        EXPECT_EQ(tlp_colours(tlp).background, "#000000");
    }
}

TEST(TlpLabel, EachLabelHasItsOwnAudienceExplanation)
{
    std::set<std::string> keys;
    for (Tlp tlp : tlp_levels()) {
        keys.insert(tlp_audience_key(tlp));
    }
    EXPECT_EQ(keys.size(), 5u);
    EXPECT_EQ(tlp_audience_key(Tlp::AmberStrict), "tlp.audience.amber_strict");
}

TEST(TlpLabel, EachLabelHasTheCssClassTheStylesheetColours)
{
    EXPECT_EQ(tlp_css_class(Tlp::Red), "tlp-red");
    EXPECT_EQ(tlp_css_class(Tlp::AmberStrict), "tlp-amber-strict");
    EXPECT_EQ(tlp_css_class(Tlp::Amber), "tlp-amber");
    EXPECT_EQ(tlp_css_class(Tlp::Green), "tlp-green");
    EXPECT_EQ(tlp_css_class(Tlp::Clear), "tlp-clear");
}

// ---------------------------------------------------------------------------------------
// RSIT

TEST(RsitTaxonomy, ElevenClassesEveryTypeInOne)
{
    EXPECT_EQ(rsit_classes().size(), 11u);
    std::set<std::string> tags;
    for (const RsitType& type : rsit_types()) {
        EXPECT_TRUE(find_rsit_class(type.class_value)) << type.class_value;
        EXPECT_FALSE(type.label_id.empty()) << type.value;
        EXPECT_TRUE(tags.insert(type.machine_tag()).second) << type.machine_tag();
    }
    for (const RsitClass& entry : rsit_classes()) {
        EXPECT_FALSE(entry.label_id.empty()) << entry.value;
    }
}

TEST(RsitTaxonomy, MachineTagFollowsTheMispForm)
{
    const RsitType* type = find_rsit_type("intrusions", "application-compromise");
    ASSERT_TRUE(type);
    EXPECT_EQ(type->machine_tag(), "rsit:intrusions=\"application-compromise\"");
    EXPECT_EQ(type->label, "Application Compromise");
    EXPECT_EQ(find_rsit_by_machine_tag("rsit:intrusions=\"application-compromise\""), type);
}

TEST(RsitTaxonomy, MachineValuesDifferFromTheHumanLabels)
{
    // DOMAIN.md §4.5 "Watch out": store the machine value, show the human label.
    auto value_of = [](std::string_view class_label, std::string_view type_label) {
        const RsitType* type = find_rsit_by_labels(class_label, type_label);
        return type ? std::string(type->value) : std::string("(none)");
    };
    EXPECT_EQ(value_of("Information Gathering", "Scanning"), "scanner");
    EXPECT_EQ(value_of("Intrusion Attempts", "Exploitation of known Vulnerabilities"), "ids-alert");
    EXPECT_EQ(value_of("Intrusion Attempts", "Login attempts"), "brute-force");
    EXPECT_EQ(value_of("Intrusion Attempts", "New attack signature"), "exploit");
    EXPECT_EQ(value_of("Abusive Content", "Child Porn/Sexual/Violent Content"), "violence");
    EXPECT_EQ(value_of("Information Content Security", "Unauthorised access to information"),
        "Unauthorised-information-access");
    EXPECT_EQ(value_of("Information Content Security", "Unauthorised modification of information"),
        "Unauthorised-information-modification");
}

TEST(RsitTaxonomy, MaliciousCodeTypesAreThoseOfMachinev1)
{
    // humanv1.md prints Virus, Worm, Trojan, Spyware, Dialer, Rootkit; machinev1 has none.
    for (std::string_view legacy : { "Virus", "Worm", "Trojan", "Spyware", "Dialer", "Rootkit" }) {
        EXPECT_FALSE(find_rsit_by_labels("Malicious Code", legacy)) << legacy;
    }
    for (std::string_view value : { "infected-system", "c2-server", "malware-distribution",
             "malware-configuration", "malware-dga-domain" }) {
        EXPECT_TRUE(find_rsit_type("malicious-code", value)) << value;
    }
    EXPECT_EQ(find_rsit_type("malicious-code", "infected-system")->label, "Infected System");
}

TEST(RsitTaxonomy, VulnerableSystemSitsUnderVulnerable)
{
    const RsitType* type = find_rsit_by_labels("Vulnerable", "Vulnerable system");
    ASSERT_TRUE(type);
    EXPECT_EQ(type->machine_tag(), "rsit:vulnerable=\"vulnerable-system\"");
    // "Other" exists twice, in Vulnerable and in Other; the class tells them apart.
    EXPECT_EQ(find_rsit_by_labels("Vulnerable", "Other")->class_value, "vulnerable");
    EXPECT_EQ(find_rsit_by_labels("Other", "Other")->class_value, "other");
}

TEST(RsitTaxonomy, UnauthorisedKeepsItsCapitalU)
{
    const RsitType* type
        = find_rsit_type("information-content-security", "Unauthorised-information-access");
    ASSERT_TRUE(type);
    EXPECT_EQ(type->machine_tag(),
        "rsit:information-content-security=\"Unauthorised-information-access\"");
    EXPECT_FALSE(find_rsit_type("information-content-security", "unauthorised-information-access"));
    // A tag from revision 1.1 (lowercase) or in capitals finds the same entry.
    EXPECT_EQ(find_rsit_by_machine_tag(
                  "rsit:information-content-security=\"unauthorised-information-access\""),
        type);
    EXPECT_EQ(find_rsit_by_machine_tag(
                  "RSIT:information-content-security=\"Unauthorised-information-access\""),
        type);
}

TEST(RsitTaxonomy, RefusesMalformedOrUnknownMachineTags)
{
    EXPECT_FALSE(find_rsit_by_machine_tag("rsit:malicious-code=\"virus\""));
    EXPECT_FALSE(find_rsit_by_machine_tag("rsit:intrusions=application-compromise"));
    EXPECT_FALSE(find_rsit_by_machine_tag("intrusions=\"application-compromise\""));
    EXPECT_FALSE(find_rsit_by_machine_tag("rsit:intrusions"));
    EXPECT_FALSE(find_rsit_by_machine_tag("rsit:=\"\""));
}

TEST(RsitTaxonomy, LabelLookupIgnoresCase)
{
    const RsitType* type = find_rsit_by_labels("fraud", "PHISHING");
    ASSERT_TRUE(type);
    EXPECT_EQ(type->machine_tag(), "rsit:fraud=\"phishing\"");
    EXPECT_FALSE(find_rsit_by_labels("Phishing", "Phishing"));
}

TEST(RsitTaxonomy, IndonesianSuggestionsPointAtRealEntries)
{
    for (const RsitSuggestion& suggestion : rsit_suggestions()) {
        EXPECT_TRUE(find_rsit_type(suggestion.class_value, suggestion.type_value))
            << suggestion.code;
        if (!suggestion.also_class.empty()) {
            EXPECT_TRUE(find_rsit_class(suggestion.also_class)) << suggestion.code;
        }
    }
}

TEST(RsitTaxonomy, DomainMappingExamples)
{
    auto suggestion = [](std::string_view code) -> const RsitSuggestion& {
        for (const RsitSuggestion& entry : rsit_suggestions()) {
            if (entry.code == code) {
                return entry;
            }
        }
        ADD_FAILURE() << code;
        return rsit_suggestions().front();
    };
    EXPECT_EQ(suggestion("defacement").type_value, "application-compromise");
    EXPECT_EQ(suggestion("judi-online").class_value, "intrusions");
    EXPECT_EQ(suggestion("judi-online").also_class, "abusive-content");
    EXPECT_EQ(suggestion("ransomware").type_value, "Unauthorised-information-modification");
    EXPECT_FALSE(suggestion("ransomware").alternative.empty());
    EXPECT_EQ(suggestion("kebocoran-data").type_value, "Unauthorised-information-access");
}

// ---------------------------------------------------------------------------------------
// Priority

TEST(PriorityDefault, ProposedDefaultsPerClass)
{
    EXPECT_EQ(default_priority("information-content-security"), Priority::P1);
    EXPECT_EQ(
        default_priority("information-content-security", "Unauthorised-information-modification"),
        Priority::P1);
    EXPECT_EQ(default_priority("information-content-security", "data-loss"), Priority::P2);
    EXPECT_EQ(default_priority("malicious-code", "infected-system"), Priority::P2);
    EXPECT_EQ(default_priority("intrusions", "application-compromise"), Priority::P2);
    EXPECT_EQ(default_priority("fraud", "phishing"), Priority::P3);
    EXPECT_EQ(default_priority("vulnerable", "vulnerable-system"), Priority::P3);
    EXPECT_EQ(default_priority("test", "test"), Priority::P4);
}

TEST(PriorityDefault, EveryClassHasADefault)
{
    for (const RsitClass& entry : rsit_classes()) {
        Priority priority = default_priority(entry.value);
        EXPECT_TRUE(priority >= Priority::P1 && priority <= Priority::P4) << entry.value;
    }
}

TEST(PriorityDefault, UnknownClassCountsAsOther)
{
    EXPECT_EQ(default_priority("no-such-class"), default_priority("other"));
}

TEST(PriorityDefault, SiteOverridesWinTypeBeforeClass)
{
    PriorityOverrides overrides{
        { "intrusions", Priority::P1 },
        { "intrusions/burglary", Priority::P3 },
        { "information-content-security", Priority::P2 },
    };
    EXPECT_EQ(default_priority("intrusions", "application-compromise", overrides), Priority::P1);
    EXPECT_EQ(default_priority("intrusions", "burglary", overrides), Priority::P3);
    EXPECT_EQ(default_priority("intrusions", "", overrides), Priority::P1);
    // A class override also beats the built-in type default.
    EXPECT_EQ(
        default_priority("information-content-security", "data-loss", overrides), Priority::P2);
    EXPECT_EQ(default_priority("fraud", "phishing", overrides), Priority::P3);
}

TEST(PriorityDefault, CodesParseAndLabelKeys)
{
    EXPECT_EQ(priority_code(Priority::P1), "P1");
    EXPECT_EQ(parse_priority("p2"), Priority::P2);
    EXPECT_EQ(parse_priority(" P4 "), Priority::P4);
    EXPECT_FALSE(parse_priority("P5"));
    EXPECT_FALSE(parse_priority("Kritis"));
    EXPECT_EQ(priority_label_key(Priority::P3), "priority.p3");
    EXPECT_EQ(response_target_key(Priority::P1), "priority.response.p1");
}

TEST(PriorityDefault, ProposedResponseTargets)
{
    EXPECT_EQ(default_response_target(Priority::P1), (ResponseTarget{ 1, TimeUnit::WorkingHours }));
    EXPECT_EQ(default_response_target(Priority::P2), (ResponseTarget{ 4, TimeUnit::Hours }));
    EXPECT_EQ(default_response_target(Priority::P3), (ResponseTarget{ 1, TimeUnit::WorkingDays }));
    EXPECT_EQ(default_response_target(Priority::P4), (ResponseTarget{ 3, TimeUnit::WorkingDays }));
}
