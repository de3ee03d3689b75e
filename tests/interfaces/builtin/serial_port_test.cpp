// serial-port: the system's slot offers the usual serial ports (ttyS as exact minors, its
// major being the virtual consoles' too); an app snap's slot names one port.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const terminal = R"(name: serial-terminal
version: '1'
apps:
  terminal:
    command: bin/terminal
    plugs: [serial-port]
)";

QByteArray board(const char *slotAttributes)
{
    return QByteArray(R"(name: board
version: '1'
type: gadget
slots:
  uart:
    interface: serial-port
)") + slotAttributes;
}

Policy policyWithBoard(const char *slotAttributes)
{
    return TestConnection::toSnap(terminal, QStringLiteral("serial-port"),
        board(slotAttributes).constData(), QStringLiteral("uart"))
        .plugPolicy();
}

class SerialPortTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slotNamesOnePort_data()
    {
        QTest::addColumn<QByteArray>("attributes");
        QTest::addColumn<QString>("problem");
        QTest::newRow("a USB adapter's node")
            << QByteArray("    path: /dev/ttyUSB0\n") << QString();
        QTest::newRow("an i.MX port") << QByteArray("    path: /dev/ttymxc2\n") << QString();
        QTest::newRow("a symlink with USB ids") << QByteArray(
            "    path: /dev/serial-port-arduino\n    usb-vendor: 0x2341\n"
            "    usb-product: 0x0043\n") << QString();
        QTest::newRow("no path") << QByteArray()
                                 << QStringLiteral("needs a \"path\" attribute, like /dev/ttyUSB0");
        QTest::newRow("a console")
            << QByteArray("    path: /dev/tty1\n")
            << QStringLiteral("\"/dev/tty1\" is not a device node, like /dev/ttyUSB0");
        QTest::newRow("a path that is not a string") << QByteArray("    path: [/dev/ttyS0]\n")
                                                     << QStringLiteral("\"path\" must be a string");
        QTest::newRow("a zero vendor id")
            << QByteArray("    path: /dev/serial-port-x\n    usb-vendor: 0\n    usb-product: 1\n")
            << QStringLiteral("\"usb-vendor\" must be a number from 0x0001 to 0xffff");
    }

    void slotNamesOnePort()
    {
        QFETCH(QByteArray, attributes);
        QFETCH(QString, problem);
        QCOMPARE(slotProblem(board(attributes.constData()).constData(), QStringLiteral("uart")),
            problem);
    }

    void waitsForAPerson()
    {
        QVERIFY(!TestConnection::toSystem(terminal, QStringLiteral("serial-port")).autoConnects());
    }

    void theSystemOffersTheUsualPorts()
    {
        const Policy policy
            = TestConnection::toSystem(terminal, QStringLiteral("serial-port")).plugPolicy();
        expectFile(policy, "/dev/ttyS[0-9]* rwl");
        expectFile(policy, "/dev/ttyUSB[0-9]* rwl");
        expectFile(policy, "/dev/ttyACM[0-9]* rwl");
        QCOMPARE(policy.devices.size(), 34);
        QCOMPARE(policy.devices.first().major, 4);
        QCOMPARE(policy.devices.first().minor, 64); // ttyS0; 0 to 63 are virtual consoles
        QCOMPARE(policy.devices.at(31).minor, 95);
        QCOMPARE(policy.devices.at(32).major, 188);
        QCOMPARE(policy.devices.at(33).major, 166);
    }

    void aNamedPortIsTheOnlyDevice_data()
    {
        QTest::addColumn<QByteArray>("attributes");
        QTest::addColumn<int>("major");
        QTest::addColumn<int>("minor");
        QTest::newRow("ttyS3 is 4:67") << QByteArray("    path: /dev/ttyS3\n") << 4 << 67;
        QTest::newRow("ttyUSB1 is 188:1") << QByteArray("    path: /dev/ttyUSB1\n") << 188 << 1;
        QTest::newRow("ttyACM0 is 166:0") << QByteArray("    path: /dev/ttyACM0\n") << 166 << 0;
        QTest::newRow("ttymxc2 is found by udev")
            << QByteArray("    path: /dev/ttymxc2\n") << -1 << -1;
    }

    void aNamedPortIsTheOnlyDevice()
    {
        QFETCH(QByteArray, attributes);
        QFETCH(int, major);
        QFETCH(int, minor);
        const Policy policy = policyWithBoard(attributes.constData());
        QCOMPARE(policy.devices.size(), 1);
        QCOMPARE(policy.devices[0].major, major);
        QCOMPARE(policy.devices[0].minor, minor);
        const QString path = policy.devices[0].nodePattern;
        QCOMPARE(fileRules(policy).filter(QStringLiteral("/dev/tty")),
            QStringList { path + QLatin1String(" rwl") });
    }

    void usbIdsSelectTheAdapter()
    {
        const Policy policy = policyWithBoard("    path: /dev/serial-port-arduino\n"
                                              "    usb-vendor: 0x2341\n    usb-product: 0x0043\n");
        QCOMPARE(policy.devices.size(), 1);
        QCOMPARE(policy.devices[0].udevMatch,
            QStringLiteral("SUBSYSTEM==\"tty\", SUBSYSTEMS==\"usb\", "
                           "ATTRS{idVendor}==\"2341\", ATTRS{idProduct}==\"0043\""));
        expectFile(policy, "\"/dev/tty{USB,ACM}[0-9]*\" rwl");
    }
};

} // namespace

std::unique_ptr<QObject> serialPortTest()
{
    return std::make_unique<SerialPortTest>();
}

} // namespace corral::test

#include "serial_port_test.moc"
