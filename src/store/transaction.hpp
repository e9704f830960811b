// A write transaction. On SQLite it starts with BEGIN IMMEDIATE: a deferred
// transaction that reads first and writes later fails at once with "database is
// locked" when another writer got in between, instead of waiting its turn.
#pragma once

#include <soci/soci.h>

#include "store/database.hpp"

namespace lapis::store {

class WriteTransaction {
public:
    WriteTransaction(soci::session& sql, Engine engine)
        : m_sql(sql)
    {
        m_sql << (engine == Engine::Sqlite ? "BEGIN IMMEDIATE" : "BEGIN");
    }

    ~WriteTransaction()
    {
        if (m_open) {
            try {
                m_sql << "ROLLBACK";
            } catch (...) {
                // The connection is gone; nothing was committed.
            }
        }
    }

    void commit()
    {
        m_sql << "COMMIT";
        m_open = false;
    }

    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

private:
    soci::session& m_sql;
    bool m_open = true;
};

} // namespace lapis::store
