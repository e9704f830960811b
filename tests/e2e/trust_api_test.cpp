// The staff API under /api/v1 with `Authorization: Bearer` tokens: who gets in
// (401), what each role may do (403, 409, 422), what each role sees (identity
// numbers and scans only for the roles acting in the procedure), and the audit
// log that records the views.
#include <gtest/gtest.h>

#include <memory>
#include <regex>
#include <stdexcept>

#include "client.hpp"
#include "server.hpp"

namespace lapis::e2e {
namespace {

using nlohmann::json;

// The AC-08 NIK: 3578…0003, masked as its first and last four digits.
constexpr const char* kNik = "3578016502900003";
constexpr const char* kMaskedNik = "3578********0003";
constexpr const char* kMaskedNip = "1985**********1002";

class TrustApi : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        server = std::make_unique<LapisServer>();
        std::vector<StaffAccount> made = server->add_users({
            { "helpdesk@uji.lapis", "Hana Helpdesk", { "helpdesk" } },
            { "csirt@uji.lapis", "Citra Csirt", { "csirt" } },
            { "verifikator@uji.lapis", "Vera Verifikator", { "verifikator" } },
            { "kabid@uji.lapis", "Kabid Budi", { "kepala-bidang" } },
            { "telekom@uji.lapis", "Tomo Telekom", { "tim-telekomunikasi" } },
            { "nonaktif@uji.lapis", "Nina Nonaktif", { "helpdesk" } },
        });
        helpdesk = made[0];
        csirt = made[1];
        verifikator = made[2];
        kabid = made[3];
        telekom = made[4];
        inactive = made[5];
        tokens["helpdesk"] = server->add_token(helpdesk.email);
        tokens["csirt"] = server->add_token(csirt.email);
        tokens["verifikator"] = server->add_token(verifikator.email);
        tokens["kabid"] = server->add_token(kabid.email);
        server->start();
        // Signed in once each: a second factor step is good for one sign-in only.
        head = std::make_unique<StaffClient>(*server, kabid);
        verifier = std::make_unique<StaffClient>(*server, verifikator);
    }
    static void TearDownTestSuite()
    {
        head.reset();
        verifier.reset();
        server.reset();
    }

    void SetUp() override
    {
        if (!server || !server->running())
            GTEST_FAIL() << "the server did not start";
    }

    static httplib::Headers bearer(const std::string& token)
    {
        return { { "Authorization", "Bearer " + token } };
    }

    static Reply api_get(const std::string& path, const std::string& who)
    {
        return get(*server, path, bearer(tokens.at(who)));
    }

    static Reply staff_view(const std::string& number, const std::string& who)
    {
        return api_get("/api/v1/requests/" + number, who);
    }

    static Reply act(const std::string& number, const json& body, const std::string& who)
    {
        return post_json(
            *server, "/api/v1/requests/" + number + "/actions", body, bearer(tokens.at(who)));
    }

    static Submitted submit(const FormSample& form)
    {
        Submitted sent = submit_api(*server, form);
        EXPECT_EQ(sent.status, 201) << sent.reply.body;
        return sent;
    }

    // What must stay the same when a move is refused.
    static json unchanged_part(const std::string& number)
    {
        Reply reply = staff_view(number, "kabid");
        EXPECT_EQ(reply.status, 200) << reply.body;
        if (reply.status != 200)
            return json::object();
        json request = reply.json();
        return { { "status", request["status"] }, { "step", request["step"] },
            { "history", request["history"].size() }, { "updated_at", request["updated_at"] },
            { "assignees", request["assignees"] } };
    }

    static FormSample certificate_request()
    {
        FormSample form = valid_form("sertifikat-elektronik", "penerbitan");
        form.values["nik"] = kNik;
        return form;
    }

    static inline std::unique_ptr<LapisServer> server;
    static inline StaffAccount helpdesk, csirt, verifikator, kabid, telekom, inactive;
    static inline std::map<std::string, std::string> tokens;
    static inline std::unique_ptr<StaffClient> head; // the kepala-bidang
    static inline std::unique_ptr<StaffClient> verifier;
};

// The attachment of `field` in a staff view; an empty object when there is none.
json attachment_of(const json& view, const std::string& field)
{
    for (const json& file : view["attachments"]) {
        if (file["field"] == field)
            return file;
    }
    return json::object();
}

TEST_F(TrustApi, QueueWithoutAValidTokenIsUnauthorised)
{
    Reply none = get(*server, "/api/v1/queue");
    EXPECT_EQ(none.status, 401);
    EXPECT_EQ(none.json()["error"], "token required");
    const std::vector<std::string> wrong
        = { "Bearer lapis_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
              "Bearer " + tokens.at("helpdesk") + "x", "Bearer", "Basic " + tokens.at("helpdesk"),
              tokens.at("helpdesk") };
    for (const std::string& authorization : wrong) {
        SCOPED_TRACE(authorization);
        Reply reply = get(*server, "/api/v1/queue", { { "Authorization", authorization } });
        EXPECT_EQ(reply.status, 401) << reply.body;
        EXPECT_EQ(reply.body.find("\"queues\""), std::string::npos);
    }
    EXPECT_EQ(api_get("/api/v1/queue", "helpdesk").status, 200);
}

TEST_F(TrustApi, RevokedTokenIsUnauthorised)
{
    const std::string token = server->add_token(helpdesk.email);
    ASSERT_EQ(get(*server, "/api/v1/queue", bearer(token)).status, 200);

    CommandResult revoked
        = run_lapis({ "token", "revoke", "--data", server->data_dir() }, token + "\n");
    ASSERT_EQ(revoked.exit_code, 0) << revoked.output;
    EXPECT_NE(revoked.output.find("token revoked"), std::string::npos) << revoked.output;
    EXPECT_EQ(get(*server, "/api/v1/queue", bearer(token)).status, 401);

    CommandResult again
        = run_lapis({ "token", "revoke", "--data", server->data_dir() }, token + "\n");
    EXPECT_NE(again.exit_code, 0) << "a revoked token cannot be revoked twice: " << again.output;
    EXPECT_EQ(api_get("/api/v1/queue", "helpdesk").status, 200)
        << "revoking one token ended another of the same account";
}

TEST_F(TrustApi, DisabledUsersTokenIsUnauthorised)
{
    const std::string token = server->add_token(inactive.email);
    ASSERT_EQ(get(*server, "/api/v1/queue", bearer(token)).status, 200);

    CommandResult disabled = run_lapis(
        { "user", "disable", "--data", server->data_dir(), "--email", inactive.email }, "");
    ASSERT_EQ(disabled.exit_code, 0) << disabled.output;
    EXPECT_EQ(get(*server, "/api/v1/queue", bearer(token)).status, 401);
    Submitted sent = submit(valid_form("pelaporan-insiden", "insiden"));
    EXPECT_EQ(get(*server, "/api/v1/requests/" + sent.number, bearer(token)).status, 404)
        << "a disabled account's token reads the request like anyone without a code";
    EXPECT_EQ(post_json(*server, "/api/v1/requests/" + sent.number + "/actions",
                  { { "action", "complete" } }, bearer(token))
                  .status,
        404);
    EXPECT_EQ(unchanged_part(sent.number)["history"], 1);
}

TEST_F(TrustApi, QueueListsANewIncidentUnderHelpdesk)
{
    Submitted sent = submit(valid_form("pelaporan-insiden", "insiden"));
    Reply reply = api_get("/api/v1/queue", "helpdesk");
    ASSERT_EQ(reply.status, 200) << reply.body;
    const json queues = reply.json()["queues"];
    ASSERT_TRUE(queues.contains("helpdesk")) << queues;
    json row;
    for (const json& item : queues["helpdesk"]) {
        if (item["number"] == sent.number)
            row = item;
    }
    ASSERT_FALSE(row.is_null()) << sent.number << " is not in the helpdesk queue: " << queues;
    EXPECT_EQ(row["service"], "pelaporan-insiden");
    EXPECT_EQ(row["kind"], "insiden");
    EXPECT_EQ(row["status"], "berjalan");
    EXPECT_EQ(row["step_role"], "helpdesk");
    EXPECT_EQ(row["title"], "Halaman depan situs diganti");
    EXPECT_TRUE(row["updated_at"].is_string());

    Reply other = api_get("/api/v1/queue", "csirt");
    ASSERT_EQ(other.status, 200);
    EXPECT_FALSE(other.json()["queues"].contains("helpdesk"));
    EXPECT_EQ(other.body.find(sent.number), std::string::npos)
        << "the new report is in the CSIRT's queue before the helpdesk verified it";
}

TEST_F(TrustApi, StaffViewHasEveryFieldTheWholeHistoryAndAttachmentsWithSha256)
{
    const FormSample form = valid_form("pelaporan-insiden", "insiden");
    Submitted sent = submit(form);
    ASSERT_EQ(
        act(sent.number, { { "action", "complete" }, { "note", "Catatan internal helpdesk." } },
            "helpdesk")
            .status,
        200);

    // The help desk verifies the reporter: it sees every attachment, the ID scan too.
    Reply reply = staff_view(sent.number, "helpdesk");
    ASSERT_EQ(reply.status, 200) << reply.body;
    EXPECT_EQ(reply.header("Cache-Control"), "no-store");
    // The CSIRT works on the incident, not on the reporter's identity.
    const json csirt_view = staff_view(sent.number, "csirt").json();
    EXPECT_EQ(csirt_view["attachments"].size() + 1, form.files.size());
    const json view = reply.json();
    for (const char* key : { "number", "service", "kind", "title", "fields", "status", "step",
             "steps", "history", "created_at", "updated_at", "warnings", "attachments", "documents",
             "assignees", "owner_agency" }) {
        EXPECT_TRUE(view.contains(key)) << "no " << key << " in " << view;
    }
    EXPECT_EQ(view["number"], sent.number);
    EXPECT_EQ(view["step"], "3");
    for (const auto& [name, value] : form.values) {
        ASSERT_TRUE(view["fields"].contains(name)) << name;
        EXPECT_EQ(view["fields"][name], value) << name;
    }

    ASSERT_EQ(view["history"].size(), 2u) << view["history"];
    const json& submitted = view["history"][0];
    EXPECT_EQ(submitted["action"], "submit");
    EXPECT_EQ(submitted["actor_kind"], "pemohon");
    const json& completed = view["history"][1];
    EXPECT_EQ(completed["action"], "complete");
    EXPECT_EQ(completed["actor_kind"], "staf");
    EXPECT_EQ(completed["actor"], helpdesk.name);
    EXPECT_EQ(completed["note"], "Catatan internal helpdesk.")
        << "staff read the notes the requester does not";
    EXPECT_EQ(completed["from_status"], "berjalan");
    EXPECT_EQ(completed["status"], "berjalan");
    EXPECT_NE(completed["from_step"], completed["to_step"]);
    EXPECT_TRUE(completed["at"].is_string());

    ASSERT_EQ(view["attachments"].size(), form.files.size()) << view["attachments"];
    for (const FileSample& file : form.files) {
        SCOPED_TRACE(file.field);
        const json stored = attachment_of(view, file.field);
        ASSERT_FALSE(stored.empty());
        EXPECT_EQ(stored["name"], file.filename);
        EXPECT_EQ(stored["content_type"], file.content_type);
        EXPECT_EQ(stored["size"], file.bytes.size());
        EXPECT_EQ(stored["sha256"], sha256_hex(file.bytes));
        EXPECT_EQ(stored["deleted"], false);
        EXPECT_TRUE(stored["id"].is_number_integer());
    }
    // The requester's view of the same request hides the internal note.
    Reply requester = track_api(*server, sent.number, sent.code);
    ASSERT_EQ(requester.status, 200);
    EXPECT_TRUE(requester.json()["history"][1]["note"].is_null());
}

TEST_F(TrustApi, OnlyTheRoleOfTheCurrentStepMovesTheRequest)
{
    Submitted sent = submit(valid_form("pelaporan-insiden", "insiden"));
    const json before = unchanged_part(sent.number);

    Reply foreign = act(sent.number, { { "action", "complete" } }, "csirt");
    EXPECT_EQ(foreign.status, 403) << foreign.body;
    EXPECT_EQ(foreign.json()["reason"], "move.not_yours");
    EXPECT_EQ(unchanged_part(sent.number), before) << "a refused move changed the request";

    Reply done
        = act(sent.number, { { "action", "complete" }, { "note", "Laporan valid." } }, "helpdesk");
    ASSERT_EQ(done.status, 200) << done.body;
    EXPECT_EQ(done.json()["step"], "3");
    EXPECT_EQ(done.json()["history"].size(), 2u);

    const json after = unchanged_part(sent.number);
    Reply again = act(sent.number, { { "action", "complete" } }, "helpdesk");
    EXPECT_EQ(again.status, 403) << "step 3 is the CSIRT's: " << again.body;
    EXPECT_EQ(unchanged_part(sent.number), after);
}

TEST_F(TrustApi, GoingBackToAStepTheProcedureDoesNotOfferIsAConflict)
{
    Submitted sent = submit(valid_form("pelaporan-insiden", "insiden"));
    const json before = unchanged_part(sent.number);
    for (const char* target : { "pelaporan", "mitigasi", "tidak-ada" }) {
        SCOPED_TRACE(target);
        Reply back = act(sent.number,
            { { "action", "back" }, { "to_step", target }, { "note", "Mohon diulang." } },
            "helpdesk");
        EXPECT_EQ(back.status, 409) << back.body;
        EXPECT_EQ(back.json()["reason"], "move.back_not_allowed");
    }
    EXPECT_EQ(unchanged_part(sent.number), before);
}

TEST_F(TrustApi, ReturnWithoutANoteIsUnprocessable)
{
    Submitted sent = submit(valid_form("pelaporan-insiden", "insiden"));
    const json before = unchanged_part(sent.number);
    for (const json& body :
        { json{ { "action", "return" } }, json{ { "action", "return" }, { "note", " \n\t " } } }) {
        SCOPED_TRACE(body.dump());
        Reply reply = act(sent.number, body, "helpdesk");
        EXPECT_EQ(reply.status, 422) << reply.body;
        EXPECT_EQ(reply.json()["reason"], "move.note_required");
    }
    Reply unknown = act(sent.number, { { "action", "terbang" } }, "helpdesk");
    EXPECT_EQ(unknown.status, 422) << unknown.body;
    EXPECT_EQ(unchanged_part(sent.number), before);

    Reply asked = act(
        sent.number, { { "action", "return" }, { "note", "Mohon kirim log server." } }, "helpdesk");
    ASSERT_EQ(asked.status, 200) << asked.body;
    EXPECT_EQ(asked.json()["status"], "menunggu-pemohon");
}

TEST_F(TrustApi, AssigningSomeoneWithoutTheTeamsRoleIsUnprocessable)
{
    Submitted sent = submit(valid_form("jaringan-komunikasi", "gangguan"));
    const json before = unchanged_part(sent.number);
    for (const json& assignees : { json::array({ helpdesk.id }), json::array({ 999999 }),
             json::array({ telekom.id, csirt.id }), json::array() }) {
        SCOPED_TRACE(assignees.dump());
        Reply reply
            = act(sent.number, { { "action", "assign" }, { "assignees", assignees } }, "kabid");
        EXPECT_EQ(reply.status, 422) << reply.body;
    }
    EXPECT_EQ(unchanged_part(sent.number), before);

    Reply assigned = act(sent.number,
        { { "action", "assign" }, { "assignees", json::array({ telekom.id }) } }, "kabid");
    ASSERT_EQ(assigned.status, 200) << assigned.body;
    EXPECT_EQ(assigned.json()["assignees"]["tim-telekomunikasi"], json::array({ telekom.id }));
    EXPECT_EQ(assigned.json()["step"], "3");
}

TEST_F(TrustApi, HeadOfDivisionSeesIdentityNumbersMaskedAndCannotOpenTheIdentityScan)
{
    const FormSample form = certificate_request();
    Submitted sent = submit(form);

    Reply masked = staff_view(sent.number, "kabid");
    ASSERT_EQ(masked.status, 200) << masked.body;
    const json partial = masked.json()["fields"];
    EXPECT_EQ(partial["nik"], kMaskedNik);
    EXPECT_EQ(partial["nip"], kMaskedNip);
    EXPECT_EQ(partial["pemberi_nip"], "1970**********1001");
    EXPECT_EQ(partial["nama"], "Sukarni");
    EXPECT_EQ(masked.body.find(kNik), std::string::npos);
    EXPECT_EQ(masked.body.find(kHolderNip), std::string::npos);

    Reply full = staff_view(sent.number, "verifikator");
    ASSERT_EQ(full.status, 200) << full.body;
    const json view = full.json();
    EXPECT_EQ(view["fields"]["nik"], kNik);
    EXPECT_EQ(view["fields"]["nip"], kHolderNip);
    EXPECT_EQ(view["fields"]["pemberi_nip"], "197001011995031001");

    const json scan = attachment_of(view, "ktp");
    const json letter = attachment_of(view, "surat_rekomendasi");
    ASSERT_FALSE(scan.empty());
    ASSERT_FALSE(letter.empty());
    const std::string scan_path = "/staf/permohonan/" + sent.number + "/lampiran/"
        + std::to_string(scan["id"].get<long long>());
    const std::string letter_path = "/staf/permohonan/" + sent.number + "/lampiran/"
        + std::to_string(letter["id"].get<long long>());

    Reply page = head->request_page(sent.number);
    ASSERT_EQ(page.status, 200);
    EXPECT_NE(page.body.find(kMaskedNik), std::string::npos);
    EXPECT_EQ(page.body.find(kNik), std::string::npos);
    EXPECT_EQ(page.body.find(scan_path), std::string::npos);
    Reply refused = head->get(scan_path);
    EXPECT_EQ(refused.status, 404);
    EXPECT_NE(refused.body, form.files[1].bytes);
    EXPECT_EQ(head->get(letter_path).status, 200) << "the recommendation letter is no scan";
    // The API lists what the page lists: no identity scan for a role that may not open it.
    EXPECT_TRUE(attachment_of(masked.json(), "ktp").empty()) << masked.json()["attachments"];
    EXPECT_FALSE(attachment_of(masked.json(), "surat_rekomendasi").empty());
    // The prefilled letter prints the holder's NIP and NIK in full.
    Reply prefilled = head->get("/staf/permohonan/" + sent.number + "/surat/surat-rekomendasi");
    EXPECT_EQ(prefilled.status, 404) << "the letter gives the head of division the numbers the "
                                        "staff view masks";

    Reply opened = verifier->get(scan_path);
    ASSERT_EQ(opened.status, 200);
    EXPECT_EQ(sha256_hex(opened.body), scan["sha256"]);
}

// A POST with the body and Content-Type exactly as given, for what post_json will
// not send.
Reply post_raw(const LapisServer& server, const std::string& path, const std::string& body,
    const std::string& content_type, const httplib::Headers& headers = {})
{
    auto result = server.client()->Post(path.c_str(), headers, body, content_type.c_str());
    if (!result)
        throw std::runtime_error("POST " + path + ": no answer");
    return Reply{ result->status, result->body, result->headers };
}

TEST_F(TrustApi, StaffMoveOtherThanJsonIsUnsupportedAndBrokenJsonIsMalformed)
{
    Submitted sent = submit(valid_form("pelaporan-insiden", "insiden"));
    const std::string actions = "/api/v1/requests/" + sent.number + "/actions";
    const httplib::Headers token = bearer(tokens.at("helpdesk"));
    const json before = unchanged_part(sent.number);

    Reply form
        = post_raw(*server, actions, "action=complete", "application/x-www-form-urlencoded", token);
    EXPECT_EQ(form.status, 415) << form.body;
    EXPECT_NE(form.body.find("application/json"), std::string::npos) << form.body;
    EXPECT_EQ(
        post_raw(*server, actions, R"({"action":"complete"})", "text/plain", token).status, 415);
    Reply broken = post_raw(*server, actions, R"({"action":)", "application/json", token);
    EXPECT_EQ(broken.status, 400) << broken.body;
    EXPECT_EQ(unchanged_part(sent.number), before);

    Reply moved = post_raw(
        *server, actions, R"({"action":"complete"})", "application/JSON; charset=utf-8", token);
    EXPECT_EQ(moved.status, 200) << moved.body;
}

TEST_F(TrustApi, RequesterMoveOtherThanJsonIsUnsupportedAndBrokenJsonIsMalformed)
{
    Submitted sent = submit(valid_form("pelaporan-insiden", "insiden"));
    const std::string actions = "/api/v1/requests/" + sent.number + "/actions";
    const httplib::Headers code = { { "X-Tracking-Code", sent.code } };
    const json before = unchanged_part(sent.number);

    EXPECT_EQ(
        post_raw(*server, actions, R"({"action":"withdraw"})", "text/plain", code).status, 415);
    EXPECT_EQ(post_raw(*server, actions, "aksi=withdraw", "application/x-www-form-urlencoded", code)
                  .status,
        415);
    Reply broken = post_raw(*server, actions, "{\"action\"", "application/json", code);
    EXPECT_EQ(broken.status, 400) << broken.body;
    EXPECT_EQ(unchanged_part(sent.number), before);

    Reply withdrawn = post_raw(
        *server, actions, R"({"action":"withdraw"})", "Application/Json; charset=UTF-8", code);
    EXPECT_EQ(withdrawn.status, 200) << withdrawn.body;
}

TEST_F(TrustApi, SubmissionReadsMediaTypesWithoutRegardToCaseAndIsNotCached)
{
    const FormSample form = valid_form("pelaporan-insiden", "insiden");
    std::string boundary = "lapisBatas7MA4YWxkTrZu0gW";
    std::string body = "--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"request\"\r\n"
          "Content-Type: application/json\r\n\r\n"
        + api_body(form).dump() + "\r\n";
    for (const FileSample& file : form.files) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field
            + "\"; filename=\"" + file.filename + "\"\r\nContent-Type: " + file.content_type
            + "\r\n\r\n" + file.bytes + "\r\n";
    }
    body += "--" + boundary + "--\r\n";
    Reply multipart
        = post_raw(*server, "/api/v1/requests", body, "Multipart/Form-Data; boundary=" + boundary);
    EXPECT_EQ(multipart.status, 201) << multipart.body;
    EXPECT_EQ(multipart.header("Cache-Control"), "no-store");

    FormSample plain = form;
    plain.files.clear();
    Reply typed = post_raw(
        *server, "/api/v1/requests", api_body(plain).dump(), "application/JSON; charset=utf-8");
    EXPECT_NE(typed.status, 415) << typed.body;
    EXPECT_NE(typed.status, 400) << typed.body;
}

TEST_F(TrustApi, QueuesAreNotCached)
{
    Reply api = api_get("/api/v1/queue", "kabid");
    ASSERT_EQ(api.status, 200);
    EXPECT_EQ(api.header("Cache-Control"), "no-store");
    Reply page = head->get("/staf");
    ASSERT_EQ(page.status, 200);
    EXPECT_EQ(page.header("Cache-Control"), "no-store");
}

TEST_F(TrustApi, AttachmentIdOtherThanPlainDigitsIsNotFound)
{
    Submitted sent = submit(certificate_request());
    Reply view = staff_view(sent.number, "kabid");
    ASSERT_EQ(view.status, 200) << view.body;
    const json letter = attachment_of(view.json(), "surat_rekomendasi");
    ASSERT_FALSE(letter.empty());
    const std::string id = std::to_string(letter["id"].get<long long>());
    const std::string base = "/staf/permohonan/" + sent.number + "/lampiran/";
    ASSERT_EQ(head->get(base + id).status, 200);
    for (const std::string& odd : { id + "abc", id + "e0", id + ".0", "+" + id, "%20" + id,
             "-" + id, id + "%20", std::string(19, '0') + id }) {
        SCOPED_TRACE(odd);
        EXPECT_EQ(head->get(base + odd).status, 404);
    }
}

// Runs last in the suite, after every view and move above; also alone, since it
// makes its own views first.
TEST_F(TrustApi, AuditLogIsIntactAndRecordsTheViews)
{
    Submitted sent = submit(certificate_request());
    ASSERT_EQ(staff_view(sent.number, "kabid").status, 200);
    Reply full = staff_view(sent.number, "verifikator");
    ASSERT_EQ(full.status, 200);
    const json scan = attachment_of(full.json(), "ktp");
    ASSERT_EQ(verifier
                  ->get("/staf/permohonan/" + sent.number + "/lampiran/"
                      + std::to_string(scan["id"].get<long long>()))
                  .status,
        200);

    CommandResult verdict = run_lapis({ "audit", "verify", "--data", server->data_dir() });
    EXPECT_EQ(verdict.exit_code, 0) << verdict.output;
    EXPECT_NE(verdict.output.find("intact"), std::string::npos) << verdict.output;

    const std::string query = "SELECT actor_kind || '|' || actor_user || '|' || action || '|' "
                              "|| detail FROM audit_log WHERE object = 'request:"
        + sent.number + "' ORDER BY id";
    CommandResult rows = run_command(
        { "/usr/bin/sqlite3", "-readonly", server->data_dir() + "/lapis.db", query }, "");
    ASSERT_EQ(rows.exit_code, 0) << rows.output;
    const std::string kabid_view
        = "staf|" + std::to_string(kabid.id) + "|request.view|{\"identity\":false}";
    const std::string verifier_view
        = "staf|" + std::to_string(verifikator.id) + "|request.view|{\"identity\":true}";
    const std::string download = "staf|" + std::to_string(verifikator.id) + "|attachment.view|";
    EXPECT_NE(rows.output.find(kabid_view), std::string::npos) << rows.output;
    EXPECT_NE(rows.output.find(verifier_view), std::string::npos) << rows.output;
    EXPECT_NE(rows.output.find(
                  download + "{\"attachment\":" + std::to_string(scan["id"].get<long long>())),
        std::string::npos)
        << rows.output;
}

} // namespace
} // namespace lapis::e2e
