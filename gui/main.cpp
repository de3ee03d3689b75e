// corral-permissions: see and change what installed snaps may use. The windows live in
// corral-permissions-core; here: the application, the command line, the window.
#include "client/client.h"
#include "gui/benchreport.h"
#include "gui/look.h"
#include "gui/mainwindow.h"
#include "gui/screenshot.h"
#include "gui/startoptions.h"
#include "translations/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

namespace {

void setNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("corral-permissions"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CORRAL_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral("corral.org"));
}

// Whether the command line only asks for help or the version, which need no display.
bool onlyAsksForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v"
            || argument == "--version" || argument == "-?")
            return true;
    }
    return false;
}

bool readCommandLine(const QCoreApplication &app, corral::gui::StartOptions *options)
{
    QCommandLineParser parser;
    corral::gui::addStartOptions(parser);
    parser.process(app);
    QString error;
    if (corral::gui::readStartOptions(parser, options, &error))
        return true;
    QTextStream(stderr) << "corral-permissions: " << error << Qt::endl;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    corral::gui::StartOptions options;
    if (onlyAsksForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        setNames();
        corral::installTranslations(app);
        return readCommandLine(app, &options) ? 0 : 2; // process() exits after the text
    }

    QApplication app(argc, argv);
    setNames();
    QGuiApplication::setDesktopFileName(QStringLiteral("corral-permissions"));
    corral::installTranslations(app);
    if (!readCommandLine(app, &options))
        return 2;

    corral::gui::ensureIconTheme();
    corral::client::Client client;
    corral::gui::MainWindow window(&client);
    corral::gui::installBenchReport(&window, &client); // only with CORRAL_BENCH_REPORT=1
    window.open(options);
    window.show();
    if (!options.screenshot.isEmpty())
        corral::gui::takeScreenshotWhenReady(&window, &client, options.screenshot);
    return app.exec();
}
