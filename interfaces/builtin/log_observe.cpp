// log-observe: the system's logs, the journal included.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

const InterfaceDefinition &logObserveInterface()
{
    static const InterfaceDefinition definition{
        .id = "log-observe",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Read system logs"),
        .description = QT_TRANSLATE_NOOP(
            "corral-interfaces",
            "The app can read the system's logs, which record what programs, services and "
            "people did on this computer."),
        .category = Category::System,
        .sensitivity = Sensitivity::High,
        .slotProvider = SlotProvider::System,
        .implicitOnSystem = true,
        .connectedPlug = {
            .files = files({
                "/var/log/ r",
                "/var/log/** r",
                "/run/log/journal/ r",
                "/run/log/journal/** r",
                "/var/lib/systemd/catalog/database r",
                "/etc/machine-id r",
                "/usr/bin/journalctl rx",
            }),
        },
    };
    return definition;
}

} // namespace corral::builtin
