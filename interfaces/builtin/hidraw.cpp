// hidraw: raw access to HID devices (special keyboards, sensors, controllers). The
// system's slot offers all of them; a slot an app snap offers names one device.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

namespace {

// hidraw's major number is allocated when the module loads: the device cgroup entry leaves
// it open and the udev match finds the device.
constexpr QLatin1String AnyNode("/dev/hidraw[0-9]*");

QString sanitizeSlot(SlotInfo &slot)
{
    return sanitizeDeviceSlot(slot.attributes,
        {
            .nodePattern = "^/dev/hidraw[0-9]{1,3}$",
            .nodeExample = "/dev/hidraw0",
            .symlinkPattern = "^/dev/hidraw-[a-z0-9]+$",
            .symlinkExample = "/dev/hidraw-mydevice",
        });
}

void plugExtra(const ConnectedPlug &, const ConnectedSlot &slot, Policy &policy)
{
    const Attributes &attributes = slot.slot.attributes;
    DeviceRule device { .udevMatch = QStringLiteral("SUBSYSTEM==\"hidraw\""),
        .nodePattern = AnyNode };
    if (isSystemSnap(slot.snap)) {
        device.udevMatch += QLatin1String(", KERNEL==\"hidraw[0-9]*\"");
    } else if (hasUsbIds(attributes)) {
        device.udevMatch += QLatin1String(", ") + usbIdsMatch(attributes);
    } else {
        // The slot names one node: hidraw<N> has minor N.
        const QString path = stringAttribute(attributes, QStringLiteral("path"));
        const QString kernel = path.section(u'/', -1);
        device.udevMatch += QStringLiteral(", KERNEL==\"%1\"").arg(kernel);
        device.minor = kernel.mid(6).toInt();
        device.nodePattern = path;
    }
    policy.files.append(FileRule { device.nodePattern, Access::Read | Access::Write });
    policy.devices.append(device);
}

} // namespace

const InterfaceDefinition &hidrawInterface()
{
    static const InterfaceDefinition definition{
        .id = "hidraw",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Use HID devices directly"),
        .description = QT_TRANSLATE_NOOP(
            "corral-interfaces",
            "The app can talk directly to input devices such as special keyboards, game "
            "controllers and sensors, bypassing the desktop."),
        .category = Category::Devices,
        .sensitivity = Sensitivity::High,
        .slotProvider = SlotProvider::Any,
        .implicitOnSystem = true,
        .sanitizeSlot = sanitizeSlot,
        .connectedPlug = {
            .files = files({
                "/sys/class/hidraw/ r",
                "/sys/devices/**/hidraw/** r",
                "/run/udev/data/c2[3-5][0-9]:[0-9]* r",
            }),
        },
        .connectedPlugExtra = plugExtra,
    };
    return definition;
}

} // namespace corral::builtin
