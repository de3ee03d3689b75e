// The sandbox as data, without root: the mount operations a plan turns into, the
// namespace fingerprint, the app's environment and argv, the Landlock rights, and the
// device cgroup rules and BPF program (run here in a small interpreter).
#include "launcher/cgroup.h"
#include "launcher/env.h"
#include "launcher/invocation.h"
#include "launcher/landlock.h"
#include "launcher/sandbox.h"

#include <QTest>

#include <linux/landlock.h>

using namespace corral::launch;

namespace {

Plan examplePlan()
{
    Plan plan;
    plan.tag = "snap.hello.hello";
    plan.snap = "hello";
    plan.app = "hello";
    plan.revision = "x2";
    plan.base = "busybox-base";
    plan.baseRevision = "x1";
    plan.baseDir = "/root/snap/busybox-base/x1";
    plan.snapDir = "/root/snap/hello/x2";
    plan.command = { "bin/hello", "--greet" };
    plan.seccompFile = "/root/var/lib/corral/seccomp/snap.hello.hello.bpf";
    plan.apparmorLabel = plan.tag;
    return plan;
}

QStringList describeAll(const std::vector<MountOp> &ops)
{
    QStringList lines;
    for (const MountOp &op : ops)
        lines << QString::fromStdString(describe(op));
    return lines;
}

// Runs the cgroup device program on one access, with just the instructions it uses.
int runDeviceProgram(const std::vector<bpf_insn> &program, char type, int major, int minor)
{
    const std::uint32_t context[3] = { std::uint32_t((6 << 16) | (type == 'b' ? 1 : 2)),
        std::uint32_t(major), std::uint32_t(minor) };
    std::uint64_t reg[11] = {};
    for (std::size_t pc = 0; pc < program.size(); ++pc) {
        const bpf_insn &i = program[pc];
        switch (i.code) {
        case BPF_LDX | BPF_W | BPF_MEM:
            reg[i.dst_reg] = context[i.off / 4];
            break;
        case BPF_ALU | BPF_AND | BPF_K:
            reg[i.dst_reg] = std::uint32_t(reg[i.dst_reg]) & std::uint32_t(i.imm);
            break;
        case BPF_ALU64 | BPF_MOV | BPF_K:
            reg[i.dst_reg] = std::uint64_t(std::int64_t(i.imm));
            break;
        case BPF_JMP | BPF_JNE | BPF_K:
            if (reg[i.dst_reg] != std::uint64_t(std::int64_t(i.imm)))
                pc += std::size_t(i.off);
            break;
        case BPF_JMP | BPF_EXIT:
            return int(reg[0]);
        default:
            return -1; // an instruction this interpreter (and the program) should not have
        }
    }
    return -2; // fell off the end
}

} // namespace

class TestLaunchSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void operationsBuildTheSandboxInOrder()
    {
        Plan plan = examplePlan();
        plan.layout.push_back({ LayoutEntry::Kind::Bind, "/root/var/snap/other/x1/photos",
            "/snap/hello/x2/photos", true });
        plan.layout.push_back({ LayoutEntry::Kind::Tmpfs, {}, "/opt", false });
        plan.layout.push_back({ LayoutEntry::Kind::Symlink, "/opt/x", "/usr/share/x", false });
        SandboxPaths paths = sandboxPaths("/root");
        paths.snapMountDir = "/snap";
        const QStringList expected = {
            QStringLiteral("rslave /"),
            QStringLiteral("root /root/run/corral/scratch"),
            QStringLiteral("base /root/snap/busybox-base/x1 -dev -etc -home -root -proc -sys -run "
                           "-media -snap -tmp -opt"),
            QStringLiteral("bind /dev /dev recursive"),
            QStringLiteral("bind /etc /etc recursive"),
            QStringLiteral("bind /home /home recursive optional"),
            QStringLiteral("bind /root /root recursive optional"),
            QStringLiteral("bind /proc /proc recursive"),
            QStringLiteral("bind /sys /sys recursive"),
            QStringLiteral("bind /var/tmp /var/tmp recursive optional"),
            QStringLiteral("bind /var/log /var/log recursive optional"),
            QStringLiteral("bind /run /run recursive"),
            QStringLiteral("bind /media /media recursive optional"),
            QStringLiteral("bind /lib/modules /lib/modules recursive optional"),
            QStringLiteral("bind /usr/src /usr/src recursive optional"),
            QStringLiteral("bind /root/snap /snap recursive"),
            QStringLiteral("bind /root/var/snap /var/snap recursive"),
            QStringLiteral("bind /root/var/lib/corral /var/lib/corral recursive"),
            QStringLiteral("bind /root/snap/hello/x2 /snap/hello/x2 ro"),
            QStringLiteral("private-tmp /root/tmp /tmp"),
            QStringLiteral("devpts /dev/pts"),
            QStringLiteral(
                "bind /root/var/snap/other/x1/photos /snap/hello/x2/photos ro nosymlinks"),
            QStringLiteral("tmpfs /opt"),
            QStringLiteral("symlink /opt/x /usr/share/x"),
            QStringLiteral("pivot-root /var/lib/corral/hostfs"),
        };
        QCOMPARE(describeAll(namespaceOperations(plan, paths)), expected);
    }

    void theHostRootNeedsNoPrefix()
    {
        SandboxPaths paths = sandboxPaths("/");
        paths.snapMountDir = "/snap";
        const QStringList lines = describeAll(namespaceOperations(examplePlan(), paths));
        QVERIFY(lines.contains(QStringLiteral("bind /snap /snap recursive")));
        QVERIFY(lines.contains(QStringLiteral("bind /var/lib/corral /var/lib/corral recursive")));
        QVERIFY(lines.contains(QStringLiteral("private-tmp /tmp /tmp")));
        QVERIFY(lines.contains(QStringLiteral("root /run/corral/scratch")));
    }

    void fingerprintChangesWithWhatTheNamespaceHolds_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("another base revision") << QStringLiteral("base");
        QTest::newRow("another snap revision") << QStringLiteral("revision");
        QTest::newRow("a new content mount") << QStringLiteral("mount");
        QTest::newRow("a new layout symlink") << QStringLiteral("symlink");
    }

    void fingerprintChangesWithWhatTheNamespaceHolds()
    {
        QFETCH(QString, change);
        const SandboxPaths paths = sandboxPaths("/root");
        const Plan before = examplePlan();
        Plan after = before;
        if (change == QLatin1String("base")) {
            after.baseRevision = "x2";
            after.baseDir = "/root/snap/busybox-base/x2";
        } else if (change == QLatin1String("revision")) {
            after.revision = "x3";
            after.snapDir = "/root/snap/hello/x3";
        } else if (change == QLatin1String("mount")) {
            after.layout.push_back({ LayoutEntry::Kind::Bind, "/a", "/b", true });
        } else {
            after.layout.push_back({ LayoutEntry::Kind::Symlink, "/a", "/b", false });
        }
        QVERIFY(namespaceFingerprint(before, namespaceOperations(before, paths))
            != namespaceFingerprint(after, namespaceOperations(after, paths)));
    }

    void fingerprintIgnoresWhatOnlyTheAppSees()
    {
        // Landlock rules, devices and the environment do not change the namespace.
        const SandboxPaths paths = sandboxPaths("/root");
        const Plan before = examplePlan();
        Plan after = before;
        after.landlock.push_back({ "r", "/etc" });
        after.devices.push_back({ 'c', 81, -1 });
        after.environment.emplace_back("A", "b");
        QCOMPARE(namespaceFingerprint(before, namespaceOperations(before, paths)),
            namespaceFingerprint(after, namespaceOperations(after, paths)));
    }

    void environmentIsTheCallersPlusTheSnaps()
    {
        Plan plan = examplePlan();
        plan.environment = { { "GREETING", "Hello from $SNAP_NAME" },
            { "DATA", "${SNAP_USER_DATA}/files:$NOSUCH:$" }, { "HOME", "$HOME/inner" } };
        Invocation invocation;
        invocation.uid = 1000;
        invocation.home = "/home/alice";
        invocation.environment = { "LANG=C.UTF-8", "PATH=/usr/bin:/bin", "DISPLAY=:0" };
        const AppPaths paths = appPaths(plan, invocation, "/snap/hello/x2");
        const std::vector<std::string> environment = appEnvironment(plan, invocation, paths);
        const auto value = [&](const std::string &name) -> QString {
            for (const std::string &entry : environment) {
                if (entry.rfind(name + "=", 0) == 0)
                    return QString::fromStdString(entry.substr(name.size() + 1));
            }
            return QStringLiteral("<unset>");
        };
        QCOMPARE(value("DISPLAY"), QStringLiteral(":0"));
        QCOMPARE(value("SNAP"), QStringLiteral("/snap/hello/x2"));
        QCOMPARE(value("SNAP_NAME"), QStringLiteral("hello"));
        QCOMPARE(value("SNAP_REVISION"), QStringLiteral("x2"));
        QCOMPARE(value("SNAP_DATA"), QStringLiteral("/var/snap/hello/x2"));
        QCOMPARE(value("SNAP_COMMON"), QStringLiteral("/var/snap/hello/common"));
        QCOMPARE(value("SNAP_USER_DATA"), QStringLiteral("/home/alice/snap/hello/x2"));
        QCOMPARE(value("SNAP_REAL_HOME"), QStringLiteral("/home/alice"));
        QCOMPARE(value("TMPDIR"), QStringLiteral("/tmp"));
        QCOMPARE(value("XDG_RUNTIME_DIR"), QStringLiteral("/run/user/1000/snap.hello"));
        QCOMPARE(value("PATH"),
            QStringLiteral("/snap/hello/x2/usr/sbin:/snap/hello/x2/usr/bin:/snap/hello/x2/sbin:"
                           "/snap/hello/x2/bin:/usr/bin:/bin"));
        QCOMPARE(value("GREETING"), QStringLiteral("Hello from hello"));
        QCOMPARE(value("DATA"), QStringLiteral("/home/alice/snap/hello/x2/files::$"));
        // A plan entry may refine what the launcher set (HOME is $SNAP_USER_DATA first).
        QCOMPARE(value("HOME"), QStringLiteral("/home/alice/snap/hello/x2/inner"));
    }

    void classicAppsSeeTheHostsPaths()
    {
        Plan plan = examplePlan();
        plan.confinement = Confinement::Classic;
        Invocation invocation;
        invocation.root = "/root";
        invocation.home = "/home/alice";
        const AppPaths paths = appPaths(plan, invocation, plan.snapDir);
        QCOMPARE(paths.snap, "/root/snap/hello/x2");
        QCOMPARE(paths.snapData, "/root/var/snap/hello/x2");
        bool homeIsReal = false;
        for (const std::string &entry : appEnvironment(plan, invocation, paths))
            homeIsReal = homeIsReal || entry == "HOME=/home/alice";
        QVERIFY(homeIsReal);
    }

    void commandRunsThroughTheChain()
    {
        Plan plan = examplePlan();
        plan.commandChain = { "bin/first", "bin/second" };
        const AppCommand command = appCommand(plan, "/snap/hello/x2", { "a b", "--c" });
        QCOMPARE(command.program, "/snap/hello/x2/bin/first");
        QCOMPARE(command.argv,
            (std::vector<std::string> { "/snap/hello/x2/bin/first", "/snap/hello/x2/bin/second",
                "/snap/hello/x2/bin/hello", "--greet", "a b", "--c" }));
    }

    void unsafeVariablesNeverReachTheApp_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("unsafe");
        QTest::newRow("LD_LIBRARY_PATH") << QStringLiteral("LD_LIBRARY_PATH") << true;
        QTest::newRow("any LD_ variable") << QStringLiteral("LD_BIND_NOW") << true;
        QTest::newRow("glibc's GCONV_PATH") << QStringLiteral("GCONV_PATH") << true;
        QTest::newRow("glibc tunables") << QStringLiteral("GLIBC_TUNABLES") << true;
        QTest::newRow("a spoofed SNAP_DATA") << QStringLiteral("SNAP_DATA") << true;
        QTest::newRow("the launcher's own CORRAL_ROOT") << QStringLiteral("CORRAL_ROOT") << true;
        QTest::newRow("TMPDIR, which the launcher sets") << QStringLiteral("TMPDIR") << true;
        QTest::newRow("DISPLAY") << QStringLiteral("DISPLAY") << false;
        QTest::newRow("LANG") << QStringLiteral("LANG") << false;
        QTest::newRow("SNAPSHOT, only a prefix of SNAP") << QStringLiteral("SNAPSHOT") << false;
    }

    void unsafeVariablesNeverReachTheApp()
    {
        QFETCH(QString, name);
        QFETCH(bool, unsafe);
        QCOMPARE(isUnsafeVariable(name.toStdString()), unsafe);
    }

    void landlockHandlesEveryRightTheAbiKnows_data()
    {
        QTest::addColumn<int>("abi");
        QTest::addColumn<quint64>("handled");
        QTest::newRow("no Landlock") << 0 << quint64(0);
        QTest::newRow("ABI 1") << 1 << quint64((1ULL << 13) - 1);
        QTest::newRow("ABI 2 adds REFER") << 2 << quint64((1ULL << 14) - 1);
        QTest::newRow("ABI 3 adds TRUNCATE") << 3 << quint64((1ULL << 15) - 1);
        QTest::newRow("ABI 4 adds only network rights") << 4 << quint64((1ULL << 15) - 1);
        QTest::newRow("ABI 5 adds IOCTL_DEV") << 5 << quint64((1ULL << 16) - 1);
        QTest::newRow("ABI 7") << 7 << quint64((1ULL << 16) - 1);
    }

    void landlockHandlesEveryRightTheAbiKnows()
    {
        QFETCH(int, abi);
        QFETCH(quint64, handled);
        QCOMPARE(quint64(handledAccess(abi)), handled);
    }

    void landlockLettersGrant_data()
    {
        QTest::addColumn<QString>("letters");
        QTest::addColumn<quint64>("granted");
        QTest::addColumn<quint64>("notGranted");
        QTest::newRow("r reads files and lists directories")
            << QStringLiteral("r")
            << quint64(LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR)
            << quint64(LANDLOCK_ACCESS_FS_WRITE_FILE | LANDLOCK_ACCESS_FS_EXECUTE);
        QTest::newRow("d only lists directories")
            << QStringLiteral("d") << quint64(LANDLOCK_ACCESS_FS_READ_DIR)
            << quint64(LANDLOCK_ACCESS_FS_READ_FILE);
        QTest::newRow("w writes, creates, removes, truncates and may use device ioctls")
            << QStringLiteral("w")
            << quint64(LANDLOCK_ACCESS_FS_WRITE_FILE | LANDLOCK_ACCESS_FS_MAKE_REG
                   | LANDLOCK_ACCESS_FS_REMOVE_FILE | LANDLOCK_ACCESS_FS_MAKE_DIR | (1ULL << 13)
                   | (1ULL << 14) | (1ULL << 15))
            << quint64(LANDLOCK_ACCESS_FS_READ_FILE);
        QTest::newRow("x executes") << QStringLiteral("x") << quint64(LANDLOCK_ACCESS_FS_EXECUTE)
                                    << quint64(LANDLOCK_ACCESS_FS_READ_FILE);
    }

    void landlockLettersGrant()
    {
        QFETCH(QString, letters);
        QFETCH(quint64, granted);
        QFETCH(quint64, notGranted);
        const std::uint64_t access = accessFor(letters.toStdString(), 7);
        QCOMPARE(quint64(access) & granted, granted);
        QCOMPARE(quint64(access) & notGranted, quint64(0));
        // An older kernel is never handed a right it does not know.
        QCOMPARE(accessFor(letters.toStdString(), 1) & ~handledAccess(1), std::uint64_t(0));
    }

    void landlockPathsExpandForTheCaller_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expanded");
        QTest::addColumn<QString>("glob");
        QTest::newRow("an absolute path")
            << QStringLiteral("/etc") << QStringLiteral("/etc") << QString();
        QTest::newRow("$HOME itself")
            << QStringLiteral("$HOME") << QStringLiteral("/home/alice") << QString();
        QTest::newRow("below $HOME")
            << QStringLiteral("$HOME/Pictures/Photo Booth")
            << QStringLiteral("/home/alice/Pictures/Photo Booth") << QString();
        QTest::newRow("a glob directly below $HOME")
            << QStringLiteral("$HOME/[!.]*") << QStringLiteral("/home/alice")
            << QStringLiteral("[!.]*");
        QTest::newRow("$SNAP_USER_DATA")
            << QStringLiteral("$SNAP_USER_DATA/x") << QStringLiteral("/home/alice/snap/hello/x2/x")
            << QString();
        QTest::newRow("$XDG_RUNTIME_DIR")
            << QStringLiteral("$XDG_RUNTIME_DIR") << QStringLiteral("/run/user/1000/snap.hello")
            << QString();
    }

    void landlockPathsExpandForTheCaller()
    {
        QFETCH(QString, path);
        QFETCH(QString, expanded);
        QFETCH(QString, glob);
        const LandlockVariables variables { "/home/alice", "/home/alice/snap/hello/x2",
            "/home/alice/snap/hello/common", "/run/user/1000/snap.hello" };
        std::string actualGlob;
        QCOMPARE(
            QString::fromStdString(expandLandlockPath(path.toStdString(), variables, &actualGlob)),
            expanded);
        QCOMPARE(QString::fromStdString(actualGlob), glob);
    }

    void homeGlobsLeaveHiddenFilesOut_data()
    {
        QTest::addColumn<QString>("glob");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("matches");
        QTest::newRow("a visible name")
            << QStringLiteral("[!.]*") << QStringLiteral("Documents") << true;
        QTest::newRow(".ssh for a visible-name glob")
            << QStringLiteral("[!.]*") << QStringLiteral(".ssh") << false;
        QTest::newRow(".ssh for a star") << QStringLiteral("*") << QStringLiteral(".ssh") << false;
        QTest::newRow(".config for a glob starting with a dot")
            << QStringLiteral(".c*") << QStringLiteral(".config") << true;
        QTest::newRow("snap for a glob that excludes it")
            << QStringLiteral("s[!n]*") << QStringLiteral("snap") << false;
    }

    void homeGlobsLeaveHiddenFilesOut()
    {
        QFETCH(QString, glob);
        QFETCH(QString, name);
        QFETCH(bool, matches);
        QCOMPARE(matchesHomeGlob(glob.toStdString(), name.toStdString()), matches);
    }

    void deviceRulesStartWithTheCommonDevices()
    {
        Plan plan = examplePlan();
        plan.devices = { { 'c', 81, -1 }, { 'c', 1, 3 } }; // the second is already common
        const std::vector<std::string> rules = v1Rules(allowedDevices(plan));
        QCOMPARE(rules.size(), 17u);
        QCOMPARE(rules.front(), "c 1:3 rwm");
        QCOMPARE(rules[8], "c 136:* rwm");
        QCOMPARE(rules.back(), "c 81:* rwm");
    }

    void deviceProgramAllowsExactlyTheListedDevices_data()
    {
        QTest::addColumn<QChar>("type");
        QTest::addColumn<int>("major");
        QTest::addColumn<int>("minor");
        QTest::addColumn<int>("allowed");
        QTest::newRow("/dev/null") << QChar(u'c') << 1 << 3 << 1;
        QTest::newRow("/dev/urandom") << QChar(u'c') << 1 << 9 << 1;
        QTest::newRow("/dev/mem") << QChar(u'c') << 1 << 1 << 0;
        QTest::newRow("a pty slave") << QChar(u'c') << 136 << 12 << 1;
        QTest::newRow("the last pty major") << QChar(u'c') << 143 << 0 << 1;
        QTest::newRow("a camera, from the plan") << QChar(u'c') << 81 << 4 << 1;
        QTest::newRow("a loop block device") << QChar(u'b') << 7 << 0 << 0;
        QTest::newRow("the block device the plan lists") << QChar(u'b') << 8 << 1 << 1;
        QTest::newRow("its neighbour") << QChar(u'b') << 8 << 2 << 0;
        QTest::newRow("a char device with the block device's numbers")
            << QChar(u'c') << 8 << 1 << 0;
    }

    void deviceProgramAllowsExactlyTheListedDevices()
    {
        QFETCH(QChar, type);
        QFETCH(int, major);
        QFETCH(int, minor);
        QFETCH(int, allowed);
        Plan plan = examplePlan();
        plan.devices = { { 'c', 81, -1 }, { 'b', 8, 1 } };
        const std::vector<bpf_insn> program = deviceProgram(allowedDevices(plan));
        QCOMPARE(runDeviceProgram(program, char(type.unicode()), major, minor), allowed);
    }

    void cgroupsOfTestRootsNeverMeetRealOnes()
    {
        QCOMPARE(cgroupPath("/", "snap.a.b"), "corral/snap.a.b");
        const std::string test = cgroupPath("/run/corral-tests/x", "snap.a.b");
        QVERIFY(test.rfind("corral-", 0) == 0);
        QVERIFY(test != cgroupPath("/run/corral-tests/y", "snap.a.b"));
    }
};

QTEST_GUILESS_MAIN(TestLaunchSandbox)
#include "tst_launchsandbox.moc"
