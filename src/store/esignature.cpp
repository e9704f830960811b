#include "store/esignature.hpp"

#include <soci/soci.h>

#include "domain/certificate.hpp"
#include "store/rows.hpp"
#include "store/transaction.hpp"

namespace lapis::store {

EsignatureStore::EsignatureStore(Database& database)
    : m_database(database)
{
}

std::int64_t EsignatureStore::add(
    const MilestoneEntry& entry, const DeskEvent& event, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    long long request = entry.request_id;
    const std::string on = domain::iso_date(entry.happened_on);
    const std::string at = domain::to_utc_text(now);
    long long by = entry.recorded_by;
    long long id = 0;
    sql << "INSERT INTO esignature_milestones (request_id, milestone, happened_on, note, "
           "recorded_by, recorded_at) VALUES (:r, :m, :o, :n, :b, :a) RETURNING id",
        soci::use(request), soci::use(entry.milestone), soci::use(on), soci::use(entry.note),
        soci::use(by), soci::use(at), soci::into(id);
    append_desk_event(sql, entry.request_id, event, now);
    transaction.commit();
    return id;
}

std::vector<MilestoneEntry> EsignatureStore::milestones(std::int64_t request_id)
{
    soci::session sql(m_database.pool());
    long long wanted = request_id;
    std::vector<MilestoneEntry> entries;
    soci::rowset<soci::row> rows
        = (sql.prepare << "SELECT m.id, m.request_id, m.milestone, m.happened_on, m.note, "
                          "m.recorded_by, COALESCE(u.name, ''), m.recorded_at FROM "
                          "esignature_milestones m LEFT JOIN users u ON u.id = m.recorded_by "
                          "WHERE m.request_id = :r ORDER BY m.id",
            soci::use(wanted));
    for (const soci::row& row : rows) {
        MilestoneEntry entry;
        entry.id = integer_at(row, 0);
        entry.request_id = integer_at(row, 1);
        entry.milestone = row.get<std::string>(2);
        entry.happened_on
            = domain::parse_iso_date(row.get<std::string>(3)).value_or(domain::Date{});
        entry.note = row.get<std::string>(4);
        entry.recorded_by = integer_at(row, 5);
        entry.recorded_by_name = row.get<std::string>(6);
        entry.recorded_at
            = domain::from_utc_text(row.get<std::string>(7)).value_or(domain::TimePoint{});
        entries.push_back(std::move(entry));
    }
    return entries;
}

} // namespace lapis::store
