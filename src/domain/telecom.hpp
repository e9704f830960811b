// The telephone desk's rules (Layanan Jaringan Komunikasi): the location and
// extension a fault or provisioning ticket carries, the team's test of the repair
// (Prosedur Penyediaan / Penanganan Gangguan langkah 6), the operator's extension
// directory imported from CSV, and the log of calls the operator connects
// (Prosedur Penyambungan Telepon). Pure: no HTTP, no database, no clock.
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "catalog/catalog.hpp"
#include "domain/identity.hpp"
#include "domain/message.hpp"

namespace lapis::domain::telecom {

// A problem with one line of an import, or with one input of a form.
struct LineError {
    std::size_t line = 0; // 0: the file as a whole
    Message message;
};

struct DirectoryEntry {
    std::string extension; // digits, e.g. "401"
    std::string name; // person or room
    std::string unit; // bidang, bagian or Perangkat Daerah
    std::string location; // building and room
};

struct DirectoryImport {
    std::vector<DirectoryEntry> entries; // only when errors is empty
    std::vector<LineError> errors; // in line order
};

inline constexpr std::size_t kMaxDirectoryRows = 5000;

// The CSV's first line names the columns (any order, any letter case):
// `ekstensi` and `nama` are required, `unit` and `lokasi` optional; English
// `extension`, `name`, `location` are understood too. All or nothing: any error
// leaves `entries` empty.
DirectoryImport parse_directory(std::string_view csv_text);

// Every word of the query is found in the extension's start or in the name, unit or
// location (ASCII letters without regard to case). An empty query matches all.
bool directory_matches(const DirectoryEntry& entry, std::string_view query);

// The ticket's location and extension, as the team confirms them.
struct TicketInput {
    std::string location;
    std::string extension;
};
std::vector<std::pair<std::string, Message>> check_ticket(const TicketInput& input);

// An extension as people write it: digits only, at most 10.
std::optional<Message> check_extension(std::string_view text, bool required);

// The team's test of the repair or installation.
struct TestInput {
    std::string result; // "lulus" or "gagal"
    std::string note;
    std::string date; // YYYY-MM-DD
};
struct TestRecord {
    bool passed = false;
    std::string note;
    Date date;
};
struct TestCheck {
    std::optional<TestRecord> test;
    std::vector<std::pair<std::string, Message>> errors;
};
// A failed test must say what failed; the date cannot be after today.
TestCheck check_test(const TestInput& input, Date today);

// A call the operator connected, or tried to.
struct CallInput {
    std::string caller; // who called (name, unit or number)
    std::string requested; // the party or extension asked for
    std::string at; // office time as an HTML datetime-local input sends it
    std::string connected; // "ya" or "tidak"
    std::string note;
};
struct LocalTime {
    Date date;
    int hour = 0;
    int minute = 0;
};
struct CallRecord {
    std::string caller;
    std::string requested;
    LocalTime at;
    bool connected = false;
    std::string note;
};
struct CallCheck {
    std::optional<CallRecord> call;
    std::vector<std::pair<std::string, Message>> errors;
};
CallCheck check_call(const CallInput& input, Date today);
// "2026-12-03T09:15" (seconds allowed and ignored); nullopt when malformed.
std::optional<LocalTime> parse_local_time(std::string_view text);

// The staff roles that keep the directory and the call log: those acting in the
// service's procedures that are shown but not filed (the call-connect procedure).
std::set<std::string> operator_roles(const catalog::Service& service);
// The step where the team tests the work: the procedure's last step.
std::size_t test_step(const catalog::Procedure& procedure);

} // namespace lapis::domain::telecom
