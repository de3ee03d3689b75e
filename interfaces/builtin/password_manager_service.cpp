// password-manager-service: the desktop's secret store (GNOME Keyring and KWallet through
// the Secret Service API, and KWallet's own API). It does not separate one app's secrets
// from another's.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

const InterfaceDefinition &passwordManagerServiceInterface()
{
    static const InterfaceDefinition definition {
        .id = "password-manager-service",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Use your saved passwords"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
            "The app can read, add and change the passwords and secrets your desktop keeps, "
            "those of every other app included."),
        .category = Category::Security,
        .sensitivity = Sensitivity::High,
        .slotProvider = SlotProvider::System,
        .implicitOnSystem = true,
        .connectedPlug = merged({
            sessionBusClient(),
            Policy {
                .apparmor = lines({
                    "dbus (send, receive) bus=session path=/org/freedesktop/secrets{,/**} "
                    "interface={org.freedesktop.Secret.*,org.freedesktop.DBus.Properties} "
                    "peer=(label=unconfined)",
                    "dbus (send, receive) bus=session path=/modules/kwalletd{5,6} "
                    "interface=org.kde.KWallet peer=(label=unconfined)",
                }),
            },
        }),
    };
    return definition;
}

} // namespace corral::builtin
