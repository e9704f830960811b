#include "notify/notifier.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "notify/mime.hpp"

namespace lapis::notify {

Notifier::Notifier(store::OutboxStore& outbox, MailTransport& transport, domain::Clock clock,
    NotifierSettings settings)
    : m_outbox(outbox)
    , m_transport(transport)
    , m_clock(std::move(clock))
    , m_settings(std::move(settings))
{
    // A zero wait would make a failed row due again at once, and run_once would
    // never finish with an unreachable server.
    m_settings.batch_size = std::max<std::size_t>(m_settings.batch_size, 1);
    m_settings.first_retry = std::max(m_settings.first_retry, std::chrono::seconds{ 1 });
    m_settings.longest_retry = std::max(m_settings.longest_retry, m_settings.first_retry);
}

Notifier::~Notifier()
{
    stop();
}

std::chrono::seconds Notifier::retry_delay(int attempts) const
{
    // Doubling step by step rather than shifting: no overflow however many
    // attempts a row has behind it.
    std::chrono::seconds delay = m_settings.first_retry;
    for (int attempt = 1; attempt < attempts && delay < m_settings.longest_retry; ++attempt)
        delay *= 2;
    return std::min(delay, m_settings.longest_retry);
}

std::size_t Notifier::run_once()
{
    std::size_t sent = 0;
    for (;;) {
        const Round round = deliver_due(std::stop_token{});
        sent += round.sent;
        if (round.handled < m_settings.batch_size)
            return sent;
    }
}

Notifier::Round Notifier::deliver_due(std::stop_token stop)
{
    Round round;
    // Once the server cannot be reached, the rest of the batch would wait for the
    // same timeout one by one; they are deferred with the same error instead.
    std::string unreachable_error;
    for (const store::OutboxRow& row : m_outbox.due(m_clock.now(), m_settings.batch_size)) {
        if (stop.stop_requested())
            break;
        ++round.handled;
        if (!unreachable_error.empty()) {
            defer(row, unreachable_error);
            continue;
        }
        if (deliver(row, unreachable_error))
            ++round.sent;
    }
    return round;
}

bool Notifier::deliver(const store::OutboxRow& row, std::string& unreachable_error)
{
    const SendResult result = m_transport.send(row.recipient, compose(row));
    if (!result.ok) {
        defer(row, result.error);
        if (result.server_unreachable)
            unreachable_error = result.error;
        return false;
    }
    // Marked at once: the server has the message, and a crash from here to the
    // commit is the only way the row is sent twice.
    m_outbox.mark_sent(row.id, m_clock.now());
    spdlog::info("mail sent outbox_id={} request_id={} attempt={} recipient={} result=sent "
                 "smtp_code={}",
        row.id, row.request_id, row.attempts + 1, masked_address(row.recipient), result.smtp_code);
    return true;
}

void Notifier::defer(const store::OutboxRow& row, const std::string& error)
{
    const int attempts = row.attempts + 1;
    const domain::TimePoint next = m_clock.now() + retry_delay(attempts);
    m_outbox.mark_failed(row.id, attempts, next, error);
    spdlog::warn("mail not sent outbox_id={} request_id={} attempt={} recipient={} "
                 "result=failed retry_at={} error=\"{}\"",
        row.id, row.request_id, attempts, masked_address(row.recipient), domain::to_utc_text(next),
        error);
}

std::string Notifier::compose(const store::OutboxRow& row) const
{
    MailMessage message;
    message.from = m_settings.from;
    message.to = row.recipient;
    message.subject = row.subject;
    message.body = row.body;
    message.date = m_clock.now();
    message.message_id = outbox_message_id(
        row.id, m_settings.installation_key, parse_mailbox(m_settings.from).address);
    return build_message(message);
}

void Notifier::start()
{
    if (m_worker.joinable())
        return;
    m_worker = std::jthread([this](std::stop_token stop) { run(stop); });
}

void Notifier::stop()
{
    if (!m_worker.joinable())
        return;
    m_worker.request_stop();
    m_worker.join();
}

void Notifier::wake()
{
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_wakeup.notify_one();
}

void Notifier::run(std::stop_token stop)
{
    spdlog::info("notifier started batch_size={} first_retry={}s longest_retry={}s",
        m_settings.batch_size, m_settings.first_retry.count(), m_settings.longest_retry.count());
    while (!stop.stop_requested()) {
        Round round;
        try {
            round = deliver_due(stop);
        } catch (const std::exception& error) {
            // The database may be busy or gone for a moment; the rows stay due.
            spdlog::error("notifier round failed error=\"{}\"", error.what());
        }
        if (round.handled == m_settings.batch_size)
            continue; // a full batch: more may be waiting
        std::unique_lock lock(m_mutex);
        m_wakeup.wait_for(lock, stop, m_settings.idle_interval, [this] { return m_woken; });
        m_woken = false;
    }
    spdlog::info("notifier stopped");
}

} // namespace lapis::notify
