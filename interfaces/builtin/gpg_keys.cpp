// gpg-keys: the person's GnuPG keyring and agent, private keys included.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

const InterfaceDefinition &gpgKeysInterface()
{
    static const InterfaceDefinition definition{
        .id = "gpg-keys",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Use your GnuPG keys"),
        .description = QT_TRANSLATE_NOOP(
            "corral-interfaces",
            "The app can read your GnuPG settings and keys, private keys included, to sign, "
            "encrypt and decrypt as you."),
        .category = Category::Security,
        .sensitivity = Sensitivity::High,
        .slotProvider = SlotProvider::System,
        .implicitOnSystem = true,
        .connectedPlug = {
            .files = files({
                "/usr/bin/gpg rx",
                "/usr/bin/gpg2 rx",
                "/usr/bin/gpgv rx",
                "/usr/share/gnupg/ r",
                "/usr/share/gnupg/** r",
                "owner @{HOME}/.gnupg/ r",
                "owner @{HOME}/.gnupg/** r",
                // gpg refreshes its seed on every use and hangs when it cannot
                "owner @{HOME}/.gnupg/random_seed rwk",
                // the agent, which also reaches smart cards
                "owner /run/user/[0-9]*/gnupg/ r",
                "owner /run/user/[0-9]*/gnupg/S.* rw",
            }),
            .apparmor = lines({
                // gpg tries to update its trust database; quiet the refusal
                "deny @{HOME}/.gnupg/trustdb.gpg w",
            }),
        },
    };
    return definition;
}

} // namespace corral::builtin
