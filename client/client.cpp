#include "client/client.h"

#include "helper/dbustypes.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QDBusVariant>

#include <algorithm>

namespace corral::client {
namespace {

// A person may be reading polkit's dialog and typing a password.
constexpr int ChangeTimeoutMs = 10 * 60 * 1000;
constexpr int ReadTimeoutMs = 60 * 1000;

// The order categories are shown in: what people recognise first, the technical last.
const QStringList CategoryOrder { QStringLiteral("files"), QStringLiteral("devices"),
    QStringLiteral("multimedia"), QStringLiteral("network"), QStringLiteral("desktop"),
    QStringLiteral("security"), QStringLiteral("system") };

bool isUnreachable(const QDBusError &error)
{
    switch (error.type()) {
    case QDBusError::ServiceUnknown:
    case QDBusError::NoServer:
    case QDBusError::Disconnected:
    case QDBusError::BadAddress:
        return true;
    default:
        break;
    }
    return error.name() == QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner")
        || error.name().startsWith(QLatin1String("org.freedesktop.DBus.Error.Spawn."));
}

// The helper answers in English (it runs without a locale); its labels are the source texts
// of Corral's catalogue, so they translate here.
QString translated(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QCoreApplication::translate("corral-interfaces", text.toUtf8().constData());
}

// Nested maps and lists arrive as QDBusArgument inside a variant.
QVariantMap toMap(const QVariant &value)
{
    return dbus::demarshalled(value).toMap();
}

dbus::MapList toMapList(const QVariant &value)
{
    dbus::MapList list;
    for (const QVariant &item : dbus::demarshalled(value).toList())
        list << item.toMap();
    return list;
}

SnapEntry snapFromMap(const QVariantMap &map)
{
    SnapEntry snap;
    snap.name = map.value(QStringLiteral("name")).toString();
    snap.title = map.value(QStringLiteral("title")).toString();
    if (snap.title.isEmpty())
        snap.title = snap.name;
    snap.summary = map.value(QStringLiteral("summary")).toString();
    snap.version = map.value(QStringLiteral("version")).toString();
    snap.revision = map.value(QStringLiteral("revision")).toString();
    snap.type = map.value(QStringLiteral("type")).toString();
    snap.confinement = map.value(QStringLiteral("confinement")).toString();
    snap.problem = map.value(QStringLiteral("problem")).toString();
    snap.icon = map.value(QStringLiteral("icon")).toString();
    snap.devmode = map.value(QStringLiteral("devmode")).toBool();
    snap.classic = map.value(QStringLiteral("classic")).toBool();
    // ListSnaps gives the apps' names; GetSnap gives maps.
    for (const QVariant &app : dbus::demarshalled(map.value(QStringLiteral("apps"))).toList())
        snap.apps << (app.metaType() == QMetaType::fromType<QVariantMap>()
                ? app.toMap().value(QStringLiteral("name")).toString()
                : app.toString());
    return snap;
}

EndEntry endFromMap(const QString &snap, const QVariantMap &map)
{
    EndEntry end;
    end.snap = snap;
    end.name = map.value(QStringLiteral("name")).toString();
    end.interface = map.value(QStringLiteral("interface")).toString();
    end.apps = map.value(QStringLiteral("apps")).toStringList();
    end.attributes = toMap(map.value(QStringLiteral("attributes")));
    return end;
}

} // namespace

Failure describeError(const QString &what, const QDBusError &error)
{
    const QString name = error.name();
    if (isUnreachable(error)) {
        return { Failure::Unreachable,
            Client::tr("cannot reach Corral's helper (%1) on the system bus: %2")
                .arg(dbus::ServiceName, error.message()) };
    }
    if (name == dbus::ErrorCancelled)
        return { Failure::Cancelled, Client::tr("cannot %1: cancelled").arg(what) };
    if (error.type() == QDBusError::NoReply || error.type() == QDBusError::Timeout) {
        return { Failure::NoReply,
            Client::tr("cannot %1: Corral's helper did not answer (%2); the change may or may "
                       "not have been made")
                .arg(what, error.message()) };
    }
    if (error.type() == QDBusError::UnknownMethod || error.type() == QDBusError::UnknownObject
        || error.type() == QDBusError::UnknownInterface
        || error.type() == QDBusError::InvalidSignature
        || error.type() == QDBusError::InvalidArgs) {
        return { Failure::Failed,
            Client::tr("cannot %1: Corral's helper does not understand this request (%2); is "
                       "it from another version of Corral?")
                .arg(what, error.message()) };
    }
    Failure::Kind kind = Failure::Failed;
    if (name == dbus::ErrorNotAuthorized || error.type() == QDBusError::AccessDenied)
        kind = Failure::NotAuthorized;
    else if (name == dbus::ErrorInvalidArgument || name == dbus::ErrorNotFound)
        kind = Failure::Invalid;
    else if (name == dbus::ErrorConflict)
        kind = Failure::Conflict;
    // The helper's messages are written for people and most read "cannot <what>: <why>"
    // already; a refusal names what was refused.
    const QString why = error.message();
    if (why.startsWith(QLatin1String("cannot ")) || why.contains(what))
        return { kind, why };
    return { kind, Client::tr("cannot %1: %2").arg(what, why) };
}

Client::Client(QObject *parent)
    : Client(QDBusConnection::systemBus(), parent)
{ }

Client::Client(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    static const bool registered = [] {
        dbus::registerTypes();
        return true;
    }();
    Q_UNUSED(registered);
    start();
}

Client::~Client() = default;

void Client::start()
{
    if (!m_bus.isConnected()) {
        const QString reason = m_bus.lastError().message();
        setStatus(Unavailable,
            tr("cannot reach Corral's helper: %1")
                .arg(reason.isEmpty() ? tr("there is no system bus") : reason));
        return;
    }
    // By name, so that the subscription follows the helper when it exits idle and is
    // started again.
    m_bus.connect(dbus::ServiceName, dbus::ObjectPath, dbus::InterfaceName,
        QStringLiteral("SnapsChanged"), this, SLOT(onSnapsChangedSignal(QStringList)));
    m_bus.connect(dbus::ServiceName, dbus::ObjectPath, dbus::InterfaceName,
        QStringLiteral("ConnectionsChanged"), this, SLOT(onConnectionsChangedSignal(QStringList)));
    // Sent only to watchers (WatchDenials), but matched by name all the same.
    m_bus.connect(dbus::ServiceName, dbus::ObjectPath, dbus::InterfaceName,
        QStringLiteral("DenialRecorded"), this, SLOT(onDenialRecordedSignal(QVariantMap)));
    // A helper started again (after a crash, an update) knows no watchers and may have
    // read the kernel's log afresh.
    m_helperWatcher = new QDBusServiceWatcher(
        dbus::ServiceName, m_bus, QDBusServiceWatcher::WatchForRegistration, this);
    connect(m_helperWatcher, &QDBusServiceWatcher::serviceRegistered, this, [this] {
        if (!m_watchingDenials)
            return;
        m_watchingDenials = false;
        watchDenials();
        reloadDenials();
    });
    refresh();
}

void Client::refresh()
{
    if (!m_bus.isConnected())
        return;
    if (m_status == Unavailable)
        setStatus(Loading);
    loadInterfaces();
    loadSnaps();
    loadConnections();
    if (m_allPlugsWanted)
        loadAllPlugs();
    const QStringList detailed = m_details.keys();
    for (const QString &snap : detailed)
        loadDetails(snap);
    const QStringList plugs = m_candidates.keys();
    for (const QString &plug : plugs)
        loadCandidates(plug);
    reloadDenials();
}

void Client::setStatus(Status status, const QString &message)
{
    if (m_status == status && m_statusMessage == message)
        return;
    m_status = status;
    m_statusMessage = message;
    Q_EMIT statusChanged();
}

void Client::readFailed(const QString &what, const QDBusError &error)
{
    setStatus(Unavailable, describeError(what, error).message);
}

void Client::loaded()
{
    if (m_status != Ready && m_snapsLoaded && m_interfacesLoaded && m_connectionsLoaded)
        setStatus(Ready);
}

QDBusPendingCallWatcher *Client::callHelper(
    const QString &method, const QVariantList &arguments, bool interactive, int timeoutMs)
{
    // A QDBusMessage rather than the generated proxy: in Qt 6.4 only a message can allow
    // interactive authorization, which lets polkit ask the person for a password.
    QDBusMessage message = QDBusMessage::createMethodCall(
        dbus::ServiceName, dbus::ObjectPath, dbus::InterfaceName, method);
    message.setArguments(arguments);
    message.setInteractiveAuthorizationAllowed(interactive);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message, timeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, watcher, &QObject::deleteLater);
    return watcher;
}

// ---- reading ----

void Client::loadSnaps()
{
    auto *watcher = callHelper(QStringLiteral("ListSnaps"), {}, false, ReadTimeoutMs);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        const QDBusPendingReply<dbus::MapList> reply = *watcher;
        if (reply.isError())
            return readFailed(tr("list the installed snaps"), reply.error());
        m_snaps.clear();
        m_snapIndex.clear();
        for (const QVariantMap &map : reply.value()) {
            m_snapIndex.insert(map.value(QStringLiteral("name")).toString(), m_snaps.size());
            m_snaps << snapFromMap(map);
        }
        // Details of snaps that are gone are of no use any more.
        for (auto it = m_details.begin(); it != m_details.end();)
            it = m_snapIndex.contains(it.key()) ? std::next(it) : m_details.erase(it);
        m_snapsLoaded = true;
        Q_EMIT snapsReset();
        loaded();
    });
}

void Client::loadInterfaces()
{
    auto *watcher = callHelper(QStringLiteral("ListInterfaces"), {}, false, ReadTimeoutMs);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        const QDBusPendingReply<dbus::MapList> reply = *watcher;
        if (reply.isError())
            return readFailed(tr("list the interfaces"), reply.error());
        m_interfaces.clear();
        m_interfaceIndex.clear();
        for (const QVariantMap &map : reply.value()) {
            InterfaceEntry entry;
            entry.name = map.value(QStringLiteral("name")).toString();
            entry.label = translated(map.value(QStringLiteral("label")).toString());
            entry.description = translated(map.value(QStringLiteral("description")).toString());
            entry.category = map.value(QStringLiteral("category")).toString();
            entry.categoryLabel
                = translated(map.value(QStringLiteral("category-label")).toString());
            entry.sensitivity = map.value(QStringLiteral("sensitivity")).toString();
            entry.autoConnect = map.value(QStringLiteral("auto-connect")).toString();
            const qsizetype order = CategoryOrder.indexOf(entry.category);
            entry.categoryOrder = order < 0 ? int(CategoryOrder.size()) : int(order);
            m_interfaceIndex.insert(entry.name, m_interfaces.size());
            m_interfaces << entry;
        }
        m_interfacesLoaded = true;
        Q_EMIT interfacesReset();
        loaded();
    });
}

void Client::loadConnections(std::function<void()> then)
{
    auto *watcher = callHelper(QStringLiteral("ListConnections"), {}, false, ReadTimeoutMs);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, then] {
        const QDBusPendingReply<dbus::MapList> reply = *watcher;
        if (reply.isError()) {
            readFailed(tr("list the connections"), reply.error());
        } else {
            m_connections.clear();
            m_connectionsByPlug.clear();
            m_connectionsBySlot.clear();
            m_customized.clear();
            for (const QVariantMap &map : reply.value()) {
                ConnectionEntry entry;
                entry.interface = map.value(QStringLiteral("interface")).toString();
                entry.plug = map.value(QStringLiteral("plug")).toString();
                entry.slot = map.value(QStringLiteral("slot")).toString();
                entry.automatic = map.value(QStringLiteral("automatic")).toBool();
                entry.connected = map.value(QStringLiteral("connected"), true).toBool();
                m_connectionsByPlug[entry.plug] << int(m_connections.size());
                m_connectionsBySlot[entry.slot] << int(m_connections.size());
                if (!entry.automatic || !entry.connected)
                    m_customized.insert(entry.plugSnap());
                m_connections << entry;
            }
            m_connectionsLoaded = true;
            Q_EMIT connectionsReset();
            loaded();
        }
        if (then)
            then();
    });
}

void Client::loadAllPlugs()
{
    auto *watcher = callHelper(QStringLiteral("ListPlugs"), {}, false, ReadTimeoutMs);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        const QDBusPendingReply<dbus::MapList> reply = *watcher;
        if (reply.isError())
            return readFailed(tr("list the plugs of the installed snaps"), reply.error());
        m_allPlugs.clear();
        for (const QVariantMap &map : reply.value())
            m_allPlugs << endFromMap(map.value(QStringLiteral("snap")).toString(), map);
        m_allPlugsLoaded = true;
        Q_EMIT plugsLoaded();
    });
}

void Client::loadDetails(const QString &snap)
{
    if (m_detailsLoading.contains(snap))
        return;
    m_detailsLoading.insert(snap);
    auto *watcher = callHelper(QStringLiteral("GetSnap"), { snap }, false, ReadTimeoutMs);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, snap] {
        m_detailsLoading.remove(snap);
        const QDBusPendingReply<QVariantMap> reply = *watcher;
        if (reply.isError()) {
            // A snap removed meanwhile: its details are simply gone.
            if (reply.error().name() == dbus::ErrorNotFound) {
                m_details.remove(snap);
                Q_EMIT detailsLoaded(snap);
                return;
            }
            return readFailed(tr("read the details of %1").arg(snap), reply.error());
        }
        const QVariantMap map = reply.value();
        SnapDetails details;
        details.snap = snapFromMap(map);
        details.description = map.value(QStringLiteral("description")).toString();
        details.license = map.value(QStringLiteral("license")).toString();
        details.grade = map.value(QStringLiteral("grade")).toString();
        for (const QVariantMap &plug : toMapList(map.value(QStringLiteral("plugs"))))
            details.plugs << endFromMap(snap, plug);
        for (const QVariantMap &slot : toMapList(map.value(QStringLiteral("slots"))))
            details.slots << endFromMap(snap, slot);
        m_details.insert(snap, details);
        Q_EMIT detailsLoaded(snap);
    });
}

void Client::loadCandidates(const QString &plugRef)
{
    if (m_candidatesLoading.contains(plugRef))
        return;
    m_candidatesLoading.insert(plugRef);
    auto *watcher = callHelper(QStringLiteral("ListCandidates"), { plugRef }, false, ReadTimeoutMs);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, plugRef] {
        m_candidatesLoading.remove(plugRef);
        const QDBusPendingReply<QStringList> reply = *watcher;
        // A plug that went away with its snap has no candidates; that is not worth a
        // message.
        m_candidates.insert(plugRef, reply.isError() ? QStringList() : reply.value());
        Q_EMIT candidatesLoaded(plugRef);
    });
}

void Client::onSnapsChangedSignal(const QStringList &snaps)
{
    loadSnaps();
    for (const QString &snap : snaps)
        if (m_details.contains(snap))
            loadDetails(snap);
    if (m_allPlugsWanted)
        loadAllPlugs();
    // A snap that came or went may offer slots other snaps' plugs could use.
    const QStringList plugs = m_candidates.keys();
    for (const QString &plug : plugs)
        loadCandidates(plug);
    // The helper forgets the denials of a snap that was removed.
    reloadDenials();
}

void Client::onConnectionsChangedSignal(const QStringList &snaps)
{
    Q_UNUSED(snaps);
    loadConnections();
}

const SnapEntry *Client::snap(const QString &name) const
{
    const auto it = m_snapIndex.constFind(name);
    return it == m_snapIndex.cend() ? nullptr : &m_snaps.at(*it);
}

const InterfaceEntry *Client::interfaceInfo(const QString &name) const
{
    const auto it = m_interfaceIndex.constFind(name);
    return it == m_interfaceIndex.cend() ? nullptr : &m_interfaces.at(*it);
}

QList<ConnectionEntry> Client::connectionsOfPlug(const QString &plugRef) const
{
    QList<ConnectionEntry> list;
    for (const int index : m_connectionsByPlug.value(plugRef))
        list << m_connections.at(index);
    return list;
}

QList<ConnectionEntry> Client::connectionsOfSlot(const QString &slotRef) const
{
    QList<ConnectionEntry> list;
    for (const int index : m_connectionsBySlot.value(slotRef))
        list << m_connections.at(index);
    return list;
}

bool Client::isCustomized(const QString &snap) const
{
    return m_customized.contains(snap);
}

const QList<EndEntry> &Client::allPlugs()
{
    if (!m_allPlugsWanted) {
        m_allPlugsWanted = true;
        loadAllPlugs();
    }
    return m_allPlugs;
}

std::optional<SnapDetails> Client::details(const QString &snap)
{
    const auto it = m_details.constFind(snap);
    if (it != m_details.cend())
        return *it;
    loadDetails(snap);
    return std::nullopt;
}

std::optional<QStringList> Client::candidates(const QString &plugRef)
{
    const auto it = m_candidates.constFind(plugRef);
    if (it != m_candidates.cend())
        return *it;
    loadCandidates(plugRef);
    return std::nullopt;
}

// ---- denials ----

void Client::loadDenials(const QString &snap)
{
    if (m_denialsLoading.contains(snap))
        return;
    m_denialsLoading.insert(snap);
    const quint64 asked = m_denialSignals;
    auto *watcher
        = callHelper(QStringLiteral("ListDenials"), { snap, false }, false, ReadTimeoutMs);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, snap, asked] {
        m_denialsLoading.remove(snap);
        const QDBusPendingReply<dbus::MapList> reply = *watcher;
        // Denials are an explanation beside the permissions, not what the window is for: a
        // helper that cannot list them (another version, a snap removed meanwhile) leaves
        // the list as it was rather than the whole window unavailable.
        if (reply.isError() && reply.error().name() == dbus::ErrorNotFound) {
            // The snap was removed, and the helper forgot its denials with it.
            m_denials.removeIf([&snap](const DenialEntry &entry) { return entry.snap == snap; });
        } else if (!reply.isError()) {
            QList<DenialEntry> fresh;
            QSet<QString> freshKeys;
            for (const QVariantMap &map : reply.value()) {
                fresh << DenialEntry::fromMap(map);
                freshKeys.insert(fresh.constLast().key);
            }
            // What DenialRecorded brought after the question was asked is newer than the
            // answer.
            QList<DenialEntry> kept;
            for (const DenialEntry &entry : std::as_const(m_denials)) {
                const bool inScope = snap.isEmpty() || entry.snap == snap;
                if (!inScope || m_denialArrival.value(entry.key) > asked) {
                    if (inScope && freshKeys.contains(entry.key))
                        fresh.removeIf(
                            [&entry](const DenialEntry &f) { return f.key == entry.key; });
                    kept << entry;
                }
            }
            m_denials = kept + fresh;
            std::stable_sort(m_denials.begin(), m_denials.end(),
                [](const DenialEntry &a, const DenialEntry &b) { return a.last < b.last; });
            QSet<QString> keys;
            for (const DenialEntry &entry : std::as_const(m_denials))
                keys.insert(entry.key);
            for (auto it = m_denialArrival.begin(); it != m_denialArrival.end();)
                it = keys.contains(it.key()) ? std::next(it) : m_denialArrival.erase(it);
        }
        m_denialsLoaded.insert(snap);
        Q_EMIT denialsLoaded(snap);
    });
}

void Client::watchDenials()
{
    if (m_watchingDenials || !m_bus.isConnected())
        return;
    m_watchingDenials = true;
    // Only the caller's own denials: everyone's would need polkit's consent.
    auto *watcher = callHelper(QStringLiteral("WatchDenials"), { false }, false, ReadTimeoutMs);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        if (watcher->isError())
            m_watchingDenials = false; // asked again when the helper next starts
    });
}

void Client::stopWatchingDenials()
{
    if (!m_watchingDenials)
        return;
    m_watchingDenials = false;
    m_denialsWanted.clear();
    callHelper(QStringLiteral("UnwatchDenials"), {}, false, ReadTimeoutMs);
}

QList<DenialEntry> Client::denials(const QString &snap)
{
    if (!m_denialsWanted.contains(snap) && !m_denialsWanted.contains(QString())) {
        m_denialsWanted.insert(snap);
        loadDenials(snap);
    }
    watchDenials();
    if (snap.isEmpty())
        return m_denials;
    QList<DenialEntry> list;
    for (const DenialEntry &entry : std::as_const(m_denials))
        if (entry.snap == snap)
            list << entry;
    return list;
}

bool Client::hasDenials(const QString &snap) const
{
    return m_denialsLoaded.contains(QString()) || m_denialsLoaded.contains(snap);
}

const DenialEntry *Client::denial(const QString &key) const
{
    for (const DenialEntry &entry : m_denials)
        if (entry.key == key)
            return &entry;
    return nullptr;
}

void Client::reloadDenials()
{
    if (!m_bus.isConnected())
        return;
    if (m_denialsWanted.contains(QString())) {
        loadDenials(QString());
        return;
    }
    for (const QString &snap : std::as_const(m_denialsWanted))
        loadDenials(snap);
}

void Client::onDenialRecordedSignal(const QVariantMap &map)
{
    const DenialEntry entry = DenialEntry::fromMap(dbus::demarshalled(map).toMap());
    if (entry.key.isEmpty())
        return;
    // Seen again: the most recent now, as the helper keeps them.
    m_denials.removeIf([&entry](const DenialEntry &known) { return known.key == entry.key; });
    m_denials << entry;
    m_denialArrival.insert(entry.key, ++m_denialSignals);
    Q_EMIT denialRecorded(entry);
}

// ---- changes ----

void Client::change(const QStringList &plugs, const QString &what, const QString &method,
    const QVariantList &arguments)
{
    for (const QString &plug : plugs)
        ++m_pending[plug];
    Q_EMIT pendingChanged();
    auto *watcher = callHelper(method, arguments, true, ChangeTimeoutMs);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, plugs, what] {
        const QDBusError error = watcher->isError() ? watcher->error() : QDBusError();
        const Failure failure = error.isValid() ? describeError(what, error) : Failure();
        // The plugs stay pending until the connections are read again, so that a switch
        // goes from "working" straight to the state the helper now has.
        loadConnections([this, plugs, failure] {
            for (const QString &plug : plugs) {
                auto it = m_pending.find(plug);
                if (it != m_pending.end() && --*it <= 0)
                    m_pending.erase(it);
            }
            Q_EMIT pendingChanged();
            Q_EMIT changeFinished(
                plugs, failure.kind == Failure::None, failure.kind, failure.message);
        });
    });
}

QString Client::slotToConnect(const QString &plugRef)
{
    for (const ConnectionEntry &connection : connectionsOfPlug(plugRef))
        if (!connection.connected)
            return connection.slot;
    const QStringList fitting = m_candidates.value(plugRef);
    if (fitting.size() > 1) {
        for (const QString &slot : fitting)
            if (slot.startsWith(QLatin1String("system:")))
                return slot;
    }
    return QString();
}

void Client::connectPlug(const QString &plugRef, const QString &slotRef)
{
    change({ plugRef }, tr("connect %1").arg(plugRef), QStringLiteral("Connect"),
        { plugRef, slotRef });
}

void Client::disconnectPlug(const QString &plugRef, const QString &slotRef)
{
    change({ plugRef }, tr("disconnect %1").arg(plugRef), QStringLiteral("Disconnect"),
        { plugRef, slotRef, false });
}

void Client::setPlugConnected(const QString &plugRef, bool on)
{
    if (on)
        connectPlug(plugRef, slotToConnect(plugRef));
    else
        disconnectPlug(plugRef);
}

void Client::moveConnection(const QString &plugRef, const QString &slotRef)
{
    dbus::DisconnectList disconnect;
    for (const ConnectionEntry &connection : connectionsOfPlug(plugRef))
        if (connection.connected && connection.slot != slotRef)
            disconnect << dbus::DisconnectRequest { plugRef, connection.slot, false };
    const dbus::ConnectList connect { { plugRef, slotRef } };
    change({ plugRef }, tr("connect %1 to %2").arg(plugRef, slotRef),
        QStringLiteral("ChangeConnections"),
        { QVariant::fromValue(connect), QVariant::fromValue(disconnect) });
}

void Client::resetToDefaults(const QString &snap)
{
    QStringList plugs;
    if (const auto it = m_details.constFind(snap); it != m_details.cend()) {
        for (const EndEntry &plug : it->plugs)
            plugs << plug.ref();
    }
    change(plugs, tr("reset the permissions of %1").arg(snap), QStringLiteral("ResetConnections"),
        { snap });
}

void Client::setPlugsConnected(const QStringList &plugRefs, bool on)
{
    dbus::ConnectList connect;
    dbus::DisconnectList disconnect;
    QStringList changing;
    for (const QString &plug : plugRefs) {
        const QList<ConnectionEntry> connections = connectionsOfPlug(plug);
        const bool connected = std::any_of(connections.cbegin(), connections.cend(),
            [](const ConnectionEntry &connection) { return connection.connected; });
        if (connected == on)
            continue;
        changing << plug;
        if (on)
            connect << dbus::ConnectRequest { plug, slotToConnect(plug) };
        else
            disconnect << dbus::DisconnectRequest { plug, QString(), false };
    }
    if (changing.isEmpty()) {
        Q_EMIT changeFinished(plugRefs, true, Failure::None, QString());
        return;
    }
    const QString what = on ? tr("connect %n plug(s)", nullptr, int(changing.size()))
                            : tr("disconnect %n plug(s)", nullptr, int(changing.size()));
    change(changing, what, QStringLiteral("ChangeConnections"),
        { QVariant::fromValue(connect), QVariant::fromValue(disconnect) });
}

bool Client::isPending(const QString &plugRef) const
{
    return m_pending.contains(plugRef);
}

QString Client::connectCommand(const QString &plugRef, const QString &slotRef)
{
    return slotRef.isEmpty() ? QStringLiteral("corral connect %1").arg(plugRef)
                             : QStringLiteral("corral connect %1 %2").arg(plugRef, slotRef);
}

QString Client::disconnectCommand(const QString &plugRef, const QString &slotRef)
{
    return slotRef.isEmpty() ? QStringLiteral("corral disconnect %1").arg(plugRef)
                             : QStringLiteral("corral disconnect %1 %2").arg(plugRef, slotRef);
}

} // namespace corral::client
