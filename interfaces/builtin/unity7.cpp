// unity7: the desktop integration older toolkits use directly: global menus, tray icons
// (status notifier items), launcher badges and progress, and notifications. Like X11 it
// does not keep apps apart.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

const InterfaceDefinition &unity7Interface()
{
    static const InterfaceDefinition definition {
        .id = "unity7",
        .label
        = QT_TRANSLATE_NOOP("corral-interfaces", "Show menus and icons in the desktop's bars"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
            "The app can put its menus in the desktop's menu bar, add an icon to the system "
            "tray and show progress on its launcher icon."),
        .category = Category::Desktop,
        .sensitivity = Sensitivity::Medium,
        .slotProvider = SlotProvider::System,
        .implicitOnSystem = true,
        .autoConnect = true,
        .connectedPlug = merged({
            sessionBusClient(),
            Policy {
                .files = files({
                    "/usr/share/icons/ r",
                    "/usr/share/icons/** r",
                    "/usr/share/pixmaps/ r",
                    "/usr/share/pixmaps/** r",
                    "owner @{HOME}/.local/share/icons/ r",
                    "owner @{HOME}/.local/share/icons/** r",
                }),
                .apparmor = lines({
                    // global menus
                    "dbus (send) bus=session path=/com/canonical/AppMenu/Registrar "
                    "interface=com.canonical.AppMenu.Registrar "
                    "member={RegisterWindow,UnregisterWindow} peer=(label=unconfined)",
                    "dbus (send, receive) bus=session interface=com.canonical.dbusmenu "
                    "peer=(label=unconfined)",
                    "dbus (send, receive) bus=session interface=org.gtk.{Actions,Menus} "
                    "peer=(label=unconfined)",
                    // tray icons
                    "dbus (send) bus=session path=/StatusNotifierWatcher "
                    "interface=org.kde.StatusNotifierWatcher "
                    "member=RegisterStatusNotifierItem peer=(label=unconfined)",
                    "dbus (send, receive) bus=session "
                    "path=/{StatusNotifierItem,org/ayatana/NotificationItem/*} "
                    "peer=(label=unconfined)",
                    // launcher badges and progress
                    "dbus (send) bus=session interface=com.canonical.Unity.LauncherEntry "
                    "member=Update peer=(label=unconfined)",
                    "dbus (send) bus=session path=/org/freedesktop/Notifications "
                    "interface=org.freedesktop.Notifications "
                    "member={GetCapabilities,GetServerInformation,Notify,CloseNotification} "
                    "peer=(label=unconfined)",
                    "dbus (receive) bus=session path=/org/freedesktop/Notifications "
                    "interface=org.freedesktop.Notifications "
                    "member={ActionInvoked,NotificationClosed} peer=(label=unconfined)",
                    "dbus (send, receive) bus=session interface=org.freedesktop.DBus.Properties "
                    "path=/{MenuBar{,/**},StatusNotifierItem} peer=(label=unconfined)",
                }),
            },
        }),
    };
    return definition;
}

} // namespace corral::builtin
