// hardware-observe: reading what hardware the computer has, as lspci and lsusb do, and
// hearing about devices as they come and go.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

const InterfaceDefinition &hardwareObserveInterface()
{
    static const InterfaceDefinition definition {
        .id = "hardware-observe",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "See details about your hardware"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
            "The app can read which devices this computer has and which are plugged in, with "
            "their makers, models and serial numbers."),
        .category = Category::System,
        .sensitivity = Sensitivity::Medium,
        .slotProvider = SlotProvider::System,
        .implicitOnSystem = true,
        .connectedPlug = merged({
            deviceEvents(),
            Policy {
                .files = files({
                    "/sys/bus/ r",
                    "/sys/bus/** r",
                    "/sys/class/ r",
                    "/sys/class/** r",
                    "/sys/devices/ r",
                    "/sys/devices/** r",
                    "/sys/block/ r",
                    "/run/udev/data/ r",
                    "/run/udev/data/** r",
                    "@{PROC}/devices r",
                    "@{PROC}/interrupts r",
                    "@{PROC}/ioports r",
                    "@{PROC}/bus/pci/** r",
                    "/usr/share/hwdata/ r",
                    "/usr/share/hwdata/** r",
                    "/usr/share/misc/pci.ids r",
                    "/usr/share/misc/usb.ids r",
                    "/usr/bin/lspci rx",
                    "/usr/bin/lsusb rx",
                    "/usr/bin/udevadm rx",
                }),
            },
        }),
    };
    return definition;
}

} // namespace corral::builtin
