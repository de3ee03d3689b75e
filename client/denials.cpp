#include "client/denials.h"

#include "helper/dbustypes.h"

#include <QCoreApplication>
#include <QLocale>

namespace corral::client {
namespace {

// The verbs of file accesses, in the order they are said.
enum Verb { Read, List, Write, Create, Delete, Execute, Map, Lock, Link, Truncate, Use, VerbCount };

QString verbText(Verb verb)
{
    switch (verb) {
    case Read:
        return QCoreApplication::translate("corral-client", "read", "blocked: read /path");
    case List:
        return QCoreApplication::translate("corral-client", "list", "blocked: list /directory");
    case Write:
        return QCoreApplication::translate("corral-client", "write", "blocked: write /path");
    case Create:
        return QCoreApplication::translate("corral-client", "create", "blocked: create /path");
    case Delete:
        return QCoreApplication::translate("corral-client", "delete", "blocked: delete /path");
    case Execute:
        return QCoreApplication::translate("corral-client", "execute", "blocked: execute /path");
    case Map:
        return QCoreApplication::translate(
            "corral-client", "map into memory", "blocked: map into memory /path");
    case Lock:
        return QCoreApplication::translate("corral-client", "lock", "blocked: lock /path");
    case Link:
        return QCoreApplication::translate("corral-client", "link", "blocked: link /path");
    case Truncate:
        return QCoreApplication::translate("corral-client", "truncate", "blocked: truncate /path");
    case Use:
    case VerbCount:
        break;
    }
    return QCoreApplication::translate("corral-client", "use", "blocked: use /dev/device");
}

// "a", "a … b", "a, b … c", with `last` the translated "%1 and %2" or "%1 or %2".
QString joinList(const QStringList &items, const QString &last)
{
    if (items.isEmpty())
        return QString();
    QString joined = items.constFirst();
    for (qsizetype i = 1; i + 1 < items.size(); ++i)
        joined = QCoreApplication::translate("corral-client", "%1, %2", "a list: \"a, b\"")
                     .arg(joined, items.at(i));
    if (items.size() > 1)
        joined = last.arg(joined, items.constLast());
    return joined;
}

// "a", "a and b", "a, b and c".
QString joinAnd(const QStringList &items)
{
    return joinList(
        items, QCoreApplication::translate("corral-client", "%1 and %2", "a list: \"a and b\""));
}

// "a", "a or b", "a, b or c".
QString joinOr(const QStringList &items)
{
    return joinList(
        items, QCoreApplication::translate("corral-client", "%1 or %2", "choices: \"a or b\""));
}

// The verbs of an AppArmor file mask ("rw", "wc") or of Landlock's blockers
// ("fs.read_file,fs.write_file"); the network blockers are said apart.
QList<Verb> fileVerbs(const QString &mask)
{
    bool wanted[VerbCount] = {};
    if (mask.startsWith(QLatin1String("fs.")) || mask.contains(QLatin1Char(','))) {
        for (const QString &blocker : mask.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString name = blocker.trimmed();
            if (name == QLatin1String("fs.read_file"))
                wanted[Read] = true;
            else if (name == QLatin1String("fs.read_dir"))
                wanted[List] = true;
            else if (name == QLatin1String("fs.write_file"))
                wanted[Write] = true;
            else if (name.startsWith(QLatin1String("fs.make_")))
                wanted[Create] = true;
            else if (name.startsWith(QLatin1String("fs.remove_")))
                wanted[Delete] = true;
            else if (name == QLatin1String("fs.execute"))
                wanted[Execute] = true;
            else if (name == QLatin1String("fs.truncate"))
                wanted[Truncate] = true;
            else if (name == QLatin1String("fs.refer"))
                wanted[Link] = true;
            else
                wanted[Use] = true; // fs.ioctl_dev and what later kernels add
        }
    } else {
        // AppArmor's mask letters; exec modifiers (i, p, u …) say how, not what.
        static constexpr struct
        {
            char letter;
            Verb verb;
        } letters[] = { { 'r', Read }, { 'w', Write }, { 'a', Write }, { 'c', Create },
            { 'd', Delete }, { 'x', Execute }, { 'm', Map }, { 'k', Lock }, { 'l', Link } };
        for (const QChar c : mask) {
            for (const auto &letter : letters) {
                if (c == QLatin1Char(letter.letter))
                    wanted[letter.verb] = true;
            }
        }
    }
    QList<Verb> verbs;
    for (int verb = 0; verb < VerbCount; ++verb)
        if (wanted[verb])
            verbs << Verb(verb);
    return verbs;
}

QString fileAction(const DenialEntry &denial)
{
    const QString mask = denial.denied.isEmpty() ? denial.requested : denial.denied;
    QStringList verbs;
    for (const Verb verb : fileVerbs(mask))
        verbs << verbText(verb);
    if (verbs.isEmpty())
        verbs << verbText(Use);
    return QCoreApplication::translate(
        "corral-client", "%1 %2", "blocked: what was done (\"read and write\"), then the path")
        .arg(joinAnd(verbs), denial.object);
}

QString networkAction(const DenialEntry &denial)
{
    const QString mask = denial.denied.isEmpty() ? denial.requested : denial.denied;
    if (mask.contains(QLatin1String("net."))) {
        // Landlock: "tcp port 80" as the object.
        QStringList verbs;
        for (const QString &blocker : mask.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString name = blocker.trimmed();
            if (name == QLatin1String("net.bind_tcp"))
                verbs << QCoreApplication::translate(
                    "corral-client", "listen on", "blocked: listen on tcp port 80");
            else if (name == QLatin1String("net.connect_tcp"))
                verbs << QCoreApplication::translate(
                    "corral-client", "connect to", "blocked: connect to tcp port 80");
        }
        if (verbs.isEmpty())
            verbs << verbText(Use);
        return QCoreApplication::translate(
            "corral-client", "%1 %2", "blocked: what was done (\"read and write\"), then the path")
            .arg(joinAnd(verbs), denial.object);
    }
    // AppArmor: the family and type ("netlink raw") and what was done with the socket.
    const QString &op = denial.operation;
    if (op == QLatin1String("create") || op.isEmpty())
        return QCoreApplication::translate("corral-client", "create a %1 socket",
            "blocked: create a socket of a family and type (\"netlink raw\")")
            .arg(denial.object);
    if (op == QLatin1String("connect"))
        return QCoreApplication::translate("corral-client", "connect a %1 socket")
            .arg(denial.object);
    if (op == QLatin1String("bind"))
        return QCoreApplication::translate("corral-client", "bind a %1 socket").arg(denial.object);
    if (op == QLatin1String("listen") || op == QLatin1String("accept"))
        return QCoreApplication::translate("corral-client", "accept connections on a %1 socket")
            .arg(denial.object);
    return QCoreApplication::translate("corral-client", "use a %1 socket").arg(denial.object);
}

QString dbusAction(const DenialEntry &denial)
{
    // "member interface path on bus" as the record gives them: said as
    // "interface.member on path (bus)" where the parts are there.
    const QStringList parts = denial.object.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString what = denial.object;
    if (parts.size() >= 3) {
        const QString call = parts.at(1) + QLatin1Char('.') + parts.at(0);
        const int on = int(parts.indexOf(QLatin1String("on")));
        const QString bus = on >= 0 ? parts.mid(on + 1).join(QLatin1Char(' ')) : QString();
        what = bus.isEmpty()
            ? QCoreApplication::translate("corral-client", "%1 on %2", "D-Bus: member on path")
                  .arg(call, parts.at(2))
            : QCoreApplication::translate(
                "corral-client", "%1 on %2 (%3 bus)", "D-Bus: member on path (session bus)")
                  .arg(call, parts.at(2), bus);
    }
    const QString &op = denial.operation;
    if (op == QLatin1String("dbus_signal"))
        return QCoreApplication::translate("corral-client", "D-Bus signal %1").arg(what);
    if (op == QLatin1String("dbus_bind"))
        return QCoreApplication::translate("corral-client", "D-Bus name %1").arg(what);
    if (op == QLatin1String("dbus_eavesdrop"))
        return QCoreApplication::translate("corral-client", "listening in on D-Bus %1").arg(what);
    return QCoreApplication::translate("corral-client", "D-Bus call %1").arg(what);
}

QString otherAction(const DenialEntry &denial)
{
    const QString &op = denial.operation;
    const QString mask = denial.denied.isEmpty() ? denial.requested : denial.denied;
    const QString &object = denial.object;
    if (op == QLatin1String("signal") || mask.contains(QLatin1String("scope.signal")))
        return object.isEmpty()
            ? QCoreApplication::translate("corral-client", "signal another program")
            : QCoreApplication::translate("corral-client", "signal %1").arg(object);
    if (op == QLatin1String("ptrace"))
        return object.isEmpty()
            ? QCoreApplication::translate("corral-client", "trace another program")
            : QCoreApplication::translate("corral-client", "trace %1").arg(object);
    if (op.contains(QLatin1String("mount")))
        return object.isEmpty()
            ? QCoreApplication::translate("corral-client", "mount a file system")
            : QCoreApplication::translate("corral-client", "mount %1").arg(object);
    if (mask.contains(QLatin1String("scope.abstract_unix_socket")))
        return object.isEmpty()
            ? QCoreApplication::translate("corral-client", "connect to another program's socket")
            : QCoreApplication::translate("corral-client", "connect to the socket %1").arg(object);
    const QString what = object.isEmpty() ? op : object;
    if (what.isEmpty())
        return QCoreApplication::translate("corral-client", "something its sandbox does not allow");
    return op.isEmpty() || op == object
        ? what
        : QCoreApplication::translate("corral-client", "%1 %2", "blocked: an operation, then what")
              .arg(op, object);
}

} // namespace

DenialEntry DenialEntry::fromMap(const QVariantMap &map)
{
    const auto text = [&map](const char *key) { return map.value(QLatin1String(key)).toString(); };
    const auto list = [&map](const char *key) {
        return dbus::demarshalled(map.value(QLatin1String(key))).toStringList();
    };
    const auto time = [&map](const char *key) {
        const QVariant value = map.value(QLatin1String(key));
        return value.isValid() ? QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC)
                               : QDateTime();
    };
    DenialEntry entry;
    entry.key = text("key");
    entry.snap = text("snap");
    entry.app = text("app");
    entry.tag = text("tag");
    entry.source = text("source");
    entry.kind = text("kind");
    entry.object = text("object");
    entry.operation = text("operation");
    entry.requested = text("requested");
    entry.denied = text("denied");
    entry.enforced = map.value(QStringLiteral("enforced"), true).toBool();
    entry.arch = text("arch");
    entry.syscall = map.value(QStringLiteral("syscall"), -1).toInt();
    entry.pid = map.value(QStringLiteral("pid"), -1).toLongLong();
    entry.uid = map.value(QStringLiteral("uid"), -1).toLongLong();
    entry.comm = text("comm");
    entry.exe = text("exe");
    entry.count = map.value(QStringLiteral("count")).toUInt();
    entry.first = time("first");
    entry.last = time("last");
    entry.suggestions = list("suggestions");
    entry.plugs = list("plugs");
    return entry;
}

QString DenialEntry::plugRef(qsizetype index) const
{
    const QString plug = plugs.value(index);
    return plug.isEmpty() ? QString() : snap + QLatin1Char(':') + plug;
}

QString denialAction(const DenialEntry &denial)
{
    const QString &kind = denial.kind;
    if (kind == QLatin1String("syscall"))
        return QCoreApplication::translate("corral-client", "system call %1").arg(denial.object);
    if (kind == QLatin1String("file") || kind == QLatin1String("device"))
        return fileAction(denial);
    if (kind == QLatin1String("network"))
        return networkAction(denial);
    if (kind == QLatin1String("capability"))
        return QCoreApplication::translate("corral-client", "capability %1").arg(denial.object);
    if (kind == QLatin1String("dbus"))
        return dbusAction(denial);
    return otherAction(denial);
}

QString denialSuggestion(const DenialEntry &denial, const LabelOf &labelOf)
{
    if (denial.suggestions.isEmpty())
        return QCoreApplication::translate("corral-client", "no permission would allow this");
    QStringList named;
    for (const QString &interface : denial.suggestions) {
        const QString label = labelOf ? labelOf(interface) : QString();
        named << (label.isEmpty() || label == interface
                ? interface
                : QCoreApplication::translate("corral-client", "%1 (%2)",
                    "a permission's label, then its name: \"Use your camera (camera)\"")
                      .arg(label, interface));
    }
    return QCoreApplication::translate("corral-client", "%1 would allow this",
        "one or more permissions: \"Use your camera (camera) would allow this\"")
        .arg(joinOr(named));
}

QString denialLine(const DenialEntry &denial, const LabelOf &labelOf)
{
    const QString action = denialAction(denial);
    const QString suggestion = denialSuggestion(denial, labelOf);
    return denial.enforced
        ? QCoreApplication::translate("corral-client", "blocked: %1 — %2").arg(action, suggestion)
        : QCoreApplication::translate(
            "corral-client", "logged: %1 — %2", "not blocked, only logged (developer mode)")
              .arg(action, suggestion);
}

QString denialCountText(quint32 count)
{
    if (count <= 1)
        return QCoreApplication::translate("corral-client", "once");
    return QCoreApplication::translate("corral-client", "%n times", nullptr, int(count));
}

QString relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return QString();
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60)
        return QCoreApplication::translate("corral-client", "just now");
    // English has no catalogue: the singular is a text of its own, so that the plural's
    // "%n" form is right without one (and other languages translate both).
    const int minutes = int(seconds / 60);
    if (minutes < 60)
        return minutes == 1
            ? QCoreApplication::translate("corral-client", "a minute ago")
            : QCoreApplication::translate("corral-client", "%n minutes ago", nullptr, minutes);
    const int hours = int(seconds / 3600);
    if (hours < 24)
        return hours == 1
            ? QCoreApplication::translate("corral-client", "an hour ago")
            : QCoreApplication::translate("corral-client", "%n hours ago", nullptr, hours);
    const qint64 days = when.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days <= 1)
        return QCoreApplication::translate("corral-client", "yesterday");
    if (days < 7)
        return QCoreApplication::translate("corral-client", "%n days ago", nullptr, int(days));
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace corral::client
