// screen-inhibit-control: keeping the screen on, as video players and presentations do,
// through GNOME's session manager or the freedesktop.org screen saver API.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

const InterfaceDefinition &screenInhibitControlInterface()
{
    static const InterfaceDefinition definition {
        .id = "screen-inhibit-control",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Keep the screen on"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
            "The app can keep the screen from dimming, locking or "
            "starting the screen saver, for example during a video."),
        .category = Category::Desktop,
        .sensitivity = Sensitivity::Low,
        .slotProvider = SlotProvider::System,
        .implicitOnSystem = true,
        .autoConnect = true,
        .connectedPlug = merged({
            sessionBusClient(),
            Policy {
                .apparmor = lines({
                    "dbus (send) bus=session path=/org/gnome/SessionManager "
                    "interface=org.gnome.SessionManager member={Inhibit,Uninhibit} "
                    "peer=(label=unconfined)",
                    "dbus (send) bus=session path=/{,org/freedesktop/}ScreenSaver "
                    "interface=org.freedesktop.ScreenSaver "
                    "member={Inhibit,UnInhibit,SimulateUserActivity} peer=(label=unconfined)",
                    "dbus (send) bus=session path=/org/freedesktop/PowerManagement/Inhibit "
                    "interface=org.freedesktop.PowerManagement.Inhibit "
                    "member={Inhibit,UnInhibit,HasInhibit} peer=(label=unconfined)",
                }),
            },
        }),
    };
    return definition;
}

} // namespace corral::builtin
