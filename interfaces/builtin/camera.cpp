// camera: every video4linux device. Until devices are assigned one by one, a connected app
// may use all cameras; detecting them leaks which USB devices are plugged in.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

const InterfaceDefinition &cameraInterface()
{
    static const InterfaceDefinition definition{
        .id = "camera",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Use your camera"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
                                         "The app can take pictures and record video with any "
                                         "camera connected to this computer, whenever it runs."),
        .category = Category::Multimedia,
        .sensitivity = Sensitivity::High,
        .slotProvider = SlotProvider::System,
        .implicitOnSystem = true,
        .connectedPlug = {
            .files = files({
                "/dev/video[0-9]* rw",
                "/sys/class/video4linux/ r",
                "/sys/devices/**/video4linux/** r",
                "/sys/bus/usb/devices/ r",
                "/sys/devices/**/usb*/**/idVendor r",
                "/sys/devices/**/usb*/**/idProduct r",
                "/run/udev/data/c81:[0-9]* r",
            }),
            .devices = {DeviceRule{
                .udevMatch = QStringLiteral("SUBSYSTEM==\"video4linux\", KERNEL==\"video[0-9]*\""),
                .type = 'c',
                .major = 81,
                .nodePattern = QStringLiteral("/dev/video[0-9]*"),
            }},
        },
    };
    return definition;
}

} // namespace corral::builtin
