// The corral CLI, run as a real process the way a person runs it.
#include "tests/common/temproot.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using corral::test::TempRoot;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// How a test runs corral. These tests have no helper: the changing commands get --direct
// (made in this process, as root) unless a test is about the way to the helper.
struct Caller
{
    bool direct = true;
    bool asNobody = false; // run as the user nobody, through setpriv
    QString systemBus; // DBUS_SYSTEM_BUS_ADDRESS, when set
    // The person's locale: LANG, and LANGUAGE when set (LC_ALL and LC_MESSAGES are unset, so
    // that the tests read the same whatever the locale of the person running them).
    QString lang = QStringLiteral("C.UTF-8");
    QString language;
};

bool isChangingCommand(const QString &command)
{
    static const QStringList changing { QStringLiteral("install"), QStringLiteral("remove"),
        QStringLiteral("revert"), QStringLiteral("connect"), QStringLiteral("disconnect") };
    return changing.contains(command);
}

Run runCorral(QStringList arguments, const Caller &caller = {})
{
    const bool help
        = arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"));
    if (caller.direct && !help && !arguments.isEmpty() && isChangingCommand(arguments.first()))
        arguments.insert(1, QStringLiteral("--direct"));
    QString program = QStringLiteral(CORRAL_CLI);
    if (caller.asNobody) {
        arguments = QStringList { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
            QStringLiteral("--clear-groups"), program }
            + arguments;
        program = QStringLiteral("setpriv");
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!caller.systemBus.isEmpty())
        environment.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), caller.systemBus);
    for (const char *variable : { "LC_ALL", "LC_MESSAGES", "LANGUAGE" })
        environment.remove(QLatin1String(variable));
    environment.insert(QStringLiteral("LANG"), caller.lang);
    if (!caller.language.isEmpty())
        environment.insert(QStringLiteral("LANGUAGE"), caller.language);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("corral did not finish normally");
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Every file below `root` with its contents, to show that a refused change changed nothing.
QMap<QString, QByteArray> filesBelow(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        files.insert(file.fileName(), file.open(QIODevice::ReadOnly) ? file.readAll() : "?");
    }
    return files;
}

// A bus of its own, with no helper on it: what a machine without Corral's helper has.
class BusWithoutHelper
{
public:
    BusWithoutHelper()
    {
        QFile config(m_dir.filePath(QStringLiteral("bus.conf")));
        if (!config.open(QIODevice::WriteOnly))
            return;
        config.write("<busconfig><type>session</type><listen>unix:path="
            + QFile::encodeName(m_dir.filePath(QStringLiteral("bus")))
            + "</listen><auth>EXTERNAL</auth><policy context=\"default\">"
              "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
              "<allow own=\"*\"/></policy></busconfig>\n");
        config.close();
        m_daemon.start(QStringLiteral("dbus-daemon"),
            { QStringLiteral("--nofork"), QStringLiteral("--print-address=1"),
                QStringLiteral("--config-file=") + config.fileName() });
        if (m_daemon.waitForReadyRead(10000))
            m_address = QString::fromUtf8(m_daemon.readLine().trimmed());
    }
    ~BusWithoutHelper()
    {
        m_daemon.terminate();
        m_daemon.waitForFinished();
    }
    QString address() const { return m_address; }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
};

// The commands `corral --help` lists, each with its summary.
QMap<QString, QString> commandSummaries(const QString &help)
{
    static const QRegularExpression line(
        QStringLiteral("^  ([a-z-]+) +(\\S.*)$"), QRegularExpression::MultilineOption);
    QMap<QString, QString> summaries;
    for (const QRegularExpressionMatch &match : line.globalMatch(help))
        summaries.insert(match.captured(1), match.captured(2));
    return summaries;
}

QString example(const char *name)
{
    return QStringLiteral(CORRAL_EXAMPLES_DIR "/") + QLatin1String(name) + QLatin1String(".snap");
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCommandHasHelp_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("corral --help lists the commands")
            << QStringList { QStringLiteral("--help") } << QStringLiteral("revert");
        QTest::newRow("corral help install shows install's options")
            << QStringList { QStringLiteral("help"), QStringLiteral("install") }
            << QStringLiteral("--dangerous");
        for (const char *command : { "install", "remove", "revert", "list", "info" }) {
            QTest::addRow("corral %s --help", command) << QStringList { QLatin1String(command),
                QStringLiteral("--help") } << QString::fromLatin1(command);
        }
        QTest::newRow("list --help offers --json") << QStringList { QStringLiteral("list"),
            QStringLiteral("--help") } << QStringLiteral("--json");
        for (const char *command : { "install", "remove", "revert", "connect", "disconnect" }) {
            QTest::addRow("corral %s --help offers --direct", command)
                << QStringList { QLatin1String(command), QStringLiteral("--help") }
                << QStringLiteral("--direct");
        }
    }
    void everyCommandHasHelp()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run run = runCorral(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(mentions), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("Usage:")), qPrintable(run.out));
        QCOMPARE(run.err, QString());
    }

    void badCommandLinesExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command at all") << QStringList() << QStringLiteral("Usage: corral");
        QTest::newRow("an unknown command")
            << QStringList { QStringLiteral("frobnicate") }
            << QStringLiteral("cannot run \"frobnicate\": unknown command");
        QTest::newRow("install without a path")
            << QStringList { QStringLiteral("install") }
            << QStringLiteral("cannot install: expected one PATH");
        QTest::newRow("install with an unknown option") << QStringList { QStringLiteral("install"),
            QStringLiteral("--bogus"), QStringLiteral("x") }
                                                        << QStringLiteral("Unknown option 'bogus'");
        QTest::newRow("list with an argument")
            << QStringList { QStringLiteral("list"), QStringLiteral("hello") }
            << QStringLiteral("cannot list: unexpected argument \"hello\"");
        QTest::newRow("remove two snaps at once")
            << QStringList { QStringLiteral("remove"), QStringLiteral("a"), QStringLiteral("b") }
            << QStringLiteral("cannot remove: expected one SNAP");
        QTest::newRow("info without a snap") << QStringList { QStringLiteral("info") }
                                             << QStringLiteral("expected at least one SNAP");
    }
    void badCommandLinesExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runCorral(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(run.out, QString());
    }

    // Debian does not generate the de_DE and fr_FR locales of the C library unless asked
    // to: Qt reads LANG and LANGUAGE itself, so corral follows them all the same, and says
    // nothing about the locale on stderr.
    void speaksThePersonsLanguage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("err");
        const QString german = QStringLiteral("de_DE.UTF-8");
        const QString french = QStringLiteral("fr_FR.UTF-8");
        const QStringList help { QStringLiteral("--help") };
        QTest::newRow("LANG=de_DE.UTF-8 corral --help is German")
            << help << german << QString() << 0
            << QStringLiteral("Aufruf: corral BEFEHL [OPTIONEN…]\n\n"
                              "Corral installiert Snaps und schließt sie in Sandboxen ein.\n")
            << QString();
        QTest::newRow("LANG=fr_FR.UTF-8 corral --help is French")
            << help << french << QString() << 0
            << QStringLiteral("Utilisation : corral COMMANDE [OPTIONS…]\n\n"
                              "Corral installe des snaps et les confine.\n")
            << QString();
        QTest::newRow("an unknown command, in German")
            << QStringList { QStringLiteral("frobnicate") } << german << QString() << 2 << QString()
            << QStringLiteral("Ausführen von „frobnicate“ nicht möglich: unbekannter Befehl\n"
                              "Aufruf: corral BEFEHL [OPTIONEN…]\n");
        QTest::newRow("install without a path, in French")
            << QStringList { QStringLiteral("install") } << french << QString() << 2 << QString()
            << QStringLiteral("installation impossible : un seul PATH attendu\n"
                              "Saisissez « corral install --help » pour voir l’utilisation.\n");
        QTest::newRow("the interfaces' labels and categories, in German")
            << QStringList { QStringLiteral("interfaces") } << german << QString() << 0
            << QStringLiteral("\ncamera Multimedia nein Ihre Kamera verwenden\n") << QString();
        QTest::newRow("the interfaces' labels and categories, in French")
            << QStringList { QStringLiteral("interfaces") } << french << QString() << 0
            << QStringLiteral("\ncamera Multimédia non Utiliser votre caméra\n") << QString();
        const QStringList camera { QStringLiteral("interface"), QStringLiteral("camera") };
        QTest::newRow("an interface's fields and sensitivity, in German")
            << camera << german << QString() << 0
            << QStringLiteral("Kategorie: Multimedia\nSensibilität: hoch\nAutomatisch: nein\n")
            << QString();
        QTest::newRow("an interface's fields and sensitivity, in French")
            << camera << french << QString() << 0
            << QStringLiteral("catégorie : Multimédia\nsensibilité : élevée\nautomatique : non\n")
            << QString();
        QTest::newRow("LANGUAGE=fr comes before LANG=de_DE.UTF-8")
            << help << german << QStringLiteral("fr") << 0
            << QStringLiteral("Utilisation : corral COMMANDE [OPTIONS…]\n") << QString();
        QTest::newRow("LANGUAGE=en:de keeps English, the first language asked for")
            << help << german << QStringLiteral("en:de") << 0
            << QStringLiteral("Usage: corral COMMAND [OPTIONS…]\n") << QString();
    }
    void speaksThePersonsLanguage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, lang);
        QFETCH(QString, language);
        QFETCH(int, exitCode);
        QFETCH(QString, out);
        QFETCH(QString, err);
        TempRoot root; // as root, corral may regenerate profiles before a command
        QVERIFY(root.isValid());
        const Run run = runCorral(arguments, { .lang = lang, .language = language });
        QCOMPARE(run.exitCode, exitCode);
        // Tables are compared with one space between columns.
        static const QRegularExpression columnGap(QStringLiteral(" {2,}"));
        QVERIFY2(QString(run.out).replace(columnGap, QStringLiteral(" ")).contains(out),
            qPrintable(run.out));
        QVERIFY2(err.isEmpty() ? run.err.isEmpty() : run.err.startsWith(err), qPrintable(run.err));
    }

    // The usage line and the headings of a command's help are Qt's words, from Qt's own
    // catalogue, in the same language as Corral's.
    void aCommandsHelpIsInOneLanguage()
    {
        const QString qtCatalogue
            = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
        if (!QFile::exists(qtCatalogue))
            QSKIP(qPrintable(qtCatalogue + QStringLiteral(" is not installed")));
        const Run run = runCorral({ QStringLiteral("install"), QStringLiteral("--help") },
            { .lang = QStringLiteral("de_DE.UTF-8") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QLatin1String("Aufruf: corral install [Optionen] PATH\n"
                                                  "Einen Snap als neue lokale Revision "
                                                  "installieren.\n\nOptionen:\n")),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("  -h, --help   Diese Hilfe anzeigen.\n")),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("\nArgumente:\n  PATH ")), qPrintable(run.out));
    }

    // The summaries are not tr() calls but texts in a table, looked up where they are shown:
    // `corral --help` and each command's own --help.
    void everyCommandsSummaryIsTranslated_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("German") << QStringLiteral("de_DE.UTF-8");
        QTest::newRow("French") << QStringLiteral("fr_FR.UTF-8");
    }
    void everyCommandsSummaryIsTranslated()
    {
        QFETCH(QString, lang);
        const QMap<QString, QString> english
            = commandSummaries(runCorral({ QStringLiteral("--help") }).out);
        const QMap<QString, QString> translated
            = commandSummaries(runCorral({ QStringLiteral("--help") }, { .lang = lang }).out);
        QVERIFY(english.size() >= 12);
        QCOMPARE(translated.keys(), english.keys()); // command names stay as they are
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            QVERIFY2(translated.value(it.key()) != it.value(), qPrintable(it.value()));
            const Run help = runCorral({ it.key(), QStringLiteral("--help") }, { .lang = lang });
            QCOMPARE(help.exitCode, 0);
            QCOMPARE(help.out.section(QLatin1Char('\n'), 1, 1), translated.value(it.key()));
        }
    }

    void installListInfoRevertRemove()
    {
        if (geteuid() != 0)
            QSKIP("installing snaps mounts squashfs images, which needs root");
        TempRoot root;
        QVERIFY(root.isValid());

        Run run = runCorral({ QStringLiteral("list") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("No snaps are installed")), qPrintable(run.out));

        for (const char *name : { "busybox-base", "hello", "photobooth" }) {
            run = runCorral({ QStringLiteral("install"), example(name) });
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QCOMPARE(run.out, QLatin1String(name) + QLatin1String(" x1 installed\n"));
        }

        run = runCorral({ QStringLiteral("list") });
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith(QLatin1String("Name")));
        QVERIFY2(lines[1].simplified() == QLatin1String("busybox-base 1.35 x1 - strict base"),
            qPrintable(lines[1]));
        QVERIFY2(lines[2].simplified() == QLatin1String("hello 1.0 x1 busybox-base strict -"),
            qPrintable(lines[2]));

        run = runCorral({ QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[2][QLatin1String("name")].toString(), QStringLiteral("photobooth"));
        QCOMPARE(list[2][QLatin1String("version")].toString(), QStringLiteral("2.3.1"));
        QCOMPARE(list[2][QLatin1String("base")].toString(), QStringLiteral("busybox-base"));
        QCOMPARE(list[2][QLatin1String("base-missing")].toBool(), false);

        run = runCorral({ QStringLiteral("info"), QStringLiteral("photobooth") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("title:"))
                && run.out.contains(QLatin1String("Photo Booth")),
            qPrintable(run.out));
        QVERIFY2(
            run.out.contains(QLatin1String("pictures         personal-files (read: $HOME/Pictures; "
                                           "write: $HOME/Pictures/Photo Booth)")),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(
                     QLatin1String("photos  content (content: photos; read: $SNAP_DATA/photos)")),
            qPrintable(run.out));

        run = runCorral(
            { QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("photobooth") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject info = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(info[QLatin1String("plugs")][QLatin1String("camera")][QLatin1String("interface")]
                     .toString(),
            QStringLiteral("camera"));
        QCOMPARE(info[QLatin1String("slots")][QLatin1String("photos")][QLatin1String("interface")]
                     .toString(),
            QStringLiteral("content"));
        QCOMPARE(
            info[QLatin1String("apps")][QLatin1String("share")][QLatin1String("slots")].toArray(),
            QJsonArray { QStringLiteral("photos") });

        run = runCorral({ QStringLiteral("info"), QStringLiteral("no-such-snap") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QLatin1String("cannot "))
                && run.err.contains(QLatin1String("no-such-snap")),
            qPrintable(run.err));

        run = runCorral({ QStringLiteral("revert"), QStringLiteral("hello") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QLatin1String("cannot revert \"hello\"")), qPrintable(run.err));

        run = runCorral({ QStringLiteral("install"), example("hello") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("hello x2 installed\n"));
        run = runCorral({ QStringLiteral("revert"), QStringLiteral("hello") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("hello reverted to x1\n"));

        run = runCorral({ QStringLiteral("remove"), QStringLiteral("busybox-base") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("hello"))
                && run.err.contains(QLatin1String("photobooth")),
            qPrintable(run.err));

        for (const char *name : { "hello", "photobooth", "busybox-base" }) {
            run = runCorral({ QStringLiteral("remove"), QLatin1String(name) });
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        run = runCorral({ QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(run.out.simplified(), QStringLiteral("[ ]"));
        QCOMPARE(root.mounts(), QStringList());
    }

    // What `corral list` and `corral info` show a person is in their language: the column
    // headings, the field names and words such as the confinement. Names from snap.yaml and
    // --json stay as they are, for scripts.
    void aSnapIsDescribedInThePersonsLanguage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("lines"); // with one space between columns
        const QString german = QStringLiteral("de_DE.UTF-8");
        const QString french = QStringLiteral("fr_FR.UTF-8");
        const QStringList list { QStringLiteral("list") };
        const QStringList info { QStringLiteral("info"), QStringLiteral("photobooth") };
        QTest::newRow("list in German")
            << list << german
            << QStringList { QStringLiteral("Name Version Rev. Basis Einschränkung Hinweise"),
                   QStringLiteral("busybox-base 1.35 x1 - streng base"),
                   QStringLiteral("photobooth 2.3.1 x1 busybox-base streng -") };
        QTest::newRow("info in German")
            << info << german
            << QStringList { QStringLiteral("Name: photobooth"),
                   QStringLiteral("Titel: Photo Booth"), QStringLiteral("Typ: app"),
                   QStringLiteral("Reifegrad: stabil"), QStringLiteral("Lizenz: GPL-3.0"),
                   QStringLiteral("Einschränkung: streng"), QStringLiteral("Beschreibung: |"),
                   QStringLiteral("Apps:"), QStringLiteral("Plugs:"),
                   QStringLiteral(" camera camera"), QStringLiteral("Slots:") };
        QTest::newRow("info in French")
            << info << french
            << QStringList { QStringLiteral("nom : photobooth"),
                   QStringLiteral("titre : Photo Booth"), QStringLiteral("maturité : stable"),
                   QStringLiteral("confinement : strict"), QStringLiteral("description : |"),
                   QStringLiteral("applications :"), QStringLiteral("plugs :"),
                   QStringLiteral("slots :") };
    }
    void aSnapIsDescribedInThePersonsLanguage()
    {
        if (geteuid() != 0)
            QSKIP("installing snaps mounts squashfs images, which needs root");
        QFETCH(QStringList, arguments);
        QFETCH(QString, lang);
        QFETCH(QStringList, lines);
        TempRoot root;
        QVERIFY(root.isValid());
        for (const char *name : { "busybox-base", "photobooth" })
            QCOMPARE(runCorral({ QStringLiteral("install"), example(name) }).exitCode, 0);

        const Run run = runCorral(arguments, { .lang = lang });
        QCOMPARE(run.exitCode, 0);
        static const QRegularExpression columnGap(QStringLiteral(" {2,}"));
        const QStringList shown
            = QString(run.out).replace(columnGap, QStringLiteral(" ")).split(QLatin1Char('\n'));
        for (const QString &line : lines)
            QVERIFY2(shown.contains(line), qPrintable(line + QStringLiteral(" in:\n") + run.out));

        const Run json = runCorral(
            { QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("photobooth") },
            { .lang = lang });
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(object[QLatin1String("confinement")].toString(), QStringLiteral("strict"));
        QCOMPARE(object[QLatin1String("grade")].toString(), QStringLiteral("stable"));
        for (const char *name : { "photobooth", "busybox-base" })
            QCOMPARE(runCorral({ QStringLiteral("remove"), QLatin1String(name) }).exitCode, 0);
        QCOMPARE(root.mounts(), QStringList());
    }

    void connectDisconnectAndProfiles()
    {
        if (geteuid() != 0)
            QSKIP("installing snaps mounts squashfs images, which needs root");
        TempRoot root;
        for (const char *name : { "busybox-base", "photobooth" })
            QCOMPARE(runCorral({ QStringLiteral("install"), example(name) }).exitCode, 0);

        // Installing auto-connected what the base declaration allows, and nothing else.
        Run run = runCorral({ QStringLiteral("connections"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        QStringList connected;
        for (const QJsonValue &entry : QJsonDocument::fromJson(run.out.toUtf8()).array())
            connected << entry[QLatin1String("plug")].toString();
        connected.sort();
        QCOMPARE(connected,
            (QStringList { QStringLiteral("photobooth:audio-playback"),
                QStringLiteral("photobooth:home"), QStringLiteral("photobooth:network"),
                QStringLiteral("photobooth:x11") }));
        // Its profiles exist already, and say nothing of the camera yet.
        run = runCorral({ QStringLiteral("debug"), QStringLiteral("profile"),
            QStringLiteral("snap.photobooth.photobooth") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("corral-launch-plan 1")));
        QVERIFY(!run.out.contains(QLatin1String("/dev/video")));

        run = runCorral({ QStringLiteral("connect"), QStringLiteral("photobooth:camera") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("photobooth:camera connected to system:camera\n"));
        run = runCorral({ QStringLiteral("debug"), QStringLiteral("profile"),
            QStringLiteral("snap.photobooth.photobooth") });
        QVERIFY(run.out.contains(QLatin1String("/dev/video[0-9]* rwl")));
        QVERIFY(run.out.contains(QLatin1String("device c 81 *")));

        run = runCorral({ QStringLiteral("connect"), QStringLiteral("photobooth:camera"),
            QStringLiteral("system:home") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("the plug is of interface \"camera\"")),
            qPrintable(run.err));
        run = runCorral({ QStringLiteral("connect"), QStringLiteral("photobooth") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(
            run.err.contains(QLatin1String("a plug is written snap:plug")), qPrintable(run.err));

        // Taking away an automatic connection is remembered, and survives a reinstall.
        run = runCorral({ QStringLiteral("disconnect"), QStringLiteral("photobooth:network") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(runCorral({ QStringLiteral("install"), example("photobooth") }).exitCode, 0);
        run = runCorral({ QStringLiteral("connections"), QStringLiteral("photobooth"),
            QStringLiteral("--all") });
        QVERIFY2(run.out.contains(QRegularExpression(
                     QStringLiteral("photobooth:network +system:network +disconnected by you"))),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(QRegularExpression(
                     QStringLiteral("photobooth:camera +system:camera +manual"))),
            qPrintable(run.out));
        run = runCorral({ QStringLiteral("disconnect"), QStringLiteral("--forget"),
            QStringLiteral("photobooth:network") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runCorral({ QStringLiteral("disconnect"), QStringLiteral("photobooth:network") });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err,
            QStringLiteral("cannot disconnect \"photobooth:network\": it is not connected\n"));

        run = runCorral({ QStringLiteral("interface"), QStringLiteral("camera") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("Use your camera")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("plugs: photobooth:camera")), qPrintable(run.out));

        // Removing the snap removes its connections and profiles.
        QCOMPARE(runCorral({ QStringLiteral("remove"), QStringLiteral("photobooth") }).exitCode, 0);
        run = runCorral({ QStringLiteral("connections"), QStringLiteral("--all") });
        QCOMPARE(run.out, QStringLiteral("No connections.\n"));
        run = runCorral({ QStringLiteral("debug"), QStringLiteral("profile"),
            QStringLiteral("snap.photobooth.photobooth") });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(
            runCorral({ QStringLiteral("remove"), QStringLiteral("busybox-base") }).exitCode, 0);
    }

    void usageErrorsAreFoundBeforeTheHelperIsAsked_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("connect with a plug that is not snap:plug")
            << QStringList { QStringLiteral("connect"), QStringLiteral("photobooth") }
            << QStringLiteral("a plug is written snap:plug");
        QTest::newRow("disconnect with a slot of three parts")
            << QStringList { QStringLiteral("disconnect"), QStringLiteral("photobooth:camera"),
                   QStringLiteral("a:b:c") }
            << QStringLiteral("cannot use slot \"a:b:c\"");
        QTest::newRow("install without a path")
            << QStringList { QStringLiteral("install") }
            << QStringLiteral("cannot install: expected one PATH");
        QTest::newRow("revert two snaps at once")
            << QStringList { QStringLiteral("revert"), QStringLiteral("a"), QStringLiteral("b") }
            << QStringLiteral("cannot revert: expected one SNAP");
    }
    void usageErrorsAreFoundBeforeTheHelperIsAsked()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runCorral(
            arguments, { .direct = false, .systemBus = QStringLiteral("unix:path=/nonexistent") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("helper")), qPrintable(run.err));
    }

    void directIsForRootOnly_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("install --direct as nobody")
            << QStringList { QStringLiteral("install"), example("hello") };
        QTest::newRow("remove --direct as nobody")
            << QStringList { QStringLiteral("remove"), QStringLiteral("hello") };
        QTest::newRow("revert --direct as nobody")
            << QStringList { QStringLiteral("revert"), QStringLiteral("hello") };
        QTest::newRow("connect --direct as nobody")
            << QStringList { QStringLiteral("connect"), QStringLiteral("photobooth:camera") };
        QTest::newRow("disconnect --direct as nobody")
            << QStringList { QStringLiteral("disconnect"), QStringLiteral("photobooth:network") };
    }
    void directIsForRootOnly()
    {
        QFETCH(QStringList, arguments);
        if (geteuid() != 0)
            QSKIP("running corral as another user needs root");
        TempRoot root;
        const QMap<QString, QByteArray> before = filesBelow(root.path());
        const Run run = runCorral(arguments, { .asNobody = true });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("cannot %1 with --direct: permission denied")
                                        .arg(arguments.first())),
            qPrintable(run.err));
        QCOMPARE(run.out, QString());
        QCOMPARE(filesBelow(root.path()), before);
    }

    void withoutTheHelperAChangeSaysSoAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("install") << QStringList { QStringLiteral("install"), example("hello") };
        QTest::newRow("remove") << QStringList { QStringLiteral("remove"),
            QStringLiteral("photobooth") };
        QTest::newRow("revert") << QStringList { QStringLiteral("revert"),
            QStringLiteral("photobooth") };
        QTest::newRow("connect") << QStringList { QStringLiteral("connect"),
            QStringLiteral("photobooth:camera") };
        QTest::newRow("disconnect --forget") << QStringList { QStringLiteral("disconnect"),
            QStringLiteral("--forget"), QStringLiteral("photobooth:network") };
    }
    void withoutTheHelperAChangeSaysSoAndChangesNothing()
    {
        QFETCH(QStringList, arguments);
        if (geteuid() != 0)
            QSKIP("installing snaps mounts squashfs images, which needs root");
        TempRoot root;
        for (const char *name : { "busybox-base", "photobooth", "photobooth" })
            QCOMPARE(runCorral({ QStringLiteral("install"), example(name) }).exitCode, 0);
        const QMap<QString, QByteArray> files = filesBelow(root.path());
        const QStringList mounts = root.mounts();
        BusWithoutHelper bus;
        QVERIFY(!bus.address().isEmpty());
        // No system bus at all, and a bus on which nothing answers for the helper.
        for (const QString &address : { QStringLiteral("unix:path=/nonexistent"), bus.address() }) {
            const Run run = runCorral(arguments, { .direct = false, .systemBus = address });
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.startsWith(QLatin1String(
                         "cannot reach Corral's helper (org.corral.Manager1) on the system bus: ")),
                qPrintable(run.err));
            QVERIFY2(run.err.endsWith(QLatin1String("; as root, --direct works without it\n")),
                qPrintable(run.err));
            QCOMPARE(run.out, QString());
        }
        QCOMPARE(filesBelow(root.path()), files);
        QCOMPARE(root.mounts(), mounts);
    }

    void aDirectoryIsInstalledOnlyWithDirect_data()
    {
        QTest::addColumn<bool>("dangerous");
        QTest::newRow("with --dangerous") << true;
        QTest::newRow("without --dangerous") << false;
    }
    void aDirectoryIsInstalledOnlyWithDirect()
    {
        QFETCH(bool, dangerous);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QStringList arguments { QStringLiteral("install"), directory.path() };
        if (dangerous)
            arguments.insert(1, QStringLiteral("--dangerous"));
        const Run run = runCorral(
            arguments, { .direct = false, .systemBus = QStringLiteral("unix:path=/nonexistent") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("Corral's helper installs only .snap files")),
            qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("\"corral install --direct --dangerous ")
                     + directory.path() + QLatin1Char('"')),
            qPrintable(run.err));
        QCOMPARE(run.out, QString());
    }

    void aSnapTheCallerCannotReadIsNotSent()
    {
        if (geteuid() != 0)
            QSKIP("running corral as another user needs root");
        TempRoot root;
        QFile secret(root.filePath(QStringLiteral("secret.snap")));
        QVERIFY(QFile::copy(example("hello"), secret.fileName()));
        QVERIFY(secret.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        const Run run = runCorral({ QStringLiteral("install"), secret.fileName() },
            { .direct = false,
                .asNobody = true,
                .systemBus = QStringLiteral("unix:path=/nonexistent") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QLatin1String("cannot install \"secret.snap\": ")),
            qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("helper")), qPrintable(run.err));
    }

    void aBadSnapFileIsAnErrorOnStderr()
    {
        if (geteuid() != 0)
            QSKIP("installing snaps needs root");
        TempRoot root;
        QFile junk(root.filePath(QStringLiteral("junk.snap")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(8192, 'x'));
        junk.close();
        const Run run = runCorral({ QStringLiteral("install"), junk.fileName() });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QLatin1String("cannot install")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("squashfs")), qPrintable(run.err));
        QCOMPARE(run.out, QString());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
