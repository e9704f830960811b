#include "app/certificate_reminder_job.hpp"

#include <spdlog/spdlog.h>

#include "web/certificate_reminders.hpp"

namespace lapis::app {

CertificateReminderJob::CertificateReminderJob(const catalog::Catalog& catalog,
    const web::Renderer& renderer, std::string public_url, store::Database& database,
    domain::ReminderSchedule schedule, const domain::Clock& clock, std::function<void()> after_pass,
    std::chrono::minutes interval)
    : m_catalog(catalog)
    , m_renderer(renderer)
    , m_public_url(std::move(public_url))
    , m_database(database)
    , m_schedule(std::move(schedule))
    , m_clock(clock)
    , m_after_pass(std::move(after_pass))
    , m_interval(interval)
    , m_worker([this](std::stop_token stop) { run(stop); })
{
}

CertificateReminderJob::~CertificateReminderJob()
{
    m_worker.request_stop();
    m_wakeup.notify_all();
}

void CertificateReminderJob::run(std::stop_token stop)
{
    while (!stop.stop_requested()) {
        try {
            const auto report = web::run_certificate_reminders(
                m_catalog, m_renderer, m_public_url, m_database, m_schedule, m_clock.now());
            if (report.sent > 0 || report.skipped > 0) {
                spdlog::info(
                    "certificate reminders queued={} skipped={}", report.sent, report.skipped);
                m_after_pass();
            }
        } catch (const std::exception& error) {
            spdlog::error("certificate reminders failed: {}", error.what());
        }
        std::unique_lock lock(m_mutex);
        m_wakeup.wait_for(lock, stop, m_interval, [] { return false; });
    }
}

} // namespace lapis::app
