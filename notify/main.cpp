// corral-notify: runs in a person's session (started by the desktop from
// /etc/xdg/autostart) and shows a desktop notification the first time one of their apps is
// blocked by its confinement; clicking it opens Corral at that app. The work is the
// Notifier's; here: the application, the command line, the buses.
#include "notify/notifier.h"
#include "translations/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>

namespace {

constexpr const char *PermissionsCommandVariable = "CORRAL_PERMISSIONS_COMMAND";

bool connected(const QDBusConnection &bus, const QString &what)
{
    if (bus.isConnected())
        return true;
    const QString reason = bus.lastError().message();
    qCritical("%s",
        qUtf8Printable(QCoreApplication::translate("corral-notify", "cannot connect to the %1: %2")
                           .arg(what, reason.isEmpty() ? QStringLiteral("?") : reason)));
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("corral-notify"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CORRAL_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral("corral.org"));
    corral::installTranslations(app);
    // What it says goes to the session's log (the journal, ~/.xsession-errors).
    qSetMessagePattern(QStringLiteral("corral-notify: %{message}"));

    corral::notify::Notifier::Options options;
    if (qEnvironmentVariableIsSet(PermissionsCommandVariable))
        options.permissionsCommand = qEnvironmentVariable(PermissionsCommandVariable);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("corral-notify",
        "Shows a notification the first time confinement blocks one of your apps."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption commandOption(QStringLiteral("permissions-command"),
        QCoreApplication::translate("corral-notify",
            "What a click on a notification runs, with the app's name added (default: "
            "$CORRAL_PERMISSIONS_COMMAND, or corral-permissions)."),
        QStringLiteral("command"));
    parser.addOption(commandOption);
    parser.process(app);
    if (parser.isSet(commandOption))
        options.permissionsCommand = parser.value(commandOption);

    // Without either bus there is nothing to watch or no desktop to tell.
    const QDBusConnection system = QDBusConnection::systemBus();
    const QDBusConnection session = QDBusConnection::sessionBus();
    if (!connected(system, QCoreApplication::translate("corral-notify", "system bus"))
        || !connected(session, QCoreApplication::translate("corral-notify", "session bus")))
        return 1;

    corral::notify::Notifier notifier(system, session, options);
    notifier.start();
    return app.exec();
}
