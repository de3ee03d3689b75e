// corral run <snap>.<app> [arguments…]: starts an app confined, exactly as its desktop
// file does, by executing the launcher in place of this process. The launcher decides
// everything; this command only finds it.
#include "app/clicommon.h"

#include "interfaces/dirs.h"

#include <QCommandLineParser>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace corral::cli {

int cmdRun(const QString &name, const QStringList &arguments)
{
    QCommandLineParser parser;
    // Everything after the app belongs to the app, options included.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addPositionalArgument(QStringLiteral("app"),
        tr("The app to run: <snap>.<app>, or <snap> for the app named like its snap."));
    parser.addPositionalArgument(
        QStringLiteral("arguments"), tr("Passed to the app."), QStringLiteral("[arguments…]"));
    int exitCode = 0;
    if (!parseCommand(parser, name, "Run an app inside its sandbox.", arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(name, tr("which app? Give <snap>.<app>"));

    // The installed launcher, below CORRAL_ROOT when one is set (the launcher itself only
    // honours a root-owned one).
    const QString launcher = dirs::rooted(QStringLiteral(CORRAL_LAUNCH_INSTALL_PATH));
    QList<QByteArray> storage { QFile::encodeName(launcher) };
    for (const QString &argument : positional)
        storage << argument.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    out().flush();
    err().flush();
    ::execv(argv.front(), argv.data());
    return fail(
        tr("cannot run %1: cannot execute %2: %3")
            .arg(positional.first(), launcher, QString::fromLocal8Bit(std::strerror(errno))));
}

} // namespace corral::cli
