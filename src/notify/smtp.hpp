// Sends one finished message to one recipient over SMTP with libcurl. Failures
// are values: the caller decides whether and when to try again.
#pragma once

#include <string>

namespace lapis::notify {

struct SmtpSettings {
    // smtp://host:port (STARTTLS when `starttls`), or smtps://host:port (TLS from
    // the first byte). The path, if any, is the name lapis gives in EHLO.
    std::string url = "smtp://127.0.0.1:25";
    std::string from; // "Name <address>" or an address; the envelope sender is the address
    std::string username;
    std::string password; // never logged, never part of an error text
    bool starttls = false; // true: refuse to go on unless the server upgrades to TLS
    long timeout_seconds = 30; // for connecting, and separately for the whole exchange
};

struct SendResult {
    bool ok = false;
    // Nothing reached a server (no connection, no name, timed out): other
    // messages would fail the same way now.
    bool server_unreachable = false;
    long smtp_code = 0; // the server's last reply code, 0 when there was none
    std::string error; // for logs and outbox.last_error; empty when ok
};

// What the notifier needs from a mail transport; tests may substitute their own.
class MailTransport {
public:
    virtual ~MailTransport() = default;
    virtual SendResult send(const std::string& recipient, const std::string& message) = 0;
};

class SmtpSender : public MailTransport {
public:
    explicit SmtpSender(SmtpSettings settings);

    SendResult send(const std::string& recipient, const std::string& message) override;

    // The URL without any user:password part, for logs.
    std::string server() const;

private:
    SmtpSettings m_settings;
};

} // namespace lapis::notify
