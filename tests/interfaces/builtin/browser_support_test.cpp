// browser-support: connects on its own unless the browser asks to run its own sandbox,
// which brings privileges no ordinary app gets.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

QByteArray browser(const char *plugAttributes)
{
    return QByteArray(R"(name: browser
version: '1'
apps:
  browser:
    command: bin/browser
    plugs: [browser-sandbox]
plugs:
  browser-sandbox:
    interface: browser-support
)") + plugAttributes;
}

TestConnection connectBrowser(const char *plugAttributes)
{
    return TestConnection::toSystem(
        browser(plugAttributes).constData(), QStringLiteral("browser-sandbox"));
}

class BrowserSupportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allowSandboxMustBeABool_data()
    {
        QTest::addColumn<QByteArray>("attributes");
        QTest::addColumn<QString>("problem");
        QTest::newRow("without allow-sandbox") << QByteArray() << QString();
        QTest::newRow("allow-sandbox true") << QByteArray("    allow-sandbox: true\n") << QString();
        QTest::newRow("allow-sandbox a word")
            << QByteArray("    allow-sandbox: please\n")
            << QStringLiteral("\"allow-sandbox\" must be true or false");
        QTest::newRow("allow-sandbox a number") << QByteArray(
            "    allow-sandbox: 1\n") << QStringLiteral("\"allow-sandbox\" must be true or false");
    }

    void allowSandboxMustBeABool()
    {
        QFETCH(QByteArray, attributes);
        QFETCH(QString, problem);
        QCOMPARE(plugProblem(browser(attributes.constData()).constData(),
                     QStringLiteral("browser-sandbox")),
            problem);
    }

    void connectsOnItsOwnOnlyWithoutTheSandbox()
    {
        QVERIFY(connectBrowser("").autoConnects());
        QVERIFY(connectBrowser("    allow-sandbox: false\n").autoConnects());
        QVERIFY(!connectBrowser("    allow-sandbox: true\n").autoConnects());
    }

    void theSandboxBringsItsPrivileges()
    {
        const Policy plain = connectBrowser("").plugPolicy();
        expectFile(plain, "owner @{PROC}/@{pid}/oom_score_adj rwl");
        expectSeccomp(plain, "accept4");
        QVERIFY(!plain.seccomp.contains(QStringLiteral("chroot")));
        QVERIFY(!plain.apparmor.contains(QStringLiteral("capability sys_admin")));

        const Policy sandbox = connectBrowser("    allow-sandbox: true\n").plugPolicy();
        expectAppArmor(sandbox, "capability sys_admin");
        expectAppArmor(sandbox, "ptrace (trace) peer=snap.@{SNAP_NAME}.**");
        expectSeccomp(sandbox, "chroot");
        expectSeccomp(sandbox, "unshare");
        expectFile(sandbox, "owner @{PROC}/@{pid}/uid_map rwl");
    }
};

} // namespace

std::unique_ptr<QObject> browserSupportTest()
{
    return std::make_unique<BrowserSupportTest>();
}

} // namespace corral::test

#include "browser_support_test.moc"
