#include "tests/qml/testsnaps.h"

#include <QDBusMessage>
#include <QDBusUnixFileDescriptor>
#include <QFile>
#include <QFileInfo>
#include <QVariantMap>

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

} // namespace corral::test
