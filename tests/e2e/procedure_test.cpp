// Staff carrying requests through the catalog's procedures: every request of
// every service and kind walked to `selesai`, and every move the gate refuses.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <future>
#include <memory>
#include <regex>
#include <set>

#include "client.hpp"
#include "desk_incident_steps.hpp"
#include "server.hpp"

namespace lapis::e2e {
namespace {

using nlohmann::json;

constexpr const char* kOwnerAgency = "dinas-kesehatan";

// A server with one account for every role of the catalog, each signed in, and a
// second member of the telephone team who is never assigned.
struct Desk {
    LapisServer server;
    std::map<std::string, StaffAccount> accounts; // role → account
    std::map<std::string, std::unique_ptr<StaffClient>> staff;
    std::unique_ptr<StaffClient> unassigned; // the second tim-telekomunikasi member
    json services;

    Desk()
    {
        const std::vector<std::pair<std::string, std::string>> roles
            = { { "verifikator", "Vera Verifikator" }, { "helpdesk", "Hana Helpdesk" },
                  { "csirt", "Citra Csirt" }, { "tim-pendamping", "Pandu Pendamping" },
                  { "tim-penilai", "Nilam Penilai" }, { "tim-kategorisasi", "Kirana Kategorisasi" },
                  { "tim-literasi", "Lita Literasi" }, { "tim-telekomunikasi", "Tomo Telekom" },
                  { "petugas-sanapati", "Sapta Sanapati" }, { "kepala-bidang", "Kabid Budi" },
                  { "operator", "Oki Operator" }, { "admin", "Adi Admin" } };
        std::vector<LapisServer::NewUser> users;
        for (const auto& [role, name] : roles)
            users.push_back({ role + "@uji.lapis", name, { role } });
        users.push_back({ "telekom.dua@uji.lapis", "Tono Telekom Dua", { "tim-telekomunikasi" } });
        std::vector<StaffAccount> made = server.add_users(users);
        server.start();
        std::vector<std::future<std::unique_ptr<StaffClient>>> sessions;
        for (const StaffAccount& account : made) {
            sessions.push_back(std::async(std::launch::async,
                [this, account] { return std::make_unique<StaffClient>(server, account); }));
        }
        for (std::size_t i = 0; i < roles.size(); ++i) {
            accounts[roles[i].first] = made[i];
            staff[roles[i].first] = sessions[i].get();
        }
        unassigned = sessions.back().get();
        services = get(server, "/api/v1/services").json()["services"];
    }

    StaffClient& as(const std::string& role) { return *staff.at(role); }

    const json& procedure_of(const FormSample& form) const
    {
        for (const json& service : services) {
            if (service["id"] != form.service)
                continue;
            std::string id
                = service["kinds"].empty() ? service["procedure"]["id"].get<std::string>() : "";
            for (const json& kind : service["kinds"]) {
                if (kind["id"] == form.kind)
                    id = kind["procedure"];
            }
            for (const json& procedure : service["procedures"]) {
                if (procedure["id"] == id)
                    return procedure;
            }
        }
        throw std::invalid_argument("no procedure for " + form.label());
    }
};

// One row of the staff page's history, as the test expects it.
struct Move {
    std::string action;
    std::string who; // the "Oleh" cell
    int from_step = 0;
    int to_step = 0;
    std::string note;
};

// A request and everything done to it so far.
struct Case {
    FormSample form;
    Submitted sent;
    std::vector<Move> moves;
    int step = 2; // the current step's number
};

json view(const Desk& desk, const Case& request)
{
    Reply reply = track_api(desk.server, request.sent.number, request.sent.code);
    EXPECT_EQ(reply.status, 200) << reply.body;
    return reply.status == 200 ? reply.json() : json::object();
}

// What must stay the same when a move is refused.
json unchanged_part(const json& request)
{
    return { { "status", request["status"] }, { "step", request["step"] },
        { "history", request["history"].size() }, { "updated_at", request["updated_at"] } };
}

Case submit(Desk& desk, const FormSample& form)
{
    Case request{ form, submit_api(desk.server, form), {}, 2 };
    EXPECT_EQ(request.sent.status, 201) << request.sent.reply.body;
    request.moves.push_back({ "submit", "Pemohon", 1, 2, "" });
    return request;
}

// A staff move that must succeed; records it for the history check.
void staff_move(Desk& desk, Case& request, StaffClient& staff, httplib::Params params, int to_step,
    const std::string& on_behalf = "")
{
    const std::string action = params.find("aksi")->second;
    const std::string note = params.count("catatan") ? params.find("catatan")->second : "";
    Reply reply = staff.act(request.sent.number, params);
    ASSERT_EQ(reply.status, 303) << action << " by " << staff.account().name << ": " << reply.body;
    EXPECT_EQ(reply.header("Location"), "/staf/permohonan/" + request.sent.number + "?ok=1");
    std::string who = staff.account().name;
    if (!on_behalf.empty())
        who += " (mencatat atas nama " + on_behalf + ")";
    request.moves.push_back({ action, who, request.step, to_step, note });
    request.step = to_step;
}

// A requester move on the tracking page that must succeed.
void requester_move(
    Desk& desk, Case& request, const std::string& action, const std::string& note, int to_step)
{
    Reply reply = requester_act(desk.server, request.sent.number, request.sent.code, action, note);
    ASSERT_EQ(reply.status, 303) << action << ": " << reply.body;
    request.moves.push_back({ action, "Pemohon", request.step, to_step, note });
    request.step = to_step;
}

// Refused, and nothing about the request changed.
void expect_refused(Desk& desk, const Case& request, StaffClient& staff,
    const httplib::Params& params, int status, const std::string& why)
{
    const json before = unchanged_part(view(desk, request));
    Reply reply = staff.act(request.sent.number, params);
    EXPECT_EQ(reply.status, status) << why << ": " << reply.body;
    EXPECT_EQ(unchanged_part(view(desk, request)), before) << why;
}

// The e-signature desk holds a step back until the assisting team recorded its
// milestone (docs/desk-esignature.md): the team records it first, and the
// history shows the record as a desk row.
void record_milestone(Desk& desk, Case& request, const std::string& milestone)
{
    std::time_t now = std::time(nullptr) + 7 * 3600;
    std::tm parts{};
    gmtime_r(&now, &parts);
    char today[16];
    std::strftime(today, sizeof today, "%Y-%m-%d", &parts);
    StaffClient& team = desk.as("tim-pendamping");
    Reply reply
        = post_form(desk.server, "/staf/permohonan/" + request.sent.number + "/esign/tahapan",
            { { "tahapan", milestone }, { "tanggal", today }, { "_csrf", team.csrf() } },
            team.cookie_headers());
    ASSERT_EQ(reply.status, 303) << milestone << ": " << reply.body;
    request.moves.push_back({ "desk", team.account().name, request.step, request.step, "" });
}

std::string party(const json& actor)
{
    const std::string kind = actor["kind"];
    return kind == "pihak-luar" ? actor["name"].get<std::string>() : kind;
}

// A desk's own condition on a step, met the way its staff meet it. The
// categorisation desk (web/desk_categorisation.cpp) holds its assistance step
// until the questionnaire is complete: the team fills it in, which links the
// system the form names and categorises it, two desk events in the history.
void meet_desk_condition(Desk& desk, Case& request, const json& step)
{
    if (request.form.service != "kategorisasi-sistem-elektronik" || step["id"] != "asistensi")
        return;
    StaffClient& team = desk.as("tim-kategorisasi");
    httplib::Params answers = { { "_csrf", team.csrf() } };
    for (int q = 0; q < 10; ++q)
        answers.emplace("q" + std::to_string(q), "A");
    Reply saved
        = post_form(desk.server, "/staf/permohonan/" + request.sent.number + "/kategorisasi",
            answers, team.cookie_headers());
    ASSERT_EQ(saved.status, 303) << saved.body;
    request.moves.push_back({ "desk", team.account().name, request.step, request.step,
        request.form.values.at("nama_sistem") });
    request.moves.push_back(
        { "desk", team.account().name, request.step, request.step, "Skor 50: Strategis" });
}

// Completes the current step (index `i` of `steps`) as the catalog says who acts.
void complete_step(Desk& desk, Case& request, const json& steps, std::size_t i, bool requester_turn)
{
    meet_desk_condition(desk, request, steps[i]);
    if (::testing::Test::HasFatalFailure())
        return;
    const json& step = steps[i];
    const json& actor = step["actor"];
    const int next = i + 1 < steps.size() ? static_cast<int>(i) + 2 : static_cast<int>(i) + 1;
    const std::string note = "Langkah " + step["number"].get<std::string>() + " "
        + step["id"].get<std::string>() + " selesai.";
    const std::set<std::string> milestones{ "analisis-kebutuhan", "integrasi-development",
        "uji-kesesuaian", "sertifikat-pengesahan", "integrasi-production" };
    if (request.form.service == "implementasi-sertifikat-elektronik"
        && milestones.contains(step["id"].get<std::string>())) {
        record_milestone(desk, request, step["id"]);
        if (::testing::Test::HasFatalFailure())
            return;
    }
    if (actor["kind"] == "pemohon" && requester_turn) {
        requester_move(desk, request, "complete", note, next);
        return;
    }
    if (actor["kind"] != "role") {
        StaffClient& recorder = desk.as(actor["recorded_by"]);
        staff_move(desk, request, recorder, { { "aksi", "complete" }, { "catatan", note } }, next,
            party(actor));
        return;
    }
    const std::string role = actor["role"];
    StaffClient& staff = desk.as(role);
    // The step is waiting in the acting role's queue.
    EXPECT_NE(staff.get("/staf").body.find(">" + request.sent.number + "</a>"), std::string::npos)
        << request.sent.number << " is not in the queue of " << role;
    if (role == "kepala-bidang") {
        const std::string team = steps[i + 1]["actor"]["role"];
        const std::string member = std::to_string(desk.accounts.at(team).id);
        staff_move(desk, request, staff,
            { { "aksi", "assign" }, { "petugas", member }, { "catatan", note } }, next);
    } else if (step["id"] == "analisis-dampak") {
        classify_incident(desk.server, staff, request.sent.number);
        request.moves.push_back({ "desk", staff.account().name, request.step, request.step, "" });
        staff_move(desk, request, staff,
            { { "aksi", "complete" }, { "pemilik", kOwnerAgency }, { "catatan", note } }, next);
    } else {
        if (step["id"] == "verifikasi-perbaikan") {
            verify_incident_fix(desk.server, staff, request.sent.number);
            request.moves.push_back(
                { "desk", staff.account().name, request.step, request.step, "" });
        }
        staff_move(desk, request, staff, { { "aksi", "complete" }, { "catatan", note } }, next);
    }
}

// The history on the staff page: every move in order with who, when, from, to and note.
void expect_staff_history(Desk& desk, const Case& request)
{
    Reply page = desk.as("kepala-bidang").request_page(request.sent.number);
    ASSERT_EQ(page.status, 200);
    const std::string table = between(page.body, "<table class=\"history\">", "</table>");
    // Waktu, Kegiatan, Oleh, Langkah "from → to", Catatan.
    const std::regex row(R"(<tr><td>([^<]*)</td><td>[^<]*</td><td>([^<]*)</td>)"
                         R"(<td>(\d+) → (\d+)</td><td>(.*?)</td></tr>)");
    std::vector<std::smatch> rows;
    for (auto it = std::sregex_iterator(table.begin(), table.end(), row);
         it != std::sregex_iterator(); ++it)
        rows.push_back(*it);
    ASSERT_EQ(rows.size(), request.moves.size()) << table;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Move& move = request.moves[i];
        SCOPED_TRACE("history row " + std::to_string(i + 1) + ": " + move.action);
        EXPECT_TRUE(std::regex_match(
            rows[i][1].str(), std::regex(R"(\d{1,2} [A-Z][a-z]+ \d{4} \d{2}\.\d{2} WIB)")))
            << rows[i][1];
        EXPECT_EQ(rows[i][2].str(), html_escape(move.who));
        EXPECT_EQ(std::stoi(rows[i][3]), move.from_step);
        EXPECT_EQ(std::stoi(rows[i][4]), move.to_step);
        if (!move.note.empty()) {
            EXPECT_NE(rows[i][5].str().find(html_escape(move.note)), std::string::npos)
                << rows[i][5];
        }
    }
}

// The API's history lists the same moves in the same order.
void expect_api_history(Desk& desk, const Case& request)
{
    json history = view(desk, request)["history"];
    std::vector<std::string> actions;
    for (const json& entry : history)
        actions.push_back(entry["action"]);
    std::vector<std::string> expected;
    for (const Move& move : request.moves)
        expected.push_back(move.action);
    EXPECT_EQ(actions, expected);
    for (std::size_t i = 1; i < history.size(); ++i)
        EXPECT_LE(history[i - 1]["at"], history[i]["at"]) << "history out of order at " << i;
}

void expect_finished(Desk& desk, const Case& request)
{
    json finished = view(desk, request);
    EXPECT_EQ(finished["status"], "selesai");
    EXPECT_TRUE(finished["step"].is_null());
    for (const json& step : finished["steps"])
        EXPECT_EQ(step["state"], "done") << step["id"];
    Reply page = track_page(desk.server, request.sent.number, request.sent.code);
    EXPECT_EQ(page.body.find("class=\"step-current\""), std::string::npos);
    EXPECT_EQ(page.body.find("name=\"aksi\""), std::string::npos)
        << "a finished request offers moves";
    expect_api_history(desk, request);
    expect_staff_history(desk, request);
}

class ProcedureOfEveryForm : public ::testing::TestWithParam<FormSample> {
protected:
    static void SetUpTestSuite() { desk = std::make_unique<Desk>(); }
    static void TearDownTestSuite() { desk.reset(); }

    static inline std::unique_ptr<Desk> desk;
};

TEST_P(ProcedureOfEveryForm, WalksEveryStepToSelesaiAsTheCatalogSays)
{
    ASSERT_TRUE(desk && desk->server.running());
    Case request = submit(*desk, GetParam());
    ASSERT_EQ(request.sent.status, 201);
    const json& steps = desk->procedure_of(request.form)["steps"];
    // The requester marks some of their own steps done on the tracking page; staff
    // record the others on their behalf.
    bool requester_turn = request.form.label().size() % 2 == 0;
    for (std::size_t i = 1; i < steps.size(); ++i) {
        SCOPED_TRACE("step " + steps[i]["number"].get<std::string>());
        complete_step(*desk, request, steps, i, requester_turn);
        if (steps[i]["actor"]["kind"] == "pemohon")
            requester_turn = !requester_turn;
        if (HasFatalFailure())
            return;
        json now = view(*desk, request);
        if (i + 1 < steps.size()) {
            EXPECT_EQ(now["status"], "berjalan");
            EXPECT_EQ(now["step"], steps[i + 1]["number"]);
        }
    }
    expect_finished(*desk, request);
}

std::string form_name(const ::testing::TestParamInfo<FormSample>& info)
{
    std::string name = info.param.label();
    for (char& c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    }
    return name;
}

// The Sanapati and telephone desks hold their requests until the desk's records are
// made (sign-offs, proof, a passed test): their walks are in desk_sanapati_test.cpp
// and desk_telecom_test.cpp.
std::vector<FormSample> forms_the_procedure_alone_finishes()
{
    std::vector<FormSample> forms;
    for (const FormSample& form : valid_forms()) {
        if (form.service != "email-sanapati" && form.service != "jaringan-komunikasi")
            forms.push_back(form);
    }
    return forms;
}

INSTANTIATE_TEST_SUITE_P(Catalog, ProcedureOfEveryForm,
    ::testing::ValuesIn(forms_the_procedure_alone_finishes()), form_name);

class Procedure : public ::testing::Test {
protected:
    static void SetUpTestSuite() { desk = std::make_unique<Desk>(); }
    static void TearDownTestSuite() { desk.reset(); }

    void SetUp() override
    {
        if (!desk || !desk->server.running())
            GTEST_FAIL() << "the server did not start";
    }

    static inline std::unique_ptr<Desk> desk;
};

TEST_F(Procedure, IncidentReportWalksToSelesaiWithSendBackAfterFailedVerification)
{
    Case report = submit(*desk, valid_form("pelaporan-insiden", "insiden"));
    StaffClient& helpdesk = desk->as("helpdesk");
    StaffClient& csirt = desk->as("csirt");

    // Step 2: the helpdesk asks for more information; the requester answers.
    staff_move(*desk, report, helpdesk,
        { { "aksi", "return" }, { "catatan", "Mohon lampirkan tangkapan layar halaman depan." } },
        2);
    json waiting = view(*desk, report);
    EXPECT_EQ(waiting["status"], "menunggu-pemohon");
    EXPECT_EQ(waiting["step"], "2");
    EXPECT_EQ(waiting["history"].back()["note"], "Mohon lampirkan tangkapan layar halaman depan.");
    Reply page = track_page(desk->server, report.sent.number, report.sent.code);
    EXPECT_NE(page.body.find("name=\"aksi\" value=\"answer\""), std::string::npos);
    expect_refused(
        *desk, report, helpdesk, { { "aksi", "complete" } }, 409, "complete while waiting");
    EXPECT_EQ(
        requester_act(desk->server, report.sent.number, report.sent.code, "answer", " ").status,
        422);
    // The answer carries a file, as the tracking page's form allows.
    const FileSample screenshot = png_file("lampiran", "tangkapan-layar.png");
    // A refused answer (a program is no evidence) comes back with the typed text kept.
    Reply refused = post_multipart(desk->server, "/lacak/" + report.sent.number + "/aksi",
        { { "kode", report.sent.code, "", "" }, { "aksi", "answer", "", "" },
            { "catatan", "Lihat <lampiran> ini.", "", "" },
            { "lampiran", "MZ\x90\x00program", "alat.exe", "application/octet-stream" } });
    EXPECT_EQ(refused.status, 422) << refused.body;
    EXPECT_NE(refused.body.find("role=\"alert\""), std::string::npos);
    EXPECT_NE(refused.body.find(">Lihat &lt;lampiran&gt; ini.</textarea>"), std::string::npos)
        << refused.body;
    Reply answered = post_multipart(desk->server, "/lacak/" + report.sent.number + "/aksi",
        { { "kode", report.sent.code, "", "" }, { "aksi", "answer", "", "" },
            { "catatan", "Tangkapan layar terlampir.", "", "" },
            { "lampiran", screenshot.bytes, screenshot.filename, screenshot.content_type } });
    ASSERT_EQ(answered.status, 303) << answered.body;
    report.moves.push_back({ "answer", "Pemohon", 2, 2, "Tangkapan layar terlampir." });
    EXPECT_EQ(view(*desk, report)["status"], "berjalan");
    EXPECT_NE(helpdesk.request_page(report.sent.number).body.find(">tangkapan-layar.png</a>"),
        std::string::npos);
    staff_move(
        *desk, report, helpdesk, { { "aksi", "complete" }, { "catatan", "Terverifikasi." } }, 3);

    // Step 3 names the owner of the affected system.
    expect_refused(*desk, report, csirt, { { "aksi", "complete" } }, 422, "no owner");
    expect_refused(*desk, report, csirt, { { "aksi", "complete" }, { "pemilik", "dinas-rahasia" } },
        422, "unknown owner");
    // The refused page keeps the officer's note in the form it came from.
    Reply kept = csirt.act(
        report.sent.number, { { "aksi", "complete" }, { "catatan", "Dampak: <situs> publik" } });
    EXPECT_EQ(kept.status, 422);
    EXPECT_NE(kept.body.find("role=\"alert\""), std::string::npos);
    EXPECT_NE(kept.body.find(">Dampak: &lt;situs&gt; publik</textarea>"), std::string::npos)
        << kept.body;
    classify_incident(desk->server, csirt, report.sent.number);
    report.moves.push_back({ "desk", csirt.account().name, 3, 3, "" });
    staff_move(*desk, report, csirt,
        { { "aksi", "complete" }, { "pemilik", kOwnerAgency },
            { "catatan", "Dampak: situs publik." } },
        4);
    EXPECT_NE(csirt.request_page(report.sent.number).body.find("<strong>Dinas Kesehatan</strong>"),
        std::string::npos);
    // The staff form is multipart: a note, a file and the CSRF token in one body.
    const FileSample advice = pdf_file("lampiran", "rekomendasi-csirt.pdf");
    Reply with_file = csirt.act_multipart(report.sent.number,
        { { "aksi", "complete", "", "" }, { "catatan", "Rekomendasi dikirim.", "", "" },
            { "lampiran", advice.bytes, advice.filename, advice.content_type } });
    ASSERT_EQ(with_file.status, 303) << with_file.body;
    report.moves.push_back({ "complete", csirt.account().name, 4, 5, "Rekomendasi dikirim." });
    report.step = 5;
    EXPECT_NE(csirt.request_page(report.sent.number).body.find(">rekomendasi-csirt.pdf</a>"),
        std::string::npos);

    // Steps 5 and 6 are the system owner's; CSIRT records them.
    EXPECT_EQ(
        requester_act(desk->server, report.sent.number, report.sent.code, "complete").status, 409);
    staff_move(*desk, report, csirt, { { "aksi", "complete" }, { "catatan", "Mitigasi pertama." } },
        6, "pemilik-sistem");
    staff_move(*desk, report, csirt,
        { { "aksi", "complete" }, { "catatan", "Pencegahan dipasang." } }, 7, "pemilik-sistem");

    // Step 7: the verification fails and the report goes back to step 5.
    expect_refused(*desk, report, csirt, { { "aksi", "back" }, { "ke_langkah", "mitigasi" } }, 422,
        "back without a reason");
    expect_refused(*desk, report, csirt,
        { { "aksi", "back" }, { "ke_langkah", "pencegahan" }, { "catatan", "x" } }, 409,
        "back to a step the catalog does not allow");
    staff_move(*desk, report, csirt,
        { { "aksi", "back" }, { "ke_langkah", "mitigasi" },
            { "catatan", "Celah masih dapat dieksploitasi." } },
        5);
    EXPECT_EQ(view(*desk, report)["step"], "5");
    staff_move(*desk, report, csirt, { { "aksi", "complete" }, { "catatan", "Mitigasi kedua." } },
        6, "pemilik-sistem");
    staff_move(*desk, report, csirt, { { "aksi", "complete" }, { "catatan", "Pencegahan ulang." } },
        7, "pemilik-sistem");
    verify_incident_fix(desk->server, csirt, report.sent.number);
    report.moves.push_back({ "desk", csirt.account().name, 7, 7, "" });
    staff_move(*desk, report, csirt,
        { { "aksi", "complete" }, { "catatan", "Perbaikan terverifikasi." } }, 7);
    expect_finished(*desk, report);
}

TEST_F(Procedure, VulnerabilityAssessmentGoesBackToRepairAfterFailedVerification)
{
    Case request = submit(*desk, valid_form("penilaian-kerentanan"));
    StaffClient& team = desk->as("tim-penilai");
    // The answer to a question may come by telephone: staff record it.
    staff_move(*desk, request, team,
        { { "aksi", "return" }, { "catatan", "Siapa narahubung teknis?" } }, 2);
    staff_move(*desk, request, team,
        { { "aksi", "answer" }, { "catatan", "Pak Joko, lewat telepon." } }, 2, "pemohon");
    staff_move(
        *desk, request, team, { { "aksi", "complete" }, { "catatan", "Jadwal disepakati." } }, 3);
    staff_move(
        *desk, request, team, { { "aksi", "complete" }, { "catatan", "Penilaian selesai." } }, 4);
    staff_move(
        *desk, request, team, { { "aksi", "complete" }, { "catatan", "Laporan dikirim." } }, 5);
    // The requester's own step, done through the API this time.
    Reply done = post_json(desk->server,
        "/api/v1/requests/" + request.sent.number + "/actions?code=" + request.sent.code,
        { { "action", "complete" }, { "note", "Perbaikan sudah kami pasang." } });
    ASSERT_EQ(done.status, 200) << done.body;
    EXPECT_EQ(done.json()["step"], "6");
    request.moves.push_back({ "complete", "Pemohon", 5, 6, "Perbaikan sudah kami pasang." });
    request.step = 6;
    staff_move(*desk, request, team,
        { { "aksi", "back" }, { "ke_langkah", "perbaikan" },
            { "catatan", "Dua temuan belum diperbaiki." }, { "publik", "1" } },
        5);
    Reply page = track_page(desk->server, request.sent.number, request.sent.code);
    EXPECT_NE(page.body.find("Dua temuan belum diperbaiki."), std::string::npos);
    EXPECT_NE(page.body.find("name=\"aksi\" value=\"complete\""), std::string::npos)
        << "step 5 is the requester's again";
    staff_move(*desk, request, team,
        { { "aksi", "complete" }, { "catatan", "Dicatat atas pemohon." } }, 6, "pemohon");
    staff_move(
        *desk, request, team, { { "aksi", "complete" }, { "catatan", "Semua temuan tuntas." } }, 6);
    expect_finished(*desk, request);
}

TEST_F(Procedure, AssignedTeamMemberProceedsWhileTheUnassignedOneIsRefused)
{
    Case request = submit(*desk, valid_form("jaringan-komunikasi", "gangguan"));
    StaffClient& head = desk->as("kepala-bidang");
    StaffClient& assigned = desk->as("tim-telekomunikasi");
    StaffClient& unassigned = *desk->unassigned;

    expect_refused(
        *desk, request, assigned, { { "aksi", "complete" } }, 403, "team before assignment");
    expect_refused(*desk, request, head, { { "aksi", "assign" } }, 422, "nobody named");
    expect_refused(*desk, request, head,
        { { "aksi", "assign" },
            { "petugas", std::to_string(desk->accounts.at("verifikator").id) } },
        422, "a member of another role");
    expect_refused(*desk, request, head, { { "aksi", "assign" }, { "petugas", "satu" } }, 422,
        "not an account id");
    Reply form = head.request_page(request.sent.number);
    EXPECT_NE(form.body.find("name=\"petugas\" value=\""
                  + std::to_string(desk->accounts.at("tim-telekomunikasi").id) + "\""),
        std::string::npos);
    staff_move(*desk, request, head,
        { { "aksi", "assign" },
            { "petugas", std::to_string(desk->accounts.at("tim-telekomunikasi").id) },
            { "catatan", "Ditangani Tomo." } },
        3);

    expect_refused(
        *desk, request, unassigned, { { "aksi", "complete" } }, 403, "unassigned member");
    expect_refused(*desk, request, unassigned, { { "aksi", "reject" }, { "catatan", "x" } }, 403,
        "unassigned member rejects");
    Reply other_view = unassigned.request_page(request.sent.number);
    EXPECT_EQ(other_view.body.find("name=\"aksi\" value=\"complete\""), std::string::npos)
        << "the page offers moves to a member who was not assigned";
    EXPECT_EQ(
        unassigned.get("/staf").body.find(">" + request.sent.number + "</a>"), std::string::npos);
    EXPECT_NE(
        assigned.get("/staf").body.find(">" + request.sent.number + "</a>"), std::string::npos);

    staff_move(*desk, request, assigned,
        { { "aksi", "complete" }, { "catatan", "Pelapor dihubungi." } }, 4);
    staff_move(
        *desk, request, assigned, { { "aksi", "complete" }, { "catatan", "Kabel disiapkan." } }, 5);
    staff_move(
        *desk, request, assigned, { { "aksi", "complete" }, { "catatan", "Kabel diganti." } }, 6);
    staff_move(*desk, request, assigned,
        { { "aksi", "back" }, { "ke_langkah", "penanganan" }, { "catatan", "Masih berdengung." } },
        5);
    staff_move(
        *desk, request, assigned, { { "aksi", "complete" }, { "catatan", "Pesawat diganti." } }, 6);
    // The telephone desk closes a ticket only after a passed test (desk_telecom_test.cpp).
    const auto office_now = std::chrono::system_clock::now() + std::chrono::hours(7);
    const std::chrono::year_month_day today(std::chrono::floor<std::chrono::days>(office_now));
    char date[16];
    std::snprintf(date, sizeof date, "%04d-%02u-%02u", static_cast<int>(today.year()),
        static_cast<unsigned>(today.month()), static_cast<unsigned>(today.day()));
    Reply tested
        = post_form(desk->server, "/staf/permohonan/" + request.sent.number + "/telekomunikasi/uji",
            { { "hasil", "lulus" }, { "tanggal_uji", date }, { "_csrf", assigned.csrf() } },
            assigned.cookie_headers());
    ASSERT_EQ(tested.status, 303) << tested.body;
    request.moves.push_back({ "desk", assigned.account().name, 6, 6, "" });
    staff_move(
        *desk, request, assigned, { { "aksi", "complete" }, { "catatan", "Uji berhasil." } }, 6);
    expect_finished(*desk, request);
}

TEST_F(Procedure, RejectionEndsTheRequestAndRefusesEveryLaterMove)
{
    Case request = submit(*desk, valid_form("email-sanapati", "reset-password"));
    StaffClient& officer = desk->as("petugas-sanapati");
    expect_refused(
        *desk, request, officer, { { "aksi", "reject" } }, 422, "reject without a reason");
    staff_move(*desk, request, officer,
        { { "aksi", "reject" }, { "catatan", "Akun sanapati tidak terdaftar atas instansi ini." } },
        2);
    json rejected = view(*desk, request);
    EXPECT_EQ(rejected["status"], "ditolak");
    EXPECT_TRUE(rejected["step"].is_null());
    EXPECT_EQ(
        rejected["history"].back()["note"], "Akun sanapati tidak terdaftar atas instansi ini.");

    expect_refused(
        *desk, request, officer, { { "aksi", "complete" } }, 409, "complete after reject");
    expect_refused(*desk, request, officer, { { "aksi", "reject" }, { "catatan", "lagi" } }, 409,
        "reject twice");
    expect_refused(*desk, request, officer, { { "aksi", "return" }, { "catatan", "x" } }, 409,
        "return after reject");
    const json before = unchanged_part(view(*desk, request));
    for (const char* action : { "complete", "answer", "withdraw" }) {
        EXPECT_EQ(
            requester_act(desk->server, request.sent.number, request.sent.code, action, "x").status,
            409)
            << action;
    }
    EXPECT_EQ(unchanged_part(view(*desk, request)), before);
    expect_api_history(*desk, request);
    expect_staff_history(*desk, request);
}

TEST_F(Procedure, StaffOfAnotherRoleIsRefusedAndNothingChanges)
{
    // AC-24c: the report waits for the helpdesk at step 2.
    Case report = submit(*desk, valid_form("pelaporan-insiden", "kerentanan"));
    StaffClient& csirt = desk->as("csirt");
    expect_refused(*desk, report, csirt, { { "aksi", "complete" } }, 403, "CSIRT completes step 2");
    expect_refused(*desk, report, csirt, { { "aksi", "return" }, { "catatan", "x" } }, 403,
        "CSIRT returns at step 2");
    expect_refused(*desk, report, csirt, { { "aksi", "reject" }, { "catatan", "x" } }, 403,
        "CSIRT rejects at step 2");
    // Staff with no step in this procedure do not see the request at all.
    expect_refused(*desk, report, desk->as("verifikator"), { { "aksi", "complete" } }, 404,
        "a role outside the procedure");
    EXPECT_EQ(desk->as("verifikator").request_page(report.sent.number).status, 404);
    EXPECT_EQ(csirt.request_page(report.sent.number).body.find("name=\"aksi\" value=\"complete\""),
        std::string::npos);
    expect_api_history(*desk, report);
}

TEST_F(Procedure, SkippingAStepIsRefused)
{
    // AC-24d: the helpdesk at step 2 tries to reach step 5.
    Case report = submit(*desk, valid_form("pelaporan-insiden", "insiden"));
    StaffClient& helpdesk = desk->as("helpdesk");
    expect_refused(*desk, report, helpdesk,
        { { "aksi", "back" }, { "ke_langkah", "mitigasi" }, { "catatan", "loncat" } }, 409,
        "back to a later step");
    expect_refused(*desk, report, helpdesk,
        { { "aksi", "back" }, { "ke_langkah", "pelaporan" }, { "catatan", "x" } }, 409,
        "back where the catalog allows none");
    expect_refused(*desk, report, helpdesk,
        { { "aksi", "complete" }, { "ke_langkah", "mitigasi" }, { "catatan", "loncat" } }, 409,
        "complete naming a later step");
    expect_refused(*desk, report, helpdesk, { { "aksi", "assign" }, { "petugas", "1" } }, 409,
        "assign at a step that assigns nobody");
    expect_refused(*desk, report, helpdesk, { { "aksi", "submit" } }, 422, "submit again");
    expect_refused(*desk, report, helpdesk, { { "aksi", "lompat" } }, 422, "unknown action");
    expect_api_history(*desk, report);
}

TEST_F(Procedure, TwoMovesAtOnceMakeOneMove)
{
    Case report = submit(*desk, valid_form("pelaporan-insiden", "insiden"));
    StaffClient& helpdesk = desk->as("helpdesk");
    auto complete = [&] {
        return helpdesk.act(report.sent.number, { { "aksi", "complete" } }).status;
    };
    auto first = std::async(std::launch::async, complete);
    auto second = std::async(std::launch::async, complete);
    std::vector<int> statuses = { first.get(), second.get() };
    std::sort(statuses.begin(), statuses.end());
    EXPECT_EQ(statuses[0], 303);
    EXPECT_TRUE(statuses[1] == 403 || statuses[1] == 409) << statuses[1];
    json now = view(*desk, report);
    EXPECT_EQ(now["step"], "3");
    EXPECT_EQ(now["history"].size(), 2u);
}

TEST_F(Procedure, SignInSetsAGuardedCookieAndSignOutEndsTheSession)
{
    const StaffAccount& account = desk->accounts.at("operator");
    Reply wrong = post_form(
        desk->server, "/masuk", { { "email", account.email }, { "password", "salah" } });
    EXPECT_EQ(wrong.status, 401);
    EXPECT_TRUE(wrong.header("Set-Cookie").empty());
    EXPECT_NE(wrong.body.find("value=\"" + account.email + "\""), std::string::npos);

    Reply login = post_form(
        desk->server, "/masuk", { { "email", account.email }, { "password", account.password } });
    ASSERT_EQ(login.status, 303);
    const std::string cookie = login.header("Set-Cookie");
    EXPECT_NE(cookie.find("HttpOnly"), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("SameSite=Lax"), std::string::npos) << cookie;

    // A second session of the same account, so the suite's own stays signed in.
    StaffClient session(desk->server, account);
    EXPECT_EQ(session.get("/staf").status, 200);
    Reply logout = session.sign_out();
    EXPECT_EQ(logout.status, 303);
    EXPECT_NE(logout.header("Set-Cookie").find("Max-Age=0"), std::string::npos);
    Reply after = session.get("/staf");
    EXPECT_EQ(after.status, 303) << "the session still works after signing out";
    EXPECT_EQ(after.header("Location"), "/masuk");
    EXPECT_EQ(desk->as("operator").get("/staf").status, 200) << "the other session ended too";
}

TEST_F(Procedure, StaffPostWithoutCsrfTokenIsRefused)
{
    Case report = submit(*desk, valid_form("pelaporan-insiden", "insiden"));
    StaffClient& helpdesk = desk->as("helpdesk");
    const json before = unchanged_part(view(*desk, report));
    Reply without_token = helpdesk.act(report.sent.number, { { "aksi", "complete" } }, false);
    EXPECT_EQ(without_token.status, 403);
    Reply wrong_token
        = helpdesk.act(report.sent.number, { { "aksi", "complete" }, { "_csrf", "salah" } }, false);
    EXPECT_EQ(wrong_token.status, 403);
    Reply other_session = helpdesk.act(report.sent.number,
        { { "aksi", "complete" }, { "_csrf", desk->as("csirt").csrf() } }, false);
    EXPECT_EQ(other_session.status, 403);
    Reply signed_out = post_form(desk->server, "/staf/permohonan/" + report.sent.number + "/aksi",
        { { "aksi", "complete" }, { "_csrf", helpdesk.csrf() } });
    EXPECT_EQ(signed_out.status, 303);
    EXPECT_EQ(signed_out.header("Location"), "/masuk");
    EXPECT_EQ(unchanged_part(view(*desk, report)), before);
}

} // namespace
} // namespace lapis::e2e
