#include "store/database.hpp"

#include <soci/soci.h>
#include <spdlog/spdlog.h>

#include <stdexcept>

#include "store/migrations.hpp"
#include "store/transaction.hpp"

namespace lapis::store {
namespace {

constexpr char kSqlitePrefix[] = "sqlite3://";
constexpr char kPostgresPrefix[] = "postgresql://";

std::string replace_all(std::string text, const std::string& from, const std::string& to)
{
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

void configure_sqlite(soci::session& sql)
{
    // WAL lets readers go on while one writer commits; FULL makes a commit that was
    // acknowledged to a requester survive a power cut, not only a crash.
    sql << "PRAGMA journal_mode=WAL";
    sql << "PRAGMA synchronous=FULL";
    sql << "PRAGMA foreign_keys=ON";
    sql << "PRAGMA busy_timeout=10000";
}

} // namespace

Database::Database(Engine engine, std::unique_ptr<soci::connection_pool> pool)
    : m_engine(engine)
    , m_pool(std::move(pool))
{
}

Database::~Database() = default;

std::unique_ptr<Database> Database::open(const std::string& url, std::size_t sessions)
{
    Engine engine;
    std::string backend;
    std::string parameters;
    if (url.rfind(kSqlitePrefix, 0) == 0) {
        engine = Engine::Sqlite;
        backend = "sqlite3";
        parameters = "db=" + url.substr(sizeof kSqlitePrefix - 1) + " timeout=10";
    } else if (url.rfind(kPostgresPrefix, 0) == 0) {
        engine = Engine::Postgresql;
        backend = "postgresql";
        parameters = url.substr(sizeof kPostgresPrefix - 1);
    } else {
        throw std::runtime_error("database url must start with sqlite3:// or postgresql://");
    }

    auto pool = std::make_unique<soci::connection_pool>(sessions);
    for (std::size_t i = 0; i < sessions; ++i) {
        pool->at(i).open(backend, parameters);
        if (engine == Engine::Sqlite)
            configure_sqlite(pool->at(i));
    }
    std::unique_ptr<Database> database(new Database(engine, std::move(pool)));
    database->migrate();
    return database;
}

void Database::migrate()
{
    soci::session sql(*m_pool);
    sql << "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
           "description TEXT NOT NULL, applied_at TEXT NOT NULL)";
    int current = 0;
    soci::indicator none = soci::i_ok;
    sql << "SELECT MAX(version) FROM schema_migrations", soci::into(current, none);
    if (none == soci::i_null)
        current = 0;

    const std::string id_column = m_engine == Engine::Sqlite ? "INTEGER PRIMARY KEY AUTOINCREMENT"
                                                             : "BIGSERIAL PRIMARY KEY";
    for (const Migration& migration : migrations()) {
        if (migration.version <= current)
            continue;
        WriteTransaction transaction(sql, m_engine);
        for (const std::string& statement : migration.statements)
            sql << replace_all(statement, "{{id}}", id_column);
        const auto& specific
            = m_engine == Engine::Sqlite ? migration.only_sqlite : migration.only_postgresql;
        for (const std::string& statement : specific)
            sql << statement;
        sql << "INSERT INTO schema_migrations (version, description, applied_at) "
               "VALUES (:v, :d, CURRENT_TIMESTAMP)",
            soci::use(migration.version), soci::use(migration.description);
        transaction.commit();
        spdlog::info("database migrated version={} description=\"{}\"", migration.version,
            migration.description);
        current = migration.version;
    }
    m_schema_version = current;
}

} // namespace lapis::store
