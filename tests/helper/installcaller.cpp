// corral-test-install FILE: opens FILE itself and calls the helper's Install with that
// descriptor on the system bus, as an unprivileged client does (busctl, gdbus and
// dbus-send cannot pass a descriptor). tst_helper runs it as its unprivileged user.
// Prints the reply; on a D-Bus error prints "Error NAME: message" on stderr, exits 1;
// exits 3 when it cannot open FILE.
#include "helper/dbustypes.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusUnixFileDescriptor>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: corral-test-install FILE\n", stderr);
        return 2;
    }
    QFile file(QFile::decodeName(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot open %s: %s\n", argv[1], qPrintable(file.errorString()));
        return 3;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(corral::dbus::ServiceName,
        corral::dbus::ObjectPath, corral::dbus::InterfaceName, QStringLiteral("Install"));
    call << QVariant::fromValue(QDBusUnixFileDescriptor(file.handle())) << QVariantMap();
    const QDBusMessage reply = QDBusConnection::systemBus().call(call, QDBus::Block, 120000);
    if (reply.type() != QDBusMessage::ReplyMessage) {
        std::fprintf(stderr, "Error %s: %s\n", qPrintable(reply.errorName()),
            qPrintable(reply.errorMessage()));
        return 1;
    }
    for (const QVariant &argument : reply.arguments())
        std::printf("%s\n", qPrintable(argument.toString()));
    return 0;
}
