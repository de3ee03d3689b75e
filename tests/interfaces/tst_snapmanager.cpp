// Tests interfaces/snapmanager.cpp (and mounts.cpp under it) for real, as root: snaps are
// loop-mounted from squashfs images in a temporary CORRAL_ROOT. Every test starts from a
// fresh root, and whatever happens, everything mounted below it is unmounted afterwards.
#include "interfaces/dirs.h"
#include "interfaces/interfacemanager.h"
#include "interfaces/mounts.h"
#include "interfaces/snapmanager.h"
#include "interfaces/snapyaml.h"
#include "interfaces/state.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <linux/loop.h>
#include <memory>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace corral;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

QString example(const char *name)
{
    return QStringLiteral(CORRAL_EXAMPLES_DIR "/%1.snap").arg(QLatin1String(name));
}

// ---- what is mounted and attached, read independently of the code under test ----

struct MountEntry
{
    QString point;
    QString fsType;
    QString source;
    QStringList options; // per-mount options
};

QString unescape(const QByteArray &field)
{
    QByteArray out;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            out.append(char(field.mid(i + 1, 3).toInt(nullptr, 8)));
            i += 3;
        } else {
            out.append(field[i]);
        }
    }
    return QFile::decodeName(out);
}

QList<MountEntry> mountTable()
{
    QList<MountEntry> entries;
    QFile file(QStringLiteral("/proc/self/mountinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        const qsizetype dash = fields.indexOf("-");
        if (fields.size() < 7 || dash < 6 || dash + 2 >= fields.size())
            continue;
        entries.append({ unescape(fields[4]), QString::fromLatin1(fields[dash + 1]),
            unescape(fields[dash + 2]), QString::fromLatin1(fields[5]).split(QLatin1Char(',')) });
    }
    return entries;
}

QList<MountEntry> mountsUnder(const QString &top)
{
    QList<MountEntry> found;
    for (const MountEntry &entry : mountTable()) {
        if (entry.point == top || entry.point.startsWith(top + QLatin1Char('/')))
            found.append(entry);
    }
    return found;
}

std::optional<MountEntry> mountAt(const QString &point)
{
    std::optional<MountEntry> last;
    for (const MountEntry &entry : mountTable()) {
        if (entry.point == point)
            last = entry; // the topmost one counts
    }
    return last;
}

// "loopN <backing file>" for every attached loop device whose file is below `top`.
QStringList loopDevicesUnder(const QString &top)
{
    QStringList found;
    QDirIterator it(QStringLiteral("/sys/block"), { QStringLiteral("loop*") }, QDir::Dirs);
    while (it.hasNext()) {
        it.next();
        const QString backing
            = QString::fromLocal8Bit(readAll(it.filePath() + QLatin1String("/loop/backing_file")))
                  .trimmed();
        if (backing.startsWith(top + QLatin1Char('/')))
            found << it.fileName() + QLatin1Char(' ') + backing;
    }
    found.sort();
    return found;
}

// Autoclear detaches a loop device shortly after its unmount, not at once.
QStringList settledLoopDevicesUnder(const QString &top, const QStringList &expected)
{
    QStringList now = loopDevicesUnder(top);
    QElapsedTimer timer;
    timer.start();
    while (now != expected && timer.elapsed() < 5000) {
        QThread::msleep(20);
        now = loopDevicesUnder(top);
    }
    return now;
}

// Takes every mount below `top` off (deepest first, lazily so that nothing can refuse),
// then detaches any loop device still backed by a file below it.
void unmountEverythingUnder(const QString &top)
{
    for (int pass = 0; pass < 8; ++pass) {
        QStringList points;
        for (const MountEntry &entry : mountsUnder(top))
            points << entry.point;
        if (points.isEmpty())
            break;
        std::sort(points.begin(), points.end(), [](const QString &a, const QString &b) {
            return a.count(QLatin1Char('/')) > b.count(QLatin1Char('/'));
        });
        for (const QString &point : points)
            ::umount2(QFile::encodeName(point).constData(), MNT_DETACH | UMOUNT_NOFOLLOW);
    }
    if (settledLoopDevicesUnder(top, {}).isEmpty())
        return;
    for (const QString &entry : loopDevicesUnder(top)) {
        const QByteArray device = "/dev/" + entry.section(QLatin1Char(' '), 0, 0).toLatin1();
        const int fd = ::open(device.constData(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            ::ioctl(fd, LOOP_CLR_FD, 0);
            ::close(fd);
        }
    }
}

// The temporary tree one test works in: <tmp>/root is CORRAL_ROOT, <tmp>/work holds the
// snaps the test makes. Destroying it unmounts everything below it and removes it, so
// even a test that fails halfway leaves nothing mounted or attached on the machine.
class TestTree
{
public:
    TestTree()
        : m_dir(QDir::tempPath() + QLatin1String("/tst_snapmanager-XXXXXX"))
    {
        if (!m_dir.isValid())
            return;
        m_path = QDir(m_dir.path()).canonicalPath();
        QDir().mkpath(root());
        QDir().mkpath(work());
        // Marks the tree as this process's, for the sweep of an earlier run that crashed.
        writeAll(m_path + QLatin1String("/pid"), QByteArray::number(::getpid()));
        qputenv("CORRAL_ROOT", QFile::encodeName(root()));
    }
    ~TestTree()
    {
        qunsetenv("CORRAL_ROOT");
        if (m_path.isEmpty())
            return;
        unmountEverythingUnder(m_path);
        // Never delete through a mount that would not go away.
        if (!mountsUnder(m_path).isEmpty())
            m_dir.setAutoRemove(false);
    }
    TestTree(const TestTree &) = delete;
    TestTree &operator=(const TestTree &) = delete;

    bool isValid() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    QString root() const { return m_path + QLatin1String("/root"); }
    QString work() const { return m_path + QLatin1String("/work"); }
    QString at(const QString &relative) const { return root() + QLatin1Char('/') + relative; }
    // Below the snap mount directory (CORRAL_SNAP_MOUNT_DIR below the root).
    QString mounted(const QString &relative) const
    {
        return dirs::snapMountDir() + QLatin1Char('/') + relative;
    }

    // Cleans up after earlier runs of this test that died without cleaning up.
    static void sweepAbandoned()
    {
        QDirIterator it(QDir::tempPath(), { QStringLiteral("tst_snapmanager-*") }, QDir::Dirs);
        while (it.hasNext()) {
            const QString dir = QDir(it.next()).canonicalPath();
            const int pid = readAll(dir + QLatin1String("/pid")).toInt();
            if (pid <= 0 || ::kill(pid, 0) == 0 || errno != ESRCH)
                continue;
            unmountEverythingUnder(dir);
            if (mountsUnder(dir).isEmpty())
                QDir(dir).removeRecursively();
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

// The target of a symlink exactly as written.
QString rawLink(const QString &path)
{
    char buffer[4096];
    const ssize_t n = ::readlink(QFile::encodeName(path).constData(), buffer, sizeof buffer);
    return n < 0 ? QString() : QFile::decodeName(QByteArray(buffer, n));
}

// Everything a failed operation must leave as it was.
struct Snapshot
{
    QStringList files; // every path below the root with type, mode, owner and content
    QStringList mounts; // mount points below the root with their source and type
    QStringList loops; // loop devices backed by files below the tree
    QByteArray state; // state.json, byte for byte

    bool operator==(const Snapshot &other) const = default;
};

Snapshot snapshot(const TestTree &tree)
{
    Snapshot s;
    QStringList mountPoints;
    for (const MountEntry &entry : mountsUnder(tree.root())) {
        s.mounts << entry.point + QLatin1Char(' ') + entry.source + QLatin1Char(' ') + entry.fsType;
        mountPoints << entry.point;
    }
    QDirIterator it(tree.root(),
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        // What is inside a mount is the read-only snap; the mount itself is recorded above.
        bool insideMount = false;
        for (const QString &point : std::as_const(mountPoints))
            insideMount = insideMount || path.startsWith(point + QLatin1Char('/'));
        if (insideMount)
            continue;
        struct stat st;
        if (::lstat(QFile::encodeName(path).constData(), &st) < 0)
            continue;
        QString line = QStringLiteral("%1 %2 %3:%4")
                           .arg(path.mid(tree.root().size()))
                           .arg(st.st_mode, 0, 8)
                           .arg(st.st_uid)
                           .arg(st.st_gid);
        if (S_ISLNK(st.st_mode))
            line += QLatin1String(" -> ") + rawLink(path);
        else if (S_ISREG(st.st_mode))
            line += QLatin1Char(' ')
                + QString::fromLatin1(
                    QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex());
        s.files << line;
    }
    s.files.sort();
    s.loops = loopDevicesUnder(tree.path());
    s.state = readAll(dirs::stateFile());
    return s;
}

QString describe(const Snapshot &s)
{
    return QStringLiteral("files:\n  %1\nmounts:\n  %2\nloops:\n  %3\n")
        .arg(s.files.join(QLatin1String("\n  ")), s.mounts.join(QLatin1String("\n  ")),
            s.loops.join(QLatin1String("\n  ")));
}

quint64 bytesUsed(const QString &image)
{
    const QByteArray head = readAll(image).left(48);
    quint64 value = 0;
    for (int i = 7; i >= 0; --i)
        value = (value << 8) | quint8(head[40 + i]);
    return value;
}

} // namespace

class TestSnapManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void installBaseAndApps();
    void installDangerousDirectory();
    void secondInstallCopiesDataForward();
    void thirdInstallDropsTheOldest();
    void installAfterRevertKeepsTheRevertedRevision();
    void revert();
    void revertWithoutPreviousRevision();
    void remove();
    void removeOfBaseInUseIsRefused();
    void confinement_data();
    void confinement();
    void missingBase();
    void ensureMountedAfterReboot();
    void failedInstallLeavesNothingBehind_data();
    void failedInstallLeavesNothingBehind();
    void failedFirstInstallLeavesOnlyTheLock();
    void lateFailureRollsBackEverything();
    void failedDataCopyRollsBackEverything();
    void corruptStateStopsEveryChange();
    void operationsAreSerialized();
    void interruptedChangeIsRepairedOnNextStart();
    void batchOfConnectionChangesIsAllOrNothing();
    void resetConnectionsRestoresWhatAutoConnectMade();
    void failedResetLeavesTheStateAsItWas();
    void leftoversOfAnUnfinishedInstallAreRemoved();
    void installExportsDesktopFilesAndRemoveTakesThemAway();
    void revertExportsTheRevertedRevisionsDesktopFiles();
    void desktopFileOfAnotherAppFailsTheInstall_data();
    void desktopFileOfAnotherAppFailsTheInstall();
    void failureAfterTheExportPutsTheDesktopFilesBack_data();
    void failureAfterTheExportPutsTheDesktopFilesBack();

private:
    // Makes <work>/<dirName> with meta/snap.yaml (and `files`, path → content), and packs
    // it into <work>/<dirName>.snap unless pack is false. Returns the .snap or the dir.
    QString makeSnap(const QString &dirName, const QByteArray &yaml,
        const QMap<QString, QByteArray> &files = {}, bool pack = true);
    bool install(const QString &path, const InstallOptions &options = {});

    std::unique_ptr<TestTree> m_tree;
    SnapManager m_manager;
};

void TestSnapManager::initTestCase()
{
    if (geteuid() != 0)
        QSKIP("installing snaps mounts file systems, which needs root");
    TestTree::sweepAbandoned();
    for (const char *name : { "busybox-base", "hello", "photobooth" })
        QVERIFY2(QFile::exists(example(name)), qPrintable(example(name)));
}

void TestSnapManager::init()
{
    m_tree = std::make_unique<TestTree>();
    QVERIFY(m_tree->isValid());
}

void TestSnapManager::cleanup()
{
    const QString path = m_tree ? m_tree->path() : QString();
    m_tree.reset();
    // Checked after the fact too: a test that leaks must fail, not just be tidied up.
    if (!path.isEmpty()) {
        QVERIFY2(mountsUnder(path).isEmpty(), qPrintable(path));
        QVERIFY(settledLoopDevicesUnder(path, {}).isEmpty());
        QVERIFY(!QFile::exists(path));
    }
}

QString TestSnapManager::makeSnap(const QString &dirName, const QByteArray &yaml,
    const QMap<QString, QByteArray> &files, bool pack)
{
    const QString dir = m_tree->work() + QLatin1Char('/') + dirName;
    QDir().mkpath(dir + QLatin1String("/meta"));
    if (!yaml.isNull())
        writeAll(dir + QLatin1String("/meta/snap.yaml"), yaml);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = dir + QLatin1Char('/') + it.key();
        QDir().mkpath(QFileInfo(path).path());
        writeAll(path, it.value());
    }
    if (!pack)
        return dir;
    const QString out = dir + QLatin1String(".snap");
    QProcess mksquashfs;
    mksquashfs.start(QStringLiteral("mksquashfs"),
        { dir, out, QStringLiteral("-noappend"), QStringLiteral("-all-root"),
            QStringLiteral("-quiet"), QStringLiteral("-no-progress") });
    if (!mksquashfs.waitForFinished(60000) || mksquashfs.exitCode() != 0) {
        qWarning("mksquashfs failed: %s", mksquashfs.readAllStandardError().constData());
        return QString();
    }
    return out;
}

bool TestSnapManager::install(const QString &path, const InstallOptions &options)
{
    const Outcome outcome = m_manager.install(path, options);
    if (!outcome.ok)
        qWarning("%s", qPrintable(outcome.error));
    return outcome.ok;
}

void TestSnapManager::installBaseAndApps()
{
    const Outcome base = m_manager.install(example("busybox-base"), {});
    QVERIFY2(base.ok, qPrintable(base.error));
    QCOMPARE(base.snap, QStringLiteral("busybox-base"));
    QCOMPARE(base.revision, QStringLiteral("x1"));
    const Outcome hello = m_manager.install(example("hello"), {});
    QVERIFY2(hello.ok, qPrintable(hello.error));
    QCOMPARE(hello.revision, QStringLiteral("x1"));
    QVERIFY2(install(example("photobooth")), "photobooth");

    for (const QString &name :
        { QStringLiteral("busybox-base"), QStringLiteral("hello"), QStringLiteral("photobooth") }) {
        const QString mountPoint = m_tree->mounted(QStringLiteral("%1/x1").arg(name));
        const auto mount = mountAt(mountPoint);
        QVERIFY2(mount, qPrintable(mountPoint));
        QCOMPARE(mount->fsType, QStringLiteral("squashfs"));
        QVERIFY(mount->source.startsWith(QLatin1String("/dev/loop")));
        for (const char *option : { "ro", "nodev", "nosuid" })
            QVERIFY2(mount->options.contains(QLatin1String(option)), option);
        QVERIFY(isMountPoint(mountPoint));
        QCOMPARE(
            rawLink(m_tree->mounted(QStringLiteral("%1/current").arg(name))), QStringLiteral("x1"));

        // $SNAP_DATA, common, and the data `current` symlink.
        const QString data = m_tree->at(QStringLiteral("var/snap/%1/x1").arg(name));
        struct stat st;
        QCOMPARE(::lstat(QFile::encodeName(data).constData(), &st), 0);
        QVERIFY(S_ISDIR(st.st_mode));
        QCOMPARE(st.st_mode & 07777, mode_t(0755));
        QCOMPARE(st.st_uid, uid_t(0));
        QVERIFY(QFileInfo(m_tree->at(QStringLiteral("var/snap/%1/common").arg(name))).isDir());
        QCOMPARE(rawLink(m_tree->at(QStringLiteral("var/snap/%1/current").arg(name))),
            QStringLiteral("x1"));

        // The kept copy of the .snap: the same bytes, root's alone.
        const QString blob
            = m_tree->at(QStringLiteral("var/lib/corral/snaps/%1_x1.snap").arg(name));
        QCOMPARE(::stat(QFile::encodeName(blob).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600));
        QCOMPARE(st.st_uid, uid_t(0));
        QCOMPARE(readAll(blob), readAll(example(name.toLatin1().constData())));
    }
    // The loop devices are backed by the kept copies, not by the files installed from.
    const QStringList loops = loopDevicesUnder(m_tree->path());
    QCOMPARE(loops.size(), 3);
    for (const QString &loop : loops)
        QVERIFY2(loop.contains(QLatin1String("/var/lib/corral/snaps/")), qPrintable(loop));
    // Nothing is left in staging.
    QVERIFY(!QFile::exists(dirs::stagingDir()));

    // Files are read through the mount, which cannot be written.
    QVERIFY(readAll(m_tree->mounted(QStringLiteral("hello/current/meta/snap.yaml")))
                .contains("name: hello"));
    QVERIFY(QFileInfo(m_tree->mounted(QStringLiteral("busybox-base/current/bin/busybox")))
                .isExecutable());
    const int fd
        = ::open(QFile::encodeName(m_tree->mounted(QStringLiteral("hello/x1/new"))).constData(),
            O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
    QCOMPARE(fd, -1);
    QCOMPARE(errno, EROFS);

    QString error;
    const auto state = loadState(&error);
    QVERIFY2(state, qPrintable(error));
    QCOMPARE(state->snaps.keys(),
        (QStringList { QStringLiteral("busybox-base"), QStringLiteral("hello"),
            QStringLiteral("photobooth") }));
    const SnapState &snap = state->snaps[QStringLiteral("hello")];
    QCOMPARE(snap.current, QStringLiteral("x1"));
    QCOMPARE(snap.lastLocalRevision, 1);
    QCOMPARE(snap.revisions.size(), 1);
    QVERIFY(!snap.revisions[0].isDirectory());
    QVERIFY(!snap.revisions[0].devmode);
    QVERIFY(!snap.revisions[0].classic);
    QVERIFY(qAbs(snap.revisions[0].installedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);

    const auto snaps = m_manager.list(&error);
    QVERIFY2(snaps, qPrintable(error));
    QCOMPARE(snaps->size(), 3);
    for (const InstalledSnap &installed : *snaps) {
        QVERIFY2(installed.info, qPrintable(installed.problem));
        QCOMPARE(installed.info->name, installed.state.name);
        QVERIFY(!installed.baseMissing);
        QVERIFY2(installed.problem.isEmpty(), qPrintable(installed.problem));
    }
    const auto photobooth = m_manager.info(QStringLiteral("photobooth"), &error);
    QVERIFY2(photobooth, qPrintable(error));
    QCOMPARE(photobooth->info->effectiveBase(), QStringLiteral("busybox-base"));
    QVERIFY(photobooth->info->plugs.contains(QStringLiteral("camera")));

    QVERIFY(!m_manager.info(QStringLiteral("nope"), &error));
    QCOMPARE(error, QStringLiteral("cannot show \"nope\": snap is not installed"));
}

void TestSnapManager::installDangerousDirectory()
{
    const QString dir = makeSnap(QStringLiteral("devsnap"),
        "name: devsnap\nversion: '0.1'\nsummary: in development\nbase: busybox-base\n",
        { { QStringLiteral("bin/run"), "#!/bin/sh\necho dev\n" } }, false);

    const Outcome refused = m_manager.install(dir, {});
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error,
        QStringLiteral("cannot install snap: %1 is a directory; use --dangerous to install an "
                       "unpacked snap from it")
            .arg(dir));

    InstallOptions options;
    options.dangerous = true;
    const Outcome outcome = m_manager.install(dir, options);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.revision, QStringLiteral("x1"));

    const QString mountPoint = m_tree->mounted(QStringLiteral("devsnap/x1"));
    const auto mount = mountAt(mountPoint);
    QVERIFY(mount);
    QVERIFY(mount->options.contains(QStringLiteral("ro")));
    QCOMPARE(readAll(mountPoint + QLatin1String("/bin/run")), QByteArray("#!/bin/sh\necho dev\n"));
    // Changes in the directory show through (that is what it is for) but the mount itself
    // cannot be written.
    QVERIFY(writeAll(dir + QLatin1String("/bin/run"), "changed"));
    QCOMPARE(readAll(mountPoint + QLatin1String("/bin/run")), QByteArray("changed"));
    QVERIFY(!writeAll(mountPoint + QLatin1String("/bin/other"), "x"));
    QVERIFY(!QFile::exists(m_tree->at(QStringLiteral("var/lib/corral/snaps/devsnap_x1.snap"))));
    QVERIFY(QFileInfo(m_tree->at(QStringLiteral("var/snap/devsnap/x1"))).isDir());

    QString error;
    const auto state = loadState(&error);
    QVERIFY2(state, qPrintable(error));
    QCOMPARE(state->snaps[QStringLiteral("devsnap")].revisions[0].sourceDir, dir);

    // A .snap file needs no --dangerous, and may be installed with it too.
    QVERIFY(install(example("busybox-base"), options));

    // Removing the snap unmounts the directory but never deletes what is in it.
    const Outcome removed = m_manager.remove(QStringLiteral("devsnap"));
    QVERIFY2(removed.ok, qPrintable(removed.error));
    QVERIFY(!mountAt(mountPoint));
    QVERIFY(!QFile::exists(m_tree->mounted(QStringLiteral("devsnap"))));
    QCOMPARE(readAll(dir + QLatin1String("/bin/run")), QByteArray("changed"));
    QVERIFY(QFile::exists(dir + QLatin1String("/meta/snap.yaml")));
}

void TestSnapManager::secondInstallCopiesDataForward()
{
    QVERIFY(install(example("busybox-base")));
    QVERIFY(install(example("hello")));
    const QString x1 = m_tree->at(QStringLiteral("var/snap/hello/x1"));
    QVERIFY(QDir().mkpath(x1 + QLatin1String("/sub/dir")));
    QVERIFY(writeAll(x1 + QLatin1String("/sub/dir/settings"), "volume=11\n"));
    QVERIFY(writeAll(x1 + QLatin1String("/secret"), "s3cret"));
    QCOMPARE(::chmod(QFile::encodeName(x1 + QLatin1String("/secret")).constData(), 0640), 0);
    QCOMPARE(::chown(QFile::encodeName(x1 + QLatin1String("/secret")).constData(), 1234, 4321), 0);
    QCOMPARE(
        ::symlink("sub/dir/settings", QFile::encodeName(x1 + QLatin1String("/link")).constData()),
        0);
    QCOMPARE(::chmod(QFile::encodeName(x1 + QLatin1String("/sub")).constData(), 0700), 0);
    QVERIFY(writeAll(m_tree->at(QStringLiteral("var/snap/hello/common/shared")), "common"));

    const Outcome outcome = m_manager.install(example("hello"), {});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.revision, QStringLiteral("x2"));

    const QString x2 = m_tree->at(QStringLiteral("var/snap/hello/x2"));
    QCOMPARE(readAll(x2 + QLatin1String("/sub/dir/settings")), QByteArray("volume=11\n"));
    struct stat st;
    QCOMPARE(::lstat(QFile::encodeName(x2 + QLatin1String("/secret")).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0640));
    QCOMPARE(st.st_uid, uid_t(1234));
    QCOMPARE(st.st_gid, gid_t(4321));
    QCOMPARE(rawLink(x2 + QLatin1String("/link")), QStringLiteral("sub/dir/settings"));
    QCOMPARE(::lstat(QFile::encodeName(x2 + QLatin1String("/sub")).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0700));
    QCOMPARE(::lstat(QFile::encodeName(x2).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0755));
    // A copy, not a shared directory: the old revision's data stays as it was.
    QVERIFY(writeAll(x2 + QLatin1String("/secret"), "changed"));
    QCOMPARE(readAll(x1 + QLatin1String("/secret")), QByteArray("s3cret"));
    // common is shared by all revisions, not copied.
    QVERIFY(!QFile::exists(x2 + QLatin1String("/shared")));
    QCOMPARE(
        readAll(m_tree->at(QStringLiteral("var/snap/hello/common/shared"))), QByteArray("common"));

    QCOMPARE(rawLink(m_tree->mounted(QStringLiteral("hello/current"))), QStringLiteral("x2"));
    QCOMPARE(rawLink(m_tree->at(QStringLiteral("var/snap/hello/current"))), QStringLiteral("x2"));
    QVERIFY(mountAt(m_tree->mounted(QStringLiteral("hello/x1"))));
    QVERIFY(mountAt(m_tree->mounted(QStringLiteral("hello/x2"))));

    QString error;
    const auto state = loadState(&error);
    QVERIFY2(state, qPrintable(error));
    const SnapState &snap = state->snaps[QStringLiteral("hello")];
    QCOMPARE(snap.current, QStringLiteral("x2"));
    QCOMPARE(snap.lastLocalRevision, 2);
    QCOMPARE(snap.revisions.size(), 2);
    QCOMPARE(snap.revisions[0].revision, QStringLiteral("x1"));
    QCOMPARE(snap.revisions[1].revision, QStringLiteral("x2"));
}

void TestSnapManager::thirdInstallDropsTheOldest()
{
    QVERIFY(install(example("busybox-base")));
    for (int i = 0; i < 3; ++i)
        QVERIFY(install(example("hello")));

    QVERIFY(!mountAt(m_tree->mounted(QStringLiteral("hello/x1"))));
    QVERIFY(!QFile::exists(m_tree->mounted(QStringLiteral("hello/x1"))));
    QVERIFY(!QFile::exists(m_tree->at(QStringLiteral("var/lib/corral/snaps/hello_x1.snap"))));
    QVERIFY(!QFile::exists(m_tree->at(QStringLiteral("var/snap/hello/x1"))));
    for (const QString &revision : { QStringLiteral("x2"), QStringLiteral("x3") }) {
        QVERIFY(mountAt(m_tree->mounted(QStringLiteral("hello/") + revision)));
        QVERIFY(QFile::exists(m_tree->at(
            QStringLiteral("var/lib/corral/snaps/hello_") + revision + QLatin1String(".snap"))));
        QVERIFY(QFileInfo(m_tree->at(QStringLiteral("var/snap/hello/") + revision)).isDir());
    }
    // busybox-base, hello x2 and x3; x1's loop device went with its mount.
    QCOMPARE(settledLoopDevicesUnder(m_tree->path(), {}).size(), 3);

    QString error;
    const auto state = loadState(&error);
    QVERIFY2(state, qPrintable(error));
    const SnapState &snap = state->snaps[QStringLiteral("hello")];
    QCOMPARE(snap.current, QStringLiteral("x3"));
    QCOMPARE(snap.lastLocalRevision, 3);
    QCOMPARE(snap.revisions.size(), 2);
    QCOMPARE(snap.revisions[0].revision, QStringLiteral("x2"));
    QCOMPARE(snap.revisions[1].revision, QStringLiteral("x3"));
}

void TestSnapManager::installAfterRevertKeepsTheRevertedRevision()
{
    QVERIFY(install(example("busybox-base")));
    QVERIFY(install(example("hello")));
    QVERIFY(install(example("hello")));
    QVERIFY(m_manager.revert(QStringLiteral("hello")).ok);
    // x1 is current; the new x3 replaces x2, and x1 (what ran before) stays for revert.
    QVERIFY(install(example("hello")));
    QString error;
    const auto state = loadState(&error);
    QVERIFY2(state, qPrintable(error));
    const SnapState &snap = state->snaps[QStringLiteral("hello")];
    QCOMPARE(snap.current, QStringLiteral("x3"));
    QCOMPARE(snap.previousRevision()->revision, QStringLiteral("x1"));
    QCOMPARE(snap.revisions.size(), 2);
    QVERIFY(!mountAt(m_tree->mounted(QStringLiteral("hello/x2"))));
    QVERIFY(!QFile::exists(m_tree->at(QStringLiteral("var/snap/hello/x2"))));
}

void TestSnapManager::revert()
{
    QVERIFY(install(example("busybox-base")));
    QVERIFY(install(example("hello")));
    QVERIFY(install(example("hello")));
    QVERIFY(writeAll(m_tree->at(QStringLiteral("var/snap/hello/x2/marker")), "x2"));

    Outcome outcome = m_manager.revert(QStringLiteral("hello"));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.snap, QStringLiteral("hello"));
    QCOMPARE(outcome.revision, QStringLiteral("x1"));
    QCOMPARE(rawLink(m_tree->mounted(QStringLiteral("hello/current"))), QStringLiteral("x1"));
    QCOMPARE(rawLink(m_tree->at(QStringLiteral("var/snap/hello/current"))), QStringLiteral("x1"));
    QVERIFY(!QFile::exists(m_tree->at(QStringLiteral("var/snap/hello/current/marker"))));
    // Both revisions stay, mounted, so that one can go forward again.
    QVERIFY(mountAt(m_tree->mounted(QStringLiteral("hello/x2"))));
    QString error;
    auto info = m_manager.info(QStringLiteral("hello"), &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->state.current, QStringLiteral("x1"));
    QCOMPARE(info->state.revisions.size(), 2);

    outcome = m_manager.revert(QStringLiteral("hello"));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.revision, QStringLiteral("x2"));
    QCOMPARE(
        readAll(m_tree->at(QStringLiteral("var/snap/hello/current/marker"))), QByteArray("x2"));
    info = m_manager.info(QStringLiteral("hello"), &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->state.current, QStringLiteral("x2"));
}

void TestSnapManager::revertWithoutPreviousRevision()
{
    QVERIFY(install(example("busybox-base")));
    const Snapshot before = snapshot(*m_tree);

    Outcome outcome = m_manager.revert(QStringLiteral("busybox-base"));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error,
        QStringLiteral("cannot revert \"busybox-base\": no previous revision to revert to"));
    outcome = m_manager.revert(QStringLiteral("nope"));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error, QStringLiteral("cannot revert \"nope\": snap is not installed"));

    const Snapshot after = snapshot(*m_tree);
    QVERIFY2(after == before, qPrintable(describe(after)));
}

void TestSnapManager::remove()
{
    QVERIFY(install(example("busybox-base")));
    QVERIFY(install(example("hello")));
    QVERIFY(install(example("hello")));
    QVERIFY(writeAll(m_tree->at(QStringLiteral("var/snap/hello/common/kept")), "x"));

    Outcome outcome = m_manager.remove(QStringLiteral("nope"));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error, QStringLiteral("cannot remove \"nope\": snap is not installed"));

    outcome = m_manager.remove(QStringLiteral("hello"));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY2(outcome.warnings.isEmpty(), qPrintable(outcome.warnings.join(QLatin1Char('\n'))));
    QVERIFY(mountsUnder(m_tree->mounted(QStringLiteral("hello"))).isEmpty());
    QVERIFY(!QFile::exists(m_tree->mounted(QStringLiteral("hello"))));
    QVERIFY(!QFile::exists(m_tree->at(QStringLiteral("var/snap/hello"))));
    QCOMPARE(QDir(m_tree->at(QStringLiteral("var/lib/corral/snaps"))).entryList(QDir::Files),
        QStringList { QStringLiteral("busybox-base_x1.snap") });
    QCOMPARE(settledLoopDevicesUnder(m_tree->path(), {}).size(), 1);
    QString error;
    const auto state = loadState(&error);
    QVERIFY2(state, qPrintable(error));
    QCOMPARE(state->snaps.keys(), QStringList { QStringLiteral("busybox-base") });

    // Removed means gone: it can be installed afresh.
    QVERIFY(install(example("hello")));
}

void TestSnapManager::removeOfBaseInUseIsRefused()
{
    QVERIFY(install(example("busybox-base")));
    QVERIFY(install(example("hello")));
    QVERIFY(install(example("photobooth")));
    const Snapshot before = snapshot(*m_tree);

    const Outcome outcome = m_manager.remove(QStringLiteral("busybox-base"));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error,
        QStringLiteral("cannot remove \"busybox-base\": it is the base of hello, photobooth"));
    const Snapshot after = snapshot(*m_tree);
    QVERIFY2(after == before, qPrintable(describe(after)));

    QVERIFY(m_manager.remove(QStringLiteral("hello")).ok);
    QVERIFY(m_manager.remove(QStringLiteral("photobooth")).ok);
    QVERIFY(m_manager.remove(QStringLiteral("busybox-base")).ok);
    QVERIFY(mountsUnder(m_tree->root()).isEmpty());
    QVERIFY(QDir(dirs::snapMountDir()).isEmpty());
    QVERIFY(QDir(m_tree->at(QStringLiteral("var/snap"))).isEmpty());
}

void TestSnapManager::confinement_data()
{
    QTest::addColumn<QByteArray>("confinement");
    QTest::addColumn<bool>("devmodeFlag");
    QTest::addColumn<bool>("classicFlag");
    QTest::addColumn<QString>("error"); // empty: installs
    QTest::addColumn<bool>("devmode");
    QTest::addColumn<bool>("classic");

    const QString needsDevmode
        = QStringLiteral("cannot install \"confined\": snap requires devmode; use --devmode");
    const QString needsClassic = QStringLiteral(
        "cannot install \"confined\": snap requires classic confinement; use --classic");
    QTest::newRow("a strict snap installs strictly")
        << QByteArray("strict") << false << false << QString() << false << false;
    QTest::newRow("a strict snap with --devmode installs in devmode")
        << QByteArray("strict") << true << false << QString() << true << false;
    QTest::newRow("a devmode snap without --devmode is refused")
        << QByteArray("devmode") << false << false << needsDevmode << false << false;
    QTest::newRow("a devmode snap with --classic only is refused")
        << QByteArray("devmode") << false << true << needsDevmode << false << false;
    QTest::newRow("a devmode snap with --devmode installs in devmode")
        << QByteArray("devmode") << true << false << QString() << true << false;
    QTest::newRow("a classic snap without --classic is refused")
        << QByteArray("classic") << false << false << needsClassic << false << false;
    QTest::newRow("a classic snap with --devmode only is refused")
        << QByteArray("classic") << true << false << needsClassic << false << false;
    QTest::newRow("a classic snap with --classic installs as classic")
        << QByteArray("classic") << false << true << QString() << false << true;
}

void TestSnapManager::confinement()
{
    QFETCH(QByteArray, confinement);
    QFETCH(bool, devmodeFlag);
    QFETCH(bool, classicFlag);
    QFETCH(QString, error);
    QFETCH(bool, devmode);
    QFETCH(bool, classic);

    QVERIFY(install(example("busybox-base")));
    const QString snap = makeSnap(QStringLiteral("confined"),
        "name: confined\nversion: '1'\nsummary: s\nbase: busybox-base\nconfinement: " + confinement
            + "\n");
    QVERIFY(!snap.isEmpty());
    const Snapshot before = snapshot(*m_tree);

    InstallOptions options;
    options.devmode = devmodeFlag;
    options.classic = classicFlag;
    const Outcome outcome = m_manager.install(snap, options);
    if (!error.isEmpty()) {
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error, error);
        const Snapshot after = snapshot(*m_tree);
        QVERIFY2(after == before, qPrintable(describe(after)));
        return;
    }
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QString why;
    const auto installed = m_manager.info(QStringLiteral("confined"), &why);
    QVERIFY2(installed, qPrintable(why));
    QCOMPARE(installed->devmode, devmode);
    QCOMPARE(installed->classic, classic);
    QCOMPARE(installed->state.currentRevision()->devmode, devmode);
    QCOMPARE(installed->state.currentRevision()->classic, classic);
}

void TestSnapManager::missingBase()
{
    // hello before its base: it installs, but cannot run yet, and says so.
    const Outcome outcome = m_manager.install(example("hello"), {});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    const QString problem
        = QStringLiteral("base \"busybox-base\" is not installed; the snap cannot run until it is");
    QVERIFY2(
        outcome.warnings.contains(problem), qPrintable(outcome.warnings.join(QLatin1Char('\n'))));
    QString error;
    auto hello = m_manager.info(QStringLiteral("hello"), &error);
    QVERIFY2(hello, qPrintable(error));
    QVERIFY(hello->baseMissing);
    QCOMPARE(hello->problem, problem);
    QVERIFY(hello->info);

    const QString other = makeSnap(
        QStringLiteral("newer"), "name: newer\nversion: '1'\nsummary: s\nbase: core22\n");
    QVERIFY(install(other));
    const auto newer = m_manager.info(QStringLiteral("newer"), &error);
    QVERIFY2(newer, qPrintable(error));
    QVERIFY(newer->baseMissing);
    QCOMPARE(newer->problem,
        QStringLiteral("base \"core22\" is not installed; the snap cannot run until it is"));

    QVERIFY(install(example("busybox-base")));
    hello = m_manager.info(QStringLiteral("hello"), &error);
    QVERIFY2(hello, qPrintable(error));
    QVERIFY(!hello->baseMissing);
    QVERIFY2(hello->problem.isEmpty(), qPrintable(hello->problem));
}

void TestSnapManager::ensureMountedAfterReboot()
{
    QVERIFY(install(example("busybox-base")));
    QVERIFY(install(example("hello")));
    QVERIFY(install(example("hello")));
    InstallOptions dangerous;
    dangerous.dangerous = true;
    const QString dir = makeSnap(QStringLiteral("dev dir"),
        "name: devsnap\nversion: '1'\nsummary: s\nbase: busybox-base\n", {}, false);
    QVERIFY(install(dir, dangerous));
    const QList<MountEntry> mountedBefore = mountsUnder(m_tree->root());
    QCOMPARE(mountedBefore.size(), 4);

    // A reboot: nothing is mounted, and (say) a symlink was lost.
    unmountEverythingUnder(m_tree->path());
    QVERIFY(mountsUnder(m_tree->root()).isEmpty());
    QVERIFY(QFile::remove(m_tree->mounted(QStringLiteral("hello/current"))));
    QVERIFY(QFile::remove(m_tree->at(QStringLiteral("var/snap/hello/current"))));
    QVERIFY(
        QFile::link(QStringLiteral("x1"), m_tree->at(QStringLiteral("var/snap/hello/current"))));

    QString error;
    const auto snaps = m_manager.list(&error);
    QVERIFY2(snaps, qPrintable(error));
    QCOMPARE(snaps->size(), 3);
    for (const InstalledSnap &snap : *snaps)
        QVERIFY2(snap.info, qPrintable(snap.problem));
    QStringList before;
    QStringList after;
    for (const MountEntry &entry : mountedBefore)
        before << entry.point + QLatin1Char(' ') + entry.fsType;
    for (const MountEntry &entry : mountsUnder(m_tree->root()))
        after << entry.point + QLatin1Char(' ') + entry.fsType;
    before.sort();
    after.sort();
    QCOMPARE(after, before);
    QCOMPARE(rawLink(m_tree->mounted(QStringLiteral("hello/current"))), QStringLiteral("x2"));
    QCOMPARE(rawLink(m_tree->at(QStringLiteral("var/snap/hello/current"))), QStringLiteral("x2"));
    QVERIFY(readAll(m_tree->mounted(QStringLiteral("devsnap/current/meta/snap.yaml")))
                .contains("name: devsnap"));
    QCOMPARE(settledLoopDevicesUnder(m_tree->path(), {}).size(), 3);

    // Once all is mounted, asking again changes nothing.
    QVERIFY(m_manager.ensureMounted().isEmpty());
    QCOMPARE(mountsUnder(m_tree->root()).size(), 4);
}

void TestSnapManager::failedInstallLeavesNothingBehind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("a truncated snap is refused") << QStringLiteral("truncated");
    QTest::newRow("a file of random bytes is refused") << QStringLiteral("random");
    QTest::newRow("an empty file is refused") << QStringLiteral("empty");
    QTest::newRow("a squashfs image of another version is refused") << QStringLiteral("version");
    QTest::newRow("a file that does not exist is refused") << QStringLiteral("missing");
    QTest::newRow("a snap with a bad snap.yaml is refused") << QStringLiteral("bad-yaml");
    QTest::newRow("a snap without meta/snap.yaml is refused") << QStringLiteral("no-yaml");
    QTest::newRow("a directory without --dangerous is refused") << QStringLiteral("directory");
    QTest::newRow("a directory with a bad snap.yaml is refused") << QStringLiteral("bad-yaml-dir");
    QTest::newRow("a snap mounted from elsewhere is refused") << QStringLiteral("elsewhere-mount");
    QTest::newRow("a snap with data from elsewhere is refused") << QStringLiteral("elsewhere-data");
    QTest::newRow("a devmode snap without --devmode is refused") << QStringLiteral("devmode");
    QTest::newRow("an unreadable state file is refused") << QStringLiteral("state");
}

void TestSnapManager::failedInstallLeavesNothingBehind()
{
    QFETCH(QString, kind);

    // Something installed before, which must stay exactly as it is.
    QVERIFY(install(example("busybox-base")));

    const QString work = m_tree->work();
    QString path;
    QString expected;
    InstallOptions options;
    if (kind == QLatin1String("truncated")) {
        // The examples' apps fit in one 4 KiB block, so the half of the base is cut off.
        const QByteArray image = readAll(example("busybox-base"));
        path = work + QLatin1String("/half.snap");
        QVERIFY(writeAll(path, image.left(image.size() / 2)));
        expected = QStringLiteral("cannot install snap: %1 is truncated: it has %2 bytes of the "
                                  "%3 its superblock says it uses")
                       .arg(path)
                       .arg(image.size() / 2)
                       .arg(bytesUsed(example("busybox-base")));
    } else if (kind == QLatin1String("random")) {
        path = work + QLatin1String("/random.snap");
        QByteArray bytes(65536, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(
            reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        bytes[0] = 'x'; // never "hsqs" by chance
        QVERIFY(writeAll(path, bytes));
        expected = QStringLiteral("cannot install snap: %1 is not a squashfs image").arg(path);
    } else if (kind == QLatin1String("empty")) {
        path = work + QLatin1String("/empty.snap");
        QVERIFY(writeAll(path, QByteArray()));
        expected = QStringLiteral("cannot install snap: %1 is not a squashfs image: it is empty")
                       .arg(path);
    } else if (kind == QLatin1String("version")) {
        QByteArray image = readAll(example("hello"));
        image[28] = 3; // major version
        path = work + QLatin1String("/old.snap");
        QVERIFY(writeAll(path, image));
        expected = QStringLiteral(
            "cannot install snap: %1 is a squashfs 3.0 image; only version 4 is supported")
                       .arg(path);
    } else if (kind == QLatin1String("missing")) {
        path = work + QLatin1String("/missing.snap");
        expected = QStringLiteral("cannot install snap: %1: %2")
                       .arg(path, QString::fromLocal8Bit(strerror(ENOENT)));
    } else if (kind == QLatin1String("bad-yaml") || kind == QLatin1String("bad-yaml-dir")) {
        const QByteArray yaml = "name: broken\nversion: '1'\nsummary: s\napps:\n  x: [unclosed\n";
        const bool isDir = kind == QLatin1String("bad-yaml-dir");
        path = makeSnap(QStringLiteral("broken"), yaml, {}, !isDir);
        QVERIFY(!path.isEmpty());
        options.dangerous = isDir;
        // Whatever the parser finds, the message carries it, with file, line and column,
        // naming the file the user gave.
        const SnapYamlResult parsed = parseSnapYaml(yaml, path + QLatin1String("/meta/snap.yaml"));
        QVERIFY(!parsed.ok());
        QStringList problems;
        for (const Problem &problem : parsed.errors) {
            QVERIFY(problem.pos.line > 0);
            problems << problem.toString();
        }
        expected = QStringLiteral("cannot install snap: ") + problems.join(QLatin1String("; "));
    } else if (kind == QLatin1String("no-yaml")) {
        path = makeSnap(
            QStringLiteral("noyaml"), QByteArray(), { { QStringLiteral("bin/tool"), "x" } });
        QVERIFY(!path.isEmpty());
        const QString unpacked = work + QLatin1String("/noyaml");
        const SnapYamlResult read = readSnapYaml(unpacked);
        QVERIFY(!read.ok());
        QStringList problems;
        for (const Problem &problem : read.errors)
            problems << problem.toString().replace(unpacked, path);
        expected = QStringLiteral("cannot install snap: ") + problems.join(QLatin1String("; "));
    } else if (kind == QLatin1String("directory")) {
        path = makeSnap(
            QStringLiteral("unpacked"), "name: unpacked\nversion: '1'\nsummary: s\n", {}, false);
        expected = QStringLiteral("cannot install snap: %1 is a directory; use --dangerous to "
                                  "install an unpacked snap from it")
                       .arg(path);
    } else if (kind == QLatin1String("elsewhere-mount")
        || kind == QLatin1String("elsewhere-data")) {
        const QString place = kind == QLatin1String("elsewhere-mount")
            ? dirs::snapMountPath(QStringLiteral("hello"))
            : dirs::snapDataPath(QStringLiteral("hello"));
        QVERIFY(QDir().mkpath(place + QLatin1String("/x1")));
        QVERIFY(writeAll(place + QLatin1String("/x1/precious"), "not corral's"));
        path = example("hello");
        expected = QStringLiteral(
            "cannot install \"hello\": %1 exists but was not installed by Corral; remove it first")
                       .arg(place);
    } else if (kind == QLatin1String("devmode")) {
        path = makeSnap(
            QStringLiteral("dev"), "name: dev\nversion: '1'\nsummary: s\nconfinement: devmode\n");
        expected = QStringLiteral("cannot install \"dev\": snap requires devmode; use --devmode");
    } else if (kind == QLatin1String("state")) {
        QVERIFY(writeAll(dirs::stateFile(), "{\"version\": 1, \"snaps\": {\"hello\": 3}}"));
        QString stateError;
        QVERIFY(!loadState(&stateError));
        path = example("hello");
        expected = QStringLiteral("cannot install snap: ") + stateError;
    }
    const Snapshot before = snapshot(*m_tree);

    const Outcome outcome = m_manager.install(path, options);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error, expected);

    Snapshot after = snapshot(*m_tree);
    after.loops = settledLoopDevicesUnder(m_tree->path(), before.loops);
    QCOMPARE(after.files, before.files);
    QCOMPARE(after.mounts, before.mounts);
    QCOMPARE(after.loops, before.loops);
    QCOMPARE(after.state, before.state);
}

void TestSnapManager::failedFirstInstallLeavesOnlyTheLock()
{
    // Goes as far as reading snap.yaml through a staging mount, in an empty root: every
    // directory made on the way is taken away again; only the lock file stays.
    const QString snap = makeSnap(
        QStringLiteral("dev"), "name: dev\nversion: '1'\nsummary: s\nconfinement: devmode\n");
    QVERIFY(!snap.isEmpty());
    const Outcome outcome = m_manager.install(snap, {});
    QCOMPARE(outcome.error,
        QStringLiteral("cannot install \"dev\": snap requires devmode; use --devmode"));
    QStringList left;
    QDirIterator it(m_tree->root(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        left << it.next().mid(m_tree->root().size());
    left.sort();
    QCOMPARE(left,
        (QStringList { QStringLiteral("/run"), QStringLiteral("/run/corral"),
            QStringLiteral("/run/corral/lock"), QStringLiteral("/run/corral/lock/state.lock") }));
    QVERIFY(settledLoopDevicesUnder(m_tree->path(), {}).isEmpty());
}

void TestSnapManager::lateFailureRollsBackEverything()
{
    // Fails at the last step before the state is saved, after a mount, a blob, a data copy
    // and one symlink were already made: all of it must be undone.
    QVERIFY(install(example("busybox-base")));
    QVERIFY(install(example("hello")));
    const QString dataLink = m_tree->at(QStringLiteral("var/snap/hello/current"));
    QVERIFY(QFile::remove(dataLink));
    QVERIFY(QDir().mkpath(dataLink));
    const Snapshot before = snapshot(*m_tree);

    const Outcome outcome = m_manager.install(example("hello"), {});
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error,
        QStringLiteral("cannot install \"hello\": %1 exists and is not a symlink").arg(dataLink));
    Snapshot after = snapshot(*m_tree);
    after.loops = settledLoopDevicesUnder(m_tree->path(), before.loops);
    QVERIFY2(after == before, qPrintable(describe(after)));
    QCOMPARE(rawLink(m_tree->mounted(QStringLiteral("hello/current"))), QStringLiteral("x1"));
}

void TestSnapManager::failedDataCopyRollsBackEverything()
{
    // /var/snap on a small file system: hello's data fits once, not twice.
    const QString varSnap = m_tree->at(QStringLiteral("var/snap"));
    QVERIFY(QDir().mkpath(varSnap));
    QCOMPARE(::mount("tmpfs", QFile::encodeName(varSnap).constData(), "tmpfs", 0, "size=1m"), 0);
    QVERIFY(install(example("busybox-base")));
    QVERIFY(install(example("hello")));
    QVERIFY(
        writeAll(m_tree->at(QStringLiteral("var/snap/hello/x1/big")), QByteArray(700 * 1024, 'x')));
    const Snapshot before = snapshot(*m_tree);

    const Outcome outcome = m_manager.install(example("hello"), {});
    QVERIFY(!outcome.ok);
    const QString prefix = QStringLiteral("cannot install \"hello\": cannot copy %1 to %2: ")
                               .arg(m_tree->at(QStringLiteral("var/snap/hello/x1")),
                                   m_tree->at(QStringLiteral("var/snap/hello/x2")));
    QVERIFY2(outcome.error.startsWith(prefix), qPrintable(outcome.error));
    QVERIFY2(outcome.error.contains(QString::fromLocal8Bit(strerror(ENOSPC))),
        qPrintable(outcome.error));
    Snapshot after = snapshot(*m_tree);
    after.loops = settledLoopDevicesUnder(m_tree->path(), before.loops);
    QVERIFY2(after == before, qPrintable(describe(after)));
}

void TestSnapManager::corruptStateStopsEveryChange()
{
    QVERIFY(install(example("busybox-base")));
    QVERIFY(install(example("hello")));
    QVERIFY(install(example("hello")));
    QVERIFY(writeAll(dirs::stateFile(), "{\"version\": 1, \"snaps\": "));
    QString stateError;
    QVERIFY(!loadState(&stateError));
    QVERIFY(stateError.startsWith(QStringLiteral("cannot read state file ") + dirs::stateFile()));
    const Snapshot before = snapshot(*m_tree);

    Outcome outcome = m_manager.install(example("photobooth"), {});
    QCOMPARE(outcome.error, QStringLiteral("cannot install snap: ") + stateError);
    outcome = m_manager.remove(QStringLiteral("hello"));
    QCOMPARE(outcome.error, QStringLiteral("cannot remove \"hello\": ") + stateError);
    outcome = m_manager.revert(QStringLiteral("hello"));
    QCOMPARE(outcome.error, QStringLiteral("cannot revert \"hello\": ") + stateError);
    QString error;
    QVERIFY(!m_manager.list(&error));
    QCOMPARE(error, stateError);

    const Snapshot after = snapshot(*m_tree);
    QVERIFY2(after == before, qPrintable(describe(after)));
}

void TestSnapManager::operationsAreSerialized()
{
    QVERIFY(install(example("busybox-base")));
    // Another process holding the lock (a second open file description conflicts just
    // the same) keeps an install waiting, without any change, until it lets go.
    auto held = std::make_unique<StateLock>();
    QString error;
    QVERIFY2(held->acquire(&error), qPrintable(error));
    const QByteArray stateBefore = readAll(dirs::stateFile());

    std::atomic<bool> done = false;
    Outcome outcome;
    std::thread worker([&] {
        outcome = SnapManager().install(example("hello"), {});
        done = true;
    });
    QThread::msleep(500);
    const bool finishedWhileLocked = done;
    const QByteArray stateWhileLocked = readAll(dirs::stateFile());
    const bool mountedWhileLocked
        = mountAt(m_tree->mounted(QStringLiteral("hello/x1"))).has_value();
    held.reset();
    worker.join();
    QVERIFY(!finishedWhileLocked);
    QCOMPARE(stateWhileLocked, stateBefore);
    QVERIFY(!mountedWhileLocked);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.revision, QStringLiteral("x1"));
}

// A change killed between writing profiles and saving the state leaves the marker; the
// next start regenerates every profile from the state on disk and drops the marker.
void TestSnapManager::interruptedChangeIsRepairedOnNextStart()
{
    QVERIFY(install(example("busybox-base")));
    QVERIFY(install(example("photobooth")));
    QVERIFY(!pendingChangeInterrupted());
    InterfaceManager interfaces;
    QVERIFY(interfaces.regenerateIfSystemKeyChanged().ok);
    const QString profile = dirs::apparmorDir() + QLatin1String("/snap.photobooth.photobooth");
    const QByteArray agreed = readAll(profile);
    QVERIFY(!agreed.isEmpty());

    // What a crash halfway through a connect leaves: a profile of the new connections, a
    // state of the old ones, and the marker.
    QString error;
    QVERIFY2(beginPendingChange(&error), qPrintable(error));
    writeAll(profile, agreed + "\n# written by a change that never finished\n");
    QVERIFY(pendingChangeInterrupted());

    const Outcome repaired = interfaces.regenerateIfSystemKeyChanged();
    QVERIFY2(repaired.ok, qPrintable(repaired.error));
    QCOMPARE(readAll(profile), agreed);
    QVERIFY(!pendingChangeInterrupted());

    // Without the marker (and with the same system key) nothing is regenerated.
    writeAll(profile, "# edited by hand\n");
    QVERIFY(interfaces.regenerateIfSystemKeyChanged().ok);
    QCOMPARE(readAll(profile), QByteArray("# edited by hand\n"));
}

void TestSnapManager::batchOfConnectionChangesIsAllOrNothing()
{
    QVERIFY(install(example("busybox-base")));
    QVERIFY(install(example("photobooth")));
    const QByteArray before = readAll(dirs::stateFile());
    InterfaceManager interfaces;
    const PlugRef camera { QStringLiteral("photobooth"), QStringLiteral("camera") };
    const PlugRef network { QStringLiteral("photobooth"), QStringLiteral("network") };
    const PlugRef missing { QStringLiteral("photobooth"), QStringLiteral("no-such-plug") };

    // The second step is refused, so the first is not made either.
    Outcome outcome = interfaces.change({ { ConnectionChange::Connect, camera, {}, false },
        { ConnectionChange::Connect, missing, {}, false } });
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.refused);
    QVERIFY2(outcome.error.contains(QLatin1String("no-such-plug")), qPrintable(outcome.error));
    QCOMPARE(readAll(dirs::stateFile()), before);
    QVERIFY(!pendingChangeInterrupted());

    // Disconnect one, connect another: one change, one state write.
    outcome = interfaces.change({ { ConnectionChange::Disconnect, network, {}, false },
        { ConnectionChange::Connect, camera, {}, false } });
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.warnings, QStringList { QStringLiteral("photobooth:camera system:camera") });
    QString error;
    const std::optional<InterfaceSnapshot> snapshot = interfaces.snapshot(&error);
    QVERIFY2(snapshot, qPrintable(error));
    const auto &connections = snapshot->repository.connections();
    QVERIFY(connections.value(QStringLiteral("photobooth:camera system:camera")).isConnected());
    QVERIFY(connections.contains(QStringLiteral("photobooth:network system:network")));
    QVERIFY(!connections.value(QStringLiteral("photobooth:network system:network")).isConnected());
}

// A snap's generated files (profiles, plans, filters, udev rules) by path.
QMap<QString, QByteArray> generatedFilesOf(const QString &snap)
{
    QMap<QString, QByteArray> files;
    for (const QString &dir :
        { dirs::apparmorDir(), dirs::seccompDir(), dirs::plansDir(), dirs::udevRulesDir() }) {
        QDirIterator it(dir, QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            if (it.fileName().contains(QLatin1String("snap.") + snap + QLatin1Char('.'))
                || it.fileName() == QLatin1String("70-corral-") + snap + QLatin1String(".rules"))
                files.insert(path, readAll(path));
        }
    }
    return files;
}

ino_t inodeOf(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

// "Reset to defaults": the snap's plugs, and its profiles, come back to what they were
// right after its install; what other snaps' plugs have stays as it is.
void TestSnapManager::resetConnectionsRestoresWhatAutoConnectMade()
{
    QVERIFY(install(example("busybox-base")));
    QVERIFY(install(example("photobooth")));
    InterfaceManager interfaces;
    QString error;
    std::optional<InterfaceSnapshot> view = interfaces.snapshot(&error);
    QVERIFY2(view, qPrintable(error));
    const QMap<QString, Connection> atInstall = view->repository.connections();
    QVERIFY(atInstall.value(QStringLiteral("photobooth:network system:network")).automatic);
    const QMap<QString, QByteArray> profilesAtInstall
        = generatedFilesOf(QStringLiteral("photobooth"));
    QVERIFY(!profilesAtInstall.isEmpty());

    // Another snap whose plug auto-connects to photobooth's slot.
    const QString viewer = makeSnap(QStringLiteral("viewer"),
        "name: viewer\nversion: '1'\nsummary: s\nbase: busybox-base\napps:\n  view:\n"
        "    command: bin/view\nplugs:\n  photos:\n    interface: content\n"
        "    content: photos\n    target: $SNAP_DATA/photos\n",
        { { QStringLiteral("bin/view"), "#!/bin/sh\n" } });
    QVERIFY(install(viewer));
    const QString viewerKey = QStringLiteral("viewer:photos photobooth:photos");
    const PlugRef viewerPhotos { QStringLiteral("viewer"), QStringLiteral("photos") };
    view = interfaces.snapshot(&error);
    QVERIFY2(view, qPrintable(error));
    QVERIFY(view->repository.connections().value(viewerKey).automatic);

    // A person's changes: an automatic connection taken away, a manual one made, and the
    // viewer's automatic connection taken away.
    const PlugRef camera { QStringLiteral("photobooth"), QStringLiteral("camera") };
    const PlugRef network { QStringLiteral("photobooth"), QStringLiteral("network") };
    Outcome outcome = interfaces.disconnect(network, {}, false);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    outcome = interfaces.connect(camera, {});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    outcome = interfaces.disconnect(viewerPhotos, {}, false);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(generatedFilesOf(QStringLiteral("photobooth")) != profilesAtInstall);
    const QMap<QString, QByteArray> viewerProfiles = generatedFilesOf(QStringLiteral("viewer"));

    outcome = interfaces.resetConnections(QStringLiteral("photobooth"));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QStringList changed = outcome.warnings;
    changed.sort();
    QCOMPARE(changed,
        (QStringList { QStringLiteral("photobooth:camera system:camera"),
            QStringLiteral("photobooth:network system:network") }));
    QVERIFY(!pendingChangeInterrupted());
    view = interfaces.snapshot(&error);
    QVERIFY2(view, qPrintable(error));
    QMap<QString, Connection> connections = view->repository.connections();
    const Connection viewerConnection = connections.take(viewerKey);
    QVERIFY(viewerConnection.automatic);
    QVERIFY(viewerConnection.undesired);
    QCOMPARE(connections.keys(), atInstall.keys());
    QVERIFY(connections == atInstall);
    QVERIFY(generatedFilesOf(QStringLiteral("photobooth")) == profilesAtInstall);
    QVERIFY(generatedFilesOf(QStringLiteral("viewer")) == viewerProfiles);

    // Nothing left to reset: it succeeds and writes nothing, not even the same bytes.
    const Snapshot before = snapshot(*m_tree);
    const ino_t stateInode = inodeOf(dirs::stateFile());
    outcome = interfaces.resetConnections(QStringLiteral("photobooth"));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.warnings, QStringList());
    QCOMPARE(inodeOf(dirs::stateFile()), stateInode);
    const Snapshot after = snapshot(*m_tree);
    QVERIFY2(after == before, qPrintable(describe(after)));

    // The viewer's plug forgotten: auto-connecting photobooth's slot would connect it, and
    // a reset of photobooth must not.
    outcome = interfaces.disconnect(viewerPhotos, {}, true);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    outcome = interfaces.resetConnections(QStringLiteral("photobooth"));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.warnings, QStringList());
    view = interfaces.snapshot(&error);
    QVERIFY2(view, qPrintable(error));
    QVERIFY(!view->repository.connections().contains(viewerKey));

    // A snap that is not installed is refused, and nothing changes.
    const QByteArray state = readAll(dirs::stateFile());
    outcome = interfaces.resetConnections(QStringLiteral("nosuchsnap"));
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.refused);
    QCOMPARE(outcome.error,
        QStringLiteral("cannot reset the connections of \"nosuchsnap\": snap \"nosuchsnap\" is "
                       "not installed"));
    QCOMPARE(readAll(dirs::stateFile()), state);
}

// A reset that cannot write a profile does not happen: the state stays as it was, and
// the pending-change marker makes the next start put every profile back in step with it.
void TestSnapManager::failedResetLeavesTheStateAsItWas()
{
    QVERIFY(install(example("busybox-base")));
    QVERIFY(install(example("photobooth")));
    InterfaceManager interfaces;
    Outcome outcome
        = interfaces.connect({ QStringLiteral("photobooth"), QStringLiteral("camera") }, {});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    outcome = interfaces.disconnect(
        { QStringLiteral("photobooth"), QStringLiteral("network") }, {}, false);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    const Snapshot before = snapshot(*m_tree);

    // A directory where the reset must write the main app's new profile.
    const QString profile = dirs::apparmorDir() + QLatin1String("/snap.photobooth.photobooth");
    QVERIFY(QFile::remove(profile));
    QVERIFY(QDir().mkpath(profile + QLatin1String("/in-the-way")));
    outcome = interfaces.resetConnections(QStringLiteral("photobooth"));
    QVERIFY(!outcome.ok);
    QVERIFY(!outcome.refused);
    QVERIFY2(outcome.error.contains(profile), qPrintable(outcome.error));
    QCOMPARE(readAll(dirs::stateFile()), before.state);
    QVERIFY(pendingChangeInterrupted());

    QVERIFY(QDir(profile).removeRecursively());
    const Outcome repaired = interfaces.repairInterruptedChange();
    QVERIFY2(repaired.ok, qPrintable(repaired.error));
    QVERIFY(!pendingChangeInterrupted());
    const Snapshot after = snapshot(*m_tree);
    QVERIFY2(after == before, qPrintable(describe(after)));
}

// What an install killed halfway leaves in the staging directory: a copy of the image,
// mounted, and a received file. removeLeftovers() takes it all away, and what is
// installed stays.
void TestSnapManager::leftoversOfAnUnfinishedInstallAreRemoved()
{
    QVERIFY(install(example("busybox-base")));
    const QString stage = dirs::stagingDir() + QLatin1String("/install-killed");
    QVERIFY(QDir().mkpath(stage + QLatin1String("/mnt")));
    QVERIFY(QFile::copy(example("hello"), stage + QLatin1String("/image.snap")));
    QString error;
    QVERIFY2(
        mountSquashfs(stage + QLatin1String("/image.snap"), stage + QLatin1String("/mnt"), &error),
        qPrintable(error));
    QVERIFY(writeAll(dirs::stagingDir() + QLatin1String("/incoming-killed"), "half a snap"));
    const QByteArray state = readAll(dirs::stateFile());

    QCOMPARE(m_manager.removeLeftovers(), QStringList());
    QVERIFY(mountsUnder(dirs::stagingDir()).isEmpty());
    QCOMPARE(
        QDir(dirs::stagingDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList());
    QCOMPARE(readAll(dirs::stateFile()), state);
    QVERIFY(
        isMountPoint(dirs::snapMountPath(QStringLiteral("busybox-base"), QStringLiteral("x1"))));
}

namespace {

QString desktopFile(const QString &name)
{
    return dirs::desktopApplicationsDir() + QLatin1Char('/') + name;
}

QStringList exportedDesktopFiles()
{
    return QDir(dirs::desktopApplicationsDir()).entryList(QDir::Files | QDir::Hidden);
}

const QString launcher = QStringLiteral(CORRAL_LAUNCH_INSTALL_PATH);
const QString mountDir = QStringLiteral(CORRAL_SNAP_MOUNT_DIR);

} // namespace

void TestSnapManager::installExportsDesktopFilesAndRemoveTakesThemAway()
{
    QVERIFY(install(example("busybox-base")));
    QVERIFY(exportedDesktopFiles().isEmpty()); // a base has no apps
    QVERIFY(install(example("photobooth")));
    QVERIFY(install(example("hello")));
    QCOMPARE(exportedDesktopFiles(),
        (QStringList { QStringLiteral("hello_env.desktop"), QStringLiteral("hello_hello.desktop"),
            QStringLiteral("photobooth_photobooth.desktop"),
            QStringLiteral("photobooth_share.desktop") }));

    // The snap's own file, its Exec through the launcher and its icon inside the snap.
    QCOMPARE(
        QString::fromUtf8(readAll(desktopFile(QStringLiteral("photobooth_photobooth.desktop")))),
        QStringLiteral("[Desktop Entry]\nType=Application\nName=Photo Booth\n"
                       "Comment=Take pictures with your camera\n"
                       "Exec=%1 photobooth.photobooth %U\n"
                       "Icon=%2/photobooth/current/meta/gui/icon.svg\n"
                       "Categories=Graphics;Photography;\n")
            .arg(launcher, mountDir));
    // An app without one gets a generated file, with the snap's icon.
    QCOMPARE(QString::fromUtf8(readAll(desktopFile(QStringLiteral("photobooth_share.desktop")))),
        QStringLiteral("[Desktop Entry]\nType=Application\nName=Photo Booth (share)\n"
                       "Exec=%1 photobooth.share\n"
                       "Icon=%2/photobooth/current/meta/gui/icon.svg\n")
            .arg(launcher, mountDir));
    QCOMPARE(QString::fromUtf8(readAll(desktopFile(QStringLiteral("hello_env.desktop")))),
        QStringLiteral("[Desktop Entry]\nType=Application\nName=hello (env)\n"
                       "Exec=%1 hello.env\nIcon=application-x-executable\n")
            .arg(launcher));
    struct stat st;
    const QString exported = desktopFile(QStringLiteral("photobooth_photobooth.desktop"));
    QCOMPARE(::stat(QFile::encodeName(exported).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0644));
    QCOMPARE(st.st_uid, uid_t(0));

    const Outcome removed = m_manager.remove(QStringLiteral("photobooth"));
    QVERIFY2(removed.ok, qPrintable(removed.error));
    QVERIFY2(removed.warnings.isEmpty(), qPrintable(removed.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(exportedDesktopFiles(),
        (QStringList {
            QStringLiteral("hello_env.desktop"), QStringLiteral("hello_hello.desktop") }));
}

void TestSnapManager::revertExportsTheRevertedRevisionsDesktopFiles()
{
    QVERIFY(install(example("busybox-base")));
    const QByteArray yaml = "name: tool\nversion: '1'\nsummary: s\nbase: busybox-base\n"
                            "apps:\n  tool:\n    command: bin/tool\n";
    const QString one = makeSnap(QStringLiteral("one"), yaml,
        { { QStringLiteral("bin/tool"), "#!/bin/sh\n" },
            { QStringLiteral("meta/gui/tool.desktop"),
                "[Desktop Entry]\nName=Tool One\nExec=tool %f\n" } });
    const QString two = makeSnap(QStringLiteral("two"), yaml + "  extra:\n    command: bin/tool\n",
        { { QStringLiteral("bin/tool"), "#!/bin/sh\n" },
            { QStringLiteral("meta/gui/icon.png"), "png" },
            { QStringLiteral("meta/gui/tool.desktop"),
                "[Desktop Entry]\nName=Tool Two\nExec=tool.tool\n" } });
    QVERIFY(install(one));
    QVERIFY(install(two));
    const QString tool = desktopFile(QStringLiteral("tool_tool.desktop"));
    QCOMPARE(QString::fromUtf8(readAll(tool)),
        QStringLiteral("[Desktop Entry]\nType=Application\nName=Tool Two\nExec=%1 tool.tool\n"
                       "Icon=%2/tool/current/meta/gui/icon.png\n")
            .arg(launcher, mountDir));
    QCOMPARE(exportedDesktopFiles(),
        (QStringList {
            QStringLiteral("tool_extra.desktop"), QStringLiteral("tool_tool.desktop") }));

    const Outcome reverted = m_manager.revert(QStringLiteral("tool"));
    QVERIFY2(reverted.ok, qPrintable(reverted.error));
    QCOMPARE(QString::fromUtf8(readAll(tool)),
        QStringLiteral("[Desktop Entry]\nType=Application\nName=Tool One\nExec=%1 tool.tool %f\n"
                       "Icon=application-x-executable\n")
            .arg(launcher));
    // The app that only the newer revision has is gone with it.
    QCOMPARE(exportedDesktopFiles(), QStringList { QStringLiteral("tool_tool.desktop") });
}

void TestSnapManager::desktopFileOfAnotherAppFailsTheInstall_data()
{
    QTest::addColumn<bool>("upgrade");
    QTest::newRow("a first install leaves nothing behind") << false;
    QTest::newRow("an upgrade leaves the installed revision's files as they were") << true;
}

void TestSnapManager::desktopFileOfAnotherAppFailsTheInstall()
{
    QFETCH(bool, upgrade);
    QVERIFY(install(example("busybox-base")));
    const QByteArray yaml = "name: tool\nversion: '1'\nsummary: s\nbase: busybox-base\n"
                            "apps:\n  tool:\n    command: bin/tool\n"
                            "  admin:\n    command: bin/tool --admin\n";
    if (upgrade) {
        QVERIFY(install(makeSnap(
            QStringLiteral("good"), yaml, { { QStringLiteral("bin/tool"), "#!/bin/sh\n" } })));
        QCOMPARE(exportedDesktopFiles().size(), 2);
    }
    // The tool's menu entry would run the admin app instead.
    const QString bad = makeSnap(QStringLiteral("bad"), yaml,
        { { QStringLiteral("bin/tool"), "#!/bin/sh\n" },
            { QStringLiteral("meta/gui/tool.desktop"),
                "[Desktop Entry]\nName=Tool\nComment=Harmless\nExec=tool.admin %U\n" } });
    QVERIFY(!bad.isEmpty());
    const Snapshot before = snapshot(*m_tree);

    const Outcome outcome = m_manager.install(bad, {});
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error,
        QStringLiteral("cannot install \"tool\": %1/meta/gui/tool.desktop:4: cannot export "
                       "desktop file: Exec runs the app \"admin\", but this file is for \"tool\"")
            .arg(bad));

    Snapshot after = snapshot(*m_tree);
    after.loops = settledLoopDevicesUnder(m_tree->path(), before.loops);
    QVERIFY2(after == before, qPrintable(describe(after)));
}

void TestSnapManager::failureAfterTheExportPutsTheDesktopFilesBack_data()
{
    QTest::addColumn<bool>("upgrade");
    QTest::newRow("a first install takes its files and directories away") << false;
    QTest::newRow("an upgrade puts back the files of the installed revision") << true;
}

void TestSnapManager::failureAfterTheExportPutsTheDesktopFilesBack()
{
    QFETCH(bool, upgrade);
    QVERIFY(install(example("busybox-base")));
    const QByteArray yaml = "name: tool\nversion: '1'\nsummary: s\nbase: busybox-base\n"
                            "apps:\n  tool:\n    command: bin/tool\n";
    if (upgrade) {
        QVERIFY(install(makeSnap(QStringLiteral("one"), yaml,
            { { QStringLiteral("bin/tool"), "#!/bin/sh\n" },
                { QStringLiteral("meta/gui/tool.desktop"),
                    "[Desktop Entry]\nName=Tool One\nExec=tool\n" } })));
    }
    const QString two = makeSnap(QStringLiteral("two"), yaml + "  extra:\n    command: bin/tool\n",
        { { QStringLiteral("bin/tool"), "#!/bin/sh\n" },
            { QStringLiteral("meta/gui/tool.desktop"),
                "[Desktop Entry]\nName=Tool Two\nExec=tool\n" } });
    // The profiles, generated after the desktop files are written, cannot begin.
    QVERIFY(QDir().mkpath(dirs::pendingChangeFile()));
    const Snapshot before = snapshot(*m_tree);

    const Outcome outcome = m_manager.install(two, {});
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains(dirs::pendingChangeFile()), qPrintable(outcome.error));

    Snapshot after = snapshot(*m_tree);
    after.loops = settledLoopDevicesUnder(m_tree->path(), before.loops);
    QVERIFY2(after == before, qPrintable(describe(after)));
    QCOMPARE(exportedDesktopFiles(),
        upgrade ? QStringList { QStringLiteral("tool_tool.desktop") } : QStringList());
    QVERIFY(QDir().rmdir(dirs::pendingChangeFile()));
}

QTEST_GUILESS_MAIN(TestSnapManager)
#include "tst_snapmanager.moc"
