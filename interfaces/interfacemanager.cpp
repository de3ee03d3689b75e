#include "interfaces/interfacemanager.h"

#include "interfaces/atomicfile.h"
#include "interfaces/dirs.h"
#include "interfaces/snapyaml.h"
#include "interfaces/systemkey.h"
#include "interfaces/validate.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMutex>

#include <functional>

#include <sys/stat.h>
#include <unistd.h>

namespace corral {
namespace {

const QString connectionsKey = QStringLiteral("connections");

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// The "connections" key of state.json belongs to this module; state.cpp keeps it as is.
std::optional<QMap<QString, Connection>> connectionsFromState(const State &state, QString *error)
{
    QMap<QString, Connection> connections;
    const QJsonValue value = state.other.value(connectionsKey);
    if (value.isUndefined())
        return connections;
    const auto bad = [&](const QString &why) {
        *error = QStringLiteral("cannot read %1: %2").arg(dirs::stateFile(), why);
        return std::nullopt;
    };
    if (!value.isObject())
        return bad(QStringLiteral("\"connections\" is not an object"));
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const std::optional<ConnRef> ref = ConnRef::fromKey(it.key());
        if (!ref)
            return bad(QStringLiteral("%1 is not a connection").arg(quoted(it.key())));
        const QJsonObject entry = it.value().toObject();
        const QJsonValue interface = entry.value(QStringLiteral("interface"));
        if (!it.value().isObject() || !interface.isString())
            return bad(QStringLiteral("connection %1 has no interface").arg(quoted(it.key())));
        Connection connection;
        connection.ref = *ref;
        connection.interface = interface.toString();
        connection.automatic = entry.value(QStringLiteral("auto")).toBool();
        connection.undesired = entry.value(QStringLiteral("undesired")).toBool();
        connection.plugAttributes
            = entry.value(QStringLiteral("plug-attrs")).toObject().toVariantMap();
        connection.slotAttributes
            = entry.value(QStringLiteral("slot-attrs")).toObject().toVariantMap();
        connections.insert(it.key(), connection);
    }
    return connections;
}

QJsonObject connectionsToJson(const QMap<QString, Connection> &connections)
{
    QJsonObject object;
    for (const Connection &connection : connections) {
        QJsonObject entry { { QStringLiteral("interface"), connection.interface },
            { QStringLiteral("auto"), connection.automatic },
            { QStringLiteral("undesired"), connection.undesired } };
        if (!connection.plugAttributes.isEmpty())
            entry.insert(QStringLiteral("plug-attrs"),
                QJsonObject::fromVariantMap(connection.plugAttributes));
        if (!connection.slotAttributes.isEmpty())
            entry.insert(QStringLiteral("slot-attrs"),
                QJsonObject::fromVariantMap(connection.slotAttributes));
        object.insert(connection.ref.key(), entry);
    }
    return object;
}

// The snaps whose profiles depend on `snap`: itself, the snaps connected to it, and the
// snaps that use it as their base (their launch plans name its revision).
QStringList dependentSnaps(const Repository &repository, const QString &snap)
{
    QStringList names { snap };
    for (const Connection &connection : repository.connections()) {
        const QStringList involved = repository.affectedSnaps(connection.ref);
        if (involved.contains(snap))
            names += involved;
    }
    for (const SnapInfo *info : repository.snaps()) {
        if (info->effectiveBase() == snap)
            names << info->name;
    }
    names.removeDuplicates();
    return names;
}

// Applies a change to connections: regenerates `snaps` from the changed repository, then
// saves the state. If either fails, the profiles are generated again from the state on
// disk, so state and profiles never disagree for long (and the pending-change marker
// covers a crash in between).
bool commitChange(
    State &state, InterfaceSnapshot &snapshot, const QStringList &snaps, QString *error)
{
    const State before = state;
    storeConnections(state, snapshot.repository);
    if (!beginPendingChange(error))
        return false;
    // Profiles and state are flushed together, once: the marker covers a crash before.
    GenerateOptions options;
    options.sync = false;
    ProfileGenerator generator(snapshot.repository, snapshot.installed);
    if (generator.generate(snaps, options, nullptr, error)
        && saveState(state, error, Durability::Deferred)
        && syncFileSystems({ dirs::stateDir(), dirs::udevRulesDir() }, error)) {
        endPendingChange();
        return true;
    }
    QString ignored;
    if (std::optional<InterfaceSnapshot> old = loadInterfaceSnapshot(before, &ignored)) {
        if (ProfileGenerator(old->repository, old->installed)
                .generate(snaps, {}, nullptr, &ignored))
            endPendingChange(); // else the marker stays, and the next start regenerates
    }
    return false;
}

std::optional<State> lockAndLoad(StateLock &lock, QString *error)
{
    if (geteuid() == 0)
        SnapManager().ensureMounted();
    if (!lock.acquire(error))
        return std::nullopt;
    return loadState(error);
}

// Which state.json a cached snapshot belongs to. Saving replaces the file (new inode).
struct FileStamp
{
    bool exists = false;
    dev_t device = 0;
    ino_t inode = 0;
    off_t size = 0;
    qint64 mtimeSeconds = 0;
    long mtimeNanoseconds = 0;
    bool operator==(const FileStamp &) const = default;
};

FileStamp stampOf(const QString &path)
{
    struct stat st;
    FileStamp stamp;
    if (::stat(QFile::encodeName(path).constData(), &st) == 0)
        stamp = { true, st.st_dev, st.st_ino, st.st_size, st.st_mtim.tv_sec, st.st_mtim.tv_nsec };
    return stamp;
}

QMutex cacheMutex;
bool cacheEnabled = false;
quint64 lastSerial = 0;
std::optional<std::pair<FileStamp, LoadedState>> cache;

std::optional<LoadedState> cachedState(const FileStamp &stamp)
{
    const QMutexLocker locker(&cacheMutex);
    if (cache && cache->first == stamp)
        return cache->second;
    return std::nullopt;
}

// Called with the lock held, after the state was saved as `loaded.state`.
void rememberState(const LoadedState &loaded)
{
    const QMutexLocker locker(&cacheMutex);
    if (!cacheEnabled)
        return;
    cache.emplace(stampOf(dirs::stateFile()), loaded);
    cache->second.serial = ++lastSerial;
}

Outcome failed(const QString &error)
{
    Outcome outcome;
    outcome.error = error;
    return outcome;
}

} // namespace

bool beginPendingChange(QString *error)
{
    return createMarkerFile(dirs::pendingChangeFile(), error);
}

void endPendingChange()
{
    ::unlink(QFile::encodeName(dirs::pendingChangeFile()).constData());
}

bool pendingChangeInterrupted()
{
    return QFileInfo::exists(dirs::pendingChangeFile());
}

void enableSnapshotCache()
{
    const QMutexLocker locker(&cacheMutex);
    cacheEnabled = true;
}

std::optional<LoadedState> currentState(QString *error)
{
    const FileStamp stamp = stampOf(dirs::stateFile());
    if (std::optional<LoadedState> cached = cachedState(stamp))
        return cached;
    std::optional<State> state = loadState(error);
    if (!state)
        return std::nullopt;
    std::optional<InterfaceSnapshot> snapshot = loadInterfaceSnapshot(*state, error);
    if (!snapshot)
        return std::nullopt;
    LoadedState loaded { std::move(*state), std::move(*snapshot), 0 };
    const QMutexLocker locker(&cacheMutex);
    loaded.serial = ++lastSerial;
    // Only if the file did not change while it was read.
    if (cacheEnabled && stampOf(dirs::stateFile()) == stamp)
        cache.emplace(stamp, loaded);
    return loaded;
}

std::optional<InterfaceSnapshot> loadInterfaceSnapshot(const State &state, QString *error)
{
    InterfaceSnapshot snapshot;
    for (const SnapState &snap : state.snaps) {
        const RevisionState *current = snap.currentRevision();
        if (!current)
            continue;
        const SnapYamlResult yaml = readSnapYaml(dirs::snapMountPath(snap.name, current->revision));
        if (!yaml.ok()) {
            snapshot.warnings[snap.name]
                << QStringLiteral("cannot read snap %1: %2")
                       .arg(quoted(snap.name),
                           yaml.errors.isEmpty() ? QString() : yaml.errors.first().toString());
            continue;
        }
        snapshot.installed.insert(
            snap.name, { current->revision, current->devmode, current->classic });
        for (const Problem &problem : snapshot.repository.addSnap(*yaml.snap))
            snapshot.warnings[snap.name] << problem.message;
    }
    const std::optional<QMap<QString, Connection>> connections = connectionsFromState(state, error);
    if (!connections)
        return std::nullopt;
    snapshot.repository.setConnections(*connections);
    return snapshot;
}

void storeConnections(State &state, Repository &repository)
{
    repository.pruneConnections();
    if (repository.connections().isEmpty())
        state.other.remove(connectionsKey);
    else
        state.other.insert(connectionsKey, connectionsToJson(repository.connections()));
}

std::optional<InterfaceSnapshot> InterfaceManager::snapshot(QString *error)
{
    if (geteuid() == 0)
        SnapManager().ensureMounted();
    const std::optional<State> state = loadState(error);
    if (!state)
        return std::nullopt;
    return loadInterfaceSnapshot(*state, error);
}

// Runs one change to connections under the state lock: `change` edits the repository
// and returns the snaps whose profiles it touched (nullopt with *error when it refuses);
// the profiles are regenerated and the state saved. A change that touched no snap
// changed nothing, and writes nothing.
static Outcome changeConnections(
    const std::function<std::optional<QStringList>(Repository &, QString *)> &change)
{
    QString error;
    // After a reboot the first change puts the mounts back; with an up-to-date cached
    // snapshot, this process did so already.
    if (geteuid() == 0 && !cachedState(stampOf(dirs::stateFile())))
        SnapManager().ensureMounted();
    StateLock lock;
    if (!lock.acquire(&error))
        return failed(error);
    std::optional<LoadedState> loaded = currentState(&error);
    if (!loaded)
        return failed(error);
    std::optional<State> state = std::move(loaded->state);
    std::optional<InterfaceSnapshot> snapshot = std::move(loaded->snapshot);
    const std::optional<QStringList> affected = change(snapshot->repository, &error);
    if (!affected) {
        Outcome refused = failed(error);
        refused.refused = true;
        return refused;
    }
    if (!affected->isEmpty()) {
        if (!commitChange(*state, *snapshot, *affected, &error))
            return failed(error);
        rememberState({ *state, *snapshot, 0 });
    }
    Outcome outcome;
    outcome.ok = true;
    return outcome;
}

Outcome InterfaceManager::connect(const PlugRef &plug, const SlotRef &slot)
{
    QString key;
    Outcome outcome = changeConnections(
        [&](Repository &repository, QString *error) -> std::optional<QStringList> {
            const std::optional<ConnRef> ref = repository.connect(plug, slot, error);
            if (!ref)
                return std::nullopt;
            key = ref->key();
            return repository.affectedSnaps(*ref);
        });
    outcome.snap = key;
    return outcome;
}

Outcome InterfaceManager::disconnect(const PlugRef &plug, const SlotRef &slot, bool forget)
{
    Outcome outcome = changeConnections(
        [&](Repository &repository, QString *error) -> std::optional<QStringList> {
            const std::optional<QList<ConnRef>> changed
                = repository.disconnect(plug, slot, forget, error);
            if (!changed)
                return std::nullopt;
            QStringList affected;
            for (const ConnRef &ref : *changed)
                affected += repository.affectedSnaps(ref);
            affected.removeDuplicates();
            return affected;
        });
    outcome.snap = plug.toString();
    return outcome;
}

Outcome InterfaceManager::change(const QList<ConnectionChange> &changes)
{
    QStringList made;
    Outcome outcome = changeConnections([&](Repository &repository,
                                            QString *error) -> std::optional<QStringList> {
        QStringList affected;
        for (const ConnectionChange &step : changes) {
            if (step.kind == ConnectionChange::Connect) {
                const std::optional<ConnRef> ref = repository.connect(step.plug, step.slot, error);
                if (!ref)
                    return std::nullopt;
                made << ref->key();
                affected += repository.affectedSnaps(*ref);
                continue;
            }
            const std::optional<QList<ConnRef>> changed
                = repository.disconnect(step.plug, step.slot, step.forget, error);
            if (!changed)
                return std::nullopt;
            for (const ConnRef &ref : *changed)
                affected += repository.affectedSnaps(ref);
        }
        affected.removeDuplicates();
        return affected;
    });
    if (outcome.ok)
        outcome.warnings = made;
    return outcome;
}

Outcome InterfaceManager::resetConnections(const QString &snap)
{
    QStringList changed;
    Outcome outcome = changeConnections(
        [&](Repository &repository, QString *error) -> std::optional<QStringList> {
            const std::optional<QList<ConnRef>> refs = repository.resetPlugs(snap, error);
            if (!refs)
                return std::nullopt;
            QStringList affected;
            for (const ConnRef &ref : *refs) {
                changed << ref.key();
                affected += repository.affectedSnaps(ref);
            }
            affected.removeDuplicates();
            return affected;
        });
    outcome.snap = snap;
    if (outcome.ok)
        outcome.warnings = changed;
    return outcome;
}

// Every installed snap's profiles from the state on disk; with `recordKey`, the system
// key they were made for.
static Outcome regenerateEverything(
    const GenerateOptions &options, GenerateStats *stats, bool recordKey)
{
    QString error;
    StateLock lock;
    std::optional<State> state = lockAndLoad(lock, &error);
    if (!state)
        return failed(error);
    std::optional<InterfaceSnapshot> snapshot = loadInterfaceSnapshot(*state, &error);
    if (!snapshot)
        return failed(error);
    ProfileGenerator generator(snapshot->repository, snapshot->installed);
    if (!generator.generate(snapshot->installed.keys(), options, stats, &error)
        || (recordKey && !writeSystemKey(systemKey(detectSandboxFeatures()), &error)))
        return failed(error);
    endPendingChange(); // every profile now follows the state on disk
    Outcome outcome;
    outcome.ok = true;
    for (const QStringList &warnings : std::as_const(snapshot->warnings))
        outcome.warnings += warnings;
    return outcome;
}

Outcome InterfaceManager::regenerateAll(const GenerateOptions &options, GenerateStats *stats)
{
    return regenerateEverything(options, stats, true);
}

Outcome InterfaceManager::repairInterruptedChange()
{
    if (!pendingChangeInterrupted()) {
        Outcome outcome;
        outcome.ok = true;
        return outcome;
    }
    // The state on disk is the one before the change or the one after it (it is replaced
    // atomically), and a change checks its AppArmor texts before it writes them: every
    // text this can produce passed apparmor_parser already. Skipping the parser makes the
    // repair quick enough to finish before anyone is served.
    GenerateOptions options;
    options.checkApparmor = false;
    return regenerateEverything(options, nullptr, false);
}

Outcome InterfaceManager::regenerateIfSystemKeyChanged()
{
    if (const Outcome repaired = repairInterruptedChange(); !repaired.ok)
        return repaired;
    if (!systemKeyChanged(systemKey(detectSandboxFeatures()))) {
        Outcome outcome;
        outcome.ok = true;
        return outcome;
    }
    return regenerateAll();
}

bool updateConnectionsAfterChange(
    State &state, const QString &snap, bool autoConnect, QStringList *warnings, QString *error)
{
    std::optional<InterfaceSnapshot> snapshot = loadInterfaceSnapshot(state, error);
    if (!snapshot)
        return false;
    if (warnings)
        *warnings += snapshot->warnings.value(snap);
    Repository &repository = snapshot->repository;
    // Dependents are computed before pruning, so a removed snap's peers are regenerated.
    QStringList affected = dependentSnaps(repository, snap);
    if (autoConnect && repository.snap(snap)) {
        for (const ConnRef &ref : repository.autoConnect(snap))
            affected += repository.affectedSnaps(ref);
    }
    affected.removeDuplicates();
    storeConnections(state, repository);
    if (!repository.snap(snap)) {
        affected.removeAll(snap);
        if (!ProfileGenerator::removeSnapFiles(snap, error))
            return false;
    }
    affected.removeIf([&](const QString &name) { return !snapshot->installed.contains(name); });
    return ProfileGenerator(repository, snapshot->installed).generate(affected, {}, nullptr, error);
}

std::optional<PlugRef> parsePlugRef(const QString &text, QString *error)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    QString why;
    if (parts.size() != 2 || parts[0].isEmpty() || parts[1].isEmpty())
        why = QStringLiteral("a plug is written snap:plug");
    else
        why = checkSnapName(parts[0]);
    if (why.isEmpty())
        why = checkPlugOrSlotName(parts[1]);
    if (!why.isEmpty()) {
        *error = QStringLiteral("cannot use plug %1: %2").arg(quoted(text), why);
        return std::nullopt;
    }
    return PlugRef { parts[0], parts[1] };
}

std::optional<SlotRef> parseSlotRef(const QString &text, QString *error)
{
    // "snap:slot", "snap" (its only fitting slot), or ":slot" (the system's).
    QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() == 1)
        parts << QString();
    QString why;
    if (parts.size() != 2 || (parts[0].isEmpty() && parts[1].isEmpty()))
        why = QStringLiteral("a slot is written snap:slot, snap, or :slot for the system's");
    if (why.isEmpty() && parts[0].isEmpty())
        parts[0] = SystemSnapName;
    if (why.isEmpty())
        why = checkSnapName(parts[0]);
    if (why.isEmpty() && !parts[1].isEmpty())
        why = checkPlugOrSlotName(parts[1]);
    if (!why.isEmpty()) {
        *error = QStringLiteral("cannot use slot %1: %2").arg(quoted(text), why);
        return std::nullopt;
    }
    return SlotRef { parts[0], parts[1] };
}

} // namespace corral
