// Growing login delays and the public rate limit, with time moved by the test.
#include <gtest/gtest.h>

#include "domain/throttle.hpp"

namespace {

using namespace lapis::domain;
using std::chrono::seconds;

const TimePoint kStart = std::chrono::system_clock::from_time_t(1'800'000'000);

} // namespace

TEST(LoginThrottle, TheFirstFewFailuresCostNothing)
{
    LoginThrottle throttle;
    EXPECT_EQ(throttle.wait(4, kStart, kStart), seconds(0));
}

TEST(LoginThrottle, DelaysGrowWithEachFurtherFailureUpToTheCap)
{
    LoginThrottle throttle;
    EXPECT_EQ(throttle.delay_after(5), seconds(1));
    EXPECT_EQ(throttle.delay_after(6), seconds(2));
    EXPECT_EQ(throttle.delay_after(10), seconds(32));
    EXPECT_EQ(throttle.delay_after(19), seconds(900));
    EXPECT_EQ(throttle.delay_after(400), seconds(900));
}

TEST(LoginThrottle, TheTwentiethWrongPasswordInAMinuteIsSlowed)
{
    LoginThrottle throttle;
    EXPECT_GT(throttle.wait(19, kStart, kStart + seconds(3)), seconds(0));
    EXPECT_EQ(throttle.wait(19, kStart, kStart + seconds(900)), seconds(0));
}

TEST(RateLimiter, AllowsABurstThenRefillsOverTime)
{
    RateLimiter limiter(60, 3);
    EXPECT_TRUE(limiter.allow("10.0.0.1", kStart));
    EXPECT_TRUE(limiter.allow("10.0.0.1", kStart));
    EXPECT_TRUE(limiter.allow("10.0.0.1", kStart));
    EXPECT_FALSE(limiter.allow("10.0.0.1", kStart));
    EXPECT_TRUE(limiter.allow("10.0.0.2", kStart));
    EXPECT_TRUE(limiter.allow("10.0.0.1", kStart + seconds(1)));
}

TEST(RateLimiter, PeekTakesNothingAndChargeTakesAfterwards)
{
    RateLimiter limiter(60, 2);
    for (int i = 0; i < 10; ++i)
        EXPECT_TRUE(limiter.peek("10.0.0.1", kStart));
    limiter.charge("10.0.0.1", kStart);
    limiter.charge("10.0.0.1", kStart);
    EXPECT_FALSE(limiter.peek("10.0.0.1", kStart));
    // Two attempts that both passed peek overdraw the bucket: the next waits longer.
    limiter.charge("10.0.0.1", kStart);
    EXPECT_FALSE(limiter.peek("10.0.0.1", kStart + seconds(1)));
    EXPECT_TRUE(limiter.peek("10.0.0.1", kStart + seconds(2)));
}

TEST(RateLimiter, ForgetsTheLeastRecentKeyWhenFull)
{
    RateLimiter limiter(1, 1, 2);
    EXPECT_TRUE(limiter.allow("a", kStart));
    EXPECT_TRUE(limiter.allow("b", kStart));
    EXPECT_TRUE(limiter.allow("c", kStart)); // forgets "a"
    EXPECT_TRUE(limiter.allow("a", kStart)); // a fresh bucket
    EXPECT_FALSE(limiter.allow("c", kStart));
}
