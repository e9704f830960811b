#include "app/retention_job.hpp"

#include <spdlog/spdlog.h>

namespace lapis::app {
namespace {

void add_identity_fields(const std::string& service, const std::vector<catalog::Field>& fields,
    std::vector<store::IdentityField>& out)
{
    for (const catalog::Field& field : fields) {
        if (field.type != catalog::FieldType::File || !field.identity_document)
            continue;
        bool known = false;
        for (const auto& seen : out)
            known = known || (seen.service == service && seen.field == field.name);
        if (!known)
            out.push_back({ service, field.name });
    }
}

} // namespace

std::vector<store::IdentityField> identity_fields(const catalog::Catalog& catalog)
{
    std::vector<store::IdentityField> fields;
    for (const catalog::Service& service : catalog.services) {
        add_identity_fields(service.id, service.fields, fields);
        for (const catalog::Kind& kind : service.kinds)
            add_identity_fields(service.id, kind.fields, fields);
    }
    return fields;
}

store::RetentionReport run_retention(const catalog::Catalog& catalog, store::Database& database,
    store::FileStore& files, const domain::Clock& clock)
{
    const auto now = clock.now();
    const auto ended_before
        = now - std::chrono::hours(24) * catalog.office.identity_document_retention_days;
    return store::apply_retention(database, files, identity_fields(catalog), ended_before, now);
}

RetentionJob::RetentionJob(const catalog::Catalog& catalog, store::Database& database,
    store::FileStore& files, const domain::Clock& clock, std::chrono::minutes interval)
    : m_catalog(catalog)
    , m_database(database)
    , m_files(files)
    , m_clock(clock)
    , m_interval(interval)
    , m_worker([this](std::stop_token stop) { run(stop); })
{
}

RetentionJob::~RetentionJob()
{
    m_worker.request_stop();
    m_wakeup.notify_all();
}

void RetentionJob::run(std::stop_token stop)
{
    while (!stop.stop_requested()) {
        try {
            auto report = run_retention(m_catalog, m_database, m_files, m_clock);
            if (report.deleted > 0)
                spdlog::info("retention deleted_identity_scans={}", report.deleted);
        } catch (const std::exception& error) {
            spdlog::error("retention failed: {}", error.what());
        }
        std::unique_lock lock(m_mutex);
        m_wakeup.wait_for(lock, stop, m_interval, [] { return false; });
    }
}

} // namespace lapis::app
