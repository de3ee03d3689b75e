#include "tests/qml/testsnaps.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusUnixFileDescriptor>
#include <QFile>
#include <QFileInfo>
#include <QVariantMap>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace corral::test {

QString installTestSnap(HelperFixture &fixture, const QString &name)
{
    QFile file(QStringLiteral(CORRAL_QML_TEST_SNAPS "/%1.snap").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return file.fileName() + QLatin1String(": ") + file.errorString();
    QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.corral.Manager1"),
        QStringLiteral("/org/corral/Manager1"), QStringLiteral("org.corral.Manager1"),
        QStringLiteral("Install"));
    call.setArguments({ QVariant::fromValue(QDBusUnixFileDescriptor(file.handle())),
        QVariantMap { { QStringLiteral("name"), QFileInfo(file).fileName() } } });
    const QDBusMessage reply = fixture.bus().connection().call(call, QDBus::Block, 300000);
    if (reply.type() != QDBusMessage::ReplyMessage)
        return QStringLiteral("cannot install %1: %2").arg(name, reply.errorMessage());
    return QString();
}

QString connectSystemBusAsUser(uid_t uid, gid_t gid)
{
    if (::setegid(gid) != 0 || ::seteuid(uid) != 0) {
        const int error = errno;
        (void)::seteuid(0);
        (void)::setegid(0);
        return QStringLiteral("cannot become the test user: %1")
            .arg(QString::fromLocal8Bit(std::strerror(error)));
    }
    const bool connected = QDBusConnection::systemBus().isConnected();
    if (::seteuid(0) != 0 || ::setegid(0) != 0)
        qFatal("cannot become root again after connecting as the test user");
    if (!connected)
        return QStringLiteral("cannot connect to the test bus as the test user: %1")
            .arg(QDBusConnection::systemBus().lastError().message());
    return QString();
}

void useQuickTestEnvironment()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        qputenv("QT_QUICK_BACKEND", "software");
    qputenv("LC_ALL", "C.UTF-8");
    qunsetenv("LANGUAGE");
}

} // namespace corral::test
