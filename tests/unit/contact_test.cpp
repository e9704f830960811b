// Email addresses, the official domain rule (AC-07), phone numbers (AC-08) and URLs.
#include <gtest/gtest.h>

#include "domain/contact.hpp"

using namespace lapis::domain;

namespace {

const std::vector<std::string> kOfficial{ "kotacontoh.go.id" };

std::string error_of(const TextCheck& checked)
{
    return checked.value ? "" : checked.error.key;
}

TextCheck official(std::string_view address, bool allow_subdomains = false)
{
    return check_official_email(address, kOfficial, allow_subdomains);
}

} // namespace

TEST(Email, LowerCasesDomainAndKeepsLocalPartAsTyped)
{
    EXPECT_EQ(check_email("Ma'ruf.Hidayat@Contoh.GO.ID").value, "Ma'ruf.Hidayat@contoh.go.id");
}

TEST(Email, TrimsSurroundingWhiteSpace)
{
    EXPECT_EQ(check_email(" \tbudi@contoh.go.id\r\n").value, "budi@contoh.go.id");
}

TEST(Email, RejectsMalformedAddresses)
{
    for (std::string_view typed : { "", "budi", "budi@", "@contoh.go.id", "budi@@contoh.go.id",
             "budi@a@contoh.go.id", "budi santoso@contoh.go.id", "budi@contoh",
             "budi@contoh.go.id.", "budi@contoh..go.id", "budi@-contoh.go.id", "budi@contoh-.go.id",
             ".budi@contoh.go.id", "budi.@contoh.go.id", "bu..di@contoh.go.id",
             "budi,ani@contoh.go.id", "budi@contoh go.id", "budi@contoh_baru.go.id" }) {
        EXPECT_EQ(error_of(check_email(typed)), "email.invalid") << typed;
    }
}

// The mailer does not speak SMTPUTF8, so such an address could never be written to.
TEST(Email, RejectsNonAsciiCharactersAnywhereInTheAddress)
{
    for (std::string_view typed : { "agüs@magelangkota.go.id", "agus@magelängkota.go.id",
             "agus@magelangkota.go.id\u00A0", "аgus@magelangkota.go.id" }) {
        EXPECT_EQ(error_of(check_email(typed)), "email.invalid") << typed;
    }
    EXPECT_EQ(error_of(official("agüs@kotacontoh.go.id")), "email.invalid");
}

TEST(EmailOfficial, AcceptsTheOfficialDomain)
{
    EXPECT_EQ(official("budi.santoso@kotacontoh.go.id").value, "budi.santoso@kotacontoh.go.id");
}

TEST(EmailOfficial, LowerCasesTheDomainAndKeepsTheLocalPartAsTyped)
{
    EXPECT_EQ(official("Budi.Santoso@KOTACONTOH.GO.ID").value, "Budi.Santoso@kotacontoh.go.id");
}

TEST(EmailOfficial, TrimsLeadingAndTrailingSpaces)
{
    EXPECT_EQ(official(" budi.santoso@kotacontoh.go.id ").value, "budi.santoso@kotacontoh.go.id");
}

TEST(EmailOfficial, RejectsTrailingDotNamingTheRequiredDomain)
{
    TextCheck checked = official("budi.santoso@kotacontoh.go.id.");

    EXPECT_FALSE(checked.value);
    EXPECT_EQ(checked.error, (Message{ "email.domain", "kotacontoh.go.id" }));
    EXPECT_EQ(render(checked.error), "Alamat email harus berakhiran @kotacontoh.go.id.");
}

TEST(EmailOfficial, RejectsDomainThatOnlyStartsWithTheOfficialOne)
{
    EXPECT_EQ(official("budi.santoso@kotacontoh.go.id.penipu.com").error,
        (Message{ "email.domain", "kotacontoh.go.id" }));
}

TEST(EmailOfficial, RejectsLookalikeDomains)
{
    EXPECT_EQ(error_of(official("budi.santoso@kotacontoh-go.id")), "email.domain");
    EXPECT_EQ(error_of(official("budi.santoso@kotacont0h.go.id")), "email.domain");
    EXPECT_EQ(error_of(official("budi.santoso@gmail.com")), "email.domain");
    EXPECT_EQ(error_of(official("budi.santoso")), "email.domain");
}

TEST(EmailOfficial, RejectsSubdomainByDefault)
{
    EXPECT_EQ(error_of(official("budi.santoso@diskominfo.kotacontoh.go.id")), "email.domain");
}

TEST(EmailOfficial, AcceptsSubdomainWhenAllowed)
{
    EXPECT_EQ(official("budi.santoso@Diskominfo.kotacontoh.go.id", true).value,
        "budi.santoso@diskominfo.kotacontoh.go.id");
}

TEST(EmailOfficial, RejectsNameThatOnlyEndsLikeTheDomainEvenWithSubdomainsAllowed)
{
    EXPECT_EQ(error_of(official("budi@palsukotacontoh.go.id", true)), "email.domain");
    EXPECT_EQ(error_of(official("budi@.kotacontoh.go.id", true)), "email.invalid");
}

TEST(EmailOfficial, RejectsBadLocalPartInTheRightDomainAsInvalid)
{
    EXPECT_EQ(error_of(official("budi santoso@kotacontoh.go.id")), "email.invalid");
}

TEST(EmailOfficial, NamesEveryOfficialDomainWhenThereAreSeveral)
{
    TextCheck checked = check_official_email(
        "budi@gmail.com", { "kotacontoh.go.id", "magelangkota.go.id" }, false);

    EXPECT_EQ(render(checked.error),
        "Alamat email harus berakhiran @kotacontoh.go.id atau @magelangkota.go.id.");
    EXPECT_EQ(check_official_email(
                  "budi@magelangkota.go.id", { "kotacontoh.go.id", "magelangkota.go.id" }, false)
                  .value,
        "budi@magelangkota.go.id");
}

TEST(EmailOfficial, RefusesEveryAddressWhenNoDomainIsConfigured)
{
    EXPECT_EQ(error_of(check_official_email("budi@kotacontoh.go.id", {}, false)),
        "email.no_official_domain");
}

TEST(Phone, KeepsTheLeadingZero)
{
    EXPECT_EQ(check_phone("081234567890").value, "081234567890");
}

TEST(Phone, StripsLayoutAndKeepsThePlus)
{
    EXPECT_EQ(check_phone("+62 812-3456-7890").value, "+6281234567890");
    EXPECT_EQ(check_phone(" (0293) 312.345 ").value, "0293312345");
}

TEST(Phone, RejectsWrongLengthsAndCharacters)
{
    for (std::string_view typed : { "", "1234567", "1234567890123456", "0812-3456-789O",
             "0812+34567890", "++6281234567890", "+0812345678", "0812345678 ext 2" }) {
        EXPECT_EQ(error_of(check_phone(typed)), "phone.invalid") << typed;
    }
}

TEST(Url, AcceptsHttpAndHttpsAddresses)
{
    for (std::string_view typed : { "https://kotacontoh.go.id", "http://kotacontoh.go.id/a?b=c#d",
             "HTTPS://Sub.KotaContoh.go.id:8443/path", "http://localhost:8080/",
             "https://user@kotacontoh.go.id/" }) {
        EXPECT_EQ(check_url(typed).value, std::string(typed)) << typed;
    }
}

TEST(Url, TrimsSurroundingSpaces)
{
    EXPECT_EQ(check_url("  https://kotacontoh.go.id/  ").value, "https://kotacontoh.go.id/");
}

TEST(Url, RejectsOtherSchemesMissingHostsAndSpaces)
{
    for (std::string_view typed :
        { "", "kotacontoh.go.id", "ftp://kotacontoh.go.id", "javascript:alert(1)", "https://",
            "https:///path", "https://intranet/", "https://kotacontoh.go.id/a b",
            "https://kotacontoh..go.id", "https://kotacontoh.go.id:abc/",
            "https://.kotacontoh.go.id", "https://kota<contoh>.go.id" }) {
        EXPECT_EQ(error_of(check_url(typed)), "url.invalid") << typed;
    }
}
