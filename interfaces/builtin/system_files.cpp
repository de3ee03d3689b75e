// system-files: named files or folders outside the home folder, listed in the plug's
// `read` and `write`.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

namespace {

QString checkSystemPath(const QString &path)
{
    if (!path.startsWith(u'/'))
        return QStringLiteral("\"%1\" must be an absolute path").arg(path);
    if (path.contains(QLatin1String("$HOME")))
        return QStringLiteral("\"%1\" cannot use $HOME: ask for personal-files").arg(path);
    if (path == QLatin1String("/"))
        return QStringLiteral("\"/\" is the whole system");
    return checkPlainPath(path);
}

} // namespace

const InterfaceDefinition &systemFilesInterface()
{
    static const InterfaceDefinition definition {
        .id = "system-files",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Use some system files"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
            "The app can use the system files and folders that it names, outside your home "
            "folder, such as configuration in /etc."),
        .category = Category::Files,
        .sensitivity = Sensitivity::High,
        .slotProvider = SlotProvider::System,
        .implicitOnSystem = true,
        .sanitizePlug = sanitizeReadWriteLists<checkSystemPath>,
        .connectedPlugExtra = grantReadWriteLists<false>,
    };
    return definition;
}

} // namespace corral::builtin
