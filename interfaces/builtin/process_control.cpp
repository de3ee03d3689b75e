// process-control: signalling and changing the priority of any process the app's user may
// touch, other apps' included.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

const InterfaceDefinition &processControlInterface()
{
    static const InterfaceDefinition definition{
        .id = "process-control",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Control other running programs"),
        .description = QT_TRANSLATE_NOOP(
            "corral-interfaces",
            "The app can stop, pause and kill other programs and change how much of the "
            "computer's time they get."),
        .category = Category::System,
        .sensitivity = Sensitivity::High,
        .slotProvider = SlotProvider::System,
        .implicitOnSystem = true,
        .connectedPlug = {
            .files = files({"/usr/bin/renice rx"}),
            .apparmor = lines({
                "signal",
                "capability sys_nice",
                "capability sys_resource",
            }),
            .seccomp = lines({
                "setpriority",
                "sched_setaffinity",
                "sched_setparam",
                "sched_setscheduler",
            }),
        },
    };
    return definition;
}

} // namespace corral::builtin
