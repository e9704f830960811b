// What the CSIRT desk must record before the incident procedure's analysis and
// verification steps may be completed (catalog `[csirt.steps]`), for tests that
// walk a report through its procedure.
#pragma once

#include <string>

#include <gtest/gtest.h>

#include "client.hpp"

namespace lapis::e2e {

inline Reply incident_desk_post(const LapisServer& server, const StaffClient& csirt,
    const std::string& number, const std::string& form, httplib::Params params)
{
    params.emplace("_csrf", csirt.csrf());
    return post_form(
        server, "/staf/permohonan/" + number + "/insiden/" + form, params, csirt.cookie_headers());
}

// Classification, TLP and the default priority (Prosedur langkah 3).
inline void classify_incident(
    const LapisServer& server, const StaffClient& csirt, const std::string& number)
{
    Reply reply = incident_desk_post(server, csirt, number, "klasifikasi",
        { { "klasifikasi", "intrusions/application-compromise" }, { "tlp", "TLP:AMBER" } });
    EXPECT_EQ(reply.status, 303) << reply.body;
}

// The fix verified (Prosedur langkah 7).
inline void verify_incident_fix(
    const LapisServer& server, const StaffClient& csirt, const std::string& number)
{
    Reply reply = incident_desk_post(server, csirt, number, "verifikasi",
        { { "hasil", "terverifikasi" }, { "tlp", "TLP:AMBER" } });
    EXPECT_EQ(reply.status, 303) << reply.body;
}

} // namespace lapis::e2e
