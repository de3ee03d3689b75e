#include "interfaces/repository.h"

#include <algorithm>

namespace corral {
namespace {

SnapInfo makeSystemSnap()
{
    SnapInfo system;
    system.name = SystemSnapName;
    system.type = SnapType::Os;
    system.summary = QStringLiteral("The host system");
    for (const InterfaceDefinition *definition : builtinInterfaces()) {
        if (!definition->implicitOnSystem)
            continue;
        SlotInfo slot;
        slot.name = QLatin1String(definition->id);
        slot.interface = slot.name;
        system.slots.insert(slot.name, slot);
    }
    return system;
}

template<typename Info>
void forgetBinding(SnapInfo &snap, const QString &name, QStringList AppInfo::*appList,
    QStringList HookInfo::*hookList, const Info &info)
{
    for (const QString &app : info.apps)
        (snap.apps[app].*appList).removeAll(name);
    for (const QString &hook : info.hooks)
        (snap.hooks[hook].*hookList).removeAll(name);
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString refList(const QList<SlotRef> &refs)
{
    QStringList names;
    for (const SlotRef &ref : refs)
        names << ref.toString();
    return names.join(QLatin1String(", "));
}

} // namespace

std::optional<ConnRef> ConnRef::fromKey(const QString &key)
{
    const QStringList parts = key.split(QLatin1Char(' '));
    if (parts.size() != 2)
        return std::nullopt;
    const QStringList plug = parts[0].split(QLatin1Char(':'));
    const QStringList slot = parts[1].split(QLatin1Char(':'));
    if (plug.size() != 2 || slot.size() != 2 || plug.contains(QString())
        || slot.contains(QString()))
        return std::nullopt;
    return ConnRef { { plug[0], plug[1] }, { slot[0], slot[1] } };
}

const SnapInfo &systemSnap()
{
    static const SnapInfo system = makeSystemSnap();
    return system;
}

Problems Repository::addSnap(const SnapInfo &snapInfo)
{
    SnapInfo snap = snapInfo;
    Problems problems;
    const auto problem
        = [&](const QString &kind, const QString &name, const QString &why, const SourcePos &pos) {
              problems.append({ snap.name, pos,
                  QStringLiteral("cannot add %1 %2 of snap %3: %4")
                      .arg(kind, quoted(name), quoted(snap.name), why) });
          };
    for (auto it = snap.plugs.begin(); it != snap.plugs.end();) {
        const InterfaceDefinition *definition = findInterface(it->interface);
        QString why = definition
            ? QString()
            : QStringLiteral("unknown interface %1").arg(quoted(it->interface));
        if (why.isEmpty() && definition->sanitizePlug)
            why = definition->sanitizePlug(*it);
        if (why.isEmpty()) {
            ++it;
            continue;
        }
        problem(QStringLiteral("plug"), it->name, why, it->pos);
        forgetBinding(snap, it->name, &AppInfo::plugs, &HookInfo::plugs, *it);
        it = snap.plugs.erase(it);
    }
    for (auto it = snap.slots.begin(); it != snap.slots.end();) {
        const InterfaceDefinition *definition = findInterface(it->interface);
        QString why = definition
            ? QString()
            : QStringLiteral("unknown interface %1").arg(quoted(it->interface));
        if (why.isEmpty() && definition->slotProvider == SlotProvider::System
            && snap.type != SnapType::Os)
            why = QStringLiteral("only the system offers %1 slots").arg(quoted(it->interface));
        if (why.isEmpty() && definition->slotProvider == SlotProvider::AppSnaps
            && snap.type == SnapType::Os)
            why = QStringLiteral("only apps offer %1 slots").arg(quoted(it->interface));
        if (why.isEmpty() && definition->sanitizeSlot)
            why = definition->sanitizeSlot(*it);
        if (why.isEmpty()) {
            ++it;
            continue;
        }
        problem(QStringLiteral("slot"), it->name, why, it->pos);
        forgetBinding(snap, it->name, &AppInfo::slots, &HookInfo::slots, *it);
        it = snap.slots.erase(it);
    }
    m_snaps.insert(snap.name, snap);
    return problems;
}

void Repository::removeSnap(const QString &name)
{
    m_snaps.remove(name);
}

const SnapInfo *Repository::snap(const QString &name) const
{
    if (name == SystemSnapName && !m_snaps.contains(name))
        return &systemSnap();
    const auto it = m_snaps.constFind(name);
    return it == m_snaps.cend() ? nullptr : &*it;
}

QList<const SnapInfo *> Repository::snaps() const
{
    QList<const SnapInfo *> list;
    if (!m_snaps.contains(SystemSnapName))
        list << &systemSnap();
    for (const SnapInfo &info : m_snaps)
        list << &info;
    std::sort(list.begin(), list.end(),
        [](const SnapInfo *a, const SnapInfo *b) { return a->name < b->name; });
    return list;
}

const PlugInfo *Repository::plug(const PlugRef &ref) const
{
    const SnapInfo *info = snap(ref.snap);
    if (!info)
        return nullptr;
    const auto it = info->plugs.constFind(ref.plug);
    return it == info->plugs.cend() ? nullptr : &*it;
}

const SlotInfo *Repository::slot(const SlotRef &ref) const
{
    const SnapInfo *info = snap(ref.snap);
    if (!info)
        return nullptr;
    const auto it = info->slots.constFind(ref.slot);
    return it == info->slots.cend() ? nullptr : &*it;
}

bool Repository::fits(const PlugInfo &plug, const SnapInfo &plugSnap, const SlotInfo &slot,
    const SnapInfo &slotSnap) const
{
    if (plug.interface != slot.interface || plugSnap.name == slotSnap.name)
        return false;
    const InterfaceDefinition *definition = findInterface(plug.interface);
    return definition
        && (!definition->checkConnection || definition->checkConnection(plug, slot).isEmpty());
}

QList<SlotRef> Repository::candidateSlots(const PlugRef &ref) const
{
    QList<SlotRef> candidates;
    const SnapInfo *plugSnap = snap(ref.snap);
    const PlugInfo *plugInfo = plug(ref);
    if (!plugSnap || !plugInfo)
        return candidates;
    for (const SnapInfo *slotSnap : snaps()) {
        for (const SlotInfo &slotInfo : slotSnap->slots) {
            if (fits(*plugInfo, *plugSnap, slotInfo, *slotSnap))
                candidates.append({ slotSnap->name, slotInfo.name });
        }
    }
    return candidates;
}

QList<PlugRef> Repository::candidatePlugs(const SlotRef &ref) const
{
    QList<PlugRef> candidates;
    const SnapInfo *slotSnap = snap(ref.snap);
    const SlotInfo *slotInfo = slot(ref);
    if (!slotSnap || !slotInfo)
        return candidates;
    for (const SnapInfo *plugSnap : snaps()) {
        for (const PlugInfo &plugInfo : plugSnap->plugs) {
            if (fits(plugInfo, *plugSnap, *slotInfo, *slotSnap))
                candidates.append({ plugSnap->name, plugInfo.name });
        }
    }
    return candidates;
}

std::optional<ConnRef> Repository::connect(
    const PlugRef &plugRef, const SlotRef &slotRef, QString *error)
{
    const auto fail = [&](const QString &why) {
        const QString what = slotRef.snap.isEmpty()
            ? quoted(plugRef.toString())
            : quoted(plugRef.toString()) + QLatin1String(" to ")
                + quoted(slotRef.slot.isEmpty() ? slotRef.snap : slotRef.toString());
        *error = QStringLiteral("cannot connect %1: %2").arg(what, why);
        return std::nullopt;
    };
    const SnapInfo *plugSnap = snap(plugRef.snap);
    if (!plugSnap)
        return fail(QStringLiteral("snap %1 is not installed").arg(quoted(plugRef.snap)));
    const PlugInfo *plugInfo = plug(plugRef);
    if (!plugInfo)
        return fail(QStringLiteral("snap %1 has no plug named %2")
                        .arg(quoted(plugRef.snap), quoted(plugRef.plug)));

    SlotRef target = slotRef;
    if (target.slot.isEmpty()) {
        if (!target.snap.isEmpty() && !snap(target.snap))
            return fail(QStringLiteral("snap %1 is not installed").arg(quoted(target.snap)));
        QList<SlotRef> candidates = candidateSlots(plugRef);
        if (!target.snap.isEmpty()) {
            candidates.removeIf([&](const SlotRef &ref) { return ref.snap != target.snap; });
        }
        if (candidates.isEmpty())
            return fail(QStringLiteral("no %1 slot fits").arg(quoted(plugInfo->interface)));
        if (candidates.size() > 1)
            return fail(
                QStringLiteral("several slots fit (%1); name one").arg(refList(candidates)));
        target = candidates.constFirst();
    } else {
        const SnapInfo *slotSnap = snap(target.snap);
        if (!slotSnap)
            return fail(QStringLiteral("snap %1 is not installed").arg(quoted(target.snap)));
        const SlotInfo *slotInfo = slot(target);
        if (!slotInfo)
            return fail(QStringLiteral("snap %1 has no slot named %2")
                            .arg(quoted(target.snap), quoted(target.slot)));
        if (slotInfo->interface != plugInfo->interface)
            return fail(QStringLiteral("the plug is of interface %1, the slot of interface %2")
                            .arg(quoted(plugInfo->interface), quoted(slotInfo->interface)));
        if (plugSnap->name == slotSnap->name)
            return fail(QStringLiteral("a snap cannot connect to itself"));
        const InterfaceDefinition *definition = findInterface(plugInfo->interface);
        const QString why = definition && definition->checkConnection
            ? definition->checkConnection(*plugInfo, *slotInfo)
            : QString();
        if (!why.isEmpty())
            return fail(why);
    }

    const ConnRef ref { plugRef, target };
    Connection &connection = m_connections[ref.key()];
    if (connection.ref.plug.snap.isEmpty()) {
        connection.ref = ref;
        connection.interface = plugInfo->interface;
    }
    // A person connecting makes it theirs, also when auto-connect had made it before.
    connection.automatic = false;
    connection.undesired = false;
    connection.plugAttributes = plugInfo->attributes;
    connection.slotAttributes = slot(target)->attributes;
    return ref;
}

std::optional<QList<ConnRef>> Repository::disconnect(
    const PlugRef &plugRef, const SlotRef &slotRef, bool forget, QString *error)
{
    const QString what = slotRef.snap.isEmpty()
        ? quoted(plugRef.toString())
        : quoted(plugRef.toString()) + QLatin1String(" from ")
            + quoted(slotRef.slot.isEmpty() ? slotRef.snap : slotRef.toString());
    QList<ConnRef> changed;
    for (auto it = m_connections.begin(); it != m_connections.end();) {
        const ConnRef &ref = it->ref;
        const bool matches = ref.plug == plugRef
            && (slotRef.snap.isEmpty() || ref.slot.snap == slotRef.snap)
            && (slotRef.slot.isEmpty() || ref.slot.slot == slotRef.slot);
        if (!matches || (it->undesired && !forget)) {
            ++it;
            continue;
        }
        changed << ref;
        if (it->automatic && !forget && !it->undesired) {
            it->undesired = true;
            ++it;
        } else {
            it = m_connections.erase(it);
        }
    }
    if (changed.isEmpty()) {
        if (!snap(plugRef.snap))
            *error = QStringLiteral("cannot disconnect %1: snap %2 is not installed")
                         .arg(what, quoted(plugRef.snap));
        else if (!plug(plugRef))
            *error = QStringLiteral("cannot disconnect %1: snap %2 has no plug named %3")
                         .arg(what, quoted(plugRef.snap), quoted(plugRef.plug));
        else
            *error = QStringLiteral("cannot disconnect %1: it is not connected").arg(what);
        return std::nullopt;
    }
    return changed;
}

bool Repository::hasConnection(const PlugRef &ref) const
{
    return std::any_of(m_connections.cbegin(), m_connections.cend(),
        [&](const Connection &c) { return c.ref.plug == ref; });
}

QList<SlotRef> Repository::autoConnectSlots(const PlugRef &ref) const
{
    // snapd's "slots-per-plug: 1": the caller auto-connects only when there is exactly one.
    QList<SlotRef> slotRefs = candidateSlots(ref);
    const PlugInfo *plugInfo = plug(ref);
    const InterfaceDefinition *definition = findInterface(plugInfo->interface);
    slotRefs.removeIf([&](const SlotRef &slotRef) {
        return !definition->shouldAutoConnect(*plugInfo, *slot(slotRef));
    });
    return slotRefs;
}

ConnRef Repository::makeAutomatic(const PlugRef &plugRef, const SlotRef &slotRef)
{
    const ConnRef ref { plugRef, slotRef };
    Connection connection;
    connection.ref = ref;
    connection.interface = plug(plugRef)->interface;
    connection.automatic = true;
    connection.plugAttributes = plug(plugRef)->attributes;
    connection.slotAttributes = slot(slotRef)->attributes;
    m_connections.insert(ref.key(), connection);
    return ref;
}

QList<ConnRef> Repository::autoConnectPlugs(const SnapInfo &info)
{
    QList<ConnRef> made;
    for (const PlugInfo &plugInfo : info.plugs) {
        const PlugRef ref { info.name, plugInfo.name };
        if (hasConnection(ref))
            continue;
        const QList<SlotRef> slotRefs = autoConnectSlots(ref);
        if (slotRefs.size() == 1)
            made << makeAutomatic(ref, slotRefs.constFirst());
    }
    return made;
}

QList<ConnRef> Repository::autoConnect(const QString &snapName)
{
    const SnapInfo *info = snap(snapName);
    if (!info)
        return {};
    QList<ConnRef> made = autoConnectPlugs(*info);
    for (const SlotInfo &slotInfo : info->slots) {
        const SlotRef slotRef { snapName, slotInfo.name };
        for (const PlugRef &ref : candidatePlugs(slotRef)) {
            if (hasConnection(ref))
                continue;
            const QList<SlotRef> slotRefs = autoConnectSlots(ref);
            if (slotRefs.size() == 1 && slotRefs.constFirst() == slotRef)
                made << makeAutomatic(ref, slotRef);
        }
    }
    return made;
}

std::optional<QList<ConnRef>> Repository::resetPlugs(const QString &snapName, QString *error)
{
    const SnapInfo *info = snap(snapName);
    if (!info) {
        *error = QStringLiteral("cannot reset the connections of %1: snap %1 is not installed")
                     .arg(quoted(snapName));
        return std::nullopt;
    }
    const QMap<QString, Connection> before = m_connections;
    m_connections.removeIf(
        [&](QMap<QString, Connection>::iterator it) { return it->ref.plug.snap == snapName; });
    // Only its plugs: auto-connecting its slots would connect other snaps' plugs that a
    // person left unconnected on purpose (`disconnect --forget`).
    autoConnectPlugs(*info);
    QList<ConnRef> changed;
    for (const Connection &old : before) {
        const auto now = m_connections.constFind(old.ref.key());
        if (now == m_connections.cend() || *now != old)
            changed << old.ref;
    }
    for (const Connection &made : std::as_const(m_connections)) {
        if (!before.contains(made.ref.key()))
            changed << made.ref;
    }
    return changed;
}

QStringList Repository::affectedSnaps(const ConnRef &ref) const
{
    QStringList names;
    for (const QString &name : { ref.plug.snap, ref.slot.snap }) {
        if (name != SystemSnapName && !names.contains(name))
            names << name;
    }
    return names;
}

QStringList Repository::pruneConnections()
{
    QStringList dropped;
    for (auto it = m_connections.begin(); it != m_connections.end();) {
        if (plug(it->ref.plug) && slot(it->ref.slot)) {
            ++it;
            continue;
        }
        dropped << it.key();
        it = m_connections.erase(it);
    }
    return dropped;
}

} // namespace corral
