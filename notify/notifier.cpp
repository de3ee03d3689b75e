#include "notify/notifier.h"

#include "client/client.h"
#include "helper/dbustypes.h"

#include <QCoreApplication>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QDir>
#include <QProcess>

#include <unistd.h>

namespace corral::notify {
namespace {

// org.freedesktop.Notifications, the Desktop Notifications Specification 1.2.
const QString NotificationsService = QStringLiteral("org.freedesktop.Notifications");
const QString NotificationsPath = QStringLiteral("/org/freedesktop/Notifications");
const QString NotificationsInterface = QStringLiteral("org.freedesktop.Notifications");
const QString DefaultAction = QStringLiteral("default");
constexpr uchar UrgencyNormal = 1;

// The icon and desktop entry of the permissions manager, which the notification opens.
const QString IconName = QStringLiteral("org.corral.Permissions");
const QString DesktopEntry = QStringLiteral("corral-permissions");

constexpr std::chrono::seconds FirstRetryDelay { 1 };
constexpr std::chrono::seconds MaxRetryDelay { std::chrono::minutes(5) };
// Notifications whose actions are still remembered; servers that never say a
// notification closed would otherwise grow the table forever.
constexpr int MaxShown = 100;

} // namespace

Notifier::Notifier(const QDBusConnection &systemBus, const QDBusConnection &sessionBus,
    Options options, QObject *parent)
    : QObject(parent)
    , m_system(systemBus)
    , m_session(sessionBus)
    , m_options(std::move(options))
    , m_told(m_options.toldFile)
    , m_rateLimit(m_options.perSnap, m_options.perMinute)
    , m_retryDelay(FirstRetryDelay)
{
    dbus::registerTypes();
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &Notifier::watchDenials);
}

Notifier::~Notifier() = default;

void Notifier::start()
{
    // By name: QtDBus delivers only what the name's current owner sends, and follows the
    // helper when it is started again.
    m_system.connect(dbus::ServiceName, dbus::ObjectPath, dbus::InterfaceName,
        QStringLiteral("DenialRecorded"), this, SLOT(onDenialRecorded(QVariantMap)));
    m_helperWatcher = new QDBusServiceWatcher(
        dbus::ServiceName, m_system, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(m_helperWatcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
        [this](const QString &, const QString &oldOwner, const QString &newOwner) {
            onHelperOwnerChanged(oldOwner, newOwner);
        });

    m_session.connect(NotificationsService, NotificationsPath, NotificationsInterface,
        QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint, QString)));
    m_session.connect(NotificationsService, NotificationsPath, NotificationsInterface,
        QStringLiteral("ActivationToken"), this, SLOT(onActivationToken(uint, QString)));
    m_session.connect(NotificationsService, NotificationsPath, NotificationsInterface,
        QStringLiteral("NotificationClosed"), this, SLOT(onNotificationClosed(uint, uint)));
    // Another server (or none) may do markup differently; the ids of the old one's
    // notifications mean nothing to the next.
    m_serverWatcher = new QDBusServiceWatcher(
        NotificationsService, m_session, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(m_serverWatcher, &QDBusServiceWatcher::serviceOwnerChanged, this, [this] {
        m_capabilitiesKnown = false;
        m_shownSnaps.clear();
        m_shownOrder.clear();
        m_activationTokens.clear();
    });

    watchDenials();
}

// ---- the helper ----

QDBusPendingCall Notifier::callHelper(const QString &method, const QVariantList &arguments)
{
    QDBusMessage message = QDBusMessage::createMethodCall(
        dbus::ServiceName, dbus::ObjectPath, dbus::InterfaceName, method);
    message.setArguments(arguments);
    return m_system.asyncCall(message);
}

template<typename Then> void Notifier::whenFinished(const QDBusPendingCall &call, Then then)
{
    auto *watcher = new QDBusPendingCallWatcher(call, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
        [watcher, then = std::move(then)]() mutable {
            watcher->deleteLater();
            then(*watcher);
        });
}

void Notifier::watchDenials()
{
    m_retry.stop();
    if (m_watchInFlight) {
        m_watchAgain = true;
        return;
    }
    m_watchInFlight = true;
    m_watchAgain = false;
    // The labels first: the helper answers in order, so they are in before the first denial
    // it sends. Calling starts the helper when it does not run.
    if (m_labels.isEmpty()) {
        whenFinished(callHelper(QStringLiteral("ListInterfaces")),
            [this](const QDBusPendingCallWatcher &call) {
                const QDBusPendingReply<dbus::MapList> reply = call;
                if (reply.isError())
                    return; // WatchDenials' answer says what is wrong
                for (const QVariantMap &map : reply.value()) {
                    const QString label = map.value(QStringLiteral("label")).toString();
                    if (!label.isEmpty()) {
                        // The helper answers in English, the source texts of the catalogue.
                        m_labels.insert(map.value(QStringLiteral("name")).toString(),
                            QCoreApplication::translate("corral-interfaces", label.toUtf8()));
                    }
                }
            });
    }
    whenFinished(callHelper(QStringLiteral("WatchDenials"), { false }),
        [this](const QDBusPendingCallWatcher &call) {
            m_watchInFlight = false;
            if (call.isError()) {
                watchFailed(call.error());
                return;
            }
            m_watchedOwner = call.reply().service();
            m_retryDelay = FirstRetryDelay;
            // One line in the session's log when it starts, and when it recovered.
            if (!m_everWatched)
                qInfo("%s", qUtf8Printable(tr("watching for denials")));
            else if (m_watchFailing)
                qInfo("%s", qUtf8Printable(tr("watching for denials again")));
            m_everWatched = true;
            m_watchFailing = false;
            if (m_watchAgain && m_helperOwner != m_watchedOwner)
                watchDenials(); // the helper this answer came from is gone
        });
}

void Notifier::watchFailed(const QDBusError &error)
{
    m_watchedOwner.clear();
    if (!m_watchFailing) {
        // Once per run of failures: a helper that cannot be started would fill the log.
        qWarning("%s",
            qUtf8Printable(
                tr("%1; trying again when the helper starts, or in a while")
                    .arg(client::describeError(tr("watch for denials"), error).message)));
        m_watchFailing = true;
    }
    m_retry.start(m_retryDelay);
    m_retryDelay = std::min(m_retryDelay * 2, MaxRetryDelay);
}

void Notifier::onHelperOwnerChanged(const QString &oldOwner, const QString &newOwner)
{
    m_helperOwner = newOwner;
    if (newOwner.isEmpty()) {
        // The helper stopped (restarted, upgraded, crashed): it forgot its watchers, and
        // records denials only while it runs, so start it again.
        if (!oldOwner.isEmpty() && oldOwner == m_watchedOwner) {
            m_watchedOwner.clear();
            m_retry.start(m_retryDelay);
        }
        return;
    }
    if (newOwner != m_watchedOwner)
        watchDenials();
}

QString Notifier::labelOf(const QString &interface) const
{
    return m_labels.value(interface, interface);
}

// ---- deciding ----

void Notifier::onDenialRecorded(const QVariantMap &map)
{
    QVariantMap plain;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        plain.insert(it.key(), dbus::demarshalled(it.value()));
    const client::DenialEntry denial = client::DenialEntry::fromMap(plain);
    const QString key = appKey(denial.snap, denial.app);
    if (key.isEmpty()) {
        // Once: a helper of another version could send many. Nothing of the map is
        // repeated, since a name that is not valid may be anything.
        if (!m_malformedSaid)
            qWarning("%s", qUtf8Printable(tr("ignoring denials without a valid snap or app name")));
        m_malformedSaid = true;
        return;
    }
    if (!denial.enforced)
        return; // devmode or complain mode: the person chose it, and the app was not stopped
    if (denial.uid >= 0 && denial.uid != qint64(::getuid()))
        return; // someone else's process (root watches everyone's)
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (denial.last.isValid()
        && denial.last.addSecs(std::chrono::seconds(m_options.maxAge).count()) < now)
        return; // from the kernel's log of before: not news
    if (m_telling.contains(key) || m_told.contains(key))
        return;
    m_told.reload(); // another session of the person may have told them
    if (m_told.contains(key))
        return;
    if (!m_rateLimit.allow(denial.snap, now))
        return; // told when it happens again, later
    tell(denial, key);
}

// ---- telling ----

void Notifier::tell(const client::DenialEntry &denial, const QString &key)
{
    m_telling.insert(key);
    whenFinished(callHelper(QStringLiteral("GetSnap"), { denial.snap }),
        [this, denial, key](const QDBusPendingCallWatcher &call) {
            const QDBusPendingReply<QVariantMap> reply = call;
            QString title;
            if (!reply.isError())
                title = reply.value().value(QStringLiteral("title")).toString();
            notify(denial, key, title.isEmpty() ? denial.snap : title);
        });
}

void Notifier::notify(const client::DenialEntry &denial, const QString &key, const QString &title)
{
    if (m_capabilitiesKnown) {
        sendNotify(denial, key, title);
        return;
    }
    whenFinished(callNotifications(QStringLiteral("GetCapabilities")),
        [this, denial, key, title](const QDBusPendingCallWatcher &call) {
            const QDBusPendingReply<QStringList> reply = call;
            if (!reply.isError()) {
                m_capabilitiesKnown = true;
                m_bodyMarkup = reply.value().contains(QStringLiteral("body-markup"));
            }
            sendNotify(denial, key, title); // which says it when there is no server
        });
}

QDBusPendingCall Notifier::callNotifications(const QString &method, const QVariantList &arguments)
{
    QDBusMessage message = QDBusMessage::createMethodCall(
        NotificationsService, NotificationsPath, NotificationsInterface, method);
    message.setArguments(arguments);
    return m_session.asyncCall(message);
}

void Notifier::sendNotify(
    const client::DenialEntry &denial, const QString &key, const QString &title)
{
    QString body = client::denialLine(
        denial, [this](const QString &interface) { return labelOf(interface); });
    // The body is the one field a server may read as markup, and a path may hold '<' or '&'.
    if (m_bodyMarkup)
        body = body.toHtmlEscaped();
    const QStringList actions { DefaultAction, tr("Open Corral") };
    const QVariantMap hints {
        { QStringLiteral("urgency"), QVariant::fromValue(UrgencyNormal) },
        { QStringLiteral("desktop-entry"), DesktopEntry },
    };
    const QVariantList arguments { QStringLiteral("Corral"), uint(0), IconName,
        tr("%1 was blocked").arg(title), body, actions, hints, int(-1) };
    whenFinished(callNotifications(QStringLiteral("Notify"), arguments),
        [this, key, snap = denial.snap](const QDBusPendingCallWatcher &call) {
            m_telling.remove(key);
            const QDBusPendingReply<uint> reply = call;
            if (reply.isError()) {
                // Not remembered as told: said when it happens again and a server listens.
                if (!m_notifyFailing) {
                    qWarning("%s",
                        qUtf8Printable(
                            tr("cannot show a notification: %1 (is a notification server "
                               "running on the session bus?)")
                                .arg(reply.error().message())));
                    m_notifyFailing = true;
                }
                return;
            }
            m_notifyFailing = false;
            shown(reply.value(), snap, key);
        });
}

void Notifier::shown(uint id, const QString &snap, const QString &key)
{
    m_shownSnaps.insert(id, snap);
    m_shownOrder.removeOne(id);
    m_shownOrder << id;
    while (m_shownOrder.size() > MaxShown) {
        const uint oldest = m_shownOrder.takeFirst();
        m_shownSnaps.remove(oldest);
        m_activationTokens.remove(oldest);
    }
    QString error;
    if (!m_told.add(key, &error)) {
        if (!m_toldFileFailing)
            qWarning("%s", qUtf8Printable(error));
        m_toldFileFailing = true;
    } else {
        m_toldFileFailing = false;
    }
}

// ---- the person's answer ----

void Notifier::onActivationToken(uint id, const QString &token)
{
    if (m_shownSnaps.contains(id))
        m_activationTokens.insert(id, token);
}

void Notifier::onActionInvoked(uint id, const QString &action)
{
    const QString snap = m_shownSnaps.value(id);
    if (snap.isEmpty() || action != DefaultAction)
        return; // another program's notification
    openCorral(snap, m_activationTokens.value(id));
}

void Notifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason);
    m_shownSnaps.remove(id);
    m_shownOrder.removeOne(id);
    m_activationTokens.remove(id);
}

void Notifier::openCorral(const QString &snap, const QString &activationToken)
{
    QStringList arguments = QProcess::splitCommand(m_options.permissionsCommand);
    if (arguments.isEmpty()) {
        qWarning("%s", qUtf8Printable(tr("cannot open Corral: no command to run")));
        return;
    }
    QProcess process;
    process.setProgram(arguments.takeFirst());
    // A snap's name never starts with a dash (isSnapName): it cannot pass for an option.
    process.setArguments(arguments << snap);
    process.setWorkingDirectory(QDir::homePath());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!activationToken.isEmpty()) {
        // So that the desktop gives the window the focus the click asked for (Wayland's
        // xdg-activation, X11's startup notification).
        environment.insert(QStringLiteral("XDG_ACTIVATION_TOKEN"), activationToken);
        environment.insert(QStringLiteral("DESKTOP_STARTUP_ID"), activationToken);
    }
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    if (!process.startDetached()) {
        qWarning("%s",
            qUtf8Printable(tr("cannot open Corral: cannot run %1: %2")
                               .arg(process.program(), process.errorString())));
    }
}

} // namespace corral::notify
