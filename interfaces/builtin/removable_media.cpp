// removable-media: the file systems desktops mount for USB drives, memory cards and discs,
// in /media/<user>/ and /run/media/<user>/.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

const InterfaceDefinition &removableMediaInterface()
{
    static const InterfaceDefinition definition{
        .id = "removable-media",
        .label = QT_TRANSLATE_NOOP("corral-interfaces",
                                   "Read and write files on USB drives and memory cards"),
        .description = QT_TRANSLATE_NOOP(
            "corral-interfaces",
            "The app can open, change and delete files on removable drives, memory cards and "
            "discs while they are plugged in."),
        .category = Category::Files,
        .sensitivity = Sensitivity::High,
        .slotProvider = SlotProvider::System,
        .implicitOnSystem = true,
        .connectedPlug = {
            .files = files({
                "/media/ r",
                "/media/*/ r",
                "/media/*/** rwk",
                "/run/media/ r",
                "/run/media/*/ r",
                "/run/media/*/** rwk",
            }),
        },
    };
    return definition;
}

} // namespace corral::builtin
