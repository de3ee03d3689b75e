// screen-inhibit-control: connects on its own; only the inhibit calls.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const videoPlayer = R"(name: video-player
version: '1'
apps:
  player:
    command: bin/player
    plugs: [screen-inhibit-control]
)";

class ScreenInhibitControlTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectsOnItsOwn()
    {
        QVERIFY(TestConnection::toSystem(videoPlayer, QStringLiteral("screen-inhibit-control"))
                    .autoConnects());
    }

    void inhibitsTheScreenSaver()
    {
        const Policy policy
            = TestConnection::toSystem(videoPlayer, QStringLiteral("screen-inhibit-control"))
                  .plugPolicy();
        expectAppArmor(policy, "interface=org.gnome.SessionManager member={Inhibit,Uninhibit}");
        expectAppArmor(policy, "interface=org.freedesktop.ScreenSaver");
        QVERIFY(policy.seccomp.isEmpty());
        QVERIFY(policy.devices.isEmpty());
    }
};

} // namespace

std::unique_ptr<QObject> screenInhibitControlTest()
{
    return std::make_unique<ScreenInhibitControlTest>();
}

} // namespace corral::test

#include "screen_inhibit_control_test.moc"
