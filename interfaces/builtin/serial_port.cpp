// serial-port: serial ports, built in or USB adapters. The system's slot offers all of
// them; a slot an app snap offers names one port.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

namespace {

QString sanitizeSlot(SlotInfo &slot)
{
    return sanitizeDeviceSlot(slot.attributes,
        {
            .nodePattern = "^/dev/tty(mxc|[A-Z]{1,6})[0-9]{1,3}$",
            .nodeExample = "/dev/ttyUSB0",
            .symlinkPattern = "^/dev/serial-port-[a-z0-9]+$",
            .symlinkExample = "/dev/serial-port-mydevice",
        });
}

// The device cgroup entry of one named port, where its numbers are fixed.
DeviceRule namedPort(const QString &path)
{
    struct Family
    {
        QLatin1String prefix;
        int major;
        int firstMinor;
    };
    static constexpr Family families[] = {
        { QLatin1String("ttyS"), 4, 64 },
        { QLatin1String("ttyUSB"), 188, 0 },
        { QLatin1String("ttyACM"), 166, 0 },
    };
    const QString kernel = path.section(u'/', -1);
    DeviceRule rule { .udevMatch = QStringLiteral("SUBSYSTEM==\"tty\", KERNEL==\"%1\"").arg(kernel),
        .nodePattern = path };
    for (const Family &family : families) {
        bool isNumber = false;
        const int number = kernel.mid(family.prefix.size()).toInt(&isNumber);
        if (kernel.startsWith(family.prefix) && isNumber) {
            rule.major = family.major;
            rule.minor = family.firstMinor + number;
        }
    }
    return rule;
}

void plugExtra(const ConnectedPlug &, const ConnectedSlot &slot, Policy &policy)
{
    const Attributes &attributes = slot.slot.attributes;
    if (isSystemSnap(slot.snap)) {
        // ttyS shares its major with the virtual consoles: allow the serial minors only.
        policy += Policy{
            .files = files({
                "/dev/ttyS[0-9]* rw",
                "/dev/ttyUSB[0-9]* rw",
                "/dev/ttyACM[0-9]* rw",
            }),
            .devices = numberedCharDevices("/dev/", "ttyS", 4, 64, 32)
                + QList<DeviceRule>{
                    DeviceRule{
                        .udevMatch = QStringLiteral("SUBSYSTEM==\"tty\", KERNEL==\"ttyUSB[0-9]*\""),
                        .major = 188,
                        .nodePattern = QStringLiteral("/dev/ttyUSB[0-9]*"),
                    },
                    DeviceRule{
                        .udevMatch = QStringLiteral("SUBSYSTEM==\"tty\", KERNEL==\"ttyACM[0-9]*\""),
                        .major = 166,
                        .nodePattern = QStringLiteral("/dev/ttyACM[0-9]*"),
                    },
                },
        };
    } else if (hasUsbIds(attributes)) {
        // A USB adapter appears as ttyUSB or ttyACM, whichever its driver is.
        const QString nodes = QStringLiteral("/dev/tty{USB,ACM}[0-9]*");
        policy.files.append(FileRule { nodes, Access::Read | Access::Write });
        policy.devices.append(DeviceRule {
            .udevMatch
            = QLatin1String("SUBSYSTEM==\"tty\", SUBSYSTEMS==\"usb\", ") + usbIdsMatch(attributes),
            .nodePattern = nodes,
        });
    } else {
        const QString path = stringAttribute(attributes, QStringLiteral("path"));
        policy.files.append(FileRule { path, Access::Read | Access::Write });
        policy.devices.append(namedPort(path));
    }
}

} // namespace

const InterfaceDefinition &serialPortInterface()
{
    static const InterfaceDefinition definition{
        .id = "serial-port",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Use serial ports"),
        .description = QT_TRANSLATE_NOOP(
            "corral-interfaces",
            "The app can talk to devices on serial ports, such as microcontroller boards, "
            "modems and lab equipment."),
        .category = Category::Devices,
        .sensitivity = Sensitivity::High,
        .slotProvider = SlotProvider::Any,
        .implicitOnSystem = true,
        .sanitizeSlot = sanitizeSlot,
        .connectedPlug = {
            .files = files({
                "/run/udev/data/c4:[0-9]* r",
                "/run/udev/data/c166:[0-9]* r",
                "/run/udev/data/c188:[0-9]* r",
            }),
        },
        .connectedPlugExtra = plugExtra,
    };
    return definition;
}

} // namespace corral::builtin
