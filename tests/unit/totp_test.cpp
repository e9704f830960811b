// The second factor against RFC 6238's published vectors.
#include <gtest/gtest.h>

#include "domain/totp.hpp"

namespace {

using namespace lapis::domain;

// RFC 6238 Appendix B: the SHA-1 key is the ASCII "12345678901234567890".
const std::string kRfcSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

TimePoint at(long long seconds)
{
    return std::chrono::system_clock::from_time_t(static_cast<time_t>(seconds));
}

} // namespace

TEST(Totp, MatchesTheRfcVectorAtItsTimeStep)
{
    // 94287082 at T = 59 s; six digits are its last six.
    EXPECT_EQ(totp_code(kRfcSecret, at(59)), "287082");
    EXPECT_EQ(match_totp(kRfcSecret, "287082", at(59)), 1);
    EXPECT_EQ(match_totp(kRfcSecret, "081804", at(1111111109)), 37037036);
}

TEST(Totp, AcceptsOneStepOfClockDriftEitherWay)
{
    const std::string code = totp_code(kRfcSecret, at(3000));
    EXPECT_EQ(match_totp(kRfcSecret, code, at(3000 + 30)), 100);
    EXPECT_EQ(match_totp(kRfcSecret, code, at(3000 - 30)), 100);
    EXPECT_FALSE(match_totp(kRfcSecret, code, at(3000 + 90)));
}

TEST(Totp, RefusesMalformedCodesAndSecrets)
{
    EXPECT_FALSE(match_totp(kRfcSecret, "28708", at(59)));
    EXPECT_FALSE(match_totp(kRfcSecret, "28708a", at(59)));
    EXPECT_FALSE(match_totp("not base32 !", "287082", at(59)));
}

TEST(Totp, NewSecretsAreDistinctAndTheUriNamesIssuerAndAccount)
{
    const std::string first = new_totp_secret();
    EXPECT_EQ(first.size(), 32u);
    EXPECT_NE(first, new_totp_secret());
    EXPECT_EQ(totp_uri("lapis Magelang", "a@b.go.id", "ABC"),
        "otpauth://totp/lapis%20Magelang:a@b.go.id?secret=ABC&issuer=lapis%20Magelang"
        "&algorithm=SHA1&digits=6&period=30");
}
