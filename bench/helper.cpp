// bench-helper: what a change through the helper costs. Starts a private system bus with
// the real polkitd and corral-helper (the tests' fixture), installs the example snaps,
// allows the unprivileged test user by a polkit rule, and then, as that user, times
//   - a bare D-Bus round trip to the helper (org.freedesktop.DBus.Peer.Ping),
//   - a bare polkit CheckAuthorization of the caller's own bus name (what the helper asks),
//   - Connect photobooth:camera, which also regenerates photobooth's profiles,
//   - ListSnaps, a read answered from the helper's memory.
// Prints medians and the ratio of a Connect to a CheckAuthorization (target: at most 3).
// Needs root. Usage: bench-helper [ROUNDS]
#include "bench/benchsnaps.h"
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
#include <QList>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using corral::bench::median;

namespace {

QDBusMessage helperCall(const QString &method, const QVariantList &arguments = {})
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        corral::dbus::ServiceName, corral::dbus::ObjectPath, corral::dbus::InterfaceName, method);
    call.setArguments(arguments);
    return call;
}

// One kind of call the client times.
struct Probe
{
    const char *what;
    QDBusMessage call;
    QList<double> times;
};

// The measuring half, run as the unprivileged user. Each round makes every kind of call
// once, in turn, so that the machine's ups and downs fall on all of them alike and the
// ratios compare calls made at the same moments.
int client(int rounds)
{
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        std::fprintf(stderr, "cannot connect to the bus\n");
        return 1;
    }
    qDBusRegisterMetaType<QMap<QString, QString>>();
    const QString camera = QStringLiteral("photobooth:camera");
    QList<Probe> probes {
        { "bare D-Bus round trip (Peer.Ping to the helper)",
            QDBusMessage::createMethodCall(corral::dbus::ServiceName, corral::dbus::ObjectPath,
                QStringLiteral("org.freedesktop.DBus.Peer"), QStringLiteral("Ping")),
            {} },
        { "bare polkit CheckAuthorization (the helper's call, for this caller)",
            corral::checkAuthorizationCall(
                bus.baseService(), corral::dbus::ActionManageInterfaces, false),
            {} },
        { "Connect photobooth:camera (polkit + profiles regenerated)",
            helperCall(QStringLiteral("Connect"), { camera, QString() }), {} },
        { "Disconnect photobooth:camera (polkit + profiles regenerated)",
            helperCall(QStringLiteral("Disconnect"), { camera, QString(), false }), {} },
        { "ListSnaps (a read: no polkit)", helperCall(QStringLiteral("ListSnaps")), {} },
    };
    for (int round = 0; round < rounds; ++round) {
        for (Probe &probe : probes) {
            QElapsedTimer timer;
            timer.start();
            const QDBusMessage reply = bus.call(probe.call, QDBus::Block, 60000);
            probe.times << timer.nsecsElapsed() / 1e6;
            if (reply.type() == QDBusMessage::ErrorMessage) {
                std::fprintf(stderr, "bench-helper: %s: %s: %s\n",
                    qUtf8Printable(probe.call.member()), qUtf8Printable(reply.errorName()),
                    qUtf8Printable(reply.errorMessage()));
                return 1;
            }
        }
    }
    const double check = median(probes[1].times);
    std::printf(
        "| call (%d rounds, as an unprivileged caller) | median ms | × CheckAuthorization |\n"
        "|---|---:|---:|\n",
        rounds);
    for (const Probe &probe : std::as_const(probes)) {
        const double ms = median(probe.times);
        std::printf("| %s | %.3f | %.2f |\n", probe.what, ms, ms / check);
    }
    std::printf("\nConnect costs %.2f× a bare CheckAuthorization (target: at most 3×).\n",
        median(probes[2].times) / check);
    // The helper checks each profile text with apparmor_parser once; the medians are of
    // texts it has seen. The first connect of the run shows what a new text costs.
    std::printf("The first Connect of the run, whose profile text apparmor_parser had not "
                "checked yet: %.1f ms.\n",
        probes[2].times.constFirst());
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
