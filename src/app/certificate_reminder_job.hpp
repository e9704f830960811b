// Reminds certificate holders of their certificate's expiry: at start-up and
// then every hour, on a thread of its own, until stopped (like the retention
// job). Each pass queues the reminders due today through the outbox; the store
// makes each go out once (store/certificates.hpp).
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include "catalog/catalog.hpp"
#include "domain/certificate.hpp"
#include "domain/clock.hpp"
#include "store/database.hpp"
#include "web/render.hpp"

namespace lapis::app {

class CertificateReminderJob {
public:
    // `after_pass` runs after a pass that queued mail (wakes the mail worker).
    CertificateReminderJob(const catalog::Catalog& catalog, const web::Renderer& renderer,
        std::string public_url, store::Database& database, domain::ReminderSchedule schedule,
        const domain::Clock& clock, std::function<void()> after_pass,
        std::chrono::minutes interval = std::chrono::hours(1));
    ~CertificateReminderJob();

    CertificateReminderJob(const CertificateReminderJob&) = delete;
    CertificateReminderJob& operator=(const CertificateReminderJob&) = delete;

private:
    void run(std::stop_token stop);

    const catalog::Catalog& m_catalog;
    const web::Renderer& m_renderer;
    std::string m_public_url;
    store::Database& m_database;
    domain::ReminderSchedule m_schedule;
    const domain::Clock& m_clock;
    std::function<void()> m_after_pass;
    std::chrono::minutes m_interval;
    std::mutex m_mutex;
    std::condition_variable_any m_wakeup;
    std::jthread m_worker;
};

} // namespace lapis::app
