#include "domain/throttle.hpp"

#include <algorithm>

namespace lapis::domain {

std::chrono::seconds LoginThrottle::delay_after(long long failures) const
{
    if (failures < free_failures)
        return std::chrono::seconds(0);
    const long long exponent = std::min<long long>(failures - free_failures, 30);
    const long long seconds = 1LL << exponent;
    return std::min(std::chrono::seconds(seconds), max_delay);
}

std::chrono::seconds LoginThrottle::wait(
    long long failures, TimePoint last_failure, TimePoint now) const
{
    const auto ready = last_failure + delay_after(failures);
    if (now >= ready)
        return std::chrono::seconds(0);
    return std::chrono::ceil<std::chrono::seconds>(ready - now);
}

RateLimiter::RateLimiter(double per_minute, double burst, std::size_t max_keys)
    : m_per_second(per_minute / 60.0)
    , m_burst(burst)
    , m_max_keys(max_keys)
{
}

RateLimiter::Bucket& RateLimiter::refilled(const std::string& key, TimePoint now)
{
    auto found = m_buckets.find(key);
    if (found == m_buckets.end()) {
        if (m_buckets.size() >= m_max_keys) {
            m_buckets.erase(m_recency.back());
            m_recency.pop_back();
        }
        m_recency.push_front(key);
        found = m_buckets.emplace(key, Bucket{ m_burst, now, m_recency.begin() }).first;
    } else {
        m_recency.splice(m_recency.begin(), m_recency, found->second.recency);
    }

    Bucket& bucket = found->second;
    const double elapsed = std::chrono::duration<double>(now - bucket.updated).count();
    bucket.tokens = std::min(m_burst, bucket.tokens + std::max(0.0, elapsed) * m_per_second);
    bucket.updated = now;
    return bucket;
}

bool RateLimiter::allow(const std::string& key, TimePoint now)
{
    std::lock_guard lock(m_mutex);
    Bucket& bucket = refilled(key, now);
    if (bucket.tokens < 1.0)
        return false;
    bucket.tokens -= 1.0;
    return true;
}

bool RateLimiter::peek(const std::string& key, TimePoint now)
{
    std::lock_guard lock(m_mutex);
    return refilled(key, now).tokens >= 1.0;
}

void RateLimiter::charge(const std::string& key, TimePoint now)
{
    std::lock_guard lock(m_mutex);
    refilled(key, now).tokens -= 1.0;
}

} // namespace lapis::domain
