#include "helper/manager.h"

#include "helper/authority.h"
#include "interfaces/dirs.h"
#include "interfaces/systemkey.h"
#include "interfaces/validate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <unistd.h>

namespace corral {
namespace {

// Longer names than these are never valid; refusing them first keeps hostile input
// away from the parsers and the log.
constexpr int maxReferenceLength = 200; // "snap:plug": 40 + 1 + 40, with room to spare
constexpr int maxBatchSize = 1000;
constexpr qint64 maxSnapFileSize = qint64(4) << 30;

QString quoted(const QString &text)
{
    // Shown back to the caller: control characters escaped, length bounded.
    QString shown;
    for (const QChar c : text.left(maxReferenceLength)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            shown += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    if (text.size() > maxReferenceLength)
        shown += QStringLiteral("…");
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

ChangeResult failure(const QString &name, const QString &message)
{
    ChangeResult result;
    result.errorName = name;
    result.errorMessage = message;
    return result;
}

QString iconOf(const QString &snap)
{
    const QString gui = dirs::snapMountPath(snap) + QLatin1String("/current/meta/gui/");
    for (const char *name : { "icon.svg", "icon.png" }) {
        const QString path = gui + QLatin1String(name);
        if (QFileInfo(path).isFile())
            return path;
    }
    return QString();
}

QVariantMap snapSummary(const InstalledSnap &snap)
{
    QVariantMap map { { QStringLiteral("name"), snap.state.name },
        { QStringLiteral("revision"), snap.state.current },
        { QStringLiteral("confinement"), confinementOf(snap) },
        { QStringLiteral("devmode"), snap.devmode }, { QStringLiteral("classic"), snap.classic },
        { QStringLiteral("base-missing"), snap.baseMissing },
        { QStringLiteral("problem"), snap.problem },
        { QStringLiteral("icon"), iconOf(snap.state.name) } };
    if (const SnapInfo *info = snap.info ? &*snap.info : nullptr) {
        map.insert(QStringLiteral("version"), info->version);
        map.insert(QStringLiteral("title"), info->title);
        map.insert(QStringLiteral("summary"), info->summary);
        map.insert(QStringLiteral("type"), toString(info->type));
        map.insert(QStringLiteral("base"), info->effectiveBase());
        QStringList apps;
        for (const AppInfo &app : info->apps)
            apps << app.name;
        map.insert(QStringLiteral("apps"), apps);
    }
    return map;
}

QString labelOf(const QString &interface)
{
    const InterfaceDefinition *definition = findInterface(interface);
    return definition ? definition->translatedLabel() : interface;
}

// Plugs or slots: name, interface, its label, attributes and apps.
template<typename Ends> QVariantList endsToMaps(const Ends &ends)
{
    QVariantList list;
    for (const auto &end : ends) {
        list << QVariantMap { { QStringLiteral("name"), end.name },
            { QStringLiteral("interface"), end.interface },
            { QStringLiteral("label"), labelOf(end.interface) },
            { QStringLiteral("attributes"), QVariantMap(end.attributes) },
            { QStringLiteral("apps"), end.apps } };
    }
    return list;
}

QVariantMap snapDetails(const InstalledSnap &snap)
{
    QVariantMap map = snapSummary(snap);
    QVariantList revisions;
    for (const RevisionState &revision : snap.state.revisions) {
        revisions << QVariantMap { { QStringLiteral("revision"), revision.revision },
            { QStringLiteral("current"), revision.revision == snap.state.current },
            { QStringLiteral("devmode"), revision.devmode },
            { QStringLiteral("classic"), revision.classic },
            { QStringLiteral("installed-at"),
                revision.installedAt.toUTC().toString(Qt::ISODate) } };
    }
    map.insert(QStringLiteral("revisions"), revisions);
    const SnapInfo *info = snap.info ? &*snap.info : nullptr;
    if (!info)
        return map;
    map.insert(QStringLiteral("description"), info->description);
    map.insert(QStringLiteral("license"), info->license);
    map.insert(QStringLiteral("grade"), toString(info->grade));
    QVariantList apps;
    for (const AppInfo &app : info->apps) {
        apps << QVariantMap { { QStringLiteral("name"), app.name },
            { QStringLiteral("command"), app.command }, { QStringLiteral("daemon"), app.daemon },
            { QStringLiteral("plugs"), app.plugs }, { QStringLiteral("slots"), app.slots } };
    }
    map.insert(QStringLiteral("apps"), apps);
    map.insert(QStringLiteral("plugs"), endsToMaps(info->plugs));
    map.insert(QStringLiteral("slots"), endsToMaps(info->slots));
    return map;
}

// Copies what the caller's descriptor reads into a file only root can change, so that
// what gets checked and installed is what the caller could read, and cannot change
// underneath us. Returns the copy's path, or an empty string with *error.
QString receiveSnapFile(int fd, QString *error)
{
    const QString dir = dirs::stagingDir();
    if (!QDir().mkpath(dir) || ::chmod(QFile::encodeName(dir).constData(), 0700) < 0) {
        *error = QStringLiteral("cannot create %1: %2")
                     .arg(dir, QString::fromLocal8Bit(strerror(errno)));
        return QString();
    }
    QByteArray path = QFile::encodeName(dir + QLatin1String("/incoming-XXXXXX"));
    const int out = ::mkostemp(path.data(), O_CLOEXEC);
    if (out < 0) {
        *error = QStringLiteral("cannot create a file in %1: %2")
                     .arg(dir, QString::fromLocal8Bit(strerror(errno)));
        return QString();
    }
    off_t offset = 0;
    bool ok = true;
    for (;;) {
        const ssize_t copied = ::sendfile(out, fd, &offset, 1 << 20);
        if (copied == 0)
            break;
        if (copied < 0 && errno == EINTR)
            continue;
        if (copied < 0 || offset > maxSnapFileSize) {
            *error = copied < 0 ? QStringLiteral("cannot read the file: %1")
                                      .arg(QString::fromLocal8Bit(strerror(errno)))
                                : QStringLiteral("the file is larger than 4 GiB");
            ok = false;
            break;
        }
    }
    if (ok && ::fsync(out) < 0) {
        *error = QStringLiteral("cannot write %1: %2")
                     .arg(QFile::decodeName(path), QString::fromLocal8Bit(strerror(errno)));
        ok = false;
    }
    ::close(out);
    if (!ok) {
        ::unlink(path.constData());
        return QString();
    }
    return QFile::decodeName(path);
}

} // namespace

Manager::Manager(const QDBusConnection &bus, int idleTimeoutSeconds, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_authority(new Authority(bus, this))
{
    m_worker.setMaxThreadCount(1);
    m_worker.setExpiryTimeout(-1);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(idleTimeoutSeconds * 1000);
    // Changes made without the helper (`corral --direct`) reach the clients too.
    QDir().mkpath(dirs::stateDir());
    m_stateWatcher.addPath(dirs::stateDir());
    m_foreignChange.setSingleShot(true);
    m_foreignChange.setInterval(200);
    connect(&m_stateWatcher, &QFileSystemWatcher::directoryChanged, &m_foreignChange,
        qOverload<>(&QTimer::start));
    connect(&m_foreignChange, &QTimer::timeout, this, &Manager::checkForeignChange);
    connect(&m_monitor, &DenialMonitor::denied, this, &Manager::recordDenial);
    m_watcherExits.setConnection(m_bus);
    m_watcherExits.setWatchMode(QDBusServiceWatcher::WatchForUnregistration);
    connect(&m_watcherExits, &QDBusServiceWatcher::serviceUnregistered, this,
        [this](const QString &service) {
            m_watchers.remove(service);
            m_watcherExits.removeWatchedService(service);
        });
    m_denialSignals.setSingleShot(true);
    m_denialSignals.setInterval(100); // a burst of denials becomes one signal per denial
    connect(&m_denialSignals, &QTimer::timeout, this, &Manager::sendDenialSignals);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (m_jobs.isEmpty() && !m_running && m_watchers.isEmpty())
            Q_EMIT idle();
        else
            touch();
    });
    touch();
}

Manager::~Manager()
{
    m_worker.waitForDone();
}

void Manager::touch()
{
    if (m_idleTimer.interval() > 0)
        m_idleTimer.start();
}

void Manager::recover()
{
    for (const QString &problem : SnapManager().removeLeftovers())
        qWarning("%s", qUtf8Printable(problem));
    for (const QString &problem : SnapManager().ensureMounted())
        qWarning("%s", qUtf8Printable(problem));
    const Outcome repaired = InterfaceManager().repairInterruptedChange();
    if (!repaired.ok)
        qWarning("%s", qUtf8Printable(repaired.error));
}

void Manager::start()
{
    Job job;
    job.id = m_nextId++;
    job.what = QStringLiteral("start-up checks");
    job.state = Job::Ready;
    job.work = [] {
        ChangeResult result;
        const Outcome outcome = InterfaceManager().regenerateIfSystemKeyChanged();
        if (!outcome.ok)
            qWarning("%s", qUtf8Printable(outcome.error));
        return result;
    };
    m_jobs.append(job);
    pump();
}

void Manager::replyError(const QString &name, const QString &message)
{
    sendErrorReply(name, message);
}

bool Manager::loadView(QString *error)
{
    // From memory unless state.json changed since it was read or saved by us.
    std::optional<LoadedState> loaded = currentState(error);
    if (!loaded)
        return false;
    if (m_view && m_view->serial == loaded->serial)
        return true;
    // A change of connections leaves the snaps as they were: keep what was described.
    std::optional<QList<InstalledSnap>> snaps;
    if (m_view && m_view->state.snaps == loaded->state.snaps)
        snaps = std::move(m_view->snaps);
    m_view = View { std::move(loaded->state), std::move(loaded->snapshot), std::move(snaps),
        loaded->serial };
    return true;
}

bool Manager::refreshView()
{
    QString error;
    if (loadView(&error))
        return true;
    replyError(dbus::ErrorFailed, error);
    return false;
}

void Manager::checkForeignChange()
{
    if (m_running) {
        m_foreignChange.start(); // our own change; look again once it is done
        return;
    }
    if (!m_view) {
        QString ignored;
        loadView(&ignored);
        return;
    }
    const View before = *m_view;
    QString ignored;
    if (!loadView(&ignored) || m_view->serial == before.serial)
        return;
    const auto revisions = [](const State &state) {
        QMap<QString, QString> current;
        for (const SnapState &snap : state.snaps)
            current.insert(snap.name, snap.current);
        return current;
    };
    QStringList snaps = before.state.snaps.keys() + m_view->state.snaps.keys();
    snaps.removeDuplicates();
    snaps.sort();
    if (revisions(before.state) != revisions(m_view->state))
        Q_EMIT SnapsChanged(snaps);
    const QString connections = QStringLiteral("connections");
    if (before.state.other.value(connections) != m_view->state.other.value(connections))
        Q_EMIT ConnectionsChanged(snaps);
}

const QList<InstalledSnap> &Manager::installedSnaps()
{
    if (!m_view->snaps)
        m_view->snaps = SnapManager::describeAll(m_view->state);
    return *m_view->snaps;
}

// ---- reading ----

dbus::MapList Manager::ListSnaps()
{
    touch();
    dbus::MapList snaps;
    if (!refreshView())
        return snaps;
    for (const InstalledSnap &snap : installedSnaps())
        snaps << snapSummary(snap);
    return snaps;
}

QVariantMap Manager::GetSnap(const QString &name)
{
    touch();
    if (const QString problem = checkSnapName(name); !problem.isEmpty()) {
        replyError(dbus::ErrorInvalidArgument,
            QStringLiteral("invalid snap name %1: %2").arg(quoted(name), problem));
        return {};
    }
    if (!refreshView())
        return {};
    for (const InstalledSnap &snap : installedSnaps())
        if (snap.state.name == name)
            return snapDetails(snap);
    replyError(dbus::ErrorNotFound, QStringLiteral("snap %1 is not installed").arg(quoted(name)));
    return {};
}

dbus::MapList Manager::ListPlugs()
{
    touch();
    dbus::MapList plugs;
    if (!refreshView())
        return plugs;
    // Snaps come sorted by name, and each snap's plugs by name.
    for (const InstalledSnap &snap : installedSnaps()) {
        if (!snap.info)
            continue;
        for (const QVariant &plug : endsToMaps(snap.info->plugs)) {
            QVariantMap map = plug.toMap();
            map.insert(QStringLiteral("snap"), snap.state.name);
            plugs << map;
        }
    }
    return plugs;
}

dbus::MapList Manager::ListInterfaces()
{
    touch();
    dbus::MapList list;
    for (const InterfaceDefinition *definition : builtinInterfaces()) {
        const QString autoConnect = definition->autoConnectCheck
            ? QStringLiteral("depends")
            : (definition->autoConnect ? QStringLiteral("yes") : QStringLiteral("no"));
        list << QVariantMap { { QStringLiteral("name"), QLatin1String(definition->id) },
            { QStringLiteral("label"), definition->translatedLabel() },
            { QStringLiteral("description"), definition->translatedDescription() },
            { QStringLiteral("category"), toString(definition->category) },
            { QStringLiteral("category-label"), categoryLabel(definition->category) },
            { QStringLiteral("sensitivity"), toString(definition->sensitivity) },
            { QStringLiteral("auto-connect"), autoConnect } };
    }
    return list;
}

dbus::MapList Manager::ListConnections()
{
    touch();
    dbus::MapList list;
    if (!refreshView())
        return list;
    for (const Connection &connection : m_view->interfaces.repository.connections()) {
        list << QVariantMap { { QStringLiteral("interface"), connection.interface },
            { QStringLiteral("plug"), connection.ref.plug.toString() },
            { QStringLiteral("slot"), connection.ref.slot.toString() },
            { QStringLiteral("automatic"), connection.automatic },
            { QStringLiteral("connected"), connection.isConnected() } };
    }
    return list;
}

QStringList Manager::ListCandidates(const QString &plug)
{
    touch();
    const std::optional<PlugRef> ref = checkPlug(plug);
    if (!ref)
        return {};
    QStringList candidates;
    for (const SlotRef &slot : m_view->interfaces.repository.candidateSlots(*ref))
        candidates << slot.toString();
    return candidates;
}

QVariantMap Manager::GetSandboxFeatures()
{
    touch();
    const SandboxFeatures features = detectSandboxFeatures();
    return { { QStringLiteral("apparmor"), features.apparmor },
        { QStringLiteral("apparmor-parser"), features.apparmorParser },
        { QStringLiteral("seccomp"), features.seccomp },
        { QStringLiteral("seccomp-actions"), features.seccompActions },
        { QStringLiteral("landlock-abi"), features.landlockAbi },
        { QStringLiteral("cgroup-v1-devices"), features.cgroupV1Devices },
        { QStringLiteral("cgroup-v2"), features.cgroupV2 },
        { QStringLiteral("mount-namespaces"), features.mountNamespaces },
        { QStringLiteral("summary"), describeSandboxFeatures(features) } };
}

// ---- checking arguments ----

// A plug or slot reference: bounded, parsed, and looked up in the view. `missing` returns
// the plug or slot name when the snap has no such plug or slot, else an empty string.
template<typename Ref>
std::optional<Ref> Manager::checkReference(const QString &text, const QString &kind,
    std::optional<Ref> (*parse)(const QString &, QString *),
    const std::function<QString(const Repository &, const Ref &)> &missing)
{
    QString error;
    std::optional<Ref> ref;
    if (text.size() > maxReferenceLength)
        error = QStringLiteral("cannot use %1 %2: it is too long").arg(kind, quoted(text));
    else
        ref = parse(text, &error);
    if (!ref) {
        replyError(dbus::ErrorInvalidArgument, error);
        return std::nullopt;
    }
    if (!refreshView())
        return std::nullopt;
    const Repository &repository = m_view->interfaces.repository;
    if (!repository.snap(ref->snap)) {
        replyError(
            dbus::ErrorNotFound, QStringLiteral("snap %1 is not installed").arg(quoted(ref->snap)));
        return std::nullopt;
    }
    if (const QString name = missing(repository, *ref); !name.isEmpty()) {
        replyError(dbus::ErrorNotFound,
            QStringLiteral("snap %1 has no %2 %3").arg(quoted(ref->snap), kind, quoted(name)));
        return std::nullopt;
    }
    return ref;
}

std::optional<PlugRef> Manager::checkPlug(const QString &text)
{
    return checkReference<PlugRef>(text, QStringLiteral("plug"), parsePlugRef,
        [](const Repository &repository, const PlugRef &ref) {
            return repository.plug(ref) ? QString() : ref.plug;
        });
}

std::optional<SlotRef> Manager::checkSlot(const QString &text)
{
    if (text.isEmpty())
        return SlotRef {};
    return checkReference<SlotRef>(text, QStringLiteral("slot"), parseSlotRef,
        [](const Repository &repository, const SlotRef &ref) {
            return ref.slot.isEmpty() || repository.slot(ref) ? QString() : ref.slot;
        });
}

std::optional<ConnectionChange> Manager::checkChange(
    ConnectionChange::Kind kind, const QString &plug, const QString &slot, bool forget)
{
    const std::optional<PlugRef> plugRef = checkPlug(plug);
    if (!plugRef)
        return std::nullopt;
    const std::optional<SlotRef> slotRef = checkSlot(slot);
    if (!slotRef)
        return std::nullopt;
    return ConnectionChange { kind, *plugRef, *slotRef, forget };
}

bool Manager::checkInstalled(const QString &snap)
{
    if (snap.size() > maxReferenceLength || !checkSnapName(snap).isEmpty()) {
        replyError(dbus::ErrorInvalidArgument,
            QStringLiteral("invalid snap name %1: %2")
                .arg(quoted(snap), checkSnapName(snap.left(maxReferenceLength))));
        return false;
    }
    if (!refreshView())
        return false;
    if (!m_view->state.snaps.contains(snap)) {
        replyError(
            dbus::ErrorNotFound, QStringLiteral("snap %1 is not installed").arg(quoted(snap)));
        return false;
    }
    return true;
}

// ---- changing ----

namespace {

// A refused connection change is a conflict with the current connections; anything
// else (the lock, writing profiles or the state) is a failure.
ChangeResult fromOutcome(const Outcome &outcome)
{
    if (outcome.ok)
        return {};
    return failure(outcome.refused ? dbus::ErrorConflict : dbus::ErrorFailed, outcome.error);
}

QStringList snapsOf(const QList<ConnectionChange> &changes)
{
    QStringList snaps;
    for (const ConnectionChange &change : changes) {
        snaps << change.plug.snap;
        if (!change.slot.snap.isEmpty())
            snaps << change.slot.snap;
    }
    snaps.removeDuplicates();
    snaps.sort();
    return snaps;
}

} // namespace

QString Manager::Connect(const QString &plug, const QString &slot, QString &connectedSlot)
{
    touch();
    const std::optional<ConnectionChange> checked
        = checkChange(ConnectionChange::Connect, plug, slot, false);
    if (!checked)
        return {};
    const ConnectionChange change = *checked;
    enqueue(dbus::ActionManageInterfaces, QStringLiteral("connect %1").arg(plug), [change] {
        const Outcome outcome = InterfaceManager().connect(change.plug, change.slot);
        ChangeResult result = fromOutcome(outcome);
        if (!outcome.ok)
            return result;
        const std::optional<ConnRef> ref = ConnRef::fromKey(outcome.snap);
        result.replyArguments = { ref->plug.toString(), ref->slot.toString() };
        result.connectionsChanged = QStringList { ref->plug.snap, ref->slot.snap };
        result.connectionsChanged.removeDuplicates();
        return result;
    });
    connectedSlot.clear();
    return {};
}

void Manager::Disconnect(const QString &plug, const QString &slot, bool forget)
{
    touch();
    const std::optional<ConnectionChange> checked
        = checkChange(ConnectionChange::Disconnect, plug, slot, forget);
    if (!checked)
        return;
    const ConnectionChange change = *checked;
    enqueue(dbus::ActionManageInterfaces, QStringLiteral("disconnect %1").arg(plug), [change] {
        ChangeResult result
            = fromOutcome(InterfaceManager().disconnect(change.plug, change.slot, change.forget));
        if (result.errorName.isEmpty())
            result.connectionsChanged = snapsOf({ change });
        return result;
    });
}

void Manager::ChangeConnections(
    const dbus::ConnectList &connect, const dbus::DisconnectList &disconnect)
{
    touch();
    if (connect.size() + disconnect.size() > maxBatchSize) {
        replyError(dbus::ErrorInvalidArgument,
            QStringLiteral("too many changes at once (%1; at most %2)")
                .arg(connect.size() + disconnect.size())
                .arg(maxBatchSize));
        return;
    }
    if (connect.isEmpty() && disconnect.isEmpty()) {
        replyError(dbus::ErrorInvalidArgument, QStringLiteral("no changes given"));
        return;
    }
    // Disconnections first, so that one batch can move a plug to another slot.
    QList<ConnectionChange> changes;
    for (const dbus::DisconnectRequest &request : disconnect) {
        const std::optional<ConnectionChange> change
            = checkChange(ConnectionChange::Disconnect, request.plug, request.slot, request.forget);
        if (!change)
            return;
        changes.append(*change);
    }
    for (const dbus::ConnectRequest &request : connect) {
        const std::optional<ConnectionChange> change
            = checkChange(ConnectionChange::Connect, request.plug, request.slot, false);
        if (!change)
            return;
        changes.append(*change);
    }
    enqueue(dbus::ActionManageInterfaces,
        QStringLiteral("change %1 connections").arg(changes.size()), [changes] {
            const Outcome outcome = InterfaceManager().change(changes);
            ChangeResult result = fromOutcome(outcome);
            if (outcome.ok) {
                result.connectionsChanged = snapsOf(changes);
                for (const QString &key : outcome.warnings) // the connections made
                    if (const std::optional<ConnRef> ref = ConnRef::fromKey(key))
                        result.connectionsChanged << ref->slot.snap;
                result.connectionsChanged.removeDuplicates();
            }
            return result;
        });
}

void Manager::ResetConnections(const QString &snap)
{
    touch();
    if (!checkInstalled(snap))
        return;
    enqueue(dbus::ActionManageInterfaces, QStringLiteral("reset the connections of %1").arg(snap),
        [snap] {
            const Outcome outcome = InterfaceManager().resetConnections(snap);
            ChangeResult result = fromOutcome(outcome);
            // Nothing to reset changed nothing: no signal either.
            if (outcome.ok && !outcome.warnings.isEmpty()) {
                result.connectionsChanged << snap;
                for (const QString &key : outcome.warnings) // the connections that changed
                    if (const std::optional<ConnRef> ref = ConnRef::fromKey(key))
                        result.connectionsChanged << ref->slot.snap;
                result.connectionsChanged.removeDuplicates();
                result.connectionsChanged.sort();
            }
            return result;
        });
}

QString Manager::Install(const QDBusUnixFileDescriptor &file, const QVariantMap &options,
    QString &revision, QStringList &warnings)
{
    touch();
    revision.clear();
    warnings.clear();
    InstallOptions installOptions;
    QString name = QStringLiteral("the file");
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        const QString &key = it.key();
        const QMetaType type = it.value().metaType();
        if ((key == QLatin1String("devmode") || key == QLatin1String("classic"))
            && type == QMetaType::fromType<bool>()) {
            (key == QLatin1String("devmode") ? installOptions.devmode : installOptions.classic)
                = it.value().toBool();
        } else if (key == QLatin1String("name") && type == QMetaType::fromType<QString>()
            && it.value().toString().size() <= 4096) {
            name = quoted(QFileInfo(it.value().toString()).fileName());
        } else {
            replyError(dbus::ErrorInvalidArgument,
                QStringLiteral("invalid install option %1 (known: devmode and classic, "
                               "booleans; name, a string)")
                    .arg(quoted(key)));
            return {};
        }
    }
    struct stat st = {};
    const int flags = file.isValid() ? ::fcntl(file.fileDescriptor(), F_GETFL) : -1;
    QString problem;
    if (!file.isValid() || flags < 0 || ::fstat(file.fileDescriptor(), &st) < 0)
        problem = QStringLiteral("no open file was passed");
    else if (!S_ISREG(st.st_mode))
        problem = QStringLiteral("%1 is not a regular file (a .snap file is needed)").arg(name);
    else if ((flags & O_PATH) || (flags & O_ACCMODE) == O_WRONLY)
        problem = QStringLiteral("%1 was not opened for reading").arg(name);
    else if (st.st_size > maxSnapFileSize)
        problem = QStringLiteral("%1 is larger than 4 GiB").arg(name);
    if (!problem.isEmpty()) {
        replyError(dbus::ErrorInvalidArgument, QStringLiteral("cannot install: %1").arg(problem));
        return {};
    }
    enqueue(dbus::ActionManageSnaps, QStringLiteral("install %1").arg(name),
        [file, installOptions, name] {
            QString error;
            const QString copy = receiveSnapFile(file.fileDescriptor(), &error);
            if (copy.isEmpty())
                return failure(
                    dbus::ErrorFailed, QStringLiteral("cannot install %1: %2").arg(name, error));
            Outcome outcome = SnapManager().install(copy, installOptions);
            ::unlink(QFile::encodeName(copy).constData());
            // Messages name the file the caller passed, not our copy of it.
            outcome.error.replace(copy, name);
            for (QString &warning : outcome.warnings)
                warning.replace(copy, name);
            if (!outcome.ok) // refused: the file is no snap this machine can install
                return failure(outcome.refused ? dbus::ErrorInvalidArgument : dbus::ErrorFailed,
                    outcome.error);
            ChangeResult result;
            result.replyArguments = { outcome.snap, outcome.revision, outcome.warnings };
            result.snapsChanged = QStringList { outcome.snap };
            result.connectionsChanged = QStringList { outcome.snap };
            return result;
        });
    return {};
}

void Manager::Remove(const QString &snap)
{
    touch();
    if (!checkInstalled(snap))
        return;
    enqueue(dbus::ActionManageSnaps, QStringLiteral("remove %1").arg(snap), [snap] {
        ChangeResult result = fromOutcome(SnapManager().remove(snap));
        if (result.errorName.isEmpty())
            result.snapsChanged = result.connectionsChanged = QStringList { snap };
        return result;
    });
}

QString Manager::Revert(const QString &snap)
{
    touch();
    if (!checkInstalled(snap))
        return {};
    enqueue(dbus::ActionManageSnaps, QStringLiteral("revert %1").arg(snap), [snap] {
        const Outcome outcome = SnapManager().revert(snap);
        ChangeResult result = fromOutcome(outcome);
        if (outcome.ok) {
            result.replyArguments = { outcome.revision };
            result.snapsChanged = result.connectionsChanged = QStringList { snap };
        }
        return result;
    });
    return {};
}

void Manager::RegenerateProfiles()
{
    touch();
    enqueue(dbus::ActionManageProfiles, QStringLiteral("regenerate profiles"),
        [] { return fromOutcome(InterfaceManager().regenerateAll()); });
}

// ---- the queue ----

void Manager::enqueue(
    const QString &action, const QString &what, std::function<ChangeResult()> work)
{
    setDelayedReply(true);
    Job job;
    job.id = m_nextId++;
    job.message = message();
    job.what = what;
    job.work = std::move(work);
    m_jobs.append(job);
    const quint64 id = job.id;
    m_authority->check(message().service(), action, message().isInteractiveAuthorizationAllowed(),
        [this, id](const AuthorizationAnswer &answer) { authorized(id, answer); });
}

void Manager::authorized(quint64 id, const AuthorizationAnswer &answer)
{
    for (Job &job : m_jobs) {
        if (job.id != id)
            continue;
        if (answer.result == AuthorizationAnswer::Authorized) {
            job.state = Job::Ready;
        } else {
            job.state = Job::Refused;
            job.refusalName = answer.errorName();
            job.refusalMessage = answer.errorMessage(job.what);
        }
        break;
    }
    pump();
}

void Manager::pump()
{
    while (!m_running && !m_jobs.isEmpty()) {
        Job &job = m_jobs.first();
        if (job.state == Job::Authorizing)
            return; // later jobs wait for it: changes are applied in arrival order
        if (job.state == Job::Refused) {
            m_bus.send(job.message.createErrorReply(job.refusalName, job.refusalMessage));
            m_jobs.removeFirst();
            continue;
        }
        m_running = true;
        const quint64 id = job.id;
        std::function<ChangeResult()> work = job.work;
        m_worker.start([this, id, work] {
            const ChangeResult result = work();
            QMetaObject::invokeMethod(
                this, [this, id, result] { finished(id, result); }, Qt::QueuedConnection);
        });
    }
}

void Manager::finished(quint64 id, const ChangeResult &result)
{
    Q_ASSERT(!m_jobs.isEmpty() && m_jobs.first().id == id);
    const Job job = m_jobs.takeFirst();
    m_running = false;
    QString ignored;
    loadView(&ignored); // what we changed, so that it is not taken for a foreign change
    if (job.message.type() == QDBusMessage::MethodCallMessage) {
        if (result.errorName.isEmpty())
            m_bus.send(job.message.createReply(result.replyArguments));
        else
            m_bus.send(job.message.createErrorReply(result.errorName, result.errorMessage));
    }
    if (!result.errorName.isEmpty())
        qInfo("%s failed: %s", qUtf8Printable(job.what), qUtf8Printable(result.errorMessage));
    for (const QString &snap : result.snapsChanged) {
        if (m_view && !m_view->state.snaps.contains(snap))
            m_denials.removeSnap(snap); // removed: its denials go with it
    }
    if (!result.snapsChanged.isEmpty())
        Q_EMIT SnapsChanged(result.snapsChanged);
    if (!result.connectionsChanged.isEmpty())
        Q_EMIT ConnectionsChanged(result.connectionsChanged);
    touch();
    pump();
}

} // namespace corral
