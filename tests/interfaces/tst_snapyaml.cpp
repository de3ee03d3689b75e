// Tests interfaces/snapyaml.cpp: every form of snap.yaml that snapd accepts, the errors
// (with their line and column) for what it refuses, and hostile input.
#include "interfaces/snapyaml.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace corral;

namespace {

// Two lines every valid document needs; rows add what they test from line 3 on.
const QByteArray head = "name: demo\nversion: '1.0'\n";

QString formatVariant(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::LongLong:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
        return QStringLiteral("double:") + QString::number(value.toDouble());
    case QMetaType::QVariantList: {
        QStringList items;
        for (const QVariant &item : value.toList())
            items.append(formatVariant(item));
        return QLatin1Char('[') + items.join(QLatin1String(", ")) + QLatin1Char(']');
    }
    case QMetaType::QVariantMap: {
        QStringList items;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            items.append(it.key() + QLatin1String(": ") + formatVariant(it.value()));
        return QLatin1Char('{') + items.join(QLatin1String(", ")) + QLatin1Char('}');
    }
    default:
        return QStringLiteral("<unexpected type %1>").arg(QString::fromLatin1(value.typeName()));
    }
}

QString formatEnvironment(const Environment &environment)
{
    QStringList pairs;
    for (const auto &[name, value] : environment)
        pairs.append(name + QLatin1Char('=') + value);
    return pairs.join(QLatin1Char(';'));
}

QString formatPos(const SourcePos &pos)
{
    return QStringLiteral("%1:%2").arg(pos.line).arg(pos.column);
}

QString formatKind(LayoutEntry::Kind kind)
{
    switch (kind) {
    case LayoutEntry::Kind::Bind:
        return QStringLiteral("bind");
    case LayoutEntry::Kind::BindFile:
        return QStringLiteral("bind-file");
    case LayoutEntry::Kind::Symlink:
        return QStringLiteral("symlink");
    case LayoutEntry::Kind::Tmpfs:
        return QStringLiteral("tmpfs");
    }
    return {};
}

// A parsed snap as "key=value" facts, so that a row states exactly what it expects of the
// parts it is about. Lists are comma-separated in the order the SnapInfo holds them.
QMap<QString, QString> factsOf(const SnapInfo &snap)
{
    QMap<QString, QString> facts;
    const QLatin1Char comma(',');
    facts[QStringLiteral("name")] = snap.name;
    facts[QStringLiteral("version")] = snap.version;
    facts[QStringLiteral("summary")] = snap.summary;
    facts[QStringLiteral("description")] = snap.description;
    facts[QStringLiteral("title")] = snap.title;
    facts[QStringLiteral("license")] = snap.license;
    facts[QStringLiteral("type")] = toString(snap.type);
    facts[QStringLiteral("base")] = snap.base;
    facts[QStringLiteral("effective-base")] = snap.effectiveBase();
    facts[QStringLiteral("confinement")] = toString(snap.confinement);
    facts[QStringLiteral("grade")] = toString(snap.grade);
    facts[QStringLiteral("environment")] = formatEnvironment(snap.environment);

    facts[QStringLiteral("apps")] = snap.apps.keys().join(comma);
    for (auto it = snap.apps.cbegin(); it != snap.apps.cend(); ++it) {
        const AppInfo &app = it.value();
        const QString at = QStringLiteral("app:") + it.key() + QLatin1Char('.');
        facts[at + QLatin1String("name")] = app.name;
        facts[at + QLatin1String("command")] = app.command;
        facts[at + QLatin1String("command-chain")] = app.commandChain.join(comma);
        facts[at + QLatin1String("common-id")] = app.commonId;
        facts[at + QLatin1String("desktop")] = app.desktop;
        facts[at + QLatin1String("environment")] = formatEnvironment(app.environment);
        facts[at + QLatin1String("plugs")] = app.plugs.join(comma);
        facts[at + QLatin1String("slots")] = app.slots.join(comma);
        QStringList sockets;
        for (const SocketInfo &socket : app.sockets)
            sockets.append(QStringLiteral("%1 %2 %3")
                               .arg(socket.name, socket.listenStream)
                               .arg(socket.socketMode));
        facts[at + QLatin1String("sockets")] = sockets.join(QLatin1String("; "));
        facts[at + QLatin1String("daemon")] = app.daemon;
        facts[at + QLatin1String("daemon-scope")] = app.daemonScope;
        facts[at + QLatin1String("stop-command")] = app.stopCommand;
        facts[at + QLatin1String("reload-command")] = app.reloadCommand;
        facts[at + QLatin1String("post-stop-command")] = app.postStopCommand;
        facts[at + QLatin1String("stop-timeout")] = app.stopTimeout;
        facts[at + QLatin1String("start-timeout")] = app.startTimeout;
        facts[at + QLatin1String("watchdog-timeout")] = app.watchdogTimeout;
        facts[at + QLatin1String("restart-condition")] = app.restartCondition;
        facts[at + QLatin1String("restart-delay")] = app.restartDelay;
        facts[at + QLatin1String("stop-mode")] = app.stopMode;
        facts[at + QLatin1String("refresh-mode")] = app.refreshMode;
        facts[at + QLatin1String("install-mode")] = app.installMode;
        facts[at + QLatin1String("bus-name")] = app.busName;
        facts[at + QLatin1String("activates-on")] = app.activatesOn.join(comma);
        facts[at + QLatin1String("after")] = app.after.join(comma);
        facts[at + QLatin1String("before")] = app.before.join(comma);
    }

    facts[QStringLiteral("hooks")] = snap.hooks.keys().join(comma);
    for (const HookInfo &hook : snap.hooks) {
        const QString at = QStringLiteral("hook:") + hook.name + QLatin1Char('.');
        facts[at + QLatin1String("command-chain")] = hook.commandChain.join(comma);
        facts[at + QLatin1String("environment")] = formatEnvironment(hook.environment);
        facts[at + QLatin1String("plugs")] = hook.plugs.join(comma);
        facts[at + QLatin1String("slots")] = hook.slots.join(comma);
    }

    auto addEnds = [&](const QString &kind, const auto &ends) {
        facts[kind + QLatin1Char('s')] = ends.keys().join(comma);
        for (const auto &end : ends) {
            const QString at = kind + QLatin1Char(':') + end.name + QLatin1Char('.');
            facts[at + QLatin1String("interface")] = end.interface;
            facts[at + QLatin1String("label")] = end.label;
            facts[at + QLatin1String("attributes")] = formatVariant(end.attributes);
            facts[at + QLatin1String("apps")] = end.apps.join(comma);
            facts[at + QLatin1String("hooks")] = end.hooks.join(comma);
            facts[at + QLatin1String("pos")] = formatPos(end.pos);
        }
    };
    addEnds(QStringLiteral("plug"), snap.plugs);
    addEnds(QStringLiteral("slot"), snap.slots);

    QStringList paths;
    for (const LayoutEntry &entry : snap.layout) {
        paths.append(entry.path);
        QString text = formatKind(entry.kind);
        if (!entry.source.isEmpty())
            text += QLatin1Char(' ') + entry.source;
        if (!entry.user.isEmpty())
            text += QLatin1String(" user=") + entry.user;
        if (!entry.group.isEmpty())
            text += QLatin1String(" group=") + entry.group;
        if (!entry.mode.isEmpty())
            text += QLatin1String(" mode=") + entry.mode;
        facts[QStringLiteral("layout:") + entry.path] = text;
    }
    facts[QStringLiteral("layout")] = paths.join(comma);
    return facts;
}

QString formatProblem(const Problem &problem)
{
    return formatPos(problem.pos) + QLatin1String(": ") + problem.message;
}

QStringList formatProblems(const Problems &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines.append(formatProblem(problem));
    return lines;
}

// Checks the facts a row names; a fact the SnapInfo does not have reads "<missing>".
void compareFacts(const SnapInfo &snap, const QStringList &expected)
{
    const QMap<QString, QString> facts = factsOf(snap);
    for (const QString &fact : expected) {
        const qsizetype equals = fact.indexOf(QLatin1Char('='));
        QVERIFY2(equals > 0, qPrintable(QStringLiteral("malformed fact: ") + fact));
        const QString key = fact.left(equals);
        const QString actual = facts.value(key, QStringLiteral("<missing>"));
        const QString wanted = fact.mid(equals + 1);
        QVERIFY2(actual == wanted,
            qPrintable(
                QStringLiteral("%1\n   actual: %2\n   wanted: %3").arg(key, actual, wanted)));
    }
}

// A list of strings written as plain literals (QT_NO_CAST_FROM_ASCII is on).
QStringList list(std::initializer_list<const char *> items)
{
    QStringList strings;
    for (const char *item : items)
        strings.append(QString::fromUtf8(item));
    return strings;
}

QByteArray nested(const QByteArray &open, int depth)
{
    return open.repeated(depth);
}

// The classic "billion laughs": ten levels of aliases, each ten times the one before.
QByteArray aliasBomb()
{
    QByteArray yaml = head + "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int level = 1; level < 10; ++level) {
        QByteArray line
            = "l" + QByteArray::number(level) + ": &l" + QByteArray::number(level) + " [";
        for (int i = 0; i < 10; ++i)
            line += (i ? ", *l" : "*l") + QByteArray::number(level - 1);
        yaml += line + "]\n";
    }
    return yaml;
}

} // namespace

class TestSnapYaml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validForms_data();
    void validForms();
    void unknownInterfaces_data();
    void unknownInterfaces();
    void invalidInput_data();
    void invalidInput();
    void hostileInput_data();
    void hostileInput();
    void collectsEveryError();
    void stopsAfterManyErrors();
    void stopsAfterManyWarnings();
    void problemsNameFileLineAndColumn();
    void enumsReadAsInSnapYaml();
    void readsSnapDirectories_data();
    void readsSnapDirectories();
    void readsTheFullFixture();
    void refusesUnreadableFiles_data();
    void refusesUnreadableFiles();
    void refusesOversizedFile();
    void refusesFifoWithoutBlocking();
};

void TestSnapYaml::validForms_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QStringList>("facts");

    QTest::newRow("a snap with only a name and a version gets snapd's defaults")
        << head
        << list({ "name=demo", "version=1.0", "type=app", "base=", "effective-base=core",
               "confinement=strict", "grade=stable",
               "apps=", "hooks=", "plugs=", "slots=", "layout=", "summary=", "environment=" });
    QTest::newRow("every top-level text field is read")
        << QByteArray("name: demo\n"
                      "version: 2.0+git~1\n"
                      "summary: A demo\n"
                      "title: Demo\n"
                      "license: GPL-3.0-or-later\n"
                      "description: |\n"
                      "  Line one.\n"
                      "  Line two.\n"
                      "base: core22\n"
                      "confinement: devmode\n"
                      "grade: devel\n")
        << list({ "version=2.0+git~1", "summary=A demo", "title=Demo", "license=GPL-3.0-or-later",
               "description=Line one.\nLine two.\n", "base=core22", "effective-base=core22",
               "confinement=devmode", "grade=devel" });
    QTest::newRow("a plain version keeps its text, not a number's")
        << QByteArray("name: demo\nversion: 1.10\n") << list({ "version=1.10" });
    QTest::newRow("a base snap has no base to run on")
        << QByteArray(head + "type: base\n") << list({ "type=base", "effective-base=" });
    QTest::newRow("an os snap has no base to run on")
        << QByteArray(head + "type: os\n") << list({ "type=os", "effective-base=" });
    QTest::newRow("the snapd snap has no base to run on")
        << QByteArray(head + "type: snapd\n") << list({ "type=snapd", "effective-base=" });
    QTest::newRow("a gadget snap runs on core by default")
        << QByteArray(head + "type: gadget\n") << list({ "type=gadget", "effective-base=core" });
    QTest::newRow("a base snap may say its base is none") << QByteArray(
        head + "type: base\nbase: none\n") << list({ "base=none", "effective-base=" });
    QTest::newRow("an app snap without apps may have base none")
        << QByteArray(head + "base: none\n") << list({ "effective-base=" });
    QTest::newRow("classic confinement is read")
        << QByteArray(head + "confinement: classic\n") << list({ "confinement=classic" });
    QTest::newRow("the environment keeps its order and its values as written")
        << QByteArray(
               head + "environment:\n  ZED: last\n  ALPHA: 1\n  EMPTY:\n  PATH: $SNAP/bin:$PATH\n")
        << list({ "environment=ZED=last;ALPHA=1;EMPTY=;PATH=$SNAP/bin:$PATH" });
    QTest::newRow("an app reads its command fields")
        << QByteArray(head
               + "apps:\n"
                 "  editor:\n"
                 "    command: bin/editor --new-window\n"
                 "    command-chain: [bin/launcher, snap/command-chain/desktop-launch]\n"
                 "    common-id: org.example.Editor\n"
                 "    desktop: meta/gui/editor.desktop\n"
                 "    environment:\n"
                 "      LANG: C.UTF-8\n"
                 "    aliases: [ed]\n")
        << list({ "apps=editor", "app:editor.command=bin/editor --new-window",
               "app:editor.command-chain=bin/launcher,snap/command-chain/desktop-launch",
               "app:editor.common-id=org.example.Editor",
               "app:editor.desktop=meta/gui/editor.desktop", "app:editor.environment=LANG=C.UTF-8",
               "app:editor.daemon=", "app:editor.daemon-scope=" });
    QTest::newRow("app names may use uppercase letters and digits")
        << QByteArray(head + "apps:\n  Tool2:\n    command: bin/tool\n")
        << list({ "apps=Tool2", "app:Tool2.command=bin/tool" });
    QTest::newRow("a service reads every daemon field")
        << QByteArray(head
               + "apps:\n"
                 "  db:\n"
                 "    command: bin/db\n"
                 "    daemon: notify\n"
                 "    daemon-scope: system\n"
                 "    stop-command: bin/db-stop\n"
                 "    reload-command: bin/db-reload\n"
                 "    post-stop-command: bin/db-cleanup\n"
                 "    stop-timeout: 30s\n"
                 "    start-timeout: 1m30s\n"
                 "    watchdog-timeout: 1.5h\n"
                 "    restart-condition: on-failure\n"
                 "    restart-delay: 500ms\n"
                 "    stop-mode: sigterm-all\n"
                 "    refresh-mode: endure\n"
                 "    install-mode: disable\n"
                 "    bus-name: org.example.Db\n"
                 "    before: [web]\n"
                 "  web:\n"
                 "    command: bin/web\n"
                 "    daemon: simple\n"
                 "    after: [db]\n")
        << list({ "app:db.daemon=notify", "app:db.daemon-scope=system",
               "app:db.stop-command=bin/db-stop", "app:db.reload-command=bin/db-reload",
               "app:db.post-stop-command=bin/db-cleanup", "app:db.stop-timeout=30s",
               "app:db.start-timeout=1m30s", "app:db.watchdog-timeout=1.5h",
               "app:db.restart-condition=on-failure", "app:db.restart-delay=500ms",
               "app:db.stop-mode=sigterm-all", "app:db.refresh-mode=endure",
               "app:db.install-mode=disable", "app:db.bus-name=org.example.Db", "app:db.before=web",
               "app:db.after=", "app:web.after=db", "app:web.daemon-scope=system" });
    QTest::newRow("a user service keeps its scope")
        << QByteArray(head
               + "apps:\n  agent:\n    command: bin/agent\n    daemon: simple\n"
                 "    daemon-scope: user\n")
        << list({ "app:agent.daemon=simple", "app:agent.daemon-scope=user" });
    QTest::newRow("a socket-activated service reads its sockets")
        << QByteArray(head
               + "apps:\n"
                 "  srv:\n"
                 "    command: bin/srv\n"
                 "    daemon: simple\n"
                 "    plugs: [network-bind]\n"
                 "    sockets:\n"
                 "      unix:\n"
                 "        listen-stream: $SNAP_DATA/srv.sock\n"
                 "        socket-mode: 0660\n"
                 "      tcp:\n"
                 "        listen-stream: 127.0.0.1:8080\n"
                 "      any:\n"
                 "        listen-stream: '[::]:443'\n"
                 "      abstract:\n"
                 "        listen-stream: '@snap.demo.srv'\n"
                 "        socket-mode: 384\n")
        << list({ "app:srv.sockets=unix $SNAP_DATA/srv.sock 432; tcp 127.0.0.1:8080 -1; "
                  "any [::]:443 -1; abstract @snap.demo.srv 384",
               "app:srv.plugs=network-bind" });
    QTest::newRow("a plug without a value plugs the interface of its name")
        << QByteArray(head + "plugs:\n  camera:\n")
        << list({ "plugs=camera", "plug:camera.interface=camera", "plug:camera.attributes={}",
               "plug:camera.pos=4:3" });
    QTest::newRow("a plug given a string plugs that interface")
        << QByteArray(head + "plugs:\n  cam: camera\n")
        << list({ "plugs=cam", "plug:cam.interface=camera", "plug:cam.label=" });
    QTest::newRow("a plug given a map reads its interface, label and attributes")
        << QByteArray(head
               + "plugs:\n"
                 "  dot-config:\n"
                 "    interface: personal-files\n"
                 "    label: Your settings\n"
                 "    read: [$HOME/.config/demo]\n"
                 "    write:\n"
                 "      - $HOME/.config/demo/state\n")
        << list({ "plug:dot-config.interface=personal-files", "plug:dot-config.label=Your settings",
               "plug:dot-config.attributes={read: [\"$HOME/.config/demo\"], write: "
               "[\"$HOME/.config/demo/state\"]}" });
    QTest::newRow("a plug map without an interface plugs the interface of its name")
        << QByteArray(head + "plugs:\n  home:\n    read: all\n")
        << list({ "plug:home.interface=home", "plug:home.attributes={read: \"all\"}" });
    QTest::newRow("attribute scalars get the types snapd gives them")
        << QByteArray(head
               + "plugs:\n"
                 "  content:\n"
                 "    text: hello\n"
                 "    quoted-number: '42'\n"
                 "    number: 42\n"
                 "    negative: -7\n"
                 "    hex: 0x1F\n"
                 "    octal: 0755\n"
                 "    real: 1.5\n"
                 "    yes-word: yes\n"
                 "    flag: false\n"
                 "    tagged: !!str 12\n"
                 "    nested: {list: [1, two, {three: 3}]}\n")
        << list({ "plug:content.attributes={flag: false, hex: 31, negative: -7, nested: "
                  "{list: [1, \"two\", {three: 3}]}, number: 42, octal: 493, quoted-number: "
                  "\"42\", real: double:1.5, tagged: \"12\", text: \"hello\", yes-word: true}" });
    QTest::newRow("apps bind top-level plugs and create implicit ones, both ways and sorted")
        << QByteArray(head
               + "apps:\n"
                 "  zed:\n"
                 "    command: bin/zed\n"
                 "    plugs: [network, pics, home, network]\n"
                 "  alpha:\n"
                 "    command: bin/alpha\n"
                 "    plugs: [network]\n"
                 "plugs:\n"
                 "  pics:\n"
                 "    interface: personal-files\n"
                 "    read: [$HOME/Pictures]\n")
        << list({ "plugs=home,network,pics", "plug:network.interface=network",
               "plug:network.apps=alpha,zed", "plug:network.pos=6:13", "plug:home.apps=zed",
               "plug:home.pos=6:28", "plug:pics.apps=zed", "plug:pics.pos=11:3",
               "app:zed.plugs=home,network,pics", "app:alpha.plugs=network" });
    QTest::newRow("a top-level plug that no app or hook names goes to every app and hook")
        << QByteArray(head
               + "apps:\n"
                 "  b:\n"
                 "    command: bin/b\n"
                 "  a:\n"
                 "    command: bin/a\n"
                 "    plugs: [home]\n"
                 "hooks:\n"
                 "  install:\n"
                 "  configure:\n"
                 "plugs:\n"
                 "  network:\n")
        << list({ "plug:network.apps=a,b", "plug:network.hooks=configure,install",
               "plug:home.apps=a", "plug:home.hooks=", "app:a.plugs=home,network",
               "app:b.plugs=network", "hooks=configure,install", "hook:install.plugs=network" });
    QTest::newRow("hooks bind plugs and slots and read their fields")
        << QByteArray(head
               + "hooks:\n"
                 "  configure:\n"
                 "    command-chain: [bin/prep]\n"
                 "    environment: {MODE: setup}\n"
                 "    plugs: [network, cfg]\n"
                 "    slots: [share]\n"
                 "  connect-plug-home:\n"
                 "plugs:\n"
                 "  cfg: home\n"
                 "slots:\n"
                 "  share: content\n")
        << list({ "hooks=configure,connect-plug-home", "hook:configure.command-chain=bin/prep",
               "hook:configure.environment=MODE=setup", "hook:configure.plugs=cfg,network",
               "hook:configure.slots=share",
               "hook:connect-plug-home.plugs=", "plug:network.hooks=configure",
               "plug:network.apps=", "plug:cfg.interface=home", "slot:share.hooks=configure" });
    QTest::newRow("slots are read in every form and bound like plugs")
        << QByteArray(head
               + "apps:\n"
                 "  server:\n"
                 "    command: bin/server\n"
                 "    slots: [photos, mpris]\n"
                 "  viewer:\n"
                 "    command: bin/viewer\n"
                 "hooks:\n"
                 "  install:\n"
                 "slots:\n"
                 "  photos:\n"
                 "    interface: content\n"
                 "    label: Photos\n"
                 "    content: photos\n"
                 "    read: [$SNAP_DATA/photos]\n"
                 "  everyone: content\n"
                 "  x11:\n")
        << list({ "slots=everyone,mpris,photos,x11", "slot:photos.interface=content",
               "slot:photos.label=Photos",
               "slot:photos.attributes={content: \"photos\", read: [\"$SNAP_DATA/photos\"]}",
               "slot:photos.apps=server", "slot:mpris.interface=mpris", "slot:mpris.apps=server",
               "slot:mpris.pos=6:21", "slot:everyone.apps=server,viewer",
               "slot:everyone.hooks=install", "slot:x11.interface=x11",
               "app:server.slots=everyone,mpris,photos,x11", "app:viewer.slots=everyone,x11",
               "hook:install.slots=everyone,x11" });
    QTest::newRow("every layout form is read and sorted by path")
        << QByteArray(head
               + "layout:\n"
                 "  /var/lib/demo:\n"
                 "    bind: $SNAP_DATA/var/lib/demo\n"
                 "  /usr/share/demo:\n"
                 "    symlink: $SNAP/usr/share/demo\n"
                 "  /etc-demo.conf:\n"
                 "    bind-file: $SNAP_COMMON/demo.conf\n"
                 "  /opt/cache:\n"
                 "    type: tmpfs\n"
                 "    user: root\n"
                 "    group: root\n"
                 "    mode: 01777\n"
                 "  /opt/demo:\n"
                 "    bind: $SNAP\n")
        << list({ "layout=/etc-demo.conf,/opt/cache,/opt/demo,/usr/share/demo,/var/lib/demo",
               "layout:/var/lib/demo=bind $SNAP_DATA/var/lib/demo",
               "layout:/usr/share/demo=symlink $SNAP/usr/share/demo",
               "layout:/etc-demo.conf=bind-file $SNAP_COMMON/demo.conf",
               "layout:/opt/cache=tmpfs user=root group=root mode=01777",
               "layout:/opt/demo=bind $SNAP" });
    QTest::newRow("empty sections are allowed")
        << QByteArray(head + "apps:\nhooks: {}\nplugs:\nslots: {}\nlayout:\nenvironment:\n")
        << list({ "apps=", "hooks=", "plugs=", "slots=", "layout=", "environment=" });
    QTest::newRow("fields Corral does not use are ignored as snapd ignores them")
        << QByteArray(head
               + "architectures: [amd64]\nassumes: [snapd2.55]\nepoch: 1*\n"
                 "links: {website: [https://example.org]}\n"
                 "apps:\n  a:\n    command: bin/a\n    timer: 00:00-24:00/4\n")
        << list({ "name=demo", "apps=a" });
    QTest::newRow("aliases of anchors are followed")
        << QByteArray(head
               + "apps:\n"
                 "  a:\n"
                 "    command: bin/a\n"
                 "    environment: &env {MODE: shared}\n"
                 "  b:\n"
                 "    command: bin/b\n"
                 "    environment: *env\n")
        << list({ "app:a.environment=MODE=shared", "app:b.environment=MODE=shared" });
    QTest::newRow("a byte order mark and CRLF line ends are accepted")
        << QByteArray("\xef\xbb\xbfname: demo\r\nversion: '1.0'\r\nplugs:\r\n  home:\r\n")
        << list({ "name=demo", "plug:home.pos=4:3" });
    QTest::newRow("an empty document after the first one is ignored")
        << QByteArray(head + "---\n") << list({ "name=demo" });
    QTest::newRow("a summary of 128 characters, not bytes, is allowed")
        << QByteArray(head + "summary: " + QString(128, QChar(0xe9)).toUtf8() + "\n")
        << QStringList { QStringLiteral("summary=") + QString(128, QChar(0xe9)) };
    QTest::newRow("a flow document is read like a block one")
        << QByteArray("{name: demo, version: '1', apps: {a: {command: bin/a, plugs: [x11]}}}")
        << list({ "name=demo", "app:a.plugs=x11", "plug:x11.pos=1:63" });
}

void TestSnapYaml::validForms()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QStringList, facts);
    const SnapYamlResult result = parseSnapYaml(yaml, QStringLiteral("snap.yaml"));
    QVERIFY2(result.errors.isEmpty(), qPrintable(formatProblems(result.errors).join(u'\n')));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(formatProblems(result.warnings).join(u'\n')));
    QVERIFY(result.ok());
    compareFacts(*result.snap, facts);
}

void TestSnapYaml::unknownInterfaces_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QStringList>("warnings");
    QTest::addColumn<QStringList>("facts");

    QTest::newRow("a plug of an unknown interface is left out and the others kept")
        << QByteArray(head
               + "apps:\n"
                 "  a:\n"
                 "    command: bin/a\n"
                 "    plugs: [home, sensors]\n"
                 "plugs:\n"
                 "  sensors: hardware-sensors\n")
        << list({ "8:12: cannot use plug \"sensors\": unknown interface \"hardware-sensors\"" })
        << list({ "plugs=home", "app:a.plugs=home" });
    QTest::newRow("the warning points at the interface a plug map names")
        << QByteArray(head
               + "plugs:\n"
                 "  gadget:\n"
                 "    label: A gadget\n"
                 "    interface: gadget-thing\n"
                 "  network:\n")
        << list({ "6:16: cannot use plug \"gadget\": unknown interface \"gadget-thing\"" })
        << list({ "plugs=network" });
    QTest::newRow("the warning points at a plug named after an unknown interface")
        << QByteArray(head + "plugs:\n  frobnicator:\n")
        << list({ "4:3: cannot use plug \"frobnicator\": unknown interface \"frobnicator\"" })
        << list({ "plugs=" });
    QTest::newRow("an implicit plug of an unknown interface is left out of its apps")
        << QByteArray(head
               + "apps:\n"
                 "  a:\n"
                 "    command: bin/a\n"
                 "    plugs: [x11, joystik]\n"
                 "  b:\n"
                 "    command: bin/b\n"
                 "    plugs: [joystik]\n")
        << list({ "6:18: cannot use plug \"joystik\": unknown interface \"joystik\"" })
        << list({ "plugs=x11", "app:a.plugs=x11", "app:b.plugs=" });
    QTest::newRow("a slot of an unknown interface is left out of apps and hooks")
        << QByteArray(head
               + "apps:\n"
                 "  a:\n"
                 "    command: bin/a\n"
                 "    slots: [dbus-svc]\n"
                 "hooks:\n"
                 "  install:\n"
                 "    slots: [other]\n"
                 "slots:\n"
                 "  dbus-svc:\n"
                 "    interface: made-up-bus\n"
                 "    bus: session\n")
        << list({ "9:13: cannot use slot \"other\": unknown interface \"other\"",
               "12:16: cannot use slot \"dbus-svc\": unknown interface \"made-up-bus\"" })
        << list({ "slots=", "app:a.slots=", "hook:install.slots=" });
    QTest::newRow("a hook plug of an unknown interface is left out of the hook")
        << QByteArray(head + "hooks:\n  configure:\n    plugs: [no-such-control, network]\n")
        << list({ "5:13: cannot use plug \"no-such-control\": unknown interface "
                  "\"no-such-control\"" })
        << list({ "plugs=network", "hook:configure.plugs=network" });
}

void TestSnapYaml::unknownInterfaces()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QStringList, warnings);
    QFETCH(QStringList, facts);
    const SnapYamlResult result = parseSnapYaml(yaml, QStringLiteral("snap.yaml"));
    QVERIFY2(result.errors.isEmpty(), qPrintable(formatProblems(result.errors).join(u'\n')));
    QVERIFY(result.ok());
    QCOMPARE(formatProblems(result.warnings), warnings);
    for (const Problem &warning : result.warnings)
        QCOMPARE(warning.file, QStringLiteral("snap.yaml"));
    compareFacts(*result.snap, facts);
}

void TestSnapYaml::invalidInput_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    // snap fields
    QTest::newRow("a snap name with uppercase letters is refused")
        << QByteArray("name: Demo\nversion: '1'\n")
        << "cannot use name \"Demo\": snap name may only contain lowercase letters, digits and "
           "dashes"
        << 1 << 7;
    QTest::newRow("a one-letter snap name is refused")
        << QByteArray("version: '1'\nname: d\n")
        << "cannot use name \"d\": snap name must be 2 to 40 characters long" << 2 << 7;
    QTest::newRow("an empty snap name is refused")
        << QByteArray("name:\nversion: '1'\n")
        << "cannot use name \"\": snap name must not be empty" << 1 << 1;
    QTest::newRow("a missing name is refused")
        << QByteArray("version: '1'\n") << "cannot use snap.yaml: missing \"name\"" << 1 << 1;
    QTest::newRow("a missing version is refused")
        << QByteArray("# a comment\nname: demo\n") << "cannot use snap.yaml: missing \"version\""
        << 2 << 1;
    QTest::newRow("a version ending in a dash is refused")
        << QByteArray("name: demo\nversion: 1.0-\n")
        << "cannot use version \"1.0-\": version must end with a letter, a digit, \"+\" or \"~\""
        << 2 << 10;
    QTest::newRow("a name given as a list is refused")
        << QByteArray("name: [demo]\nversion: '1'\n")
        << "cannot use name: expected a string, not a list" << 1 << 7;
    QTest::newRow("a summary given as a map is refused")
        << QByteArray(head + "summary:\n  text: x\n")
        << "cannot use summary: expected a string, not a map" << 4 << 3;
    QTest::newRow("a summary of 129 characters is refused")
        << QByteArray(head + "summary: " + QByteArray(129, 'x') + "\n")
        << "cannot use summary: must be at most 128 characters long" << 3 << 10;
    QTest::newRow("a title of 41 characters is refused")
        << QByteArray(head + "title: " + QByteArray(41, 'x') + "\n")
        << "cannot use title: must be at most 40 characters long" << 3 << 8;
    QTest::newRow("a type snapd does not know is refused")
        << QByteArray(head + "type: kernel\n")
        << "cannot use type \"kernel\": must be app, base, os, snapd or gadget" << 3 << 7;
    QTest::newRow("an unknown confinement is refused")
        << QByteArray(head + "confinement: lax\n")
        << "cannot use confinement \"lax\": must be strict, devmode or classic" << 3 << 14;
    QTest::newRow("an unknown grade is refused")
        << QByteArray(head + "grade: beta\n")
        << "cannot use grade \"beta\": must be stable or devel" << 3 << 8;
    QTest::newRow("a base snap with a base is refused")
        << QByteArray(head + "type: base\nbase: core22\n")
        << "cannot use base \"core22\": a snap of type base cannot have a base" << 4 << 7;
    QTest::newRow("apps on base none are refused")
        << QByteArray(head + "base: none\napps:\n  a:\n    command: bin/a\n")
        << "cannot use base \"none\": a snap without a base cannot have apps or hooks" << 3 << 7;
    QTest::newRow("an invalid base name is refused")
        << QByteArray(head + "base: Core\n")
        << "cannot use base \"Core\": snap name may only contain lowercase letters, digits and "
           "dashes"
        << 3 << 7;
    QTest::newRow("an environment variable with a dash is refused")
        << QByteArray(head + "environment:\n  MY-VAR: x\n")
        << "cannot use environment variable \"MY-VAR\": environment variable name may only "
           "contain letters, digits and \"_\""
        << 4 << 3;
    QTest::newRow("an environment value given as a list is refused")
        << QByteArray(head + "environment:\n  PATH: [a, b]\n")
        << "cannot use environment variable \"PATH\": expected a string, not a list" << 4 << 9;
    QTest::newRow("an environment given as a list is refused")
        << QByteArray(head + "environment:\n  - A=1\n")
        << "cannot use environment: expected a map, not a list" << 4 << 3;

    // apps
    QTest::newRow("apps given as a list are refused")
        << QByteArray(head + "apps:\n  - command: x\n")
        << "cannot use apps: expected a map, not a list" << 4 << 3;
    QTest::newRow("an app name with an underscore is refused")
        << QByteArray(head + "apps:\n  Foo_bar:\n    command: bin/foo\n")
        << "cannot use app \"Foo_bar\": invalid app name" << 4 << 3;
    QTest::newRow("an app without a command is refused")
        << QByteArray(head + "apps:\n  foo:\n    daemon: simple\n")
        << "cannot use app \"foo\": missing \"command\"" << 4 << 3;
    QTest::newRow("an app given as a string is refused")
        << QByteArray(head + "apps:\n  foo: bin/foo\n")
        << "cannot use app \"foo\": expected a map, not a string" << 4 << 8;
    QTest::newRow("a command with a quote is refused")
        << QByteArray(head + "apps:\n  foo:\n    command: bin/foo 'x'\n")
        << "cannot use command \"bin/foo 'x'\" of app \"foo\": command may not contain \"'\"" << 5
        << 14;
    QTest::newRow("a command given as a list is refused")
        << QByteArray(head + "apps:\n  foo:\n    command: [bin/foo]\n")
        << "cannot use command of app \"foo\": expected a string, not a list" << 5 << 14;
    QTest::newRow("a command-chain entry with a space is refused")
        << QByteArray(head
               + "apps:\n  foo:\n    command: bin/foo\n    command-chain:\n"
                 "      - bin/ok\n      - bin/x y\n")
        << "cannot use command-chain entry \"bin/x y\" of app \"foo\": command may not contain "
           "a space"
        << 8 << 9;
    QTest::newRow("a command-chain given as a string is refused")
        << QByteArray(head + "apps:\n  foo:\n    command: bin/foo\n    command-chain: bin/x\n")
        << "cannot use command-chain of app \"foo\": expected a list, not a string" << 6 << 20;
    QTest::newRow("an unknown daemon type is refused")
        << QByteArray(head + "apps:\n  foo:\n    command: bin/foo\n    daemon: always\n")
        << "cannot use daemon \"always\" of app \"foo\": must be simple, forking, oneshot, "
           "notify or dbus"
        << 6 << 13;
    QTest::newRow("a stop-timeout on an app that is not a service is refused")
        << QByteArray(head + "apps:\n  foo:\n    command: bin/foo\n    stop-timeout: 10s\n")
        << "cannot use stop-timeout of app \"foo\": only services may have it" << 6 << 5;
    QTest::newRow("a timeout that is not a duration is refused")
        << QByteArray(head
               + "apps:\n  foo:\n    command: bin/foo\n    daemon: simple\n"
                 "    start-timeout: 10 seconds\n")
        << "cannot use start-timeout \"10 seconds\" of app \"foo\": must be a duration such as "
           "30s or 1m30s"
        << 7 << 20;
    QTest::newRow("an unknown restart-condition is refused")
        << QByteArray(head
               + "apps:\n  foo:\n    command: bin/foo\n    daemon: simple\n"
                 "    restart-condition: sometimes\n")
        << "cannot use restart-condition \"sometimes\" of app \"foo\": must be always, "
           "on-success, on-failure, on-abnormal, on-abort, on-watchdog or never"
        << 7 << 24;
    QTest::newRow("after naming an app that does not exist is refused")
        << QByteArray(head
               + "apps:\n  foo:\n    command: bin/foo\n    daemon: simple\n"
                 "    after: [db]\n")
        << "cannot use after \"db\" of app \"foo\": the snap has no app of that name" << 7 << 13;
    QTest::newRow("before naming an app that is not a service is refused")
        << QByteArray(head
               + "apps:\n  foo:\n    command: bin/foo\n    daemon: simple\n"
                 "    before: [cli]\n  cli:\n    command: bin/cli\n")
        << "cannot use before \"cli\" of app \"foo\": that app is not a service" << 7 << 14;
    QTest::newRow("services that must start before each other are refused")
        << QByteArray(head
               + "apps:\n  a:\n    command: bin/a\n    daemon: simple\n"
                 "    after: [b]\n  b:\n    command: bin/b\n    daemon: simple\n"
                 "    after: [a]\n")
        << "cannot order services: after and before form a cycle between \"a\", \"b\"" << 4 << 3;
    QTest::newRow("a common-id used twice is refused")
        << QByteArray(head
               + "apps:\n  a:\n    command: bin/a\n    common-id: org.x.App\n"
                 "  b:\n    command: bin/b\n    common-id: org.x.App\n")
        << "cannot use common-id \"org.x.App\" of app \"b\": app \"a\" already uses it" << 9 << 16;
    QTest::newRow("a desktop file outside the snap is refused")
        << QByteArray(head + "apps:\n  a:\n    command: bin/a\n    desktop: ../a.desktop\n")
        << "cannot use desktop \"../a.desktop\" of app \"a\": must be a path inside the snap, "
           "relative to its top directory"
        << 6 << 14;
    QTest::newRow("sockets without a network-bind plug are refused")
        << QByteArray(head
               + "apps:\n  srv:\n    command: bin/srv\n    daemon: simple\n"
                 "    sockets:\n      s:\n        listen-stream: 8080\n")
        << "cannot use sockets of app \"srv\": the app needs a plug of the network-bind "
           "interface"
        << 7 << 5;
    QTest::newRow("a socket listening on a public address is refused")
        << QByteArray(head
               + "apps:\n  srv:\n    command: bin/srv\n    daemon: simple\n"
                 "    plugs: [network-bind]\n    sockets:\n      s:\n"
                 "        listen-stream: 0.0.0.0:80\n")
        << "cannot use listen-stream \"0.0.0.0:80\" of socket \"s\" of app \"srv\": the "
           "address must be 127.0.0.1, [::1] or [::]"
        << 10 << 24;
    QTest::newRow("a socket file outside the snap's directories is refused")
        << QByteArray(head
               + "apps:\n  srv:\n    command: bin/srv\n    daemon: simple\n"
                 "    plugs: [network-bind]\n    sockets:\n      s:\n"
                 "        listen-stream: /run/srv.sock\n")
        << "cannot use listen-stream \"/run/srv.sock\" of socket \"s\" of app \"srv\": must "
           "start with $SNAP_DATA/, $SNAP_COMMON/ or $XDG_RUNTIME_DIR/"
        << 10 << 24;
    QTest::newRow("a socket mode beyond 0777 is refused")
        << QByteArray(head
               + "apps:\n  srv:\n    command: bin/srv\n    daemon: simple\n"
                 "    plugs: [network-bind]\n    sockets:\n      s:\n"
                 "        listen-stream: $SNAP_DATA/s.sock\n"
                 "        socket-mode: 01777\n")
        << "cannot use socket-mode \"01777\" of socket \"s\" of app \"srv\": must be a mode "
           "from 0 to 0777"
        << 11 << 22;
    QTest::newRow("a bus name that is not a D-Bus name is refused")
        << QByteArray(head + "apps:\n  a:\n    command: bin/a\n    bus-name: example\n")
        << "cannot use bus-name \"example\" of app \"a\": must be a D-Bus name such as "
           "org.example.Service"
        << 6 << 15;
    QTest::newRow("app plugs given as a string are refused")
        << QByteArray(head + "apps:\n  a:\n    command: bin/a\n    plugs: home\n")
        << "cannot use plugs of app \"a\": expected a list, not a string" << 6 << 12;
    QTest::newRow("an app plug given as a map is refused")
        << QByteArray(head
               + "apps:\n  a:\n    command: bin/a\n    plugs:\n      - home\n"
                 "      - {camera: x}\n")
        << "cannot use plugs of app \"a\": each entry must be a string, not a map" << 8 << 9;
    QTest::newRow("an app plug with an invalid name is refused")
        << QByteArray(head + "apps:\n  a:\n    command: bin/a\n    plugs: [home, Camera]\n")
        << "cannot use plug \"Camera\" of app \"a\": invalid plug or slot name" << 6 << 19;
    QTest::newRow("an app plugging what the snap declares as a slot is refused")
        << QByteArray(head
               + "apps:\n  a:\n    command: bin/a\n    plugs: [photos]\n"
                 "slots:\n  photos: content\n")
        << "cannot use plug \"photos\" of app \"a\": the snap declares it as a slot" << 6 << 13;
    QTest::newRow("an app offering what the snap declares as a plug is refused")
        << QByteArray(head
               + "apps:\n  a:\n    command: bin/a\n    slots: [pics]\n"
                 "plugs:\n  pics: personal-files\n")
        << "cannot use slot \"pics\" of app \"a\": the snap declares it as a plug" << 6 << 13;

    // plugs and slots
    QTest::newRow("a plug and a slot of the same name are refused")
        << QByteArray(head + "plugs:\n  media: removable-media\nslots:\n  media: content\n")
        << "cannot use slot \"media\": the snap has a plug of the same name" << 6 << 3;
    QTest::newRow("a plug with an underscore in its name is refused")
        << QByteArray(head + "plugs:\n  my_home: home\n")
        << "cannot use plug \"my_home\": invalid plug or slot name" << 4 << 3;
    QTest::newRow("a plug given as a list is refused")
        << QByteArray(head + "plugs:\n  home: [a]\n")
        << "cannot use plug \"home\": expected an interface name or a map, not a list" << 4 << 9;
    QTest::newRow("an invalid interface name is refused")
        << QByteArray(head + "slots:\n  s:\n    interface: Content\n")
        << "cannot use interface \"Content\" of slot \"s\": invalid interface name" << 5 << 16;
    QTest::newRow("an interface given as a map is refused")
        << QByteArray(head + "plugs:\n  p:\n    interface: {name: home}\n")
        << "cannot use interface of plug \"p\": expected a string, not a map" << 5 << 16;
    QTest::newRow("a label given as a list is refused")
        << QByteArray(head + "plugs:\n  p:\n    interface: home\n    label: [a]\n")
        << "cannot use label of plug \"p\": expected a string, not a list" << 6 << 12;
    QTest::newRow("an attribute starting with a dollar sign is refused")
        << QByteArray(head + "plugs:\n  p:\n    interface: home\n    $read: all\n")
        << "cannot use attribute \"$read\" of plug \"p\": names starting with \"$\" are reserved"
        << 6 << 5;
    QTest::newRow("an attribute without a value is refused")
        << QByteArray(head + "plugs:\n  p:\n    interface: home\n    read:\n")
        << "cannot use attribute \"read\" of plug \"p\": it has no value" << 6 << 5;
    QTest::newRow("a null inside an attribute list is refused")
        << QByteArray(head + "plugs:\n  p:\n    interface: home\n    read: [a, ~]\n")
        << "cannot use attribute \"read\" of plug \"p\": it has no value" << 6 << 15;
    QTest::newRow("an attribute number too large for 64 bits is refused")
        << QByteArray(head + "plugs:\n  p:\n    interface: home\n    size: 99999999999999999999\n")
        << "cannot use attribute \"size\" of plug \"p\": the number \"99999999999999999999\" is "
           "too "
           "large"
        << 6 << 11;
    QTest::newRow("an attribute map with a list as a key is refused")
        << QByteArray(head + "plugs:\n  p:\n    interface: home\n    extra: {[a]: b}\n")
        << "cannot use key: expected a string, not a list" << 6 << 13;
    QTest::newRow("a hook with an uppercase name is refused")
        << QByteArray(head + "hooks:\n  Install:\n")
        << "cannot use hook \"Install\": invalid hook name" << 4 << 3;

    // layouts
    QTest::newRow("a layout over /proc is refused")
        << QByteArray(head + "layout:\n  /proc/cpuinfo:\n    bind-file: $SNAP/cpuinfo\n")
        << "cannot use layout \"/proc/cpuinfo\": layout path must not be in \"/proc\"" << 4 << 3;
    QTest::newRow("a relative layout path is refused")
        << QByteArray(head + "layout:\n  usr/lib/x:\n    bind: $SNAP/x\n")
        << "cannot use layout \"usr/lib/x\": layout path must be absolute" << 4 << 3;
    QTest::newRow("a layout that says neither bind, symlink nor type is refused")
        << QByteArray(head + "layout:\n  /usr/lib/x:\n    mode: 0755\n")
        << "cannot use layout \"/usr/lib/x\": needs exactly one of bind, bind-file, symlink or "
           "type"
        << 4 << 3;
    QTest::newRow("a layout that is both a bind and a symlink is refused")
        << QByteArray(head + "layout:\n  /usr/lib/x:\n    bind: $SNAP/x\n    symlink: $SNAP/y\n")
        << "cannot use layout \"/usr/lib/x\": needs exactly one of bind, bind-file, symlink or "
           "type"
        << 4 << 3;
    QTest::newRow("a layout binding a host directory is refused")
        << QByteArray(head + "layout:\n  /usr/lib/x:\n    bind: /etc\n")
        << "cannot use bind \"/etc\" of layout \"/usr/lib/x\": must start with $SNAP, $SNAP_DATA "
           "or $SNAP_COMMON"
        << 5 << 11;
    QTest::newRow("a layout source climbing out of the snap is refused")
        << QByteArray(head + "layout:\n  /usr/lib/x:\n    symlink: $SNAP/../../etc\n")
        << "cannot use symlink \"$SNAP/../../etc\" of layout \"/usr/lib/x\": must be a clean "
           "path, without \"..\", \".\" or \"//\""
        << 5 << 14;
    QTest::newRow("a layout of a file system other than tmpfs is refused")
        << QByteArray(head + "layout:\n  /usr/lib/x:\n    type: ext4\n")
        << "cannot use type \"ext4\" of layout \"/usr/lib/x\": must be tmpfs" << 5 << 11;
    QTest::newRow("a layout owned by another user than root is refused")
        << QByteArray(head + "layout:\n  /usr/lib/x:\n    type: tmpfs\n    user: daemon\n")
        << "cannot use user \"daemon\" of layout \"/usr/lib/x\": must be root" << 6 << 11;
    QTest::newRow("a layout mode that is not octal is refused")
        << QByteArray(head + "layout:\n  /usr/lib/x:\n    type: tmpfs\n    mode: 0789\n")
        << "cannot use mode \"0789\" of layout \"/usr/lib/x\": must be an octal mode from 0 to "
           "01777"
        << 6 << 11;
    QTest::newRow("a layout inside another layout is refused")
        << QByteArray(
               head + "layout:\n  /opt/x/y:\n    type: tmpfs\n  /opt/x:\n    bind: $SNAP/x\n")
        << "cannot use layout \"/opt/x/y\": it is inside layout \"/opt/x\"" << 4 << 3;
    QTest::newRow("one source bound as a directory and as a file is refused")
        << QByteArray(head
               + "layout:\n  /opt/a:\n    bind: $SNAP/x\n  /opt/b:\n"
                 "    bind-file: $SNAP/x\n")
        << "cannot use bind-file \"$SNAP/x\" of layout \"/opt/b\": layout \"/opt/a\" binds it as "
           "a directory"
        << 7 << 16;

    // YAML
    QTest::newRow("a key given twice is refused")
        << QByteArray(head + "summary: a\nsummary: b\n")
        << "cannot use key \"summary\": already used on line 3" << 4 << 1;
    QTest::newRow("an app field given twice is refused")
        << QByteArray(head + "apps:\n  a:\n    command: bin/a\n    command: bin/b\n")
        << "cannot use key \"command\": already used on line 5" << 6 << 5;
    QTest::newRow("a map as a key is refused")
        << QByteArray(head + "? {a: b}\n: c\n") << "cannot use key: expected a string, not a map"
        << 3 << 3;
    QTest::newRow("an unterminated flow list is refused")
        << QByteArray(head + "apps: [a\n")
        << "cannot parse snap.yaml: end of sequence flow not found" << 4 << 1;
    QTest::newRow("a value indented under a scalar is refused")
        << QByteArray(head + "summary: a\n  title: b\n")
        << "cannot parse snap.yaml: illegal map value" << 4 << 8;
    QTest::newRow("an unknown escape is refused where it is")
        << QByteArray(head + "summary: \"caf\xc3\xa9 \\q\"\n")
        << "cannot parse snap.yaml: unknown escape character \"q\"" << 3 << 18;
    QTest::newRow("an escaped dot is quoted so that the message does not end in a period")
        << QByteArray(head + "summary: \"a\\.\"\n")
        << "cannot parse snap.yaml: unknown escape character \".\"" << 3 << 14;
    QTest::newRow("a bad unicode escape is refused")
        << QByteArray(head + "summary: \"\\uD800\"\n")
        << "cannot parse snap.yaml: invalid code point U+D800 in an escape" << 3 << 17;
    QTest::newRow("a second document is refused")
        << QByteArray(head + "---\nname: other\n")
        << "cannot parse snap.yaml: more than one document" << 4 << 1;
}

void TestSnapYaml::invalidInput()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    const SnapYamlResult result = parseSnapYaml(yaml, QStringLiteral("meta/snap.yaml"));
    QVERIFY(!result.ok());
    QCOMPARE(formatProblems(result.errors),
        QStringList { QStringLiteral("%1:%2: %3").arg(line).arg(column).arg(message) });
    QCOMPARE(result.errors.first().file, QStringLiteral("meta/snap.yaml"));
}

void TestSnapYaml::hostileInput_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    const QString tooDeep
        = QStringLiteral("cannot parse snap.yaml: nested more than 64 levels deep");

    QTest::newRow("a document of 2 MiB is refused before parsing")
        << QByteArray(head + "description: " + QByteArray(2 * 1024 * 1024, 'x'))
        << "cannot parse snap.yaml: it is larger than 1048576 bytes" << 0 << 0;
    QTest::newRow("a document of one byte too many is refused")
        << QByteArray(head + "description: " + QByteArray(MaxSnapYamlSize - head.size() - 12, 'x'))
        << "cannot parse snap.yaml: it is larger than 1048576 bytes" << 0 << 0;
    QTest::newRow("100000 nested flow lists are refused")
        << nested("[", 100000) << tooDeep << 1 << 64;
    QTest::newRow("100000 nested flow lists, closed, are refused")
        << QByteArray(nested("[", 100000) + nested("]", 100000)) << tooDeep << 1 << 64;
    QTest::newRow("100000 nested flow maps are refused")
        << nested("{a: ", 100000) << tooDeep << 1 << 253;
    QTest::newRow("nested flow lists inside a plug are refused where they get too deep")
        << QByteArray(head + "plugs:\n  p:\n    x: " + nested("[", 100) + "\n") << tooDeep << 5
        << 69;
    QTest::newRow("maps nested deeply by indentation are refused") << [] {
        QByteArray yaml;
        for (int i = 0; i < 1000; ++i)
            yaml += QByteArray(i, ' ') + "a:\n";
        return yaml;
    }() << tooDeep << 65 << 65;
    QTest::newRow("lists nested deeply on one line are refused")
        << QByteArray(nested("- ", 100000) + "x\n") << tooDeep << 1 << 129;
    QTest::newRow("complex keys nested deeply are refused")
        << QByteArray(nested("? ", 100000) + "x\n") << tooDeep << 1 << 129;
    QTest::newRow("a billion laughs in an attribute is refused")
        << QByteArray(aliasBomb() + "plugs:\n  p:\n    interface: home\n    lol: *l9\n")
        << "cannot use attribute \"lol\" of plug \"p\": the attributes of the snap hold more than "
           "100000 values"
        << 16 << 5;
    QTest::newRow("aliases multiplying app plug lists are refused") <<
        [] {
            QByteArray yaml = head + "x: &x [";
            for (int i = 0; i < 20000; ++i)
                yaml += i ? ", home" : "home";
            yaml += "]\napps:\n";
            for (int i = 0; i < 60; ++i)
                yaml += "  a" + QByteArray::number(i) + ": {command: a, plugs: *x}\n";
            return yaml;
        }() << "cannot parse snap.yaml: aliases expand to more than 1000000 values"
                                                                    << 3 << 119084;
    QTest::newRow("an attribute that contains itself is refused")
        << QByteArray(head + "plugs:\n  p:\n    interface: home\n    self: &self [*self]\n")
        << "cannot use attribute \"self\" of plug \"p\": nested more than 32 levels deep" << 6 << 5;
    QTest::newRow("invalid UTF-8 in a value is refused where it is")
        << QByteArray(head + "summary: caf\xe9 au lait\n")
        << "cannot parse snap.yaml: invalid UTF-8 (byte 0xe9)" << 3 << 13;
    QTest::newRow("the column of bad UTF-8 counts characters, not bytes")
        << QByteArray(head + "summary: \xc3\xa9t\xc3\xa9 \xff\n")
        << "cannot parse snap.yaml: invalid UTF-8 (byte 0xff)" << 3 << 14;
    QTest::newRow("a UTF-8 sequence cut short at the end is refused")
        << QByteArray(head + "summary: \xe2\x82")
        << "cannot parse snap.yaml: invalid UTF-8 (byte 0xe2)" << 3 << 10;
    QTest::newRow("an overlong UTF-8 encoding is refused")
        << QByteArray(head + "summary: \xc0\xaf\n")
        << "cannot parse snap.yaml: invalid UTF-8 (byte 0xc0)" << 3 << 10;
    QTest::newRow("an encoded UTF-16 surrogate is refused")
        << QByteArray(head + "summary: \xed\xa0\x80\n")
        << "cannot parse snap.yaml: invalid UTF-8 (byte 0xed)" << 3 << 10;
    QTest::newRow("a NUL byte is refused")
        << QByteArray(head + QByteArray("summary: a\0b\n", 13))
        << "cannot parse snap.yaml: contains a NUL byte" << 3 << 11;
    QTest::newRow("a terminal escape character is refused")
        << QByteArray(head + "summary: \x1b[2J\n")
        << "cannot parse snap.yaml: contains the control character U+001B" << 3 << 10;
    QTest::newRow("an empty document is refused")
        << QByteArray() << "cannot parse snap.yaml: the document is empty" << 1 << 1;
    QTest::newRow("a document of only comments is refused")
        << QByteArray("# nothing\n\n# here\n") << "cannot parse snap.yaml: the document is empty"
        << 1 << 1;
    QTest::newRow("a null document is refused")
        << QByteArray("~\n") << "cannot parse snap.yaml: the document is empty" << 1 << 1;
    QTest::newRow("a document that is a string is refused")
        << QByteArray("\n  hello\n")
        << "cannot parse snap.yaml: expected a map of fields, not a string" << 2 << 3;
    QTest::newRow("a flow list followed by a comma is refused without looping in yaml-cpp")
        << QByteArray("[a],\nx\n")
        << "cannot parse snap.yaml: unexpected content after the document" << 1 << 4;
    QTest::newRow("content after a flow document is refused")
        << QByteArray("{name: demo, version: '1'},\n  summary: x\n")
        << "cannot parse snap.yaml: unexpected content after the document" << 1 << 27;
    QTest::newRow("a document that is a list is refused")
        << QByteArray("- name: demo\n- version: '1'\n")
        << "cannot parse snap.yaml: expected a map of fields, not a list" << 1 << 1;
}

void TestSnapYaml::hostileInput()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    const SnapYamlResult result = parseSnapYaml(yaml, QStringLiteral("snap.yaml"));
    QVERIFY(!result.ok());
    QCOMPARE(formatProblems(result.errors),
        QStringList { QStringLiteral("%1:%2: %3").arg(line).arg(column).arg(message) });
}

void TestSnapYaml::collectsEveryError()
{
    // One mistake must not hide the others: each is reported, in the order of the file.
    const QByteArray yaml = "name: Demo\n"
                            "version: '1'\n"
                            "grade: beta\n"
                            "apps:\n"
                            "  ok:\n"
                            "    command: bin/ok\n"
                            "    plugs: [Home]\n"
                            "  Bad_name:\n"
                            "plugs:\n"
                            "  strange: thing\n"
                            "layout:\n"
                            "  /tmp/x:\n"
                            "    type: tmpfs\n";
    const SnapYamlResult result = parseSnapYaml(yaml, QStringLiteral("snap.yaml"));
    QVERIFY(!result.ok());
    QCOMPARE(formatProblems(result.errors),
        (list({
            "1:7: cannot use name \"Demo\": snap name may only contain lowercase letters, "
            "digits and dashes",
            "3:8: cannot use grade \"beta\": must be stable or devel",
            "7:13: cannot use plug \"Home\" of app \"ok\": invalid plug or slot name",
            "8:3: cannot use app \"Bad_name\": invalid app name",
            "8:3: cannot use app \"Bad_name\": missing \"command\"",
            "12:3: cannot use layout \"/tmp/x\": layout path must not be in \"/tmp\"",
        })));
    QCOMPARE(formatProblems(result.warnings),
        list({ "10:12: cannot use plug \"strange\": unknown interface \"thing\"" }));
}

void TestSnapYaml::stopsAfterManyErrors()
{
    QByteArray yaml = head + "apps:\n";
    for (int i = 0; i < 5000; ++i)
        yaml += "  Bad_" + QByteArray::number(i) + ": {command: bin/x}\n";
    const SnapYamlResult result = parseSnapYaml(yaml, QStringLiteral("snap.yaml"));
    QCOMPARE(result.errors.size(), 101);
    QCOMPARE(formatProblem(result.errors.at(0)),
        QStringLiteral("4:3: cannot use app \"Bad_0\": invalid app name"));
    QCOMPARE(formatProblem(result.errors.at(100)),
        QStringLiteral("104:3: cannot parse snap.yaml: too many errors, stopped here"));
}

void TestSnapYaml::stopsAfterManyWarnings()
{
    QByteArray yaml = head + "apps:\n  a:\n    command: bin/a\n    plugs:\n";
    for (int i = 0; i < 150; ++i)
        yaml += "      - unknown" + QByteArray::number(i) + "\n";
    const SnapYamlResult result = parseSnapYaml(yaml, QStringLiteral("snap.yaml"));
    QVERIFY(result.ok());
    QCOMPARE(result.warnings.size(), 101);
    QCOMPARE(formatProblem(result.warnings.at(0)),
        QStringLiteral("7:9: cannot use plug \"unknown0\": unknown interface \"unknown0\""));
    QCOMPARE(formatProblem(result.warnings.at(100)),
        QStringLiteral("0:0: cannot use 50 more plugs or slots: unknown interfaces"));
    QCOMPARE(result.snap->plugs.size(), 0);
}

void TestSnapYaml::problemsNameFileLineAndColumn()
{
    const SnapYamlResult result
        = parseSnapYaml(head + "grade: beta\n", QStringLiteral("/snaps/demo/meta/snap.yaml"));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().toString(),
        QStringLiteral("/snaps/demo/meta/snap.yaml:3:8: cannot use grade \"beta\": must be "
                       "stable or devel"));
}

void TestSnapYaml::enumsReadAsInSnapYaml()
{
    QCOMPARE(toString(SnapType::App), QStringLiteral("app"));
    QCOMPARE(toString(SnapType::Base), QStringLiteral("base"));
    QCOMPARE(toString(SnapType::Os), QStringLiteral("os"));
    QCOMPARE(toString(SnapType::Snapd), QStringLiteral("snapd"));
    QCOMPARE(toString(SnapType::Gadget), QStringLiteral("gadget"));
    QCOMPARE(toString(Confinement::Strict), QStringLiteral("strict"));
    QCOMPARE(toString(Confinement::Devmode), QStringLiteral("devmode"));
    QCOMPARE(toString(Confinement::Classic), QStringLiteral("classic"));
    QCOMPARE(toString(Grade::Stable), QStringLiteral("stable"));
    QCOMPARE(toString(Grade::Devel), QStringLiteral("devel"));
}

void TestSnapYaml::readsSnapDirectories_data()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QStringList>("facts");
    const QString examples = QStringLiteral(CORRAL_TEST_DATA_DIR "/../../examples/");
    QTest::newRow("the hello example binds its unbound network plug to both apps")
        << examples + QLatin1String("hello")
        << list({ "name=hello", "effective-base=busybox-base", "environment=GREETING=Hello",
               "apps=env,hello", "plugs=home,network", "plug:network.apps=env,hello",
               "plug:home.apps=env", "app:env.plugs=home,network", "app:hello.plugs=network" });
    QTest::newRow("the photobooth example reads its personal-files plug and content slot")
        << examples + QLatin1String("photobooth")
        << list({ "title=Photo Booth", "license=GPL-3.0",
               "plugs=audio-playback,camera,home,network,pictures,removable-media,x11",
               "plug:pictures.interface=personal-files",
               "plug:pictures.attributes={read: [\"$HOME/Pictures\"], write: "
               "[\"$HOME/Pictures/Photo Booth\"]}",
               "plug:network.apps=photobooth,share", "plug:network.pos=22:9",
               "slot:photos.apps=share", "app:share.command=bin/photobooth --share",
               "app:photobooth.desktop=meta/gui/photobooth.desktop",
               "app:photobooth.environment=PHOTOBOOTH_MODE=gui" });
    QTest::newRow("the busybox base example is a base without a base") << examples
            + QLatin1String("busybox-base") << list({ "type=base", "effective-base=", "apps=" });
}

void TestSnapYaml::readsSnapDirectories()
{
    QFETCH(QString, dir);
    QFETCH(QStringList, facts);
    const SnapYamlResult result = readSnapYaml(dir);
    QVERIFY2(result.errors.isEmpty(), qPrintable(formatProblems(result.errors).join(u'\n')));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(formatProblems(result.warnings).join(u'\n')));
    compareFacts(*result.snap, facts);
}

void TestSnapYaml::readsTheFullFixture()
{
    // A snap.yaml that uses every field at once, as a packager would write it.
    const SnapYamlResult result
        = readSnapYaml(QStringLiteral(CORRAL_TEST_DATA_DIR "/snapyaml/full"));
    QVERIFY2(result.errors.isEmpty(), qPrintable(formatProblems(result.errors).join(u'\n')));
    QCOMPARE(formatProblems(result.warnings),
        list({ "46:16: cannot use slot \"dbus-name\": unknown interface \"made-up-bus\"" }));
    compareFacts(*result.snap,
        list({ "name=full-demo", "version=3.1.4~beta2", "type=app", "base=core22",
            "confinement=strict", "grade=devel",
            "environment=LC_ALL=C.UTF-8;DEMO_HOME=$SNAP_USER_DATA", "apps=demo,demod",
            "app:demo.command=bin/demo", "app:demo.command-chain=snap/command-chain/desktop-launch",
            "app:demo.plugs=desktop,home,network,wayland,x11",
            "app:demo.slots=", "app:demod.daemon=simple", "app:demod.plugs=network,network-bind",
            "app:demod.slots=", "app:demod.sockets=api $SNAP_DATA/api.sock 432",
            "hooks=configure,install", "hook:install.plugs=network", "plug:network.apps=demo,demod",
            "plug:network.hooks=configure,install", "plug:dot-demo.interface=personal-files",
            "plug:dot-demo.apps=", "plugs=desktop,dot-demo,home,network,network-bind,wayland,x11",
            "slots=", "layout=/usr/share/demo,/var/lib/demo",
            "layout:/var/lib/demo=bind $SNAP_DATA/var/lib/demo" }));
}

void TestSnapYaml::refusesUnreadableFiles_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("reason");
    QTest::newRow("a snap without meta/snap.yaml is refused")
        << "missing"
        << "cannot read snap.yaml: it does not exist";
    QTest::newRow("a directory named snap.yaml is refused")
        << "directory"
        << "cannot read snap.yaml: it is a directory";
    QTest::newRow("a dangling symbolic link is refused")
        << "dangling"
        << "cannot read snap.yaml: it is a symbolic link";
    QTest::newRow("a symbolic link to a host file is refused")
        << "symlink"
        << "cannot read snap.yaml: it is a symbolic link";
    QTest::newRow("a snap whose meta is a file is refused")
        << "meta-file"
        << "cannot read snap.yaml: a part of its path is not a directory";
}

void TestSnapYaml::refusesUnreadableFiles()
{
    QFETCH(QString, setup);
    QFETCH(QString, reason);
    QTemporaryDir snap;
    QVERIFY(snap.isValid());
    const QString meta = snap.filePath(QStringLiteral("meta"));
    const QString path = meta + QLatin1String("/snap.yaml");
    if (setup == QLatin1String("meta-file")) {
        QFile file(meta);
        QVERIFY(file.open(QIODevice::WriteOnly));
    } else {
        QVERIFY(QDir().mkpath(meta));
    }
    if (setup == QLatin1String("directory"))
        QVERIFY(QDir().mkpath(path));
    if (setup == QLatin1String("dangling"))
        QVERIFY(QFile::link(snap.filePath(QStringLiteral("nowhere")), path));
    if (setup == QLatin1String("symlink"))
        QVERIFY(QFile::link(
            QStringLiteral(CORRAL_TEST_DATA_DIR "/snapyaml/full/meta/snap.yaml"), path));

    const SnapYamlResult result = readSnapYaml(snap.path());
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().file, path);
    QCOMPARE(result.errors.first().message, reason);
    QCOMPARE(result.errors.first().pos.line, 0);
}

void TestSnapYaml::refusesOversizedFile()
{
    QTemporaryDir snap;
    QVERIFY(QDir().mkpath(snap.filePath(QStringLiteral("meta"))));
    QFile file(snap.filePath(QStringLiteral("meta/snap.yaml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(head) == head.size());
    QVERIFY(file.resize(MaxSnapYamlSize + 1)); // sparse: no need to write a megabyte
    file.close();

    const SnapYamlResult result = readSnapYaml(snap.path());
    QVERIFY(!result.ok());
    QCOMPARE(formatProblems(result.errors),
        list({ "0:0: cannot read snap.yaml: it is larger than 1048576 bytes" }));
    QCOMPARE(result.errors.first().file, file.fileName());
}

void TestSnapYaml::refusesFifoWithoutBlocking()
{
    // Opening a FIFO for reading waits for a writer; the reader must see it is not a file
    // and return at once instead of hanging.
    QTemporaryDir snap;
    QVERIFY(QDir().mkpath(snap.filePath(QStringLiteral("meta"))));
    const QString path = snap.filePath(QStringLiteral("meta/snap.yaml"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);

    const SnapYamlResult result = readSnapYaml(snap.path());
    QVERIFY(!result.ok());
    QCOMPARE(formatProblems(result.errors), list({ "0:0: cannot read snap.yaml: it is a FIFO" }));
    QCOMPARE(result.errors.first().file, path);
}

QTEST_APPLESS_MAIN(TestSnapYaml)
#include "tst_snapyaml.moc"
