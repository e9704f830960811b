#include "store/documents.hpp"

#include <soci/soci.h>

#include "store/transaction.hpp"

namespace lapis::store {

DocumentStore::DocumentStore(Database& database)
    : m_database(database)
{
}

std::optional<StoredDocument> DocumentStore::find_by_code(const std::string& code)
{
    soci::session sql(m_database.pool());
    StoredDocument document;
    long long id = 0;
    long long request = 0;
    long long size = 0;
    std::string created;
    sql << "SELECT d.id, d.code, d.request_id, r.number, d.template, d.sha256, d.size, "
           "d.created_at FROM documents d JOIN requests r ON r.id = d.request_id WHERE d.code = :c",
        soci::into(id), soci::into(document.code), soci::into(request),
        soci::into(document.request_number), soci::into(document.template_id),
        soci::into(document.sha256), soci::into(size), soci::into(created), soci::use(code);
    if (!sql.got_data())
        return std::nullopt;
    document.id = id;
    document.request_id = request;
    document.size = size;
    document.created_at = domain::from_utc_text(created).value_or(domain::TimePoint{});
    return document;
}

std::optional<StoredDocument> DocumentStore::find(
    std::int64_t request_id, const std::string& template_id)
{
    std::string code;
    {
        soci::session sql(m_database.pool());
        long long request = request_id;
        sql << "SELECT code FROM documents WHERE request_id = :r AND template = :t",
            soci::into(code), soci::use(request), soci::use(template_id);
        if (!sql.got_data())
            return std::nullopt;
    }
    return find_by_code(code);
}

StoredDocument DocumentStore::add(const StoredDocument& document)
{
    {
        soci::session sql(m_database.pool());
        WriteTransaction transaction(sql, m_database.engine());
        long long existing = 0;
        long long request = document.request_id;
        sql << "SELECT COUNT(*) FROM documents WHERE request_id = :r AND template = :t",
            soci::into(existing), soci::use(request), soci::use(document.template_id);
        if (existing == 0) {
            const std::string created = domain::to_utc_text(document.created_at);
            long long size = document.size;
            sql << "INSERT INTO documents (code, request_id, template, sha256, size, created_at) "
                   "VALUES (:c, :r, :t, :h, :s, :at)",
                soci::use(document.code), soci::use(request), soci::use(document.template_id),
                soci::use(document.sha256), soci::use(size), soci::use(created);
        }
        transaction.commit();
    }
    return *find(document.request_id, document.template_id);
}

} // namespace lapis::store
