// `corral debug denials [SNAP] [--follow] [--all-users]` and `corral debug resolve-syscall
// NUMBER [--arch ARCH]`: what confinement refused, as the helper recorded and explained
// it, and a system call number in words.
#include "app/clicommon.h"
#include "app/clihelper.h"

#include "client/denials.h"
#include "helper/dbustypes.h"
#include "interfaces/denial.h"
#include "interfaces/interface.h"
#include "interfaces/validate.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace corral::cli {
namespace {

QString labelOf(const QString &interface)
{
    const InterfaceDefinition *definition = findInterface(interface);
    return definition ? definition->translatedLabel() : interface;
}

// One denial as a line of JSON (for --follow --json: one object per line).
void printJsonLine(const QVariantMap &map)
{
    out() << QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact);
    out().flush();
}

void printDenial(const client::DenialEntry &denial)
{
    const QString who = denial.app.isEmpty() ? denial.snap : denial.snap + u'.' + denial.app;
    out() << denial.last.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "  "
          << who << "  " << client::denialLine(denial, labelOf);
    if (denial.count > 1)
        out() << "  (" << client::denialCountText(denial.count) << ')';
    out() << Qt::endl;
    for (qsizetype i = 0; i < denial.suggestions.size(); ++i) {
        const QString plug = denial.plugRef(i);
        if (!plug.isEmpty())
            out() << "    " << tr("to allow it: corral connect %1").arg(plug) << Qt::endl;
    }
}

// Prints each DenialRecorded the helper sends this process, until interrupted.
class Follower : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    QString snap;
    bool json = false;

public Q_SLOTS:
    void recorded(const QVariantMap &map)
    {
        const client::DenialEntry denial = client::DenialEntry::fromMap(map);
        if (!snap.isEmpty() && denial.snap != snap)
            return;
        if (json)
            printJsonLine(map);
        else
            printDenial(denial);
    }
};

int listDenials(const QString &snap, bool allUsers, bool follow, bool json)
{
    int code = 0;
    using Reply = QDBusPendingReply<dbus::MapList>;
    const QString what = snap.isEmpty() ? tr("list denials") : tr("list denials of %1").arg(snap);
    const std::optional<Reply> reply
        = callHelper<Reply>(what, QStringLiteral("ListDenials"), { snap, allUsers }, &code);
    if (!reply)
        return code;
    const dbus::MapList maps = reply->value();
    if (json && !follow) {
        QJsonArray array;
        for (const QVariantMap &map : maps)
            array.append(QJsonObject::fromVariantMap(map));
        printJson(array);
        return 0;
    }
    for (const QVariantMap &map : maps) {
        if (json)
            printJsonLine(map);
        else
            printDenial(client::DenialEntry::fromMap(map));
    }
    if (!follow) {
        if (maps.isEmpty())
            out() << (snap.isEmpty() ? tr("Nothing was blocked recently.")
                                     : tr("Nothing of %1 was blocked recently.").arg(snap))
                  << Qt::endl;
        return 0;
    }
    Follower follower;
    follower.snap = snap;
    follower.json = json;
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.connect(dbus::ServiceName, dbus::ObjectPath, dbus::InterfaceName,
            QStringLiteral("DenialRecorded"), &follower, SLOT(recorded(QVariantMap))))
        return fail(tr("cannot follow denials: %1").arg(bus.lastError().message()));
    if (!callHelper<QDBusPendingReply<>>(
            tr("follow denials"), QStringLiteral("WatchDenials"), { allUsers }, &code))
        return code;
    return QCoreApplication::exec();
}

int resolveSyscall(const QString &number, const QString &archName)
{
    bool ok = false;
    const int value = number.toInt(&ok, 0);
    if (!ok || value < 0)
        return fail(tr("cannot resolve system call \"%1\": not a number").arg(number));
    const uint32_t arch = auditArchFromName(archName);
    if (arch == 0)
        return fail(
            tr("cannot resolve system call %1: unknown architecture \"%2\"").arg(number, archName));
    const QString name = syscallName(arch, value);
    if (name.isEmpty())
        return fail(tr("cannot resolve system call %1: %2 has no system call of that number")
                        .arg(number, auditArchName(arch)));
    out() << name << Qt::endl;
    return 0;
}

} // namespace

int debugDenials(
    const QString &name, const QStringList &positional, bool follow, bool allUsers, bool json)
{
    if (positional.size() > 2)
        return usageError(name, tr("cannot list denials: expected at most one snap"));
    const QString snap = positional.value(1);
    if (!snap.isEmpty() && !checkSnapName(snap).isEmpty())
        return usageError(
            name, tr("cannot list denials of \"%1\": %2").arg(snap, checkSnapName(snap)));
    return listDenials(snap, allUsers, follow, json);
}

int debugResolveSyscall(const QString &name, const QStringList &positional, const QString &arch)
{
    if (positional.size() != 2)
        return usageError(name, tr("cannot resolve a system call: expected one NUMBER"));
    return resolveSyscall(positional[1], arch);
}

} // namespace corral::cli

#include "clidenials.moc"
