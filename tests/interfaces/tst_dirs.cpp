#include "interfaces/dirs.h"

#include <QDir>
#include <QTest>

using namespace corral;

class TestDirs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { qunsetenv("CORRAL_ROOT"); }

    void rootComesFromTheEnvironment_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unset means the real root") << QByteArray() << QStringLiteral("/");
        QTest::newRow("an absolute path is used as it is")
            << QByteArray("/tmp/r") << QStringLiteral("/tmp/r");
        QTest::newRow("trailing slashes and dots are cleaned")
            << QByteArray("/tmp/r/./x/..//") << QStringLiteral("/tmp/r");
        QTest::newRow("a relative path is made absolute")
            << QByteArray("rel") << QDir::currentPath() + QStringLiteral("/rel");
    }
    void rootComesFromTheEnvironment()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, expected);
        if (!value.isNull())
            qputenv("CORRAL_ROOT", value);
        QCOMPARE(dirs::root(), expected);
    }

    void everyPathIsBelowTheRoot_data()
    {
        QTest::addColumn<QByteArray>("root");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("real root") << QByteArray() << QString();
        QTest::newRow("temporary root")
            << QByteArray("/tmp/corral-t") << QStringLiteral("/tmp/corral-t");
    }
    void everyPathIsBelowTheRoot()
    {
        QFETCH(QByteArray, root);
        QFETCH(QString, prefix);
        if (!root.isNull())
            qputenv("CORRAL_ROOT", root);
        QCOMPARE(dirs::snapMountDir(), prefix + QStringLiteral(CORRAL_SNAP_MOUNT_DIR));
        QCOMPARE(dirs::snapMountPath(QStringLiteral("hello"), QStringLiteral("x1")),
            prefix + QStringLiteral(CORRAL_SNAP_MOUNT_DIR "/hello/x1"));
        QCOMPARE(dirs::stateFile(), prefix + QStringLiteral("/var/lib/corral/state.json"));
        QCOMPARE(dirs::systemKeyFile(), prefix + QStringLiteral("/var/lib/corral/system-key"));
        QCOMPARE(dirs::snapBlobPath(QStringLiteral("hello"), QStringLiteral("x2")),
            prefix + QStringLiteral("/var/lib/corral/snaps/hello_x2.snap"));
        QCOMPARE(dirs::apparmorDir(), prefix + QStringLiteral("/var/lib/corral/apparmor"));
        QCOMPARE(dirs::seccompDir(), prefix + QStringLiteral("/var/lib/corral/seccomp"));
        QCOMPARE(dirs::plansDir(), prefix + QStringLiteral("/var/lib/corral/plans"));
        QCOMPARE(dirs::snapDataPath(QStringLiteral("hello"), QStringLiteral("x1")),
            prefix + QStringLiteral("/var/snap/hello/x1"));
        QCOMPARE(dirs::udevRulesDir(), prefix + QStringLiteral("/etc/udev/rules.d"));
        QCOMPARE(dirs::namespaceDir(), prefix + QStringLiteral("/run/corral/ns"));
        QCOMPARE(dirs::lockDir(), prefix + QStringLiteral("/run/corral/lock"));
    }
};

QTEST_APPLESS_MAIN(TestDirs)
#include "tst_dirs.moc"
