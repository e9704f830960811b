#include "client.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <map>
#include <mutex>

#include "domain/totp.hpp"

#include <atomic>
#include <ctime>
#include <regex>
#include <stdexcept>

namespace lapis::e2e {
namespace {

Reply to_reply(const httplib::Result& result, const std::string& what)
{
    if (!result)
        throw std::runtime_error(what + ": no answer (" + httplib::to_string(result.error()) + ")");
    return Reply{ result->status, result->body, result->headers };
}

std::string regex_escape(const std::string& text)
{
    static const std::regex special(R"([.^$|()\[\]{}*+?\\])");
    return std::regex_replace(text, special, R"(\$&)");
}

// "/lacak/LPS-2026-000001?kode=abc&baru=1" → number and code.
void read_tracking_link(const std::string& location, Submitted& submitted)
{
    std::smatch match;
    if (std::regex_search(location, match, std::regex(R"(^/lacak/([^?]+)\?kode=([^&]+))"))) {
        submitted.number = match[1];
        submitted.code = match[2];
    }
}

void add_files(httplib::MultipartFormDataItems& items, const FormSample& form)
{
    for (const FileSample& file : form.files)
        items.push_back({ file.field, file.bytes, file.filename, file.content_type });
}

} // namespace

std::string Reply::header(const std::string& name) const
{
    auto found = headers.find(name);
    return found == headers.end() ? std::string() : found->second;
}

nlohmann::json Reply::json() const
{
    auto parsed = nlohmann::json::parse(body, nullptr, false);
    if (parsed.is_discarded())
        throw std::runtime_error("not JSON (status " + std::to_string(status) + "): " + body);
    return parsed;
}

Reply get(const LapisServer& server, const std::string& path, const httplib::Headers& headers)
{
    return to_reply(server.client()->Get(path.c_str(), headers), "GET " + path);
}

// What a browser without a session holds: the CSRF cookie lapis sets on a first
// page and the token its forms repeat. One per data directory, made once.
struct AnonymousCsrf {
    std::string cookie;
    std::string token;
};

const AnonymousCsrf& anonymous_csrf(const LapisServer& server)
{
    static std::mutex mutex;
    static std::map<std::string, AnonymousCsrf> known;
    std::lock_guard lock(mutex);
    auto found = known.find(server.data_dir());
    if (found != known.end())
        return found->second;
    Reply page = get(server, "/lacak");
    std::smatch match;
    const std::string set_cookie = page.header("Set-Cookie");
    auto token = hidden_input(page.body, "_csrf");
    if (!std::regex_search(set_cookie, match, std::regex("lapis_csrf=([^;]+)")) || !token)
        throw std::runtime_error("no CSRF cookie and token on /lacak");
    return known[server.data_dir()] = { "lapis_csrf=" + match[1].str(), *token };
}

BrowserCsrf browser_csrf(const LapisServer& server)
{
    const AnonymousCsrf& pair = anonymous_csrf(server);
    return { pair.cookie, pair.token };
}

bool has_header(const httplib::Headers& headers, const std::string& name)
{
    return headers.find(name) != headers.end();
}

// A browser form carries the CSRF token; a caller that sends its own cookie (a
// staff session) or its own `_csrf` decides for itself.
httplib::Headers with_anonymous_cookie(
    const LapisServer& server, const std::string& path, httplib::Headers headers)
{
    if (path.rfind("/api/", 0) != 0 && !has_header(headers, "Cookie"))
        headers.emplace("Cookie", anonymous_csrf(server).cookie);
    return headers;
}

Reply post_form(const LapisServer& server, const std::string& path, const httplib::Params& params,
    const httplib::Headers& headers)
{
    httplib::Params sent = params;
    const bool anonymous = !has_header(headers, "Cookie") && path.rfind("/api/", 0) != 0;
    if (anonymous && sent.find("_csrf") == sent.end())
        sent.emplace("_csrf", anonymous_csrf(server).token);
    return to_reply(
        server.client()->Post(path.c_str(), with_anonymous_cookie(server, path, headers), sent),
        "POST " + path);
}

Reply post_json(const LapisServer& server, const std::string& path, const nlohmann::json& body,
    const httplib::Headers& headers)
{
    return to_reply(server.client()->Post(path.c_str(), headers, body.dump(), "application/json"),
        "POST " + path);
}

Reply post_multipart(const LapisServer& server, const std::string& path,
    const httplib::MultipartFormDataItems& items, const httplib::Headers& headers)
{
    httplib::MultipartFormDataItems sent = items;
    const bool anonymous = !has_header(headers, "Cookie") && path.rfind("/api/", 0) != 0;
    auto is_csrf = [](const httplib::MultipartFormData& item) { return item.name == "_csrf"; };
    if (anonymous && std::none_of(sent.begin(), sent.end(), is_csrf))
        sent.push_back({ "_csrf", anonymous_csrf(server).token, "", "" });
    return to_reply(
        server.client()->Post(path.c_str(), with_anonymous_cookie(server, path, headers), sent),
        "POST " + path);
}

std::string html_escape(std::string_view text)
{
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::optional<std::string> hidden_input(const std::string& html, const std::string& name)
{
    std::smatch match;
    const std::regex input(
        "<input type=\"hidden\" name=\"" + regex_escape(name) + "\" value=\"([^\"]*)\"");
    if (!std::regex_search(html, match, input))
        return std::nullopt;
    return match[1];
}

std::string between(const std::string& text, const std::string& opening, const std::string& closing)
{
    auto start = text.find(opening);
    if (start == std::string::npos)
        return {};
    auto end = text.find(closing, start + opening.size());
    return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

::testing::AssertionResult keeps_value(
    const std::string& html, const std::string& name, const std::string& value)
{
    const std::string escaped = html_escape(value);
    const std::string input = "name=\"" + name + "\" value=\"" + escaped + "\"";
    const std::string textarea = "name=\"" + name + "\" rows=\"6\">" + escaped + "</textarea>";
    const std::string select = between(html, "<select id=\"f-" + name + "\"", "</select>");
    const std::string option = "<option value=\"" + escaped + "\" selected>";
    const std::string checkbox
        = "<input type=\"checkbox\" name=\"" + name + "\" value=\"1\" checked";
    if (html.find(input) != std::string::npos || html.find(textarea) != std::string::npos
        || select.find(option) != std::string::npos || html.find(checkbox) != std::string::npos)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "the form lost " << name << " = \"" << value << "\"";
}

int office_year()
{
    std::time_t office_now = std::time(nullptr) + 7 * 3600;
    std::tm parts{};
    gmtime_r(&office_now, &parts);
    return parts.tm_year + 1900;
}

::testing::AssertionResult is_request_number(const std::string& number, int year_before)
{
    std::smatch match;
    if (!std::regex_match(number, match, std::regex(R"(LPS-(\d{4})-\d{6})")))
        return ::testing::AssertionFailure() << "'" << number << "' is not LPS-YYYY-NNNNNN";
    const int year = std::stoi(match[1]);
    if (year != year_before && year != office_year())
        return ::testing::AssertionFailure() << number << " does not carry the year in WIB";
    return ::testing::AssertionSuccess();
}

long sequence_of(const std::string& number)
{
    if (number.size() < 6)
        throw std::invalid_argument("not a request number: " + number);
    return std::stol(number.substr(number.size() - 6));
}

std::string office_today()
{
    std::time_t when = std::time(nullptr) + 7 * 3600;
    std::tm parts{};
    gmtime_r(&when, &parts);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &parts);
    return text;
}

std::string unique_key(const std::string& purpose)
{
    static std::atomic<int> counter{ 0 };
    return "e2e-" + purpose + "-" + std::to_string(::getpid()) + "-"
        + std::to_string(std::time(nullptr)) + "-" + std::to_string(++counter);
}

Submitted submit_html(
    const LapisServer& server, const FormSample& form, const std::string& submission)
{
    httplib::MultipartFormDataItems items
        = { { "_submission", submission, "", "" }, { "_jenis", form.kind, "", "" } };
    for (const auto& [name, value] : form.values)
        items.push_back({ name, value, "", "" });
    add_files(items, form);
    Submitted submitted;
    submitted.reply = post_multipart(server, "/layanan/" + form.service + "/ajukan", items);
    submitted.status = submitted.reply.status;
    submitted.location = submitted.reply.header("Location");
    read_tracking_link(submitted.location, submitted);
    return submitted;
}

nlohmann::json api_body(const FormSample& form)
{
    nlohmann::json body = { { "service", form.service }, { "fields", form.values } };
    if (!form.kind.empty())
        body["kind"] = form.kind;
    return body;
}

Submitted submit_api(
    const LapisServer& server, const FormSample& form, const std::string& idempotency_key)
{
    httplib::Headers headers;
    if (!idempotency_key.empty())
        headers.emplace("Idempotency-Key", idempotency_key);
    Submitted submitted;
    if (form.files.empty()) {
        submitted.reply = post_json(server, "/api/v1/requests", api_body(form), headers);
    } else {
        httplib::MultipartFormDataItems items
            = { { "request", api_body(form).dump(), "", "application/json" } };
        add_files(items, form);
        submitted.reply = post_multipart(server, "/api/v1/requests", items, headers);
    }
    submitted.status = submitted.reply.status;
    if (submitted.status == 201) {
        nlohmann::json body = submitted.reply.json();
        submitted.number = body.value("number", "");
        submitted.code = body.value("tracking_code", "");
    }
    return submitted;
}

Reply track_api(const LapisServer& server, const std::string& number, const std::string& code)
{
    return get(server, "/api/v1/requests/" + number + "?code=" + code);
}

Reply track_page(const LapisServer& server, const std::string& number, const std::string& code)
{
    return get(server, "/lacak/" + number + "?kode=" + code);
}

Reply requester_act(const LapisServer& server, const std::string& number, const std::string& code,
    const std::string& action, const std::string& note)
{
    return post_form(server, "/lacak/" + number + "/aksi",
        { { "kode", code }, { "aksi", action }, { "catatan", note } });
}

namespace {

// The second factor of each test account: its TOTP secret, the last 30-second step
// used (lapis refuses a step used before) and its unused recovery codes.
struct SecondFactor {
    std::string secret;
    long long last_step = 0;
    std::vector<std::string> recovery_codes;
};

std::mutex second_factor_mutex;
std::map<std::string, SecondFactor> second_factors; // by data dir and email

std::string session_cookie(const Reply& reply)
{
    std::smatch match;
    const std::string set_cookie = reply.header("Set-Cookie");
    if (!std::regex_search(set_cookie, match, std::regex("lapis_sesi=([^;]+)")))
        return {};
    return "lapis_sesi=" + match[1].str();
}

long long current_step()
{
    return static_cast<long long>(std::time(nullptr)) / 30;
}

std::string code_for_step(const std::string& secret, long long step)
{
    return domain::totp_code(secret, std::chrono::system_clock::from_time_t(step * 30 + 1));
}

// Enrols the account, as a person would: reads the key shown beside the QR code
// and answers with the code an authenticator app would show.
std::string enrol(const LapisServer& server, const std::string& key, const std::string& cookie)
{
    Reply form = get(server, "/akun/dua-langkah", { { "Cookie", cookie } });
    std::smatch match;
    if (!std::regex_search(form.body, match, std::regex("<code>([A-Z2-7]{32})</code>")))
        throw std::runtime_error("no enrolment key shown: " + form.body);
    SecondFactor factor;
    factor.secret = match[1].str();
    factor.last_step = current_step();
    Reply done = post_form(server, "/akun/dua-langkah",
        { { "_csrf", hidden_input(form.body, "_csrf").value_or("") },
            { "kode", code_for_step(factor.secret, factor.last_step) } },
        { { "Cookie", cookie } });
    const std::string completed = session_cookie(done);
    if (done.status != 200 || completed.empty())
        throw std::runtime_error("enrolment failed: " + done.body);
    std::string::const_iterator from = done.body.begin();
    while (std::regex_search(from, done.body.cend(), match,
        std::regex("<code>([a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4})</code>"))) {
        factor.recovery_codes.push_back(match[1].str());
        from = match.suffix().first;
    }
    std::lock_guard lock(second_factor_mutex);
    second_factors[key] = factor;
    return completed;
}

// A code lapis has not seen for this account: the next unused step within the
// one step of drift it accepts, else a recovery code.
std::string next_code(const std::string& key)
{
    std::lock_guard lock(second_factor_mutex);
    SecondFactor& factor = second_factors.at(key);
    const long long step = std::max(factor.last_step + 1, current_step() - 1);
    if (step <= current_step() + 1) {
        factor.last_step = step;
        return code_for_step(factor.secret, step);
    }
    if (factor.recovery_codes.empty())
        throw std::runtime_error("no second factor left for " + key);
    std::string code = factor.recovery_codes.back();
    factor.recovery_codes.pop_back();
    return code;
}

} // namespace

StaffClient::StaffClient(const LapisServer& server, StaffAccount account)
    : m_server(server)
    , m_account(std::move(account))
{
    Reply login = post_form(
        server, "/masuk", { { "email", m_account.email }, { "password", m_account.password } });
    const std::string password_cookie = session_cookie(login);
    if (login.status != 303 || password_cookie.empty())
        throw std::runtime_error("login of " + m_account.email + " failed: " + login.body);
    const std::string key = server.data_dir() + "|" + m_account.email;
    if (login.header("Location") == "/akun/dua-langkah") {
        m_cookie = enrol(server, key, password_cookie);
    } else {
        Reply form = e2e::get(server, "/masuk/kode", { { "Cookie", password_cookie } });
        Reply done = post_form(server, "/masuk/kode",
            { { "_csrf", hidden_input(form.body, "_csrf").value_or("") },
                { "kode", next_code(key) } },
            { { "Cookie", password_cookie } });
        m_cookie = session_cookie(done);
        if (done.status != 303 || m_cookie.empty())
            throw std::runtime_error("second factor of " + m_account.email + " failed");
    }
    Reply queues = get("/staf");
    auto token = hidden_input(queues.body, "_csrf");
    if (queues.status != 200 || !token || token->empty())
        throw std::runtime_error("no CSRF token on the staff queues page of " + m_account.email);
    m_csrf = *token;
}

httplib::Headers StaffClient::cookie_headers() const
{
    return { { "Cookie", m_cookie } };
}

Reply StaffClient::get(const std::string& path) const
{
    return e2e::get(m_server, path, cookie_headers());
}

Reply StaffClient::request_page(const std::string& number) const
{
    return get("/staf/permohonan/" + number);
}

Reply StaffClient::act(const std::string& number, httplib::Params params, bool with_csrf) const
{
    if (with_csrf)
        params.emplace("_csrf", m_csrf);
    return post_form(m_server, "/staf/permohonan/" + number + "/aksi", params, cookie_headers());
}

Reply StaffClient::act_multipart(
    const std::string& number, httplib::MultipartFormDataItems items) const
{
    items.push_back({ "_csrf", m_csrf, "", "" });
    return post_multipart(
        m_server, "/staf/permohonan/" + number + "/aksi", items, cookie_headers());
}
Reply StaffClient::sign_out() const
{
    return post_form(m_server, "/keluar", { { "_csrf", m_csrf } }, cookie_headers());
}

} // namespace lapis::e2e
