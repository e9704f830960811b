// The telephone desk's records (migration 14): a ticket's location and extension
// and the team's tests (appended with their history row, store/desk_history.hpp),
// the operator's extension directory (replaced whole by an import) and the log of
// connected calls.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/clock.hpp"
#include "domain/telecom.hpp"
#include "store/database.hpp"
#include "store/desk_history.hpp"

namespace lapis::store {

struct TelecomTicket {
    std::string location;
    std::string extension;
    std::int64_t recorded_by = 0;
    domain::TimePoint recorded_at;
};

struct TelecomTest {
    std::int64_t id = 0;
    domain::telecom::TestRecord test;
    std::int64_t recorded_by = 0;
    domain::TimePoint recorded_at;
};

struct TelecomCall {
    std::int64_t id = 0;
    domain::TimePoint called_at;
    std::string caller;
    std::string requested;
    bool connected = false;
    std::string note;
    std::int64_t recorded_by = 0;
    domain::TimePoint recorded_at;
};

class TelecomStore {
public:
    explicit TelecomStore(Database& database);

    // The newest location and extension recorded for a request.
    std::optional<TelecomTicket> ticket(std::int64_t request_id);
    void record_ticket(
        std::int64_t request_id, const TelecomTicket& ticket, const DeskEvent& event);

    // Oldest first.
    std::vector<TelecomTest> tests(std::int64_t request_id);
    void record_test(std::int64_t request_id, const TelecomTest& test, const DeskEvent& event);

    // Replaces the whole directory in one transaction: all or nothing.
    void replace_directory(const std::vector<domain::telecom::DirectoryEntry>& entries);
    // Ordered by extension (shorter numbers first).
    std::vector<domain::telecom::DirectoryEntry> directory();

    std::int64_t add_call(const TelecomCall& call);
    // Calls with from <= called_at < to, oldest first.
    std::vector<TelecomCall> calls_between(domain::TimePoint from, domain::TimePoint to);

private:
    Database& m_database;
};

} // namespace lapis::store
