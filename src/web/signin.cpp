// Signing in: password with growing delays after failures (per account and per
// address, the same answer for a wrong password and an unknown account), then
// the second factor (RFC 6238 TOTP or a one-time recovery code); staff without
// one enrol it before they can act. Also the first admin's one-time setup link
// and "log out everywhere".
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>

#include "documents/qr.hpp"
#include "domain/contact.hpp"
#include "domain/throttle.hpp"
#include "domain/tokens.hpp"
#include "domain/totp.hpp"
#include "web/handlers.hpp"
#include "web/pages.hpp"
#include "web/session.hpp"

namespace lapis::web {
namespace {

using nlohmann::json;

constexpr std::size_t kMinimumPasswordLength = 12;
constexpr int kRecoveryCodes = 10;
// One account is slowed after 5 failures; one address only after 30, so staff
// behind the office's shared address are not locked out by one person's typos.
const domain::LoginThrottle kAccountThrottle{ 5, std::chrono::minutes(15) };
const domain::LoginThrottle kAddressThrottle{ 30, std::chrono::minutes(15) };

std::string normalised_email(const std::string& email)
{
    return domain::lower_ascii(domain::trim_whitespace(email));
}

void audit(Context& context, const Request& request, std::int64_t user, const std::string& action,
    const json& detail)
{
    context.app.audit.record({ user ? "staf" : "publik", user, request.remote, action,
                                 user ? "user:" + std::to_string(user) : "login", detail.dump() },
        context.app.clock.now());
}

// Seconds the caller must still wait before another try, for either subject.
long long wait_seconds(Context& context, const std::vector<std::string>& subjects)
{
    long long longest = 0;
    const auto now = context.app.clock.now();
    for (const std::string& subject : subjects) {
        const auto failures = context.app.users.failures(subject, now);
        const auto& throttle
            = subject.rfind("address:", 0) == 0 ? kAddressThrottle : kAccountThrottle;
        longest = std::max<long long>(
            longest, throttle.wait(failures.count, failures.last, now).count());
    }
    return longest;
}

void record_failure(Context& context, const std::vector<std::string>& subjects)
{
    for (const std::string& subject : subjects)
        context.app.users.record_failure(subject, context.app.clock.now());
}

Response throttled(Context& context, const std::string& name, long long seconds, json model)
{
    model["error"] = domain::render({ "login.wait", std::to_string(seconds) }, context.lang);
    Response response = page(context, name, "Masuk Petugas", model, 429);
    response.header("Retry-After", std::to_string(seconds));
    return response;
}

std::vector<std::string> subjects_of(const std::string& email, const Request& request)
{
    return { "account:" + email, "address:" + request.remote };
}

// The QR code of an otpauth:// URI as inline SVG, drawn from our own matrix.
std::string qr_svg(const std::string& text)
{
    const documents::QrMatrix matrix = documents::encode_qr(text);
    const int size = matrix.size + 8;
    std::string path;
    for (int row = 0; row < matrix.size; ++row) {
        for (int column = 0; column < matrix.size; ++column) {
            if (matrix.at(column, row))
                path += "M" + std::to_string(column + 4) + " " + std::to_string(row + 4)
                    + "h1v1h-1z";
        }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + std::to_string(size) + " "
        + std::to_string(size)
        + "\" width=\"240\" height=\"240\" role=\"img\" "
          "aria-label=\"Kode QR\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
        + path + "\" fill=\"#000\"/></svg>";
}

std::vector<std::string> new_recovery_codes(Context& context, std::int64_t user)
{
    std::vector<std::string> codes;
    std::vector<std::string> hashes;
    for (int i = 0; i < kRecoveryCodes; ++i) {
        std::string code = domain::random_token(8).substr(0, 12);
        code.insert(4, "-");
        code.insert(9, "-");
        codes.push_back(code);
        hashes.push_back(domain::sha256_hex(code));
    }
    context.app.users.replace_recovery_codes(user, hashes);
    return codes;
}

// A TOTP code for the user's secret that was not used before, or a recovery code.
bool second_factor_ok(Context& context, const store::User& user, std::string code)
{
    code.erase(std::remove(code.begin(), code.end(), ' '), code.end());
    if (auto step = domain::match_totp(user.totp_secret, code, context.app.clock.now()))
        return context.app.users.advance_totp_step(user.id, *step);
    return context.app.users.use_recovery_code(
        user.id, domain::sha256_hex(domain::lower_ascii(code)), context.app.clock.now());
}

} // namespace

Response login_form(Context& context, Request&)
{
    if (context.user && context.session && context.session->stage == "complete")
        return redirect("/staf");
    return page(context, "login.tpl", "Masuk Petugas", json::object());
}

Response login_submit(Context& context, Request& request)
{
    FormData& form = request.form();
    const std::string email = normalised_email(form.value("email"));
    const std::string password = form.value("password");
    const auto subjects = subjects_of(email, request);
    const json kept = { { "email", email } };
    if (long long seconds = wait_seconds(context, subjects); seconds > 0) {
        audit(context, request, 0, "login.throttled", { { "email", email } });
        return throttled(context, "login.tpl", seconds, kept);
    }

    auto user = context.app.users.find_by_email(email);
    bool ok = false;
    if (user && !user->disabled)
        ok = domain::verify_password(user->password_hash, password);
    else
        domain::verify_password_decoy(password);
    if (!ok) {
        record_failure(context, subjects);
        audit(context, request, 0, "login.failed", { { "email", email } });
        json model = kept;
        model["error"] = domain::text("login.failed", context.lang);
        return page(context, "login.tpl", "Masuk Petugas", model, 401);
    }

    for (const std::string& subject : subjects)
        context.app.users.clear_failures(subject);
    audit(context, request, user->id, "login.password", json::object());
    if (!user->agency.empty()) {
        // FIXME: agency accounts sign in with a password only; their address was
        // verified at registration. A second factor for them is not built yet.
        Response response = redirect("/instansi");
        start_session(context, *user, request, response, "complete");
        return response;
    }
    const bool enrolled = user->totp_enabled;
    Response response = redirect(enrolled ? "/masuk/kode" : "/akun/dua-langkah");
    start_session(context, *user, request, response, enrolled ? "password" : "enrol");
    return response;
}

Response second_factor_form(Context& context, Request&)
{
    if (context.session->stage != "password")
        return redirect("/staf");
    return page(context, "second_factor.tpl", "Kode Verifikasi", json::object());
}

Response second_factor_submit(Context& context, Request& request)
{
    if (context.session->stage != "password")
        return redirect("/staf");
    const store::User& user = *context.user;
    const auto subjects = subjects_of(user.email, request);
    if (long long seconds = wait_seconds(context, subjects); seconds > 0)
        return throttled(context, "second_factor.tpl", seconds, json::object());
    if (!second_factor_ok(context, user, request.form().value("kode"))) {
        record_failure(context, subjects);
        audit(context, request, user.id, "login.second_factor_failed", json::object());
        json model = { { "error", domain::text("login.code_failed", context.lang) } };
        return page(context, "second_factor.tpl", "Kode Verifikasi", model, 401);
    }
    context.app.users.clear_failures(subjects[0]);
    audit(context, request, user.id, "login", json::object());
    Response response = redirect("/staf");
    start_session(context, user, request, response, "complete");
    return response;
}

Response enrol_form(Context& context, Request&)
{
    const store::User& user = *context.user;
    if (user.totp_enabled)
        return redirect("/akun");
    std::string secret = user.totp_secret;
    if (secret.empty()) {
        secret = domain::new_totp_secret();
        context.app.users.set_totp(user.id, secret, false);
    }
    const std::string issuer = "lapis " + context.app.catalog.office.city;
    json model = { { "secret", secret },
        { "qr_svg", qr_svg(domain::totp_uri(issuer, user.email, secret)) } };
    Response response = page(context, "enrol.tpl", "Verifikasi Dua Langkah", model);
    response.header("Cache-Control", "no-store");
    return response;
}

Response enrol_submit(Context& context, Request& request)
{
    const store::User& user = *context.user;
    if (user.totp_enabled)
        return redirect("/akun");
    auto step = domain::match_totp(
        user.totp_secret, request.form().value("kode"), context.app.clock.now());
    if (!step || !context.app.users.advance_totp_step(user.id, *step)) {
        json model = { { "secret", user.totp_secret },
            { "qr_svg",
                qr_svg(domain::totp_uri(
                    "lapis " + context.app.catalog.office.city, user.email, user.totp_secret)) },
            { "error", domain::text("login.code_failed", context.lang) } };
        return page(context, "enrol.tpl", "Verifikasi Dua Langkah", model, 422);
    }
    context.app.users.set_totp(user.id, user.totp_secret, true);
    json codes = json::array();
    for (const std::string& code : new_recovery_codes(context, user.id))
        codes.push_back({ { "code", code } });
    audit(context, request, user.id, "account.second_factor_enrolled", json::object());
    Response response
        = page(context, "recovery_codes.tpl", "Kode Pemulihan", { { "codes", codes } });
    start_session(context, user, request, response, "complete");
    response.header("Cache-Control", "no-store");
    return response;
}

Response account_page(Context& context, Request&)
{
    const store::User& user = *context.user;
    json roles = json::array();
    for (const std::string& id : user.roles) {
        const catalog::Role* role = context.app.catalog.find_role(id);
        roles.push_back({ { "name", role ? role->name : id } });
    }
    return page(context, "account.tpl", "Akun Saya",
        { { "name", user.name }, { "email", user.email }, { "roles", roles },
            { "second_factor", user.totp_enabled } });
}

Response logout(Context& context, Request& request)
{
    Response response = redirect("/");
    end_session(context, request, response);
    return response;
}

Response logout_everywhere(Context& context, Request& request)
{
    context.app.users.delete_sessions_of(context.user->id);
    audit(context, request, context.user->id, "logout.everywhere", json::object());
    Response response = redirect("/masuk");
    end_session(context, request, response);
    return response;
}

Response setup_form(Context& context, Request& request)
{
    const std::string hash = domain::sha256_hex(request.param("token"));
    if (!context.app.users.setup_token_open(hash))
        return not_found_page(context);
    return page(
        context, "setup.tpl", "Buat Akun Admin Pertama", { { "token", request.param("token") } });
}

Response setup_submit(Context& context, Request& request)
{
    const std::string token = request.param("token");
    const std::string hash = domain::sha256_hex(token);
    if (!context.app.users.setup_token_open(hash))
        return not_found_page(context);
    FormData& form = request.form();
    const std::string name = form.value("name");
    const std::string email = normalised_email(form.value("email"));
    const std::string password = form.value("password");
    std::string problem;
    if (name.empty() || email.find('@') == std::string::npos)
        problem = domain::text("setup.fields", context.lang);
    else if (password.size() < kMinimumPasswordLength)
        problem = domain::text("password.too_short", context.lang);
    else if (password != form.value("password_again"))
        problem = domain::text("password.mismatch", context.lang);
    if (!problem.empty()) {
        json model
            = { { "token", token }, { "name", name }, { "email", email }, { "error", problem } };
        return page(context, "setup.tpl", "Buat Akun Admin Pertama", model, 422);
    }
    const auto now = context.app.clock.now();
    if (!context.app.users.use_setup_token(hash, now))
        return not_found_page(context);
    std::int64_t id
        = context.app.users.add(email, name, domain::hash_password(password), { "admin" }, now);
    auto user = context.app.users.find(id);
    if (!user)
        return message_page(context, 409, "setup.failed_title", "setup.failed_text");
    audit(context, request, id, "user.add", { { "roles", "admin" }, { "by", "setup-link" } });
    Response response = redirect("/akun/dua-langkah");
    start_session(context, *user, request, response, "enrol");
    return response;
}

} // namespace lapis::web
