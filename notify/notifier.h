// corral-notify's work: watches the helper's denials (WatchDenials on the system bus, again
// whenever the helper comes back) and tells the person with a desktop notification
// (org.freedesktop.Notifications on the session bus) the first time one of their apps is
// blocked; the notification's default action opens Corral at that snap.
//
// Not every denial speaks. Told: an enforced denial of one of this person's processes
// that just happened, of an app not told about before (ToldList), within the RateLimit.
// Not told: denials only logged (devmode or complain mode, which the person chose, and
// which did not stop the app), other users' processes, denials older than
// Options::maxAge (the helper reads the kernel's log again when it starts) and maps
// without a valid snap name.
#pragma once

#include "client/denials.h"
#include "notify/ratelimit.h"
#include "notify/toldlist.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <chrono>

class QDBusPendingCall;
class QDBusPendingCallWatcher;
class QDBusServiceWatcher;

namespace corral::notify {

class Notifier : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // What the notification's default action runs, split as a shell would (without
        // expansions); the snap's name is its last argument.
        QString permissionsCommand = QStringLiteral("corral-permissions");
        QString toldFile = ToldList::defaultPath();
        std::chrono::milliseconds perSnap = RateLimit::DefaultPerSnap;
        int perMinute = RateLimit::DefaultPerMinute;
        std::chrono::seconds maxAge { std::chrono::minutes(5) };
    };

    Notifier(const QDBusConnection &systemBus, const QDBusConnection &sessionBus, Options options,
        QObject *parent = nullptr);
    ~Notifier() override;

    // Subscribes to the signals and asks the helper for denials.
    void start();

private Q_SLOTS:
    void onDenialRecorded(const QVariantMap &map);
    void onActionInvoked(uint id, const QString &action);
    void onActivationToken(uint id, const QString &token);
    void onNotificationClosed(uint id, uint reason);

private:
    void watchDenials();
    void watchFailed(const QDBusError &error);
    void onHelperOwnerChanged(const QString &oldOwner, const QString &newOwner);
    // The chain of one notification: the snap's title, the server's capabilities, Notify.
    void tell(const client::DenialEntry &denial, const QString &key);
    void notify(const client::DenialEntry &denial, const QString &key, const QString &title);
    void sendNotify(const client::DenialEntry &denial, const QString &key, const QString &title);
    void shown(uint id, const QString &snap, const QString &key);
    void openCorral(const QString &snap, const QString &activationToken);
    QString labelOf(const QString &interface) const;
    QDBusPendingCall callHelper(const QString &method, const QVariantList &arguments = {});
    QDBusPendingCall callNotifications(const QString &method, const QVariantList &arguments = {});
    // Runs `then` with the finished call; the watcher goes when it has.
    template<typename Then> void whenFinished(const QDBusPendingCall &call, Then then);

    QDBusConnection m_system;
    QDBusConnection m_session;
    Options m_options;
    ToldList m_told;
    RateLimit m_rateLimit;

    // The helper.
    QDBusServiceWatcher *m_helperWatcher = nullptr;
    QString m_helperOwner; // the helper's unique name, as the bus last said
    QString m_watchedOwner; // the helper's unique name WatchDenials succeeded with
    bool m_watchInFlight = false;
    bool m_watchAgain = false; // the owner changed while a call was on its way
    QTimer m_retry;
    std::chrono::seconds m_retryDelay;
    bool m_everWatched = false;
    bool m_watchFailing = false; // said so already
    QHash<QString, QString> m_labels; // interface id → label, in the person's language

    // The notification server.
    QDBusServiceWatcher *m_serverWatcher = nullptr;
    bool m_capabilitiesKnown = false;
    bool m_bodyMarkup = false;
    bool m_notifyFailing = false; // said so already
    bool m_toldFileFailing = false; // said so already
    bool m_malformedSaid = false;
    QSet<QString> m_telling; // keys whose notification is on its way
    QHash<uint, QString> m_shownSnaps; // notification id → snap, for its action
    QList<uint> m_shownOrder; // oldest first, to keep m_shownSnaps bounded
    QHash<uint, QString> m_activationTokens; // notification id → token, until its action
};

} // namespace corral::notify
