// Generated letters and forms: each is made once per request and template, its
// bytes kept as an attachment file and its SHA-256 and code kept here, so that
// /verifikasi/<code> can tell whether a printed letter is genuine.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/clock.hpp"
#include "store/database.hpp"

namespace lapis::store {

struct StoredDocument {
    std::int64_t id = 0;
    std::string code;
    std::int64_t request_id = 0;
    std::string request_number;
    std::string template_id;
    std::string sha256;
    std::int64_t size = 0;
    domain::TimePoint created_at;
};

class DocumentStore {
public:
    explicit DocumentStore(Database& database);

    // Records a generated document; when another thread recorded one for the same
    // request and template first, that one is returned instead.
    StoredDocument add(const StoredDocument& document);
    std::optional<StoredDocument> find(std::int64_t request_id, const std::string& template_id);
    std::optional<StoredDocument> find_by_code(const std::string& code);

private:
    Database& m_database;
};

} // namespace lapis::store
