#include "interfaces/policy.h"

#include <QHash>
#include <QSet>

namespace corral {

// Internal linkage, found by argument-dependent lookup: the hashes are a detail of merging.
static size_t qHash(const FileRule &rule, size_t seed = 0)
{
    return qHashMulti(seed, rule.pattern, rule.access.toInt(), rule.ownerOnly);
}

static size_t qHash(const DeviceRule &rule, size_t seed = 0)
{
    return qHashMulti(seed, rule.udevMatch, rule.type, rule.major, rule.minor, rule.nodePattern);
}

static size_t qHash(const MountRule &rule, size_t seed = 0)
{
    return qHashMulti(seed, rule.source, rule.target, rule.readOnly, rule.sourceSnap);
}

namespace {

// Appends what `to` does not hold yet, keeping the order: interfaces share pieces (the
// session bus, name resolution) and a profile should say each thing once.
template<typename T> void appendMissing(QList<T> &to, const QList<T> &from)
{
    if (from.isEmpty())
        return;
    QSet<T> seen(to.cbegin(), to.cend());
    for (const T &item : from) {
        if (!seen.contains(item)) {
            seen.insert(item);
            to.append(item);
        }
    }
}

// Quoting is always correct, and needed for spaces and for commas outside {a,b}, which
// would end the rule; any comma gets quotes, which keeps this simple.
bool needsQuotes(const QString &pattern)
{
    for (const QChar c : pattern) {
        const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || QStringView(u"/._-+:@{}[]*?^~").contains(c);
        if (!plain)
            return true;
    }
    return false;
}

} // namespace

Policy &Policy::operator+=(const Policy &other)
{
    appendMissing(files, other.files);
    appendMissing(apparmor, other.apparmor);
    appendMissing(seccomp, other.seccomp);
    appendMissing(devices, other.devices);
    appendMissing(mounts, other.mounts);
    return *this;
}

QString apparmorFileRule(const FileRule &rule)
{
    QString perms;
    if (rule.access & Access::Read)
        perms += QLatin1Char('r');
    if (rule.access & Access::Write)
        perms += QLatin1String("wl");
    if (rule.access & Access::Lock)
        perms += QLatin1Char('k');
    if (rule.access & Access::Execute)
        perms += QLatin1String("mix");

    QString text;
    if (rule.ownerOnly)
        text += QLatin1String("owner ");
    if (needsQuotes(rule.pattern))
        text += QLatin1Char('"') + rule.pattern + QLatin1Char('"');
    else
        text += rule.pattern;
    return text + QLatin1Char(' ') + perms;
}

} // namespace corral
