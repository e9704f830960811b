// Runs the identity-scan retention rule at start-up and then every few hours,
// on a thread of its own, until stopped.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

#include "catalog/catalog.hpp"
#include "domain/clock.hpp"
#include "store/files.hpp"
#include "store/retention.hpp"

namespace lapis::app {

// Every (service, field) whose uploads are identity documents.
std::vector<store::IdentityField> identity_fields(const catalog::Catalog& catalog);

// One pass: deletes what the catalog's retention period has run out for.
store::RetentionReport run_retention(const catalog::Catalog& catalog, store::Database& database,
    store::FileStore& files, const domain::Clock& clock);

class RetentionJob {
public:
    RetentionJob(const catalog::Catalog& catalog, store::Database& database,
        store::FileStore& files, const domain::Clock& clock,
        std::chrono::minutes interval = std::chrono::hours(6));
    ~RetentionJob();

    RetentionJob(const RetentionJob&) = delete;
    RetentionJob& operator=(const RetentionJob&) = delete;

private:
    void run(std::stop_token stop);

    const catalog::Catalog& m_catalog;
    store::Database& m_database;
    store::FileStore& m_files;
    const domain::Clock& m_clock;
    std::chrono::minutes m_interval;
    std::mutex m_mutex;
    std::condition_variable_any m_wakeup;
    std::jthread m_worker;
};

} // namespace lapis::app
