// wayland: connects on its own; the compositor's socket. A compositor snap gets the
// display and input devices.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const editor = R"(name: editor
version: '1'
apps:
  editor:
    command: bin/editor
    plugs: [wayland]
)";

class WaylandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectsOnItsOwn()
    {
        QVERIFY(TestConnection::toSystem(editor, QStringLiteral("wayland")).autoConnects());
    }

    void reachesTheCompositor()
    {
        const Policy policy
            = TestConnection::toSystem(editor, QStringLiteral("wayland")).plugPolicy();
        expectFile(policy, "owner /run/user/[0-9]*/wayland-[0-9]* rwl");
        QVERIFY(policy.devices.isEmpty());
    }

    void aCompositorSnapDrivesTheDisplay()
    {
        const Policy &compositor = findInterface(QStringLiteral("wayland"))->permanentSlot;
        expectFile(compositor, "/dev/dri/card[0-9]* rwl");
        expectSeccomp(compositor, "listen");
        QCOMPARE(compositor.devices.size(), 2);
        QCOMPARE(compositor.devices[0].major, 226);
        QCOMPARE(compositor.devices[1].major, 13);
    }
};

} // namespace

std::unique_ptr<QObject> waylandTest()
{
    return std::make_unique<WaylandTest>();
}

} // namespace corral::test

#include "wayland_test.moc"
