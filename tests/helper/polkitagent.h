// A polkit authentication agent for tests: it stands in for the dialog a person answers.
// Registered for one process, polkitd asks it whenever that process's caller allowed
// interaction; it either dismisses the dialog (as a person pressing Cancel) or reports a
// successful authentication (as polkit-agent-helper-1 does after a right password, which
// root may do). It runs its own thread, so the test may block while polkitd asks it.
#pragma once

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusContext>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QThread>
#include <QVariantMap>

#include <sys/types.h>

namespace corral::test {

struct PolkitIdentity // (sa{sv})
{
    QString kind;
    QVariantMap details;
};
using PolkitIdentityList = QList<PolkitIdentity>;
QDBusArgument &operator<<(QDBusArgument &argument, const PolkitIdentity &identity);
const QDBusArgument &operator>>(const QDBusArgument &argument, PolkitIdentity &identity);

class PolkitAgentObject : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.PolicyKit1.AuthenticationAgent")

public:
    enum class Answer { Dismiss, Authenticate };
    explicit PolkitAgentObject(Answer answer)
        : m_answer(answer)
    { }

    QStringList requests() const;

public Q_SLOTS:
    void BeginAuthentication(const QString &actionId, const QString &message,
        const QString &iconName, const QMap<QString, QString> &details, const QString &cookie,
        const QList<corral::test::PolkitIdentity> &identities);
    void CancelAuthentication(const QString &cookie);

private:
    const Answer m_answer;
    mutable QMutex m_mutex;
    QStringList m_requests;
};

class PolkitAgent
{
public:
    using Answer = PolkitAgentObject::Answer;
    // Connects to the bus at `address` (as root, the test program's user).
    PolkitAgent(const QString &address, Answer answer);
    ~PolkitAgent();
    PolkitAgent(const PolkitAgent &) = delete;
    PolkitAgent &operator=(const PolkitAgent &) = delete;

    // Registers with polkitd for the process `pid`; false and *error when refused.
    bool registerFor(pid_t pid, QString *error);
    // The actions polkitd asked about, in order.
    QStringList requests() const { return m_object->requests(); }

private:
    QString m_connectionName;
    QThread m_thread;
    PolkitAgentObject *m_object = nullptr;
    QVariantMap m_subject;
    bool m_registered = false;
};

} // namespace corral::test

Q_DECLARE_METATYPE(corral::test::PolkitIdentity)
