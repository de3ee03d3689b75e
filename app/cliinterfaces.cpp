// The interface commands: connections, interfaces, interface, connect, disconnect, debug.
#include "app/clicommon.h"
#include "app/clihelper.h"

#include "interfaces/interfacemanager.h"
#include "interfaces/systemkey.h"
#include "interfaces/validate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace corral::cli {
namespace {

QString autoConnectText(const InterfaceDefinition &definition)
{
    if (definition.autoConnectCheck)
        return tr("depends");
    return definition.autoConnect ? tr("yes") : tr("no");
}

// How much an interface gives away, in the person's language; --json keeps the identifier.
QString sensitivityText(Sensitivity sensitivity)
{
    switch (sensitivity) {
    case Sensitivity::Low:
        return tr("low");
    case Sensitivity::Medium:
        return tr("medium");
    case Sensitivity::High:
        return tr("high");
    }
    return toString(sensitivity);
}

std::optional<InterfaceSnapshot> loadSnapshot(int *code)
{
    QString error;
    std::optional<InterfaceSnapshot> snapshot = InterfaceManager().snapshot(&error);
    if (!snapshot)
        *code = fail(error);
    return snapshot;
}

QString connectionNote(const Connection &connection)
{
    if (connection.undesired)
        return tr("disconnected by you");
    return connection.automatic ? tr("automatic") : tr("manual");
}

// PLUG [SLOT] of connect and disconnect, checked before the helper or root is asked
// for. Returns false with the exit code in *code when the command ends here.
bool parsePlugAndSlot(const QCommandLineParser &parser, const QString &name, const char *verb,
    PlugRef *plug, SlotRef *slot, int *code)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.size() > 2) {
        *code = usageError(
            name, tr("cannot %1: expected PLUG and optionally SLOT").arg(QLatin1String(verb)));
        return false;
    }
    QString error;
    const std::optional<PlugRef> plugRef = parsePlugRef(positional[0], &error);
    std::optional<SlotRef> slotRef = SlotRef {};
    if (plugRef && positional.size() == 2)
        slotRef = parseSlotRef(positional[1], &error);
    if (!plugRef || !slotRef) {
        *code = usageError(name, error);
        return false;
    }
    if (parser.isSet(directOption()) && !requireRoot(QLatin1String(verb))) {
        *code = 1;
        return false;
    }
    *plug = *plugRef;
    *slot = *slotRef;
    return true;
}

// A slot as the helper takes it: "snap:slot", "snap" for its only fitting slot, or "" for
// the only slot that fits anywhere.
QString slotArgument(const SlotRef &slot)
{
    if (slot.snap.isEmpty())
        return QString();
    return slot.slot.isEmpty() ? slot.snap : slot.toString();
}

} // namespace

int cmdConnections(const QString &name, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption all(QStringLiteral("all"),
        tr("Also show plugs and slots that are not connected, and "
           "automatic connections you took away."));
    parser.addOptions({ all, jsonOption() });
    parser.addPositionalArgument(
        QStringLiteral("SNAP"), tr("Only this snap's connections."), QStringLiteral("[SNAP]"));
    int code = 0;
    if (!parseCommand(parser, name, "List connections between plugs and slots.", arguments, &code))
        return code;
    if (parser.positionalArguments().size() > 1)
        return usageError(name, tr("cannot list connections: expected at most one SNAP"));
    const QString only = parser.positionalArguments().value(0);
    const std::optional<InterfaceSnapshot> snapshot = loadSnapshot(&code);
    if (!snapshot)
        return code;
    const Repository &repository = snapshot->repository;
    if (!only.isEmpty() && !repository.snap(only))
        return fail(tr("cannot list connections of \"%1\": it is not installed").arg(only));
    const bool showAll = parser.isSet(all);
    const auto inScope = [&](const QString &snap) { return only.isEmpty() || snap == only; };

    QList<QStringList> rows;
    QJsonArray json;
    QSet<QString> connectedPlugs;
    QSet<QString> connectedSlots;
    for (const Connection &connection : repository.connections()) {
        const ConnRef &ref = connection.ref;
        if (connection.isConnected()) {
            connectedPlugs.insert(ref.plug.toString());
            connectedSlots.insert(ref.slot.toString());
        }
        if (!inScope(ref.plug.snap) && !inScope(ref.slot.snap))
            continue;
        if (!connection.isConnected() && !showAll)
            continue;
        // A plug shown here as taken away is not listed again as waiting.
        connectedPlugs.insert(ref.plug.toString());
        rows.append({ connection.interface, ref.plug.toString(), ref.slot.toString(),
            connectionNote(connection) });
        json.append(QJsonObject { { QStringLiteral("interface"), connection.interface },
            { QStringLiteral("plug"), ref.plug.toString() },
            { QStringLiteral("slot"), ref.slot.toString() },
            { QStringLiteral("automatic"), connection.automatic },
            { QStringLiteral("connected"), connection.isConnected() } });
    }
    // Plugs waiting for a connection are what a person most needs to see: shown for one
    // snap, or for all with --all.
    if (!only.isEmpty() || showAll) {
        for (const SnapInfo *snap : repository.snaps()) {
            if (!inScope(snap->name))
                continue;
            for (const PlugInfo &plug : snap->plugs) {
                const PlugRef ref { snap->name, plug.name };
                if (connectedPlugs.contains(ref.toString()))
                    continue;
                rows.append(
                    { plug.interface, ref.toString(), QStringLiteral("-"), QStringLiteral("-") });
                json.append(QJsonObject { { QStringLiteral("interface"), plug.interface },
                    { QStringLiteral("plug"), ref.toString() },
                    { QStringLiteral("connected"), false } });
            }
            if (snap->name == SystemSnapName)
                continue; // the host's implicit slots are offered to all; listing them is noise
            for (const SlotInfo &slot : snap->slots) {
                const SlotRef ref { snap->name, slot.name };
                if (connectedSlots.contains(ref.toString()))
                    continue;
                rows.append(
                    { slot.interface, QStringLiteral("-"), ref.toString(), QStringLiteral("-") });
                json.append(QJsonObject { { QStringLiteral("interface"), slot.interface },
                    { QStringLiteral("slot"), ref.toString() },
                    { QStringLiteral("connected"), false } });
            }
        }
    }
    if (parser.isSet(jsonOption())) {
        printJson(json);
        return 0;
    }
    if (rows.isEmpty()) {
        out() << tr("No connections.") << Qt::endl;
        return 0;
    }
    rows.prepend({ tr("Interface"), tr("Plug"), tr("Slot"), tr("Notes") });
    printTable(rows);
    return 0;
}

int cmdInterfaces(const QString &name, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    int code = 0;
    if (!parseCommand(parser, name, "List the interfaces Corral knows.", arguments, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usageError(name,
            tr("cannot list interfaces: unexpected argument \"%1\"")
                .arg(parser.positionalArguments().constFirst()));
    QList<QStringList> rows { { tr("Interface"), tr("Category"), tr("Automatic"),
        tr("What it allows") } };
    QJsonArray json;
    for (const InterfaceDefinition *definition : builtinInterfaces()) {
        rows.append({ QLatin1String(definition->id), categoryLabel(definition->category),
            autoConnectText(*definition), definition->translatedLabel() });
        json.append(QJsonObject { { QStringLiteral("name"), QLatin1String(definition->id) },
            { QStringLiteral("label"), definition->translatedLabel() },
            { QStringLiteral("category"), toString(definition->category) },
            { QStringLiteral("sensitivity"), toString(definition->sensitivity) } });
    }
    if (parser.isSet(jsonOption()))
        printJson(json);
    else
        printTable(rows);
    return 0;
}

int cmdInterface(const QString &name, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    parser.addPositionalArgument(QStringLiteral("INTERFACE"), tr("An interface, such as camera."));
    int code = 0;
    if (!parseCommand(
            parser, name, "Show what an interface allows and who uses it.", arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(name, tr("cannot show interface: expected one INTERFACE"));
    const QString id = parser.positionalArguments().constFirst();
    const InterfaceDefinition *definition = findInterface(id);
    if (!definition)
        return fail(
            tr("cannot show interface \"%1\": no such interface (see \"corral interfaces\")")
                .arg(id));
    const std::optional<InterfaceSnapshot> snapshot = loadSnapshot(&code);
    if (!snapshot)
        return code;
    QStringList plugs;
    QStringList slotNames;
    for (const SnapInfo *snap : snapshot->repository.snaps()) {
        for (const PlugInfo &plug : snap->plugs)
            if (plug.interface == id)
                plugs << snap->name + QLatin1Char(':') + plug.name;
        for (const SlotInfo &slot : snap->slots)
            if (slot.interface == id)
                slotNames << snap->name + QLatin1Char(':') + slot.name;
    }
    if (parser.isSet(jsonOption())) {
        printJson(QJsonObject { { QStringLiteral("name"), id },
            { QStringLiteral("label"), definition->translatedLabel() },
            { QStringLiteral("description"), definition->translatedDescription() },
            { QStringLiteral("category"), toString(definition->category) },
            { QStringLiteral("sensitivity"), toString(definition->sensitivity) },
            { QStringLiteral("plugs"), QJsonArray::fromStringList(plugs) },
            { QStringLiteral("slots"), QJsonArray::fromStringList(slotNames) } });
        return 0;
    }
    printTable({ { tr("name:"), id }, { tr("allows:"), definition->translatedLabel() },
        { tr("category:"), categoryLabel(definition->category) },
        { tr("sensitivity:"), sensitivityText(definition->sensitivity) },
        { tr("automatic:"), autoConnectText(*definition) } });
    out() << tr("description:") << Qt::endl
          << "  " << definition->translatedDescription() << Qt::endl;
    out() << tr("plugs:") << ' '
          << (plugs.isEmpty() ? QStringLiteral("-") : plugs.join(QLatin1String(", "))) << Qt::endl;
    out() << tr("slots:") << ' '
          << (slotNames.isEmpty() ? QStringLiteral("-") : slotNames.join(QLatin1String(", ")))
          << Qt::endl;
    return 0;
}

int cmdConnect(const QString &name, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PLUG"), tr("The plug, as snap:plug."));
    parser.addPositionalArgument(QStringLiteral("SLOT"),
        tr("The slot, as snap:slot or snap; by default the only slot that fits."),
        QStringLiteral("[SLOT]"));
    parser.addOption(directOption());
    int code = 0;
    if (!parseCommand(parser, name, "Connect a plug to a slot.", arguments, &code))
        return code;
    PlugRef plug;
    SlotRef slot;
    if (!parsePlugAndSlot(parser, name, "connect", &plug, &slot, &code))
        return code;
    if (!parser.isSet(directOption())) {
        const auto reply = callHelper<reply::Connect>(tr("connect %1").arg(plug.toString()),
            QStringLiteral("Connect"), { plug.toString(), slotArgument(slot) }, &code);
        if (!reply)
            return code;
        out() << tr("%1 connected to %2").arg(reply->argumentAt<0>(), reply->argumentAt<1>())
              << Qt::endl;
        return 0;
    }
    const Outcome outcome = InterfaceManager().connect(plug, slot);
    if (!outcome.ok)
        return fail(outcome.error);
    const std::optional<ConnRef> ref = ConnRef::fromKey(outcome.snap);
    out() << tr("%1 connected to %2").arg(ref->plug.toString(), ref->slot.toString()) << Qt::endl;
    return 0;
}

int cmdDisconnect(const QString &name, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption forget(QStringLiteral("forget"),
        tr("Also forget that you disconnected an automatic connection, "
           "so that it may be made again."));
    parser.addOptions({ forget, directOption() });
    parser.addPositionalArgument(QStringLiteral("PLUG"), tr("The plug, as snap:plug."));
    parser.addPositionalArgument(
        QStringLiteral("SLOT"), tr("Only its connection to this slot."), QStringLiteral("[SLOT]"));
    int code = 0;
    if (!parseCommand(parser, name, "Disconnect a plug.", arguments, &code))
        return code;
    PlugRef plug;
    SlotRef slot;
    if (!parsePlugAndSlot(parser, name, "disconnect", &plug, &slot, &code))
        return code;
    if (!parser.isSet(directOption())) {
        if (!callHelper<reply::Disconnect>(tr("disconnect %1").arg(plug.toString()),
                QStringLiteral("Disconnect"),
                { plug.toString(), slotArgument(slot), parser.isSet(forget) }, &code))
            return code;
        out() << tr("%1 disconnected").arg(plug.toString()) << Qt::endl;
        return 0;
    }
    const Outcome outcome = InterfaceManager().disconnect(plug, slot, parser.isSet(forget));
    if (!outcome.ok)
        return fail(outcome.error);
    out() << tr("%1 disconnected").arg(plug.toString()) << Qt::endl;
    return 0;
}

int cmdDebug(const QString &name, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WHAT"),
        tr("sandbox-features: what this kernel offers; profile TAG: the "
           "generated profiles of one app (snap.<snap>.<app>); denials [SNAP]: what "
           "confinement refused lately, and what would allow it; resolve-syscall NUMBER: "
           "the name of a system call."));
    const QCommandLineOption follow(
        QStringLiteral("follow"), tr("With denials: keep printing new denials as they happen."));
    const QCommandLineOption allUsers(QStringLiteral("all-users"),
        tr("With denials: those of every user's apps, not only yours (administrators)."));
    const QCommandLineOption arch(QStringLiteral("arch"),
        tr("With resolve-syscall: the architecture (x86_64, i386, aarch64, armhf, ppc64le, "
           "s390x, riscv64 …); this machine's by default."),
        QStringLiteral("ARCH"), QStringLiteral("native"));
    parser.addOptions({ follow, allUsers, arch, jsonOption() });
    int code = 0;
    if (!parseCommand(parser, name, "Look at what Corral generated and what the kernel offers.",
            arguments, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString what = positional.value(0);
    if ((parser.isSet(follow) || parser.isSet(allUsers) || parser.isSet(jsonOption()))
        && what != QLatin1String("denials"))
        return usageError(
            name, tr("cannot debug: --follow, --all-users and --json go with denials"));
    if (parser.isSet(arch) && what != QLatin1String("resolve-syscall"))
        return usageError(name, tr("cannot debug: --arch goes with resolve-syscall"));
    if (what == QLatin1String("denials"))
        return debugDenials(name, positional, parser.isSet(follow), parser.isSet(allUsers),
            parser.isSet(jsonOption()));
    if (what == QLatin1String("resolve-syscall"))
        return debugResolveSyscall(name, positional, parser.value(arch));
    if (what == QLatin1String("sandbox-features") && positional.size() == 1) {
        for (const QString &line : describeSandboxFeatures(detectSandboxFeatures()))
            out() << line << Qt::endl;
        return 0;
    }
    if (what == QLatin1String("profile") && positional.size() == 2) {
        const QString tag = positional[1];
        // The tag becomes a file name: only snap.<snap>.<app> may reach it.
        const QStringList parts = tag.split(QLatin1Char('.'));
        if (parts.size() != 3 || parts[0] != QLatin1String("snap")
            || !checkSnapName(parts[1]).isEmpty() || !checkAppName(parts[2]).isEmpty())
            return usageError(name,
                tr("cannot show profile of \"%1\": a security tag is snap.<snap>.<app>").arg(tag));
        const QMap<QString, QString> paths = ProfileGenerator::profilePaths(tag);
        bool found = false;
        for (const char *kind : { "plan", "apparmor", "seccomp" }) {
            QFile file(paths.value(QLatin1String(kind)));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            found = true;
            out() << "==> " << file.fileName() << " <==" << Qt::endl
                  << QString::fromUtf8(file.readAll()) << Qt::endl;
        }
        if (!found)
            return fail(
                tr("cannot show profile of \"%1\": no profiles were generated for it").arg(tag));
        return 0;
    }
    return usageError(name,
        tr("cannot debug: expected \"sandbox-features\", \"profile TAG\", \"denials [SNAP]\" "
           "or \"resolve-syscall NUMBER\""));
}

} // namespace corral::cli
