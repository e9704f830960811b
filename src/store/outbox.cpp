#include "store/outbox.hpp"

#include <soci/soci.h>

namespace lapis::store {
namespace {

// A server's error reply can be long (some quote the whole offending command);
// the reason fits in far less, and the column is for people reading it.
constexpr std::size_t kErrorLength = 500;

// Cuts at a character boundary: PostgreSQL refuses text that is not valid UTF-8.
std::string shortened(const std::string& text, std::size_t length)
{
    if (text.size() <= length)
        return text;
    while (length > 0 && (static_cast<unsigned char>(text[length]) & 0xC0) == 0x80)
        --length;
    return text.substr(0, length);
}

domain::TimePoint parse_time(const std::string& text)
{
    return domain::from_utc_text(text).value_or(domain::TimePoint{});
}

} // namespace

void enqueue(soci::session& sql, const Notification& notification, domain::TimePoint now)
{
    const std::string created = domain::to_utc_text(now);
    long long request_id = notification.request_id;
    soci::indicator request_known = request_id == 0 ? soci::i_null : soci::i_ok;
    sql << "INSERT INTO outbox (created_at, request_id, recipient, subject, body, attempts, "
           "next_attempt_at, sent_at, last_error) VALUES (:c, :r, :to, :s, :b, 0, :n, NULL, '')",
        soci::use(created), soci::use(request_id, request_known), soci::use(notification.recipient),
        soci::use(notification.subject), soci::use(notification.body), soci::use(created);
}

OutboxStore::OutboxStore(Database& database)
    : m_database(database)
{
}

std::vector<OutboxRow> OutboxStore::due(domain::TimePoint now, std::size_t limit)
{
    soci::session sql(m_database.pool());
    const std::string cutoff = domain::to_utc_text(now);
    const long long count = static_cast<long long>(limit);
    OutboxRow row;
    long long id = 0;
    long long request_id = 0;
    soci::indicator request_known = soci::i_ok;
    std::string created;
    std::string next_attempt;
    // The times are UTC text of one fixed width, so text order is time order.
    soci::statement statement
        = (sql.prepare << "SELECT id, created_at, request_id, recipient, subject, body, attempts, "
                          "next_attempt_at, last_error FROM outbox WHERE sent_at IS NULL AND "
                          "next_attempt_at <= :now ORDER BY id LIMIT :limit",
            soci::into(id), soci::into(created), soci::into(request_id, request_known),
            soci::into(row.recipient), soci::into(row.subject), soci::into(row.body),
            soci::into(row.attempts), soci::into(next_attempt), soci::into(row.last_error),
            soci::use(cutoff), soci::use(count));
    statement.execute();
    std::vector<OutboxRow> rows;
    while (statement.fetch()) {
        row.id = id;
        row.created_at = parse_time(created);
        row.request_id = request_known == soci::i_ok ? request_id : 0;
        row.next_attempt_at = parse_time(next_attempt);
        rows.push_back(row);
    }
    return rows;
}

void OutboxStore::mark_sent(OutboxId id, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    const std::string sent = domain::to_utc_text(now);
    long long key = id;
    // A sent body is not kept: receipts carry tracking links, and the database and
    // its backups should not (the row stays as the record that a mail went out).
    sql << "UPDATE outbox SET sent_at = :s, body = '' WHERE id = :id AND sent_at IS NULL",
        soci::use(sent), soci::use(key);
}

void OutboxStore::mark_failed(
    OutboxId id, int attempts, domain::TimePoint next_attempt_at, const std::string& error)
{
    soci::session sql(m_database.pool());
    const std::string next = domain::to_utc_text(next_attempt_at);
    const std::string reason = shortened(error, kErrorLength);
    long long key = id;
    sql << "UPDATE outbox SET attempts = :a, next_attempt_at = :n, last_error = :e "
           "WHERE id = :id AND sent_at IS NULL",
        soci::use(attempts), soci::use(next), soci::use(reason), soci::use(key);
}

long long OutboxStore::pending()
{
    soci::session sql(m_database.pool());
    long long count = 0;
    sql << "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL", soci::into(count);
    return count;
}

} // namespace lapis::store
