// The list of apps corral-notify told the person about: the names it accepts, the file it
// keeps across sessions, its bound, and what it does with a file it did not write.
#include "notify/toldlist.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using corral::notify::ToldList;

class TestToldList : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("state/corral/notified")); }
    QByteArray contents() const
    {
        QFile file(path());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    void writeFile(const QByteArray &content) const
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(path());
        QDir(m_dir.path()).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir.path()));
    }

    void appKeys_data()
    {
        QTest::addColumn<QString>("snap");
        QTest::addColumn<QString>("app");
        QTest::addColumn<QString>("key");
        QTest::newRow("an app of a snap is snap.app")
            << QStringLiteral("photobooth") << QStringLiteral("photobooth")
            << QStringLiteral("photobooth.photobooth");
        QTest::newRow("an app not told apart from the others is the snap")
            << QStringLiteral("probe") << QString() << QStringLiteral("probe");
        QTest::newRow("a hook is snap.hook.name")
            << QStringLiteral("probe") << QStringLiteral("hook.configure")
            << QStringLiteral("probe.hook.configure");
        QTest::newRow("app names may have capitals and dashes") << QStringLiteral(
            "my-snap") << QStringLiteral("Run-Me") << QStringLiteral("my-snap.Run-Me");
        QTest::newRow("a snap name with capitals is refused")
            << QStringLiteral("Probe") << QString() << QString();
        QTest::newRow(
            "a snap name starting with a dash is refused, so it never passes for an option")
            << QStringLiteral("-probe") << QString() << QString();
        QTest::newRow("a snap name of digits only is refused")
            << QStringLiteral("123") << QString() << QString();
        QTest::newRow("an empty snap name is refused")
            << QString() << QStringLiteral("app") << QString();
        QTest::newRow("a name with a newline is refused")
            << QStringLiteral("probe\nevil") << QString() << QString();
        QTest::newRow("a name longer than 40 is refused")
            << QString(41, QLatin1Char('a')) << QString() << QString();
        QTest::newRow("an app name with a slash is refused")
            << QStringLiteral("probe") << QStringLiteral("../probe") << QString();
        QTest::newRow("a hook without a name is refused")
            << QStringLiteral("probe") << QStringLiteral("hook.") << QString();
    }

    void appKeys()
    {
        QFETCH(QString, snap);
        QFETCH(QString, app);
        QFETCH(QString, key);
        QCOMPARE(corral::notify::appKey(snap, app), key);
        if (!key.isEmpty())
            QVERIFY(ToldList::isValidKey(key));
    }

    void rememberedAcrossInstances()
    {
        {
            ToldList list(path());
            QVERIFY(!list.contains(QStringLiteral("probe.probe")));
            QString error;
            QVERIFY2(list.add(QStringLiteral("probe.probe"), &error), qPrintable(error));
            QVERIFY(list.contains(QStringLiteral("probe.probe")));
        }
        QCOMPARE(contents(), QByteArray("probe.probe\n"));
        QCOMPARE(QFileInfo(path()).permissions() & (QFile::ReadOther | QFile::ReadGroup),
            QFile::Permissions());
        ToldList again(path());
        QVERIFY(again.contains(QStringLiteral("probe.probe")));
        QVERIFY(!again.contains(QStringLiteral("probe")));
    }

    void seesWhatAnotherSessionWrote()
    {
        ToldList mine(path());
        ToldList theirs(path());
        QVERIFY(theirs.add(QStringLiteral("hello.hello")));
        QVERIFY(!mine.contains(QStringLiteral("hello.hello")));
        mine.reload();
        QVERIFY(mine.contains(QStringLiteral("hello.hello")));
        // Adding keeps what the other wrote.
        QVERIFY(mine.add(QStringLiteral("probe.probe")));
        QCOMPARE(contents(), QByteArray("hello.hello\nprobe.probe\n"));
    }

    void boundedOldestForgotten()
    {
        ToldList list(path(), 3);
        for (const char *key : { "a1", "a2", "a3", "a4" })
            QVERIFY(list.add(QLatin1String(key)));
        QCOMPARE(list.keys(),
            (QStringList { QStringLiteral("a2"), QStringLiteral("a3"), QStringLiteral("a4") }));
        // Telling again makes a key the most recent, so it is forgotten last.
        QVERIFY(list.add(QStringLiteral("a2")));
        QVERIFY(list.add(QStringLiteral("a5")));
        QCOMPARE(list.keys(),
            (QStringList { QStringLiteral("a4"), QStringLiteral("a2"), QStringLiteral("a5") }));
        QCOMPARE(ToldList(path(), 3).keys(), list.keys());
    }

    void linesThatAreNotKeysAreSkipped()
    {
        QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
        writeFile("probe.probe\n\n  hello  \n../../etc\nBAD\nprobe.probe\n\xff\xfe\n-x\n");
        ToldList list(path());
        QCOMPARE(
            list.keys(), (QStringList { QStringLiteral("hello"), QStringLiteral("probe.probe") }));
    }

    void aFileThatCannotBeWrittenCostsOnlyRepetition()
    {
        // A directory where the file should be: writing fails, memory still knows.
        QVERIFY(QDir().mkpath(path()));
        ToldList list(path());
        QString error;
        QVERIFY(!list.add(QStringLiteral("probe.probe"), &error));
        QVERIFY2(error.startsWith(QLatin1String("cannot write ")), qPrintable(error));
        QVERIFY(list.contains(QStringLiteral("probe.probe")));
    }

    void defaultPathFollowsXdgStateHome()
    {
        const QByteArray saved = qgetenv("XDG_STATE_HOME");
        qputenv("XDG_STATE_HOME", "/somewhere/state");
        QCOMPARE(ToldList::defaultPath(), QStringLiteral("/somewhere/state/corral/notified"));
        // A relative path is invalid (XDG Base Directory Specification): the default applies.
        qputenv("XDG_STATE_HOME", "relative/state");
        QCOMPARE(ToldList::defaultPath(),
            QDir::homePath() + QLatin1String("/.local/state/corral/notified"));
        qunsetenv("XDG_STATE_HOME");
        QCOMPARE(ToldList::defaultPath(),
            QDir::homePath() + QLatin1String("/.local/state/corral/notified"));
        if (!saved.isNull())
            qputenv("XDG_STATE_HOME", saved);
    }
};

QTEST_GUILESS_MAIN(TestToldList)
#include "tst_toldlist.moc"
