#include "notify/ratelimit.h"

namespace corral::notify {

RateLimit::RateLimit(std::chrono::milliseconds perSnap, int perMinute)
    : m_perSnap(perSnap)
    , m_perMinute(perMinute)
{ }

bool RateLimit::allow(const QString &snap, const QDateTime &now)
{
    // What fell out of its window is forgotten, so the tables stay as small as what was
    // shown lately; so is what lies in the future (the clock was set back).
    const QDateTime minuteAgo = now.addSecs(-60);
    m_lastMinute.removeIf(
        [&](const QDateTime &shown) { return shown <= minuteAgo || shown > now; });
    const QDateTime snapWindowStart = now.addMSecs(-m_perSnap.count());
    m_lastBySnap.removeIf(
        [&](const auto &entry) { return entry.value() <= snapWindowStart || entry.value() > now; });

    if (m_lastBySnap.contains(snap) || m_lastMinute.size() >= m_perMinute)
        return false;
    m_lastBySnap.insert(snap, now);
    m_lastMinute << now;
    return true;
}

} // namespace corral::notify
