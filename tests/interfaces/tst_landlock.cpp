#include "interfaces/landlock.h"

#include <QTest>

using namespace corral;

namespace {

const LandlockContext context { QStringLiteral("hello"), QStringLiteral("x2") };

constexpr AccessFlags R = Access::Read;
constexpr AccessFlags RW = Access::Read | Access::Write;
constexpr AccessFlags RX = Access::Read | Access::Execute;

} // namespace

class TestLandlock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alternativesAreExpanded_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("expanded");
        QTest::newRow("a pattern without braces is itself")
            << QStringLiteral("/etc/hosts") << QStringList { QStringLiteral("/etc/hosts") };
        QTest::newRow("one group gives one path per alternative")
            << QStringLiteral("/dev/{null,zero}")
            << QStringList { QStringLiteral("/dev/null"), QStringLiteral("/dev/zero") };
        QTest::newRow("an empty alternative is kept") << QStringLiteral(
            "/{,usr/}bin") << QStringList { QStringLiteral("/bin"), QStringLiteral("/usr/bin") };
        QTest::newRow("two groups multiply")
            << QStringLiteral("/{,usr/}{,s}bin")
            << QStringList { QStringLiteral("/bin"), QStringLiteral("/sbin"),
                   QStringLiteral("/usr/bin"), QStringLiteral("/usr/sbin") };
        QTest::newRow("nested groups expand inside out")
            << QStringLiteral("/a/{b,c{d,e}}")
            << QStringList { QStringLiteral("/a/b"), QStringLiteral("/a/cd"),
                   QStringLiteral("/a/ce") };
    }
    void alternativesAreExpanded()
    {
        QFETCH(QString, pattern);
        QFETCH(QStringList, expanded);
        QCOMPARE(expandAlternatives(pattern), expanded);
    }

    void patternsBecomeTreeRules_data()
    {
        QTest::addColumn<QList<FileRule>>("files");
        QTest::addColumn<QList<LandlockRule>>("expected");
        QTest::newRow("exact files stay exact")
            << QList<FileRule> { { QStringLiteral("/dev/{null,zero}"), RW } }
            << QList<LandlockRule> { { QStringLiteral("rw"), QStringLiteral("/dev/null") },
                   { QStringLiteral("rw"), QStringLiteral("/dev/zero") } };
        QTest::newRow("a pattern is cut at its first glob")
            << QList<FileRule> { { QStringLiteral("/sys/devices/**/video4linux/**"), R } }
            << QList<LandlockRule> { { QStringLiteral("r"), QStringLiteral("/sys/devices") } };
        QTest::newRow("snap variables are resolved, per-user ones left to the launcher")
            << QList<FileRule> { { QStringLiteral("@{SNAP}/**"), RX },
                   { QStringLiteral("@{SNAP_DATA}/**"), RW },
                   { QStringLiteral("@{SNAP_USER_DATA}/**"), RW, true } }
            << QList<LandlockRule> { { QStringLiteral("rx"),
                                         QStringLiteral(CORRAL_SNAP_MOUNT_DIR "/hello/x2") },
                   { QStringLiteral("rw"), QStringLiteral("/var/snap/hello/x2") },
                   { QStringLiteral("rw"), QStringLiteral("$SNAP_USER_DATA") } };
        QTest::newRow("a glob directly below home stays a glob for the launcher")
            << QList<FileRule> { { QStringLiteral("@{HOME}/[^.]**"), RW } }
            << QList<LandlockRule> { { QStringLiteral("rw"), QStringLiteral("$HOME/[!.]*") } };
        QTest::newRow("a slash inside a class does not split the pattern")
            << QList<FileRule> { { QStringLiteral("@{HOME}/snap[^/]**"), RW } }
            << QList<LandlockRule> { { QStringLiteral("rw"), QStringLiteral("$HOME/snap[!/]*") } };
        QTest::newRow("a glob below home followed by more is never all of home")
            << QList<FileRule> { { QStringLiteral("@{HOME}/[^.]*/notes"), RW } }
            << QList<LandlockRule> {};
        QTest::newRow("a bare star directly below home stays a glob")
            << QList<FileRule> { { QStringLiteral("@{HOME}/*"), R } }
            << QList<LandlockRule> { { QStringLiteral("r"), QStringLiteral("$HOME/*") } };
        QTest::newRow("a directory itself is listed, not opened beneath")
            << QList<FileRule> { { QStringLiteral("@{HOME}/"), R } }
            << QList<LandlockRule> { { QStringLiteral("d"), QStringLiteral("$HOME") } };
        QTest::newRow("a double star below home asks for the whole home")
            << QList<FileRule> { { QStringLiteral("@{HOME}/**"), R } }
            << QList<LandlockRule> { { QStringLiteral("r"), QStringLiteral("$HOME") } };
        QTest::newRow("access to one path is merged") << QList<FileRule> {
            { QStringLiteral("/etc/**"), R }, { QStringLiteral("/etc/**"), Access::Write }
        } << QList<LandlockRule> { { QStringLiteral("rw"), QStringLiteral("/etc") } };
        QTest::newRow("a path inside one granted as much is dropped") << QList<FileRule> {
            { QStringLiteral("/usr/**"), RX }, { QStringLiteral("/usr/share/**"), R }
        } << QList<LandlockRule> { { QStringLiteral("rx"), QStringLiteral("/usr") } };
        QTest::newRow("a path inside one granted less is kept")
            << QList<FileRule> { { QStringLiteral("/usr/**"), R },
                   { QStringLiteral("/usr/share/**"), RW } }
            << QList<LandlockRule> { { QStringLiteral("r"), QStringLiteral("/usr") },
                   { QStringLiteral("rw"), QStringLiteral("/usr/share") } };
        QTest::newRow("lock alone grants nothing Landlock knows")
            << QList<FileRule> { { QStringLiteral("/run/lock/**"), Access::Lock } }
            << QList<LandlockRule> {};
        QTest::newRow("a glob at the root grants nothing")
            << QList<FileRule> { { QStringLiteral("/*"), R } } << QList<LandlockRule> {};
        QTest::newRow("a process id is a glob")
            << QList<FileRule> { { QStringLiteral("@{PROC}/@{pid}/status"), R } }
            << QList<LandlockRule> { { QStringLiteral("r"), QStringLiteral("/proc") } };
    }
    void patternsBecomeTreeRules()
    {
        QFETCH(QList<FileRule>, files);
        QFETCH(QList<LandlockRule>, expected);
        const QList<LandlockRule> rules = landlockRules(files, context);
        if (rules != expected) {
            for (const LandlockRule &rule : rules)
                qWarning("got: %s %s", qPrintable(rule.access), qPrintable(rule.path));
        }
        QCOMPARE(rules, expected);
    }
};

QTEST_APPLESS_MAIN(TestLandlock)
#include "tst_landlock.moc"
