// corral-helper: Corral's root helper on the system bus (org.corral.Manager1). Started by
// D-Bus activation (or systemd); leaves after a quiet minute.
#include "helper/manager.h"
#include "manager1adaptor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusError>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("corral-helper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CORRAL_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Corral's root helper: installs snaps, connects interfaces and writes "
                       "profiles for clients on the system bus, as polkit allows."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption idleOption(QStringLiteral("idle-timeout"),
        QStringLiteral("Leave after SECONDS without calls (0: never; default 60)."),
        QStringLiteral("SECONDS"), QStringLiteral("60"));
    parser.addOption(idleOption);
    parser.process(app);
    bool ok = false;
    const int idleTimeout = parser.value(idleOption).toInt(&ok);
    if (!ok || idleTimeout < 0) {
        std::fprintf(stderr, "corral-helper: --idle-timeout takes a number of seconds\n");
        return 2;
    }
    if (::geteuid() != 0) {
        std::fprintf(stderr, "corral-helper: must run as root\n");
        return 1;
    }
    corral::dbus::registerTypes();
    corral::enableSnapshotCache(); // this process lives on: keep parsed snap.yaml files
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        std::fprintf(stderr, "corral-helper: cannot connect to the system bus: %s\n",
            qUtf8Printable(bus.lastError().message()));
        return 1;
    }

    corral::Manager manager(bus, idleTimeout);
    new Manager1Adaptor(&manager);
    if (!bus.registerObject(corral::dbus::ObjectPath, &manager)) {
        std::fprintf(stderr, "corral-helper: cannot export %s: %s\n",
            qUtf8Printable(QString(corral::dbus::ObjectPath)),
            qUtf8Printable(bus.lastError().message()));
        return 1;
    }
    // The object is ready, and the state repaired, before the name is taken: no call
    // finds either missing.
    manager.recover();
    if (!bus.registerService(corral::dbus::ServiceName)) {
        std::fprintf(stderr, "corral-helper: cannot own %s: %s\n",
            qUtf8Printable(QString(corral::dbus::ServiceName)),
            qUtf8Printable(bus.lastError().message()));
        return 1;
    }
    QObject::connect(&manager, &corral::Manager::idle, &app, [&bus, &app] {
        // Giving up the name first: a call arriving now starts a new helper instead.
        bus.unregisterService(corral::dbus::ServiceName);
        app.quit();
    });
    manager.startDenialMonitor();
    manager.start();
    return app.exec();
}
