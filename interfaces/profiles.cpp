#include "interfaces/profiles.h"

#include "interfaces/apparmor.h"
#include "interfaces/atomicfile.h"
#include "interfaces/dirs.h"
#include "interfaces/seccomp.h"
#include "interfaces/template.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QTemporaryDir>

namespace corral {
namespace {

// Hashes of profile texts apparmor_parser accepted in this process.
QMutex checkedMutex;
QSet<QByteArray> checkedTexts;

bool apparmorTextChecked(const QByteArray &text)
{
    const QByteArray hash = QCryptographicHash::hash(text, QCryptographicHash::Sha256);
    const QMutexLocker locker(&checkedMutex);
    return checkedTexts.contains(hash);
}

void rememberApparmorTextChecked(const QByteArray &text)
{
    const QByteArray hash = QCryptographicHash::hash(text, QCryptographicHash::Sha256);
    const QMutexLocker locker(&checkedMutex);
    checkedTexts.insert(hash);
}

// Compiled seccomp filters by source, for apps with identical sources and for a
// long-running process that regenerates the same sources again. Bounded: a process that
// generates many distinct filters starts over rather than grow.
QMutex compiledMutex;
QHash<QString, QByteArray> compiledFilters;
constexpr qsizetype maxCompiledFilters = 4096;

QString compiledKey(const QString &source, Confinement mode)
{
    return QString::number(int(mode)) + QLatin1Char('\n') + source;
}

std::optional<QByteArray> compiledSeccomp(const QString &source, Confinement mode)
{
    const QMutexLocker locker(&compiledMutex);
    const auto it = compiledFilters.constFind(compiledKey(source, mode));
    if (it == compiledFilters.cend())
        return std::nullopt;
    return *it;
}

void rememberCompiledSeccomp(const QString &source, Confinement mode, const QByteArray &binary)
{
    const QMutexLocker locker(&compiledMutex);
    if (compiledFilters.size() >= maxCompiledFilters)
        compiledFilters.clear();
    compiledFilters.insert(compiledKey(source, mode), binary);
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString udevRulesPath(const QString &snap)
{
    return dirs::udevRulesDir() + QLatin1String("/70-corral-") + snap + QLatin1String(".rules");
}

// Paths of a snap as the host sees them (below CORRAL_ROOT) or as its apps see them.
struct SnapPaths
{
    QString snap;
    QString data;
    QString common;
};

SnapPaths hostPaths(const QString &snap, const QString &revision)
{
    return { dirs::snapMountPath(snap, revision), dirs::snapDataPath(snap, revision),
        dirs::snapDataPath(snap) + QLatin1String("/common") };
}

SnapPaths sandboxPaths(const QString &snap, const QString &revision)
{
    const QString mountDir = QStringLiteral(CORRAL_SNAP_MOUNT_DIR);
    return { mountDir + QLatin1Char('/') + snap + QLatin1Char('/') + revision,
        QStringLiteral("/var/snap/%1/%2").arg(snap, revision),
        QStringLiteral("/var/snap/%1/common").arg(snap) };
}

QString resolve(QString path, const SnapPaths &paths)
{
    // Longest names first: $SNAP is a prefix of $SNAP_DATA.
    path.replace(QLatin1String("$SNAP_COMMON"), paths.common);
    path.replace(QLatin1String("$SNAP_DATA"), paths.data);
    path.replace(QLatin1String("$SNAP"), paths.snap);
    return QDir::cleanPath(path);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The generated files of each of `snaps`, found by listing each directory once (a
// generation over hundreds of snaps must not list thousands of files per snap).
QMultiHash<QString, QString> generatedFilesOf(const QStringList &snaps)
{
    const QSet<QString> wanted(snaps.cbegin(), snaps.cend());
    QMultiHash<QString, QString> files;
    for (const QString &dir : { dirs::apparmorDir(), dirs::seccompDir(), dirs::plansDir() }) {
        const QDir directory(dir);
        for (const QString &name : directory.entryList({ QStringLiteral("snap.*") }, QDir::Files)) {
            // snap.<snap>.<app>[.ext]: snap names hold no dots.
            const QString snap = name.section(QLatin1Char('.'), 1, 1);
            if (wanted.contains(snap))
                files.insert(snap, directory.filePath(name));
        }
    }
    for (const QString &snap : snaps) {
        if (QFile::exists(udevRulesPath(snap)))
            files.insert(snap, udevRulesPath(snap));
    }
    return files;
}

} // namespace

QString securityTag(const QString &snap, const QString &app)
{
    return QLatin1String("snap.") + snap + QLatin1Char('.') + app;
}

QMap<QString, QString> ProfileGenerator::profilePaths(const QString &tag)
{
    return { { QStringLiteral("apparmor"), dirs::apparmorDir() + QLatin1Char('/') + tag },
        { QStringLiteral("seccomp"),
            dirs::seccompDir() + QLatin1Char('/') + tag + QLatin1String(".src") },
        { QStringLiteral("seccomp-binary"),
            dirs::seccompDir() + QLatin1Char('/') + tag + QLatin1String(".bpf") },
        { QStringLiteral("plan"),
            dirs::plansDir() + QLatin1Char('/') + tag + QLatin1String(".plan") } };
}

ProfileGenerator::ProfileGenerator(
    const Repository &repository, const QMap<QString, InstalledRevision> &installed)
    : m_repository(repository)
    , m_installed(installed)
{
    // Each app looks only at the connections of its own snap.
    for (const Connection &connection : repository.connections()) {
        m_connectionsBySnap[connection.ref.plug.snap].append(&connection);
        if (connection.ref.slot.snap != connection.ref.plug.snap)
            m_connectionsBySnap[connection.ref.slot.snap].append(&connection);
    }
}

const InstalledRevision *ProfileGenerator::installedRevision(const QString &snap) const
{
    const auto it = m_installed.constFind(snap);
    return it == m_installed.cend() ? nullptr : &*it;
}

Policy ProfileGenerator::appPolicy(const SnapInfo &snap, const AppInfo &app) const
{
    Policy policy;
    const InstalledRevision *installed = installedRevision(snap.name);
    if (installed && installed->classic)
        return policy; // no sandbox at all
    policy += defaultPolicy();
    for (const QString &name : app.plugs) {
        if (const InterfaceDefinition *definition = findInterface(snap.plugs.value(name).interface))
            policy += definition->permanentPlug;
    }
    for (const QString &name : app.slots) {
        if (const InterfaceDefinition *definition = findInterface(snap.slots.value(name).interface))
            policy += definition->permanentSlot;
    }
    for (const Connection *connectionPointer : m_connectionsBySnap.value(snap.name)) {
        const Connection &connection = *connectionPointer;
        if (!connection.isConnected())
            continue;
        const ConnRef &ref = connection.ref;
        const bool asPlug = ref.plug.snap == snap.name && app.plugs.contains(ref.plug.plug);
        const bool asSlot = ref.slot.snap == snap.name && app.slots.contains(ref.slot.slot);
        if (!asPlug && !asSlot)
            continue;
        const SnapInfo *plugSnap = m_repository.snap(ref.plug.snap);
        const SnapInfo *slotSnap = m_repository.snap(ref.slot.snap);
        const PlugInfo *plug = m_repository.plug(ref.plug);
        const SlotInfo *slot = m_repository.slot(ref.slot);
        const InterfaceDefinition *definition = findInterface(connection.interface);
        if (!plugSnap || !slotSnap || !plug || !slot || !definition)
            continue; // pruned when the repository is saved
        const ConnectedPlug connectedPlug { *plugSnap, *plug };
        const ConnectedSlot connectedSlot { *slotSnap, *slot };
        if (asPlug)
            policy += definition->connectedPlugPolicy(connectedPlug, connectedSlot);
        if (asSlot)
            policy += definition->connectedSlotPolicy(connectedPlug, connectedSlot);
    }
    return policy;
}

std::optional<LaunchPlan> ProfileGenerator::launchPlan(
    const SnapInfo &snap, const AppInfo &app, QString *error) const
{
    return launchPlan(snap, app, appPolicy(snap, app), error);
}

std::optional<LaunchPlan> ProfileGenerator::launchPlan(
    const SnapInfo &snap, const AppInfo &app, const Policy &policy, QString *error) const
{
    const InstalledRevision *installed = installedRevision(snap.name);
    if (!installed) {
        *error = QStringLiteral("cannot generate profiles of %1: it is not installed")
                     .arg(quoted(snap.name));
        return std::nullopt;
    }
    LaunchPlan plan;
    plan.tag = securityTag(snap.name, app.name);
    plan.snap = snap.name;
    plan.app = app.name;
    plan.revision = installed->revision;
    plan.confinement = installed->classic ? Confinement::Classic
        : installed->devmode              ? Confinement::Devmode
                                          : Confinement::Strict;
    plan.base = snap.effectiveBase();
    if (!plan.base.isEmpty()) {
        // A missing base still gets a plan: the launcher then says which base is missing.
        const InstalledRevision *base = installedRevision(plan.base);
        plan.baseRevision = base ? base->revision : QStringLiteral("-");
        plan.baseDir = base ? dirs::snapMountPath(plan.base, base->revision)
                            : dirs::snapMountPath(plan.base) + QLatin1String("/current");
    }
    plan.snapDir = dirs::snapMountPath(snap.name, installed->revision);
    plan.command = app.command.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    plan.commandChain = app.commandChain;
    plan.environment = snap.environment + app.environment;

    if (plan.confinement != Confinement::Classic) {
        const SnapPaths ownHost = hostPaths(snap.name, installed->revision);
        const SnapPaths ownSandbox = sandboxPaths(snap.name, installed->revision);
        for (const MountRule &mount : policy.mounts) {
            const QString sourceSnap = mount.sourceSnap.isEmpty() ? snap.name : mount.sourceSnap;
            const InstalledRevision *source = installedRevision(sourceSnap);
            if (!source)
                continue;
            plan.mounts.append({ resolve(mount.source, hostPaths(sourceSnap, source->revision)),
                resolve(mount.target, ownSandbox), mount.readOnly, QString() });
        }
        for (const LayoutEntry &entry : snap.layout) {
            if (entry.kind == LayoutEntry::Kind::Bind || entry.kind == LayoutEntry::Kind::BindFile)
                plan.mounts.append(
                    { resolve(entry.source, ownHost), entry.path, false, QString() });
            else if (entry.kind == LayoutEntry::Kind::Symlink)
                plan.symlinks.append({ resolve(entry.source, ownSandbox), entry.path });
            else
                plan.tmpfs.append(entry.path);
        }
        QSet<QString> seenDevices;
        for (const DeviceRule &device : policy.devices) {
            const QString key = QStringLiteral("%1 %2 %3")
                                    .arg(QLatin1Char(device.type))
                                    .arg(device.major)
                                    .arg(device.minor);
            if (!seenDevices.contains(key)) {
                seenDevices.insert(key);
                plan.devices.append(device);
            }
        }
        plan.landlock = landlockRules(policy.files, { snap.name, installed->revision });
        plan.seccompFile = profilePaths(plan.tag).value(QStringLiteral("seccomp-binary"));
        plan.apparmorLabel = plan.tag;
    }
    return plan;
}

bool ProfileGenerator::generate(
    const QStringList &snaps, const GenerateOptions &options, GenerateStats *stats, QString *error)
{
    GenerateStats counts;
    QMap<QString, QByteArray> files; // path → content

    for (const QString &name : snaps) {
        const SnapInfo *snap = m_repository.snap(name);
        if (!snap || name == SystemSnapName)
            continue;
        const InstalledRevision *installed = installedRevision(name);
        if (!installed) {
            *error = QStringLiteral("cannot generate profiles of %1: it is not installed")
                         .arg(quoted(name));
            return false;
        }
        QStringList udevRules;
        for (const AppInfo &app : snap->apps) {
            ++counts.apps;
            const Policy policy = appPolicy(*snap, app);
            const std::optional<LaunchPlan> plan = launchPlan(*snap, app, policy, error);
            if (!plan)
                return false;
            const QMap<QString, QString> paths = profilePaths(plan->tag);
            const QByteArray planText = serializeLaunchPlan(*plan, error);
            if (planText.isEmpty())
                return false;
            files.insert(paths.value(QStringLiteral("plan")), planText);
            if (plan->confinement == Confinement::Classic)
                continue;

            const QByteArray profile
                = apparmorProfile({ plan->tag, snap->name, installed->revision,
                                      plan->confinement == Confinement::Devmode, policy })
                      .toUtf8();
            const QString profilePath = paths.value(QStringLiteral("apparmor"));
            files.insert(profilePath, profile);

            const QString source = seccompSource(policy.seccomp, plan->confinement);
            std::optional<QByteArray> binary = compiledSeccomp(source, plan->confinement);
            if (!binary) {
                const SeccompCompileResult result = compileSeccomp(source, plan->confinement);
                if (!result.ok) {
                    *error = QStringLiteral("cannot generate profiles of %1: %2")
                                 .arg(plan->tag, result.error);
                    return false;
                }
                ++counts.seccompCompiled;
                binary = result.binary;
                rememberCompiledSeccomp(source, plan->confinement, result.binary);
            }
            files.insert(paths.value(QStringLiteral("seccomp")), source.toUtf8());
            files.insert(paths.value(QStringLiteral("seccomp-binary")), *binary);

            const QString tagForUdev
                = QString(plan->tag).replace(QLatin1Char('.'), QLatin1Char('_'));
            for (const DeviceRule &device : policy.devices) {
                if (!device.udevMatch.isEmpty())
                    udevRules << device.udevMatch + QLatin1String(", TAG+=\"") + tagForUdev
                            + QLatin1Char('"');
            }
        }
        if (!udevRules.isEmpty()) {
            udevRules.removeDuplicates();
            files.insert(udevRulesPath(name),
                QByteArray("# Generated by Corral for snap ") + name.toUtf8()
                    + QByteArray("; changes are overwritten.\n")
                    + udevRules.join(QLatin1Char('\n')).toUtf8() + '\n');
        }
    }

    // Each file is compared with what is on disk once; only what differs is checked and
    // written.
    const QString profilePrefix = dirs::apparmorDir() + QLatin1Char('/');
    QStringList changed;
    QStringList changedProfiles;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (QFile::exists(it.key()) && readFile(it.key()) == it.value())
            continue;
        changed << it.key();
        if (it.key().startsWith(profilePrefix))
            changedProfiles << it.key();
    }

    // Check changed AppArmor profiles before anything is written, so a profile the parser
    // refuses changes nothing on disk.
    // A text that passed once passes again: a long-running process (the helper) checks
    // each distinct profile text once, so toggling a permission back and forth does not
    // run the parser every time.
    if (options.checkApparmor)
        changedProfiles.removeIf(
            [&](const QString &path) { return apparmorTextChecked(files.value(path)); });
    if (options.checkApparmor && !changedProfiles.isEmpty()) {
        QTemporaryDir scratch;
        if (!scratch.isValid()) {
            *error
                = QStringLiteral("cannot check AppArmor profiles: %1").arg(scratch.errorString());
            return false;
        }
        QStringList scratchPaths;
        for (const QString &path : std::as_const(changedProfiles)) {
            const QString copy = scratch.filePath(QFileInfo(path).fileName());
            QFile file(copy);
            if (!file.open(QIODevice::WriteOnly) || file.write(files.value(path)) < 0) {
                *error
                    = QStringLiteral("cannot check AppArmor profiles: %1").arg(file.errorString());
                return false;
            }
            scratchPaths << copy;
        }
        if (!checkApparmorProfiles(scratchPaths, error))
            return false;
        for (const QString &path : std::as_const(changedProfiles))
            rememberApparmorTextChecked(files.value(path));
    }

    for (const QString &dir : { dirs::apparmorDir(), dirs::seccompDir(), dirs::plansDir() }) {
        if (!QDir().mkpath(dir)) {
            *error = QStringLiteral("cannot create %1").arg(dir);
            return false;
        }
    }
    if (!QDir().mkpath(dirs::udevRulesDir())) {
        *error = QStringLiteral("cannot create %1").arg(dirs::udevRulesDir());
        return false;
    }
    for (const QString &path : std::as_const(changed)) {
        if (!writeFileAtomically(path, files.value(path), error, 0644, Durability::Deferred))
            return false;
        ++counts.filesWritten;
    }
    // One flush for the whole set instead of two fsyncs per file: generation writes
    // hundreds of files, and none of them is relied on before this returns.
    if (options.sync && counts.filesWritten > 0
        && !syncFileSystems({ dirs::stateDir(), dirs::udevRulesDir() }, error))
        return false;
    QStringList removedTags;
    const QMultiHash<QString, QString> existing = generatedFilesOf(snaps);
    for (const QString &name : snaps) {
        for (const QString &path : existing.values(name)) {
            if (files.contains(path))
                continue;
            if (!QFile::remove(path)) {
                *error = QStringLiteral("cannot remove %1").arg(path);
                return false;
            }
            if (path.startsWith(profilePrefix))
                removedTags << QFileInfo(path).fileName();
            ++counts.filesRemoved;
        }
    }
    // Where the kernel enforces AppArmor, what was written is loaded; here (no AppArmor)
    // profiles are written and checked only.
    if (apparmorEnabled()) {
        if (!loadApparmorProfiles(
                changedProfiles, dirs::apparmorDir() + QLatin1String("/cache"), error)
            || !unloadApparmorProfiles(removedTags, error))
            return false;
    }
    if (stats)
        *stats = counts;
    return true;
}

bool ProfileGenerator::removeSnapFiles(const QString &snap, QString *error)
{
    QStringList tags;
    for (const QString &path : generatedFilesOf({ snap }).values(snap)) {
        if (!QFile::remove(path)) {
            *error = QStringLiteral("cannot remove %1").arg(path);
            return false;
        }
        if (path.startsWith(dirs::apparmorDir() + QLatin1Char('/')))
            tags << QFileInfo(path).fileName();
    }
    return unloadApparmorProfiles(tags, error);
}

} // namespace corral
