// home: connects on its own unless it asks to read all files; grants the owner's
// non-hidden files, never the hidden ones or other apps' data in ~/snap.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

QByteArray fileManager(const char *plugAttributes)
{
    return QByteArray(R"(name: files
version: '1'
apps:
  files:
    command: bin/files
    plugs: [home-files]
plugs:
  home-files:
    interface: home
)") + plugAttributes;
}

TestConnection connectHome(const char *plugAttributes)
{
    return TestConnection::toSystem(
        fileManager(plugAttributes).constData(), QStringLiteral("home-files"));
}

class HomeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readCanOnlyBeAll_data()
    {
        QTest::addColumn<QByteArray>("attributes");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no read") << QByteArray() << QString();
        QTest::newRow("read all") << QByteArray("    read: all\n") << QString();
        QTest::newRow("read something else")
            << QByteArray("    read: mine\n") << QStringLiteral("\"read\" can only be \"all\"");
        QTest::newRow("read a bool")
            << QByteArray("    read: yes\n") << QStringLiteral("\"read\" can only be \"all\"");
        QTest::newRow("read a list")
            << QByteArray("    read: [all]\n") << QStringLiteral("\"read\" can only be \"all\"");
    }

    void readCanOnlyBeAll()
    {
        QFETCH(QByteArray, attributes);
        QFETCH(QString, problem);
        QCOMPARE(plugProblem(
                     fileManager(attributes.constData()).constData(), QStringLiteral("home-files")),
            problem);
    }

    void connectsOnItsOwnUnlessItReadsAll()
    {
        QVERIFY(connectHome("").autoConnects());
        QVERIFY(!connectHome("    read: all\n").autoConnects());
    }

    void grantsTheOwnersNonHiddenFiles()
    {
        const Policy policy = connectHome("").plugPolicy();
        expectFile(policy, "owner @{HOME}/ r");
        expectFile(policy, "owner @{HOME}/[^.s]** rwlk");
        expectFile(policy, "owner @{HOME}/snap[^/]** rwlk");
        expectAppArmor(policy, "audit deny @{HOME}/bin/{,**} wl");
        for (const FileRule &rule : policy.files) {
            QVERIFY2(rule.ownerOnly, qPrintable(rule.pattern));
            QVERIFY2(
                !rule.pattern.startsWith(QLatin1String("@{HOME}/.")), qPrintable(rule.pattern));
            QVERIFY2(
                !rule.pattern.startsWith(QLatin1String("@{HOME}/snap/")), qPrintable(rule.pattern));
        }
    }

    void readAllAddsOtherOwnersFiles()
    {
        const Policy policy = connectHome("    read: all\n").plugPolicy();
        expectFile(policy, "owner @{HOME}/[^.s]** rwlk");
        expectFile(policy, "@{HOME}/[^.s]** r");
        expectFile(policy, "@{HOME}/ r");
    }
};

} // namespace

std::unique_ptr<QObject> homeTest()
{
    return std::make_unique<HomeTest>();
}

} // namespace corral::test

#include "home_test.moc"
