#include "helper/denialstore.h"

#include <QVariantMap>

namespace corral {
namespace {

// The same denial of two apps is two entries.
QString entryKey(const DenialEntry &entry)
{
    return entry.snap + QLatin1Char('\n') + entry.app + QLatin1Char('\n') + entry.denial.key();
}

} // namespace

DenialStore::DenialStore(int capacity)
    : m_capacity(qMax(1, capacity))
{ }

const DenialEntry &DenialStore::add(const DenialEntry &entry)
{
    const QString key = entryKey(entry);
    const auto found = m_byKey.constFind(key);
    if (found != m_byKey.cend()) {
        const auto it = found.value();
        it->count += 1;
        it->denial = entry.denial;
        it->last = entry.denial.time;
        it->suggestions = entry.suggestions;
        it->plugs = entry.plugs;
        m_entries.splice(m_entries.end(), m_entries, it); // now the most recent
        return *it;
    }
    DenialEntry added = entry;
    added.count = 1;
    added.first = added.last = entry.denial.time;
    m_entries.push_back(std::move(added));
    m_byKey.insert(key, std::prev(m_entries.end()));
    while (int(m_entries.size()) > m_capacity) {
        const DenialEntry &oldest = m_entries.front();
        m_byKey.remove(entryKey(oldest));
        m_entries.pop_front();
    }
    return m_entries.back();
}

const DenialEntry *DenialStore::find(const DenialEntry &entry) const
{
    const auto found = m_byKey.constFind(entryKey(entry));
    return found == m_byKey.cend() ? nullptr : &*found.value();
}

QList<const DenialEntry *> DenialStore::entries(const QString &snap, qint64 uid) const
{
    QList<const DenialEntry *> result;
    for (const DenialEntry &entry : m_entries) {
        if (!snap.isEmpty() && entry.snap != snap)
            continue;
        if (uid >= 0 && entry.denial.uid != uid)
            continue;
        result << &entry;
    }
    return result;
}

void DenialStore::removeSnap(const QString &snap)
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->snap == snap) {
            m_byKey.remove(entryKey(*it));
            it = m_entries.erase(it);
        } else {
            ++it;
        }
    }
}

QVariantMap toVariantMap(const DenialEntry &entry)
{
    const Denial &d = entry.denial;
    return QVariantMap {
        { QStringLiteral("key"), entryKey(entry) },
        { QStringLiteral("snap"), entry.snap },
        { QStringLiteral("app"), entry.app },
        { QStringLiteral("tag"), d.tag },
        { QStringLiteral("source"), toString(d.source) },
        { QStringLiteral("kind"), toString(d.kind) },
        { QStringLiteral("object"), d.object },
        { QStringLiteral("operation"), d.operation },
        { QStringLiteral("requested"), d.requested },
        { QStringLiteral("denied"), d.denied },
        { QStringLiteral("enforced"), d.enforced },
        { QStringLiteral("arch"), d.arch },
        { QStringLiteral("syscall"), d.syscall },
        { QStringLiteral("pid"), d.pid },
        { QStringLiteral("uid"), d.uid },
        { QStringLiteral("comm"), d.comm },
        { QStringLiteral("exe"), d.exe },
        { QStringLiteral("count"), entry.count },
        { QStringLiteral("first"), entry.first.toMSecsSinceEpoch() },
        { QStringLiteral("last"), entry.last.toMSecsSinceEpoch() },
        { QStringLiteral("suggestions"), entry.suggestions },
        { QStringLiteral("plugs"), entry.plugs },
    };
}

} // namespace corral
