// hidraw: the system's slot offers every HID device; an app snap's slot names one, by
// node or by USB ids, and the device cgroup then allows that one only.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const tool = R"(name: keyboard-tool
version: '1'
apps:
  tool:
    command: bin/tool
    plugs: [hidraw]
)";

QByteArray gadget(const char *slotAttributes)
{
    return QByteArray(R"(name: board
version: '1'
type: gadget
slots:
  keyboard:
    interface: hidraw
)") + slotAttributes;
}

class HidrawTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slotNamesOneDevice_data()
    {
        QTest::addColumn<QByteArray>("attributes");
        QTest::addColumn<QString>("problem");
        QTest::newRow("a device node") << QByteArray("    path: /dev/hidraw3\n") << QString();
        QTest::newRow("a symlink with USB ids") << QByteArray(
            "    path: /dev/hidraw-keyboard\n    usb-vendor: 0x0483\n"
            "    usb-product: 0x5750\n") << QString();
        QTest::newRow("no path") << QByteArray()
                                 << QStringLiteral("needs a \"path\" attribute, like /dev/hidraw0");
        QTest::newRow("another device")
            << QByteArray("    path: /dev/sda\n")
            << QStringLiteral("\"/dev/sda\" is not a device node, like /dev/hidraw0");
        QTest::newRow("a device node with USB ids")
            << QByteArray("    path: /dev/hidraw0\n    usb-vendor: 1\n    usb-product: 2\n")
            << QStringLiteral("\"/dev/hidraw0\" is not a name for the device's symlink, like "
                              "/dev/hidraw-mydevice");
        QTest::newRow("a vendor id out of range")
            << QByteArray("    path: /dev/hidraw-x\n    usb-vendor: 0x10000\n    usb-product: 2\n")
            << QStringLiteral("\"usb-vendor\" must be a number from 0x0001 to 0xffff");
        QTest::newRow("a product id that is not a number")
            << QByteArray("    path: /dev/hidraw-x\n    usb-vendor: 1\n    usb-product: two\n")
            << QStringLiteral("\"usb-product\" must be a number from 0x0000 to 0xffff");
    }

    void slotNamesOneDevice()
    {
        QFETCH(QByteArray, attributes);
        QFETCH(QString, problem);
        QCOMPARE(
            slotProblem(gadget(attributes.constData()).constData(), QStringLiteral("keyboard")),
            problem);
    }

    void waitsForAPerson()
    {
        QVERIFY(!TestConnection::toSystem(tool, QStringLiteral("hidraw")).autoConnects());
    }

    void theSystemOffersEveryHidDevice()
    {
        const Policy policy = TestConnection::toSystem(tool, QStringLiteral("hidraw")).plugPolicy();
        expectFile(policy, "/dev/hidraw[0-9]* rwl");
        QCOMPARE(policy.devices.size(), 1);
        QCOMPARE(policy.devices[0].udevMatch,
            QStringLiteral("SUBSYSTEM==\"hidraw\", KERNEL==\"hidraw[0-9]*\""));
        QCOMPARE(policy.devices[0].major, -1); // allocated at run time
    }

    void aNamedNodeIsTheOnlyDevice()
    {
        const Policy policy = TestConnection::toSnap(tool, QStringLiteral("hidraw"),
            gadget("    path: /dev/hidraw3\n").constData(), QStringLiteral("keyboard"))
                                  .plugPolicy();
        QCOMPARE(fileRules(policy).filter(QStringLiteral("/dev/hidraw")),
            QStringList { QStringLiteral("/dev/hidraw3 rwl") });
        QCOMPARE(policy.devices.size(), 1);
        QCOMPARE(policy.devices[0].minor, 3);
        QCOMPARE(policy.devices[0].udevMatch,
            QStringLiteral("SUBSYSTEM==\"hidraw\", KERNEL==\"hidraw3\""));
    }

    void usbIdsSelectTheDevice()
    {
        const Policy policy = TestConnection::toSnap(tool, QStringLiteral("hidraw"),
            gadget("    path: /dev/hidraw-keyboard\n    usb-vendor: 0x0483\n"
                   "    usb-product: 0x5750\n")
                .constData(),
            QStringLiteral("keyboard"))
                                  .plugPolicy();
        QCOMPARE(policy.devices.size(), 1);
        QCOMPARE(policy.devices[0].udevMatch,
            QStringLiteral("SUBSYSTEM==\"hidraw\", ATTRS{idVendor}==\"0483\", "
                           "ATTRS{idProduct}==\"5750\""));
    }
};

} // namespace

std::unique_ptr<QObject> hidrawTest()
{
    return std::make_unique<HidrawTest>();
}

} // namespace corral::test

#include "hidraw_test.moc"
