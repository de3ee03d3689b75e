// desktop-legacy: connects on its own; input methods and the accessibility bus.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const terminal = R"(name: terminal
version: '1'
apps:
  terminal:
    command: bin/terminal
    plugs: [desktop-legacy]
)";

class DesktopLegacyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectsOnItsOwn()
    {
        QVERIFY(
            TestConnection::toSystem(terminal, QStringLiteral("desktop-legacy")).autoConnects());
    }

    void grantsInputMethodsAndAccessibility()
    {
        const Policy policy
            = TestConnection::toSystem(terminal, QStringLiteral("desktop-legacy")).plugPolicy();
        expectAppArmor(policy, "peer=(addr=\"@/tmp/ibus/dbus-*\")");
        expectAppArmor(policy, "interface=org.fcitx.Fcitx.InputMethod");
        expectAppArmor(policy, "interface=org.a11y.Bus member=GetAddress");
        expectFile(policy, "owner @{HOME}/.config/ibus/bus/* r");
        expectFile(policy, "owner /run/user/[0-9]*/at-spi/bus* rwl");
    }
};

} // namespace

std::unique_ptr<QObject> desktopLegacyTest()
{
    return std::make_unique<DesktopLegacyTest>();
}

} // namespace corral::test

#include "desktop_legacy_test.moc"
