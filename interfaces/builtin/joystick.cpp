// joystick: game controllers through the joystick API (/dev/input/js*). Only js0 to js31
// exist; the input major is shared with keyboards and mice, so each minor is listed.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

const InterfaceDefinition &joystickInterface()
{
    static const InterfaceDefinition definition{
        .id = "joystick",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Use game controllers"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
                                         "The app can read joysticks, gamepads and other game "
                                         "controllers connected to this computer."),
        .category = Category::Devices,
        .sensitivity = Sensitivity::Medium,
        .slotProvider = SlotProvider::System,
        .implicitOnSystem = true,
        .connectedPlug = {
            .files = files({
                "/dev/input/js{[0-9],[12][0-9],3[01]} rw",
                "/run/udev/data/c13:{[0-9],[12][0-9],3[01]} r",
            }),
            .devices = numberedCharDevices("/dev/input/", "js", 13, 0, 32),
        },
    };
    return definition;
}

} // namespace corral::builtin
