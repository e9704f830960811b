// The database: a pool of sessions on SQLite (default, in WAL mode under the data
// directory) or PostgreSQL, through SOCI so that both engines run the same queries.
// Opening it applies the versioned migrations the binary carries.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

namespace soci {
class connection_pool;
}

namespace lapis::store {

enum class Engine { Sqlite, Postgresql };

class Database {
public:
    // `url`: "sqlite3://<path>" or "postgresql://<libpq connection string>".
    static std::unique_ptr<Database> open(const std::string& url, std::size_t sessions);
    ~Database();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Engine engine() const { return m_engine; }
    soci::connection_pool& pool() { return *m_pool; }
    int schema_version() const { return m_schema_version; }

private:
    Database(Engine engine, std::unique_ptr<soci::connection_pool> pool);
    void migrate();

    Engine m_engine;
    std::unique_ptr<soci::connection_pool> m_pool;
    int m_schema_version = 0;
};

} // namespace lapis::store
