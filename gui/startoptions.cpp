#include "gui/startoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace corral::gui {

void addStartOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "corral-permissions", "See and change what your apps may use."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(QStringList { QStringLiteral("by-permission") },
        QCoreApplication::translate(
            "corral-permissions", "Open the view by permission, at INTERFACE when it is given.")));
    parser.addOption(QCommandLineOption(QStringList { QStringLiteral("denials") },
        QCoreApplication::translate(
            "corral-permissions", "Open the view of what was recently blocked.")));
    parser.addOption(QCommandLineOption(QStringList { QStringLiteral("screenshot") },
        QCoreApplication::translate("corral-permissions",
            "Save a picture of the window to FILE (PNG) once it shows what the helper said, "
            "and quit."),
        QStringLiteral("FILE")));
    parser.addPositionalArgument(QStringLiteral("SNAP"),
        QCoreApplication::translate("corral-permissions",
            "The app to show (with --by-permission: the permission, e.g. camera)."),
        QStringLiteral("[SNAP | INTERFACE]"));
}

bool readStartOptions(const QCommandLineParser &parser, StartOptions *options, QString *error)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        *error = QCoreApplication::translate(
            "corral-permissions", "cannot open %1 things at once: name one")
                     .arg(positional.size());
        return false;
    }
    *options = StartOptions();
    options->byPermission = parser.isSet(QStringLiteral("by-permission"));
    options->denials = parser.isSet(QStringLiteral("denials"));
    options->screenshot = parser.value(QStringLiteral("screenshot"));
    const QString name = positional.value(0);
    (options->byPermission ? options->interface : options->snap) = name;
    return true;
}

} // namespace corral::gui
