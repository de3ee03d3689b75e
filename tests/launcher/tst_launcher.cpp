// corral-launch for real, as root: the probe snaps are installed in a root-owned
// CORRAL_ROOT and run through a setuid copy of the launcher as an unprivileged person
// made for the test, and each property of the sandbox is checked from inside.
#include "tests/common/temproot.h"
#include "tests/launcher/launchroot.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <memory>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace corral;
using namespace corral::test;

namespace {

// The device and inode of a path, as "dev=MAJ:MIN ino=N" (the probe's stat format).
QString statOf(const QString &path)
{
    struct stat st
    {
    };
    if (::lstat(path.toUtf8().constData(), &st) != 0)
        return QStringLiteral("missing");
    return QStringLiteral("dev=%1:%2 ino=%3")
        .arg(major(st.st_dev))
        .arg(minor(st.st_dev))
        .arg(st.st_ino);
}

QString devIno(const QString &probeStat)
{
    // "ok dev=0:42 ino=123 type=dir" → "dev=0:42 ino=123"
    const QStringList fields = probeStat.split(QLatin1Char(' '));
    return fields.size() >= 3 ? fields[1] + QLatin1Char(' ') + fields[2] : probeStat;
}

QString valueOf(const QStringList &environment, const QString &name)
{
    for (const QString &entry : environment) {
        if (entry.startsWith(name + QLatin1Char('=')))
            return entry.mid(name.size() + 1);
    }
    return QStringLiteral("<unset>");
}

// Restores a file's content, owner, mode and kind when the test is done with it.
class FileGuard
{
public:
    explicit FileGuard(const QString &path)
        : m_path(path)
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_content = file.readAll();
    }
    ~FileGuard()
    {
        QFile::remove(m_path);
        QFile file(m_path);
        if (file.open(QIODevice::WriteOnly))
            file.write(m_content);
        file.close();
        ::chown(m_path.toUtf8().constData(), 0, 0);
        ::chmod(m_path.toUtf8().constData(), 0644);
    }
    QByteArray content() const { return m_content; }

private:
    QString m_path;
    QByteArray m_content;
};

// The id of a new mount namespace made on `cpu` (NS_GET_MNTNS_ID), 0 when unknown.
quint64 namespaceIdOn(int cpu)
{
    int pipe[2];
    if (::pipe(pipe) != 0)
        return 0;
    const pid_t child = ::fork();
    if (child == 0) {
        cpu_set_t set;
        CPU_ZERO(&set);
        CPU_SET(cpu, &set);
        quint64 id = 0;
        if (::sched_setaffinity(0, sizeof set, &set) == 0 && ::unshare(CLONE_NEWNS) == 0) {
            const int fd = ::open("/proc/self/ns/mnt", O_RDONLY);
            ::ioctl(fd, _IOR(0xb7, 0x5, quint64), &id);
        }
        (void)!::write(pipe[1], &id, sizeof id);
        ::_exit(0);
    }
    ::close(pipe[1]);
    quint64 id = 0;
    (void)!::read(pipe[0], &id, sizeof id);
    ::close(pipe[0]);
    ::waitpid(child, nullptr, 0);
    return id;
}

} // namespace

class TestLauncher : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LaunchRoot> m_root;
    std::unique_ptr<TestUser> m_user;
    bool m_mediaWasMountPoint = false;

    LaunchResult probe(const QStringList &arguments, LaunchOptions options = {})
    {
        if (!options.user)
            options.user = m_user.get();
        return launch(*m_root, arguments, options);
    }
    LaunchResult asRoot(const QStringList &arguments, LaunchOptions options = {})
    {
        return launch(*m_root, arguments, options);
    }
    static QStringList args(const char *app, std::initializer_list<const char *> rest = {})
    {
        QStringList list { QString::fromLatin1(app) };
        for (const char *argument : rest)
            list << QString::fromLatin1(argument);
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("the launcher tests need root (namespaces, mounts, cgroups, a setuid launcher)");
        m_mediaWasMountPoint = isMountPoint(QStringLiteral("/media"));
        m_root = std::make_unique<LaunchRoot>();
        QVERIFY2(
            m_root->isValid() && m_root->lastError().isEmpty(), qPrintable(m_root->lastError()));
        m_user = std::make_unique<TestUser>();
        QVERIFY(m_user->isValid());
        QVERIFY2(m_root->install(QStringLiteral("busybox-base")), qPrintable(m_root->lastError()));
        QVERIFY2(m_root->install(QStringLiteral("probe")), qPrintable(m_root->lastError()));
        QVERIFY2(m_root->install(QStringLiteral("probe-other")), qPrintable(m_root->lastError()));
        InstallOptions devmode;
        devmode.devmode = true;
        QVERIFY2(
            m_root->install(QStringLiteral("probe-dev"), devmode), qPrintable(m_root->lastError()));
        // photobooth shares $SNAP_DATA/photos over content; probe-other plugs it in.
        QVERIFY2(m_root->install(QStringLiteral("photobooth")), qPrintable(m_root->lastError()));
        const QString photos = m_root->filePath(QStringLiteral("/var/snap/photobooth/x1/photos"));
        QVERIFY(QDir().mkpath(photos));
        QFile photo(photos + QLatin1String("/first.jpg"));
        QVERIFY(photo.open(QIODevice::WriteOnly) && photo.write("cheese\n") == 7);
        photo.close();
        QVERIFY2(m_root->connect(
                     QStringLiteral("probe-other:photos"), QStringLiteral("photobooth:photos")),
            qPrintable(m_root->lastError()));
        InstallOptions classic;
        classic.classic = true;
        QVERIFY2(m_root->install(QStringLiteral("probe-classic"), classic),
            qPrintable(m_root->lastError()));
        // Every snap's namespace, cgroup and private /tmp exist before the tests compare
        // what failed launches leave behind.
        for (const char *app : { "probe.probe", "probe-other.probe", "probe-dev.probe" }) {
            const LaunchResult warm = probe(args(app, { "id" }));
            QVERIFY2(warm.exitCode == 0, qPrintable(warm.err));
        }
    }

    void cleanupTestCase()
    {
        m_root.reset();
        m_user.reset();
        // The launcher made /media a shared mount so that host mounts reach sandboxes;
        // give the machine back as it was.
        if (!m_mediaWasMountPoint && isMountPoint(QStringLiteral("/media")))
            ::umount2("/media", MNT_DETACH);
    }

    // ---- the file system the app sees ----

    void rootIsTheBaseSnap()
    {
        const LaunchResult result = probe(args("probe.probe", { "stat", "/bin/busybox" }));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(devIno(result.verdict()),
            statOf(m_root->filePath(QStringLiteral("/snap/busybox-base/x1/bin/busybox"))));
        // The base's own metadata is there, the host's root is not.
        QCOMPARE(probe(args("probe.probe", { "stat", "/meta/snap.yaml" })).exitCode, 0);
        QCOMPARE(
            probe(args("probe.probe", { "stat", "/work" })).verdict(), QStringLiteral("ENOENT"));
    }

    void snapHoldsTheSnap()
    {
        const LaunchResult env = probe(args("probe.probe", { "env" }));
        QCOMPARE(valueOf(env.outLines(), QStringLiteral("SNAP")), QStringLiteral("/snap/probe/x1"));
        const LaunchResult result
            = probe(args("probe.probe", { "stat", "/snap/probe/x1/bin/probe" }));
        QCOMPARE(devIno(result.verdict()),
            statOf(m_root->filePath(QStringLiteral("/snap/probe/x1/bin/probe"))));
        // Read-only, like the squashfs it is.
        QCOMPARE(probe(args("probe.probe", { "write", "/snap/probe/x1/new", "x" })).verdict(),
            QStringLiteral("EROFS"));
    }

    void hostfsHoldsTheHostRoot()
    {
        const QString inside = QStringLiteral("/var/lib/corral/hostfs") + m_root->path();
        const LaunchResult result
            = probe(args("probe.probe", { "stat", inside.toUtf8().constData() }));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(devIno(result.verdict()), statOf(m_root->path()));
        QCOMPARE(
            devIno(probe(args("probe.probe", { "stat", "/var/lib/corral/hostfs/work" })).verdict()),
            statOf(QStringLiteral("/work")));
    }

    void hostTmpIsNotVisible()
    {
        QTemporaryDir hostDir(QStringLiteral("/tmp/corral-host-XXXXXX"));
        QVERIFY(hostDir.isValid());
        QVERIFY(QFileInfo::exists(hostDir.path()));
        QCOMPARE(
            probe(args("probe.probe", { "stat", hostDir.path().toUtf8().constData() })).verdict(),
            QStringLiteral("ENOENT"));
    }

    void appsOfOneSnapShareTmp()
    {
        QCOMPARE(probe(args("probe.probe", { "write", "/tmp/shared", "from probe" })).verdict(),
            QStringLiteral("ok"));
        QCOMPARE(probe(args("probe.twin", { "read", "/tmp/shared" })).verdict(),
            QStringLiteral("ok from probe"));
    }

    void anotherSnapHasItsOwnTmp()
    {
        QCOMPARE(probe(args("probe.probe", { "write", "/tmp/mine", "x" })).verdict(),
            QStringLiteral("ok"));
        QCOMPARE(probe(args("probe-other.probe", { "read", "/tmp/mine" })).verdict(),
            QStringLiteral("ENOENT"));
        // Root-owned and 0700 all the way to the snap's directory, which is sticky 1777.
        QFileInfo base(m_root->filePath(QStringLiteral("/tmp/snap-private-tmp")));
        QCOMPARE(base.ownerId(), 0u);
        QCOMPARE(int(base.permissions() & 0x7777),
            int(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser
                | QFile::WriteUser | QFile::ExeUser));
    }

    void privateTmpRefusesWhatAUserPlanted()
    {
        // Someone made snap-private-tmp before the launcher did: it is not used.
        LaunchRoot root;
        QVERIFY(
            root.install(QStringLiteral("busybox-base")) && root.install(QStringLiteral("probe")));
        const QString planted = root.filePath(QStringLiteral("/tmp/snap-private-tmp"));
        QVERIFY(QDir().mkpath(planted));
        ::chmod(root.filePath(QStringLiteral("/tmp")).toUtf8().constData(), 01777);
        ::chown(planted.toUtf8().constData(), m_user->uid(), m_user->gid());
        const LaunchResult result = launch(root, args("probe.probe", { "id" }), { m_user.get() });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(
                     QLatin1String("snap-private-tmp is not owned by root; refusing to use it")),
            qPrintable(result.err));
        QVERIFY(!root.hasPreservedNamespace(QStringLiteral("probe")));
    }

    void devPtsIsANewInstance()
    {
        const LaunchResult result = probe(args("probe.probe", { "pts" }));
        QCOMPARE(result.exitCode, 0);
        const QString hostPts = statOf(QStringLiteral("/dev/pts")).section(QLatin1Char(' '), 0, 0);
        const QString sandboxPts = result.verdict().section(QLatin1Char(' '), 1, 1);
        QVERIFY2(sandboxPts.startsWith(QLatin1String("dev=")) && sandboxPts != hostPts,
            qPrintable(result.verdict() + QLatin1String(" vs ") + hostPts));
        // /dev/ptmx is the new instance's.
        const LaunchResult ptmx = probe(args("probe.probe", { "stat", "/dev/ptmx" }));
        QCOMPARE(ptmx.verdict().section(QLatin1Char(' '), 1, 1), sandboxPts);
    }

    void hostMountsBelowMediaAppearInside()
    {
        probe(args("probe.probe", { "id" })); // the namespace exists before the mount
        QTemporaryDir mediaDir(QStringLiteral("/media/corral-test-XXXXXX"));
        QVERIFY(mediaDir.isValid());
        QCOMPARE(
            ::mount("corral-test", mediaDir.path().toUtf8().constData(), "tmpfs", 0, nullptr), 0);
        const QString hostView = statOf(mediaDir.path());
        const LaunchResult inside
            = probe(args("probe.probe", { "stat", mediaDir.path().toUtf8().constData() }));
        ::umount2(mediaDir.path().toUtf8().constData(), MNT_DETACH);
        QCOMPARE(devIno(inside.verdict()), hostView);
    }

    void mountsInsideNeverReachTheHost()
    {
        probe(args("probe.probe", { "id" }));
        QTemporaryDir mediaDir(QStringLiteral("/media/corral-test-XXXXXX"));
        QVERIFY(mediaDir.isValid());
        const QString nsFile = m_root->filePath(QStringLiteral("/run/corral/ns/probe.mnt"));
        QString out;
        QCOMPARE(run(QStringLiteral("nsenter"),
                     { QStringLiteral("--mount=") + nsFile, QStringLiteral("mount"),
                         QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("inside"),
                         mediaDir.path() },
                     &out),
            0);
        const bool leaked = isMountPoint(mediaDir.path());
        run(QStringLiteral("nsenter"),
            { QStringLiteral("--mount=") + nsFile, QStringLiteral("umount"), mediaDir.path() });
        QVERIFY(!leaked);
    }

    void layoutsAppearInside()
    {
        // A bind and a tmpfs in directories of the read-only base, and a symlink.
        QCOMPARE(probe(args("probe.probe", { "read", "/usr/share/probe/hello.txt" })).verdict(),
            QStringLiteral("ok shared by the probe snap"));
        const QString cache = probe(args("probe.probe", { "stat", "/var/cache/probe" })).verdict();
        const QString var = probe(args("probe.probe", { "stat", "/var" })).verdict();
        QVERIFY2(cache.endsWith(QLatin1String("type=dir")), qPrintable(cache));
        QVERIFY(cache.section(QLatin1Char(' '), 1, 1) != var.section(QLatin1Char(' '), 1, 1));
        QVERIFY(probe(args("probe.probe", { "stat", "/opt/probe/share" }))
                    .verdict()
                    .endsWith(QLatin1String("type=link")));
        QCOMPARE(probe(args("probe.probe", { "read", "/opt/probe/share/hello.txt" })).verdict(),
            QStringLiteral("ok shared by the probe snap"));
        // What the base had there, and what was mounted below, is still there.
        QCOMPARE(devIno(probe(args("probe.probe", { "stat", "/var/snap/probe/x1" })).verdict()),
            statOf(m_root->filePath(QStringLiteral("/var/snap/probe/x1"))));
        QCOMPARE(devIno(probe(args("probe.probe", { "stat", "/usr/lib" })).verdict()),
            statOf(m_root->filePath(QStringLiteral("/snap/busybox-base/x1/usr/lib"))));
        QCOMPARE(
            devIno(probe(args("probe.probe", { "stat", "/var/lib/corral/hostfs/work" })).verdict()),
            statOf(QStringLiteral("/work")));
    }

    void contentAppearsAtThePlugsTarget()
    {
        QCOMPARE(
            probe(args("probe-other.probe", { "read", "/snap/probe-other/x1/photos/first.jpg" }))
                .verdict(),
            QStringLiteral("ok cheese"));
        // Read-only, as the slot shares it.
        QCOMPARE(
            probe(args("probe-other.probe", { "write", "/snap/probe-other/x1/photos/new", "x" }))
                .verdict(),
            QStringLiteral("EROFS"));
        // The snap's own files are still there around the new mount point.
        QCOMPARE(
            devIno(probe(args("probe-other.probe", { "stat", "/snap/probe-other/x1/bin/probe" }))
                       .verdict()),
            statOf(m_root->filePath(QStringLiteral("/snap/probe-other/x1/bin/probe"))));
    }

    // ---- file access (Landlock) ----

    void filesOutsideThePolicyCannotBeRead()
    {
        QVERIFY(m_user->writeFile(QStringLiteral(".ssh/id_rsa"), "secret\n", 0600));
        // The person can read it outside; the app cannot.
        const QString key = m_user->home() + QLatin1String("/.ssh/id_rsa");
        QCOMPARE(probe(args("probe.probe", { "read", key.toUtf8().constData() })).verdict(),
            QStringLiteral("EACCES"));
        QCOMPARE(probe(args("probe-dev.probe", { "read", key.toUtf8().constData() })).verdict(),
            QStringLiteral("ok secret"));
    }

    void hiddenFilesStayPrivateWhenHomeIsConnected()
    {
        QVERIFY2(m_root->connect(QStringLiteral("probe:home"), QStringLiteral(":home")),
            qPrintable(m_root->lastError()));
        QVERIFY(m_user->writeFile(QStringLiteral(".ssh/id_rsa"), "secret\n", 0600));
        QVERIFY(m_user->writeFile(QStringLiteral("Documents/letter"), "dear\n"));
        const QString key = m_user->home() + QLatin1String("/.ssh/id_rsa");
        const QString letter = m_user->home() + QLatin1String("/Documents/letter");
        QCOMPARE(probe(args("probe.home", { "read", letter.toUtf8().constData() })).verdict(),
            QStringLiteral("ok dear"));
        QCOMPARE(probe(args("probe.home", { "read", key.toUtf8().constData() })).verdict(),
            QStringLiteral("EACCES"));
    }

    void userDataCanBeReadAndWritten()
    {
        // Made by the launcher, as the person.
        probe(args("probe.probe", { "id" }));
        const QString userData = m_user->home() + QLatin1String("/snap/probe/x1");
        QFileInfo info(userData);
        QVERIFY(info.isDir());
        QCOMPARE(info.ownerId(), m_user->uid());
        QVERIFY(m_user->writeFile(QStringLiteral("snap/probe/x1/note"), "kept\n"));
        QCOMPARE(probe(args("probe.probe",
                           { "read", (userData + QLatin1String("/note")).toUtf8().constData() }))
                     .verdict(),
            QStringLiteral("ok kept"));
        QCOMPARE(
            probe(args("probe.probe",
                      { "write", (userData + QLatin1String("/made-inside")).toUtf8().constData(),
                          "x" }))
                .verdict(),
            QStringLiteral("ok"));
        QCOMPARE(QFileInfo(userData + QLatin1String("/made-inside")).ownerId(), m_user->uid());
    }

    // ---- system calls (seccomp) ----

    void forbiddenSystemCallsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("syscall");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("mount") << QStringList { QStringLiteral("mount") } << int(SYS_mount)
                               << QStringLiteral("EPERM");
        QTest::newRow("ptrace of another process") << QStringList { QStringLiteral("ptrace") }
                                                   << int(SYS_ptrace) << QStringLiteral("EPERM");
        QTest::newRow("keyctl") << QStringList { QStringLiteral("keyctl") } << int(SYS_keyctl)
                                << QStringLiteral("EPERM");
        QTest::newRow("ioctl TIOCSTI") << QStringList { QStringLiteral("tiocsti") }
                                       << int(SYS_ioctl) << QStringLiteral("EACCES");
        QTest::newRow("unshare CLONE_NEWUSER") << QStringList { QStringLiteral("unshare-user") }
                                               << int(SYS_unshare) << QStringLiteral("EPERM");
    }

    void forbiddenSystemCallsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, syscall);
        QFETCH(QString, verdict);
        // ptrace needs a victim: a process of the same person outside the sandbox.
        QProcess victim;
        if (arguments.first() == QLatin1String("ptrace")) {
            victim.start(QStringLiteral("setpriv"),
                { QStringLiteral("--reuid=%1").arg(m_user->uid()),
                    QStringLiteral("--regid=%1").arg(m_user->gid()),
                    QStringLiteral("--clear-groups"), QStringLiteral("sleep"),
                    QStringLiteral("60") });
            QVERIFY(victim.waitForStarted());
            arguments << QString::number(victim.processId());
        }
        // The filter said no (and logged it), not some other check. The kernel rate-limits
        // its log, so a launch whose record was dropped is repeated.
        bool logged = false;
        for (int attempt = 0; attempt < 4 && !logged; ++attempt) {
            const LaunchResult result
                = probe(QStringList { QStringLiteral("probe.probe") } + arguments);
            QCOMPARE(result.verdict(), verdict);
            logged = seccompLogged(result.pid, syscall);
        }
        if (victim.state() != QProcess::NotRunning) {
            victim.kill();
            victim.waitForFinished();
        }
        QVERIFY2(logged, "no seccomp record in the kernel log");
    }

    void devmodeLogsInsteadOfRefusing()
    {
        bool logged = false;
        for (int attempt = 0; attempt < 4 && !logged; ++attempt) {
            const LaunchResult result = probe(args("probe-dev.probe", { "keyctl" }));
            QCOMPARE(result.verdict(), QStringLiteral("ok"));
            logged = seccompLogged(result.pid, SYS_keyctl);
        }
        QVERIFY2(logged, "no seccomp record in the kernel log");
    }

    // ---- devices ----

    void devicesOutsideTheListCannotBeOpened_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("cgroup v1 devices controller") << QStringLiteral("v1");
        QTest::newRow("cgroup v2 BPF program") << QStringLiteral("v2");
    }

    void devicesOutsideTheListCannotBeOpened()
    {
        QFETCH(QString, version);
        // A block device node (the first loop device) in the snap's private /tmp, which the
        // app may read as far as file permissions and Landlock go.
        const QString node
            = m_root->filePath(QStringLiteral("/tmp/snap-private-tmp/probe/tmp/blk"));
        QFile::remove(node);
        QCOMPARE(::mknod(node.toUtf8().constData(), S_IFBLK | 0666, makedev(7, 0)), 0);
        // The version override is honoured for root only, so these launches are root's,
        // who keeps no capability inside but is not otherwise kept from the node.
        LaunchOptions options;
        options.environment << QStringLiteral("CORRAL_LAUNCH_DEVICE_CGROUP=") + version;
        const LaunchResult blocked
            = asRoot(args("probe.probe", { "open-dev", "/tmp/blk" }), options);
        const LaunchResult null = asRoot(args("probe.probe", { "open-dev", "/dev/null" }), options);
        const LaunchResult devmode
            = asRoot(args("probe-dev.probe", { "open-dev", "/tmp/blk" }), options);
        QFile::remove(node);
        QCOMPARE(blocked.verdict(), QStringLiteral("EPERM"));
        QCOMPARE(null.verdict(), QStringLiteral("ok"));
        const QString cgroup
            = (version == QLatin1String("v1") ? QStringLiteral("/sys/fs/cgroup/devices/")
                                              : QStringLiteral("/sys/fs/cgroup/unified/"))
            + m_root->cgroupGroup() + QLatin1String("/snap.probe.probe");
        QVERIFY2(QFileInfo(cgroup).isDir(), qPrintable(cgroup));
        // devmode has no device cgroup; its private /tmp is another one, so the same node
        // there does not exist: the verdict is about the path, not the device.
        QCOMPARE(devmode.verdict(), QStringLiteral("ENOENT"));
    }

    void devmodeAppliesNoDeviceCgroup()
    {
        const QString node
            = m_root->filePath(QStringLiteral("/tmp/snap-private-tmp/probe-dev/tmp/blk"));
        QFile::remove(node);
        QCOMPARE(::mknod(node.toUtf8().constData(), S_IFBLK | 0666, makedev(7, 0)), 0);
        const LaunchResult devmode = asRoot(args("probe-dev.probe", { "open-dev", "/tmp/blk" }));
        QFile::remove(node);
        QCOMPARE(devmode.verdict(), QStringLiteral("ok"));
    }

    // ---- privileges ----

    void runsAsTheCallerWithoutCapabilities()
    {
        const LaunchResult result = probe(args("probe.probe", { "id" }));
        QCOMPARE(result.exitCode, 0);
        const QString ids = result.verdict();
        const QString uid = QString::number(m_user->uid());
        const QString gid = QString::number(m_user->gid());
        QVERIFY2(ids.contains(QStringLiteral("uid=%1\t%1\t%1\t%1 ").arg(uid)), qPrintable(ids));
        QVERIFY2(ids.contains(QStringLiteral("gid=%1\t%1\t%1\t%1 ").arg(gid)), qPrintable(ids));
        QVERIFY2(ids.contains(QStringLiteral("groups=%1 ").arg(gid)), qPrintable(ids));
        for (const char *set : { "capinh", "capprm", "capeff", "capbnd", "capamb" })
            QVERIFY2(ids.contains(QLatin1String(set) + QLatin1String("=0000000000000000")),
                qPrintable(ids));
        QVERIFY2(ids.endsWith(QLatin1String("nonewprivs=1")), qPrintable(ids));
    }

    void rootKeepsNoCapabilityEither()
    {
        const QString ids = asRoot(args("probe.probe", { "id" })).verdict();
        QVERIFY2(ids.contains(QLatin1String("capbnd=0000000000000000 capamb=0000000000000000")),
            qPrintable(ids));
        QVERIFY2(ids.contains(QLatin1String("capprm=0000000000000000 capeff=0000000000000000")),
            qPrintable(ids));
    }

    // ---- what the app is started with ----

    void environmentIsTheSnaps()
    {
        LaunchOptions options;
        options.environment << QStringLiteral("LD_LIBRARY_PATH=/opt/evil")
                            << QStringLiteral("SNAP_DATA=/spoofed") << QStringLiteral("DISPLAY=:7");
        const LaunchResult result = probe(args("probe.chained"), options);
        QCOMPARE(result.exitCode, 0);
        const QStringList environment = result.outLines();
        const QString userData = m_user->home() + QLatin1String("/snap/probe/x1");
        QCOMPARE(valueOf(environment, QStringLiteral("SNAP")), QStringLiteral("/snap/probe/x1"));
        QCOMPARE(valueOf(environment, QStringLiteral("SNAP_NAME")), QStringLiteral("probe"));
        QCOMPARE(valueOf(environment, QStringLiteral("SNAP_REVISION")), QStringLiteral("x1"));
        QCOMPARE(valueOf(environment, QStringLiteral("SNAP_DATA")),
            QStringLiteral("/var/snap/probe/x1"));
        QCOMPARE(valueOf(environment, QStringLiteral("SNAP_USER_DATA")), userData);
        QCOMPARE(valueOf(environment, QStringLiteral("HOME")), userData);
        QCOMPARE(valueOf(environment, QStringLiteral("SNAP_REAL_HOME")), m_user->home());
        QCOMPARE(valueOf(environment, QStringLiteral("TMPDIR")), QStringLiteral("/tmp"));
        QCOMPARE(valueOf(environment, QStringLiteral("XDG_RUNTIME_DIR")),
            QStringLiteral("/run/user/%1/snap.probe").arg(m_user->uid()));
        QCOMPARE(valueOf(environment, QStringLiteral("DISPLAY")), QStringLiteral(":7"));
        QCOMPARE(
            valueOf(environment, QStringLiteral("LD_LIBRARY_PATH")), QStringLiteral("<unset>"));
        QCOMPARE(valueOf(environment, QStringLiteral("CORRAL_ROOT")), QStringLiteral("<unset>"));
        // The snap's environment, expanded; the command chain ran first.
        QCOMPARE(valueOf(environment, QStringLiteral("PROBE_SNAP")), QStringLiteral("probe-x1"));
        QCOMPARE(valueOf(environment, QStringLiteral("PROBE_CHAIN")),
            QStringLiteral("ran before /snap/probe/x1/bin/probe"));
    }

    void argumentsReachTheApp()
    {
        const LaunchResult result
            = probe(args("probe.probe", { "write", "/tmp/with space", "two words" }));
        QCOMPARE(result.verdict(), QStringLiteral("ok"));
        QCOMPARE(probe(args("probe.probe", { "read", "/tmp/with space" })).verdict(),
            QStringLiteral("ok two words"));
    }

    void workingDirectoryIsKept()
    {
        LaunchOptions options;
        options.workingDirectory = m_user->home();
        QCOMPARE(probe(args("probe.probe", { "cwd" }), options).verdict(),
            QLatin1String("ok ") + m_user->home());
    }

    void classicRunsOnTheHost()
    {
        const LaunchResult ns = probe(args("probe-classic.probe", { "ns" }));
        const QString hostNamespace = QFile::symLinkTarget(QStringLiteral("/proc/self/ns/mnt"))
                                          .section(QLatin1Char('/'), -1);
        QVERIFY2(
            ns.verdict().startsWith(QLatin1String("ok ") + hostNamespace + QLatin1String(" id=")),
            qPrintable(ns.verdict()));
        const QString ids = probe(args("probe-classic.probe", { "id" })).verdict();
        QVERIFY2(ids.contains(QStringLiteral("uid=%1\t").arg(m_user->uid())), qPrintable(ids));
        QVERIFY2(ids.contains(QLatin1String("capeff=0000000000000000")), qPrintable(ids));
        const QStringList environment = probe(args("probe-classic.probe", { "env" })).outLines();
        QCOMPARE(valueOf(environment, QStringLiteral("SNAP")),
            m_root->filePath(QStringLiteral("/snap/probe-classic/x1")));
        QCOMPARE(valueOf(environment, QStringLiteral("HOME")), m_user->home());
    }

    void corralRunStartsTheApp()
    {
        LaunchOptions options;
        options.user = m_user.get();
        options.program = QStringLiteral(CORRAL_CLI);
        const LaunchResult result = launch(*m_root,
            { QStringLiteral("run"), QStringLiteral("probe.probe"), QStringLiteral("cwd") },
            options);
        QCOMPARE(result.verdict(), QStringLiteral("ok /"));
        // An app named like its snap needs no app name.
        const LaunchResult bare = launch(*m_root,
            { QStringLiteral("run"), QStringLiteral("probe"), QStringLiteral("id") }, options);
        QVERIFY2(bare.verdict().startsWith(QLatin1String("ok uid=")), qPrintable(bare.err));
    }

    // ---- the preserved namespace ----

    void secondLaunchJoinsThePreservedNamespace()
    {
        m_root->discardNamespace(QStringLiteral("probe"));
        const QString first = probe(args("probe.probe", { "ns" })).verdict();
        QVERIFY(m_root->hasPreservedNamespace(QStringLiteral("probe")));
        const QString second = probe(args("probe.twin", { "ns" })).verdict();
        QVERIFY(first.startsWith(QLatin1String("ok mnt:[")));
        QCOMPARE(second, first);
        QVERIFY(first != probe(args("probe-other.probe", { "ns" })).verdict());
    }

    void newBaseRevisionGetsAFreshNamespace()
    {
        LaunchRoot root;
        QVERIFY(
            root.install(QStringLiteral("busybox-base")) && root.install(QStringLiteral("probe")));
        const QString before
            = launch(root, args("probe.probe", { "ns" }), { m_user.get() }).verdict();
        QCOMPARE(launch(root, args("probe.probe", { "ns" }), { m_user.get() }).verdict(), before);
        QVERIFY2(root.install(QStringLiteral("busybox-base")), qPrintable(root.lastError())); // x2
        QVERIFY(QFile(root.filePath(QStringLiteral("/var/lib/corral/plans/snap.probe.probe.plan")))
                    .open(QIODevice::ReadOnly));
        const LaunchResult after = launch(root, args("probe.probe", { "ns" }), { m_user.get() });
        QVERIFY2(after.verdict().startsWith(QLatin1String("ok mnt:[")), qPrintable(after.err));
        QVERIFY(after.verdict() != before);
        const QString info = QString::fromUtf8([&] {
            QFile file(root.filePath(QStringLiteral("/run/corral/ns/probe.info")));
            file.open(QIODevice::ReadOnly);
            return file.readAll();
        }());
        QVERIFY2(info.contains(QLatin1String("base busybox-base x2")), qPrintable(info));
        const LaunchResult busybox
            = launch(root, args("probe.probe", { "stat", "/bin/busybox" }), { m_user.get() });
        QCOMPARE(devIno(busybox.verdict()),
            statOf(root.filePath(QStringLiteral("/snap/busybox-base/x2/bin/busybox"))));
    }

    void newSnapRevisionGetsAFreshNamespace()
    {
        LaunchRoot root;
        QVERIFY(
            root.install(QStringLiteral("busybox-base")) && root.install(QStringLiteral("probe")));
        const QString before
            = launch(root, args("probe.probe", { "ns" }), { m_user.get() }).verdict();
        QVERIFY(root.install(QStringLiteral("probe"))); // x2
        const LaunchResult after = launch(root, args("probe.probe", { "env" }), { m_user.get() });
        QCOMPARE(
            valueOf(after.outLines(), QStringLiteral("SNAP")), QStringLiteral("/snap/probe/x2"));
        QVERIFY(launch(root, args("probe.probe", { "ns" }), { m_user.get() }).verdict() != before);
    }

    void concurrentColdLaunchesShareOneNamespace()
    {
        m_root->discardNamespace(QStringLiteral("probe"));
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 8; ++i) {
            auto process = std::make_unique<QProcess>();
            QProcessEnvironment environment;
            environment.insert(QStringLiteral("CORRAL_ROOT"), m_root->path());
            environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
            process->setProcessEnvironment(environment);
            process->setWorkingDirectory(QStringLiteral("/"));
            process->start(
                m_root->launcher(), { QStringLiteral("probe.probe"), QStringLiteral("ns") });
            processes.push_back(std::move(process));
        }
        QSet<QString> namespaces;
        for (auto &process : processes) {
            QVERIFY(process->waitForFinished(30000));
            QCOMPARE(process->exitCode(), 0);
            namespaces.insert(QString::fromUtf8(process->readAllStandardOutput()).trimmed());
        }
        QCOMPARE(namespaces.size(), 1);
    }

    void bindingRetriesWhenTheKernelRefuses()
    {
        // The test hook makes the first binds fail as the kernel does when it handed the new
        // namespace an older id; each retry builds a fresh namespace.
        m_root->discardNamespace(QStringLiteral("probe"));
        LaunchOptions options;
        options.environment << QStringLiteral("CORRAL_LAUNCH_TEST_FAIL_NS_BINDS=3")
                            << QStringLiteral("CORRAL_LAUNCH_DEBUG=1");
        const LaunchResult result = asRoot(args("probe.probe", { "ns" }), options);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.err.count(QLatin1String("failed with EINVAL")), 3);
        QVERIFY(m_root->hasPreservedNamespace(QStringLiteral("probe")));
        // The namespace that was preserved is the one the app ran in.
        QCOMPARE(asRoot(args("probe.probe", { "ns" })).verdict(), result.verdict());
    }

    void bindingGivesUpAfterBoundedRetries()
    {
        m_root->discardNamespace(QStringLiteral("probe"));
        const QStringList before = m_root->leftovers();
        LaunchOptions options;
        options.environment << QStringLiteral("CORRAL_LAUNCH_TEST_FAIL_NS_BINDS=1000");
        const LaunchResult result = asRoot(args("probe.probe", { "ns" }), options);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.startsWith(
                     QLatin1String("cannot enter the mount namespace of snap probe: cannot "
                                   "preserve the namespace at ")),
            qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("Invalid argument")), qPrintable(result.err));
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(m_root->leftovers(), before);
        QVERIFY(!m_root->hasPreservedNamespace(QStringLiteral("probe")));
        // The test hook is for root alone: through the setuid bit it does nothing.
        LaunchOptions asUser = options;
        asUser.user = m_user.get();
        QCOMPARE(launch(*m_root, args("probe.probe", { "cwd" }), asUser).verdict(),
            QStringLiteral("ok /"));
    }

    void coldLaunchesSurviveOutOfOrderNamespaceIds()
    {
        // Namespace ids come from per-CPU batches. From inside a namespace whose id comes
        // from the newer batch, a namespace made on the other CPU has a smaller id and the
        // kernel refuses to bind it: the first attempt of every cold launch pinned there
        // fails for real, and the launcher must recover by building elsewhere.
        const int cpus = int(::sysconf(_SC_NPROCESSORS_ONLN));
        if (cpus < 2)
            QSKIP("needs two CPUs");
        int low = 0;
        int high = 1;
        if (namespaceIdOn(0) > namespaceIdOn(1))
            std::swap(low, high);
        const bool idsKnown = namespaceIdOn(low) != 0;
        const int launches = 50;
        const QString nsFile = m_root->filePath(QStringLiteral("/run/corral/ns/probe.mnt"));
        const QString script = QStringLiteral(
            "for i in $(seq %1); do umount -l %2 2>/dev/null; taskset -c %3 %4 probe.probe ns "
            ">/dev/null || exit 1; done")
                                   .arg(launches)
                                   .arg(nsFile)
                                   .arg(low)
                                   .arg(m_root->launcher());
        QProcess process;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("CORRAL_ROOT"), m_root->path());
        environment.insert(QStringLiteral("CORRAL_LAUNCH_DEBUG"), QStringLiteral("1"));
        environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/sbin:/usr/bin:/sbin:/bin"));
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(QStringLiteral("/"));
        process.start(QStringLiteral("taskset"),
            { QStringLiteral("-c"), QString::number(high), QStringLiteral("unshare"),
                QStringLiteral("--mount"), QStringLiteral("sh"), QStringLiteral("-c"), script });
        QVERIFY(process.waitForFinished(120000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitCode() == 0, qPrintable(err.right(2000)));
        QCOMPARE(err.count(QLatin1String("built and preserved a new namespace")), launches);
        const qsizetype retries = err.count(QLatin1String("failed with EINVAL"));
        qInfo("%lld retries over %d cold launches", qint64(retries), launches);
        if (idsKnown)
            QVERIFY2(retries > 0, "no launch met an out-of-order namespace id");
    }

    // ---- bad input ----

    void badInputFailsWithItsOwnLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("error");
        const QStringList probeId { QStringLiteral("probe.probe"), QStringLiteral("id") };
        QTest::newRow("unknown snap")
            << QStringList { QStringLiteral("nosuch.app") } << QString()
            << QStringLiteral("cannot read the launch plan of snap.nosuch.app: snap \"nosuch\" is "
                              "not installed");
        QTest::newRow("unknown app")
            << QStringList { QStringLiteral("probe.nosuch") } << QString()
            << QStringLiteral("cannot read the launch plan of snap.probe.nosuch: snap \"probe\" "
                              "has no app \"nosuch\"");
        QTest::newRow("invalid name")
            << QStringList { QStringLiteral("../etc.passwd") } << QString()
            << QStringLiteral(
                   "cannot start: \"../etc.passwd\" does not start with a valid snap name");
        QTest::newRow("missing base")
            << probeId << QStringLiteral("missing-base")
            << QStringLiteral(
                   "cannot start snap.probe.probe: its base snap \"gone-base\" is not installed");
        QTest::newRow("plan not owned by root")
            << probeId << QStringLiteral("plan-owner")
            << QStringLiteral("cannot read the launch plan of snap.probe.probe: @PLAN@ is owned by "
                              "uid @UID@, not root");
        QTest::newRow("plan writable by others")
            << probeId << QStringLiteral("plan-mode")
            << QStringLiteral(
                   "cannot read the launch plan of snap.probe.probe: @PLAN@ is writable by others");
        QTest::newRow("plan path through a symbolic link")
            << probeId << QStringLiteral("plan-symlink")
            << QStringLiteral(
                   "cannot read the launch plan of snap.probe.probe: @PLAN@ is a symbolic link");
        QTest::newRow("truncated seccomp filter")
            << probeId << QStringLiteral("seccomp-truncated")
            << QStringLiteral("cannot load seccomp filter @BPF@: file size does not match the "
                              "instruction count");
        QTest::newRow("missing working directory")
            << probeId << QStringLiteral("cwd")
            << QStringLiteral("cannot restore the working directory: @CWD@ does not exist in the "
                              "sandbox of snap probe (it has its own /tmp)");
        QTest::newRow("LD_PRELOAD set")
            << probeId << QStringLiteral("ld-preload")
            << QStringLiteral(
                   "cannot start: LD_PRELOAD is set; confined apps cannot have libraries injected");
        QTest::newRow("launcher run from an unexpected path")
            << probeId << QStringLiteral("elsewhere")
            << QStringLiteral(
                   "cannot start: it runs from @ELSEWHERE@, not from " CORRAL_LAUNCH_INSTALL_PATH);
        QTest::newRow("CORRAL_ROOT the caller controls")
            << probeId << QStringLiteral("user-root")
            << QStringLiteral("cannot start: CORRAL_ROOT cannot be trusted: @HOME@ is owned by uid "
                              "@UID@, not root");
    }

    void badInputFailsWithItsOwnLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, setup);
        QFETCH(QString, error);
        const QString plan
            = m_root->filePath(QStringLiteral("/var/lib/corral/plans/snap.probe.probe.plan"));
        const QString bpf
            = m_root->filePath(QStringLiteral("/var/lib/corral/seccomp/snap.probe.probe.bpf"));
        FileGuard planGuard(plan);
        FileGuard bpfGuard(bpf);
        QTemporaryDir hostTmp(QStringLiteral("/tmp/corral-cwd-XXXXXX"));
        const QString elsewhere = m_root->filePath(QStringLiteral("/elsewhere/corral-launch"));
        LaunchOptions options;
        options.user = m_user.get();
        // Cold: a launch that fails must not leave a half-built namespace either.
        m_root->discardNamespace(QStringLiteral("probe"));
        if (setup == QLatin1String("missing-base")) {
            QByteArray text = planGuard.content();
            text.replace("base busybox-base x1", "base gone-base -");
            text.replace(m_root->filePath(QStringLiteral("/snap/busybox-base/x1")).toUtf8(),
                m_root->filePath(QStringLiteral("/snap/gone-base/current")).toUtf8());
            QFile file(plan);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                && file.write(text) == text.size());
        } else if (setup == QLatin1String("plan-owner")) {
            QCOMPARE(::chown(plan.toUtf8().constData(), m_user->uid(), 0), 0);
        } else if (setup == QLatin1String("plan-mode")) {
            QCOMPARE(::chmod(plan.toUtf8().constData(), 0646), 0);
        } else if (setup == QLatin1String("plan-symlink")) {
            const QString real = m_root->filePath(QStringLiteral("/var/lib/corral/real.plan"));
            QFile::remove(real);
            QVERIFY(QFile::rename(plan, real));
            QVERIFY(QFile::link(real, plan));
        } else if (setup == QLatin1String("seccomp-truncated")) {
            QCOMPARE(::truncate(bpf.toUtf8().constData(), 100), 0);
        } else if (setup == QLatin1String("cwd")) {
            QVERIFY(hostTmp.isValid());
            ::chmod(hostTmp.path().toUtf8().constData(), 0755);
            options.workingDirectory = hostTmp.path();
        } else if (setup == QLatin1String("ld-preload")) {
            options.environment << QStringLiteral("LD_PRELOAD=/lib/x86_64-linux-gnu/libc.so.6");
        } else if (setup == QLatin1String("elsewhere")) {
            QDir().mkpath(QFileInfo(elsewhere).path());
            QVERIFY(QFile::copy(m_root->launcher(), elsewhere));
            QCOMPARE(::chmod(elsewhere.toUtf8().constData(), 04755), 0);
            options.program = elsewhere;
        } else if (setup == QLatin1String("user-root")) {
            options.environment << QStringLiteral("CORRAL_ROOT=") + m_user->home();
        }
        error.replace(QLatin1String("@PLAN@"), plan)
            .replace(QLatin1String("@BPF@"), bpf)
            .replace(QLatin1String("@CWD@"), hostTmp.path())
            .replace(QLatin1String("@ELSEWHERE@"), elsewhere)
            .replace(QLatin1String("@HOME@"), m_user->home())
            .replace(QLatin1String("@UID@"), QString::number(m_user->uid()));

        const QStringList before = m_root->leftovers();
        const QStringList userSnapBefore = QDir(m_user->home() + QLatin1String("/snap"))
                                               .entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        const LaunchResult result = launch(*m_root, arguments, options);
        QFile::remove(elsewhere);
        if (setup == QLatin1String("plan-symlink")) {
            QFile::remove(plan);
            QFile::rename(m_root->filePath(QStringLiteral("/var/lib/corral/real.plan")), plan);
        }
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.out, QString());
        QCOMPARE(result.err, error + QLatin1Char('\n'));
        QCOMPARE(m_root->leftovers(), before);
        QCOMPARE(QDir(m_user->home() + QLatin1String("/snap"))
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
            userSnapBefore);
        QVERIFY(!m_root->hasPreservedNamespace(QStringLiteral("probe")));
    }
};

QTEST_GUILESS_MAIN(TestLauncher)
#include "tst_launcher.moc"
