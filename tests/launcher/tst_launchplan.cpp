// The launch plan as the launcher reads it (launcher/plan.cpp): what it accepts, and a
// reason naming the line for everything it refuses. No root needed.
#include "launcher/plan.h"

#include <QTest>

using namespace corral::launch;

namespace {

const char *const ValidPlan = R"(corral-launch-plan 1
tag snap.hello.hello
snap hello
app hello
revision x2
confinement strict
base busybox-base x1
base-dir /snap/busybox-base/x1
snap-dir /snap/hello/x2
command bin/hello --greet
command-chain bin/wrapper
env GREETING=Hello
env WHERE=$SNAP/data
mount /var/snap/other/x3/photos /snap/hello/x2/photos ro
symlink /snap/hello/x2/etc/foo /etc/foo
tmpfs /var/cache/hello
device c 81 *
device b 7 0
landlock rx /
landlock rw $SNAP_USER_DATA
landlock r $HOME/Pictures/Photo\040Booth
landlock d /sys/class/video4linux
seccomp /var/lib/corral/seccomp/snap.hello.hello.bpf
apparmor snap.hello.hello
)";

// The valid plan with one line replaced (or removed, when `replacement` is empty).
QByteArray withLine(const QByteArray &key, const QByteArray &replacement)
{
    QList<QByteArray> lines = QByteArray(ValidPlan).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].startsWith(key + ' ')) {
            if (replacement.isEmpty())
                lines.removeAt(i);
            else
                lines[i] = replacement;
            break;
        }
    }
    return lines.join('\n');
}

Result<Plan> parse(const QByteArray &text, const std::string &tag = "snap.hello.hello")
{
    return parsePlan(std::string_view(text.constData(), std::size_t(text.size())), "the plan", tag);
}

} // namespace

class TestLaunchPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryKey()
    {
        Result<Plan> result = parse(ValidPlan);
        QVERIFY2(result.ok(), result.error().reason.c_str());
        const Plan &plan = result.value();
        QCOMPARE(plan.tag, "snap.hello.hello");
        QCOMPARE(plan.revision, "x2");
        QVERIFY(plan.confinement == Confinement::Strict);
        QCOMPARE(plan.base, "busybox-base");
        QCOMPARE(plan.baseRevision, "x1");
        QCOMPARE(plan.baseDir, "/snap/busybox-base/x1");
        QCOMPARE(plan.command, (std::vector<std::string> { "bin/hello", "--greet" }));
        QCOMPARE(plan.commandChain, std::vector<std::string> { "bin/wrapper" });
        QCOMPARE(plan.environment.size(), 2u);
        QCOMPARE(plan.environment[1].second, "$SNAP/data");
        QCOMPARE(plan.layout.size(), 3u);
        QVERIFY(plan.layout[0].kind == LayoutEntry::Kind::Bind && plan.layout[0].readOnly);
        QVERIFY(plan.layout[1].kind == LayoutEntry::Kind::Symlink);
        QCOMPARE(plan.layout[1].source, "/snap/hello/x2/etc/foo");
        QVERIFY(plan.layout[2].kind == LayoutEntry::Kind::Tmpfs);
        QCOMPARE(plan.devices.size(), 2u);
        QVERIFY((plan.devices[0] == DeviceRule { 'c', 81, -1 }));
        QVERIFY((plan.devices[1] == DeviceRule { 'b', 7, 0 }));
        QCOMPARE(plan.landlock.size(), 4u);
        QCOMPARE(plan.landlock[2].path, "$HOME/Pictures/Photo Booth");
        QCOMPARE(plan.landlock[3].access, "d");
        QCOMPARE(plan.seccompFile, "/var/lib/corral/seccomp/snap.hello.hello.bpf");
        QCOMPARE(plan.apparmorLabel, "snap.hello.hello");
    }

    void keepsLayoutEntriesInFileOrder()
    {
        const QByteArray text = withLine("mount", "tmpfs /a") + "mount /x /a/b rw\n";
        Result<Plan> result = parse(text);
        QVERIFY2(result.ok(), result.error().reason.c_str());
        const std::vector<LayoutEntry> &layout = result.value().layout;
        QCOMPARE(layout.size(), 4u);
        QCOMPARE(layout.front().target, "/a");
        QCOMPARE(layout.back().target, "/a/b");
        QVERIFY(!layout.back().readOnly);
    }

    void classicNeedsNoSandboxKeys()
    {
        QByteArray text = withLine("confinement", "confinement classic");
        for (const char *key : { "base", "base-dir", "seccomp", "apparmor" })
            text = [&] {
                QList<QByteArray> lines = text.split('\n');
                lines.removeIf(
                    [&](const QByteArray &line) { return line.startsWith(QByteArray(key) + ' '); });
                return lines.join('\n');
            }();
        Result<Plan> result = parse(text);
        QVERIFY2(result.ok(), result.error().reason.c_str());
        QVERIFY(result.value().confinement == Confinement::Classic);
        QVERIFY(result.value().seccompFile.empty());
    }

    void ignoresCommentsAndBlankLines()
    {
        const QByteArray text
            = QByteArray(ValidPlan).replace("snap hello\n", "# a comment\n\nsnap hello\n");
        QVERIFY(parse(text).ok());
    }

    void refusesWhatItCannotFullyUnderstand_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("a plan of another format version")
            << QByteArray(ValidPlan).replace("corral-launch-plan 1", "corral-launch-plan 2")
            << QStringLiteral("the plan line 1: not a version 1 launch plan");
        QTest::newRow("an empty file") << QByteArray() << QStringLiteral("the plan is empty");
        QTest::newRow("a plan cut off in the middle of a line")
            << QByteArray(ValidPlan).left(120) << QStringLiteral("does not end with a newline");
        QTest::newRow("a key this launcher does not know") << QByteArray(ValidPlan)
                + "network none\n" << QStringLiteral("unknown key \"network\"");
        QTest::newRow("a once-only key given twice") << QByteArray(ValidPlan)
                + "revision x3\n" << QStringLiteral("\"revision\" appears more than once");
        QTest::newRow("a key without a value")
            << withLine("app", "app") << QStringLiteral("\"app\" has no value");
        QTest::newRow("an escape the format does not have") << withLine(
            "tmpfs", "tmpfs /var/x\\041") << QStringLiteral("unknown escape sequence \\041");
        QTest::newRow("two spaces between fields")
            << withLine("device", "device c  81 *") << QStringLiteral("empty field in \"device\"");
        QTest::newRow("a control character")
            << withLine("env", "env A=\x01") << QStringLiteral("control character");
        QTest::newRow("no command")
            << withLine("command", {}) << QStringLiteral("has no \"command\"");
        QTest::newRow("a strict plan without a seccomp filter") << withLine(
            "seccomp", {}) << QStringLiteral("has no \"seccomp\" (needed for strict confinement)");
        QTest::newRow("a tag that is not the file's")
            << withLine("tag", "tag snap.hello.other")
            << QStringLiteral("is for \"snap.hello.other\", not \"snap.hello.hello\"");
        QTest::newRow("a tag that does not match snap and app")
            << withLine("app", "app other") << QStringLiteral("the tag does not match");
        QTest::newRow("an invalid snap name")
            << withLine("snap", "snap Hello") << QStringLiteral("invalid snap name \"Hello\"");
        QTest::newRow("an unknown confinement") << withLine("confinement", "confinement loose")
                                                << QStringLiteral("unknown confinement");
        QTest::newRow("a relative base directory")
            << withLine("base-dir", "base-dir snap/busybox-base/x1")
            << QStringLiteral("\"base-dir\" is not a clean absolute path");
        QTest::newRow("a base directory with ..") << withLine("base-dir",
            "base-dir /snap/../etc") << QStringLiteral("\"base-dir\" is not a clean absolute path");
        QTest::newRow("a command outside $SNAP") << withLine("command",
            "command ../../bin/sh") << QStringLiteral("is not a clean path relative to $SNAP");
        QTest::newRow("an absolute command") << withLine("command",
            "command /bin/sh") << QStringLiteral("is not a clean path relative to $SNAP");
        QTest::newRow("an environment entry without a name")
            << withLine("env", "env =x") << QStringLiteral("NAME=VALUE");
        QTest::newRow("a mount that is neither ro nor rw")
            << withLine("mount", "mount /a /b rx") << QStringLiteral("needs ro or rw");
        QTest::newRow("a mount on /")
            << withLine("mount", "mount /a / rw") << QStringLiteral("clean absolute paths");
        QTest::newRow("a device of a third kind")
            << withLine("device", "device x 1 3") << QStringLiteral("type must be c or b");
        QTest::newRow("a device number out of range")
            << withLine("device", "device c 4096 0") << QStringLiteral("invalid device number");
        QTest::newRow("a landlock letter that does not exist")
            << withLine("landlock", "landlock rwz /") << QStringLiteral("invalid landlock access");
        QTest::newRow("a landlock path with an unknown variable") << withLine(
            "landlock", "landlock r $SNAP_DATA/x") << QStringLiteral("invalid landlock path");
        QTest::newRow("a landlock path that is relative")
            << withLine("landlock", "landlock r home") << QStringLiteral("invalid landlock path");
    }

    void refusesWhatItCannotFullyUnderstand()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reason);
        const Result<Plan> result = parse(text);
        QVERIFY(!result.ok());
        const QString actual = QString::fromStdString(result.error().reason);
        QVERIFY2(actual.contains(reason), qPrintable(actual));
    }

    void unescapesFstabStyle_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("a space") << QByteArray("Photo\\040Booth") << QByteArray("Photo Booth");
        QTest::newRow("tab, newline and backslash")
            << QByteArray("a\\011b\\012c\\134d") << QByteArray("a\tb\nc\\d");
        QTest::newRow("nothing to undo") << QByteArray("/plain/path") << QByteArray("/plain/path");
    }

    void unescapesFstabStyle()
    {
        QFETCH(QByteArray, field);
        QFETCH(QByteArray, value);
        const Result<std::string> result = unescapePlanField(field.toStdString());
        QVERIFY(result.ok());
        QCOMPARE(QByteArray::fromStdString(result.value()), value);
    }

    void validatesNamesLikeTheGenerator_data()
    {
        QTest::addColumn<QString>("snap");
        QTest::addColumn<bool>("valid");
        QTest::newRow("a plain name") << QStringLiteral("hello") << true;
        QTest::newRow("dashes and digits") << QStringLiteral("busybox-base2") << true;
        QTest::newRow("one character") << QStringLiteral("a") << false;
        QTest::newRow("digits only") << QStringLiteral("1234") << false;
        QTest::newRow("two dashes in a row") << QStringLiteral("a--b") << false;
        QTest::newRow("a trailing dash") << QStringLiteral("ab-") << false;
        QTest::newRow("an upper-case letter") << QStringLiteral("Hello") << false;
        QTest::newRow("a path") << QStringLiteral("../etc") << false;
    }

    void validatesNamesLikeTheGenerator()
    {
        QFETCH(QString, snap);
        QFETCH(bool, valid);
        QCOMPARE(isValidSnapName(snap.toStdString()), valid);
    }
};

QTEST_GUILESS_MAIN(TestLaunchPlan)
#include "tst_launchplan.moc"
