#include "store/retention.hpp"

#include <soci/soci.h>

#include <nlohmann/json.hpp>

#include "store/audit.hpp"
#include "store/transaction.hpp"

namespace lapis::store {
namespace {

struct Expired {
    long long id = 0;
    std::string number;
    std::string field;
    std::string sha256;
};

std::vector<Expired> expired_scans(
    soci::session& sql, const IdentityField& identity, const std::string& cutoff)
{
    std::vector<Expired> found;
    Expired row;
    soci::statement statement = (sql.prepare
            << "SELECT a.id, r.number, a.field, a.sha256 FROM attachments a JOIN requests r ON "
               "r.id = a.request_id WHERE a.deleted_at IS NULL AND r.service = :s AND a.field "
               "= :f AND r.status IN ('selesai', 'ditolak', 'dibatalkan') AND r.updated_at < :c",
        soci::into(row.id), soci::into(row.number), soci::into(row.field), soci::into(row.sha256),
        soci::use(identity.service), soci::use(identity.field), soci::use(cutoff));
    statement.execute();
    while (statement.fetch())
        found.push_back(row);
    return found;
}

} // namespace

RetentionReport apply_retention(Database& database, FileStore& files,
    const std::vector<IdentityField>& identity_fields, domain::TimePoint ended_before,
    domain::TimePoint now)
{
    RetentionReport report;
    soci::session sql(database.pool());
    const std::string cutoff = domain::to_utc_text(ended_before);
    const std::string when = domain::to_utc_text(now);
    for (const IdentityField& identity : identity_fields) {
        for (const Expired& scan : expired_scans(sql, identity, cutoff)) {
            WriteTransaction transaction(sql, database.engine());
            sql << "UPDATE attachments SET deleted_at = :t WHERE id = :id", soci::use(when),
                soci::use(scan.id);
            const nlohmann::json detail
                = { { "attachment", scan.id }, { "field", scan.field }, { "sha256", scan.sha256 } };
            append_audit(sql, database.engine(),
                { "sistem", 0, "", "attachment.retention_delete", "request:" + scan.number,
                    detail.dump() },
                now);
            long long still_used = 0;
            sql << "SELECT COUNT(*) FROM attachments WHERE sha256 = :h AND deleted_at IS NULL",
                soci::into(still_used), soci::use(scan.sha256);
            transaction.commit();
            // Files are shared by content: only the last live reference removes one.
            if (still_used == 0)
                files.remove(scan.sha256);
            report.deleted += 1;
        }
    }
    return report;
}

} // namespace lapis::store
