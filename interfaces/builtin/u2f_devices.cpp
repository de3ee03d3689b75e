// u2f-devices: FIDO security keys. systemd's fido_id marks them (ID_FIDO_TOKEN) from their
// HID report descriptor, so any key is found, not only those of a list of vendors.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

const InterfaceDefinition &u2fDevicesInterface()
{
    static const InterfaceDefinition definition{
        .id = "u2f-devices",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Use security keys"),
        .description = QT_TRANSLATE_NOOP(
            "corral-interfaces",
            "The app can use your FIDO or U2F security keys to sign in to websites and "
            "services, each time you touch the key."),
        .category = Category::Security,
        .sensitivity = Sensitivity::Medium,
        .slotProvider = SlotProvider::System,
        .implicitOnSystem = true,
        .connectedPlug = {
            // The device cgroup limits these to the keys themselves.
            .files = files({
                "/dev/hidraw[0-9]* rw",
                "/sys/class/hidraw/ r",
                "/sys/devices/**/report_descriptor r",
                "/run/udev/data/c2[3-5][0-9]:[0-9]* r",
            }),
            // hidraw's major is allocated at run time: the udev match finds the keys.
            .devices = {DeviceRule{
                .udevMatch = QStringLiteral("SUBSYSTEM==\"hidraw\", ENV{ID_FIDO_TOKEN}==\"1\""),
                .nodePattern = QStringLiteral("/dev/hidraw[0-9]*"),
            }},
        },
    };
    return definition;
}

} // namespace corral::builtin
