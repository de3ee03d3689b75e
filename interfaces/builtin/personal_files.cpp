// personal-files: named files or folders in the person's home folder, hidden ones
// included (a program's settings, say), listed in the plug's `read` and `write`.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

namespace {

QString checkHomePath(const QString &path)
{
    if (!path.startsWith(QLatin1String("$HOME/")))
        return QStringLiteral("\"%1\" must start with \"$HOME/\"").arg(path);
    if (path.count(QLatin1String("$HOME")) > 1)
        return QStringLiteral("\"%1\" can use $HOME only at the start").arg(path);
    return checkPlainPath(path);
}

} // namespace

const InterfaceDefinition &personalFilesInterface()
{
    static const InterfaceDefinition definition {
        .id = "personal-files",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Use some files in your home folder"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
            "The app can use the files and folders of your home folder that it names, which "
            "may include hidden ones such as another program's settings."),
        .category = Category::Files,
        .sensitivity = Sensitivity::High,
        .slotProvider = SlotProvider::System,
        .implicitOnSystem = true,
        .sanitizePlug = sanitizeReadWriteLists<checkHomePath>,
        // Only the person's own files: a home folder may hold others' files, shared with them.
        .connectedPlugExtra = grantReadWriteLists<true>,
    };
    return definition;
}

} // namespace corral::builtin
