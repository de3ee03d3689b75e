// corral-settings [SNAP]: Corral's permissions page (the Corral.Permissions QML module)
// alone in a window, opened at SNAP when one is named.
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QUrl>

#include "translations/translations.h"

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("corral-settings"));
    QGuiApplication::setApplicationVersion(QStringLiteral(CORRAL_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("corral-settings"));
    corral::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QGuiApplication::translate(
        "corral-settings", "Shows and changes what Corral's apps may do."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("snap"),
        QGuiApplication::translate("corral-settings", "The app to show first."),
        QStringLiteral("[SNAP]"));
    parser.process(app);
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() > 1) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QGuiApplication::translate(
                "corral-settings", "cannot start: give at most one snap name, not %1")
                           .arg(arguments.size())));
        return 2;
    }

    QQmlApplicationEngine engine;
    // Where `make install` puts the module, when Qt does not look there itself.
    engine.addImportPath(QStringLiteral(CORRAL_QML_IMPORT_DIR));
    engine.setInitialProperties({ { QStringLiteral("initialSnap"), arguments.value(0) } });
    engine.loadData(QByteArrayLiteral("import Corral.Permissions\nSettingsWindow {}\n"),
        QUrl(QStringLiteral("qrc:/corral-settings/main.qml")));
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QGuiApplication::translate("corral-settings",
                "cannot start: the Corral.Permissions QML module does not load")));
        return 1;
    }
    return QGuiApplication::exec();
}
