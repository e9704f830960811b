// The outbox worker: sends the rows that are due, records each result, and backs
// off exponentially from a mail server that fails. Delivery is at least once (see
// docs/notifications.md): a row is marked sent right after the server accepted it.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <stop_token>
#include <string>
#include <thread>

#include "domain/clock.hpp"
#include "notify/smtp.hpp"
#include "store/outbox.hpp"

namespace lapis::notify {

struct NotifierSettings {
    std::string from; // the From header; normally the same value as SmtpSettings::from
    // A secret of this installation: Message-IDs are derived from it and the row
    // id, so a resent row carries the Message-ID it had the first time.
    std::string installation_key;
    std::size_t batch_size = 50;
    // Waits after the 1st, 2nd, 3rd … failure: first_retry, twice that, and so on
    // up to longest_retry.
    std::chrono::seconds first_retry{ 30 };
    std::chrono::seconds longest_retry{ 3600 };
    // How often the worker looks for due rows when nobody calls wake().
    std::chrono::milliseconds idle_interval{ 5000 };
};

class Notifier {
public:
    Notifier(store::OutboxStore& outbox, MailTransport& transport, domain::Clock clock,
        NotifierSettings settings);
    ~Notifier();

    Notifier(const Notifier&) = delete;
    Notifier& operator=(const Notifier&) = delete;

    // Sends every row due at the clock's now (in batches of batch_size until none
    // is left) and returns how many the server accepted. For tests and one-shot
    // commands; do not call it while the worker runs.
    std::size_t run_once();

    // Starts the worker thread; stop() (or the destructor) ends it after the
    // message in flight, which may take up to the SMTP timeout.
    void start();
    void stop();
    // Asks the worker to look now, e.g. after a commit that enqueued a message.
    void wake();

    // The wait before the next attempt after `attempts` failures.
    std::chrono::seconds retry_delay(int attempts) const;

private:
    struct Round {
        std::size_t handled = 0;
        std::size_t sent = 0;
    };

    Round deliver_due(std::stop_token stop);
    bool deliver(const store::OutboxRow& row, std::string& unreachable_error);
    void defer(const store::OutboxRow& row, const std::string& error);
    std::string compose(const store::OutboxRow& row) const;
    void run(std::stop_token stop);

    store::OutboxStore& m_outbox;
    MailTransport& m_transport;
    domain::Clock m_clock;
    NotifierSettings m_settings;

    std::mutex m_mutex;
    std::condition_variable_any m_wakeup;
    bool m_woken = false;
    std::jthread m_worker;
};

} // namespace lapis::notify
