// bench-helper: what a change through the helper costs. Starts a private system bus with
// the real polkitd and corral-helper (the tests' fixture), installs the example snaps,
// allows the unprivileged test user by a polkit rule, and then, as that user, times
//   - a bare D-Bus round trip to the helper (org.freedesktop.DBus.Peer.Ping),
//   - a bare polkit CheckAuthorization of the caller's own bus name (what the helper asks),
//   - Connect photobooth:camera, which also regenerates photobooth's profiles,
//   - ListSnaps, a read answered from the helper's memory.
// Prints medians and the ratio of a Connect to a CheckAuthorization (target: at most 3).
// Needs root. Usage: bench-helper [ROUNDS]
#include "helper/authority.h"
#include "helper/dbustypes.h"
#include "tests/common/temproot.h"
#include "tests/common/testbus.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusUnixFileDescriptor>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QDBusMessage helperCall(const QString &method, const QVariantList &arguments = {})
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        corral::dbus::ServiceName, corral::dbus::ObjectPath, corral::dbus::InterfaceName, method);
    call.setArguments(arguments);
    return call;
}

// Times `rounds` calls made by `make` (which may alternate); nullopt-like -1 on an error.
double timeCalls(
    QDBusConnection &bus, int rounds, const std::function<QDBusMessage(int)> &make, QString *error)
{
    QList<double> times;
    for (int i = 0; i < rounds; ++i) {
        const QDBusMessage call = make(i);
        QElapsedTimer timer;
        timer.start();
        const QDBusMessage reply = bus.call(call, QDBus::Block, 60000);
        times << timer.nsecsElapsed() / 1e6;
        if (reply.type() == QDBusMessage::ErrorMessage) {
            *error = call.member() + QLatin1String(": ") + reply.errorName() + QLatin1String(": ")
                + reply.errorMessage();
            return -1;
        }
    }
    return median(times);
}

// The measuring half, run as the unprivileged user.
int client(int rounds)
{
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        std::fprintf(stderr, "cannot connect to the bus\n");
        return 1;
    }
    qDBusRegisterMetaType<QMap<QString, QString>>();
    QString error;
    const double ping = timeCalls(
        bus, rounds,
        [](int) {
            return QDBusMessage::createMethodCall(corral::dbus::ServiceName,
                corral::dbus::ObjectPath, QStringLiteral("org.freedesktop.DBus.Peer"),
                QStringLiteral("Ping"));
        },
        &error);
    const double check = ping < 0 ? -1
                                  : timeCalls(
                                      bus, rounds,
                                      [&](int) {
                                          return corral::checkAuthorizationCall(bus.baseService(),
                                              corral::dbus::ActionManageInterfaces, false);
                                      },
                                      &error);
    // Connect and disconnect alternate; only the connects are the figure asked for, but
    // both are timed the same way.
    QList<double> connects;
    QList<double> disconnects;
    for (int i = 0; check >= 0 && error.isEmpty() && i < rounds; ++i) {
        for (const bool connect : { true, false }) {
            const QDBusMessage call = connect
                ? helperCall(
                    QStringLiteral("Connect"), { QStringLiteral("photobooth:camera"), QString() })
                : helperCall(QStringLiteral("Disconnect"),
                    { QStringLiteral("photobooth:camera"), QString(), false });
            QElapsedTimer timer;
            timer.start();
            const QDBusMessage reply = bus.call(call, QDBus::Block, 60000);
            (connect ? connects : disconnects) << timer.nsecsElapsed() / 1e6;
            if (reply.type() == QDBusMessage::ErrorMessage)
                error = reply.errorName() + QLatin1String(": ") + reply.errorMessage();
        }
    }
    const double list = error.isEmpty()
        ? timeCalls(
            bus, rounds, [](int) { return helperCall(QStringLiteral("ListSnaps")); }, &error)
        : -1;
    if (!error.isEmpty()) {
        std::fprintf(stderr, "bench-helper: %s\n", qUtf8Printable(error));
        return 1;
    }
    const double connect = median(connects);
    std::printf("| call (median of %d, as an unprivileged caller) | ms | × CheckAuthorization |\n"
                "|---|---:|---:|\n",
        rounds);
    const auto row = [&](const char *what, double ms) {
        std::printf("| %s | %.3f | %.2f |\n", what, ms, ms / check);
    };
    row("bare D-Bus round trip (Peer.Ping to the helper)", ping);
    row("bare polkit CheckAuthorization", check);
    row("Connect photobooth:camera (polkit + profiles regenerated)", connect);
    row("Disconnect photobooth:camera", median(disconnects));
    row("ListSnaps (read, no polkit)", list);
    std::printf(
        "\nConnect costs %.2f× a bare CheckAuthorization (target: at most 3×).\n", connect / check);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    corral::dbus::registerTypes();
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.value(0) == QLatin1String("--client"))
        return client(arguments.value(1).toInt());
    const int rounds = arguments.isEmpty() ? 200 : arguments.constFirst().toInt();
    if (rounds < 1) {
        std::fprintf(stderr, "usage: bench-helper [ROUNDS]\n");
        return 2;
    }
    if (::geteuid() != 0) {
        std::fprintf(
            stderr, "bench-helper: needs root (it starts a bus, polkitd and the helper)\n");
        return 1;
    }

    corral::test::TempRoot root;
    corral::test::TestBus::Options options;
    options.busPolicies = { QStringLiteral(CORRAL_HELPER_BUS_POLICY) };
    options.polkitActions = QStringLiteral(CORRAL_HELPER_POLKIT_ACTIONS);
    options.helper = QStringLiteral(CORRAL_HELPER);
    corral::test::TestBus bus(options);
    if (!root.isValid() || !bus.start()
        || !bus.startHelper(root.path(), corral::dbus::ServiceName)) {
        std::fprintf(stderr, "bench-helper: %s\n", qUtf8Printable(bus.errorString()));
        return 1;
    }
    QDBusConnection connection = bus.connection();
    for (const char *snap : { "busybox-base", "hello", "photobooth" }) {
        QFile file(QStringLiteral(CORRAL_EXAMPLES_DIR "/%1.snap").arg(QLatin1String(snap)));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bench-helper: cannot open %s\n", qUtf8Printable(file.fileName()));
            return 1;
        }
        const QDBusMessage reply = connection.call(
            helperCall(QStringLiteral("Install"),
                { QVariant::fromValue(QDBusUnixFileDescriptor(file.handle())), QVariantMap {} }),
            QDBus::Block, 120000);
        if (reply.type() == QDBusMessage::ErrorMessage) {
            std::fprintf(stderr, "bench-helper: install %s: %s\n", snap,
                qUtf8Printable(reply.errorMessage()));
            return 1;
        }
    }
    if (!bus.setRules(QStringLiteral(
            "polkit.addRule(function(action, subject) {\n"
            "  if (action.id == \"org.corral.manage-interfaces\" && subject.user == \"%1\")\n"
            "    return polkit.Result.YES;\n"
            "});\n")
                          .arg(corral::test::TestBus::userName()))) {
        std::fprintf(stderr, "bench-helper: %s\n", qUtf8Printable(bus.errorString()));
        return 1;
    }
    const corral::test::CommandResult run = bus.runAsUser(QCoreApplication::applicationFilePath(),
        { QStringLiteral("--client"), QString::number(rounds) }, 30 * 60 * 1000);
    QTextStream(stdout) << run.out;
    QTextStream(stderr) << run.err;
    bus.clearRules();
    return run.finished && run.exitCode == 0 ? 0 : 1;
}
