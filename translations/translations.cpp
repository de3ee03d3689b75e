#include "translations/translations.h"

#include <QLibraryInfo>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <utility>

namespace corral {
namespace {

// Where qt_add_translations puts the compiled catalogues among the resources
// (RESOURCE_PREFIX in translations/CMakeLists.txt).
constexpr auto CatalogueDirectory = QLatin1String(":/i18n");

// The translators installTranslations() installed last; the application owns them.
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

// Installs `catalogue` from `directory` in `language`; false when there is none.
bool install(QCoreApplication &app, const QLocale &language, const QString &catalogue,
    const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (!translator->load(language, catalogue, QStringLiteral("_"), directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
    return true;
}

} // namespace

void installTranslations(QCoreApplication &app)
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();

    // The person's languages in their order of preference. The first that is English (the
    // language of the source texts) or has a catalogue wins: QTranslator::load(QLocale)
    // alone would pass over English, having no catalogue for it, and pick the next one.
    for (const QString &name : QLocale().uiLanguages()) {
        const QLocale language(name);
        if (language.language() == QLocale::English || language.language() == QLocale::C)
            return;
        if (!install(app, language, QStringLiteral("corral"), CatalogueDirectory))
            continue;
        // Qt's own words in the same language, so that one screen speaks one language.
        install(app, language, QStringLiteral("qtbase"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        return;
    }
}

} // namespace corral
