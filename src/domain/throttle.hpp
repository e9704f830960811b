// Limits on how fast anyone can try: growing delays after failed logins, and a
// token bucket for public submission and tracking. Time comes from the caller,
// so tests move it instead of sleeping.
#pragma once

#include <chrono>
#include <cstddef>
#include <list>
#include <mutex>
#include <string>
#include <unordered_map>

#include "domain/clock.hpp"

namespace lapis::domain {

// After `free_failures` failed logins for one account or one address, each
// further attempt must wait 2^(failures - free_failures) seconds since the last
// failure, up to `max_delay`; a success clears the count.
struct LoginThrottle {
    long long free_failures = 5;
    std::chrono::seconds max_delay = std::chrono::minutes(15);

    std::chrono::seconds delay_after(long long failures) const;
    // How long the caller must still wait; zero when an attempt may go ahead.
    std::chrono::seconds wait(long long failures, TimePoint last_failure, TimePoint now) const;
};

// A token bucket per key (an address): `burst` requests at once, refilled at
// `per_minute`. Memory is bounded: beyond `max_keys` the least recently seen
// key is forgotten.
class RateLimiter {
public:
    RateLimiter(double per_minute, double burst, std::size_t max_keys = 10000);

    // Takes a token when one is left.
    bool allow(const std::string& key, TimePoint now);
    // Whether a token is left, without taking it; `charge` takes it afterwards, once
    // the attempt turned out to count (a request stored, a mail sent). Concurrent
    // attempts may all pass `peek`; `charge` then runs the bucket below zero, so
    // the excess is paid for by the next attempts.
    bool peek(const std::string& key, TimePoint now);
    void charge(const std::string& key, TimePoint now);

private:
    struct Bucket;
    Bucket& refilled(const std::string& key, TimePoint now); // m_mutex held

    struct Bucket {
        double tokens;
        TimePoint updated;
        std::list<std::string>::iterator recency;
    };

    double m_per_second;
    double m_burst;
    std::size_t m_max_keys;
    std::mutex m_mutex;
    std::unordered_map<std::string, Bucket> m_buckets;
    std::list<std::string> m_recency; // most recent first
};

} // namespace lapis::domain
