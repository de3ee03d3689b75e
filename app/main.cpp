#include "app/cli.h"
#include "translations/translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("corral"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CORRAL_VERSION));
    corral::installTranslations(app);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return corral::cli::run(arguments);
}
