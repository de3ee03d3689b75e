// system-files: absolute, clean paths outside the home folder; everyone's files there,
// read-only unless listed in `write`.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

QByteArray configTool(const char *plugAttributes)
{
    return QByteArray(R"(name: config-tool
version: '1'
apps:
  tool:
    command: bin/tool
    plugs: [etc-app]
plugs:
  etc-app:
    interface: system-files
)") + plugAttributes;
}

class SystemFilesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pathsMustBeAbsoluteAndClean_data()
    {
        QTest::addColumn<QByteArray>("attributes");
        QTest::addColumn<QString>("problem");
        QTest::newRow("read and write lists")
            << QByteArray("    read: [/etc/app]\n    write: [/var/lib/app]\n") << QString();
        QTest::newRow("no paths") << QByteArray()
                                  << QStringLiteral("needs a \"read\" or \"write\" list of paths");
        QTest::newRow("a relative path") << QByteArray("    read: [etc/app]\n")
                                         << QStringLiteral("\"etc/app\" must be an absolute path");
        QTest::newRow("the root") << QByteArray("    write: [/]\n")
                                  << QStringLiteral("\"/\" is the whole system");
        QTest::newRow("a path in the home folder")
            << QByteArray("    read: [$HOME/.config]\n")
            << QStringLiteral("\"$HOME/.config\" must be an absolute path");
        QTest::newRow("$HOME in the middle")
            << QByteArray("    read: [/home/$HOME]\n")
            << QStringLiteral("\"/home/$HOME\" cannot use $HOME: ask for personal-files");
        QTest::newRow("an unclean path")
            << QByteArray("    read: [/etc//app/.]\n")
            << QStringLiteral("\"/etc//app/.\" is not clean: write \"/etc/app\"");
        QTest::newRow("a glob") << QByteArray("    read: [\"/etc/[a-z]*\"]\n")
                                << QStringLiteral("\"/etc/[a-z]*\" cannot contain \"*\"");
    }

    void pathsMustBeAbsoluteAndClean()
    {
        QFETCH(QByteArray, attributes);
        QFETCH(QString, problem);
        QCOMPARE(
            plugProblem(configTool(attributes.constData()).constData(), QStringLiteral("etc-app")),
            problem);
    }

    void waitsForAPerson()
    {
        QVERIFY(!TestConnection::toSystem(
            configTool("    read: [/etc/app]\n").constData(), QStringLiteral("etc-app"))
                     .autoConnects());
    }

    void grantsEachPathAndWhatIsBelowIt()
    {
        const Policy policy = TestConnection::toSystem(
            configTool("    read: [/etc/app]\n    write: [/var/lib/app]\n").constData(),
            QStringLiteral("etc-app"))
                                  .plugPolicy();
        QCOMPARE(fileRules(policy),
            (QStringList { QStringLiteral("/etc/app rk"), QStringLiteral("/etc/app/ rk"),
                QStringLiteral("/etc/app/** rk"), QStringLiteral("/var/lib/app rwlk"),
                QStringLiteral("/var/lib/app/ rwlk"), QStringLiteral("/var/lib/app/** rwlk") }));
    }
};

} // namespace

std::unique_ptr<QObject> systemFilesTest()
{
    return std::make_unique<SystemFilesTest>();
}

} // namespace corral::test

#include "system_files_test.moc"
