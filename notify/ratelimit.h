// How often corral-notify may speak, so that a storm of denials cannot flood the desktop:
// at most one notification per snap in `perSnap`, and at most `perMinute` in any minute
// for all snaps together. Time is passed in, so tests need no clock.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <chrono>

namespace corral::notify {

class RateLimit
{
public:
    static constexpr std::chrono::minutes DefaultPerSnap { 10 };
    static constexpr int DefaultPerMinute = 3;

    explicit RateLimit(
        std::chrono::milliseconds perSnap = DefaultPerSnap, int perMinute = DefaultPerMinute);

    // Whether a notification about `snap` may be shown at `now`; when it may, it counts.
    bool allow(const QString &snap, const QDateTime &now);

private:
    std::chrono::milliseconds m_perSnap;
    int m_perMinute;
    QHash<QString, QDateTime> m_lastBySnap;
    QList<QDateTime> m_lastMinute; // the times of the notifications of the last minute
};

} // namespace corral::notify
