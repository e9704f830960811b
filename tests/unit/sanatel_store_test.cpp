// The Sanapati and telephone desks' records on both engines: each record appended
// with its history row, the sign-off order checked inside the write, the directory
// replaced whole, calls listed by day.
#include <gtest/gtest.h>

#include <chrono>

#include "catalog/loader.hpp"
#include "engine_fixture.hpp"
#include "store/requests.hpp"
#include "store/sanapati.hpp"
#include "store/telecom.hpp"

namespace {

using namespace lapis;
using domain::sanapati::Signoff;

class SanatelStoreTest : public test_support::EngineTest {
protected:
    std::int64_t new_request(const std::string& service_id, const std::string& kind)
    {
        const catalog::Service* service = catalog.find_service(service_id);
        store::NewRequest request;
        request.prefix = "LPS";
        request.year = 2026;
        request.service = service->id;
        request.kind = kind;
        request.procedure = &catalog::form_procedure(*service, service->find_kind(kind));
        request.requester_name = "Sukarni";
        request.tracking_hash = domain::sha256_hex("code-" + kind);
        request.now = now;
        store::RequestStore requests(*database);
        const auto created = requests.create(request);
        return created.id;
    }

    std::size_t desk_rows(std::int64_t request_id)
    {
        store::RequestStore requests(*database);
        std::size_t count = 0;
        for (const store::HistoryEntry& entry : requests.history(request_id))
            count += entry.action == "desk" ? 1 : 0;
        return count;
    }

    store::DeskEvent event(const std::string& key)
    {
        store::DeskEvent desk_event;
        desk_event.event = key;
        desk_event.actor_kind = "staf";
        desk_event.actor_user = 1;
        desk_event.note = "catatan";
        return desk_event;
    }

    store::SanapatiSignoff signoff(Signoff which, bool approved = true)
    {
        store::SanapatiSignoff record;
        record.signoff = which;
        record.approved = approved;
        record.signer_name = "Budi";
        record.signer_position = "Kepala Bagian";
        record.signer_nip = "198503152010011002";
        record.reason = approved ? "" : "Data tidak lengkap";
        record.recorded_by = 1;
        record.recorded_at = now;
        return record;
    }

    const catalog::Catalog catalog = catalog::load_bundled();
    domain::TimePoint now
        = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
};

LAPIS_ON_BOTH_ENGINES(SanatelStoreTest);

TEST_P(SanatelStoreTest, SignoffsAreAppendedInOrderWithTheirHistoryRows)
{
    const auto id = new_request("email-sanapati", "reset-password");
    store::SanapatiStore store(*database);
    auto in_order = [](Signoff wanted) {
        return [wanted](const std::vector<domain::sanapati::Decision>& decisions) {
            return domain::sanapati::check_signoff(decisions, wanted, true, "");
        };
    };
    EXPECT_FALSE(store.record_signoff(id, signoff(Signoff::AtasanLangsung),
        event("sanapati.event.signoff_approved"), in_order(Signoff::AtasanLangsung)));
    auto refused = store.record_signoff(id, signoff(Signoff::PetugasPiket2),
        event("sanapati.event.signoff_approved"), in_order(Signoff::PetugasPiket2));
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->key, "sanapati.signoff.out_of_order");
    EXPECT_FALSE(store.record_signoff(id, signoff(Signoff::PetugasPiket1, false),
        event("sanapati.event.signoff_refused"), [](const auto&) { return std::nullopt; }));

    const auto records = store.signoffs(id);
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[0].signoff, Signoff::AtasanLangsung);
    EXPECT_EQ(records[0].signer_nip, "198503152010011002");
    EXPECT_EQ(records[0].recorded_at, now);
    EXPECT_FALSE(records[1].approved);
    EXPECT_EQ(records[1].reason, "Data tidak lengkap");
    EXPECT_EQ(
        domain::sanapati::next_signoff(store::decisions_of(records)), Signoff::AtasanLangsung);
    EXPECT_EQ(desk_rows(id), 2u);
}

TEST_P(SanatelStoreTest, CoordinationAndTheNewestProofAreKept)
{
    const auto id = new_request("email-sanapati", "pengiriman-surat");
    store::SanapatiStore store(*database);
    EXPECT_FALSE(store.proof(id));
    store.record_coordination(id,
        { 0, { "Pemerintah Kota Salatiga", { 2026, 12, 1 }, "Surat 005/12", "" }, 1, now },
        event("sanapati.event.coordination"));
    store.record_coordination(id,
        { 0, { "Pemerintah Kota Salatiga", { 2026, 12, 1 }, "Surat 005/12", "Diterima" }, 1, now },
        event("sanapati.event.coordination"));
    store.record_proof(id,
        { 0, { "REG-1", { 2026, 12, 1 }, { 2026, 12, 2 }, { 2026, 12, 2 } }, 1, now },
        event("sanapati.event.proof"));
    store.record_proof(id,
        { 0, { "REG-2", { 2026, 12, 1 }, { 2026, 12, 2 }, { 2026, 12, 3 } }, 1, now },
        event("sanapati.event.proof"));

    const auto coordinations = store.coordinations(id);
    ASSERT_EQ(coordinations.size(), 2u);
    EXPECT_EQ(coordinations[1].coordination.answer, "Diterima");
    EXPECT_EQ(coordinations[0].coordination.sent, (domain::Date{ 2026, 12, 1 }));
    auto proof = store.proof(id);
    ASSERT_TRUE(proof);
    EXPECT_EQ(proof->proof.registration_id, "REG-2");
    EXPECT_EQ(proof->proof.activated, (domain::Date{ 2026, 12, 3 }));
    EXPECT_EQ(desk_rows(id), 4u);
}

TEST_P(SanatelStoreTest, TicketAndTestsAreAppendedWithTheirHistoryRows)
{
    const auto id = new_request("jaringan-komunikasi", "gangguan");
    store::TelecomStore store(*database);
    EXPECT_FALSE(store.ticket(id));
    store.record_ticket(id, { "Gedung A, Ruang 1", "401", 1, now }, event("telecom.event.ticket"));
    store.record_ticket(id, { "Gedung B, Ruang 2", "402", 1, now }, event("telecom.event.ticket"));
    store.record_test(id, { 0, { false, "Masih berisik", { 2026, 12, 2 } }, 1, now },
        event("telecom.event.test_failed"));
    store.record_test(
        id, { 0, { true, "", { 2026, 12, 3 } }, 1, now }, event("telecom.event.test_passed"));

    EXPECT_EQ(store.ticket(id)->location, "Gedung B, Ruang 2");
    EXPECT_EQ(store.ticket(id)->extension, "402");
    const auto tests = store.tests(id);
    ASSERT_EQ(tests.size(), 2u);
    EXPECT_FALSE(tests[0].test.passed);
    EXPECT_EQ(tests[0].test.note, "Masih berisik");
    EXPECT_TRUE(tests[1].test.passed);
    EXPECT_EQ(tests[1].test.date, (domain::Date{ 2026, 12, 3 }));
    EXPECT_EQ(desk_rows(id), 4u);
}

TEST_P(SanatelStoreTest, AnImportReplacesTheWholeDirectory)
{
    store::TelecomStore store(*database);
    store.replace_directory({ { "401", "Persandian", "Diskominfo", "Lt 2" },
        { "1200", "Aula", "", "" }, { "9", "Operator", "", "" } });
    auto entries = store.directory();
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_EQ(entries[0].extension, "9");
    EXPECT_EQ(entries[2].extension, "1200");
    store.replace_directory({ { "500", "Statistik", "Diskominfo", "Lt 3" } });
    entries = store.directory();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].name, "Statistik");
}

TEST_P(SanatelStoreTest, AnImportWithADuplicateExtensionStoresNothing)
{
    store::TelecomStore store(*database);
    store.replace_directory({ { "401", "Persandian", "", "" } });
    EXPECT_ANY_THROW(store.replace_directory(
        { { "500", "Statistik", "", "" }, { "500", "Statistik lagi", "", "" } }));
    auto entries = store.directory();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].extension, "401");
}

TEST_P(SanatelStoreTest, CallsAreListedByTheirTime)
{
    store::TelecomStore store(*database);
    const auto day = std::chrono::floor<std::chrono::days>(now);
    store::TelecomCall call;
    call.caller = "Dinas Kesehatan";
    call.requested = "401";
    call.connected = true;
    call.recorded_by = 1;
    call.recorded_at = now;
    call.called_at = day + std::chrono::hours(2);
    store.add_call(call);
    call.caller = "Kemarin";
    call.called_at = day - std::chrono::hours(1);
    store.add_call(call);
    call.caller = "Pagi";
    call.connected = false;
    call.note = "Tidak diangkat";
    call.called_at = day + std::chrono::hours(1);
    store.add_call(call);

    const auto calls = store.calls_between(day, day + std::chrono::days(1));
    ASSERT_EQ(calls.size(), 2u);
    EXPECT_EQ(calls[0].caller, "Pagi");
    EXPECT_FALSE(calls[0].connected);
    EXPECT_EQ(calls[0].note, "Tidak diangkat");
    EXPECT_EQ(calls[1].caller, "Dinas Kesehatan");
    EXPECT_EQ(calls[1].called_at, day + std::chrono::hours(2));
}

} // namespace
