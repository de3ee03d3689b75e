#include "interfaces/snapmanager.h"

#include "interfaces/atomicfile.h"
#include "interfaces/desktopfiles.h"
#include "interfaces/dirs.h"
#include "interfaces/interfacemanager.h"
#include "interfaces/mounts.h"
#include "interfaces/snapyaml.h"
#include "interfaces/validate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <optional>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

namespace corral {
namespace {

QString errnoString(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

QString quoted(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

bool exists(const QString &path)
{
    struct stat st;
    return ::lstat(encoded(path).constData(), &st) == 0;
}

// Undo steps for an operation in progress, run newest first when the operation does not
// reach commit(). Every step is written so that running it when its action did not
// happen (or was already undone) is harmless.
class Rollback
{
public:
    Rollback() = default;
    ~Rollback()
    {
        if (m_committed)
            return;
        for (auto it = m_steps.crbegin(); it != m_steps.crend(); ++it)
            (*it)();
    }
    Rollback(const Rollback &) = delete;
    Rollback &operator=(const Rollback &) = delete;

    void add(std::function<void()> step) { m_steps.append(std::move(step)); }
    void commit() { m_committed = true; }

private:
    QList<std::function<void()>> m_steps;
    bool m_committed = false;
};

// Takes the state lock and loads the state, which must list `name`; what remove and
// revert start with.
std::optional<State> lockAndLoadInstalled(StateLock &lock, const QString &name, QString *error)
{
    if (!lock.acquire(error))
        return std::nullopt;
    std::optional<State> state = loadState(error);
    if (state && !state->snaps.contains(name)) {
        *error = QStringLiteral("snap is not installed");
        return std::nullopt;
    }
    return state;
}

// Connections and profiles follow the snaps: they are worked out on the new state before
// it is saved (so a change whose profiles cannot be generated is not made at all), and
// regenerated from the old state should a later step fail.
bool updateProfiles(const State &before, State &after, const QString &snap, bool autoConnect,
    Rollback &rollback, QStringList *warnings, QString *why)
{
    if (!beginPendingChange(why))
        return false;
    // Undone newest first: the old profiles come back, then the marker goes (it stays
    // if we die in between, and the next start regenerates everything).
    rollback.add([] { endPendingChange(); });
    rollback.add([before, snap] {
        State old = before;
        QString ignored;
        updateConnectionsAfterChange(old, snap, false, nullptr, &ignored);
    });
    return updateConnectionsAfterChange(after, snap, autoConnect, warnings, why);
}

// Creates `path` and its missing parents with `mode` (whatever the umask), owned by
// whoever runs this (root, when it matters), and registers the removal of each directory
// it created.
bool makeDirs(const QString &path, mode_t mode, Rollback &rollback, QString *why)
{
    QStringList missing;
    for (QString dir = QDir::cleanPath(path);; dir = QFileInfo(dir).path()) {
        struct stat st;
        if (::stat(encoded(dir).constData(), &st) == 0) {
            if (!S_ISDIR(st.st_mode)) {
                *why = QStringLiteral("%1 is not a directory").arg(dir);
                return false;
            }
            break;
        }
        if (errno != ENOENT) {
            *why = QStringLiteral("cannot inspect %1: %2").arg(dir, errnoString(errno));
            return false;
        }
        missing.prepend(dir);
        if (dir == QLatin1String("/"))
            break;
    }
    for (const QString &dir : std::as_const(missing)) {
        const QByteArray name = encoded(dir);
        if (::mkdir(name.constData(), mode) < 0) {
            *why = QStringLiteral("cannot create %1: %2").arg(dir, errnoString(errno));
            return false;
        }
        rollback.add([name] { ::rmdir(name.constData()); });
        if (::chmod(name.constData(), mode) < 0) {
            *why = QStringLiteral("cannot set the mode of %1: %2").arg(dir, errnoString(errno));
            return false;
        }
    }
    return true;
}

// Removes a directory tree, refusing when something is mounted inside it: deleting
// through a mount would destroy what is mounted there instead.
bool removeTree(const QString &path, QString *why)
{
    if (!exists(path))
        return true;
    if (const QStringList mounts = mountPointsUnder(path); !mounts.isEmpty()) {
        *why = QStringLiteral("cannot remove %1: %2 is mounted inside it")
                   .arg(path, mounts.constFirst());
        return false;
    }
    // QDir::removeRecursively does not follow symlinks to directories.
    if (!QDir(path).removeRecursively()) {
        *why = QStringLiteral("cannot remove %1").arg(path);
        return false;
    }
    return true;
}

// The target of a symlink as written (relative targets stay relative).
QString rawLinkTarget(const QString &path)
{
    QByteArray buffer(4096, Qt::Uninitialized);
    const ssize_t length
        = ::readlink(encoded(path).constData(), buffer.data(), size_t(buffer.size()));
    if (length < 0 || length >= buffer.size())
        return QString();
    return QFile::decodeName(buffer.left(length));
}

// Points `link` at `target` so that there is no moment without a link: a new symlink
// under a unique temporary name, renamed over the old one.
bool replaceSymlink(const QString &link, const QString &target, QString *why)
{
    const QString dir = QFileInfo(link).path();
    for (int attempt = 0;; ++attempt) {
        const QByteArray temp = encoded(QStringLiteral("%1/.%2.%3-%4")
                                            .arg(dir, QFileInfo(link).fileName())
                                            .arg(::getpid())
                                            .arg(attempt));
        if (::symlink(encoded(target).constData(), temp.constData()) < 0) {
            if (errno == EEXIST && attempt < 100)
                continue;
            *why = QStringLiteral("cannot create a symlink in %1: %2").arg(dir, errnoString(errno));
            return false;
        }
        if (::rename(temp.constData(), encoded(link).constData()) < 0) {
            const int saved = errno;
            ::unlink(temp.constData());
            *why = QStringLiteral("cannot replace %1: %2").arg(link, errnoString(saved));
            return false;
        }
        return true;
    }
}

// Points <mount>/<snap>/current and /var/snap/<snap>/current at `revision`, registering
// how to put back what was there.
bool switchCurrent(const QString &snap, const QString &revision, Rollback &rollback, QString *why)
{
    for (const QString &link : { dirs::snapMountPath(snap) + QLatin1String("/current"),
             dirs::snapDataPath(snap) + QLatin1String("/current") }) {
        struct stat st;
        const bool wasLink = ::lstat(encoded(link).constData(), &st) == 0;
        if (wasLink && !S_ISLNK(st.st_mode)) {
            *why = QStringLiteral("%1 exists and is not a symlink").arg(link);
            return false;
        }
        const QString old = wasLink ? rawLinkTarget(link) : QString();
        if (!replaceSymlink(link, revision, why))
            return false;
        rollback.add([link, old] {
            QString ignored;
            if (old.isEmpty())
                ::unlink(encoded(link).constData());
            else
                replaceSymlink(link, old, &ignored);
        });
    }
    return true;
}

// Copies a file into a new file that only root may read, and syncs it.
bool copyFile(const QString &source, const QString &target, QString *why)
{
    const int in = ::open(encoded(source).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (in < 0) {
        *why = QStringLiteral("cannot read %1: %2").arg(source, errnoString(errno));
        return false;
    }
    const int out = ::open(
        encoded(target).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (out < 0) {
        *why = QStringLiteral("cannot create %1: %2").arg(target, errnoString(errno));
        ::close(in);
        return false;
    }
    bool ok = true;
    QString failure;
    QByteArray buffer(1 << 18, Qt::Uninitialized);
    while (ok) {
        const ssize_t n = ::read(in, buffer.data(), size_t(buffer.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            ok = false;
            failure = QStringLiteral("cannot read %1: %2").arg(source, errnoString(errno));
            break;
        }
        if (n == 0)
            break;
        for (ssize_t done = 0; ok && done < n;) {
            const ssize_t w = ::write(out, buffer.constData() + done, size_t(n - done));
            if (w < 0 && errno == EINTR)
                continue;
            if (w < 0) {
                ok = false;
                failure = QStringLiteral("cannot write %1: %2").arg(target, errnoString(errno));
            } else {
                done += w;
            }
        }
    }
    if (ok && geteuid() == 0 && ::fchown(out, 0, 0) < 0) {
        ok = false;
        failure = QStringLiteral("cannot set the owner of %1: %2").arg(target, errnoString(errno));
    }
    if (ok && (::fchmod(out, 0600) < 0 || ::fsync(out) < 0)) {
        ok = false;
        failure = QStringLiteral("cannot write %1: %2").arg(target, errnoString(errno));
    }
    ::close(in);
    if (::close(out) < 0 && ok) {
        ok = false;
        failure = QStringLiteral("cannot write %1: %2").arg(target, errnoString(errno));
    }
    if (!ok) {
        ::unlink(encoded(target).constData());
        *why = failure;
    }
    return ok;
}

// Copies a revision's data directory to the new revision's, which must not exist yet.
// This runs `cp -a` (as snapd does) rather than a hand-written walk: it keeps modes,
// owners, timestamps, symlinks, hard links, sparse files, device nodes, ACLs and
// extended attributes (security labels), which a copy that misses any of them would
// silently lose for the app.
bool copyData(const QString &source, const QString &target, QString *why)
{
    QString cp = QStringLiteral("/usr/bin/cp");
    if (!QFileInfo(cp).isExecutable())
        cp = QStringLiteral("/bin/cp");
    QProcess process;
    process.setProgram(cp);
    process.setArguments({ QStringLiteral("-a"), QStringLiteral("--no-target-directory"),
        QStringLiteral("--"), source, target });
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted(-1)) {
        *why = QStringLiteral("cannot run %1: %2").arg(cp, process.errorString());
        return false;
    }
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString output = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        *why = QStringLiteral("cannot copy %1 to %2: %3")
                   .arg(source, target, output.isEmpty() ? QStringLiteral("cp failed") : output);
        return false;
    }
    return true;
}

QString joinProblems(
    const Problems &problems, const QString &from = QString(), const QString &to = QString())
{
    QStringList lines;
    for (const Problem &problem : problems) {
        QString line = problem.toString();
        // Problems found in the staging mount name the .snap file instead: the mount is
        // gone by the time anyone reads the message.
        if (!from.isEmpty())
            line.replace(from, to);
        lines << line;
    }
    return lines.join(QLatin1String("; "));
}

// Mounts one installed revision at its place, creating the directory if needed.
bool mountRevision(const QString &snap, const RevisionState &revision, QString *why)
{
    const QString target = dirs::snapMountPath(snap, revision.revision);
    if (!QDir().mkpath(target)) {
        *why = QStringLiteral("cannot create %1").arg(target);
        return false;
    }
    if (revision.isDirectory())
        return bindMountReadOnly(revision.sourceDir, target, why);
    return mountSquashfs(dirs::snapBlobPath(snap, revision.revision), target, why);
}

bool linkPointsAt(const QString &link, const QString &revision)
{
    return rawLinkTarget(link) == revision;
}

bool needsMounting(const State &state)
{
    for (const SnapState &snap : state.snaps) {
        for (const RevisionState &revision : snap.revisions) {
            if (!isMountPoint(dirs::snapMountPath(snap.name, revision.revision)))
                return true;
        }
        if (!linkPointsAt(dirs::snapMountPath(snap.name) + QLatin1String("/current"), snap.current))
            return true;
        if (exists(dirs::snapDataPath(snap.name))
            && !linkPointsAt(
                dirs::snapDataPath(snap.name) + QLatin1String("/current"), snap.current))
            return true;
    }
    return false;
}

// The work of ensureMounted(), for a caller that holds the state lock.
QStringList mountMissing(const State &state)
{
    QStringList messages;
    for (const SnapState &snap : state.snaps) {
        for (const RevisionState &revision : snap.revisions) {
            if (isMountPoint(dirs::snapMountPath(snap.name, revision.revision)))
                continue;
            QString why;
            if (!mountRevision(snap.name, revision, &why)) {
                messages << QStringLiteral("cannot mount %1 revision %2: %3")
                                .arg(quoted(snap.name), revision.revision, why);
            }
        }
        // An interrupted install or revert may have left `current` pointing elsewhere;
        // the state is what counts.
        for (const QString &link : { dirs::snapMountPath(snap.name) + QLatin1String("/current"),
                 dirs::snapDataPath(snap.name) + QLatin1String("/current") }) {
            if (!exists(QFileInfo(link).path()) || linkPointsAt(link, snap.current))
                continue;
            QString why;
            if (!replaceSymlink(link, snap.current, &why))
                messages << QStringLiteral("cannot repair %1: %2").arg(link, why);
        }
    }
    return messages;
}

// Undoes a revision that the state no longer lists. Best effort: what cannot be
// removed is reported, and is harmless garbage since nothing refers to it.
void discardRevision(const QString &snap, const RevisionState &revision, QStringList *warnings)
{
    const QString mountPoint = dirs::snapMountPath(snap, revision.revision);
    QString why;
    if (!unmountIfMounted(mountPoint, &why)) {
        *warnings << why;
        return;
    }
    if (::rmdir(encoded(mountPoint).constData()) < 0 && errno != ENOENT)
        *warnings << QStringLiteral("cannot remove %1: %2").arg(mountPoint, errnoString(errno));
    if (!revision.isDirectory()) {
        const QString blob = dirs::snapBlobPath(snap, revision.revision);
        if (::unlink(encoded(blob).constData()) < 0 && errno != ENOENT)
            *warnings << QStringLiteral("cannot remove %1: %2").arg(blob, errnoString(errno));
    }
    if (!removeTree(dirs::snapDataPath(snap, revision.revision), &why))
        *warnings << why;
}

QString missingBaseProblem(const QString &base)
{
    return QStringLiteral("base %1 is not installed; the snap cannot run until it is")
        .arg(quoted(base));
}

InstalledSnap describe(const State &state, const SnapState &snap)
{
    InstalledSnap installed;
    installed.state = snap;
    if (const RevisionState *current = snap.currentRevision()) {
        installed.devmode = current->devmode;
        installed.classic = current->classic;
    }
    const QString mountPoint = dirs::snapMountPath(snap.name, snap.current);
    if (!isMountPoint(mountPoint)) {
        installed.problem = QStringLiteral("revision %1 is not mounted").arg(snap.current);
        return installed;
    }
    SnapYamlResult yaml = readSnapYaml(mountPoint);
    if (!yaml.ok()) {
        installed.problem = joinProblems(yaml.errors);
        return installed;
    }
    installed.info = std::move(yaml.snap);
    const QString base = installed.info->effectiveBase();
    if (!base.isEmpty() && !state.snaps.contains(base)) {
        installed.baseMissing = true;
        installed.problem = missingBaseProblem(base);
    }
    return installed;
}

// ---- exported .desktop files ----

// The desktop files exported for a snap now: file name → content.
QMap<QString, QByteArray> exportedDesktopFiles(const QString &snap)
{
    QMap<QString, QByteArray> files;
    const QString dir = dirs::desktopApplicationsDir();
    // Snap and app names have no '_', so the prefix belongs to this snap alone.
    const QStringList names = QDir(dir).entryList(
        { snap + QLatin1String("_*.desktop") }, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        QFile file(dir + QLatin1Char('/') + name);
        if (file.open(QIODevice::ReadOnly))
            files.insert(name, file.readAll());
    }
    return files;
}

// Works out the desktop files of the apps of `info`, mounted at `mountPoint`, from
// meta/gui/<app>.desktop or generated. Problems name the files below `shownPath`.
std::optional<QMap<QString, QByteArray>> desktopFilesOf(
    const SnapInfo &info, const QString &mountPoint, const QString &shownPath, QString *why)
{
    DesktopContext context;
    context.snap = info.name;
    context.title = info.title;
    context.apps = info.apps.keys();
    context.launcher = QStringLiteral(CORRAL_LAUNCH_INSTALL_PATH);
    context.snapMountDir = QStringLiteral(CORRAL_SNAP_MOUNT_DIR);
    for (const char *icon : { "meta/gui/icon.png", "meta/gui/icon.svg" }) {
        if (QFileInfo(mountPoint + QLatin1Char('/') + QLatin1String(icon)).isFile()) {
            context.snapIcon = context.snapMountDir + QLatin1Char('/') + info.name
                + QLatin1String("/current/") + QLatin1String(icon);
            break;
        }
    }
    QMap<QString, QByteArray> files;
    for (const AppInfo &app : info.apps) {
        if (app.isDaemon())
            continue; // services are started by the system, not from a menu
        const QString relative = QStringLiteral("meta/gui/%1.desktop").arg(app.name);
        const QString source = mountPoint + QLatin1Char('/') + relative;
        const QString shown = shownPath + QLatin1Char('/') + relative;
        const QString exported = exportedDesktopFileName(info.name, app.name);
        if (!exists(source)) {
            files.insert(exported, generateDesktopFile(context, app.name));
            continue;
        }
        // A symlink could point at any file of the host: only files inside the snap count.
        const QString canonical = QFileInfo(source).canonicalFilePath();
        if (!canonical.startsWith(QFileInfo(mountPoint).canonicalFilePath() + QLatin1Char('/'))
            || !QFileInfo(canonical).isFile()) {
            *why
                = QStringLiteral("%1: cannot export desktop file: it is not a file inside the snap")
                      .arg(shown);
            return std::nullopt;
        }
        QFile file(canonical);
        if (!file.open(QIODevice::ReadOnly)) {
            *why = QStringLiteral("cannot read %1: %2").arg(shown, file.errorString());
            return std::nullopt;
        }
        const DesktopFileResult result
            = rewriteDesktopFile(file.read(maxDesktopFileSize + 1), shown, context, app.name);
        if (!result.ok()) {
            *why = joinProblems(result.problems);
            return std::nullopt;
        }
        files.insert(exported, result.text);
    }
    return files;
}

// Replaces the desktop files exported for `snap` with `files`, registering how to put
// back those that were there before.
bool exportDesktopFiles(
    const QString &snap, const QMap<QString, QByteArray> &files, Rollback &rollback, QString *why)
{
    const QMap<QString, QByteArray> before = exportedDesktopFiles(snap);
    if (files.isEmpty() && before.isEmpty())
        return true;
    const QString dir = dirs::desktopApplicationsDir();
    if (!makeDirs(dir, 0755, rollback, why))
        return false;
    rollback.add([snap, dir, before] {
        const QMap<QString, QByteArray> now = exportedDesktopFiles(snap);
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            if (!before.contains(it.key()))
                ::unlink(encoded(dir + QLatin1Char('/') + it.key()).constData());
        }
        QString ignored;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (now.value(it.key()) != it.value())
                writeFileAtomically(dir + QLatin1Char('/') + it.key(), it.value(), &ignored);
        }
    });
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!writeFileAtomically(dir + QLatin1Char('/') + it.key(), it.value(), why, 0644))
            return false;
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QString path = dir + QLatin1Char('/') + it.key();
        if (!files.contains(it.key()) && ::unlink(encoded(path).constData()) < 0
            && errno != ENOENT) {
            *why = QStringLiteral("cannot remove %1: %2").arg(path, errnoString(errno));
            return false;
        }
    }
    return true;
}

// After a removal: the snap's desktop files go (the directory stays, for the next ones).
void unexportDesktopFiles(const QString &snap, QStringList *warnings)
{
    const QString dir = dirs::desktopApplicationsDir();
    const QStringList names = exportedDesktopFiles(snap).keys();
    for (const QString &name : names) {
        const QString path = dir + QLatin1Char('/') + name;
        if (::unlink(encoded(path).constData()) < 0 && errno != ENOENT)
            *warnings << QStringLiteral("cannot remove %1: %2").arg(path, errnoString(errno));
    }
}

// How install, remove and revert end when they do not succeed: fail() for what went
// wrong, refuse() for a request that does not fit (the file is no snap, the snap is in
// use, …): nothing was changed, and the caller, not the machine, has something to fix.
struct Ending
{
    Outcome &outcome;
    const char *verb;
    const QString &subject; // the quoted snap name, or what stands for it until known

    Outcome fail(const QString &why) const
    {
        outcome.ok = false;
        outcome.error = QStringLiteral("cannot %1 %2: %3").arg(QLatin1String(verb), subject, why);
        return outcome;
    }
    Outcome refuse(const QString &why) const
    {
        Outcome refused = fail(why);
        refused.refused = true;
        return refused;
    }
};

} // namespace

Outcome SnapManager::install(const QString &path, const InstallOptions &options)
{
    Outcome outcome;
    // Until snap.yaml has been read the snap has no name; messages then name the file.
    QString subject = QStringLiteral("snap");
    const Ending ending { outcome, "install", subject };

    QString error;
    StateLock lock;
    if (!lock.acquire(&error))
        return ending.fail(error);
    const std::optional<State> state = loadState(&error);
    if (!state)
        return ending.fail(error);

    // Every change below registers its undo here. Until commit() (right after the state
    // is saved), leaving this function for any reason puts everything back.
    Rollback rollback;
    QString why;
    // Made here rather than by saveState() so that a failed first install takes it away.
    if (!makeDirs(dirs::stateDir(), 0755, rollback, &why))
        return ending.fail(why);

    struct stat st;
    if (::stat(encoded(path).constData(), &st) < 0)
        return ending.fail(QStringLiteral("%1: %2").arg(path, errnoString(errno)));
    const bool isDirectory = S_ISDIR(st.st_mode);
    if (isDirectory && !options.dangerous) {
        return ending.fail(
            QStringLiteral("%1 is a directory; use --dangerous to install an unpacked snap from it")
                .arg(path));
    }

    SnapInfo info;
    QString sourceDir;
    QString stagedImage;
    QString stage;
    if (isDirectory) {
        // Recorded in the state to bind-mount it again after a reboot, so it must not
        // depend on the working directory or symlinks that may change.
        sourceDir = QFileInfo(path).canonicalFilePath();
        SnapYamlResult yaml = readSnapYaml(sourceDir);
        if (!yaml.ok())
            return ending.refuse(joinProblems(yaml.errors));
        for (const Problem &warning : std::as_const(yaml.warnings))
            outcome.warnings << warning.toString();
        info = *yaml.snap;
    } else {
        if (const QString problem = checkSquashfsImage(path); !problem.isEmpty())
            return ending.refuse(problem);

        // The name, and so the final place, is in the image: copy it into the staging
        // directory, and read its snap.yaml through a temporary mount of that copy.
        // Working on the copy means that what was checked is what gets installed, even
        // if the original file changes meanwhile.
        if (!makeDirs(dirs::stagingDir(), 0700, rollback, &why))
            return ending.fail(why);
        rollback.add([] { ::rmdir(encoded(dirs::stagingDir()).constData()); });
        QByteArray stageTemplate = encoded(dirs::stagingDir() + QLatin1String("/install-XXXXXX"));
        if (!::mkdtemp(stageTemplate.data())) {
            return ending.fail(QStringLiteral("cannot create a staging directory in %1: %2")
                                   .arg(dirs::stagingDir(), errnoString(errno)));
        }
        stage = QFile::decodeName(stageTemplate);
        rollback.add([stageTemplate] { ::rmdir(stageTemplate.constData()); });

        stagedImage = stage + QLatin1String("/image.snap");
        rollback.add([stagedImage] { ::unlink(encoded(stagedImage).constData()); });
        if (!copyFile(path, stagedImage, &why))
            return ending.fail(why);
        if (!checkSquashfsImage(stagedImage).isEmpty())
            return ending.fail(QStringLiteral("%1 changed while it was being copied").arg(path));

        const QString stageMount = stage + QLatin1String("/mnt");
        if (::mkdir(encoded(stageMount).constData(), 0700) < 0) {
            return ending.fail(
                QStringLiteral("cannot create %1: %2").arg(stageMount, errnoString(errno)));
        }
        rollback.add([stageMount] { ::rmdir(encoded(stageMount).constData()); });
        rollback.add([stageMount] {
            QString ignored;
            unmountIfMounted(stageMount, &ignored);
        });
        if (!mountSquashfs(stagedImage, stageMount, &why))
            return ending.fail(why);
        SnapYamlResult yaml = readSnapYaml(stageMount);
        // Unmounted before the final mount: moving a mount (MS_MOVE) is refused below a
        // shared mount, which / usually is.
        if (!unmountIfMounted(stageMount, &why))
            return ending.fail(why);
        if (!yaml.ok())
            return ending.refuse(joinProblems(yaml.errors, stageMount, path));
        for (const Problem &warning : std::as_const(yaml.warnings))
            outcome.warnings << warning.toString().replace(stageMount, path);
        info = *yaml.snap;
        ::rmdir(encoded(stageMount).constData());
    }

    const QString name = info.name;
    subject = quoted(name);
    outcome.snap = name;
    // The parser validated it already; the name becomes part of paths, so check again.
    if (const QString problem = checkSnapName(name); !problem.isEmpty())
        return ending.refuse(problem);

    if (info.confinement == Confinement::Devmode && !options.devmode)
        return ending.refuse(QStringLiteral("snap requires devmode; use --devmode"));
    if (info.confinement == Confinement::Classic && !options.classic)
        return ending.refuse(QStringLiteral("snap requires classic confinement; use --classic"));
    if (options.classic && info.confinement != Confinement::Classic) {
        outcome.warnings << QStringLiteral(
            "flag --classic ignored for %1: it is not a classic snap")
                                .arg(quoted(name));
    }

    const SnapState *existing
        = state->snaps.contains(name) ? &state->snaps.find(name).value() : nullptr;
    if (!existing) {
        // Whatever is there came from somewhere else (another snap implementation, a
        // crashed removal, a person): refuse rather than mount over it or delete it.
        for (const QString &place : { dirs::snapMountPath(name), dirs::snapDataPath(name) }) {
            if (exists(place)) {
                return ending.refuse(
                    QStringLiteral("%1 exists but was not installed by Corral; remove it first")
                        .arg(place));
            }
        }
    }

    SnapState snap;
    if (existing) {
        snap = *existing;
    } else {
        snap.name = name;
    }
    // Numbers are never reused. An interrupted install may have left files for the next
    // number that the state does not know; skip past them instead of touching them.
    int number = snap.lastLocalRevision;
    QString revision;
    do {
        ++number;
        revision = QLatin1Char('x') + QString::number(number);
    } while (exists(dirs::snapMountPath(name, revision))
        || exists(dirs::snapBlobPath(name, revision))
        || exists(dirs::snapDataPath(name, revision)));

    // The revision's mount.
    const QString mountPoint = dirs::snapMountPath(name, revision);
    if (!makeDirs(mountPoint, 0755, rollback, &why))
        return ending.fail(why);
    if (isDirectory) {
        if (!bindMountReadOnly(sourceDir, mountPoint, &why))
            return ending.fail(why);
    } else {
        if (!makeDirs(dirs::snapBlobDir(), 0700, rollback, &why))
            return ending.fail(why);
        const QString blob = dirs::snapBlobPath(name, revision);
        // RENAME_NOREPLACE: never replace a file that is there, whoever put it there.
        if (::renameat2(AT_FDCWD, encoded(stagedImage).constData(), AT_FDCWD,
                encoded(blob).constData(), RENAME_NOREPLACE)
            < 0) {
            return ending.fail(QStringLiteral("cannot move %1 to %2: %3")
                                   .arg(stagedImage, blob, errnoString(errno)));
        }
        rollback.add([blob] { ::unlink(encoded(blob).constData()); });
        if (!mountSquashfs(blob, mountPoint, &why))
            return ending.fail(why);
    }
    rollback.add([mountPoint] {
        QString ignored;
        unmountIfMounted(mountPoint, &ignored);
    });
    if (!stage.isEmpty()) {
        ::rmdir(encoded(stage).constData());
        ::rmdir(encoded(dirs::stagingDir()).constData()); // only if no other install uses it
    }

    // $SNAP_DATA, and the common directory shared by all revisions.
    const QString dataDir = dirs::snapDataPath(name, revision);
    if (!makeDirs(dirs::snapDataPath(name) + QLatin1String("/common"), 0755, rollback, &why))
        return ending.fail(why);
    const QString previousData = existing ? dirs::snapDataPath(name, existing->current) : QString();
    struct stat previousStat;
    if (!previousData.isEmpty() && ::lstat(encoded(previousData).constData(), &previousStat) == 0
        && S_ISDIR(previousStat.st_mode)) {
        // Registered first: a copy that fails halfway must not stay either. The loop
        // above made sure nothing was at dataDir before.
        rollback.add([dataDir] {
            QString ignored;
            removeTree(dataDir, &ignored);
        });
        if (!copyData(previousData, dataDir, &why))
            return ending.fail(why);
    } else {
        if (!makeDirs(dataDir, 0755, rollback, &why))
            return ending.fail(why);
        if (geteuid() == 0 && ::lchown(encoded(dataDir).constData(), 0, 0) < 0) {
            return ending.fail(
                QStringLiteral("cannot set the owner of %1: %2").arg(dataDir, errnoString(errno)));
        }
    }

    // The new state: the new revision is current; the one that was current is kept for
    // revert; any other is dropped (after the commit, below).
    RevisionState added;
    added.revision = revision;
    added.sourceDir = sourceDir;
    added.classic = info.confinement == Confinement::Classic;
    added.devmode = !added.classic && (options.devmode || info.confinement == Confinement::Devmode);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    added.installedAt = now.addMSecs(-now.time().msec()); // state keeps whole seconds
    const QString previous = existing ? existing->current : QString();
    QList<RevisionState> dropped;
    QList<RevisionState> kept;
    for (const RevisionState &r : std::as_const(snap.revisions)) {
        if (r.revision == previous)
            kept << r;
        else
            dropped << r;
    }
    kept << added;
    snap.revisions = kept;
    snap.current = revision;
    snap.lastLocalRevision = number;

    if (!switchCurrent(name, revision, rollback, &why))
        return ending.fail(why);

    // The apps' desktop files, read through the new mount; one that is not acceptable
    // refuses the whole install.
    const std::optional<QMap<QString, QByteArray>> desktopFiles
        = desktopFilesOf(info, mountPoint, path, &why);
    if (!desktopFiles)
        return ending.refuse(why);
    if (!exportDesktopFiles(name, *desktopFiles, rollback, &why))
        return ending.fail(why);

    // The commit point. The state is saved last so that it never lists a revision whose
    // mount, blob or data is not complete; should we crash before this, the leftovers
    // are unknown to the state and skipped by the next install's numbering, and the
    // `current` symlinks are put back by ensureMounted().
    State newState = *state;
    newState.snaps.insert(name, snap);
    if (!updateProfiles(*state, newState, name, true, rollback, &outcome.warnings, &why))
        return ending.fail(why);
    if (!saveState(newState, &error))
        return ending.fail(error);
    rollback.commit();
    endPendingChange();

    // The state no longer lists the dropped revisions, so removing them cannot leave it
    // pointing at something gone; a failure only leaves garbage behind.
    for (const RevisionState &r : std::as_const(dropped))
        discardRevision(name, r, &outcome.warnings);

    const QString base = info.effectiveBase();
    if (!base.isEmpty() && !newState.snaps.contains(base))
        outcome.warnings << missingBaseProblem(base);

    outcome.ok = true;
    outcome.revision = revision;
    return outcome;
}

Outcome SnapManager::remove(const QString &name)
{
    Outcome outcome;
    outcome.snap = name;
    const QString subject = quoted(name);
    const Ending ending { outcome, "remove", subject };

    QString error;
    StateLock lock;
    const std::optional<State> state = lockAndLoadInstalled(lock, name, &error);
    if (!state)
        return ending.fail(error);
    const SnapState snap = state->snaps.value(name);

    // Which snaps run on this one is in their snap.yaml, read through their mounts.
    mountMissing(*state);
    QStringList users;
    for (const SnapState &other : state->snaps) {
        if (other.name == name)
            continue;
        const SnapYamlResult yaml = readSnapYaml(dirs::snapMountPath(other.name, other.current));
        if (yaml.ok() && yaml.snap->effectiveBase() == name)
            users << other.name;
    }
    if (!users.isEmpty())
        return ending.refuse(
            QStringLiteral("it is the base of %1").arg(users.join(QLatin1String(", "))));

    // Order: unmount first (undone by mounting again from the blob or source directory
    // that are still there), then drop the snap from the state (the commit point), and
    // only then delete blobs and data, which cannot be undone. So a failure before the
    // commit changes nothing, and after it the state never lists something deleted.
    Rollback rollback;
    QString why;
    // Profiles first, while every snap is still mounted: its peers lose their connections
    // to it and its own profiles go. Undone last, after the mounts are back.
    State newState = *state;
    newState.snaps.remove(name);
    if (!updateProfiles(*state, newState, name, false, rollback, &outcome.warnings, &why))
        return ending.fail(why);
    for (const RevisionState &revision : snap.revisions) {
        const QString mountPoint = dirs::snapMountPath(name, revision.revision);
        if (!isMountPoint(mountPoint))
            continue;
        if (!unmountIfMounted(mountPoint, &why))
            return ending.fail(why);
        rollback.add([name, revision] {
            QString ignored;
            mountRevision(name, revision, &ignored);
        });
    }

    if (!saveState(newState, &error))
        return ending.fail(error);
    rollback.commit();
    endPendingChange();

    QStringList &warnings = outcome.warnings;
    unexportDesktopFiles(name, &warnings);
    for (const RevisionState &revision : snap.revisions)
        discardRevision(name, revision, &warnings);
    const QString mountDir = dirs::snapMountPath(name);
    const QString currentLink = mountDir + QLatin1String("/current");
    if (::unlink(encoded(currentLink).constData()) < 0 && errno != ENOENT)
        warnings << QStringLiteral("cannot remove %1: %2").arg(currentLink, errnoString(errno));
    if (::rmdir(encoded(mountDir).constData()) < 0 && errno != ENOENT)
        warnings << QStringLiteral("cannot remove %1: %2").arg(mountDir, errnoString(errno));
    if (!removeTree(dirs::snapDataPath(name), &why))
        warnings << why;
    // The launcher's preserved mount namespace would keep the unmounted squashfs pinned.
    const QString preserved = dirs::namespaceDir() + QLatin1Char('/') + name;
    const QByteArray nsFile = encoded(preserved + QLatin1String(".mnt"));
    if (isMountPoint(preserved + QLatin1String(".mnt"))
        && ::umount2(nsFile.constData(), MNT_DETACH) < 0)
        warnings << QStringLiteral("cannot release %1: %2")
                        .arg(preserved + QLatin1String(".mnt"), errnoString(errno));
    for (const char *suffix : { ".mnt", ".info" }) {
        const QByteArray file = encoded(preserved + QLatin1String(suffix));
        if (::unlink(file.constData()) < 0 && errno != ENOENT)
            warnings << QStringLiteral("cannot remove %1: %2")
                            .arg(QString::fromUtf8(file), errnoString(errno));
    }

    outcome.ok = true;
    return outcome;
}

Outcome SnapManager::revert(const QString &name)
{
    Outcome outcome;
    outcome.snap = name;
    const QString subject = quoted(name);
    const Ending ending { outcome, "revert", subject };

    QString error;
    StateLock lock;
    const std::optional<State> state = lockAndLoadInstalled(lock, name, &error);
    if (!state)
        return ending.fail(error);
    SnapState snap = state->snaps.value(name);
    const RevisionState *previous = snap.previousRevision();
    if (!previous)
        return ending.refuse(QStringLiteral("no previous revision to revert to"));
    const RevisionState target = *previous;

    Rollback rollback;
    QString why;
    const QString mountPoint = dirs::snapMountPath(name, target.revision);
    if (!isMountPoint(mountPoint)) {
        if (!mountRevision(name, target, &why))
            return ending.fail(why);
        rollback.add([mountPoint] {
            QString ignored;
            unmountIfMounted(mountPoint, &ignored);
        });
    }
    if (!switchCurrent(name, target.revision, rollback, &why))
        return ending.fail(why);
    // The desktop files the reverted revision declares.
    const SnapYamlResult yaml = readSnapYaml(mountPoint);
    if (!yaml.ok())
        return ending.fail(joinProblems(yaml.errors));
    const std::optional<QMap<QString, QByteArray>> desktopFiles
        = desktopFilesOf(*yaml.snap, mountPoint, mountPoint, &why);
    if (!desktopFiles || !exportDesktopFiles(name, *desktopFiles, rollback, &why))
        return ending.fail(why);

    // The state is saved last, as for install: until then the symlinks are put back on
    // failure, and after a crash ensureMounted() points them where the state says.
    snap.current = target.revision;
    State newState = *state;
    newState.snaps.insert(name, snap);
    if (!updateProfiles(*state, newState, name, true, rollback, &outcome.warnings, &why))
        return ending.fail(why);
    if (!saveState(newState, &error))
        return ending.fail(error);
    rollback.commit();
    endPendingChange();

    outcome.ok = true;
    outcome.revision = target.revision;
    return outcome;
}

std::optional<QList<InstalledSnap>> SnapManager::list(QString *error)
{
    // After a reboot nothing is mounted; whoever asks first (as root) puts it back.
    if (geteuid() == 0)
        ensureMounted();
    const std::optional<State> state = loadState(error);
    if (!state)
        return std::nullopt;
    return describeAll(*state);
}

QList<InstalledSnap> SnapManager::describeAll(const State &state)
{
    QList<InstalledSnap> snaps;
    for (const SnapState &snap : state.snaps)
        snaps << describe(state, snap);
    return snaps;
}

std::optional<InstalledSnap> SnapManager::info(const QString &name, QString *error)
{
    if (geteuid() == 0)
        ensureMounted();
    const std::optional<State> state = loadState(error);
    if (!state)
        return std::nullopt;
    if (!state->snaps.contains(name)) {
        if (error)
            *error = QStringLiteral("cannot show %1: snap is not installed").arg(quoted(name));
        return std::nullopt;
    }
    return describe(*state, state->snaps.value(name));
}

QString confinementOf(const InstalledSnap &snap)
{
    if (snap.classic)
        return toString(Confinement::Classic);
    if (snap.devmode)
        return toString(Confinement::Devmode);
    return snap.info ? toString(snap.info->confinement) : QString();
}

QStringList SnapManager::removeLeftovers()
{
    QString error;
    StateLock lock;
    if (!lock.acquire(&error))
        return { error };
    const QString staging = dirs::stagingDir();
    QStringList problems;
    const QStringList mounts = mountPointsUnder(staging);
    for (auto it = mounts.crbegin(); it != mounts.crend(); ++it) {
        if (!unmountIfMounted(*it, &error))
            problems << error;
    }
    const QStringList entries
        = QDir(staging).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString &entry : entries) {
        const QString path = staging + QLatin1Char('/') + entry;
        const QFileInfo info(path);
        QString why;
        if (info.isDir() && !info.isSymLink()) {
            if (!removeTree(path, &why))
                problems << why;
        } else if (!QFile::remove(path)) {
            problems << QStringLiteral("cannot remove %1").arg(path);
        }
    }
    return problems;
}

QStringList SnapManager::ensureMounted()
{
    QString error;
    // Checked without the lock first: the usual answer is "all mounted", and then a
    // read-only command need not wait for, or create, anything.
    std::optional<State> state = loadState(&error);
    if (!state)
        return { error };
    if (!needsMounting(*state))
        return {};
    StateLock lock;
    if (!lock.acquire(&error))
        return { error };
    state = loadState(&error); // may have changed while we waited
    if (!state)
        return { error };
    return mountMissing(*state);
}

} // namespace corral
