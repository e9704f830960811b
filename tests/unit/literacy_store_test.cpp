// The literacy desk's store on both engines: a session and its speakers with
// the history row, clashes of a shared speaker, upcoming sessions, and articles
// whose slugs are unique and which only the published show publicly.
#include <gtest/gtest.h>

#include "catalog/loader.hpp"
#include "engine_fixture.hpp"
#include "store/literacy.hpp"
#include "store/requests.hpp"
#include "store/users.hpp"

namespace {

using namespace lapis;
using std::chrono::hours;

class LiteracyStoreTest : public test_support::EngineTest {
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        if (IsSkipped())
            return;
        store::UserStore users(*database);
        ani = users.add("ani@magelangkota.go.id", "Ani", "x", { "tim-literasi" }, start);
        budi = users.add("budi@magelangkota.go.id", "Budi", "x", { "tim-literasi" }, start);
    }

    std::int64_t request(const std::string& title)
    {
        const catalog::Service* service = catalog.find_service("literasi-keamanan-informasi");
        store::NewRequest made;
        made.prefix = "LPS";
        made.year = 2027;
        made.service = service->id;
        made.procedure = &catalog::form_procedure(*service, nullptr);
        made.title = title;
        made.tracking_hash = "hash-" + title;
        made.now = start;
        return store::RequestStore(*database).create(made).id;
    }

    store::LiteracySession session(
        std::int64_t request_id, domain::TimePoint starts, std::vector<std::int64_t> speakers)
    {
        store::LiteracySession made;
        made.request_id = request_id;
        made.starts_at = starts;
        made.ends_at = starts + hours(2);
        made.place = "Aula";
        made.speakers = std::move(speakers);
        made.recorded_by = ani;
        return made;
    }

    store::DeskEvent event()
    {
        return { "literacy.event.scheduled", "staf", ani, "jadwal", true, {} };
    }

    store::Article article(const std::string& slug)
    {
        store::Article made;
        made.slug = slug;
        made.title = "Judul " + slug;
        made.body_markdown = "*isi*";
        made.body_html = "<p><em>isi</em></p>\n";
        made.created_by = made.updated_by = ani;
        made.created_at = made.updated_at = start;
        return made;
    }

    const catalog::Catalog catalog = catalog::load_bundled();
    const domain::TimePoint start = *domain::from_utc_text("2027-02-01T02:00:00Z");
    std::int64_t ani = 0;
    std::int64_t budi = 0;
};

TEST_P(LiteracyStoreTest, StoresTheSessionWithSpeakersAndHistory)
{
    const auto id = request("Seminar phishing");
    store::LiteracyStore literacy(*database);
    literacy.schedule(session(id, start + hours(24), { budi, ani }), event(), start);
    auto found = literacy.session(id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->starts_at, start + hours(24));
    EXPECT_EQ(found->speaker_names, (std::vector<std::string>{ "Ani", "Budi" }));
    EXPECT_EQ(found->number.substr(0, 4), "LPS-");

    literacy.schedule(session(id, start + hours(48), { budi }), event(), start);
    EXPECT_EQ(literacy.session(id)->speaker_names, std::vector<std::string>{ "Budi" });
    EXPECT_EQ(std::ranges::count_if(store::RequestStore(*database).history(id),
                  [](const store::HistoryEntry& entry) { return entry.action == "desk"; }),
        2);
}

TEST_P(LiteracyStoreTest, ASharedSpeakerAtAnOverlappingTimeClashes)
{
    const auto first = request("Seminar A");
    const auto second = request("Workshop B");
    const auto third = request("Pelatihan C");
    store::LiteracyStore literacy(*database);
    literacy.schedule(session(first, start + hours(24), { ani }), event(), start);
    literacy.schedule(session(third, start + hours(26), { ani }), event(), start);

    auto clashes = literacy.clashes(session(second, start + hours(25), { budi, ani }));
    ASSERT_EQ(clashes.size(), 2u);
    EXPECT_EQ(clashes[0].speaker_name, "Ani");
    EXPECT_TRUE(literacy.clashes(session(second, start + hours(25), { budi })).empty());
    // Back to back is no clash.
    EXPECT_TRUE(literacy.clashes(session(second, start + hours(28), { ani })).empty());
}

TEST_P(LiteracyStoreTest, UpcomingListsUnfinishedSessionsSoonestFirst)
{
    const auto past = request("Lampau");
    const auto later = request("Nanti");
    const auto sooner = request("Segera");
    store::LiteracyStore literacy(*database);
    literacy.schedule(session(past, start - hours(48), { ani }), event(), start);
    literacy.schedule(session(later, start + hours(72), { ani }), event(), start);
    literacy.schedule(session(sooner, start + hours(24), { budi }), event(), start);
    auto upcoming = literacy.upcoming(start);
    ASSERT_EQ(upcoming.size(), 2u);
    EXPECT_EQ(upcoming[0].topic, "Segera");
    EXPECT_EQ(upcoming[1].topic, "Nanti");
}

TEST_P(LiteracyStoreTest, ArticlesHaveUniqueSlugsAndOnlyPublishedOnesArePublic)
{
    store::LiteracyStore literacy(*database);
    auto id = literacy.add_article(article("kata-sandi"));
    ASSERT_TRUE(id);
    EXPECT_FALSE(literacy.add_article(article("kata-sandi")));
    EXPECT_FALSE(literacy.published_article("kata-sandi"));
    EXPECT_TRUE(literacy.articles(true).empty());

    literacy.set_published(*id, true, ani, start + hours(1));
    auto shown = literacy.published_article("kata-sandi");
    ASSERT_TRUE(shown);
    EXPECT_EQ(shown->body_html, "<p><em>isi</em></p>\n");
    EXPECT_EQ(shown->published_at, start + hours(1));

    literacy.set_published(*id, false, ani, start + hours(2));
    EXPECT_FALSE(literacy.published_article("kata-sandi"));
    literacy.set_published(*id, true, ani, start + hours(3));
    EXPECT_EQ(literacy.published_article("kata-sandi")->published_at, start + hours(1));

    auto other = literacy.add_article(article("phishing"));
    store::Article renamed = article("kata-sandi");
    renamed.id = *other;
    EXPECT_FALSE(literacy.update_article(renamed));
    renamed.slug = "phishing-2";
    EXPECT_TRUE(literacy.update_article(renamed));
    EXPECT_EQ(literacy.articles(false).size(), 2u);
}

LAPIS_ON_BOTH_ENGINES(LiteracyStoreTest);

} // namespace
