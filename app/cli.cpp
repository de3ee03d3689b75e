#include "app/cli.h"
#include "app/clicommon.h"
#include "app/clihelper.h"

#include "interfaces/interfacemanager.h"
#include "interfaces/snapmanager.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusUnixFileDescriptor>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace corral::cli {
namespace {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QString &name, const QStringList &arguments);
    // A change: made by Corral's helper, or in this process with --direct.
    bool changes = false;
};

// What confinementOf() says, in the person's language for tables; --json keeps the
// identifier.
QString confinementText(const InstalledSnap &snap)
{
    const QString confinement = confinementOf(snap);
    if (confinement == toString(Confinement::Strict))
        return tr("strict");
    if (confinement == toString(Confinement::Classic))
        return tr("classic");
    if (confinement == toString(Confinement::Devmode))
        return tr("devmode");
    return orDash(confinement);
}

QString gradeText(Grade grade)
{
    switch (grade) {
    case Grade::Stable:
        return tr("stable");
    case Grade::Devel:
        return tr("devel");
    }
    return toString(grade);
}

// The snap's type stays as snap.yaml spells it ("base", "gadget"): an identifier.
QString notesOf(const InstalledSnap &snap)
{
    QStringList notes;
    if (snap.info && snap.info->type != SnapType::App)
        notes << toString(snap.info->type);
    if (snap.devmode)
        notes << tr("devmode");
    if (snap.classic)
        notes << tr("classic");
    if (snap.baseMissing)
        notes << tr("base-missing");
    else if (!snap.problem.isEmpty())
        notes << tr("broken");
    return notes.isEmpty() ? QStringLiteral("-") : notes.join(QLatin1Char(','));
}

QJsonValue attributesToJson(const Attributes &attributes)
{
    return QJsonObject::fromVariantMap(attributes);
}

QJsonObject snapToJson(const InstalledSnap &snap, bool detailed)
{
    QJsonObject object {
        { QStringLiteral("name"), snap.state.name },
        { QStringLiteral("revision"), snap.state.current },
        { QStringLiteral("confinement"), orDash(confinementOf(snap)) },
        { QStringLiteral("devmode"), snap.devmode },
        { QStringLiteral("classic"), snap.classic },
        { QStringLiteral("base-missing"), snap.baseMissing },
    };
    if (!snap.problem.isEmpty())
        object.insert(QStringLiteral("problem"), snap.problem);
    if (const SnapInfo *info = snap.info ? &*snap.info : nullptr) {
        object.insert(QStringLiteral("version"), info->version);
        object.insert(QStringLiteral("summary"), info->summary);
        object.insert(QStringLiteral("type"), toString(info->type));
        object.insert(QStringLiteral("base"), info->effectiveBase());
        if (detailed) {
            object.insert(QStringLiteral("title"), info->title);
            object.insert(QStringLiteral("description"), info->description);
            object.insert(QStringLiteral("license"), info->license);
            object.insert(QStringLiteral("grade"), toString(info->grade));
            QJsonObject apps;
            for (const AppInfo &app : info->apps) {
                apps.insert(app.name,
                    QJsonObject { { QStringLiteral("command"), app.command },
                        { QStringLiteral("daemon"), app.daemon },
                        { QStringLiteral("plugs"), QJsonArray::fromStringList(app.plugs) },
                        { QStringLiteral("slots"), QJsonArray::fromStringList(app.slots) } });
            }
            object.insert(QStringLiteral("apps"), apps);
            QJsonObject plugs;
            for (const PlugInfo &plug : info->plugs) {
                plugs.insert(plug.name,
                    QJsonObject { { QStringLiteral("interface"), plug.interface },
                        { QStringLiteral("attributes"), attributesToJson(plug.attributes) },
                        { QStringLiteral("apps"), QJsonArray::fromStringList(plug.apps) } });
            }
            object.insert(QStringLiteral("plugs"), plugs);
            QJsonObject slotsObject;
            for (const SlotInfo &slot : info->slots) {
                slotsObject.insert(slot.name,
                    QJsonObject { { QStringLiteral("interface"), slot.interface },
                        { QStringLiteral("attributes"), attributesToJson(slot.attributes) },
                        { QStringLiteral("apps"), QJsonArray::fromStringList(slot.apps) } });
            }
            object.insert(QStringLiteral("slots"), slotsObject);
        }
    }
    if (detailed) {
        QJsonArray revisions;
        for (const RevisionState &revision : snap.state.revisions) {
            QJsonObject entry { { QStringLiteral("revision"), revision.revision },
                { QStringLiteral("current"), revision.revision == snap.state.current },
                { QStringLiteral("devmode"), revision.devmode },
                { QStringLiteral("classic"), revision.classic },
                { QStringLiteral("installed-at"),
                    revision.installedAt.toUTC().toString(Qt::ISODate) } };
            if (revision.isDirectory())
                entry.insert(QStringLiteral("source-dir"), revision.sourceDir);
            revisions.append(entry);
        }
        object.insert(QStringLiteral("revisions"), revisions);
    }
    return object;
}

// "interface (key: value; key: a, b)"; attributes are what a person needs to know what
// a plug or slot asks for (paths of personal-files, the content tag, …).
QString describeAttributes(const QString &interface, const Attributes &attributes)
{
    QStringList parts;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        QString value;
        if (it.value().typeId() == QMetaType::QVariantList)
            value = it.value().toStringList().join(QLatin1String(", "));
        else
            value = it.value().toString();
        parts << it.key() + QLatin1String(": ") + value;
    }
    return parts.isEmpty() ? interface : interface + QLatin1String(" (") + parts.join(QLatin1String("; ")) + QLatin1Char(')');
}

void printInfo(const InstalledSnap &snap)
{
    QList<QStringList> rows;
    // Each field's name is translated with its colon: French puts a space before it.
    const auto field = [&rows](const QString &name, const QString &value) {
        rows.append({ name, value });
    };
    field(tr("name:"), snap.state.name);
    const SnapInfo *info = snap.info ? &*snap.info : nullptr;
    if (info && !info->title.isEmpty())
        field(tr("title:"), info->title);
    if (info)
        field(tr("summary:"), info->summary);
    if (info)
        field(tr("version:"), info->version);
    QStringList revisions;
    for (const RevisionState &revision : snap.state.revisions)
        revisions << (revision.revision == snap.state.current ? revision.revision + tr(" (current)")
                                                              : revision.revision);
    field(tr("revisions:"), revisions.join(QLatin1String(", ")));
    if (const RevisionState *current = snap.state.currentRevision()) {
        field(tr("installed:"),
            current->installedAt.toUTC().toString(Qt::ISODate)
                + (current->isDirectory() ? tr(" from directory %1").arg(current->sourceDir)
                                          : QString()));
    }
    if (info) {
        field(tr("type:"), toString(info->type));
        QString base = orDash(info->effectiveBase());
        if (snap.baseMissing)
            base += tr(" (not installed)");
        field(tr("base:"), base);
        field(tr("grade:"), gradeText(info->grade));
        if (!info->license.isEmpty())
            field(tr("license:"), info->license);
    }
    field(tr("confinement:"), confinementText(snap));
    printTable(rows);
    if (!snap.problem.isEmpty())
        out() << tr("warning: %1").arg(snap.problem) << Qt::endl;
    if (!info)
        return;
    if (!info->description.isEmpty()) {
        out() << tr("description:") << " |" << Qt::endl;
        for (const QString &line : info->description.trimmed().split(QLatin1Char('\n')))
            out() << "  " << line << Qt::endl;
    }
    const auto section = [](const QString &title, const QList<QStringList> &sectionRows) {
        if (sectionRows.isEmpty())
            return;
        out() << title << Qt::endl;
        QList<QStringList> indented;
        for (QStringList row : sectionRows) {
            row.first().prepend(QLatin1String("  "));
            indented << row;
        }
        printTable(indented);
    };
    QList<QStringList> apps;
    for (const AppInfo &app : info->apps) {
        QString command = app.command;
        if (app.isDaemon())
            command += tr(" (%1 service)").arg(app.daemon);
        apps.append({ app.name, command });
    }
    section(tr("apps:"), apps);
    QList<QStringList> plugs;
    for (const PlugInfo &plug : info->plugs)
        plugs.append({ plug.name, describeAttributes(plug.interface, plug.attributes) });
    section(tr("plugs:"), plugs);
    QList<QStringList> slotRows;
    for (const SlotInfo &slot : info->slots)
        slotRows.append({ slot.name, describeAttributes(slot.interface, slot.attributes) });
    section(tr("slots:"), slotRows);
}

// ---- commands ----

// Installs through the helper, which reads the snap from a descriptor opened here: a
// person installs only what they can read.
int installThroughHelper(const QString &path, bool devmode, bool classic)
{
    const QString what = tr("install \"%1\"").arg(QFileInfo(path).fileName());
    // O_NONBLOCK so that a FIFO cannot stall the open; it changes nothing for a file.
    const int fd
        = open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return fail(tr("cannot %1: %2").arg(what, QString::fromLocal8Bit(strerror(errno))));
    QDBusUnixFileDescriptor file;
    file.giveFileDescriptor(fd);
    struct stat status;
    if (fstat(fd, &status) != 0)
        return fail(tr("cannot %1: %2").arg(what, QString::fromLocal8Bit(strerror(errno))));
    if (S_ISDIR(status.st_mode)) {
        return fail(tr("cannot %1: Corral's helper installs only .snap files; an unpacked "
                       "directory can be installed only by root, with \"corral install --direct "
                       "--dangerous %2\"")
                        .arg(what, path));
    }
    if (!S_ISREG(status.st_mode))
        return fail(tr("cannot %1: it is not a file").arg(what));
    int code = 0;
    const QVariantMap options { { QStringLiteral("devmode"), devmode },
        { QStringLiteral("classic"), classic },
        { QStringLiteral("name"), QFileInfo(path).fileName() } };
    const auto reply = callHelper<reply::Install>(
        what, QStringLiteral("Install"), { QVariant::fromValue(file), options }, &code);
    if (!reply)
        return code;
    for (const QString &warning : reply->argumentAt<2>())
        err() << tr("warning: %1").arg(warning) << Qt::endl;
    out() << tr("%1 %2 installed").arg(reply->argumentAt<0>(), reply->argumentAt<1>()) << Qt::endl;
    return 0;
}

int cmdInstall(const QString &name, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dangerous(QStringLiteral("dangerous"),
        tr("Allow installing an unpacked directory (for development; with --direct)."));
    const QCommandLineOption devmode(
        QStringLiteral("devmode"), tr("Install in devmode: violations are logged, not denied."));
    const QCommandLineOption classic(QStringLiteral("classic"),
        tr("Allow a snap that asks for classic confinement (no sandbox)."));
    parser.addOptions({ dangerous, devmode, classic, directOption() });
    parser.addPositionalArgument(
        QStringLiteral("PATH"), tr("A .snap file, or a directory with --dangerous."));
    int code = 0;
    if (!parseCommand(parser, name, "Install a snap as a new local revision.", arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(name, tr("cannot install: expected one PATH"));
    const QString path = QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
    if (!parser.isSet(directOption()))
        return installThroughHelper(path, parser.isSet(devmode), parser.isSet(classic));
    if (!requireRoot(QStringLiteral("install")))
        return 1;
    InstallOptions options;
    options.dangerous = parser.isSet(dangerous);
    options.devmode = parser.isSet(devmode);
    options.classic = parser.isSet(classic);
    const Outcome outcome = SnapManager().install(path, options);
    for (const QString &warning : outcome.warnings)
        err() << tr("warning: %1").arg(warning) << Qt::endl;
    if (!outcome.ok)
        return fail(outcome.error);
    out() << tr("%1 %2 installed").arg(outcome.snap, outcome.revision) << Qt::endl;
    return 0;
}

int cmdRemove(const QString &name, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(directOption());
    parser.addPositionalArgument(QStringLiteral("SNAP"), tr("The snap to remove."));
    int code = 0;
    if (!parseCommand(
            parser, name, "Remove a snap with all its revisions and data.", arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(name, tr("cannot remove: expected one SNAP"));
    const QString snap = parser.positionalArguments().constFirst();
    if (!parser.isSet(directOption())) {
        if (!callHelper<reply::Remove>(
                tr("remove %1").arg(snap), QStringLiteral("Remove"), { snap }, &code))
            return code;
        out() << tr("%1 removed").arg(snap) << Qt::endl;
        return 0;
    }
    if (!requireRoot(QStringLiteral("remove")))
        return 1;
    const Outcome outcome = SnapManager().remove(snap);
    if (!outcome.ok)
        return fail(outcome.error);
    out() << tr("%1 removed").arg(outcome.snap) << Qt::endl;
    return 0;
}

int cmdRevert(const QString &name, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(directOption());
    parser.addPositionalArgument(QStringLiteral("SNAP"), tr("The snap to revert."));
    int code = 0;
    if (!parseCommand(
            parser, name, "Go back to the previous revision of a snap.", arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(name, tr("cannot revert: expected one SNAP"));
    const QString snap = parser.positionalArguments().constFirst();
    if (!parser.isSet(directOption())) {
        const auto reply = callHelper<reply::Revert>(
            tr("revert %1").arg(snap), QStringLiteral("Revert"), { snap }, &code);
        if (!reply)
            return code;
        out() << tr("%1 reverted to %2").arg(snap, reply->value()) << Qt::endl;
        return 0;
    }
    if (!requireRoot(QStringLiteral("revert")))
        return 1;
    const Outcome outcome = SnapManager().revert(snap);
    if (!outcome.ok)
        return fail(outcome.error);
    out() << tr("%1 reverted to %2").arg(outcome.snap, outcome.revision) << Qt::endl;
    return 0;
}

int cmdList(const QString &name, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    int code = 0;
    if (!parseCommand(parser, name, "List installed snaps.", arguments, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usageError(name,
            tr("cannot list: unexpected argument \"%1\"")
                .arg(parser.positionalArguments().constFirst()));
    QString error;
    const auto snaps = SnapManager().list(&error);
    if (!snaps)
        return fail(error);
    if (parser.isSet(jsonOption())) {
        QJsonArray array;
        for (const InstalledSnap &snap : *snaps)
            array.append(snapToJson(snap, false));
        printJson(array);
        return 0;
    }
    if (snaps->isEmpty()) {
        out() << tr("No snaps are installed yet. Try \"corral install PATH.snap\".") << Qt::endl;
        return 0;
    }
    QList<QStringList> rows { { tr("Name"), tr("Version"), tr("Rev"), tr("Base"), tr("Confinement"),
        tr("Notes") } };
    for (const InstalledSnap &snap : *snaps) {
        rows.append({ snap.state.name, snap.info ? snap.info->version : QStringLiteral("-"),
            snap.state.current,
            snap.info ? orDash(snap.info->effectiveBase()) : QStringLiteral("-"),
            confinementText(snap), notesOf(snap) });
    }
    printTable(rows);
    return 0;
}

int cmdInfo(const QString &name, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    parser.addPositionalArgument(QStringLiteral("SNAP"), tr("An installed snap."));
    int code = 0;
    if (!parseCommand(parser, name, "Show what a snap is and what it asks for.", arguments, &code))
        return code;
    if (parser.positionalArguments().isEmpty())
        return usageError(name, tr("cannot show info: expected at least one SNAP"));
    QJsonArray array;
    int status = 0;
    bool first = true;
    for (const QString &snapName : parser.positionalArguments()) {
        QString error;
        const auto snap = SnapManager().info(snapName, &error);
        if (!snap) {
            status = fail(error);
            continue;
        }
        if (parser.isSet(jsonOption())) {
            array.append(snapToJson(*snap, true));
            continue;
        }
        if (!first)
            out() << "---" << Qt::endl;
        first = false;
        printInfo(*snap);
    }
    if (parser.isSet(jsonOption()))
        printJson(parser.positionalArguments().size() == 1 && !array.isEmpty() ? array.first()
                                                                               : QJsonValue(array));
    return status;
}

const QList<Command> &commands()
{
    static const QList<Command> list = {
        { "connect", QT_TR_NOOP("Connect a plug to a slot."), cmdConnect, true },
        { "connections", QT_TR_NOOP("List connections between plugs and slots."), cmdConnections },
        { "debug", QT_TR_NOOP("Look at what Corral generated and what the kernel offers."),
            cmdDebug },
        { "disconnect", QT_TR_NOOP("Disconnect a plug."), cmdDisconnect, true },
        { "info", QT_TR_NOOP("Show what a snap is and what it asks for."), cmdInfo },
        { "install", QT_TR_NOOP("Install a snap as a new local revision."), cmdInstall, true },
        { "interface", QT_TR_NOOP("Show what an interface allows and who uses it."), cmdInterface },
        { "interfaces", QT_TR_NOOP("List the interfaces Corral knows."), cmdInterfaces },
        { "list", QT_TR_NOOP("List installed snaps."), cmdList },
        { "remove", QT_TR_NOOP("Remove a snap with all its revisions and data."), cmdRemove, true },
        { "revert", QT_TR_NOOP("Go back to the previous revision of a snap."), cmdRevert, true },
        { "run", QT_TR_NOOP("Run an app inside its sandbox."), cmdRun },
    };
    return list;
}

void printUsage(QTextStream &stream)
{
    stream << tr("Usage: corral COMMAND [OPTIONS…]") << Qt::endl
           << Qt::endl
           << tr("Corral installs snaps and confines them.") << Qt::endl
           << Qt::endl
           << tr("Commands:") << Qt::endl;
    for (const Command &command : commands())
        stream << "  " << QString::fromLatin1(command.name).leftJustified(13) << tr(command.summary)
               << Qt::endl;
    stream << Qt::endl << tr("Run \"corral COMMAND --help\" for a command's options.") << Qt::endl;
}

} // namespace

int run(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        printUsage(err());
        return 2;
    }
    const QString &first = arguments.constFirst();
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        if (arguments.size() > 1 && first == QLatin1String("help"))
            return run({ arguments.at(1), QStringLiteral("--help") });
        printUsage(out());
        return 0;
    }
    if (first == QLatin1String("--version")) {
        out() << "corral " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    for (const Command &command : commands()) {
        if (first != QLatin1String(command.name))
            continue;
        // Profiles generated for another kernel, parser or Corral are stale: regenerate
        // them before anything relies on them (the helper does the same when it starts,
        // and a change through the helper leaves every write to it).
        const bool helpOnly = arguments.contains(QLatin1String("--help"))
            || arguments.contains(QLatin1String("-h"));
        const bool throughHelper
            = command.changes && !arguments.contains(QLatin1String("--direct"));
        if (geteuid() == 0 && !helpOnly && !throughHelper) {
            const Outcome regenerated = InterfaceManager().regenerateIfSystemKeyChanged();
            if (!regenerated.ok)
                err() << tr("warning: %1").arg(regenerated.error) << Qt::endl;
        }
        return command.run(first, arguments.mid(1));
    }
    err() << tr("cannot run \"%1\": unknown command").arg(first) << Qt::endl;
    printUsage(err());
    return 2;
}

} // namespace corral::cli
