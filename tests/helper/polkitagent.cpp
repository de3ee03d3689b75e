#include "tests/helper/polkitagent.h"

#include "tests/common/testbus.h"

#include <QDBusMessage>
#include <QDBusMetaType>
#include <QMutexLocker>

namespace corral::test {
namespace {

const QString AgentPath = QStringLiteral("/org/corral/TestAgent");

QDBusArgument subjectArgument(const QVariantMap &details)
{
    QDBusArgument subject;
    subject.beginStructure();
    subject << QStringLiteral("unix-process") << details;
    subject.endStructure();
    return subject;
}

QDBusArgument identityArgument(const PolkitIdentity &identity)
{
    QDBusArgument argument;
    argument << identity;
    return argument;
}

} // namespace

QDBusArgument &operator<<(QDBusArgument &argument, const PolkitIdentity &identity)
{
    argument.beginStructure();
    argument << identity.kind << identity.details;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, PolkitIdentity &identity)
{
    argument.beginStructure();
    argument >> identity.kind >> identity.details;
    argument.endStructure();
    return argument;
}

QStringList PolkitAgentObject::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

void PolkitAgentObject::BeginAuthentication(const QString &actionId, const QString &,
    const QString &, const QMap<QString, QString> &, const QString &cookie,
    const QList<PolkitIdentity> &identities)
{
    {
        QMutexLocker lock(&m_mutex);
        m_requests << actionId;
    }
    if (m_answer == Answer::Dismiss || identities.isEmpty()) {
        // What polkit's own agents answer when the person closes the dialog.
        sendErrorReply(QStringLiteral("org.freedesktop.PolicyKit1.Error.Cancelled"),
            QStringLiteral("the test dismissed the authentication dialog"));
        return;
    }
    // What polkit-agent-helper-1 (setuid root) reports after a right password: the
    // agent's creator uid (root here), the cookie, and the identity that authenticated.
    QDBusMessage response = QDBusMessage::createMethodCall(
        PolkitService, PolkitPath, PolkitInterface, QStringLiteral("AuthenticationAgentResponse2"));
    response << quint32(0) << cookie << QVariant::fromValue(identityArgument(identities.first()));
    const QDBusMessage reply = connection().call(response);
    if (reply.type() != QDBusMessage::ReplyMessage)
        sendErrorReply(
            QStringLiteral("org.freedesktop.PolicyKit1.Error.Failed"), reply.errorMessage());
}

void PolkitAgentObject::CancelAuthentication(const QString &) { }

PolkitAgent::PolkitAgent(const QString &address, Answer answer)
{
    static const bool registered = [] {
        qDBusRegisterMetaType<PolkitIdentity>();
        qDBusRegisterMetaType<PolkitIdentityList>();
        qDBusRegisterMetaType<QMap<QString, QString>>();
        return true;
    }();
    Q_UNUSED(registered);
    static int counter = 0;
    m_connectionName = QStringLiteral("corral-test-agent-%1").arg(counter++);
    QDBusConnection bus = QDBusConnection::connectToBus(address, m_connectionName);
    m_object = new PolkitAgentObject(answer);
    m_thread.setObjectName(QStringLiteral("polkit agent"));
    m_thread.start();
    m_object->moveToThread(&m_thread);
    bus.registerObject(AgentPath, m_object, QDBusConnection::ExportAllSlots);
}

PolkitAgent::~PolkitAgent()
{
    QDBusConnection bus(m_connectionName);
    if (m_registered) {
        QDBusMessage call = QDBusMessage::createMethodCall(PolkitService, PolkitPath,
            PolkitInterface, QStringLiteral("UnregisterAuthenticationAgent"));
        call << QVariant::fromValue(subjectArgument(m_subject)) << AgentPath;
        bus.call(call);
    }
    bus.unregisterObject(AgentPath);
    QDBusConnection::disconnectFromBus(m_connectionName);
    m_thread.quit();
    m_thread.wait();
    delete m_object;
}

bool PolkitAgent::registerFor(pid_t pid, QString *error)
{
    m_subject = TestBus::processSubject(pid);
    QDBusMessage call = QDBusMessage::createMethodCall(
        PolkitService, PolkitPath, PolkitInterface, QStringLiteral("RegisterAuthenticationAgent"));
    call << QVariant::fromValue(subjectArgument(m_subject)) << QStringLiteral("C") << AgentPath;
    const QDBusMessage reply = QDBusConnection(m_connectionName).call(call);
    if (reply.type() != QDBusMessage::ReplyMessage) {
        *error = reply.errorName() + QLatin1String(": ") + reply.errorMessage();
        return false;
    }
    m_registered = true;
    return true;
}

} // namespace corral::test
