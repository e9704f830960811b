// The Sanapati e-mail desk's records (migration 13): the form's sign-offs, the
// coordination with BSSN or the destination agency and the proof delivered to the
// requester. Every record is appended, never changed, together with its row in the
// request's history (store/desk_history.hpp), in one transaction.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/clock.hpp"
#include "domain/message.hpp"
#include "domain/sanapati.hpp"
#include "store/database.hpp"
#include "store/desk_history.hpp"

namespace lapis::store {

struct SanapatiSignoff {
    std::int64_t id = 0;
    domain::sanapati::Signoff signoff = domain::sanapati::Signoff::AtasanLangsung;
    bool approved = true;
    std::string signer_name;
    std::string signer_position; // jabatan
    std::string signer_nip; // may be empty; never logged, masked for most readers
    std::string reason; // a refusal's reason
    std::int64_t recorded_by = 0; // users.id
    domain::TimePoint recorded_at;
};

struct SanapatiCoordination {
    std::int64_t id = 0;
    domain::sanapati::Coordination coordination;
    std::int64_t recorded_by = 0;
    domain::TimePoint recorded_at;
};

struct SanapatiProof {
    std::int64_t id = 0;
    domain::sanapati::Proof proof;
    std::int64_t recorded_by = 0;
    domain::TimePoint recorded_at;
};

class SanapatiStore {
public:
    explicit SanapatiStore(Database& database);

    // In the order recorded.
    std::vector<SanapatiSignoff> signoffs(std::int64_t request_id);
    // Appends the sign-off when `check`, run on the decisions recorded so far inside
    // the write transaction, has nothing against it; otherwise returns its refusal
    // and writes nothing. So two officers signing at once cannot both be "next".
    std::optional<domain::Message> record_signoff(std::int64_t request_id,
        const SanapatiSignoff& signoff, const DeskEvent& event,
        const std::function<std::optional<domain::Message>(
            const std::vector<domain::sanapati::Decision>&)>& check);
    // The same inside a write transaction the caller holds: a refusal is written
    // with the return or rejection it causes (web::MoveInput::desk_write).
    static std::optional<domain::Message> write_signoff(soci::session& sql, std::int64_t request_id,
        const SanapatiSignoff& signoff, const DeskEvent& event,
        const std::function<std::optional<domain::Message>(
            const std::vector<domain::sanapati::Decision>&)>& check);

    // Newest last.
    std::vector<SanapatiCoordination> coordinations(std::int64_t request_id);
    void record_coordination(
        std::int64_t request_id, const SanapatiCoordination& record, const DeskEvent& event);

    // The newest proof, if any.
    std::optional<SanapatiProof> proof(std::int64_t request_id);
    void record_proof(std::int64_t request_id, const SanapatiProof& record, const DeskEvent& event);

private:
    Database& m_database;
};

std::vector<domain::sanapati::Decision> decisions_of(const std::vector<SanapatiSignoff>& signoffs);

} // namespace lapis::store
