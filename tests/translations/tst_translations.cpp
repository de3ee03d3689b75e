// The catalogues: complete for the sources as they are now, linked into programs, and loaded
// for the person's language.
#include "interfaces/interface.h"
#include "translations/translations.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "unfinished", or empty for a finished translation
    QStringList forms; // one translation, or each numerus form
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) { // of a <context>
            context = xml.readElementText();
            continue;
        }
        if (xml.name() != QLatin1String("message"))
            continue;
        Message message;
        message.context = context;
        message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (message.numerus) {
                    while (xml.readNextStartElement())
                        message.forms << xml.readElementText();
                } else {
                    message.forms << xml.readElementText();
                }
            } else {
                xml.skipCurrentElement();
            }
        }
        messages << message;
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// %1 … %99 and %n, each once however often it occurs.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?[1-9][0-9]?|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

// What is wrong with the translation of one message, or nothing.
QString problemOf(const Message &message)
{
    if (message.type == QLatin1String("unfinished"))
        return QStringLiteral("not translated yet");
    if (!message.type.isEmpty())
        return QStringLiteral("marked %1").arg(message.type);
    // German and French have two plural forms.
    if (message.numerus && message.forms.size() != 2)
        return QStringLiteral("%1 plural forms instead of 2").arg(message.forms.size());
    for (const QString &form : message.forms) {
        if (form.trimmed().isEmpty())
            return QStringLiteral("empty translation");
        if (placeholders(form) != placeholders(message.source))
            return QStringLiteral("placeholders differ in \"%1\"").arg(form);
    }
    return QString();
}

QStringList catalogueNames()
{
    return QDir(QStringLiteral(CORRAL_TRANSLATIONS_DIR))
        .entryList({ QStringLiteral("corral_*.ts") }, QDir::Files, QDir::Name);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // lupdate over the same sources, with the same options as translations/update, into
    // copies of the catalogues: what translations/update would make of them now.
    void initTestCase()
    {
        QVERIFY(m_updated.isValid());
        QStringList arguments { QLatin1Char('@') + QStringLiteral(CORRAL_LUPDATE_SOURCES) };
        arguments << QStringLiteral(CORRAL_LUPDATE_OPTIONS).split(QLatin1Char(' '));
        arguments << QStringLiteral("-ts");
        QVERIFY(!catalogueNames().isEmpty());
        for (const QString &name : catalogueNames()) {
            const QString copy = m_updated.filePath(name);
            QVERIFY(QFile::copy(QStringLiteral(CORRAL_TRANSLATIONS_DIR "/") + name, copy));
            arguments << copy;
        }
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(CORRAL_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(120000));
        m_lupdateOutput = QString::fromLocal8Bit(lupdate.readAll());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
            qPrintable(m_lupdateOutput));
    }

    // A warning of lupdate's about a source file ("Class 'x' lacks Q_OBJECT macro", "Cannot
    // invoke tr() like this") means a text filed under another context than the one the
    // program looks it up in: translated, and never shown translated.
    void lupdateFilesEveryTextUnderTheContextItIsLookedUpIn()
    {
        static const QRegularExpression warning(
            QStringLiteral("^\\S+:[0-9]+: .*$"), QRegularExpression::MultilineOption);
        QStringList warnings;
        for (const QRegularExpressionMatch &match : warning.globalMatch(m_lupdateOutput))
            warnings << match.captured();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    }

    void everyTextOfTheSourcesIsTranslated_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : catalogueNames())
            QTest::addRow("%s has a translation for every text", qPrintable(name)) << name;
    }
    void everyTextOfTheSourcesIsTranslated()
    {
        QFETCH(QString, name);
        QString error;
        const QList<Message> messages = readCatalogue(m_updated.filePath(name), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QStringList problems;
        for (const Message &message : messages) {
            const QString problem = problemOf(message);
            if (!problem.isEmpty())
                problems << QStringLiteral("  %1: \"%2\": %3")
                                .arg(message.context, message.source, problem);
        }
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("%1 of %2 texts need work (run translations/update, "
                                      "translate, commit):\n")
                           .arg(problems.size())
                           .arg(messages.size())
                + problems.mid(0, 40).join(QLatin1Char('\n'))
                + (problems.size() > 40 ? QStringLiteral("\n  …") : QString())));
    }

    // The catalogues of a static library reach a program only if their resources are linked
    // in, which nothing but a program that uses them shows.
    void theCompiledCataloguesAreLinkedIn_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &name : catalogueNames()) {
            const QString language = name.mid(7).chopped(3); // corral_<language>.ts
            QTest::addRow("%s", qPrintable(language)) << language;
        }
    }
    void theCompiledCataloguesAreLinkedIn()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/corral_") + language));
        QVERIFY(!translator.isEmpty());
        QCOMPARE(QLocale(translator.language()).language(), QLocale(language).language());
    }

    // What the CLI and the GUIs show of every interface comes out of the compiled catalogue
    // under the context interface.cpp looks it up in.
    void everyInterfaceIsDescribedInEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("French") << QStringLiteral("fr");
    }
    void everyInterfaceIsDescribedInEachLanguage()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/corral_") + language));
        QStringList missing;
        const auto check = [&](const char *text) {
            if (translator.translate("corral-interfaces", text).isEmpty())
                missing << QString::fromUtf8(text);
        };
        QVERIFY(corral::builtinInterfaces().size() > 40);
        for (const corral::InterfaceDefinition *definition : corral::builtinInterfaces()) {
            check(definition->label);
            check(definition->description);
        }
        for (const corral::Category category : { corral::Category::Files, corral::Category::Devices,
                 corral::Category::Network, corral::Category::Desktop, corral::Category::Multimedia,
                 corral::Category::Security, corral::Category::System }) {
            // No translator is installed here: categoryLabel() gives the source text.
            check(corral::categoryLabel(category).toUtf8().constData());
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void followsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("camera"); // the label of the camera interface
        QTest::addColumn<bool>("qtTranslated"); // Qt's own words too, where Qt has them
        QTest::newRow("German in Germany gets the German catalogue")
            << QStringLiteral("de_DE") << QStringLiteral("Ihre Kamera verwenden") << true;
        QTest::newRow("German in Austria gets it too")
            << QStringLiteral("de_AT") << QStringLiteral("Ihre Kamera verwenden") << true;
        QTest::newRow("French in France gets the French catalogue")
            << QStringLiteral("fr_FR") << QStringLiteral("Utiliser votre caméra") << true;
        QTest::newRow("French in Canada gets it too")
            << QStringLiteral("fr_CA") << QStringLiteral("Utiliser votre caméra") << true;
        // After the French rows: what they installed must be gone.
        QTest::newRow("English needs no catalogue")
            << QStringLiteral("en_GB") << QStringLiteral("Use your camera") << false;
        QTest::newRow("a language without a catalogue stays English")
            << QStringLiteral("ja_JP") << QStringLiteral("Use your camera") << false;
    }
    void followsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, camera);
        QFETCH(bool, qtTranslated);
        QLocale::setDefault(QLocale(locale));
        corral::installTranslations(*QCoreApplication::instance());
        QCOMPARE(QCoreApplication::translate("corral-interfaces", "Use your camera"), camera);
        // Kept out of lupdate's sight: a text of Qt's, not of Corral's.
        const char *context = "QCommandLineParser";
        const char *qtText = "Usage: %1";
        const QString qtWords = QCoreApplication::translate(context, qtText);
        if (!qtTranslated) {
            QCOMPARE(qtWords, QString::fromLatin1(qtText));
            return;
        }
        const QString qtCatalogue = QLibraryInfo::path(QLibraryInfo::TranslationsPath)
            + QStringLiteral("/qtbase_") + locale.left(2) + QStringLiteral(".qm");
        if (!QFile::exists(qtCatalogue))
            QSKIP(qPrintable(qtCatalogue + QStringLiteral(" is not installed")));
        QVERIFY2(qtWords != QLatin1String(qtText), qPrintable(qtWords));
    }
    void cleanupTestCase()
    {
        QLocale::setDefault(QLocale::c());
        corral::installTranslations(*QCoreApplication::instance());
    }

private:
    QTemporaryDir m_updated;
    QString m_lupdateOutput;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
