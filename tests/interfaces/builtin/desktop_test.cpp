// desktop: connects on its own; fonts, themes, notifications and the portals.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const editor = R"(name: editor
version: '1'
apps:
  editor:
    command: bin/editor
    plugs: [desktop]
)";

class DesktopTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectsOnItsOwn()
    {
        QVERIFY(TestConnection::toSystem(editor, QStringLiteral("desktop")).autoConnects());
    }

    void grantsFontsNotificationsAndPortals()
    {
        const Policy policy
            = TestConnection::toSystem(editor, QStringLiteral("desktop")).plugPolicy();
        expectFile(policy, "/usr/share/fonts/** r");
        expectFile(policy, "owner @{HOME}/.config/user-dirs.dirs r");
        expectFile(policy, "/run/user/[0-9]*/doc/*/** rwl");
        expectFile(policy, "owner /run/user/[0-9]*/bus rwl");
        expectAppArmor(policy, "interface=org.freedesktop.Notifications member={GetCapabilities");
        expectAppArmor(policy, "path=/org/freedesktop/portal/{desktop,documents}{,/**}");
        QVERIFY(policy.seccomp.isEmpty());
    }
};

} // namespace

std::unique_ptr<QObject> desktopTest()
{
    return std::make_unique<DesktopTest>();
}

} // namespace corral::test

#include "desktop_test.moc"
