// GET /api/v1/services: the catalog as API clients read it.
#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <set>
#include <sstream>

#include "client.hpp"
#include "server.hpp"

namespace lapis::e2e {
namespace {

using nlohmann::json;

class ApiCatalog : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        server = std::make_unique<LapisServer>();
        server->start();
        reply = get(*server, "/api/v1/services");
        std::ifstream in(std::string(LAPIS_SOURCE_DIR) + "/catalog/magelang.toml");
        std::ostringstream text;
        text << in.rdbuf();
        catalog_text = text.str();
    }
    static void TearDownTestSuite() { server.reset(); }

    void SetUp() override
    {
        if (!server || !server->running())
            GTEST_FAIL() << "the server did not start";
        ASSERT_EQ(reply.status, 200);
        services = reply.json()["services"];
    }

    static inline std::unique_ptr<LapisServer> server;
    static inline Reply reply;
    static inline std::string catalog_text;
    json services;
};

const std::set<std::string> kFieldTypes = { "text", "textarea", "email", "phone", "nip", "nik",
    "pangkat", "agency", "date", "datetime", "url", "number", "choice", "consent", "file" };

::testing::AssertionResult is_complete_field(const json& field)
{
    for (const char* key : { "name", "label", "type" }) {
        if (!field.contains(key) || !field[key].is_string()
            || field[key].get<std::string>().empty())
            return ::testing::AssertionFailure() << "field without " << key << ": " << field;
    }
    if (!field.contains("required") || !field["required"].is_boolean())
        return ::testing::AssertionFailure() << "required is not a boolean: " << field;
    if (!kFieldTypes.contains(field["type"].get<std::string>()))
        return ::testing::AssertionFailure() << "unknown type: " << field;
    const std::string type = field["type"];
    if (type != "choice" && type != "agency")
        return ::testing::AssertionSuccess();
    if (!field.contains("options") || !field["options"].is_array() || field["options"].empty())
        return ::testing::AssertionFailure() << "options missing: " << field;
    for (const json& option : field["options"]) {
        if (!option["code"].is_string() || !option["label"].is_string()
            || option["code"].get<std::string>().empty())
            return ::testing::AssertionFailure() << "option without code and label: " << option;
    }
    return ::testing::AssertionSuccess();
}

TEST_F(ApiCatalog, ListsTheEightServicesInCatalogOrder)
{
    EXPECT_EQ(reply.header("Content-Type"), "application/json; charset=utf-8");
    std::vector<std::string> ids;
    for (const json& service : services)
        ids.push_back(service["id"]);
    EXPECT_EQ(ids,
        (std::vector<std::string>{ "sertifikat-elektronik", "implementasi-sertifikat-elektronik",
            "penilaian-kerentanan", "pelaporan-insiden", "jaringan-komunikasi", "email-sanapati",
            "kategorisasi-sistem-elektronik", "literasi-keamanan-informasi" }));
    for (const json& service : services) {
        for (const char* key : { "name", "description" })
            EXPECT_FALSE(service[key].get<std::string>().empty()) << service["id"] << key;
        EXPECT_FALSE(service["recipients"].empty()) << service["id"];
    }
}

TEST_F(ApiCatalog, ServiceWithoutKindsHasEmptyKindsAndItsOwnFields)
{
    std::map<std::string, std::vector<std::string>> kinds;
    for (const json& service : services) {
        const std::string id = service["id"];
        ASSERT_TRUE(service["kinds"].is_array()) << id;
        ASSERT_TRUE(service["fields"].is_array()) << id;
        for (const json& kind : service["kinds"]) {
            kinds[id].push_back(kind["id"]);
            EXPECT_FALSE(kind["fields"].empty()) << id << "/" << kind["id"];
        }
        if (service["kinds"].empty()) {
            EXPECT_FALSE(service["fields"].empty()) << id;
        } else {
            EXPECT_TRUE(service["fields"].empty()) << id;
        }
    }
    EXPECT_EQ(kinds["sertifikat-elektronik"],
        (std::vector<std::string>{ "penerbitan", "pembaruan", "pencabutan", "reset-passphrase" }));
    EXPECT_EQ(kinds["pelaporan-insiden"], (std::vector<std::string>{ "kerentanan", "insiden" }));
    EXPECT_EQ(kinds["jaringan-komunikasi"], (std::vector<std::string>{ "penyediaan", "gangguan" }));
    EXPECT_EQ(kinds["email-sanapati"],
        (std::vector<std::string>{ "reset-password", "perubahan-akun", "pengiriman-surat" }));
    for (const char* id : { "implementasi-sertifikat-elektronik", "penilaian-kerentanan",
             "kategorisasi-sistem-elektronik", "literasi-keamanan-informasi" })
        EXPECT_TRUE(kinds[id].empty()) << id;
}

TEST_F(ApiCatalog, FieldsCarryNameLabelTypeRequiredAndOptions)
{
    int agency_fields = 0;
    for (const json& service : services) {
        std::vector<json> forms = { service["fields"] };
        for (const json& kind : service["kinds"])
            forms.push_back(kind["fields"]);
        for (const json& fields : forms) {
            for (const json& field : fields) {
                EXPECT_TRUE(is_complete_field(field)) << service["id"];
                if (field["type"] == "agency") {
                    ++agency_fields;
                    EXPECT_NE(field["options"].dump().find(
                                  R"({"code":"rsud-tidar","label":"RSUD Tidar"})"),
                        std::string::npos);
                }
                if (field["type"] == "file") {
                    EXPECT_FALSE(field["accept"].empty()) << field;
                }
            }
        }
    }
    EXPECT_GT(agency_fields, 0);

    // Spot checks against the catalog: a conditional requirement and a choice.
    const json& certificate = services[0]["kinds"][0]["fields"];
    auto find = [&](const std::string& name) {
        for (const json& field : certificate) {
            if (field["name"] == name)
                return field;
        }
        return json();
    };
    EXPECT_EQ(find("nip")["type"], "nip");
    EXPECT_EQ(find("nip")["required"], false);
    EXPECT_EQ(find("nip")["required_when"],
        (json{ { "field", "status_kepegawaian" }, { "any_of", { "pns", "pppk" } } }));
    EXPECT_EQ(find("nama")["required"], true);
    EXPECT_EQ(find("status_kepegawaian")["options"][2],
        (json{ { "code", "pihak-lain" },
            { "label", "Pihak lain dengan rekomendasi Pejabat Berwenang" } }));
    EXPECT_EQ(find("ktp")["accept"], (json{ "pdf", "jpg", "jpeg", "png" }));
}

TEST_F(ApiCatalog, ProceduresListStepsWithIdNumberTextAndActor)
{
    for (const json& service : services) {
        ASSERT_FALSE(service["procedures"].empty()) << service["id"];
        for (const json& procedure : service["procedures"]) {
            int expected_number = 1;
            for (const json& step : procedure["steps"]) {
                SCOPED_TRACE(service["id"].get<std::string>() + " " + step.dump());
                EXPECT_FALSE(step["id"].get<std::string>().empty());
                EXPECT_EQ(step["number"], std::to_string(expected_number++));
                // The step text is the catalog's sentence, verbatim.
                EXPECT_NE(catalog_text.find("text = \"" + step["text"].get<std::string>() + "\""),
                    std::string::npos);
                const json& actor = step["actor"];
                const std::string kind = actor["kind"];
                if (kind == "role") {
                    EXPECT_FALSE(actor["role"].get<std::string>().empty());
                } else {
                    EXPECT_FALSE(actor["recorded_by"].get<std::string>().empty());
                }
                if (kind == "pihak-luar") {
                    EXPECT_EQ(actor["name"], "BSrE");
                }
            }
            if (procedure["requestable"] == true) {
                EXPECT_EQ(procedure["steps"][0]["actor"]["kind"], "pemohon");
            }
        }
    }
    const json& incident = services[3]["procedures"][0]["steps"];
    ASSERT_EQ(incident.size(), 7u);
    EXPECT_EQ(incident[1]["actor"], (json{ { "kind", "role" }, { "role", "helpdesk" } }));
    EXPECT_EQ(
        incident[4]["actor"], (json{ { "kind", "pemilik-sistem" }, { "recorded_by", "csirt" } }));
    const json& network = services[4]["procedures"];
    ASSERT_EQ(network.size(), 2u);
    EXPECT_EQ(network[1]["requestable"], false);
}

} // namespace
} // namespace lapis::e2e
