// The lapis command: serve the portal, manage staff accounts, check a catalog.
#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "app/certificate_reminder_job.hpp"
#include "app/retention_job.hpp"
#include "catalog/loader.hpp"
#include "domain/contact.hpp"
#include "domain/tokens.hpp"
#include "notify/notifier.hpp"
#include "notify/smtp.hpp"
#include "store/audit.hpp"
#include "store/backup.hpp"
#include "store/database.hpp"
#include "store/documents.hpp"
#include "store/files.hpp"
#include "store/outbox.hpp"
#include "store/requests.hpp"
#include "store/users.hpp"
#include "web/certificate_reminders.hpp"
#include "web/http_server.hpp"
#include "web/render.hpp"
#include "web/routes.hpp"
#include "web/views.hpp"

namespace {

using namespace lapis;

struct MailOptions {
    std::string url; // empty: mail waits in the outbox, nothing is sent
    std::string from;
    std::string user;
    bool starttls = false;
    std::string public_url; // empty: http://<listen>
    int retry_seconds = 30; // the wait after a first failed send; doubles after each further one
    std::string certificate_reminders = "30,7"; // days before a certificate's expiry
};

// --certificate-reminders "30,7": refused with one clear line when malformed.
domain::ReminderSchedule reminder_schedule(const std::string& text)
{
    auto schedule = domain::parse_reminder_schedule(text);
    if (!schedule)
        throw std::invalid_argument("--certificate-reminders must be days before expiry, "
                                    "1-365, separated by commas, e.g. 30,7");
    return *schedule;
}

struct CommonOptions {
    std::string data = "./data";
    std::string catalog_file; // empty: the bundled catalog
    std::string database; // empty: SQLite under the data directory
};

catalog::Catalog load_catalog(const CommonOptions& options)
{
    return options.catalog_file.empty() ? catalog::load_bundled()
                                        : catalog::load_file(options.catalog_file);
}

// `serve` and `user add` may start a data directory; every other command works
// on one that exists, rather than quietly making an empty one somewhere else.
std::unique_ptr<store::Database> open_database(
    const CommonOptions& options, std::size_t sessions, bool may_create = false)
{
    if (!may_create && options.database.empty()
        && !std::filesystem::exists(options.data + "/lapis.db"))
        throw std::runtime_error("no lapis database in " + options.data + " (use --data DIR)");
    std::filesystem::create_directories(options.data);
    ::chmod(options.data.c_str(), 0700);
    const std::string url
        = options.database.empty() ? "sqlite3://" + options.data + "/lapis.db" : options.database;
    return store::Database::open(url, sessions);
}

// The secret that derives tracking codes from idempotency keys: made once per data
// directory, readable by its owner only.
std::string server_secret(const std::string& data)
{
    const std::string path = data + "/secret";
    std::ifstream in(path);
    std::string secret;
    if (in && std::getline(in, secret) && secret.size() >= 32)
        return secret;
    secret = domain::random_token(32);
    {
        std::ofstream out(path, std::ios::trunc);
        out << secret << '\n';
    }
    ::chmod(path.c_str(), 0600);
    return secret;
}

bool split_listen(const std::string& listen, web::ServerOptions& server)
{
    const auto colon = listen.rfind(':');
    if (colon == std::string::npos)
        return false;
    server.host = listen.substr(0, colon);
    try {
        int port = std::stoi(listen.substr(colon + 1));
        if (port < 0 || port > 65535)
            return false;
        server.port = static_cast<unsigned short>(port);
    } catch (const std::exception&) {
        return false;
    }
    return !server.host.empty();
}

struct LimitOptions {
    bool trust_proxy = false;
    double submit_per_minute = 10;
    double track_per_minute = 60;
};

int serve(const CommonOptions& options, const MailOptions& mail, const LimitOptions& limits,
    const std::string& listen, std::size_t threads)
{
    web::ServerOptions server;
    if (!split_listen(listen, server)) {
        std::cerr << "lapis: --listen must be HOST:PORT, e.g. 127.0.0.1:8080\n";
        return 2;
    }
    server.threads = threads;
    server.trust_proxy = limits.trust_proxy;
    const catalog::Catalog catalog = load_catalog(options);
    // One session per worker thread, one for the mail worker, one for each
    // background job.
    auto database = open_database(options, threads + 3, true);
    store::RequestStore requests(*database);
    store::UserStore users(*database);
    store::FileStore files(options.data + "/files");
    store::DocumentStore documents(*database);
    store::AuditStore audit(*database);
    const web::Renderer renderer;
    const domain::Clock clock;
    const web::Sniffer sniffer;
    web::App app{ catalog, requests, users, files, documents, audit, renderer, clock, sniffer,
        *database, {} };
    app.settings.server_secret = server_secret(options.data);
    app.settings.public_url = mail.public_url.empty() ? "http://" + listen : mail.public_url;
    app.services_json = web::services_api(catalog).dump();
    domain::RateLimiter submit_limiter(limits.submit_per_minute, limits.submit_per_minute);
    domain::RateLimiter track_limiter(limits.track_per_minute, limits.track_per_minute);
    if (limits.submit_per_minute > 0)
        app.submit_limiter = &submit_limiter;
    if (limits.track_per_minute > 0)
        app.track_limiter = &track_limiter;

    store::OutboxStore outbox(*database);
    notify::SmtpSettings smtp;
    smtp.url = mail.url;
    smtp.from = mail.from.empty() ? catalog.helpdesk.email : mail.from;
    smtp.username = mail.user;
    // Passwords never go on the command line, where `ps` shows them.
    if (const char* password = std::getenv("LAPIS_SMTP_PASSWORD"))
        smtp.password = password;
    smtp.starttls = mail.starttls;
    notify::SmtpSender sender(smtp);
    notify::NotifierSettings notifier_settings;
    notifier_settings.from = smtp.from;
    notifier_settings.installation_key = app.settings.server_secret;
    notifier_settings.first_retry = std::chrono::seconds(mail.retry_seconds);
    notify::Notifier notifier(outbox, sender, clock, notifier_settings);
    if (!mail.url.empty()) {
        notifier.start();
        app.wake_notifier = [&notifier] { notifier.wake(); };
        spdlog::info(
            "mail worker started server=\"{}\" pending={}", sender.server(), outbox.pending());
    } else {
        spdlog::warn(
            "no --smtp-url: notifications wait in the outbox pending={}", outbox.pending());
    }
    const web::Router router(web::route_table());
    app::RetentionJob retention(catalog, *database, files, clock);
    web::set_certificate_reminder_schedule(reminder_schedule(mail.certificate_reminders));
    app::CertificateReminderJob reminders(catalog, renderer, app.settings.public_url, *database,
        web::certificate_reminder_schedule(), clock, [&app] { app.wake_notifier(); });

    if (users.count() == 0) {
        const std::string token = domain::random_token(24);
        users.add_setup_token(domain::sha256_hex(token), clock.now());
        // Printed, never logged: the link is a one-time secret.
        std::cout << "Belum ada akun. Buat admin pertama di: http://" << listen << "/siapkan/"
                  << token << std::endl;
    }
    web::serve(
        server, [&](web::Request& request) { return web::dispatch(app, router, request); },
        [&] {
            std::cout << "lapis melayani " << catalog.office.name << " di http://" << listen
                      << std::endl;
            spdlog::info("listening address={} catalog=\"{}\"", listen, catalog.source);
        });
    return 0;
}

void audit_cli(store::Database& database, const std::string& action, const std::string& object,
    const std::string& detail);

int add_user(const CommonOptions& options, const std::string& email, const std::string& name,
    const std::vector<std::string>& roles)
{
    const catalog::Catalog catalog = load_catalog(options);
    for (const std::string& role : roles) {
        if (catalog.find_role(role) == nullptr) {
            std::cerr << "lapis: unknown role '" << role << "'\n";
            return 2;
        }
    }
    const auto address = domain::check_email(email);
    if (!address.value) {
        std::cerr << "lapis: '" << email << "' is not an email address\n";
        return 2;
    }
    // Sign-in compares addresses in lower case; store them so.
    const std::string normalised = domain::lower_ascii(*address.value);
    if (name.find_first_not_of(" \t") == std::string::npos) {
        std::cerr << "lapis: --name is empty\n";
        return 2;
    }
    std::string password;
    std::getline(std::cin, password);
    const auto letters = std::count_if(
        password.begin(), password.end(), [](unsigned char c) { return !std::isspace(c); });
    if (password.size() < 12 || letters < 8) {
        std::cerr << "lapis: the password (one line on standard input) needs at least 12 "
                     "characters, not mostly spaces\n";
        return 2;
    }
    auto database = open_database(options, 1, true);
    store::UserStore users(*database);
    const std::set<std::string> role_set(roles.begin(), roles.end());
    auto id = users.add(
        normalised, name, domain::hash_password(password), role_set, domain::Clock().now());
    if (id == 0) {
        std::cerr << "lapis: an account with that email exists\n";
        return 1;
    }
    std::string listed;
    for (const std::string& role : role_set)
        listed += (listed.empty() ? "" : ",") + role;
    audit_cli(
        *database, "user.add", "user:" + std::to_string(id), "{\"roles\":\"" + listed + "\"}");
    std::cout << "user " << id << " added\n";
    return 0;
}

std::set<std::string> checked_roles(
    const CommonOptions& options, const std::vector<std::string>& roles)
{
    const catalog::Catalog catalog = load_catalog(options);
    for (const std::string& role : roles) {
        if (catalog.find_role(role) == nullptr)
            throw std::invalid_argument("unknown role '" + role + "'");
    }
    return { roles.begin(), roles.end() };
}

// Account changes made on the command line are audited as the system's.
void audit_cli(store::Database& database, const std::string& action, const std::string& object,
    const std::string& detail)
{
    store::AuditStore(database).record(
        { "sistem", 0, "cli", action, object, detail }, domain::Clock().now());
}

int change_user(const CommonOptions& options, const std::string& email, const std::string& change,
    const std::vector<std::string>& roles)
{
    std::set<std::string> role_set;
    if (change == "roles")
        role_set = checked_roles(options, roles);
    auto database = open_database(options, 1);
    store::UserStore users(*database);
    auto user = users.find_by_email(email);
    if (!user) {
        std::cerr << "lapis: no account with that email\n";
        return 1;
    }
    const std::string object = "user:" + std::to_string(user->id);
    if (change == "roles") {
        users.set_roles(email, role_set);
        std::string listed;
        for (const std::string& role : role_set)
            listed += (listed.empty() ? "" : ",") + role;
        audit_cli(*database, "user.roles", object, "{\"roles\":\"" + listed + "\"}");
    } else {
        users.set_disabled(email, change == "disable");
        audit_cli(*database, "user." + change, object, "{}");
    }
    std::cout << "user " << user->id << ": " << change << " done\n";
    return 0;
}

int add_token(const CommonOptions& options, const std::string& email)
{
    auto database = open_database(options, 1);
    store::UserStore users(*database);
    auto user = users.find_by_email(email);
    if (!user || user->disabled) {
        std::cerr << "lapis: no active account with that email\n";
        return 1;
    }
    // 256 random bits: looked up by its SHA-256, no slow hash on every API call.
    const std::string token = "lapis_" + domain::random_token(32);
    auto id = users.add_token(user->id, domain::sha256_hex(token), domain::Clock().now());
    audit_cli(*database, "token.add", "user:" + std::to_string(user->id),
        "{\"token\":" + std::to_string(id) + "}");
    std::cout << token << '\n';
    std::cerr << "Token shown once; store it now. Revoke with: lapis token revoke\n";
    return 0;
}

int revoke_token(const CommonOptions& options)
{
    std::string token;
    std::getline(std::cin, token);
    auto database = open_database(options, 1);
    store::UserStore users(*database);
    if (!users.revoke_token(domain::sha256_hex(token), domain::Clock().now())) {
        std::cerr << "lapis: no active token like that\n";
        return 1;
    }
    audit_cli(*database, "token.revoke", "token", "{}");
    std::cout << "token revoked\n";
    return 0;
}

// Walks the audit log's hash chain; exit 0 when intact, 1 naming the first row
// that was altered or removed.
int verify_audit(const CommonOptions& options)
{
    auto database = open_database(options, 1);
    store::AuditStore audit(*database);
    const auto verdict = audit.verify();
    if (verdict.intact) {
        std::cout << "audit log intact: " << verdict.rows << " rows\n";
        return 0;
    }
    std::cout << "audit log broken at row " << verdict.first_bad_id << ": " << verdict.reason
              << '\n';
    return 1;
}

void add_common(CLI::App& command, CommonOptions& options)
{
    command.add_option("--data", options.data, "data directory")->capture_default_str();
    command.add_option("--catalog", options.catalog_file, "catalog file (default: bundled)");
    command.add_option("--database", options.database,
        "database URL: sqlite3://PATH or postgresql://CONNINFO (default: SQLite in --data)");
}

} // namespace

int main(int argc, char** argv)
{
    auto logger = spdlog::stderr_logger_mt("lapis");
    spdlog::set_default_logger(logger);
    spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %l %v");

    CLI::App cli{ "lapis: service desk of the persandian office" };
    cli.require_subcommand(1);
    CommonOptions options;

    std::string listen = "127.0.0.1:8080";
    std::size_t threads = 4;
    auto* serve_command = cli.add_subcommand("serve", "serve the portal");
    add_common(*serve_command, options);
    serve_command->add_option("--listen", listen, "HOST:PORT")->capture_default_str();
    MailOptions mail;
    serve_command->add_option("--smtp-url", mail.url,
        "mail server, smtp://host:port or smtps://host:port (password: LAPIS_SMTP_PASSWORD)");
    serve_command->add_option("--smtp-from", mail.from, "From address (default: the help desk's)");
    serve_command->add_option("--smtp-user", mail.user, "mail server user name");
    serve_command->add_flag("--smtp-starttls", mail.starttls, "require STARTTLS");
    serve_command
        ->add_option("--smtp-retry-seconds", mail.retry_seconds,
            "wait after a failed send before the first retry; doubles after each further failure")
        ->check(CLI::Range(1, 3600))
        ->capture_default_str();
    serve_command->add_option("--public-url", mail.public_url,
        "how people reach the portal, for links in mail (default: http://LISTEN)");
    serve_command
        ->add_option("--certificate-reminders", mail.certificate_reminders,
            "days before a certificate's expiry on which its holder is reminded")
        ->capture_default_str();
    LimitOptions limits;
    serve_command
        ->add_option("--submit-per-minute", limits.submit_per_minute,
            "public submissions per address and minute (0: no limit)")
        ->capture_default_str();
    serve_command
        ->add_option("--track-per-minute", limits.track_per_minute,
            "tracking look-ups per address and minute (0: no limit)")
        ->capture_default_str();
    serve_command->add_flag("--behind-proxy", limits.trust_proxy,
        "a TLS proxy on this machine forwards requests: trust its X-Forwarded-For and "
        "X-Forwarded-Proto");
    serve_command->add_option("--threads", threads, "worker threads")
        ->check(CLI::Range(1, 64))
        ->capture_default_str();

    auto* user_command = cli.add_subcommand("user", "manage staff accounts");
    user_command->require_subcommand(1);
    auto* user_add = user_command->add_subcommand(
        "add", "add an account; the password is read from standard input (one line)");
    std::string email;
    std::string name;
    std::vector<std::string> roles;
    add_common(*user_add, options);
    user_add->add_option("--email", email, "email")->required();
    user_add->add_option("--name", name, "full name")->required();
    user_add->add_option("--role", roles, "role id (repeatable)")->required();

    std::string change_email;
    std::vector<std::string> new_roles;
    auto* user_disable
        = user_command->add_subcommand("disable", "disable an account and end its sessions");
    auto* user_enable = user_command->add_subcommand("enable", "enable a disabled account");
    auto* user_roles = user_command->add_subcommand("roles", "replace an account's roles");
    for (auto* command : { user_disable, user_enable, user_roles }) {
        add_common(*command, options);
        command->add_option("--email", change_email, "email")->required();
    }
    user_roles->add_option("--role", new_roles, "role id (repeatable)")->required();

    auto* token_command = cli.add_subcommand("token", "staff API tokens");
    token_command->require_subcommand(1);
    auto* token_add
        = token_command->add_subcommand("add", "print a new token for an account, once");
    std::string token_email;
    add_common(*token_add, options);
    token_add->add_option("--email", token_email, "email")->required();
    auto* token_revoke = token_command->add_subcommand(
        "revoke", "end a token; the token is read from standard input");
    add_common(*token_revoke, options);

    std::string backup_path;
    auto* backup_command = cli.add_subcommand(
        "backup", "copy the database and attachments consistently, also while the server runs");
    add_common(*backup_command, options);
    backup_command->add_option("OUT", backup_path, "a new directory for the copy")->required();
    auto* restore_command
        = cli.add_subcommand("restore", "bring a backup back into an empty data directory");
    add_common(*restore_command, options);
    restore_command->add_option("IN", backup_path, "the backup directory")->required();

    auto* retention_command = cli.add_subcommand("retention",
        "delete the identity scans whose retention period has run out (the server does this "
        "every 6 hours)");
    add_common(*retention_command, options);

    auto* reminders_command = cli.add_subcommand("certificate-reminders",
        "queue the certificate expiry reminders due today (the server does this every hour); "
        "they are sent by the server's mail worker");
    add_common(*reminders_command, options);
    std::string reminder_days = "30,7";
    std::string reminder_url;
    reminders_command
        ->add_option("--certificate-reminders", reminder_days,
            "days before a certificate's expiry on which its holder is reminded")
        ->capture_default_str();
    reminders_command->add_option(
        "--public-url", reminder_url, "how people reach the portal, for links in mail");

    auto* check_command = cli.add_subcommand("catalog-check", "load and check a catalog file");
    add_common(*check_command, options);

    auto* audit_command = cli.add_subcommand("audit", "the audit log");
    audit_command->require_subcommand(1);
    auto* audit_verify = audit_command->add_subcommand(
        "verify", "check the hash chain; names the first row that was altered or removed");
    add_common(*audit_verify, options);

    CLI11_PARSE(cli, argc, argv);
    try {
        if (serve_command->parsed())
            return serve(options, mail, limits, listen, threads);
        if (user_add->parsed())
            return add_user(options, email, name, roles);
        if (user_disable->parsed())
            return change_user(options, change_email, "disable", {});
        if (user_enable->parsed())
            return change_user(options, change_email, "enable", {});
        if (user_roles->parsed())
            return change_user(options, change_email, "roles", new_roles);
        if (token_add->parsed())
            return add_token(options, token_email);
        if (token_revoke->parsed())
            return revoke_token(options);
        if (backup_command->parsed() || restore_command->parsed()) {
            if (!options.database.empty())
                throw std::invalid_argument("backup and restore handle SQLite data directories; "
                                            "back up PostgreSQL with pg_dump");
            const auto report = backup_command->parsed()
                ? store::backup(options.data, backup_path)
                : store::restore(options.data, backup_path);
            std::cout << (backup_command->parsed() ? "backed up " : "restored ") << report.files
                      << " files, " << report.bytes << " bytes\n";
            return 0;
        }
        if (retention_command->parsed()) {
            const catalog::Catalog catalog = load_catalog(options);
            auto database = open_database(options, 1);
            store::FileStore files(options.data + "/files");
            auto report = app::run_retention(catalog, *database, files, domain::Clock());
            std::cout << "identity scans deleted: " << report.deleted << '\n';
            return 0;
        }
        if (reminders_command->parsed()) {
            const auto schedule = reminder_schedule(reminder_days);
            const catalog::Catalog catalog = load_catalog(options);
            auto database = open_database(options, 1);
            const web::Renderer renderer;
            const auto report = web::run_certificate_reminders(catalog, renderer,
                reminder_url.empty() ? "http://127.0.0.1:8080" : reminder_url, *database, schedule,
                domain::Clock().now());
            std::cout << "certificate reminders queued: " << report.sent
                      << ", skipped: " << report.skipped << '\n';
            return 0;
        }
        if (audit_verify->parsed())
            return verify_audit(options);
        if (check_command->parsed()) {
            auto catalog = load_catalog(options);
            std::cout << catalog.source << ": " << catalog.services.size() << " services\n";
            return 0;
        }
    } catch (const catalog::LoadError& error) {
        std::cerr << error.what() << '\n';
        return 1;
    } catch (const std::exception& error) {
        std::cerr << "lapis: " << error.what() << '\n';
        return 1;
    }
    return 0;
}
