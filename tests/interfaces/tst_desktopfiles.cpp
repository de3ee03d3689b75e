// Tests interfaces/desktopfiles.cpp: what a snap's .desktop file becomes when Corral
// exports it, and which files are refused.
#include "interfaces/desktopfiles.h"

#include <QTest>

using namespace corral;

namespace {

const QString launcher = QStringLiteral("/usr/libexec/corral/corral-launch");
const QString desktopPath = QStringLiteral("photobooth.snap/meta/gui/photobooth.desktop");

DesktopContext photobooth()
{
    DesktopContext context;
    context.snap = QStringLiteral("photobooth");
    context.title = QStringLiteral("Photo Booth");
    context.apps = { QStringLiteral("photobooth"), QStringLiteral("share") };
    context.launcher = launcher;
    context.snapMountDir = QStringLiteral("/snap");
    context.snapIcon = QStringLiteral("/snap/photobooth/current/meta/gui/icon.svg");
    return context;
}

QByteArray withExec(const QByteArray &exec)
{
    return "[Desktop Entry]\nName=Photo Booth\nExec=" + exec + "\n";
}

// The Exec line of the exported file, or the problem.
QString exportedExec(const QByteArray &content)
{
    const DesktopFileResult result
        = rewriteDesktopFile(content, desktopPath, photobooth(), QStringLiteral("photobooth"));
    if (!result.ok())
        return result.problems.constFirst().toString();
    for (const QByteArray &line : result.text.split('\n')) {
        if (line.startsWith("Exec="))
            return QString::fromUtf8(line.mid(5));
    }
    return QString();
}

} // namespace

class TestDesktopFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void execRunsTheLauncher_data();
    void execRunsTheLauncher();
    void refused_data();
    void refused();
    void onlyKnownKeysOfTheDesktopEntryAreKept();
    void icon_data();
    void icon();
    void generated_data();
    void generated();
    void exportedFileName();
};

void TestDesktopFiles::execRunsTheLauncher_data()
{
    QTest::addColumn<QByteArray>("exec");
    QTest::addColumn<QString>("expected");
    const QString prefix = launcher + QLatin1String(" photobooth.photobooth");
    QTest::newRow("the app's own name, with %U kept")
        << QByteArray("photobooth %U") << prefix + QLatin1String(" %U");
    QTest::newRow("the snap-qualified name, with %f kept")
        << QByteArray("photobooth.photobooth %f") << prefix + QLatin1String(" %f");
    QTest::newRow("%F and %u are kept too")
        << QByteArray("photobooth --open %u") << prefix + QLatin1String(" --open %u");
    QTest::newRow("a plain command without arguments") << QByteArray("photobooth") << prefix;
    QTest::newRow("a quoted argument with a space stays one argument")
        << QByteArray("photobooth \"--title=My Photos\" %F")
        << prefix + QLatin1String(" \"--title=My Photos\" %F");
    QTest::newRow("a literal backslash is four backslashes in quotes")
        << QByteArray("photobooth \"a\\\\\\\\b\"") << prefix + QLatin1String(" \"a\\\\\\\\b\"");
    QTest::newRow("a dollar stays escaped and quoted")
        << QByteArray("photobooth \"\\\\$HOME\"") << prefix + QLatin1String(" \"\\\\$HOME\"");
    QTest::newRow("an unquoted reserved character is quoted")
        << QByteArray("photobooth a;b") << prefix + QLatin1String(" \"a;b\"");
    QTest::newRow("a literal percent stays doubled")
        << QByteArray("photobooth 100%%") << prefix + QLatin1String(" 100%%");
    QTest::newRow("%i %c %k and deprecated field codes are dropped")
        << QByteArray("photobooth %i %c %k %d %m %U") << prefix + QLatin1String(" %U");
    QTest::newRow("\\s separates arguments like a space")
        << QByteArray("photobooth\\s--fullscreen") << prefix + QLatin1String(" --fullscreen");
}

void TestDesktopFiles::execRunsTheLauncher()
{
    QFETCH(QByteArray, exec);
    QFETCH(QString, expected);
    QCOMPARE(exportedExec(withExec(exec)), expected);
}

void TestDesktopFiles::refused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    const auto at = [](int line, const char *why) {
        return QStringLiteral("%1:%2: cannot export desktop file: %3")
            .arg(desktopPath)
            .arg(line)
            .arg(QString::fromUtf8(why));
    };
    QTest::newRow("Exec of another app of the snap") << withExec(
        "share %U") << at(3, "Exec runs the app \"share\", but this file is for \"photobooth\"");
    QTest::newRow("Exec of another app, snap-qualified")
        << withExec("photobooth.share")
        << at(3, "Exec runs the app \"share\", but this file is for \"photobooth\"");
    QTest::newRow("Exec of an absolute path")
        << withExec("/usr/bin/photobooth %U")
        << at(3,
               "Exec must start with the app \"photobooth\" (or \"photobooth.photobooth\"), not "
               "\"/usr/bin/photobooth\"");
    QTest::newRow("Exec of a shell")
        << withExec("sh -c \"photobooth; rm -rf ~\"")
        << at(3,
               "Exec must start with the app \"photobooth\" (or \"photobooth.photobooth\"), not "
               "\"sh\"");
    QTest::newRow("Exec through snap run")
        << withExec("snap run photobooth")
        << at(3,
               "Exec must start with the app \"photobooth\" (or \"photobooth.photobooth\"), not "
               "\"snap\"");
    QTest::newRow("an empty Exec")
        << withExec("")
        << at(3,
               "Exec must start with the app \"photobooth\" (or \"photobooth.photobooth\"), not "
               "\"\"");
    QTest::newRow("an unterminated quote")
        << withExec("photobooth \"open") << at(3, "Exec has an unterminated quote");
    QTest::newRow("a field code inside an argument")
        << withExec("photobooth --file=%f")
        << at(3, "Exec argument \"--file=%f\" has a field code that does not stand alone");
    QTest::newRow("two file field codes")
        << withExec("photobooth %f %U") << at(3, "Exec has more than one of %f, %F, %u and %U");
    QTest::newRow("an unknown field code")
        << withExec("photobooth %x") << at(3, "Exec has an unknown field code %x");
    QTest::newRow("a control character in Exec")
        << withExec("photobooth\\n--evil") << at(3, "Exec contains a control character");
    QTest::newRow("a type other than Application")
        << QByteArray("[Desktop Entry]\nName=x\nExec=photobooth\n\nType=Link\n")
        << at(5, "Type is \"Link\"; only Application is exported");
    QTest::newRow("a boolean that is not true or false")
        << QByteArray("[Desktop Entry]\nName=x\nExec=photobooth\nTerminal=yes\n")
        << at(4, "Terminal must be true or false");
    QTest::newRow("no Name") << QByteArray("# hi\n[Desktop Entry]\nExec=photobooth\n")
                             << at(2, "[Desktop Entry] has no Name");
    QTest::newRow("no Exec") << QByteArray("[Desktop Entry]\nName=x\n")
                             << at(1, "[Desktop Entry] has no Exec");
    QTest::newRow("another group first")
        << QByteArray("[Desktop Action x]\nExec=photobooth\n[Desktop Entry]\n")
        << at(1, "the first group must be [Desktop Entry]");
    QTest::newRow("a key twice") << QByteArray(
        "[Desktop Entry]\nName=x\nExec=photobooth\nExec=sh\n")
                                 << at(4, "key \"Exec\" appears twice");
    QTest::newRow("an entry before any group")
        << QByteArray("Exec=sh\n[Desktop Entry]\n") << at(1, "an entry comes before any group");
    QTest::newRow("a line that is no entry")
        << QByteArray("[Desktop Entry]\nName=x\nExec photobooth\n")
        << at(3, "expected a key=value line");
    QTest::newRow("a NUL byte") << (QByteArray("[Desktop Entry]\nName=x\nComment=a") + '\0'
        + "b\nExec=photobooth\n")
                                << at(3, "it contains a NUL byte");
    QTest::newRow("invalid UTF-8")
        << QByteArray("[Desktop Entry]\nName=x\nExec=photobooth\nComment=\xff\xfe\n")
        << at(4, "it is not valid UTF-8");
    QTest::newRow("an overlong UTF-8 sequence")
        << QByteArray("[Desktop Entry]\nName=\xc0\xaf\nExec=photobooth\n")
        << at(2, "it is not valid UTF-8");
    QByteArray huge = withExec("photobooth") + "Comment=";
    huge += QByteArray(maxDesktopFileSize, 'x');
    QTest::newRow("a file larger than 64 KiB")
        << huge
        << QStringLiteral("%1: cannot export desktop file: it has %2 bytes, more than the 65536 "
                          "allowed")
               .arg(desktopPath)
               .arg(huge.size());
    QTest::newRow("no Desktop Entry at all")
        << QByteArray("# nothing\n")
        << QStringLiteral("%1: cannot export desktop file: it has no [Desktop Entry] group")
               .arg(desktopPath);
}

void TestDesktopFiles::refused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const DesktopFileResult result
        = rewriteDesktopFile(content, desktopPath, photobooth(), QStringLiteral("photobooth"));
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.constFirst().toString(), expected);
    QVERIFY(result.text.isEmpty());
}

void TestDesktopFiles::onlyKnownKeysOfTheDesktopEntryAreKept()
{
    const QByteArray content = "# A comment\n"
                               "[Desktop Entry]\n"
                               "Version=1.5\n"
                               "Type=Application\n"
                               "Name=Photo Booth\n"
                               "Name[de]=Fotokabine\n"
                               "Name[sr@latin]=Foto\n"
                               "Name[de_DE.UTF-8@euro]=Fotokabine\n"
                               "GenericName = Camera\n"
                               "Comment[fr]=Prenez des photos\n"
                               "TryExec=/bin/sh\n"
                               "Exec=photobooth %U\n"
                               "Exec[de]=/bin/sh\n"
                               "Icon[de]=/etc/shadow\n"
                               "Categories=Graphics;Photography;\n"
                               "Keywords[de]=Foto;Kamera;\n"
                               "MimeType=image/png;\n"
                               "StartupWMClass=photobooth\n"
                               "Terminal=false\n"
                               "NoDisplay=false\n"
                               "Hidden=false\n"
                               "DBusActivatable=true\n"
                               "X-GNOME-Autostart=true\n"
                               "Actions=new;\n"
                               "\n"
                               "[Desktop Action new]\n"
                               "Name=New\n"
                               "Exec=/bin/sh -c evil\n";
    const DesktopFileResult result
        = rewriteDesktopFile(content, desktopPath, photobooth(), QStringLiteral("photobooth"));
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
    QCOMPARE(QString::fromUtf8(result.text),
        QStringLiteral("[Desktop Entry]\n"
                       "Type=Application\n"
                       "Name=Photo Booth\n"
                       "Name[de]=Fotokabine\n"
                       "Name[sr@latin]=Foto\n"
                       "Name[de_DE.UTF-8@euro]=Fotokabine\n"
                       "GenericName=Camera\n"
                       "Comment[fr]=Prenez des photos\n"
                       "Exec=%1 photobooth.photobooth %U\n"
                       "Categories=Graphics;Photography;\n"
                       "Keywords[de]=Foto;Kamera;\n"
                       "MimeType=image/png;\n"
                       "StartupWMClass=photobooth\n"
                       "Terminal=false\n"
                       "NoDisplay=false\n"
                       "Icon=/snap/photobooth/current/meta/gui/icon.svg\n")
            .arg(launcher));
}

void TestDesktopFiles::icon_data()
{
    QTest::addColumn<QByteArray>("iconLine");
    QTest::addColumn<bool>("snapHasIcon");
    QTest::addColumn<QString>("expected");
    const QString snapIcon = QStringLiteral("/snap/photobooth/current/meta/gui/icon.svg");
    QTest::newRow("the app's own icon inside the snap via ${SNAP}")
        << QByteArray("Icon=${SNAP}/share/icons/booth.png\n") << true
        << QStringLiteral("/snap/photobooth/current/share/icons/booth.png");
    QTest::newRow("the app's own icon inside the snap via $SNAP") << QByteArray(
        "Icon=$SNAP/booth.png\n") << false << QStringLiteral("/snap/photobooth/current/booth.png");
    QTest::newRow("an icon that climbs out of the snap is replaced by the snap's")
        << QByteArray("Icon=${SNAP}/../../etc/icon.png\n") << true << snapIcon;
    QTest::newRow("an absolute path is replaced by the snap's icon")
        << QByteArray("Icon=/usr/share/icons/x.png\n") << true << snapIcon;
    QTest::newRow("a theme icon name is replaced by the snap's icon")
        << QByteArray("Icon=firefox\n") << true << snapIcon;
    QTest::newRow("no icon key gets the snap's icon") << QByteArray() << true << snapIcon;
    QTest::newRow("no icon key and no snap icon gets the generic one")
        << QByteArray() << false << QStringLiteral("application-x-executable");
    QTest::newRow("a foreign icon and no snap icon gets the generic one")
        << QByteArray("Icon=firefox\n") << false << QStringLiteral("application-x-executable");
}

void TestDesktopFiles::icon()
{
    QFETCH(QByteArray, iconLine);
    QFETCH(bool, snapHasIcon);
    QFETCH(QString, expected);
    DesktopContext context = photobooth();
    if (!snapHasIcon)
        context.snapIcon.clear();
    const DesktopFileResult result = rewriteDesktopFile(
        withExec("photobooth") + iconLine, desktopPath, context, QStringLiteral("photobooth"));
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
    const QList<QByteArray> lines = result.text.split('\n');
    QStringList icons;
    for (const QByteArray &line : lines) {
        if (line.startsWith("Icon"))
            icons << QString::fromUtf8(line);
    }
    QCOMPARE(icons, QStringList { QLatin1String("Icon=") + expected });
}

void TestDesktopFiles::generated_data()
{
    QTest::addColumn<QString>("app");
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("snapHasIcon");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the app named like its snap is called by the snap's title")
        << QStringLiteral("photobooth") << QStringLiteral("Photo Booth") << true
        << QStringLiteral("[Desktop Entry]\nType=Application\nName=Photo Booth\n"
                          "Exec=%1 photobooth.photobooth\n"
                          "Icon=/snap/photobooth/current/meta/gui/icon.svg\n")
               .arg(launcher);
    QTest::newRow("another app is called by the title and its name")
        << QStringLiteral("share") << QStringLiteral("Photo Booth") << false
        << QStringLiteral("[Desktop Entry]\nType=Application\nName=Photo Booth (share)\n"
                          "Exec=%1 photobooth.share\nIcon=application-x-executable\n")
               .arg(launcher);
    QTest::newRow("without a title the snap's name is used")
        << QStringLiteral("share") << QString() << false
        << QStringLiteral("[Desktop Entry]\nType=Application\nName=photobooth (share)\n"
                          "Exec=%1 photobooth.share\nIcon=application-x-executable\n")
               .arg(launcher);
    QTest::newRow("a title with a backslash and a newline stays on one line")
        << QStringLiteral("photobooth") << QStringLiteral("A\\B\nC") << false
        << QStringLiteral("[Desktop Entry]\nType=Application\nName=A\\\\B\\nC\n"
                          "Exec=%1 photobooth.photobooth\nIcon=application-x-executable\n")
               .arg(launcher);
}

void TestDesktopFiles::generated()
{
    QFETCH(QString, app);
    QFETCH(QString, title);
    QFETCH(bool, snapHasIcon);
    QFETCH(QString, expected);
    DesktopContext context = photobooth();
    context.title = title;
    if (!snapHasIcon)
        context.snapIcon.clear();
    QCOMPARE(QString::fromUtf8(generateDesktopFile(context, app)), expected);
}

void TestDesktopFiles::exportedFileName()
{
    QCOMPARE(exportedDesktopFileName(QStringLiteral("photobooth"), QStringLiteral("share")),
        QStringLiteral("photobooth_share.desktop"));
}

QTEST_GUILESS_MAIN(TestDesktopFiles)
#include "tst_desktopfiles.moc"
