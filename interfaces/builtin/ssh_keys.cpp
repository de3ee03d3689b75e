// ssh-keys: the person's SSH configuration and keys, private keys included.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

const InterfaceDefinition &sshKeysInterface()
{
    static const InterfaceDefinition definition{
        .id = "ssh-keys",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Use your SSH keys"),
        .description = QT_TRANSLATE_NOOP(
            "corral-interfaces",
            "The app can read your SSH settings and keys, private keys included, and log in "
            "to other computers as you."),
        .category = Category::Security,
        .sensitivity = Sensitivity::High,
        .slotProvider = SlotProvider::System,
        .implicitOnSystem = true,
        .connectedPlug = {
            .files = files({
                "/usr/bin/ssh rx",
                "/etc/ssh/ssh_config r",
                "/etc/ssh/ssh_config.d/ r",
                "/etc/ssh/ssh_config.d/** r",
                "owner @{HOME}/.ssh/ r",
                "owner @{HOME}/.ssh/** r",
            }),
        },
    };
    return definition;
}

} // namespace corral::builtin
