// The helper's denials: recorded from the DenialMonitor with what would allow them, read
// with ListDenials, and announced to watchers (org.corral.Manager1.xml).
#include "helper/manager.h"

#include "helper/authority.h"
#include "interfaces/dirs.h"
#include "interfaces/explain.h"
#include "interfaces/validate.h"

#include <QDBusConnectionInterface>
#include <QFile>

#include <pwd.h>
#include <unistd.h>

namespace corral {
namespace {

constexpr QLatin1String readDenialsAction("org.corral.read-denials");
constexpr qsizetype maxSignalsPerBatch = 250; // every 100 ms

QString homeOf(qint64 uid)
{
    if (uid < 0)
        return QString();
    passwd entry {};
    passwd *found = nullptr;
    char buffer[4096];
    if (::getpwuid_r(uid_t(uid), &entry, buffer, sizeof buffer, &found) != 0 || !found)
        return QString();
    return QFile::decodeName(found->pw_dir);
}

// "snap.NAME.APP" or "snap.NAME.hook.HOOK": the snap and the app (or "hook.HOOK").
std::pair<QString, QString> splitTag(const QString &tag)
{
    if (!tag.startsWith(QLatin1String("snap.")))
        return {};
    const QString rest = tag.mid(5);
    const qsizetype dot = rest.indexOf(QLatin1Char('.'));
    if (dot <= 0)
        return { rest, QString() };
    return { rest.left(dot), rest.mid(dot + 1) };
}

// A process whose cgroup could not be asked: its executable says the snap
// (/snap/NAME/REVISION/…), and the app when only one app runs that file.
std::pair<QString, QString> fromExecutable(const QString &exe, const QList<InstalledSnap> &snaps)
{
    const QStringList parts = exe.split(QLatin1Char('/'));
    if (parts.size() < 5 || !parts[0].isEmpty() || parts[1] != QLatin1String("snap"))
        return {};
    const QString name = parts[2];
    const QString relative = parts.mid(4).join(QLatin1Char('/'));
    for (const InstalledSnap &snap : snaps) {
        if (snap.state.name != name || !snap.info)
            continue;
        QStringList apps;
        for (const AppInfo &app : snap.info->apps) {
            QString command = app.command.section(QLatin1Char(' '), 0, 0);
            for (const char *prefix : { "$SNAP/", "${SNAP}/" }) {
                if (command.startsWith(QLatin1String(prefix)))
                    command = command.mid(int(qstrlen(prefix)));
            }
            if (command == relative)
                apps << app.name;
        }
        return { name, apps.size() == 1 ? apps.first() : QString() };
    }
    return { name, QString() };
}

// For each suggested interface, the snap's plug of it: one bound to `app` first.
QStringList plugsFor(const QStringList &interfaces, const SnapInfo &info, const QString &app)
{
    QStringList plugs;
    for (const QString &interface : interfaces) {
        QString chosen;
        for (const PlugInfo &plug : info.plugs) {
            if (plug.interface != interface)
                continue;
            if (chosen.isEmpty() || plug.apps.contains(app))
                chosen = plug.name;
            if (plug.apps.contains(app))
                break;
        }
        plugs << chosen;
    }
    return plugs;
}

} // namespace

void Manager::startDenialMonitor()
{
    for (const QString &problem : m_monitor.start(dirs::root(), dirs::namespaceDir()))
        qWarning("denials: %s", qUtf8Printable(problem));
}

void Manager::recordDenial(const Denial &denial)
{
    QString error;
    if (!loadView(&error))
        return;
    const QList<InstalledSnap> &snaps = installedSnaps();
    auto [snap, app] = splitTag(denial.tag);
    if (snap.isEmpty())
        std::tie(snap, app) = fromExecutable(denial.exe, snaps);
    if (snap.isEmpty())
        return; // not an app of ours
    const InstalledSnap *installed = nullptr;
    for (const InstalledSnap &candidate : snaps) {
        if (candidate.state.name == snap)
            installed = &candidate;
    }
    if (!installed)
        return;
    // The log read at start holds denials from before this revision was installed (or
    // from a snap of the same name since removed): they say nothing about it.
    for (const RevisionState &revision : installed->state.revisions) {
        if (revision.revision == installed->state.current && denial.time.isValid()
            && denial.time.addSecs(1) < revision.installedAt)
            return;
    }

    DenialEntry entry;
    entry.denial = denial;
    entry.snap = snap;
    entry.app = app;
    if (entry.denial.tag.isEmpty() && !app.isEmpty())
        entry.denial.tag = QStringLiteral("snap.%1.%2").arg(snap, app); // told by its executable
    if (const DenialEntry *seen = m_denials.find(entry)) {
        // Seen before (a storm of the same denial): explained already.
        entry.suggestions = seen->suggestions;
        entry.plugs = seen->plugs;
    } else if (installed->info) {
        ExplainContext context;
        context.snap = &*installed->info;
        context.revision = installed->state.current;
        context.home = homeOf(denial.uid);
        entry.suggestions = interfacesAllowing(denial, context);
        entry.plugs = plugsFor(entry.suggestions, *installed->info, app);
    }
    const DenialEntry &stored = m_denials.add(entry);
    if (!m_watchers.isEmpty()) {
        const QVariantMap map = toVariantMap(stored);
        m_unsentDenials.insert(map.value(QStringLiteral("key")).toString(), map);
        if (!m_denialSignals.isActive())
            m_denialSignals.start();
    }
}

void Manager::sendDenialSignals()
{
    // A storm of distinct denials is told a batch at a time (at most 2,500 a second);
    // each batch holds the latest count of every denial in it.
    QList<QVariantMap> batch;
    for (auto it = m_unsentDenials.begin();
         it != m_unsentDenials.end() && batch.size() < maxSignalsPerBatch;) {
        batch << it.value();
        it = m_unsentDenials.erase(it);
    }
    if (!m_unsentDenials.isEmpty())
        m_denialSignals.start();
    for (const QVariantMap &map : std::as_const(batch)) {
        const qint64 uid = map.value(QStringLiteral("uid")).toLongLong();
        for (auto watcher = m_watchers.cbegin(); watcher != m_watchers.cend(); ++watcher) {
            if (watcher->uid >= 0 && watcher->uid != uid)
                continue;
            QDBusMessage signal = QDBusMessage::createTargetedSignal(watcher.key(),
                dbus::ObjectPath, dbus::InterfaceName, QStringLiteral("DenialRecorded"));
            signal << map;
            m_bus.send(signal);
        }
    }
}

qint64 Manager::callerUid()
{
    const QDBusReply<uint> uid = m_bus.interface()->serviceUid(message().service());
    return uid.isValid() ? qint64(uid.value()) : qint64(-2); // -2: nobody's
}

dbus::MapList Manager::denialsFor(const QString &snap, qint64 uid)
{
    dbus::MapList list;
    for (const DenialEntry *entry : m_denials.entries(snap, uid))
        list << toVariantMap(*entry);
    return list;
}

dbus::MapList Manager::ListDenials(const QString &snap, bool allUsers)
{
    touch();
    if (!snap.isEmpty() && !checkInstalled(snap))
        return {};
    m_monitor.poll(); // the latest records too
    const qint64 uid = callerUid();
    if (uid == 0 || !allUsers)
        return denialsFor(snap, uid == 0 ? -1 : uid);
    setDelayedReply(true);
    const QDBusMessage call = message();
    m_authority->check(call.service(), readDenialsAction, call.isInteractiveAuthorizationAllowed(),
        [this, call, snap](const AuthorizationAnswer &answer) {
            if (answer.result == AuthorizationAnswer::Authorized)
                m_bus.send(call.createReply(QVariant::fromValue(denialsFor(snap, -1))));
            else
                m_bus.send(call.createErrorReply(answer.errorName(),
                    answer.errorMessage(QStringLiteral("list everyone's denials"))));
        });
    return {};
}

void Manager::WatchDenials(bool allUsers)
{
    touch();
    const QString service = message().service();
    const qint64 uid = callerUid();
    auto add = [this, service](qint64 watcherUid) {
        m_watchers.insert(service, Watcher { watcherUid });
        m_watcherExits.addWatchedService(service);
    };
    if (uid == 0 || !allUsers) {
        add(uid == 0 ? -1 : uid);
        return;
    }
    setDelayedReply(true);
    const QDBusMessage call = message();
    m_authority->check(service, readDenialsAction, call.isInteractiveAuthorizationAllowed(),
        [this, call, add](const AuthorizationAnswer &answer) {
            if (answer.result == AuthorizationAnswer::Authorized) {
                add(-1);
                m_bus.send(call.createReply());
            } else {
                m_bus.send(call.createErrorReply(answer.errorName(),
                    answer.errorMessage(QStringLiteral("watch everyone's denials"))));
            }
        });
}

void Manager::UnwatchDenials()
{
    touch();
    const QString service = message().service();
    m_watchers.remove(service);
    m_watcherExits.removeWatchedService(service);
}

} // namespace corral
