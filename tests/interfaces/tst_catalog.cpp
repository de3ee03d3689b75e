// The interface catalog's conventions, checked for every builtin interface at once: ids,
// words for people, policy that is there and well-formed, and AppArmor rules that the
// real apparmor_parser compiles.
#include "interfaces/interface.h"
#include "interfaces/knowninterfaces.h"
#include "interfaces/seccomp.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace corral;

namespace {

SnapInfo makeSnap(const QString &name, SnapType type)
{
    SnapInfo snap;
    snap.name = name;
    snap.type = type;
    return snap;
}

// Attributes that exercise the attribute-dependent policy of the interfaces that have
// some; every other interface is connected with bare plugs and slots.
struct Sample
{
    const char *id;
    Attributes plug;
    Attributes appSlot;
};

QList<Sample> samples()
{
    const auto list = [](std::initializer_list<const char *> items) {
        QVariantList values;
        for (const char *item : items)
            values.append(QString::fromUtf8(item));
        return values;
    };
    return {
        { "browser-support", { { QStringLiteral("allow-sandbox"), true } }, {} },
        { "content",
            { { QStringLiteral("content"), QStringLiteral("themes") },
                { QStringLiteral("target"), QStringLiteral("$SNAP/data-dir/themes") },
                { QStringLiteral("default-provider"), QStringLiteral("gtk-common-themes") } },
            { { QStringLiteral("content"), QStringLiteral("themes") },
                { QStringLiteral("read"), list({ "$SNAP/share/themes", "$SNAP/share/icons" }) },
                { QStringLiteral("write"), list({ "$SNAP_DATA/cache" }) } } },
        { "hidraw", {}, { { QStringLiteral("path"), QStringLiteral("/dev/hidraw0") } } },
        { "home", { { QStringLiteral("read"), QStringLiteral("all") } }, {} },
        { "mpris", {}, { { QStringLiteral("name"), QStringLiteral("player") } } },
        { "optical-drive", { { QStringLiteral("write"), true } }, {} },
        { "personal-files",
            { { QStringLiteral("read"), list({ "$HOME/.config/app" }) },
                { QStringLiteral("write"), list({ "$HOME/Documents/My notes, 2024" }) } },
            {} },
        { "serial-port", {}, { { QStringLiteral("path"), QStringLiteral("/dev/ttyUSB0") } } },
        { "shared-memory", { { QStringLiteral("shared-memory"), QStringLiteral("buffers") } },
            { { QStringLiteral("shared-memory"), QStringLiteral("buffers") },
                { QStringLiteral("read"), list({ "frames-*" }) },
                { QStringLiteral("write"), list({ "control" }) } } },
        { "system-files",
            { { QStringLiteral("read"), list({ "/etc/app" }) },
                { QStringLiteral("write"), list({ "/var/lib/app/data" }) } },
            {} },
    };
}

// Every policy the interface can contribute: the fixed ones, and those of connections to
// the system's slot and to an app snap's slot, as apply, with the sample attributes.
QList<Policy> everyPolicy(const InterfaceDefinition &definition)
{
    Sample sample { definition.id, {}, {} };
    for (const Sample &candidate : samples()) {
        if (qstrcmp(candidate.id, definition.id) == 0)
            sample = candidate;
    }
    const QString id = QString::fromLatin1(definition.id);
    SnapInfo app = makeSnap(QStringLiteral("app"), SnapType::App);
    PlugInfo plug {
        .name = id, .interface = id, .attributes = sample.plug, .apps = { QStringLiteral("main") }
    };
    if (definition.sanitizePlug)
        [&] { QCOMPARE(definition.sanitizePlug(plug), QString()); }();

    QList<Policy> policies = { definition.connectedPlug, definition.connectedSlot,
        definition.permanentPlug, definition.permanentSlot };
    const auto connectTo = [&](const SnapInfo &slotSnap, Attributes attributes) {
        SlotInfo slot { .name = id,
            .interface = id,
            .attributes = attributes,
            .apps = { QStringLiteral("serve") } };
        if (definition.sanitizeSlot && slotSnap.type != SnapType::Os)
            [&] { QCOMPARE(definition.sanitizeSlot(slot), QString()); }();
        const ConnectedPlug connectedPlug { app, plug };
        const ConnectedSlot connectedSlot { slotSnap, slot };
        policies.append(definition.connectedPlugPolicy(connectedPlug, connectedSlot));
        policies.append(definition.connectedSlotPolicy(connectedPlug, connectedSlot));
    };
    if (definition.implicitOnSystem) {
        // The system has no `shared-memory` attribute to match: a private plug goes there.
        if (id == QLatin1String("shared-memory"))
            plug.attributes = { { QStringLiteral("private"), true } };
        connectTo(makeSnap(QStringLiteral("system"), SnapType::Os), {});
        plug.attributes = sample.plug;
    }
    if (definition.slotProvider != SlotProvider::System)
        connectTo(makeSnap(QStringLiteral("provider"), SnapType::App), sample.appSlot);
    return policies;
}

bool balanced(const QString &pattern)
{
    int braces = 0;
    int brackets = 0;
    for (const QChar c : pattern) {
        braces += c == u'{' ? 1 : c == u'}' ? -1 : 0;
        brackets += c == u'[' ? 1 : c == u']' ? -1 : 0;
        if (braces < 0 || brackets < 0)
            return false;
    }
    return braces == 0 && brackets == 0;
}

// One profile holding every AppArmor rule the interface can contribute, with the
// variables the generator defines set to sample values.
QString testProfile(const InterfaceDefinition &definition)
{
    QString text
        = QStringLiteral("#include <tunables/global>\n"
                         "@{SNAP_NAME}=app\n"
                         "@{SNAP}=/snap/app/x1\n"
                         "@{SNAP_DATA}=/var/snap/app/x1\n"
                         "@{SNAP_COMMON}=/var/snap/app/common\n"
                         "@{SNAP_USER_DATA}=/home/*/snap/app/x1\n"
                         "@{SNAP_USER_COMMON}=/home/*/snap/app/common\n"
                         "profile corral-test-%1 flags=(attach_disconnected,mediate_deleted) {\n"
                         "  #include <abstractions/base>\n")
              .arg(QLatin1String(definition.id));
    QStringList rules;
    for (const Policy &policy : everyPolicy(definition)) {
        for (const FileRule &rule : policy.files)
            rules.append(apparmorFileRule(rule));
        rules += policy.apparmor;
    }
    rules.removeDuplicates();
    for (const QString &rule : std::as_const(rules))
        text += QLatin1String("  ") + rule + QLatin1String(",\n");
    return text + QLatin1String("}\n");
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idsAreSortedUniqueAndKebabCase();
    void catalogHoldsTheInterfacesOfTheIssue();
    void findInterfaceFindsEveryInterface();
    void findInterfaceRejectsUnknownIds_data();
    void findInterfaceRejectsUnknownIds();
    void knownInterfacesAreTheCatalog();
    void interfaceConventions_data();
    void interfaceConventions();
    void apparmorRulesCompile_data();
    void apparmorRulesCompile();
    void seccompLinesCompile_data();
    void seccompLinesCompile();
    void fileRulesRenderForAppArmor_data();
    void fileRulesRenderForAppArmor();
    void mergingPoliciesSkipsDuplicates();
};

void TestCatalog::idsAreSortedUniqueAndKebabCase()
{
    static const QRegularExpression kebab(QStringLiteral("^[a-z][a-z0-9]*(-[a-z0-9]+)*$"));
    QString previous;
    for (const InterfaceDefinition *definition : builtinInterfaces()) {
        const QString id = QString::fromLatin1(definition->id);
        QVERIFY2(kebab.match(id).hasMatch(), qPrintable(id));
        QVERIFY2(previous < id, qPrintable(previous + QLatin1String(" before ") + id));
        previous = id;
    }
}

void TestCatalog::catalogHoldsTheInterfacesOfTheIssue()
{
    const QStringList required = QStringLiteral(
        "home network network-bind network-status network-observe network-manager x11 "
        "wayland desktop desktop-legacy unity7 gsettings opengl audio-playback audio-record "
        "pulseaudio camera removable-media optical-drive raw-usb joystick bluez cups-control "
        "browser-support password-manager-service mount-observe system-observe "
        "hardware-observe process-control log-observe screen-inhibit-control upower-observe "
        "location-observe personal-files system-files content shared-memory ssh-keys gpg-keys "
        "serial-port hidraw u2f-devices mpris kerberos-tickets")
                                     .split(u' ');
    for (const QString &id : required)
        QVERIFY2(findInterface(id), qPrintable(id));
    QVERIFY(builtinInterfaces().size() >= 44);
}

void TestCatalog::findInterfaceFindsEveryInterface()
{
    for (const InterfaceDefinition *definition : builtinInterfaces())
        QCOMPARE(findInterface(QString::fromLatin1(definition->id)), definition);
}

void TestCatalog::findInterfaceRejectsUnknownIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("an empty id") << QString();
    QTest::newRow("an id that does not exist") << QStringLiteral("teleport");
    QTest::newRow("an id in another case") << QStringLiteral("Camera");
    QTest::newRow("an id with a trailing space") << QStringLiteral("camera ");
    QTest::newRow("a prefix of an id") << QStringLiteral("net");
    QTest::newRow("an id with a NUL and more") << QStringLiteral("camera\0x");
    QTest::newRow("an id before every other") << QStringLiteral("aaa");
    QTest::newRow("an id after every other") << QStringLiteral("zzz");
}

void TestCatalog::findInterfaceRejectsUnknownIds()
{
    QFETCH(QString, id);
    QCOMPARE(findInterface(id), nullptr);
    QVERIFY(!isKnownInterface(id));
}

void TestCatalog::knownInterfacesAreTheCatalog()
{
    QStringList ids;
    for (const InterfaceDefinition *definition : builtinInterfaces())
        ids.append(QString::fromLatin1(definition->id));
    QCOMPARE(knownInterfaceNames(), ids);
    for (const QString &id : std::as_const(ids))
        QVERIFY(isKnownInterface(id));
}

void TestCatalog::interfaceConventions_data()
{
    QTest::addColumn<const InterfaceDefinition *>("definition");
    for (const InterfaceDefinition *definition : builtinInterfaces())
        QTest::newRow(definition->id) << definition;
}

void TestCatalog::interfaceConventions()
{
    QFETCH(const InterfaceDefinition *, definition);
    const QString id = QString::fromLatin1(definition->id);

    // Words for people.
    const QString label = definition->translatedLabel();
    const QString description = definition->translatedDescription();
    QVERIFY(!label.isEmpty());
    QVERIFY(label != id);
    QVERIFY2(label.front().isUpper(), qPrintable(label));
    QVERIFY(!label.endsWith(u'.'));
    QVERIFY(!description.isEmpty());
    QVERIFY2(description.endsWith(u'.'), qPrintable(description));
    QVERIFY(description != label);
    QVERIFY(!toString(definition->category).isEmpty());
    QVERIFY(!categoryLabel(definition->category).isEmpty());
    QVERIFY(!toString(definition->sensitivity).isEmpty());

    // Only app snaps offer slots that are not implicit on the system, and the other way
    // round: an interface nobody can offer could never be connected.
    QCOMPARE(definition->implicitOnSystem, definition->slotProvider != SlotProvider::AppSnaps);
    QVERIFY(!(definition->autoConnect && definition->autoConnectCheck));

    // Policy, and well-formed policy.
    static const QRegularExpression seccompLine(QStringLiteral("^~?[a-z0-9_]+( \\S+)*$"));
    bool contributes = false;
    for (const Policy &policy : everyPolicy(*definition)) {
        contributes = contributes || !policy.isEmpty();
        for (const FileRule &rule : policy.files) {
            QVERIFY2(rule.pattern.startsWith(u'/') || rule.pattern.startsWith(QLatin1String("@{")),
                qPrintable(rule.pattern));
            QVERIFY2(rule.pattern.trimmed() == rule.pattern, qPrintable(rule.pattern));
            QVERIFY2(balanced(rule.pattern), qPrintable(rule.pattern));
            QVERIFY2(!rule.pattern.contains(u'"') && !rule.pattern.contains(u'\n'),
                qPrintable(rule.pattern));
            QVERIFY2(rule.access, qPrintable(rule.pattern));
        }
        for (const QString &rule : policy.apparmor) {
            QVERIFY2(!rule.isEmpty() && rule.trimmed() == rule, qPrintable(rule));
            QVERIFY2(!rule.endsWith(u','), qPrintable(rule));
            QVERIFY2(!rule.startsWith(u'#'), qPrintable(rule));
        }
        for (const QString &line : policy.seccomp)
            QVERIFY2(seccompLine.match(line).hasMatch(), qPrintable(line));
        for (const DeviceRule &device : policy.devices) {
            QVERIFY2(device.type == 'c' || device.type == 'b', qPrintable(device.udevMatch));
            QVERIFY2(!device.udevMatch.isEmpty(), qPrintable(device.nodePattern));
            QVERIFY2(device.nodePattern.startsWith(QLatin1String("/dev/")),
                qPrintable(device.nodePattern));
            QVERIFY(device.major >= -1 && device.minor >= -1);
        }
        for (const MountRule &mount : policy.mounts) {
            QVERIFY(!mount.source.isEmpty());
            QVERIFY(!mount.target.isEmpty());
        }
    }
    QVERIFY2(contributes, "no policy at all");
}

void TestCatalog::apparmorRulesCompile_data()
{
    interfaceConventions_data();
}

void TestCatalog::apparmorRulesCompile()
{
    QFETCH(const InterfaceDefinition *, definition);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("profile"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QString profile = testProfile(*definition);
    file.write(profile.toUtf8());
    file.close();

    QProcess parser;
    parser.start(QStringLiteral("apparmor_parser"),
        { QStringLiteral("-Q"), QStringLiteral("-K"), QStringLiteral("-T"), path });
    QVERIFY2(parser.waitForFinished(60000), "apparmor_parser did not finish");
    const QString errors = QString::fromUtf8(parser.readAllStandardError());
    QVERIFY2(parser.exitStatus() == QProcess::NormalExit && parser.exitCode() == 0,
        qPrintable(errors + QLatin1String("\n") + profile));
}

void TestCatalog::seccompLinesCompile_data()
{
    interfaceConventions_data();
}

void TestCatalog::seccompLinesCompile()
{
    QFETCH(const InterfaceDefinition *, definition);
    QStringList lines;
    for (const Policy &policy : everyPolicy(*definition))
        lines += policy.seccomp;
    lines.removeDuplicates();
    const SeccompCompileResult result
        = compileSeccomp(seccompSource(lines, Confinement::Strict), Confinement::Strict);
    QVERIFY2(result.ok, qPrintable(result.error));
    // Every call the catalog names exists here: a misspelt one would be skipped silently.
    for (const QString &line : std::as_const(lines)) {
        const QString call = line.section(u' ', 0, 0).remove(u'~');
        QVERIFY2(!result.skippedSyscalls.contains(call), qPrintable(call));
    }
}

void TestCatalog::fileRulesRenderForAppArmor_data()
{
    QTest::addColumn<FileRule>("rule");
    QTest::addColumn<QString>("text");
    QTest::newRow("reading") << FileRule { QStringLiteral("/etc/hosts"), Access::Read }
                             << QStringLiteral("/etc/hosts r");
    QTest::newRow("writing takes linking too") << FileRule { QStringLiteral("/dev/video[0-9]*"),
        Access::Read | Access::Write } << QStringLiteral("/dev/video[0-9]* rwl");
    QTest::newRow("locking and executing")
        << FileRule { QStringLiteral("@{SNAP}/**"), Access::Read | Access::Lock | Access::Execute }
        << QStringLiteral("@{SNAP}/** rkmix");
    QTest::newRow("the owner's files only") << FileRule { QStringLiteral("@{HOME}/.ssh/**"),
        Access::Read, true } << QStringLiteral("owner @{HOME}/.ssh/** r");
    QTest::newRow("a pattern with a space is quoted")
        << FileRule { QStringLiteral("@{HOME}/My Files/**"), Access::Read, true }
        << QStringLiteral("owner \"@{HOME}/My Files/**\" r");
    QTest::newRow("alternatives are quoted too")
        << FileRule { QStringLiteral("/dev/tty{USB,ACM}[0-9]*"), Access::Read }
        << QStringLiteral("\"/dev/tty{USB,ACM}[0-9]*\" r");
    QTest::newRow("a pattern with a comma is quoted") << FileRule { QStringLiteral("/srv/a,b"),
        Access::Write } << QStringLiteral("\"/srv/a,b\" wl");
}

void TestCatalog::fileRulesRenderForAppArmor()
{
    QFETCH(FileRule, rule);
    QFETCH(QString, text);
    QCOMPARE(apparmorFileRule(rule), text);
}

void TestCatalog::mergingPoliciesSkipsDuplicates()
{
    Policy policy { .files = { FileRule { QStringLiteral("/a"), Access::Read } },
        .apparmor = { QStringLiteral("network inet stream") },
        .seccomp = { QStringLiteral("bind") } };
    policy += Policy { .files = { FileRule { QStringLiteral("/a"), Access::Read },
                           FileRule { QStringLiteral("/a"), Access::Write } },
        .apparmor = { QStringLiteral("network inet stream") },
        .seccomp = { QStringLiteral("listen"), QStringLiteral("bind") },
        .mounts = { MountRule { QStringLiteral("$SNAP/x"), QStringLiteral("$SNAP/y") } } };
    QCOMPARE(policy.files,
        (QList<FileRule> { FileRule { QStringLiteral("/a"), Access::Read },
            FileRule { QStringLiteral("/a"), Access::Write } }));
    QCOMPARE(policy.apparmor, QStringList { QStringLiteral("network inet stream") });
    QCOMPARE(policy.seccomp, (QStringList { QStringLiteral("bind"), QStringLiteral("listen") }));
    QCOMPARE(policy.mounts.size(), 1);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
