#include "helper/authority.h"

#include "helper/dbustypes.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

namespace corral {
namespace {

const QString polkitService = QStringLiteral("org.freedesktop.PolicyKit1");
const QString polkitPath = QStringLiteral("/org/freedesktop/PolicyKit1/Authority");
const QString polkitInterface = QStringLiteral("org.freedesktop.PolicyKit1.Authority");
constexpr uint AllowUserInteraction = 0x1;
// Without interaction polkit answers at once; with it, a person may be typing a password.
constexpr int quickTimeoutMs = 25 * 1000;
constexpr int interactiveTimeoutMs = 10 * 60 * 1000;

using Details = QMap<QString, QString>;

// (sa{sv}): ("system-bus-name", {"name": <unique name>})
QDBusArgument busNameSubject(const QString &busName)
{
    QDBusArgument subject;
    subject.beginStructure();
    subject << QStringLiteral("system-bus-name");
    subject.beginMap(QMetaType::fromType<QString>(), QMetaType::fromType<QDBusVariant>());
    subject.beginMapEntry();
    subject << QStringLiteral("name") << QDBusVariant(busName);
    subject.endMapEntry();
    subject.endMap();
    subject.endStructure();
    return subject;
}

AuthorizationAnswer answerFrom(const QDBusMessage &reply)
{
    AuthorizationAnswer answer;
    if (reply.type() == QDBusMessage::ErrorMessage) {
        if (reply.errorName() == QLatin1String("org.freedesktop.PolicyKit1.Error.Cancelled")) {
            answer.result = AuthorizationAnswer::Cancelled;
            return answer;
        }
        answer.detail = QStringLiteral("cannot ask polkit: %1").arg(reply.errorMessage());
        return answer;
    }
    const QList<QVariant> arguments = reply.arguments();
    if (arguments.size() != 1 || !arguments.constFirst().canConvert<QDBusArgument>()) {
        answer.detail
            = QStringLiteral("cannot ask polkit: unexpected reply %1").arg(reply.signature());
        return answer;
    }
    bool authorized = false;
    bool challenge = false;
    Details details;
    const QDBusArgument result = arguments.constFirst().value<QDBusArgument>();
    result.beginStructure();
    result >> authorized >> challenge >> details;
    result.endStructure();
    if (authorized) {
        answer.result = AuthorizationAnswer::Authorized;
    } else if (details.value(QStringLiteral("polkit.dismissed")) == QLatin1String("true")) {
        answer.result = AuthorizationAnswer::Cancelled;
    } else {
        answer.result = AuthorizationAnswer::NotAuthorized;
        // Without a challenge polkit does not say whether the policy refused or a
        // password was wrong; only that the caller is not authorized.
        answer.detail = challenge
            ? QStringLiteral("authentication is required, and no authentication agent could ask "
                             "for it")
            : QStringLiteral("the system policy does not allow it, or authentication failed");
    }
    return answer;
}

} // namespace

QString AuthorizationAnswer::errorName() const
{
    switch (result) {
    case NotAuthorized:
        return dbus::ErrorNotAuthorized;
    case Cancelled:
        return dbus::ErrorCancelled;
    case Authorized:
    case Failed:
        break;
    }
    return dbus::ErrorFailed;
}

QString AuthorizationAnswer::errorMessage(const QString &what) const
{
    switch (result) {
    case NotAuthorized:
        return QStringLiteral("cannot %1: not authorized: %2").arg(what, detail);
    case Cancelled:
        return QStringLiteral("cannot %1: authentication was cancelled").arg(what);
    case Authorized:
    case Failed:
        break;
    }
    return QStringLiteral("cannot %1: %2").arg(what, detail);
}

QDBusMessage checkAuthorizationCall(const QString &busName, const QString &action, bool interactive)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        polkitService, polkitPath, polkitInterface, QStringLiteral("CheckAuthorization"));
    call << QVariant::fromValue(busNameSubject(busName)) << action
         << QVariant::fromValue(Details {}) << uint(interactive ? AllowUserInteraction : 0)
         << QString();
    return call;
}

Authority::Authority(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    qDBusRegisterMetaType<Details>();
}

void Authority::check(const QString &busName, const QString &action, bool interactive,
    std::function<void(const AuthorizationAnswer &)> done)
{
    const QDBusMessage call = checkAuthorizationCall(busName, action, interactive);
    auto *watcher = new QDBusPendingCallWatcher(
        m_bus.asyncCall(call, interactive ? interactiveTimeoutMs : quickTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        done(answerFrom(watcher->reply()));
    });
}

} // namespace corral
