// The audit-record parser (interfaces/denial.cpp) over a corpus of kernel lines shaped as
// the kernel, dmesg, /dev/kmsg and auditd write them (tests/data/denials/), and over
// hostile ones.
#include "interfaces/denial.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace corral;

Q_DECLARE_METATYPE(corral::Denial)

namespace {

QString dataPath(const char *name)
{
    return QStringLiteral(CORRAL_TEST_DATA_DIR "/denials/") + QLatin1String(name);
}

QByteArray readData(const char *name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

// Every line of a file, as a reader of dmesg or audit.log gives them.
QList<QByteArray> linesOf(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// /dev/kmsg records as read() returns them: the record's line and its continuation lines
// (" KEY=VALUE"), each ending in a newline.
QList<QByteArray> kmsgRecordsOf(const QByteArray &text)
{
    QList<QByteArray> records;
    for (const QByteArray &line : linesOf(text)) {
        if (line.startsWith(' ') && !records.isEmpty())
            records.last() += line + '\n';
        else
            records.append(line + '\n');
    }
    return records;
}

struct Parsed
{
    QList<Denial> denials;
    quint64 dropped = 0;
};

Parsed parseRecords(const QList<QByteArray> &records)
{
    DenialParser parser;
    for (const QByteArray &record : records)
        parser.addKernelLogRecord(record);
    parser.flush();
    return { parser.takeDenials(), parser.droppedRecords() };
}

QDateTime utc(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

// A denial as expected, field by field; what a test does not set keeps Denial's defaults.
struct Expect
{
    qint64 msecs = 0;
    quint64 serial = 0;
    DenialSource source = DenialSource::Seccomp;
    DenialKind kind = DenialKind::Other;
    const char *tag = "";
    qint64 pid = -1;
    qint64 uid = -1;
    const char *comm = "";
    const char *exe = "";
    const char *object = "";
    const char *operation = "";
    const char *requested = "";
    const char *denied = "";
    bool enforced = true;
    const char *arch = "";
    int syscall = -1;
    const char *action = "";
    const char *peer = "";
    Denial::DBusMessage dbus = {};
};

Denial make(const Expect &e)
{
    Denial denial;
    denial.time = utc(e.msecs);
    denial.serial = e.serial;
    denial.source = e.source;
    denial.kind = e.kind;
    denial.tag = QString::fromUtf8(e.tag);
    denial.pid = e.pid;
    denial.uid = e.uid;
    denial.comm = QString::fromUtf8(e.comm);
    denial.exe = QString::fromUtf8(e.exe);
    denial.object = QString::fromUtf8(e.object);
    denial.operation = QString::fromUtf8(e.operation);
    denial.requested = QString::fromUtf8(e.requested);
    denial.denied = QString::fromUtf8(e.denied);
    denial.enforced = e.enforced;
    denial.arch = QString::fromUtf8(e.arch);
    denial.syscall = e.syscall;
    denial.action = QString::fromUtf8(e.action);
    denial.peer = QString::fromUtf8(e.peer);
    denial.dbus = e.dbus;
    return denial;
}

Denial::DBusMessage dbus(
    const char *bus, const char *path, const char *interface, const char *member, const char *name)
{
    return { QString::fromUtf8(bus), QString::fromUtf8(path), QString::fromUtf8(interface),
        QString::fromUtf8(member), QString::fromUtf8(name) };
}

void compareDenial(const Denial &actual, const Denial &expected)
{
    QCOMPARE(actual.serial, expected.serial);
    QCOMPARE(actual.time, expected.time);
    QCOMPARE(actual.time.timeSpec(), Qt::UTC);
    QCOMPARE(toString(actual.source), toString(expected.source));
    QCOMPARE(toString(actual.kind), toString(expected.kind));
    QCOMPARE(actual.tag, expected.tag);
    QCOMPARE(actual.pid, expected.pid);
    QCOMPARE(actual.uid, expected.uid);
    QCOMPARE(actual.comm, expected.comm);
    QCOMPARE(actual.exe, expected.exe);
    QCOMPARE(actual.object, expected.object);
    QCOMPARE(actual.operation, expected.operation);
    QCOMPARE(actual.requested, expected.requested);
    QCOMPARE(actual.denied, expected.denied);
    QCOMPARE(actual.enforced, expected.enforced);
    QCOMPARE(actual.arch, expected.arch);
    QCOMPARE(actual.syscall, expected.syscall);
    QCOMPARE(actual.action, expected.action);
    QCOMPARE(actual.peer, expected.peer);
    QCOMPARE(actual.dbus.bus, expected.dbus.bus);
    QCOMPARE(actual.dbus.path, expected.dbus.path);
    QCOMPARE(actual.dbus.interface, expected.dbus.interface);
    QCOMPARE(actual.dbus.member, expected.dbus.member);
    QCOMPARE(actual.dbus.name, expected.dbus.name);
}

void compareDenials(const QList<Denial> &actual, const QList<Denial> &expected)
{
    QStringList got;
    for (const Denial &denial : actual)
        got.append(QString::number(denial.serial) + QLatin1Char(' ') + denial.object);
    QVERIFY2(actual.size() == expected.size(), qPrintable(got.join(QLatin1String(", "))));
    for (qsizetype i = 0; i < actual.size(); ++i) {
        compareDenial(actual[i], expected[i]);
        if (QTest::currentTestFailed()) {
            qWarning("denial %lld (serial %llu) differs", qlonglong(i), expected[i].serial);
            return;
        }
    }
}

constexpr auto Seccomp = DenialSource::Seccomp;
constexpr auto AppArmor = DenialSource::AppArmor;
constexpr auto Landlock = DenialSource::Landlock;

// The seccomp record of the brief (x86_64 mount, strict mode) as every source gives it.
const char seccompText[]
    = "audit(1795416061.618:1166): auid=4294967295 uid=1001 gid=1001 ses=4294967295 "
      "pid=22756 comm=\"probe\" exe=\"/snap/probe/x1/bin/probe\" sig=0 arch=c000003e "
      "syscall=165 compat=0 ip=0x458fba code=0x50000";

Denial strictMount()
{
    return make({ .msecs = 1795416061618,
        .serial = 1166,
        .source = Seccomp,
        .kind = DenialKind::Syscall,
        .pid = 22756,
        .uid = 1001,
        .comm = "probe",
        .exe = "/snap/probe/x1/bin/probe",
        .object = "mount",
        .arch = "x86_64",
        .syscall = 165,
        .action = "errno" });
}

// A Landlock event's records (the brief's), by type.
const QList<std::pair<int, QByteArray>> landlockEvent = {
    { 1423,
        "audit(1795417080.078:1210): domain=115c76945 blockers=fs.read_file "
        "path=\"/home/corraltest969650/.ssh/id_rsa\" dev=\"vda\" ino=1091157" },
    { 1424,
        "audit(1795417080.078:1210): domain=115c76945 status=allocated mode=enforcing "
        "pid=30689 uid=1001 "
        "exe=\"/run/corral-tests/launch.bKmhjR/usr/local/libexec/corral/corral-launch\" "
        "comm=\"corral-launch\"" },
    { 1300,
        "audit(1795417080.078:1210): arch=c000003e syscall=257 success=no exit=-13 "
        "a0=ffffff9c a1=7ffda8bb6d4b a2=80000 a3=0 items=0 ppid=30561 pid=30689 "
        "auid=4294967295 uid=1001 gid=1001 euid=1001 suid=1001 fsuid=1001 egid=1001 "
        "sgid=1001 fsgid=1001 tty=(none) ses=4294967295 comm=\"probe\" "
        "exe=\"/snap/probe/x1/bin/probe\" key=(null)" },
    { 1327, "audit(1795417080.078:1210): proctitle=2F736E61702F70726F6265" },
};

QByteArray asKmsg(int type, const QByteArray &text, int sequence)
{
    return "5," + QByteArray::number(sequence) + ",5263000001,-;audit: type="
        + QByteArray::number(type) + ' ' + text + "\n SUBSYSTEM=none\n";
}

Denial landlockSshKey()
{
    return make({ .msecs = 1795417080078,
        .serial = 1210,
        .source = Landlock,
        .kind = DenialKind::File,
        .pid = 30689,
        .uid = 1001,
        .comm = "probe",
        .exe = "/snap/probe/x1/bin/probe",
        .object = "/home/corraltest969650/.ssh/id_rsa",
        .requested = "fs.read_file",
        .denied = "fs.read_file" });
}

} // namespace

class TestDenialParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_data();
    void corpus();
    void malformed_data();
    void malformed();
    void enormousRecords();
    void rawBytesAreEscaped();
    void netlinkEventEndsWithItsEndOfEvent();
    void netlinkAndKmsgGiveOneDenial_data();
    void netlinkAndKmsgGiveOneDenial();
    void anotherSerialCompletesAnEvent();
    void landlockWaitsForItsSyscallRecord();
    void pendingEventsAreBounded();
    void recordsPerEventAreBounded();
    void netlinkControlMessagesAreIgnored();
    void syscallNames_data();
    void syscallNames();
    void archNames_data();
    void archNames();
    void escaping_data();
    void escaping();
    void key();
    void enumNames();
};

void TestDenialParser::corpus_data()
{
    QTest::addColumn<QList<QByteArray>>("records");
    QTest::addColumn<QList<Denial>>("expected");
    QTest::addColumn<quint64>("dropped");

    QTest::newRow("seccomp: strict, devmode, kill, several architectures and x32")
        << linesOf(readData("seccomp.log"))
        << QList<Denial> {
               strictMount(),
               make({ .msecs = 1795416061846, .serial = 1171, .source = Seccomp,
                   .kind = DenialKind::Syscall, .pid = 22767, .uid = 1001, .comm = "probe",
                   .exe = "/snap/probe-dev/x1/bin/probe", .object = "keyctl",
                   .enforced = false, .arch = "x86_64", .syscall = 250, .action = "log" }),
               make({ .msecs = 1795416062001, .serial = 1172, .source = Seccomp,
                   .kind = DenialKind::Syscall, .tag = "snap.probe.probe", .pid = 22770,
                   .uid = 1000, .comm = "probe", .exe = "/snap/probe/x1/bin/probe",
                   .object = "ptrace", .arch = "x86_64", .syscall = 101,
                   .action = "kill_process" }),
               make({ .msecs = 1795416062002, .serial = 1173, .source = Seccomp,
                   .kind = DenialKind::Syscall, .pid = 22771, .uid = 1000, .comm = "probe32",
                   .exe = "/snap/probe/x1/bin/probe32", .object = "keyctl", .arch = "i386",
                   .syscall = 288, .action = "errno" }),
               make({ .msecs = 1795416062003, .serial = 1174, .source = Seccomp,
                   .kind = DenialKind::Syscall, .pid = 22772, .uid = 1000, .comm = "my probe",
                   .exe = "/snap/probe/x1/bin/probe", .object = "keyctl", .arch = "aarch64",
                   .syscall = 219, .action = "kill_thread" }),
               make({ .msecs = 1795416062004, .serial = 1175, .source = Seccomp,
                   .kind = DenialKind::Syscall, .pid = 22773, .uid = 1000, .comm = "probe",
                   .exe = "/snap/probe/x1/bin/probe", .object = "keyctl", .arch = "armhf",
                   .syscall = 311, .action = "trap" }),
               make({ .msecs = 1795416062005, .serial = 1176, .source = Seccomp,
                   .kind = DenialKind::Syscall, .pid = 22774, .uid = 1000, .comm = "probe",
                   .exe = "/snap/probe/x1/bin/probe", .object = "keyctl", .arch = "ppc64le",
                   .syscall = 271, .action = "trace" }),
               make({ .msecs = 1795416062006, .serial = 1177, .source = Seccomp,
                   .kind = DenialKind::Syscall, .pid = 22775, .uid = 1000, .comm = "probe",
                   .exe = "/snap/probe/x1/bin/probe", .object = "keyctl", .arch = "s390x",
                   .syscall = 280, .action = "user_notif" }),
               make({ .msecs = 1795416062007, .serial = 1178, .source = Seccomp,
                   .kind = DenialKind::Syscall, .pid = 22776, .uid = 1000, .comm = "probe",
                   .exe = "/snap/probe/x1/bin/probe", .object = "keyctl", .arch = "riscv64",
                   .syscall = 219, .action = "errno" }),
               make({ .msecs = 1795416062008, .serial = 1179, .source = Seccomp,
                   .kind = DenialKind::Syscall, .pid = 22777, .uid = 1000, .comm = "probex32",
                   .exe = "/snap/probe/x1/bin/probex32", .object = "ioctl", .arch = "x32",
                   .syscall = 0x40000000 + 514, .action = "errno" }),
               make({ .msecs = 1795416062009, .serial = 1180, .source = Seccomp,
                   .kind = DenialKind::Syscall, .pid = 22778, .uid = 1000, .comm = "probe",
                   .exe = "/snap/probe/x1/bin/probe", .object = "syscall 999",
                   .arch = "x86_64", .syscall = 999, .action = "errno" }),
               make({ .msecs = 1795416062010, .serial = 1181, .source = Seccomp,
                   .kind = DenialKind::Syscall, .pid = 22779, .uid = 1000, .comm = "probe",
                   .exe = "/snap/probe/x1/bin/probe", .object = "syscall 7",
                   .arch = "0x12345678", .syscall = 7, .action = "errno" }),
           }
        << quint64(0);

    QTest::newRow("landlock: grouped by serial, interleaved, the domain's and the call's records")
        << linesOf(readData("landlock.log"))
        << QList<Denial> {
               landlockSshKey(),
               make({ .msecs = 1795417080079, .serial = 1211, .source = Landlock,
                   .kind = DenialKind::Device, .pid = 30690, .uid = 1001, .comm = "probe",
                   .exe = "/snap/probe/x1/bin/probe", .object = "/dev/video0",
                   .requested = "fs.write_file,fs.truncate",
                   .denied = "fs.write_file,fs.truncate" }),
               make({ .msecs = 1795417081100, .serial = 1212, .source = Landlock,
                   .kind = DenialKind::Network, .pid = 30691, .uid = 1001, .comm = "probe",
                   .exe = "/snap/probe/x1/bin/probe", .object = "tcp port 80",
                   .requested = "net.connect_tcp", .denied = "net.connect_tcp" }),
               // Its SYSCALL record comes before 1213 gives up waiting for its own.
               make({ .msecs = 1795417081300, .serial = 1214, .source = Landlock,
                   .kind = DenialKind::Other, .tag = "snap.probe.probe", .pid = 286, .uid = 0,
                   .comm = "kill", .exe = "/usr/bin/kill", .object = "pid 1 (systemd)",
                   .requested = "scope.signal", .denied = "scope.signal" }),
               make({ .msecs = 1795417081200, .serial = 1213, .source = Landlock,
                   .kind = DenialKind::Network, .object = "tcp port 8080",
                   .requested = "net.bind_tcp", .denied = "net.bind_tcp" }),
               make({ .msecs = 1795417090000, .serial = 1230, .source = Landlock,
                   .kind = DenialKind::File, .object = "/tmp/my dir",
                   .requested = "fs.read_dir,fs.execute", .denied = "fs.read_dir,fs.execute" }),
           }
        << quint64(0);

    QTest::newRow("apparmor: file, device, dbus, network, capability, complain, others")
        << linesOf(readData("apparmor.log"))
        << QList<Denial> {
               make({ .msecs = 1612017269344, .serial = 43, .source = AppArmor,
                   .kind = DenialKind::File, .tag = "snap.standard-notes.standard-notes",
                   .pid = 21631, .uid = 1000, .comm = "standard-notes",
                   .object = "/home/chshrc/.config/gtk-3.0/settings.ini", .operation = "open",
                   .requested = "r", .denied = "r" }),
               // dmesg broke the line at the message's newline: the rest is on the next.
               make({ .msecs = 1612017269392, .serial = 44, .source = AppArmor,
                   .kind = DenialKind::DBus, .tag = "snap.standard-notes.standard-notes",
                   .pid = 21631,
                   .object = "GetManagedObjects org.freedesktop.DBus.ObjectManager / on system",
                   .operation = "dbus_method_call", .requested = "send", .denied = "send",
                   .dbus = dbus("system", "/", "org.freedesktop.DBus.ObjectManager",
                       "GetManagedObjects", "org.bluez") }),
               make({ .msecs = 1711590651299, .serial = 238, .source = AppArmor,
                   .kind = DenialKind::Device, .tag = "snap.probe.probe", .pid = 12651,
                   .uid = 1000, .comm = "probe", .object = "/dev/video0", .operation = "open",
                   .requested = "wr", .denied = "wr" }),
               make({ .msecs = 1586870497180, .serial = 758, .source = AppArmor,
                   .kind = DenialKind::Network, .tag = "snap.probe.probe", .pid = 10693,
                   .comm = "probe", .object = "inet stream", .operation = "create",
                   .requested = "create", .denied = "create" }),
               make({ .msecs = 1632740135247, .serial = 748, .source = AppArmor,
                   .kind = DenialKind::Capability,
                   .tag = "snap.microk8s.hook.connect-plug-network-control", .pid = 399340,
                   .comm = "ip", .object = "sys_module", .operation = "capable" }),
               make({ .msecs = 1533762232117, .serial = 3257, .source = AppArmor,
                   .kind = DenialKind::File, .tag = "snap.mattermost-desktop.mattermost-desktop",
                   .pid = 13579, .uid = 1832001200, .comm = "BrowserBlocking",
                   .object = "/home/jschewe/snap/mattermost-desktop/72/.config/Mattermost/"
                             "Cookies-journal",
                   .operation = "open", .requested = "wc", .denied = "wc", .enforced = false }),
               make({ .msecs = 1736787739952, .serial = 315385, .source = AppArmor,
                   .kind = DenialKind::Other, .tag = "snap.probe.probe", .pid = 212626,
                   .comm = "ThreadPoolSingl", .object = "term unconfined", .operation = "signal",
                   .requested = "send", .denied = "send", .peer = "unconfined" }),
               // Two records of one event: two denials.
               make({ .msecs = 1660549572602, .serial = 83, .source = AppArmor,
                   .kind = DenialKind::Other, .tag = "snap.probe.probe", .pid = 6723,
                   .comm = "ps", .object = "unconfined", .operation = "ptrace",
                   .requested = "read", .denied = "read", .peer = "unconfined" }),
               make({ .msecs = 1660549572602, .serial = 83, .source = AppArmor,
                   .kind = DenialKind::Other, .tag = "snap.probe.probe", .pid = 6723,
                   .comm = "ps", .object = "unconfined", .operation = "ptrace",
                   .requested = "readby", .denied = "readby", .peer = "unconfined" }),
               make({ .msecs = 1660549580000, .serial = 90, .source = AppArmor,
                   .kind = DenialKind::Other, .tag = "snap.probe.probe", .pid = 4000,
                   .comm = "mount", .object = "/mnt/", .operation = "mount" }),
               // STATUS (91) and SELinux's AVC (93) are not denials of AppArmor's.
               make({ .msecs = 1660549582000, .serial = 92, .source = AppArmor,
                   .kind = DenialKind::File, .tag = "snap.probe.probe", .pid = 7, .uid = 1000,
                   .comm = "probe", .object = "/home/u/My Documents/a.txt",
                   .operation = "open", .requested = "r", .denied = "r" }),
               make({ .msecs = 1711590648907, .serial = 237, .source = AppArmor,
                   .kind = DenialKind::DBus, .tag = "snap.firefox.firefox", .pid = 12651,
                   .object = "PropertiesChanged org.freedesktop.DBus.Properties "
                             "/org/freedesktop/login1 on system",
                   .operation = "dbus_signal", .requested = "receive", .denied = "receive",
                   .peer = "unconfined",
                   .dbus = dbus("system", "/org/freedesktop/login1",
                       "org.freedesktop.DBus.Properties", "PropertiesChanged", ":1.12") }),
               make({ .msecs = 1711590650000, .serial = 240, .source = AppArmor,
                   .kind = DenialKind::DBus, .tag = "snap.probe.probe", .pid = 4321,
                   .object = "org.example.Probe on session", .operation = "dbus_bind",
                   .requested = "bind", .denied = "bind", .enforced = false,
                   .dbus = dbus("session", "", "", "", "org.example.Probe") }),
               make({ .msecs = 1711590660000, .serial = 241, .source = AppArmor,
                   .kind = DenialKind::Other, .pid = 3000, .comm = "probe",
                   .object = "userns_create", .operation = "userns_create",
                   .requested = "userns_create", .denied = "userns_create" }),
               make({ .msecs = 1711590661000, .serial = 242, .source = AppArmor,
                   .kind = DenialKind::Network, .tag = "snap.probe.probe", .pid = 3001,
                   .comm = "probe", .object = "unix stream", .operation = "connect",
                   .requested = "send receive connect", .denied = "send receive connect",
                   .peer = "unconfined" }),
               make({ .msecs = 1601902411313, .serial = 615, .source = AppArmor,
                   .kind = DenialKind::File, .tag = "snap.probe.probe", .pid = 7666,
                   .uid = 1000, .comm = "probe", .object = "/home/vmasip/agent",
                   .operation = "connect", .requested = "w", .denied = "w" }),
           }
        << quint64(0);

    QTest::newRow("audit.log: named types, node=, enriched fields, records that only add who")
        << linesOf(readData("auditlog.log"))
        << QList<Denial> {
               // exe from the SYSCALL record, not the enriched part after 0x1d.
               make({ .msecs = 1700000100100, .serial = 500, .source = AppArmor,
                   .kind = DenialKind::File, .tag = "snap.probe.probe", .pid = 5000,
                   .uid = 1000, .comm = "probe", .exe = "/snap/probe/x1/bin/probe",
                   .object = "/etc/shadow", .operation = "open", .requested = "r",
                   .denied = "r" }),
               make({ .msecs = 1700000100200, .serial = 501, .source = Seccomp,
                   .kind = DenialKind::Syscall, .tag = "snap.probe.probe", .pid = 5001,
                   .uid = 1000, .comm = "probe", .exe = "/snap/probe/x1/bin/probe",
                   .object = "keyctl", .arch = "x86_64", .syscall = 250, .action = "errno" }),
               make({ .msecs = 1612017269392, .serial = 44, .source = AppArmor,
                   .kind = DenialKind::DBus, .tag = "snap.standard-notes.standard-notes",
                   .pid = 21631,
                   .object = "GetManagedObjects org.freedesktop.DBus.ObjectManager / on system",
                   .operation = "dbus_method_call", .requested = "send", .denied = "send",
                   .dbus = dbus("system", "/", "org.freedesktop.DBus.ObjectManager",
                       "GetManagedObjects", "org.bluez") }),
               make({ .msecs = 1729738800221, .serial = 33, .source = Landlock,
                   .kind = DenialKind::Device, .pid = 289, .uid = 0, .comm = "sh",
                   .exe = "/usr/bin/dash", .object = "/dev/tty", .requested = "fs.write_file",
                   .denied = "fs.write_file" }),
               make({ .msecs = 1764080735711, .serial = 1623, .source = Landlock,
                   .kind = DenialKind::Network, .object = "tcp port 80",
                   .requested = "net.connect_tcp", .denied = "net.connect_tcp" }),
           }
        << quint64(0);

    QTest::newRow("kmsg: records with continuation lines, escapes, user space's ignored")
        << kmsgRecordsOf(readData("kmsg.txt"))
        << QList<Denial> {
               strictMount(),
               make({ .msecs = 1711590648907, .serial = 237, .source = AppArmor,
                   .kind = DenialKind::DBus, .tag = "snap.firefox.firefox", .pid = 12651,
                   .object = "PropertiesChanged org.freedesktop.DBus.Properties "
                             "/org/example/caf\u00e9 on system",
                   .operation = "dbus_signal", .requested = "receive", .denied = "receive",
                   .peer = "unconfined",
                   .dbus = dbus("system", "/org/example/caf\u00e9",
                       "org.freedesktop.DBus.Properties", "PropertiesChanged", ":1.12") }),
               make({ .msecs = 1711590652000, .serial = 239, .source = AppArmor,
                   .kind = DenialKind::File, .tag = "snap.probe.probe", .pid = 12651,
                   .uid = 1000, .comm = "probe", .object = "/tmp/a\\x5cb", .operation = "open",
                   .requested = "r", .denied = "r" }),
               // The tag from the MAC_TASK_CONTEXTS record that follows (subj=? itself).
               make({ .msecs = 1795416070000, .serial = 1300, .source = Seccomp,
                   .kind = DenialKind::Syscall, .tag = "snap.probe.hook.configure",
                   .pid = 4444, .uid = 1001, .comm = "probe", .exe = "/snap/probe/x1/bin/probe",
                   .object = "keyctl", .enforced = false, .arch = "x86_64", .syscall = 250,
                   .action = "log" }),
           }
        << quint64(0);

    QTest::newRow("hostile: escaped or dropped") << linesOf(readData("hostile.log"))
        << QList<Denial> {
               make({ .msecs = 1700000002000, .serial = 11, .source = AppArmor,
                   .kind = DenialKind::File, .tag = "snap.evil.evil", .pid = 6, .uid = 1000,
                   .comm = "\\x1b]0;title\\x07", .object = "/tmp/a\\x0ab\\x0d\\x1b[31m",
                   .operation = "open", .requested = "r", .denied = "r" }),
               make({ .msecs = 1700000003000, .serial = 12, .source = AppArmor,
                   .kind = DenialKind::File, .tag = "snap.evil.evil", .pid = 7, .comm = "evil",
                   .object = "/tmp/\\x1b[2J", .operation = "open", .requested = "r",
                   .denied = "r" }),
               make({ .msecs = 1700000004000, .serial = 13, .source = AppArmor,
                   .kind = DenialKind::File, .tag = "snap.evil.evil", .pid = 8, .comm = "evil",
                   .object = "/tmp/\\xff\\xfe/\\xc0\\xaf\\xe2\\x80\\xae\u00e9",
                   .operation = "open", .requested = "r", .denied = "r" }),
               // The cut name is left out rather than taken for a path.
               make({ .msecs = 1700000005000, .serial = 14, .source = AppArmor,
                   .kind = DenialKind::File, .tag = "snap.evil.evil", .pid = 9, .comm = "evil",
                   .operation = "open", .requested = "r", .denied = "r" }),
               make({ .msecs = 1700000007000, .serial = 16, .source = Seccomp,
                   .kind = DenialKind::Syscall, .comm = "x", .exe = "/x",
                   .object = "syscall -1", .arch = "x86_64", .syscall = -1,
                   .action = "errno" }),
               make({ .msecs = 1700000011000, .serial = 20, .source = AppArmor,
                   .kind = DenialKind::Capability, .tag = "snap.evil.evil", .pid = 10,
                   .comm = "evil", .object = "sys_admin", .operation = "capable" }),
               make({ .msecs = 1700000014000, .serial = 23, .source = AppArmor,
                   .kind = DenialKind::DBus, .tag = "snap.evil.evil", .pid = 2,
                   .object = "M a.b / on system", .operation = "dbus_method_call",
                   .requested = "send", .denied = "send",
                   .dbus = dbus("system", "/", "a.b", "M", "") }),
           }
        // A cut stamp, seccomp without syscall=, a syscall number beyond int, three types
        // out of range, seconds beyond the year 9999, a negative serial, two digits of
        // millis, a damaged type name, Landlock without blockers=.
        << quint64(11);
}

void TestDenialParser::corpus()
{
    QFETCH(QList<QByteArray>, records);
    QFETCH(QList<Denial>, expected);
    QFETCH(quint64, dropped);

    const Parsed parsed = parseRecords(records);
    compareDenials(parsed.denials, expected);
    QCOMPARE(parsed.dropped, dropped);
}

void TestDenialParser::malformed_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<int>("denials");
    QTest::addColumn<quint64>("dropped");

    const QByteArray good = "audit: type=1326 " + QByteArray(seccompText);
    QTest::newRow("a good record gives a denial") << good << 1 << quint64(0);
    QTest::newRow("a line that is not the kernel's is ignored")
        << QByteArray("systemd[1]: Started foo.service.") << 0 << quint64(0);
    QTest::newRow("a kernel line that is not a record is ignored")
        << QByteArray("audit: initializing netlink subsys (disabled)") << 0 << quint64(0);
    QTest::newRow("an empty record is ignored") << QByteArray() << 0 << quint64(0);
    QTest::newRow("a record cut in its stamp is dropped")
        << QByteArray("audit: type=1326 audit(1795416061.618:11") << 0 << quint64(1);
    QTest::newRow("a record cut before its fields gives nothing")
        << QByteArray("audit: type=1326 audit(1795416061.618:1166): ") << 0 << quint64(1);
    QTest::newRow("a record without a stamp is dropped")
        << QByteArray("audit: type=1400 apparmor=\"DENIED\"") << 0 << quint64(1);
    QTest::newRow("a type beyond audit's is dropped")
        << QByteArray("audit: type=4294967296 " + QByteArray(seccompText)) << 0 << quint64(1);
    QTest::newRow("a negative type is dropped")
        << QByteArray("audit: type=-1326 " + QByteArray(seccompText)) << 0 << quint64(1);
    QTest::newRow("a seccomp record with an unreadable code is dropped")
        << QByteArray(good).replace("code=0x50000", "code=0xZZ") << 0 << quint64(1);
    QTest::newRow("a seccomp record whose code allows is not a denial")
        << QByteArray(good).replace("code=0x50000", "code=0x7fff0000") << 0 << quint64(0);
    QTest::newRow("a huge pid is unknown, not dropped")
        << QByteArray(good).replace("pid=22756", "pid=184467440737095516160") << 1 << quint64(0);
    QTest::newRow("an arch too wide is left unknown")
        << QByteArray(good).replace("arch=c000003e", "arch=1c000003e") << 1 << quint64(0);
    QTest::newRow("an unbalanced quote pairs with the next one, the rest is read")
        << QByteArray(good).replace("comm=\"probe\"", "comm=\"probe") << 1 << quint64(0);
    QTest::newRow("an unterminated quote at the end loses only its field")
        << QByteArray(good + " extra=\"cut") << 1 << quint64(0);
    QTest::newRow("an unterminated quote before the call's number loses the call")
        << QByteArray(good).replace("sig=0", "sig=\"0") << 0 << quint64(1);
    QTest::newRow("a Landlock deallocation alone is not a denial") << QByteArray(
        "audit: type=1424 audit(1729738800.324:31): domain=1a6fdc66f "
        "status=deallocated denials=1") << 0 << quint64(0);
    QTest::newRow("an AppArmor audit record is not a denial")
        << QByteArray("audit: type=1400 audit(1729738800.324:31): apparmor=\"AUDIT\" "
                      "operation=\"open\" profile=\"snap.a.b\" name=\"/x\" pid=1 comm=\"a\"")
        << 0 << quint64(0);
    QTest::newRow("a USER_AVC without msg is not a denial")
        << QByteArray("audit: type=1107 audit(1729738800.324:31): pid=1 uid=0") << 0 << quint64(0);
    QTest::newRow("a kmsg record of user space is ignored")
        << QByteArray("13,1,1,-;audit: type=1326 " + QByteArray(seccompText) + "\n") << 0
        << quint64(0);
    QTest::newRow("a kmsg record of the kernel is read")
        << QByteArray("5,1,1,-;audit: type=1326 " + QByteArray(seccompText) + "\n") << 1
        << quint64(0);
    QTest::newRow("a kmsg header without its fields is ignored")
        << QByteArray("5,1;audit: type=1326 " + QByteArray(seccompText) + "\n") << 0 << quint64(0);
}

void TestDenialParser::malformed()
{
    QFETCH(QByteArray, record);
    QFETCH(int, denials);
    QFETCH(quint64, dropped);

    const Parsed parsed = parseRecords({ record });
    QCOMPARE(parsed.denials.size(), denials);
    QCOMPARE(parsed.dropped, dropped);
}

void TestDenialParser::enormousRecords()
{
    const auto avc = [](int serial) {
        return "audit: type=1400 audit(1700000000.000:" + QByteArray::number(serial)
            + "): apparmor=\"DENIED\" operation=\"open\" profile=\"snap.a.b\" ";
    };
    QByteArray hundredThousandFields;
    for (int i = 0; i < 100000; ++i)
        hundredThousandFields += "k" + QByteArray::number(i) + "=v ";
    // Within MaxRecordLength, but more fields than any kernel record has.
    QByteArray manyFields;
    while (manyFields.size() < DenialParser::MaxRecordLength - 200)
        manyFields += "a=b ";
    const QByteArray megabyte(1024 * 1024, 'a');

    DenialParser parser;
    QElapsedTimer timer;
    timer.start();
    parser.addKernelLogRecord(avc(1) + "name=\"/" + megabyte + "\"");
    parser.addKernelLogRecord("5,1,1,-;" + avc(2) + "name=\"/" + megabyte + "\"\n");
    parser.addKernelLogRecord(avc(3) + hundredThousandFields);
    parser.addAuditMessage(1400, "audit(1700000000.000:4): " + hundredThousandFields);
    parser.addKernelLogRecord(avc(5) + manyFields + "name=\"/x\"");
    // An unterminated quote that runs for 16 KiB: read up to it.
    parser.addKernelLogRecord(
        avc(6) + "name=\"" + QByteArray(DenialParser::MaxRecordLength - 200, 'x'));
    parser.flush();
    const QList<Denial> denials = parser.takeDenials();
    QVERIFY2(timer.elapsed() < 5000, "enormous records must not stall the parser");
    QCOMPARE(parser.droppedRecords(), quint64(5));
    QCOMPARE(denials.size(), 1);
    QCOMPARE(denials[0].serial, quint64(6));
    QCOMPARE(denials[0].tag, QStringLiteral("snap.a.b"));
    QVERIFY(denials[0].object.isEmpty());
}

void TestDenialParser::rawBytesAreEscaped()
{
    // Bytes no kernel writes unescaped, as a damaged or forged line could hold them.
    DenialParser parser;
    parser.addKernelLogRecord(QByteArray(
        "audit: type=1400 audit(1700000000.000:7): apparmor=\"DENIED\" "
        "operation=\"open\" profile=\"snap.a.b\" name=\"/tmp/\xff\xc3\x28\x1b\x7f\xc2\x9b"
        "\xe2\x80\xa8x\" pid=3 comm=\"a\\b\" requested_mask=\"r\" denied_mask=\"r\""));
    parser.flush();
    const QList<Denial> denials = parser.takeDenials();
    QCOMPARE(denials.size(), 1);
    QCOMPARE(
        denials[0].object, QStringLiteral("/tmp/\\xff\\xc3(\\x1b\\x7f\\xc2\\x9b\\xe2\\x80\\xa8x"));
    // "\b" is not one of printk's escapes: the backslash is kept, and escaped.
    QCOMPARE(denials[0].comm, QStringLiteral("a\\x5cb"));
}

void TestDenialParser::netlinkEventEndsWithItsEndOfEvent()
{
    DenialParser parser;
    for (const auto &[type, text] : landlockEvent) {
        parser.addAuditMessage(type, text);
        if (type != 1327)
            QVERIFY(parser.takeDenials().isEmpty());
    }
    // The PROCTITLE record, the last one before the end of the event, ended it…
    compareDenials(parser.takeDenials(), { landlockSshKey() });
    // …and the end-of-event record changes nothing.
    parser.addAuditMessage(1320, QByteArray("audit(1795417080.078:1210): ") + '\0');
    parser.flush();
    QVERIFY(parser.takeDenials().isEmpty());

    // Without PROCTITLE, the end-of-event record ends it; payloads as netlink has them.
    DenialParser other;
    other.addAuditMessage(1423, landlockEvent[0].second + '\0');
    other.addAuditMessage(1300, landlockEvent[2].second + "\n");
    QVERIFY(other.takeDenials().isEmpty());
    other.addAuditMessage(1320, "audit(1795417080.078:1210): ");
    const QList<Denial> denials = other.takeDenials();
    QCOMPARE(denials.size(), 1);
    QCOMPARE(denials[0].pid, qint64(30689));
    QCOMPARE(denials[0].object, QStringLiteral("/home/corraltest969650/.ssh/id_rsa"));
}

void TestDenialParser::netlinkAndKmsgGiveOneDenial_data()
{
    QTest::addColumn<QList<int>>("order"); // >= 0: netlink's record i; < 0: kmsg's ~i

    QTest::newRow("netlink first, then the same event from kmsg")
        << QList<int> { 0, 1, 2, 3, 4, ~0, ~1, ~2, ~3 };
    QTest::newRow("kmsg first, then the same event from netlink")
        << QList<int> { ~0, ~1, ~2, ~3, 0, 1, 2, 3, 4 };
    QTest::newRow("both at once, record by record") << QList<int> { 0, ~0, ~1, 1, 2, ~2, ~3, 3, 4 };
}

void TestDenialParser::netlinkAndKmsgGiveOneDenial()
{
    QFETCH(QList<int>, order);
    QList<std::pair<int, QByteArray>> records = landlockEvent;
    records.append({ 1320, "audit(1795417080.078:1210): " });

    DenialParser parser;
    QList<Denial> denials;
    for (const int i : order) {
        if (i >= 0)
            parser.addAuditMessage(records[i].first, records[i].second);
        else
            parser.addKernelLogRecord(asKmsg(records[~i].first, records[~i].second, 100 + ~i));
        denials += parser.takeDenials();
    }
    parser.flush();
    denials += parser.takeDenials();
    compareDenials(denials, { landlockSshKey() });
    QCOMPARE(parser.droppedRecords(), quint64(0));
}

void TestDenialParser::anotherSerialCompletesAnEvent()
{
    DenialParser parser;
    parser.addKernelLogRecord("audit: type=1326 " + QByteArray(seccompText));
    QVERIFY(parser.takeDenials().isEmpty()); // a MAC_TASK_CONTEXTS record may follow
    parser.addKernelLogRecord("audit: type=1334 audit(1795416066.426:1227): prog-id=4385 op=LOAD");
    compareDenials(parser.takeDenials(), { strictMount() });
    // The same record again later (the other source) is not a second denial.
    parser.addAuditMessage(1326, seccompText);
    parser.flush();
    QVERIFY(parser.takeDenials().isEmpty());
}

void TestDenialParser::landlockWaitsForItsSyscallRecord()
{
    DenialParser parser;
    parser.addAuditMessage(1423, landlockEvent[0].second);
    // Records of other events in the same second: the Landlock event stays open…
    for (int i = 0; i < DenialParser::MaxInterleavedRecords - 1; ++i) {
        parser.addAuditMessage(
            1334, "audit(1795417080.080:" + QByteArray::number(2000 + i) + "): prog-id=1 op=LOAD");
    }
    QVERIFY(parser.takeDenials().isEmpty());
    parser.addAuditMessage(1300, landlockEvent[2].second);
    parser.addAuditMessage(1327, landlockEvent[3].second);
    compareDenials(parser.takeDenials(),
        { make({ .msecs = 1795417080078,
            .serial = 1210,
            .source = Landlock,
            .kind = DenialKind::File,
            .pid = 30689,
            .uid = 1001,
            .comm = "probe",
            .exe = "/snap/probe/x1/bin/probe",
            .object = "/home/corraltest969650/.ssh/id_rsa",
            .requested = "fs.read_file",
            .denied = "fs.read_file" }) });

    // …but not for ever: after MaxInterleavedRecords, it is complete without it.
    DenialParser other;
    other.addAuditMessage(1423, landlockEvent[0].second);
    for (int i = 0; i < DenialParser::MaxInterleavedRecords; ++i) {
        other.addAuditMessage(
            1334, "audit(1795417080.080:" + QByteArray::number(2000 + i) + "): prog-id=1 op=LOAD");
    }
    const QList<Denial> denials = other.takeDenials();
    QCOMPARE(denials.size(), 1);
    QCOMPARE(denials[0].pid, qint64(-1));
    // Nor when a record a second later comes.
    DenialParser third;
    third.addAuditMessage(1423, landlockEvent[0].second);
    third.addAuditMessage(1334, "audit(1795417081.078:3000): prog-id=1 op=LOAD");
    QCOMPARE(third.takeDenials().size(), 1);
}

void TestDenialParser::pendingEventsAreBounded()
{
    // Landlock events that all wait for a SYSCALL record that never comes.
    DenialParser parser;
    const int events = DenialParser::MaxPendingEvents * 4;
    for (int i = 0; i < events; ++i) {
        parser.addAuditMessage(1423,
            "audit(1795417080.078:" + QByteArray::number(i + 1)
                + "): domain=1 blockers=fs.read_file path=\"/x\"");
    }
    const QList<Denial> early = parser.takeDenials();
    QVERIFY(!early.isEmpty());
    parser.flush();
    const QList<Denial> late = parser.takeDenials();
    QVERIFY(late.size() <= DenialParser::MaxPendingEvents);
    QCOMPARE(early.size() + late.size(), events);
    // Oldest first.
    QCOMPARE(early.first().serial, quint64(1));
    QCOMPARE(late.last().serial, quint64(events));
}

void TestDenialParser::recordsPerEventAreBounded()
{
    DenialParser parser;
    for (int i = 0; i < 1000; ++i) {
        parser.addAuditMessage(1400,
            "audit(1700000000.000:9): apparmor=\"DENIED\" operation=\"open\" "
            "profile=\"snap.a.b\" name=\"/x"
                + QByteArray::number(i) + "\" pid=1 comm=\"a\"");
    }
    parser.flush();
    QCOMPARE(parser.takeDenials().size(), DenialParser::MaxRecordsPerEvent);
    QCOMPARE(parser.droppedRecords(), quint64(1000 - DenialParser::MaxRecordsPerEvent));
}

void TestDenialParser::netlinkControlMessagesAreIgnored()
{
    DenialParser parser;
    parser.addAuditMessage(1000, "audit(1700000000.000:1): enabled=1"); // AUDIT_GET's reply
    parser.addAuditMessage(2, "garbage"); // NLMSG_ERROR
    parser.addAuditMessage(3000, seccompText);
    parser.flush();
    QVERIFY(parser.takeDenials().isEmpty());
    QCOMPARE(parser.droppedRecords(), quint64(0));
}

void TestDenialParser::syscallNames_data()
{
    QTest::addColumn<uint>("arch");
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("name");

    // Numbers checked with libseccomp's scmp_sys_resolver.
    QTest::newRow("x86_64 250 is keyctl") << 0xc000003eU << 250 << QStringLiteral("keyctl");
    QTest::newRow("i386 288 is keyctl") << 0x40000003U << 288 << QStringLiteral("keyctl");
    QTest::newRow("aarch64 219 is keyctl") << 0xc00000b7U << 219 << QStringLiteral("keyctl");
    QTest::newRow("armhf 311 is keyctl") << 0x40000028U << 311 << QStringLiteral("keyctl");
    QTest::newRow("ppc64le 271 is keyctl") << 0xc0000015U << 271 << QStringLiteral("keyctl");
    QTest::newRow("s390x 280 is keyctl") << 0x80000016U << 280 << QStringLiteral("keyctl");
    QTest::newRow("riscv64 219 is keyctl") << 0xc00000f3U << 219 << QStringLiteral("keyctl");
    QTest::newRow("x86_64 257 is openat") << 0xc000003eU << 257 << QStringLiteral("openat");
    QTest::newRow("aarch64 56 is openat") << 0xc00000b7U << 56 << QStringLiteral("openat");
    QTest::newRow("i386 54 is ioctl") << 0x40000003U << 54 << QStringLiteral("ioctl");
    QTest::newRow("x32's own ioctl through x86_64 with the x32 bit")
        << 0xc000003eU << 0x40000000 + 514 << QStringLiteral("ioctl");
    QTest::newRow("x32's own ioctl on x32")
        << 0x4000003eU << 0x40000000 + 514 << QStringLiteral("ioctl");
    QTest::newRow("x86_64 does not know 999") << 0xc000003eU << 999 << QString();
    QTest::newRow("a negative number is no call (libseccomp's pseudo-calls are not)")
        << 0x40000003U << -101 << QString();
    QTest::newRow("an unknown architecture knows nothing") << 0x12345678U << 1 << QString();
}

void TestDenialParser::syscallNames()
{
    QFETCH(uint, arch);
    QFETCH(int, number);
    QFETCH(QString, name);
    QCOMPARE(syscallName(arch, number), name);
}

void TestDenialParser::archNames_data()
{
    QTest::addColumn<uint>("arch");
    QTest::addColumn<QString>("name");

    QTest::newRow("x86_64") << 0xc000003eU << QStringLiteral("x86_64");
    QTest::newRow("i386") << 0x40000003U << QStringLiteral("i386");
    QTest::newRow("x32") << 0x4000003eU << QStringLiteral("x32");
    QTest::newRow("aarch64") << 0xc00000b7U << QStringLiteral("aarch64");
    QTest::newRow("armhf") << 0x40000028U << QStringLiteral("armhf");
    QTest::newRow("ppc64le") << 0xc0000015U << QStringLiteral("ppc64le");
    QTest::newRow("s390x") << 0x80000016U << QStringLiteral("s390x");
    QTest::newRow("riscv64") << 0xc00000f3U << QStringLiteral("riscv64");
    QTest::newRow("an unknown one in hex") << 0x12345678U << QStringLiteral("0x12345678");
}

void TestDenialParser::archNames()
{
    QFETCH(uint, arch);
    QFETCH(QString, name);
    QCOMPARE(auditArchName(arch), name);
    QCOMPARE(auditArchFromName(name), arch);
}

void TestDenialParser::escaping_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    QTest::newRow("plain text is kept")
        << QByteArray("/home/u/a b.txt") << QStringLiteral("/home/u/a b.txt");
    QTest::newRow("UTF-8 is kept") << QByteArray("/home/u/caf\xc3\xa9/\xf0\x9f\x93\xb7")
                                   << QStringLiteral("/home/u/caf\u00e9/\U0001F4F7");
    QTest::newRow("a newline") << QByteArray("a\nb") << QStringLiteral("a\\x0ab");
    QTest::newRow("an escape sequence")
        << QByteArray("\x1b[31mred") << QStringLiteral("\\x1b[31mred");
    QTest::newRow("a NUL and DEL") << QByteArray("a\0b\x7f", 4) << QStringLiteral("a\\x00b\\x7f");
    QTest::newRow("a backslash") << QByteArray("a\\x0ab") << QStringLiteral("a\\x5cx0ab");
    QTest::newRow("a lone continuation byte") << QByteArray("a\x80z") << QStringLiteral("a\\x80z");
    QTest::newRow("an overlong slash") << QByteArray("\xc0\xaf") << QStringLiteral("\\xc0\\xaf");
    QTest::newRow("a surrogate") << QByteArray("\xed\xa0\x80") << QStringLiteral("\\xed\\xa0\\x80");
    QTest::newRow("beyond U+10FFFF")
        << QByteArray("\xf4\x90\x80\x80") << QStringLiteral("\\xf4\\x90\\x80\\x80");
    QTest::newRow("a cut sequence at the end")
        << QByteArray("a\xe2\x80") << QStringLiteral("a\\xe2\\x80");
    QTest::newRow("a C1 control (CSI)") << QByteArray("\xc2\x9b"
                                                      "2J")
                                        << QStringLiteral("\\xc2\\x9b2J");
    QTest::newRow("a right-to-left override") << QByteArray("a\xe2\x80\xae"
                                                            "b")
                                              << QStringLiteral("a\\xe2\\x80\\xaeb");
    QTest::newRow("a line separator") << QByteArray("a\xe2\x80\xa8"
                                                    "b")
                                      << QStringLiteral("a\\xe2\\x80\\xa8b");
}

void TestDenialParser::escaping()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    const QString escaped = escapeUntrusted(bytes);
    QCOMPARE(escaped, text);
    for (const QChar c : escaped)
        QVERIFY(c.unicode() >= 0x20 && c.unicode() != 0x7f);
}

void TestDenialParser::key()
{
    Denial a = strictMount();
    Denial b = a;
    b.time = b.time.addSecs(60);
    b.serial = 99;
    b.pid = 1;
    b.uid = 2;
    QCOMPARE(a.key(), b.key()); // when and which process do not matter

    b = a;
    b.enforced = false;
    QVERIFY(a.key() != b.key());
    b = a;
    b.object = QStringLiteral("keyctl");
    QVERIFY(a.key() != b.key());
    b = a;
    b.arch = QStringLiteral("i386");
    QVERIFY(a.key() != b.key());

    // Without a tag, the comm and exe tell the apps apart; with one, the tag does.
    b = a;
    b.exe = QStringLiteral("/snap/other/x1/bin/probe");
    QVERIFY(a.key() != b.key());
    a.tag = b.tag = QStringLiteral("snap.probe.probe");
    QCOMPARE(a.key(), b.key());
    b.tag = QStringLiteral("snap.probe.other");
    QVERIFY(a.key() != b.key());

    // No value can imitate the separator: fields cannot run into each other.
    Denial c = strictMount();
    Denial d = c;
    c.operation = QStringLiteral("x");
    d.object += QChar(0x1f) + QStringLiteral("x");
    d.object = escapeUntrusted(d.object.toUtf8());
    QVERIFY(c.key() != d.key());
}

void TestDenialParser::enumNames()
{
    QCOMPARE(toString(DenialSource::Seccomp), QStringLiteral("seccomp"));
    QCOMPARE(toString(DenialSource::AppArmor), QStringLiteral("apparmor"));
    QCOMPARE(toString(DenialSource::Landlock), QStringLiteral("landlock"));
    QCOMPARE(toString(DenialKind::Syscall), QStringLiteral("syscall"));
    QCOMPARE(toString(DenialKind::File), QStringLiteral("file"));
    QCOMPARE(toString(DenialKind::Device), QStringLiteral("device"));
    QCOMPARE(toString(DenialKind::Network), QStringLiteral("network"));
    QCOMPARE(toString(DenialKind::DBus), QStringLiteral("dbus"));
    QCOMPARE(toString(DenialKind::Capability), QStringLiteral("capability"));
    QCOMPARE(toString(DenialKind::Other), QStringLiteral("other"));
}

QTEST_GUILESS_MAIN(TestDenialParser)
#include "tst_denialparser.moc"
