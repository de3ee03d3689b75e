// opengl: connects on its own; the DRM and NVIDIA device nodes, as files and devices.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const game = R"(name: game
version: '1'
apps:
  game:
    command: bin/game
    plugs: [opengl]
)";

class OpenglTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectsOnItsOwn()
    {
        QVERIFY(TestConnection::toSystem(game, QStringLiteral("opengl")).autoConnects());
    }

    void grantsTheGraphicsDevices()
    {
        const Policy policy = TestConnection::toSystem(game, QStringLiteral("opengl")).plugPolicy();
        expectFile(policy, "/dev/dri/card[0-9]* rwl");
        expectFile(policy, "/dev/dri/renderD[0-9]* rwl");
        expectFile(policy, "/dev/nvidia* rwl");
        QList<int> majors;
        for (const DeviceRule &device : policy.devices) {
            QCOMPARE(device.type, 'c');
            majors.append(device.major);
        }
        QCOMPARE(majors, (QList<int> { 226, 226, 195, 195, -1 }));
    }
};

} // namespace

std::unique_ptr<QObject> openglTest()
{
    return std::make_unique<OpenglTest>();
}

} // namespace corral::test

#include "opengl_test.moc"
