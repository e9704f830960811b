// Speaking HTTP to a LapisServer the way a browser, an API client, a requester
// with a tracking code and a signed-in staff member do.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "samples.hpp"
#include "server.hpp"

namespace lapis::e2e {

struct Reply {
    int status = 0;
    std::string body;
    httplib::Headers headers;

    std::string header(const std::string& name) const;
    nlohmann::json json() const; // the body parsed; a failure names the body
};

Reply get(const LapisServer& server, const std::string& path, const httplib::Headers& headers = {});
// The CSRF cookie ("lapis_csrf=…") and token a browser without a session holds for
// this server; post_form and post_multipart add them to public forms themselves.
struct BrowserCsrf {
    std::string cookie;
    std::string token;
};
BrowserCsrf browser_csrf(const LapisServer& server);

Reply post_form(const LapisServer& server, const std::string& path, const httplib::Params& params,
    const httplib::Headers& headers = {});
Reply post_json(const LapisServer& server, const std::string& path, const nlohmann::json& body,
    const httplib::Headers& headers = {});
Reply post_multipart(const LapisServer& server, const std::string& path,
    const httplib::MultipartFormDataItems& items, const httplib::Headers& headers = {});

// HTML as the templates write it: & < > " ' as entities, everything else as is.
std::string html_escape(std::string_view text);
// The value of <input type="hidden" name="NAME" value="...">; nullopt when absent.
std::optional<std::string> hidden_input(const std::string& html, const std::string& name);
// Whether a re-rendered form still holds `value` in the field `name` (input,
// textarea, select or checkbox).
::testing::AssertionResult keeps_value(
    const std::string& html, const std::string& name, const std::string& value);
// The text of the element opening at the first match of `opening` up to `closing`.
std::string between(
    const std::string& text, const std::string& opening, const std::string& closing);

// The calendar year in Asia/Jakarta (UTC+7) now.
int office_year();
// LPS-<year>-<6 digits>, the year being `year_before` or the office year now (a
// request made across New Year's midnight may carry either).
::testing::AssertionResult is_request_number(const std::string& number, int year_before);
long sequence_of(const std::string& number);
std::string unique_key(const std::string& purpose);
// Today in the office's zone (the bundled catalog's, UTC+7) as YYYY-MM-DD.
std::string office_today();

// A submission and what came back.
struct Submitted {
    int status = 0;
    std::string number;
    std::string code;
    std::string location; // the HTML form's redirect
    Reply reply;
};

// Multipart POST /layanan/<id>/ajukan as the form page sends it.
Submitted submit_html(
    const LapisServer& server, const FormSample& form, const std::string& submission);
inline Submitted submit_html(const LapisServer& server, const FormSample& form)
{
    return submit_html(server, form, unique_key("form"));
}
// POST /api/v1/requests: JSON, or multipart with a `request` part when there are files.
Submitted submit_api(
    const LapisServer& server, const FormSample& form, const std::string& idempotency_key = "");
nlohmann::json api_body(const FormSample& form);

// The requester's side, with the tracking code.
Reply track_api(const LapisServer& server, const std::string& number, const std::string& code);
Reply track_page(const LapisServer& server, const std::string& number, const std::string& code);
Reply requester_act(const LapisServer& server, const std::string& number, const std::string& code,
    const std::string& action, const std::string& note = "");

// A signed-in staff member: the session cookie and the CSRF token of its pages.
class StaffClient {
public:
    StaffClient(const LapisServer& server, StaffAccount account);

    Reply get(const std::string& path) const;
    Reply request_page(const std::string& number) const;
    // POST /staf/permohonan/<number>/aksi; adds the CSRF token unless told not to.
    Reply act(const std::string& number, httplib::Params params, bool with_csrf = true) const;
    // The same as the desk's multipart form sends it, with files.
    Reply act_multipart(const std::string& number, httplib::MultipartFormDataItems items) const;

    // POST /keluar with the session's token.
    Reply sign_out() const;

    const StaffAccount& account() const { return m_account; }
    const std::string& csrf() const { return m_csrf; }

    // The session cookie, for requests the client has no helper for.
    httplib::Headers cookie_headers() const;

private:
    const LapisServer& m_server;
    StaffAccount m_account;
    std::string m_cookie;
    std::string m_csrf;
};

} // namespace lapis::e2e
