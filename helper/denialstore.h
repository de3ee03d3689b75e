// The helper's memory of recent denials: the last `capacity` distinct denials (by
// Denial::key()), each with how often and when it was first and last seen. Seeing a
// denial again counts it and makes it the most recent; when full, the denial seen least
// recently is forgotten. Lives in memory only: the kernel's log is read again from its
// start when the helper starts.
#pragma once

#include "interfaces/denial.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <list>

namespace corral {

struct DenialEntry
{
    Denial denial; // as last seen (pid, comm, time of the latest)
    QString snap;
    QString app; // empty when the process could not be told apart from its snap's other apps
    quint32 count = 0;
    QDateTime first;
    QDateTime last;
    QStringList suggestions; // interface ids that would allow it
    QStringList plugs; // for each suggestion, the snap's plug of that interface, or ""
};

class DenialStore
{
public:
    static constexpr int DefaultCapacity = 10000;
    explicit DenialStore(int capacity = DefaultCapacity);

    // Counts `entry.denial` (a new entry, or one more of an existing one) and returns
    // the entry as it is now.
    const DenialEntry &add(const DenialEntry &entry);

    // The stored entry of the same denial (snap, app, Denial::key()), or nullptr.
    const DenialEntry *find(const DenialEntry &entry) const;

    // Oldest first; `snap` empty: all. `uid` -1: everyone's, otherwise that uid's only.
    QList<const DenialEntry *> entries(const QString &snap, qint64 uid) const;
    int size() const { return int(m_entries.size()); }

    // Forgets the denials of `snap` (it was removed).
    void removeSnap(const QString &snap);

private:
    int m_capacity;
    std::list<DenialEntry> m_entries; // least recently seen first
    QHash<QString, std::list<DenialEntry>::iterator> m_byKey;
};

// The map ListDenials and DenialRecorded carry (docs/dbus-api.md).
QVariantMap toVariantMap(const DenialEntry &entry);

} // namespace corral
