// raw-usb: every USB device, directly, bypassing the drivers that normally stand between
// apps and the hardware.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

const InterfaceDefinition &rawUsbInterface()
{
    static const InterfaceDefinition definition {
        .id = "raw-usb",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Use any USB device directly"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
            "The app can talk directly to every USB device connected to this computer, "
            "including keyboards, storage and security keys."),
        .category = Category::Devices,
        .sensitivity = Sensitivity::High,
        .slotProvider = SlotProvider::System,
        .implicitOnSystem = true,
        .connectedPlug = merged({
            deviceEvents(), // libusb learns of devices coming and going
            Policy {
                .files = files({
                    "/dev/bus/usb/ r",
                    "/dev/bus/usb/[0-9][0-9][0-9]/ r",
                    "/dev/bus/usb/[0-9][0-9][0-9]/[0-9][0-9][0-9] rw",
                    "/sys/bus/usb/devices/ r",
                    "/sys/devices/**/usb[0-9]** r",
                    "/run/udev/data/+usb:* r",
                    "/run/udev/data/c189:[0-9]* r",
                    "/run/udev/data/c16[67]:[0-9]* r",
                    "/run/udev/data/c18[08]:[0-9]* r",
                }),
                .devices = { DeviceRule {
                    .udevMatch = QStringLiteral("SUBSYSTEM==\"usb\", ENV{DEVTYPE}==\"usb_device\""),
                    .major = 189,
                    .nodePattern = QStringLiteral("/dev/bus/usb/[0-9][0-9][0-9]/[0-9][0-9][0-9]"),
                } },
            },
        }),
    };
    return definition;
}

} // namespace corral::builtin
