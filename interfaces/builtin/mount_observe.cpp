// mount-observe: the list of mounted file systems, with their options, as df shows it.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

const InterfaceDefinition &mountObserveInterface()
{
    static const InterfaceDefinition definition{
        .id = "mount-observe",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "See which disks and shares are mounted"),
        .description = QT_TRANSLATE_NOOP(
            "corral-interfaces",
            "The app can see which disks, drives and network shares are in use, where, and "
            "how full they are."),
        .category = Category::System,
        .sensitivity = Sensitivity::Medium,
        .slotProvider = SlotProvider::System,
        .implicitOnSystem = true,
        .connectedPlug = {
            .files = files({
                "owner @{PROC}/@{pid}/mounts r",
                "owner @{PROC}/@{pid}/mountinfo r",
                "owner @{PROC}/@{pid}/mountstats r",
                "@{PROC}/swaps r",
                "@{PROC}/filesystems r",
                "/etc/fstab r",
                "/etc/mtab r",
            }),
        },
    };
    return definition;
}

} // namespace corral::builtin
