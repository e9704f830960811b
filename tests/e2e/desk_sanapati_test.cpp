// The Sanapati desk over HTTP: a request through the form's four sign-offs in
// order (an out-of-order one refused), the coordination with BSSN or the
// destination agency, the proof on the tracking page, a refusal with its reason
// that returns or ends the request, and staff of other roles kept out.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <future>
#include <memory>

#include "client.hpp"
#include "server.hpp"

namespace lapis::e2e {
namespace {

using nlohmann::json;

class SanapatiDesk : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        server = std::make_unique<LapisServer>();
        auto made
            = server->add_users({ { "sapta@uji.lapis", "Sapta Sanapati", { "petugas-sanapati" } },
                { "kabid@uji.lapis", "Kabid Budi", { "kepala-bidang" } },
                { "citra@uji.lapis", "Citra Csirt", { "csirt" } } });
        server->start();
        std::vector<std::future<std::unique_ptr<StaffClient>>> sessions;
        for (const StaffAccount& account : made) {
            sessions.push_back(std::async(std::launch::async,
                [account] { return std::make_unique<StaffClient>(*server, account); }));
        }
        officer = sessions[0].get();
        head = sessions[1].get();
        csirt = sessions[2].get();
    }

    static void TearDownTestSuite()
    {
        officer.reset();
        head.reset();
        csirt.reset();
        server.reset();
    }

    void SetUp() override
    {
        if (!server || !server->running())
            GTEST_FAIL() << "the server did not start";
    }

    static Reply post(const StaffClient& staff, const std::string& path, httplib::Params params)
    {
        params.emplace("_csrf", staff.csrf());
        return post_form(*server, path, params, staff.cookie_headers());
    }

    static Reply sign(const std::string& number, const std::string& which, const std::string& name,
        const std::string& position, const StaffClient& staff = *officer)
    {
        return post(staff, "/staf/permohonan/" + number + "/sanapati/persetujuan",
            { { "persetujuan", which }, { "keputusan", "setuju" }, { "nama", name },
                { "jabatan", position } });
    }

    static Reply complete(const std::string& number, const StaffClient& staff = *officer)
    {
        return staff.act(number, { { "aksi", "complete" }, { "catatan", "Selesai." } });
    }

    static json tracked(const Submitted& sent)
    {
        return track_api(*server, sent.number, sent.code).json();
    }

    static inline std::unique_ptr<LapisServer> server;
    static inline std::unique_ptr<StaffClient> officer;
    static inline std::unique_ptr<StaffClient> head;
    static inline std::unique_ptr<StaffClient> csirt;
};

TEST_F(SanapatiDesk, ResetPasswordGoesThroughTheFourSignoffsCoordinationAndProof)
{
    Submitted sent = submit_api(*server, valid_form("email-sanapati", "reset-password"));
    ASSERT_EQ(sent.status, 201) << sent.reply.body;
    const std::string desk = "/staf/permohonan/" + sent.number + "/sanapati/";

    // Langkah 2 needs the direct superior's approval first.
    Reply early = complete(sent.number);
    EXPECT_EQ(early.status, 422);
    EXPECT_NE(early.body.find("persetujuan Atasan langsung belum tercatat"), std::string::npos)
        << early.body;
    EXPECT_EQ(tracked(sent)["step"], "2");

    // Duty officer 1 before the superior: refused, named, nothing stored.
    Reply out_of_order = sign(sent.number, "petugas-piket-1", "Sapta", "Petugas Piket");
    EXPECT_EQ(out_of_order.status, 422);
    EXPECT_NE(out_of_order.body.find(
                  "Persetujuan harus berurutan sesuai formulir. Yang harus dicatat lebih dahulu: "
                  "Atasan langsung."),
        std::string::npos);
    EXPECT_NE(out_of_order.body.find("value=\"Sapta\""), std::string::npos)
        << "the typed name is kept";
    EXPECT_EQ(tracked(sent)["history"].size(), 1u);

    ASSERT_EQ(sign(sent.number, "atasan-langsung", "Ahmad Wibowo", "Kepala Dinas").status, 303);
    EXPECT_EQ(sign(sent.number, "atasan-langsung", "Ahmad Wibowo", "Kepala Dinas").status, 422)
        << "the same sign-off twice";
    ASSERT_EQ(complete(sent.number).status, 303);

    // Langkah 3: both duty officers and BSSN's answer before it is done.
    EXPECT_EQ(complete(sent.number).status, 422);
    ASSERT_EQ(
        sign(sent.number, "petugas-piket-1", "Sapta Sanapati", "Petugas Piket 1").status, 303);
    ASSERT_EQ(sign(sent.number, "petugas-piket-2", "Dwi Hartono", "Petugas Piket 2").status, 303);
    Reply no_answer = complete(sent.number);
    EXPECT_EQ(no_answer.status, 422);
    EXPECT_NE(no_answer.body.find("koordinasi dengan BSSN"), std::string::npos) << no_answer.body;
    Reply page = officer->request_page(sent.number);
    EXPECT_NE(page.body.find("name=\"pihak\" value=\"BSSN\""), std::string::npos);
    Reply future = post(*officer, desk + "koordinasi",
        { { "pihak", "BSSN" }, { "tanggal_kirim", "2999-01-01" }, { "referensi", "Tiket 77" } });
    EXPECT_EQ(future.status, 422);
    EXPECT_NE(future.body.find("Tanggal tidak boleh setelah hari ini."), std::string::npos);
    ASSERT_EQ(post(*officer, desk + "koordinasi",
                  { { "pihak", "BSSN" }, { "tanggal_kirim", office_today() },
                      { "referensi", "Tiket BSSN-4411" },
                      { "jawaban", "Password telah direset oleh BSSN." } })
                  .status,
        303);
    page = officer->request_page(sent.number);
    EXPECT_NE(page.body.find("Tiket BSSN-4411"), std::string::npos);
    ASSERT_EQ(complete(sent.number).status, 303);

    // Langkah 4: the help desk's approval and the proof before the request ends.
    EXPECT_EQ(complete(sent.number).status, 422);
    ASSERT_EQ(sign(sent.number, "helpdesk", "Hana Helpdesk", "Tim Helpdesk").status, 303);
    Reply no_proof = complete(sent.number);
    EXPECT_EQ(no_proof.status, 422);
    EXPECT_NE(no_proof.body.find("bukti layanan"), std::string::npos);
    Reply bad_proof = post(*officer, desk + "bukti",
        { { "id_registrasi", "REG-2026-0042" }, { "tanggal_terima", office_today() },
            { "tanggal_proses", "2020-01-01" }, { "tanggal_aktivasi", office_today() } });
    EXPECT_EQ(bad_proof.status, 422);
    EXPECT_NE(bad_proof.body.find("Tanggal diproses tidak boleh sebelum tanggal terima."),
        std::string::npos);
    ASSERT_EQ(
        post(*officer, desk + "bukti",
            { { "id_registrasi", "REG-2026-0042" }, { "tanggal_terima", office_today() },
                { "tanggal_proses", office_today() }, { "tanggal_aktivasi", office_today() } })
            .status,
        303);
    ASSERT_EQ(complete(sent.number).status, 303);
    EXPECT_EQ(tracked(sent)["status"], "selesai");

    // The requester sees the proof and who signed, never a NIP or BSSN's reference.
    Reply tracking = track_page(*server, sent.number, sent.code);
    ASSERT_EQ(tracking.status, 200);
    EXPECT_NE(tracking.body.find("<dt>ID registrasi</dt><dd>REG-2026-0042</dd>"), std::string::npos)
        << tracking.body;
    EXPECT_NE(tracking.body.find("<dt>Aktivasi tanggal</dt>"), std::string::npos);
    EXPECT_NE(tracking.body.find("Bukti layanan disampaikan"), std::string::npos);
    EXPECT_NE(tracking.body.find("ID registrasi REG-2026-0042; diterima"), std::string::npos)
        << "the proof is in the history";
    EXPECT_NE(tracking.body.find("disetujui Ahmad Wibowo (Kepala Dinas)"), std::string::npos);
    EXPECT_EQ(tracking.body.find("Tiket BSSN-4411"), std::string::npos);

    // The staff history has every desk record.
    page = head->request_page(sent.number);
    EXPECT_NE(page.body.find("Persetujuan dicatat"), std::string::npos);
    EXPECT_NE(page.body.find("Koordinasi dicatat"), std::string::npos);
}

TEST_F(SanapatiDesk, ARefusalNeedsItsReasonAndReturnsTheRequestToBeSignedAgain)
{
    Submitted sent = submit_api(*server, valid_form("email-sanapati", "perubahan-akun"));
    ASSERT_EQ(sent.status, 201) << sent.reply.body;
    const std::string path = "/staf/permohonan/" + sent.number + "/sanapati/persetujuan";

    Reply no_reason = post(*officer, path,
        { { "persetujuan", "atasan-langsung" }, { "keputusan", "tolak" }, { "nama", "Ahmad" },
            { "jabatan", "Kepala Dinas" }, { "tindak_lanjut", "kembalikan" } });
    EXPECT_EQ(no_reason.status, 422);
    EXPECT_NE(no_reason.body.find("Penolakan harus disertai alasan."), std::string::npos);
    EXPECT_EQ(tracked(sent)["history"].size(), 1u);

    ASSERT_EQ(post(*officer, path,
                  { { "persetujuan", "atasan-langsung" }, { "keputusan", "tolak" },
                      { "nama", "Ahmad" }, { "jabatan", "Kepala Dinas" },
                      { "alasan", "Rincian perubahan belum ditandatangani pengelola lama." },
                      { "tindak_lanjut", "kembalikan" } })
                  .status,
        303);
    json waiting = tracked(sent);
    EXPECT_EQ(waiting["status"], "menunggu-pemohon");
    Reply tracking = track_page(*server, sent.number, sent.code);
    EXPECT_NE(tracking.body.find("Rincian perubahan belum ditandatangani pengelola lama."),
        std::string::npos);

    // Answered: the request runs again and the chain starts from the superior.
    ASSERT_EQ(
        requester_act(*server, sent.number, sent.code, "answer", "Sudah ditandatangani.").status,
        303);
    EXPECT_EQ(sign(sent.number, "petugas-piket-1", "Sapta", "Petugas Piket 1").status, 422);
    EXPECT_EQ(sign(sent.number, "atasan-langsung", "Ahmad", "Kepala Dinas").status, 303);
}

TEST_F(SanapatiDesk, ARefusalMayEndTheRequest)
{
    Submitted sent = submit_api(*server, valid_form("email-sanapati", "perubahan-akun"));
    ASSERT_EQ(sent.status, 201);
    ASSERT_EQ(post(*officer, "/staf/permohonan/" + sent.number + "/sanapati/persetujuan",
                  { { "persetujuan", "atasan-langsung" }, { "keputusan", "tolak" },
                      { "nama", "Ahmad" }, { "jabatan", "Kepala Dinas" },
                      { "alasan", "Akun bukan milik Perangkat Daerah pemohon." },
                      { "tindak_lanjut", "akhiri" } })
                  .status,
        303);
    EXPECT_EQ(tracked(sent)["status"], "ditolak");
    EXPECT_EQ(sign(sent.number, "atasan-langsung", "Ahmad", "Kepala Dinas").status, 409);
}

TEST_F(SanapatiDesk, SendingALetterIsCoordinatedWithTheDestinationAgency)
{
    Submitted sent = submit_api(*server, valid_form("email-sanapati", "pengiriman-surat"));
    ASSERT_EQ(sent.status, 201) << sent.reply.body;
    Reply page = officer->request_page(sent.number);
    EXPECT_NE(page.body.find("name=\"pihak\" value=\"Pemerintah Provinsi Jawa Tengah\""),
        std::string::npos);
    ASSERT_EQ(post(*officer, "/staf/permohonan/" + sent.number + "/sanapati/koordinasi",
                  { { "pihak", "Pemerintah Provinsi Jawa Tengah" },
                      { "tanggal_kirim", office_today() }, { "referensi", "Surat 045/221/2025" },
                      { "jawaban", "Diterima oleh sekretariat." } })
                  .status,
        303);
    Reply tracking = track_page(*server, sent.number, sent.code);
    EXPECT_NE(
        tracking.body.find("Koordinasi dengan Pemerintah Provinsi Jawa Tengah"), std::string::npos);
}

TEST_F(SanapatiDesk, OtherRolesCannotRecord)
{
    Submitted sent = submit_api(*server, valid_form("email-sanapati", "reset-password"));
    ASSERT_EQ(sent.status, 201);
    // The CSIRT does not act in this procedure: the request is not there for it.
    EXPECT_EQ(sign(sent.number, "atasan-langsung", "Ahmad", "Kepala Dinas", *csirt).status, 404);
    // The head of division sees every request but records no sign-off here.
    EXPECT_EQ(sign(sent.number, "atasan-langsung", "Ahmad", "Kepala Dinas", *head).status, 403);
    EXPECT_EQ(post(*head, "/staf/permohonan/" + sent.number + "/sanapati/bukti",
                  { { "id_registrasi", "X" } })
                  .status,
        403);
    // Without the CSRF token nothing is recorded.
    Reply forged = post_form(*server, "/staf/permohonan/" + sent.number + "/sanapati/persetujuan",
        { { "persetujuan", "atasan-langsung" }, { "keputusan", "setuju" }, { "nama", "A" },
            { "jabatan", "B" } },
        officer->cookie_headers());
    EXPECT_EQ(forged.status, 403);
    EXPECT_EQ(tracked(sent)["history"].size(), 1u);
    // The signer's NIP never reaches the log.
    ASSERT_EQ(
        post(*officer, "/staf/permohonan/" + sent.number + "/sanapati/persetujuan",
            { { "persetujuan", "atasan-langsung" }, { "keputusan", "setuju" }, { "nama", "Ahmad" },
                { "jabatan", "Kepala Dinas" }, { "nip", "198503152010011002" } })
            .status,
        303);
    EXPECT_EQ(server->logs().find("198503152010011002"), std::string::npos);
}

} // namespace
} // namespace lapis::e2e
