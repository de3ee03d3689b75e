// x11: connects on its own; the X server's abstract socket and authority cookie. An X
// server snap lets the plug's apps in by label.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const xterm = R"(name: xterm
version: '1'
apps:
  xterm:
    command: bin/xterm
    plugs: [x11]
)";

const char *const xserver = R"(name: xserver
version: '21'
apps:
  xorg:
    command: bin/Xorg
    daemon: simple
    slots: [x11]
)";

class X11Test : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectsOnItsOwn()
    {
        QVERIFY(TestConnection::toSystem(xterm, QStringLiteral("x11")).autoConnects());
    }

    void reachesTheServer()
    {
        const Policy policy = TestConnection::toSystem(xterm, QStringLiteral("x11")).plugPolicy();
        expectAppArmor(policy,
            "unix (connect, send, receive) type=stream "
            "peer=(addr=\"@/tmp/.X11-unix/X[0-9]*\")");
        expectFile(policy, "owner @{HOME}/.Xauthority r");
        expectSeccomp(policy, "socket AF_NETLINK - NETLINK_KOBJECT_UEVENT");
    }

    void aServerSnapLetsThePlugIn()
    {
        const TestConnection connection
            = TestConnection::toSnap(xterm, QStringLiteral("x11"), xserver, QStringLiteral("x11"));
        QCOMPARE(connection.problem(), QString());
        expectAppArmor(connection.slotPolicy(), "peer=(label=snap.xterm.xterm)");
        const Policy &server = findInterface(QStringLiteral("x11"))->permanentSlot;
        expectAppArmor(server, "unix (bind, listen, accept) type=stream");
        expectSeccomp(server, "listen");
    }
};

} // namespace

std::unique_ptr<QObject> x11Test()
{
    return std::make_unique<X11Test>();
}

} // namespace corral::test

#include "x11_test.moc"
