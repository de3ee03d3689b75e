// unity7: connects on its own; global menus, tray icons and launcher entries.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const chat = R"(name: chat
version: '1'
apps:
  chat:
    command: bin/chat
    plugs: [unity7]
)";

class Unity7Test : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectsOnItsOwn()
    {
        QVERIFY(TestConnection::toSystem(chat, QStringLiteral("unity7")).autoConnects());
    }

    void integratesWithTheDesktopBars()
    {
        const Policy policy = TestConnection::toSystem(chat, QStringLiteral("unity7")).plugPolicy();
        expectAppArmor(policy, "interface=com.canonical.AppMenu.Registrar");
        expectAppArmor(policy, "member=RegisterStatusNotifierItem");
        expectAppArmor(policy, "interface=com.canonical.Unity.LauncherEntry");
    }
};

} // namespace

std::unique_ptr<QObject> unity7Test()
{
    return std::make_unique<Unity7Test>();
}

} // namespace corral::test

#include "unity7_test.moc"
