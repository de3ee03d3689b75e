// Asking polkit whether the sender of a D-Bus message may perform an action: the one
// call PolkitQt would make (CheckAuthorization with a system-bus-name subject), over
// QtDBus. The subject is always the unique bus name the bus daemon reported for the
// message, never a pid or uid a client claims.
#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QObject>
#include <QString>
#include <functional>

namespace corral {

struct AuthorizationAnswer
{
    enum Result {
        Authorized,
        NotAuthorized, // polkit said no, or asked for a password nobody could give
        Cancelled, // the person dismissed the authentication dialog
        Failed, // polkit could not be asked
    };
    Result result = Failed;
    QString detail; // why, for Failed and NotAuthorized

    // For an answer other than Authorized: the D-Bus error to reply with, and its message
    // for a call that tried to `what` ("connect photobooth:camera").
    QString errorName() const;
    QString errorMessage(const QString &what) const;
};

// The CheckAuthorization call for the sender `busName` (a system-bus-name subject, no
// details, no cancellation id), as the helper makes it; bench-helper times it bare.
QDBusMessage checkAuthorizationCall(
    const QString &busName, const QString &action, bool interactive);

class Authority : public QObject
{
    Q_OBJECT
public:
    explicit Authority(const QDBusConnection &bus, QObject *parent = nullptr);

    // Asks asynchronously; `done` runs once, on this object's thread. `interactive`
    // lets polkit ask the person for a password (the caller's message allowed it).
    void check(const QString &busName, const QString &action, bool interactive,
        std::function<void(const AuthorizationAnswer &)> done);

private:
    QDBusConnection m_bus;
};

} // namespace corral
