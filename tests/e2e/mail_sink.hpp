// A local SMTP server for end-to-end tests: tests/support/smtp_sink.py under
// Debian's /usr/bin/python3, keeping every message it accepts as files. Its
// decoding is Python's email package, independent of the C++ code under test.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace lapis::e2e {

// One accepted message as the sink recorded it.
struct SinkMessage {
    std::string file; // the .eml path
    std::vector<std::string> recipients; // the envelope's RCPT TO
    std::string subject; // RFC 2047 words decoded
    std::string body; // transfer encoding undone, charset decoded
    std::string message_id;
    nlohmann::json headers; // every header field, decoded
    std::string raw; // the bytes as received

    bool sent_to(const std::string& address) const;
};

class MailSink {
public:
    // On `port` (free_port() when 0); the sink runs only after start().
    explicit MailSink(int port = 0);
    ~MailSink(); // stops the sink and removes its files

    MailSink(const MailSink&) = delete;
    MailSink& operator=(const MailSink&) = delete;

    // Starts the sink and returns once it listens. Each run keeps its messages in
    // a directory of its own, so a restart never overwrites earlier ones.
    void start();
    void stop(); // SIGTERM, then waits for the process to end
    bool running() const { return m_pid > 0; }

    int port() const { return m_port; }
    std::string url() const { return "smtp://127.0.0.1:" + std::to_string(m_port); }

    // Every message accepted so far, over all runs, in order of arrival.
    std::vector<SinkMessage> messages() const;
    // Polls messages() until `done` holds or `limit` has passed; returns the last look.
    std::vector<SinkMessage> wait_for(
        const std::function<bool(const std::vector<SinkMessage>&)>& done,
        std::chrono::milliseconds limit) const;
    // The messages to `address` whose subject starts with `subject_prefix`, once at
    // least `count` of them are there (or after `limit`).
    std::vector<SinkMessage> wait_for_mail(const std::string& address,
        const std::string& subject_prefix, std::size_t count = 1,
        std::chrono::milliseconds limit = std::chrono::seconds(20)) const;

private:
    std::string m_root;
    int m_port = 0;
    int m_runs = 0;
    pid_t m_pid = -1;
};

// The messages among `all` sent to `address` with a subject starting with `prefix`.
std::vector<SinkMessage> mail_to(
    const std::vector<SinkMessage>& all, const std::string& address, const std::string& prefix);

} // namespace lapis::e2e
