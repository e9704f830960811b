// NIP, NI PPPK, NIK and pangkat/golongan (DOMAIN.md §1–2, AC-01, AC-08).
#include <gtest/gtest.h>

#include "domain/identity.hpp"

using namespace lapis::domain;

namespace {

constexpr Date kToday{ 2026, 12, 3 };

// AC-08: a male PNS born 1985-03-15, appointed January 2010, sequence 002.
constexpr std::string_view kAc08Nip = "198503152010011002";
// AC-08: a woman (day 65 = 25th) born 1990-02-25, registered in province 35.
constexpr std::string_view kAc08Nik = "3578016502900003";
// DOMAIN.md §1.2: an NI PPPK whose digits 13–14 ("24") are not a month.
constexpr std::string_view kPppkNip = "199009132025242014";

std::string nip_error(std::string_view nip, Employment employment = Employment::Pns)
{
    NipCheck checked = check_nip(nip, employment, kToday);
    return checked.facts ? "" : checked.error.key;
}

std::string nik_error(std::string_view nik)
{
    NikCheck checked = check_nik(nik);
    return checked.facts ? "" : checked.error.key;
}

NipFacts nip_facts(std::string_view nip)
{
    return *check_nip(nip, Employment::Pns, kToday).facts;
}

NikFacts nik_facts(std::string_view nik)
{
    return *check_nik(nik).facts;
}

} // namespace

TEST(Nip, ReadsBirthAppointmentSexAndSequenceOfAc08Number)
{
    NipCheck checked = check_nip(kAc08Nip, Employment::Pns, kToday);

    ASSERT_TRUE(checked.facts);
    EXPECT_EQ(checked.facts->digits, "198503152010011002");
    EXPECT_EQ(checked.facts->birth, (Date{ 1985, 3, 15 }));
    EXPECT_EQ(checked.facts->appointed_year, 2010);
    EXPECT_EQ(checked.facts->appointed_month, 1);
    EXPECT_EQ(checked.facts->sex, Sex::Male);
}

TEST(Nip, StripsSpacesDotsAndDashesTypedByPeople)
{
    for (std::string_view typed : { "19850315 201001 1 002", "19850315.201001.1.002",
             "19850315-201001-1-002", " 198503152010011002 " }) {
        NipCheck checked = check_nip(typed, Employment::Pns, kToday);
        ASSERT_TRUE(checked.facts) << typed;
        EXPECT_EQ(checked.facts->digits, "198503152010011002") << typed;
    }
}

TEST(Nip, RejectsAnythingButEighteenDigits)
{
    EXPECT_EQ(nip_error("130123456"), "nip.length"); // an obsolete 9-digit NIP
    EXPECT_EQ(nip_error("19850315201001100"), "nip.length");
    EXPECT_EQ(nip_error("1985031520100110021"), "nip.length");
    EXPECT_EQ(nip_error("19850315201001100A"), "nip.length");
    EXPECT_EQ(nip_error("19850315/201001/1/002"), "nip.length");
    EXPECT_EQ(nip_error(""), "nip.length");
}

TEST(Nip, RejectsThirtiethOfFebruaryAsBirthDate)
{
    EXPECT_EQ(nip_error("198502302010011002"), "nip.birth_date");
    EXPECT_EQ(nip_error("198513152010011002"), "nip.birth_date");
}

TEST(Nip, AcceptsTwentyNinthOfFebruaryInLeapYear)
{
    EXPECT_EQ(nip_error("198802292010011002"), "");
    EXPECT_EQ(nip_error("198702292010011002"), "nip.birth_date");
}

TEST(Nip, RejectsThirteenthMonthOfAppointment)
{
    EXPECT_EQ(nip_error("198503152010131002"), "nip.tmt_month");
    EXPECT_EQ(nip_error("198503152010001002"), "nip.tmt_month");
}

TEST(Nip, RejectsAppointmentInTheFuture)
{
    EXPECT_EQ(nip_error("198503152027011002"), "nip.tmt_future");
    EXPECT_EQ(nip_error("198503152026121002"), ""); // this month has begun
}

TEST(Nip, RejectsAppointmentBeforeBirth)
{
    EXPECT_EQ(nip_error("198503151984061002"), "nip.tmt_before_birth");
}

TEST(Nip, RejectsSexDigitOtherThanOneOrTwo)
{
    EXPECT_EQ(nip_error("198503152010013002"), "nip.sex");
    EXPECT_EQ(nip_error("198503152010010002"), "nip.sex");
}

TEST(Nip, RejectsSequenceZero)
{
    EXPECT_EQ(nip_error("198503152010011000"), "nip.sequence");
    EXPECT_EQ(nip_error("198503152010011999"), "");
}

TEST(Nip, AcceptsPppkNumberWhoseBatchCodeIsNotAMonth)
{
    NipCheck checked = check_nip(kPppkNip, Employment::Pppk, kToday);

    ASSERT_TRUE(checked.facts);
    EXPECT_EQ(checked.facts->birth, (Date{ 1990, 9, 13 }));
    EXPECT_EQ(checked.facts->appointed_year, 2025);
    EXPECT_EQ(checked.facts->appointed_month, 0);
    EXPECT_EQ(checked.facts->sex, Sex::Female);
}

TEST(Nip, RejectsPppkNumberReadAsPnsBecauseMonthTwentyFour)
{
    EXPECT_EQ(nip_error(kPppkNip, Employment::Pns), "nip.tmt_month");
}

TEST(Nip, RejectsPppkYearInTheFutureOrBeforeBirth)
{
    EXPECT_EQ(nip_error("199009132027242014", Employment::Pppk), "nip.tmt_future");
    EXPECT_EQ(nip_error("199009131989242014", Employment::Pppk), "nip.tmt_before_birth");
}

TEST(Nip, AcceptsEitherShapeWhenEmploymentIsUnknown)
{
    NipCheck pppk = check_nip(kPppkNip, Employment::Other, kToday);
    NipCheck pns = check_nip(kAc08Nip, Employment::Other, kToday);

    ASSERT_TRUE(pppk.facts);
    EXPECT_EQ(pppk.facts->appointed_month, 0);
    ASSERT_TRUE(pns.facts);
    EXPECT_EQ(pns.facts->appointed_month, 1);
    EXPECT_EQ(nip_error("198503152010013002", Employment::Other), "nip.sex");
}

TEST(Nik, ReadsWomansBirthDayAsDayMinusForty)
{
    NikCheck checked = check_nik(kAc08Nik);

    ASSERT_TRUE(checked.facts);
    EXPECT_EQ(checked.facts->digits, "3578016502900003");
    EXPECT_EQ(checked.facts->province, 35);
    EXPECT_EQ(checked.facts->birth_day, 25);
    EXPECT_EQ(checked.facts->birth_month, 2);
    EXPECT_EQ(checked.facts->birth_year_2, 90);
    EXPECT_EQ(checked.facts->sex, Sex::Female);
}

TEST(Nik, ReadsMansBirthDayAsIs)
{
    NikFacts facts = nik_facts("3578011503850001");

    EXPECT_EQ(facts.birth_day, 15);
    EXPECT_EQ(facts.sex, Sex::Male);
}

TEST(Nik, StripsSpacesAndDotsTypedByPeople)
{
    EXPECT_EQ(nik_facts("3578 0165 0290 0003").digits, "3578016502900003");
    EXPECT_EQ(nik_facts("35.78.01.650290.0003").digits, "3578016502900003");
}

TEST(Nik, RejectsAnythingButSixteenDigits)
{
    EXPECT_EQ(nik_error("357801650290000"), "nik.length");
    EXPECT_EQ(nik_error("35780165029000031"), "nik.length");
    EXPECT_EQ(nik_error("357801650290000O"), "nik.length");
}

TEST(Nik, RejectsDaySeventyTwoAndDaysBetweenTheTwoRanges)
{
    EXPECT_EQ(nik_error("3578017202900003"), "nik.birth_date");
    EXPECT_EQ(nik_error("3578013202900003"), "nik.birth_date");
    EXPECT_EQ(nik_error("3578014002900003"), "nik.birth_date");
    EXPECT_EQ(nik_error("3578010002900003"), "nik.birth_date");
    EXPECT_EQ(nik_error("3578017101900003"), ""); // a woman born on the 31st
}

TEST(Nik, RejectsMonthThirteenAndThirtiethOfFebruary)
{
    EXPECT_EQ(nik_error("3578011513900003"), "nik.birth_date");
    EXPECT_EQ(nik_error("3578013002900003"), "nik.birth_date");
    EXPECT_EQ(nik_error("3578017002900003"), "nik.birth_date"); // a woman's 30 February
}

TEST(Nik, AcceptsTwentyNinthOfFebruaryWhenEitherCenturyIsALeapYear)
{
    EXPECT_EQ(nik_error("3578012902000001"), ""); // 2000 is, 1900 is not
    EXPECT_EQ(nik_error("3578016902960001"), ""); // 1996, a woman
    EXPECT_EQ(nik_error("3578012902010001"), "nik.birth_date"); // neither 1901 nor 2001
}

TEST(Nik, RejectsProvinceOutsideElevenToNinetySix)
{
    EXPECT_EQ(nik_error("1078016502900003"), "nik.province");
    EXPECT_EQ(nik_error("9778016502900003"), "nik.province");
    EXPECT_EQ(nik_error("1178016502900003"), "");
    EXPECT_EQ(nik_error("9678016502900003"), "");
}

TEST(Nik, RejectsRegencyOrDistrictZero)
{
    EXPECT_EQ(nik_error("3500016502900003"), "nik.region");
    EXPECT_EQ(nik_error("3578006502900003"), "nik.region");
}

TEST(Nik, RejectsSequenceZero)
{
    EXPECT_EQ(nik_error("3578016502900000"), "nik.sequence");
}

TEST(NipNik, WarnsWhenAc08NumbersDisagreeOnBirthAndSex)
{
    auto warning = compare_nip_nik(nip_facts(kAc08Nip), nik_facts(kAc08Nik));

    ASSERT_TRUE(warning);
    EXPECT_EQ(warning->key, "nip_nik.mismatch_birth_sex");
}

TEST(NipNik, StaysQuietWhenBirthAndSexAgree)
{
    EXPECT_FALSE(compare_nip_nik(nip_facts(kAc08Nip), nik_facts("3578011503850001")));
}

TEST(NipNik, WarnsAboutSexAlone)
{
    auto warning = compare_nip_nik(nip_facts(kAc08Nip), nik_facts("3578015503850001"));

    ASSERT_TRUE(warning);
    EXPECT_EQ(warning->key, "nip_nik.mismatch_sex");
}

TEST(NipNik, WarnsAboutBirthDateAlone)
{
    auto other_day = compare_nip_nik(nip_facts(kAc08Nip), nik_facts("3578011603850001"));
    auto other_year = compare_nip_nik(nip_facts(kAc08Nip), nik_facts("3578011503860001"));

    ASSERT_TRUE(other_day);
    EXPECT_EQ(other_day->key, "nip_nik.mismatch_birth");
    ASSERT_TRUE(other_year);
    EXPECT_EQ(other_year->key, "nip_nik.mismatch_birth");
}

TEST(Rank, ListsSeventeenPnsStepsWithTitlesFromDomainTable)
{
    const auto& pns = ranks(Employment::Pns);

    ASSERT_EQ(pns.size(), 17u);
    EXPECT_EQ(pns.front().code, "I/a");
    EXPECT_EQ(pns.front().title, "Juru Muda");
    EXPECT_EQ(pns[8].code, "III/a");
    EXPECT_EQ(pns[8].title, "Penata Muda");
    EXPECT_EQ(pns[14].title, "Pembina Utama Muda");
    EXPECT_EQ(pns[15].title, "Pembina Utama Madya");
    EXPECT_EQ(pns[16].code, "IV/e");
    EXPECT_EQ(pns[16].title, "Pembina Utama");
}

TEST(Rank, ListsPppkGolonganOneToSeventeenWithoutTitles)
{
    const auto& pppk = ranks(Employment::Pppk);

    ASSERT_EQ(pppk.size(), 17u);
    EXPECT_EQ(pppk.front().code, "I");
    EXPECT_EQ(pppk[8].code, "IX");
    EXPECT_EQ(pppk.back().code, "XVII");
    for (const Rank& rank : pppk) {
        EXPECT_TRUE(rank.title.empty()) << rank.code;
    }
    EXPECT_EQ(ranks(Employment::Other).size(), 34u);
}

TEST(Rank, NormalisesPnsRankAsPeopleTypeIt)
{
    for (std::string_view typed : { "III/a", "III-a", "iii/a", " III / a ", "Penata Muda / III-a",
             "Penata Muda (III/a)", "penata muda III/a", "Golongan III/a" }) {
        EXPECT_EQ(normalise_rank(typed, Employment::Pns), "III/a") << typed;
    }
}

TEST(Rank, ReadsTkAsTingkat)
{
    EXPECT_EQ(normalise_rank("Penata Muda Tk. I (III/b)", Employment::Pns), "III/b");
    EXPECT_EQ(normalise_rank("Penata Muda Tingkat I / III-b", Employment::Pns), "III/b");
}

TEST(Rank, ReadsATitleAloneAsItsGolonganRuang)
{
    EXPECT_EQ(normalise_rank("Penata Muda Tk. I", Employment::Pns), "III/b");
    EXPECT_EQ(normalise_rank("penata muda", Employment::Pns), "III/a");
    EXPECT_EQ(normalise_rank("Penata", Employment::Pns), "III/c");
    EXPECT_EQ(normalise_rank("Pembina Utama", Employment::Pns), "IV/e");
    EXPECT_EQ(normalise_rank("Juru Muda Tingkat I", Employment::Other), "I/b");
}

TEST(Rank, NormalisesPppkGolongan)
{
    for (std::string_view typed : { "IX", "ix", "Golongan IX", " golongan  ix " }) {
        EXPECT_EQ(normalise_rank(typed, Employment::Pppk), "IX") << typed;
    }
}

TEST(Rank, KeepsEachListToItsEmployment)
{
    EXPECT_EQ(normalise_rank("IX", Employment::Pns), std::nullopt);
    EXPECT_EQ(normalise_rank("III/a", Employment::Pppk), std::nullopt);
    EXPECT_EQ(normalise_rank("IX", Employment::Other), "IX");
    EXPECT_EQ(normalise_rank("III-a", Employment::Other), "III/a");
}

TEST(Rank, RefusesTitleThatContradictsTheCode)
{
    EXPECT_EQ(normalise_rank("Pembina (III/a)", Employment::Pns), std::nullopt);
}

TEST(Rank, RefusesRanksThatDoNotExist)
{
    for (std::string_view typed : { "", "III/f", "V/a", "XVIII", "Golongan", "Penata Besar" }) {
        EXPECT_EQ(normalise_rank(typed, Employment::Other), std::nullopt) << typed;
    }
}

TEST(Rank, DisplaysTitleThenCodeAsInLetters)
{
    EXPECT_EQ(rank_display("III/a"), "Penata Muda (III/a)");
    EXPECT_EQ(rank_display("IV/c"), "Pembina Utama Muda (IV/c)");
    EXPECT_EQ(rank_display("IX"), "IX");
}
