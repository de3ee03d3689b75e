// Tests interfaces/explain.cpp: which interfaces would allow a denial, judged by the
// catalog's own rules, and the glob matcher it judges file rules with.
#include "interfaces/explain.h"

#include "interfaces/interface.h"
#include "interfaces/snapyaml.h"

#include <QElapsedTimer>
#include <QTest>

using namespace corral;

namespace {

Denial denial(DenialKind kind, const QString &object, const QString &requested = {},
    DenialSource source = DenialSource::AppArmor)
{
    Denial result;
    result.kind = kind;
    result.source = source;
    result.object = object;
    result.requested = requested;
    result.denied = requested;
    return result;
}

// A D-Bus denial as dbus-daemon reports it (a USER_AVC record), read by the real parser.
Denial dbusDenial(
    const char *bus, const char *path, const char *interface, const char *member, const char *mask)
{
    DenialParser parser;
    parser.addKernelLogRecord(
        QStringLiteral("audit: type=1107 audit(1795417080.078:77): pid=812 uid=103 "
                       "auid=4294967295 ses=4294967295 subj=unconfined msg='apparmor=\"DENIED\" "
                       "operation=\"dbus_method_call\"  bus=\"%1\" path=\"%2\" "
                       "interface=\"%3\" member=\"%4\" mask=\"%5\" name=\"%3\" pid=2345 "
                       "label=\"snap.photobooth.photobooth\" peer_pid=1234 "
                       "peer_label=\"unconfined\" exe=\"/usr/bin/dbus-daemon\" sauid=103 "
                       "hostname=? addr=? terminal=?'")
            .arg(QLatin1String(bus), QLatin1String(path), QLatin1String(interface),
                QLatin1String(member), QLatin1String(mask))
            .toUtf8());
    parser.flush();
    const QList<Denial> denials = parser.takeDenials();
    if (denials.size() != 1 || denials.first().kind != DenialKind::DBus)
        qFatal("the parser did not read the test's D-Bus record as one D-Bus denial");
    return denials.first();
}

Denial fileDenial(const char *path, const char *mask, DenialSource source = DenialSource::AppArmor)
{
    const QString object = QString::fromUtf8(path);
    return denial(object.startsWith(QLatin1String("/dev/")) ? DenialKind::Device : DenialKind::File,
        object, QString::fromUtf8(mask), source);
}

SnapInfo snapFromYaml(const QByteArray &yaml)
{
    const SnapYamlResult result = parseSnapYaml(yaml, QStringLiteral("snap.yaml"));
    if (!result.ok())
        qFatal("test snap.yaml does not parse");
    return *result.snap;
}

// A path the glob `pattern` matches: the first alternative of each group, "x" for a
// star, the first character a class allows.
QString samplePath(QStringView pattern)
{
    QString path;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == u'*') {
            while (i + 1 < pattern.size() && pattern[i + 1] == u'*')
                ++i;
            path += QLatin1Char('x');
        } else if (c == u'?') {
            path += QLatin1Char('x');
        } else if (c == u'[') {
            const qsizetype close = pattern.indexOf(u']', i + 2);
            const QStringView members = pattern.mid(i + 1, close - i - 1);
            if (members.startsWith(u'^')) {
                for (const QChar candidate : QStringView(u"x0a_")) {
                    if (!members.contains(candidate)) {
                        path += candidate;
                        break;
                    }
                }
            } else {
                path += members.front();
            }
            i = close;
        } else if (c == u'{') {
            // The first alternative: skip from the first top-level comma to the group's end.
            int depth = 1;
            qsizetype j = i + 1;
            QString first;
            bool inFirst = true;
            for (; j < pattern.size() && depth > 0; ++j) {
                if (pattern[j] == u'{')
                    ++depth;
                else if (pattern[j] == u'}')
                    --depth;
                else if (pattern[j] == u',' && depth == 1)
                    inFirst = false;
                if (depth > 0 && inFirst)
                    first += pattern[j];
            }
            path += samplePath(first);
            i = j - 1;
        } else {
            path += c;
        }
    }
    return path;
}

QString letters(AccessFlags access)
{
    QString mask;
    if (access & Access::Read)
        mask += QLatin1Char('r');
    if (access & Access::Write)
        mask += QLatin1Char('w');
    if (access & Access::Execute)
        mask += QLatin1Char('x');
    if (access & Access::Lock)
        mask += QLatin1Char('k');
    return mask;
}

const QString home = QStringLiteral("/home/alice");

QStringList ids(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list << QString::fromLatin1(name);
    return list;
}

} // namespace

class TestExplain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void globs_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("matches");
        const auto row = [](const char *name, const char *pattern, const char *path, bool matches) {
            QTest::newRow(name) << QString::fromUtf8(pattern) << QString::fromUtf8(path) << matches;
        };
        row("a literal matches itself", "/etc/hosts", "/etc/hosts", true);
        row("a literal does not match a longer path", "/etc/hosts", "/etc/hosts.allow", false);
        row("a star matches within a component", "/dev/video*", "/dev/video0", true);
        row("a star matches nothing too", "/dev/video*", "/dev/video", true);
        row("a star does not cross a slash", "/media/*", "/media/alice/usb", false);
        row("a double star crosses slashes", "/sys/devices/**/video4linux/**",
            "/sys/devices/pci0000:00/usb1/video4linux/video0/name", true);
        row("a double star matches nothing too", "/etc/ssl/certs/**", "/etc/ssl/certs/", true);
        row("a question mark is one character", "/dev/tty?", "/dev/ttyS", true);
        row("a question mark is not two", "/dev/tty?", "/dev/ttyS0", false);
        row("a question mark is not a slash", "/a?b", "/a/b", false);
        row("a class matches one of its characters", "/dev/video[0-9]", "/dev/video7", true);
        row("a class does not match others", "/dev/video[0-9]", "/dev/videox", false);
        row("a negated class matches what it leaves out", "/home/a/[^.]**", "/home/a/Documents",
            true);
        row("a negated class refuses what it lists", "/home/a/[^.]**", "/home/a/.ssh/id_rsa",
            false);
        row("a class holds several ranges", "/x/[a-cx-z]", "/x/y", true);
        row("alternatives match either", "/dev/{null,zero}", "/dev/zero", true);
        row("alternatives match nothing else", "/dev/{null,zero}", "/dev/random", false);
        row("an empty alternative", "/{,usr/}bin/ls", "/bin/ls", true);
        row("nested alternatives", "/a/{b,c{d,e}}", "/a/ce", true);
        row("nested alternatives, no partial match", "/a/{b,c{d,e}}", "/a/c", false);
        row("alternatives holding globs", "/proc/{[1-9],[1-9][0-9]}/maps", "/proc/42/maps", true);
        row("a directory pattern matches the directory", "/media/*/", "/media/usb/", true);
        row("a directory pattern does not match the file name", "/media/*/", "/media/usb", false);
        row("a file pattern does not match the directory", "/media/*", "/media/usb/", false);
        row("an escaped star is a star", "/a\\*b", "/a*b", true);
        row("an escaped star is not a glob", "/a\\*b", "/axb", false);
        row("an unpaired brace is itself", "/a{b", "/a{b", true);
        row("an unclosed class is itself", "/a[b", "/a[b", true);
        row("an empty pattern matches the empty path", "", "", true);
        row("an empty pattern matches nothing else", "", "/", false);
    }
    void globs()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, path);
        QFETCH(bool, matches);
        QCOMPARE(globMatches(pattern, path), matches);
    }

    void hostileGlobsTakeLinearTime()
    {
        QElapsedTimer timer;
        timer.start();
        // Backtracking matchers take exponential time on these.
        const QString stars(10000, QLatin1Char('*'));
        QVERIFY(!globMatches(stars + QLatin1String("/b"), QString(5000, QLatin1Char('a'))));
        QVERIFY(globMatches(stars, QString(5000, QLatin1Char('a'))));
        const QString starA = QStringLiteral("*a").repeated(300) + QLatin1Char('b');
        QVERIFY(!globMatches(starA, QString(2000, QLatin1Char('a'))));
        QVERIFY(globMatches(starA, QString(2000, QLatin1Char('a')) + QLatin1Char('b')));
        const QString doubleStarA = QStringLiteral("**a").repeated(300) + QLatin1Char('b');
        QVERIFY(!globMatches(doubleStarA, QStringLiteral("a/").repeated(1000)));
        // Alternatives nested too deep match nothing rather than exhaust the stack.
        const QString deep = QString(100000, QLatin1Char('{')) + QLatin1Char('a')
            + QString(100000, QLatin1Char('}'));
        QVERIFY(!globMatches(deep, QStringLiteral("a")));
        // Many alternatives side by side are fine.
        const QString wide
            = QLatin1Char('{') + QStringLiteral("a,").repeated(20000) + QLatin1String("b}");
        QVERIFY(globMatches(wide, QStringLiteral("b")));
        // A class-heavy path and pattern.
        QVERIFY(!globMatches(QStringLiteral("[^/]").repeated(5000) + QLatin1Char('x'),
            QString(5000, QLatin1Char('y'))));
        // Generous for a debug build under load; an exponential matcher needs years.
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }

    void variablesExpand_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("knownSnap");
        QTest::addColumn<QString>("home");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("matches");
        const auto row = [](const char *name, const char *pattern, bool knownSnap, const char *home,
                             const char *path, bool matches) {
            QTest::newRow(name) << QString::fromUtf8(pattern) << knownSnap
                                << QString::fromUtf8(home) << QString::fromUtf8(path) << matches;
        };
        const char *snapDir = CORRAL_SNAP_MOUNT_DIR "/tool/12/bin/tool";
        const char *otherRevision = CORRAL_SNAP_MOUNT_DIR "/tool/11/bin/tool";
        row("the snap's own files", "@{SNAP}/**", true, "", snapDir, true);
        row("not another revision's", "@{SNAP}/**", true, "", otherRevision, false);
        row("any snap's and revision's without a snap", "@{SNAP}/**", false, "", otherRevision,
            true);
        row("the snap's data", "@{SNAP_DATA}/db", true, "", "/var/snap/tool/12/db", true);
        row("the snap's common data", "@{SNAP_COMMON}/db", true, "", "/var/snap/tool/common/db",
            true);
        row("not another snap's data", "@{SNAP_COMMON}/db", true, "", "/var/snap/other/common/db",
            false);
        row("the snap's user data in the known home", "@{SNAP_USER_DATA}/x", true, "/home/alice",
            "/home/alice/snap/tool/12/x", true);
        row("not in another home", "@{SNAP_USER_DATA}/x", true, "/home/alice",
            "/home/bob/snap/tool/12/x", false);
        row("any home when unknown", "@{SNAP_USER_COMMON}/x", true, "",
            "/home/bob/snap/tool/common/x", true);
        row("root's home when unknown", "@{HOME}/.ssh/config", false, "", "/root/.ssh/config",
            true);
        row("a home with glob characters is literal", "@{HOME}/x", false, "/home/a*", "/home/abc/x",
            false);
        row("a home with glob characters matches itself", "@{HOME}/x", false, "/home/a*",
            "/home/a*/x", true);
        row("a trailing slash of the home is dropped", "@{HOME}/x", false, "/home/alice/",
            "/home/alice/x", true);
        row("a process id", "@{PROC}/@{pid}/mounts", false, "", "/proc/4194304/mounts", true);
        row("not a name", "@{PROC}/@{pid}/mounts", false, "", "/proc/self/mounts", false);
        row("not eight digits", "@{PROC}/@{pid}/mounts", false, "", "/proc/12345678/mounts", false);
        row("the runtime directory", "@{XDG_RUNTIME_DIR}/bus", false, "", "/run/user/1000/bus",
            true);
    }
    void variablesExpand()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, knownSnap);
        QFETCH(QString, home);
        QFETCH(QString, path);
        QFETCH(bool, matches);
        const SnapInfo snap = snapFromYaml(R"(name: tool
version: '1'
apps:
  tool:
    command: bin/tool
)");
        const ExplainContext context { knownSnap ? &snap : nullptr, QStringLiteral("12"), home };
        const QString expanded = expandPolicyVariables(pattern, context);
        QVERIFY2(!expanded.contains(QLatin1String("@{")), qPrintable(expanded));
        QVERIFY2(globMatches(expanded, path) == matches, qPrintable(expanded));
    }

    void explains_data()
    {
        QTest::addColumn<Denial>("denial");
        QTest::addColumn<QString>("home");
        QTest::addColumn<QStringList>("expected");
        const QString anyHome;
        QTest::newRow("reading the camera asks for camera")
            << fileDenial("/dev/video0", "r") << anyHome << ids({ "camera" });
        QTest::newRow("opening the camera read-write asks for camera")
            << fileDenial("/dev/video0", "rw") << anyHome << ids({ "camera" });
        // hardware-observe reads all of /sys/devices, raw-usb every USB device below it.
        QTest::newRow("the camera's sysfs entries ask for camera and the hardware observers")
            << fileDenial("/sys/devices/pci0000:00/0000:00:14.0/usb1/1-1/1-1:1.0/video4linux/"
                          "video0/name",
                   "r")
            << anyHome << ids({ "camera", "hardware-observe", "raw-usb" });
        // audio-playback and audio-record give plugs only the sound server's socket: the
        // sound card itself belongs to the server (their slot side).
        QTest::newRow("writing a sound card's node is no plug's to grant")
            << fileDenial("/dev/snd/pcmC0D0p", "w") << anyHome << QStringList {};
        QTest::newRow("the sound server's socket asks for the sound interfaces")
            << fileDenial("/run/user/1000/pulse/native", "rw") << anyHome
            << ids({ "audio-playback", "audio-record", "pulseaudio" });
        QTest::newRow("reading an ssh key asks for ssh-keys, not home")
            << fileDenial("/home/alice/.ssh/id_rsa", "r") << home << ids({ "ssh-keys" });
        QTest::newRow("an ssh key of any home without a known home")
            << fileDenial("/root/.ssh/id_ed25519", "r") << anyHome << ids({ "ssh-keys" });
        QTest::newRow("writing an ssh key is nobody's")
            << fileDenial("/home/alice/.ssh/id_rsa", "w") << home << QStringList {};
        QTest::newRow("another person's home is not the process's home")
            << fileDenial("/home/bob/.ssh/id_rsa", "r") << home << QStringList {};
        QTest::newRow("reading a document asks for home")
            << fileDenial("/home/alice/Documents/x", "r") << home << ids({ "home" });
        QTest::newRow("writing a document asks for home")
            << fileDenial("/home/alice/Documents/x", "wc") << home << ids({ "home" });
        QTest::newRow("a document of any home without a known home")
            << fileDenial("/home/carol/Documents/x", "r") << anyHome << ids({ "home" });
        QTest::newRow("home keeps ~/bin unwritable by its own deny rule")
            << fileDenial("/home/alice/bin/tool", "w") << home << QStringList {};
        QTest::newRow("home leaves other apps' data in ~/snap out")
            << fileDenial("/home/alice/snap/other/common/x", "r") << home << QStringList {};
        QTest::newRow("a file named like snap is still home's")
            << fileDenial("/home/alice/snapshots.txt", "r") << home << ids({ "home" });
        QTest::newRow("a file on a USB drive asks for removable-media")
            << fileDenial("/media/usb/file", "rw") << anyHome << ids({ "removable-media" });
        QTest::newRow("the file system's root itself is not removable-media's")
            << fileDenial("/media/usb", "r") << anyHome << QStringList {};
        QTest::newRow("the mount point as a directory is")
            << fileDenial("/media/usb/", "r") << anyHome << ids({ "removable-media" });
        QTest::newRow("reading /etc/shadow is nobody's")
            << fileDenial("/etc/shadow", "r") << anyHome << QStringList {};
        QTest::newRow("reading a pid's mounts asks for the interfaces that may") << fileDenial(
            "/proc/1234/mounts", "r") << anyHome << ids({ "browser-support", "mount-observe" });
        QTest::newRow("a process id cannot start with a zero")
            << fileDenial("/proc/0123/mounts", "r") << anyHome << QStringList {};
        QTest::newRow("partial access: read granted, write asked")
            << fileDenial("/etc/fstab", "rw") << anyHome << QStringList {};
        QTest::newRow("read alone is granted")
            << fileDenial("/etc/fstab", "r") << anyHome << ids({ "mount-observe" });
        QTest::newRow("executing a tool asks for the interface that ships its use")
            << fileDenial("/usr/bin/journalctl", "x") << anyHome << ids({ "log-observe" });
        QTest::newRow("mapping executable counts as executing")
            << fileDenial("/usr/bin/journalctl", "m") << anyHome << ids({ "log-observe" });
        QTest::newRow("an unknown mask letter alone decides nothing")
            << fileDenial("/dev/video0", "N") << anyHome << QStringList {};

        QTest::newRow("keyctl is no interface's")
            << denial(DenialKind::Syscall, QStringLiteral("keyctl")) << anyHome << QStringList {};
        QTest::newRow("sched_setparam asks for process-control") << denial(DenialKind::Syscall,
            QStringLiteral("sched_setparam")) << anyHome << ids({ "process-control" });
        QTest::newRow("listen asks for the interfaces that accept connections")
            << denial(DenialKind::Syscall, QStringLiteral("listen")) << anyHome
            << ids({ "browser-support", "network-bind" });
        QTest::newRow("an unknown syscall number is nobody's") << denial(DenialKind::Syscall,
            QStringLiteral("syscall 999")) << anyHome << QStringList {};

        QTest::newRow("a netlink raw socket asks for device events")
            << denial(DenialKind::Network, QStringLiteral("netlink raw")) << anyHome
            << ids({ "hardware-observe", "network-observe", "raw-usb", "x11" });
        QTest::newRow("an inet stream asks for the network interfaces")
            << denial(DenialKind::Network, QStringLiteral("inet stream")) << anyHome
            << ids({ "network", "network-bind", "network-observe" });
        // Only the network daemon's own side (network-manager's slot) has packet sockets.
        QTest::newRow("a packet socket is no plug's") << denial(DenialKind::Network,
            QStringLiteral("packet raw")) << anyHome << QStringList {};
        QTest::newRow("landlock's tcp connect asks for the network interfaces")
            << denial(DenialKind::Network, QStringLiteral("tcp port 80"),
                   QStringLiteral("net.connect_tcp"), DenialSource::Landlock)
            << anyHome << ids({ "network", "network-bind", "network-observe" });

        QTest::newRow("sys_nice asks for process-control") << denial(DenialKind::Capability,
            QStringLiteral("sys_nice")) << anyHome << ids({ "process-control" });
        QTest::newRow("net_admin is only the network daemons' (their slots')") << denial(
            DenialKind::Capability, QStringLiteral("net_admin")) << anyHome << QStringList {};
        QTest::newRow("sys_module is nobody's")
            << denial(DenialKind::Capability, QStringLiteral("sys_module")) << anyHome
            << QStringList {};

        QTest::newRow("a notification asks for desktop and unity7") << dbusDenial("session",
            "/org/freedesktop/Notifications", "org.freedesktop.Notifications", "Notify",
            "send") << anyHome << ids({ "desktop", "unity7" });
        QTest::newRow("a D-Bus call on another bus is not") << dbusDenial("system",
            "/org/freedesktop/Notifications", "org.freedesktop.Notifications", "Notify", "send")
                                                            << anyHome << QStringList {};
        QTest::newRow("receiving where only sending is allowed is not") << dbusDenial("session",
            "/org/freedesktop/Notifications", "org.freedesktop.Notifications", "Notify",
            "receive") << anyHome << QStringList {};
        QTest::newRow("bluez's D-Bus rules come from its connection to the system") << dbusDenial(
            "system", "/org/bluez/hci0", "org.bluez.Adapter1", "StartDiscovery",
            "send") << anyHome << ids({ "bluez" });

        QTest::newRow("a signal is no interface's to explain")
            << denial(DenialKind::Other, QStringLiteral("signal")) << anyHome << QStringList {};
    }
    void explains()
    {
        QFETCH(Denial, denial);
        QFETCH(QString, home);
        QFETCH(QStringList, expected);
        ExplainContext context;
        context.home = home;
        QCOMPARE(interfacesAllowing(denial, context).join(u' '), expected.join(u' '));
    }

    void landlockBlockers_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("blockers");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("reading a file")
            << QStringLiteral("/dev/video0") << QStringLiteral("fs.read_file") << ids({ "camera" });
        QTest::newRow("writing and truncating a file")
            << QStringLiteral("/home/alice/Documents/notes.txt")
            << QStringLiteral("fs.write_file,fs.truncate") << ids({ "home" });
        QTest::newRow("listing a directory, named without its slash") << QStringLiteral(
            "/media/usb") << QStringLiteral("fs.read_dir") << ids({ "removable-media" });
        QTest::newRow("creating a file in a directory that allows writing below it")
            << QStringLiteral("/media/usb") << QStringLiteral("fs.make_reg")
            << ids({ "removable-media" });
        QTest::newRow("creating a file directly in /media is nobody's")
            << QStringLiteral("/media") << QStringLiteral("fs.make_reg") << QStringList {};
        QTest::newRow("removing and renaming in an ssh directory is nobody's") << QStringLiteral(
            "/home/alice/.ssh") << QStringLiteral("fs.remove_file,fs.refer") << QStringList {};
        QTest::newRow("executing a tool")
            << QStringLiteral("/usr/bin/ss") << QStringLiteral("fs.execute")
            << ids({ "network-observe" });
        QTest::newRow("an ioctl on a device node needs write")
            << QStringLiteral("/dev/video0") << QStringLiteral("fs.ioctl_dev") << ids({ "camera" });
        QTest::newRow("read granted, write asked")
            << QStringLiteral("/etc/fstab") << QStringLiteral("fs.read_file,fs.write_file")
            << QStringList {};
        QTest::newRow("a right this version does not know decides nothing") << QStringLiteral(
            "/dev/video0") << QStringLiteral("fs.read_file,fs.future") << QStringList {};
    }
    void landlockBlockers()
    {
        QFETCH(QString, path);
        QFETCH(QString, blockers);
        QFETCH(QStringList, expected);
        Denial landlock = denial(
            path.startsWith(QLatin1String("/dev/")) ? DenialKind::Device : DenialKind::File, path,
            blockers, DenialSource::Landlock);
        QCOMPARE(interfacesAllowing(landlock, ExplainContext { nullptr, {}, home }).join(u' '),
            expected.join(u' '));
    }

    void personalFilesNeedTheSnapsPlug()
    {
        const SnapInfo withPlug = snapFromYaml(R"(name: editor
version: '1'
apps:
  editor:
    command: bin/editor
    plugs: [dotfiles, home]
plugs:
  dotfiles:
    interface: personal-files
    read: [$HOME/.config/editor]
    write: [$HOME/.local/share/editor]
)");
        const SnapInfo withoutPlug = snapFromYaml(R"(name: editor
version: '1'
apps:
  editor:
    command: bin/editor
    plugs: [home]
)");
        const Denial readConfig = fileDenial("/home/alice/.config/editor/settings.ini", "r");
        const Denial writeConfig = fileDenial("/home/alice/.config/editor/settings.ini", "w");
        const Denial writeData = fileDenial("/home/alice/.local/share/editor/db", "rw");
        const Denial otherConfig = fileDenial("/home/alice/.config/other/settings.ini", "r");

        const ExplainContext plugged { &withPlug, QStringLiteral("3"), home };
        QCOMPARE(interfacesAllowing(readConfig, plugged), ids({ "personal-files" }));
        QCOMPARE(interfacesAllowing(writeConfig, plugged), QStringList {});
        QCOMPARE(interfacesAllowing(writeData, plugged), ids({ "personal-files" }));
        QCOMPARE(interfacesAllowing(otherConfig, plugged), QStringList {});

        const ExplainContext unplugged { &withoutPlug, QStringLiteral("3"), home };
        QCOMPARE(interfacesAllowing(readConfig, unplugged), QStringList {});
        QCOMPARE(interfacesAllowing(writeData, unplugged), QStringList {});
        QCOMPARE(interfacesAllowing(readConfig), QStringList {});
    }

    void homeReadAllFollowsThePlug()
    {
        // Other people's files (not owned by the process) are only readable with read: all;
        // owner rules are accepted anyway (the record need not say the owner), so both
        // plugs explain a read, and neither a write to a hidden file.
        const SnapInfo readAll = snapFromYaml(R"(name: indexer
version: '1'
apps:
  indexer:
    command: bin/indexer
plugs:
  home:
    read: all
)");
        const ExplainContext context { &readAll, QStringLiteral("7"), home };
        QCOMPARE(interfacesAllowing(fileDenial("/home/alice/Music/a.ogg", "r"), context),
            ids({ "home" }));
        QCOMPARE(
            interfacesAllowing(fileDenial("/home/alice/.bashrc", "w"), context), QStringList {});
    }

    void systemFilesFollowTheSnapsPlug()
    {
        const SnapInfo snap = snapFromYaml(R"(name: tool
version: '1'
apps:
  tool:
    command: bin/tool
plugs:
  etc-tool:
    interface: system-files
    read: [/etc/tool]
)");
        const ExplainContext context { &snap, QStringLiteral("12"), home };
        QCOMPARE(interfacesAllowing(fileDenial("/etc/tool/config", "r"), context),
            ids({ "system-files" }));
        QCOMPARE(
            interfacesAllowing(fileDenial("/etc/tool", "r"), context), ids({ "system-files" }));
        QCOMPARE(interfacesAllowing(fileDenial("/etc/toolbox", "r"), context), QStringList {});
        // mpris's own bus name is the snap's: org.mpris.MediaPlayer2.<snap>, which only
        // the slot side is given, so no plug explains binding it.
        Denial bind = denial(DenialKind::DBus,
            QStringLiteral("org.mpris.MediaPlayer2.tool on session"), QStringLiteral("bind"));
        QCOMPARE(interfacesAllowing(bind, context), QStringList {});
    }

    // Whatever the catalog says, the explanation follows: every fixed device rule and every
    // fixed file rule explains a denial on a path it matches.
    void everyDeviceRuleIsSuggested()
    {
        int checked = 0;
        for (const InterfaceDefinition *definition : builtinInterfaces()) {
            for (const DeviceRule &rule : definition->connectedPlug.devices) {
                if (rule.nodePattern.isEmpty())
                    continue;
                const QString path = samplePath(rule.nodePattern);
                QVERIFY2(globMatches(rule.nodePattern, path), qPrintable(path));
                const QStringList ids
                    = interfacesAllowing(denial(DenialKind::Device, path, QStringLiteral("rw")));
                QVERIFY2(ids.contains(QLatin1String(definition->id)),
                    qPrintable(QStringLiteral("%1 for %2: %3")
                                   .arg(QLatin1String(definition->id), path, ids.join(u' '))));
                ++checked;
            }
        }
        QVERIFY(checked > 10);
    }

    void everyFileRuleIsSuggested()
    {
        int checked = 0;
        for (const InterfaceDefinition *definition : builtinInterfaces()) {
            for (const FileRule &rule : definition->connectedPlug.files) {
                QString pattern = rule.pattern;
                pattern.replace(QLatin1String("@{HOME}"), home);
                pattern.replace(QLatin1String("@{PROC}"), QLatin1String("/proc"));
                pattern.replace(QLatin1String("@{pid}"), QLatin1String("77"));
                if (pattern.contains(QLatin1String("@{")))
                    continue;
                const QString path = samplePath(pattern);
                const Denial asked = denial(
                    path.startsWith(QLatin1String("/dev/")) ? DenialKind::Device : DenialKind::File,
                    path, letters(rule.access));
                const QStringList ids
                    = interfacesAllowing(asked, ExplainContext { nullptr, {}, home });
                // home's deny rule takes ~/bin back; the sample never lands there.
                QVERIFY2(ids.contains(QLatin1String(definition->id)),
                    qPrintable(QStringLiteral("%1 for %2 %3: %4")
                                   .arg(QLatin1String(definition->id), path, letters(rule.access),
                                       ids.join(u' '))));
                ++checked;
            }
        }
        QVERIFY(checked > 200);
    }
};

QTEST_GUILESS_MAIN(TestExplain)
#include "tst_explain.moc"
