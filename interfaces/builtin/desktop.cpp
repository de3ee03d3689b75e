// desktop: what any graphical app needs whichever display server it uses: fonts, icons
// and themes, notifications, and the desktop portals (file choosers, opening links).
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

const InterfaceDefinition &desktopInterface()
{
    static const InterfaceDefinition definition {
        .id = "desktop",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Use basic desktop services"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
            "The app can use your fonts, icons and theme, show notifications, and ask the "
            "desktop to open files and links or let you pick a file."),
        .category = Category::Desktop,
        .sensitivity = Sensitivity::Medium,
        .slotProvider = SlotProvider::System,
        .implicitOnSystem = true,
        .autoConnect = true,
        .connectedPlug = merged({
            sessionBusClient(),
            Policy {
                .files = files({
                    "/etc/fonts/ r",
                    "/etc/fonts/** r",
                    "/usr/share/fonts/ r",
                    "/usr/share/fonts/** r",
                    "/usr/local/share/fonts/ r",
                    "/usr/local/share/fonts/** r",
                    "/var/cache/fontconfig/ r",
                    "/var/cache/fontconfig/** r",
                    "owner @{HOME}/.local/share/fonts/ r",
                    "owner @{HOME}/.local/share/fonts/** r",
                    "owner @{HOME}/.config/fontconfig/ r",
                    "owner @{HOME}/.config/fontconfig/** r",
                    "/usr/share/icons/ r",
                    "/usr/share/icons/** r",
                    "/usr/share/pixmaps/ r",
                    "/usr/share/pixmaps/** r",
                    "/usr/share/themes/ r",
                    "/usr/share/themes/** r",
                    "/usr/share/mime/ r",
                    "/usr/share/mime/** r",
                    "owner @{HOME}/.local/share/mime/ r",
                    "owner @{HOME}/.local/share/mime/** r",
                    "/usr/share/glib-2.0/schemas/ r",
                    "/usr/share/glib-2.0/schemas/* r",
                    "/etc/gtk-3.0/settings.ini r",
                    "owner @{HOME}/.config/gtk-3.0/settings.ini r",
                    "owner @{HOME}/.config/gtk-3.0/bookmarks r",
                    "/etc/xdg/user-dirs.conf r",
                    "/etc/xdg/user-dirs.defaults r",
                    "owner @{HOME}/.config/user-dirs.dirs r",
                    "owner @{HOME}/.config/user-dirs.locale r",
                    // The document portal: files the person chose in a portal file chooser.
                    "owner /run/user/[0-9]*/doc/ r",
                    "owner /run/user/[0-9]*/doc/*/ r",
                    "/run/user/[0-9]*/doc/*/** rw",
                }),
                .apparmor = lines({
                    "dbus (send) bus=session path=/org/freedesktop/Notifications "
                    "interface=org.freedesktop.Notifications "
                    "member={GetCapabilities,GetServerInformation,Notify,CloseNotification} "
                    "peer=(label=unconfined)",
                    "dbus (receive) bus=session path=/org/freedesktop/Notifications "
                    "interface=org.freedesktop.Notifications "
                    "member={ActionInvoked,NotificationClosed,NotificationReplied} "
                    "peer=(label=unconfined)",
                    "dbus (send, receive) bus=session "
                    "path=/org/freedesktop/portal/{desktop,documents}{,/**} "
                    "interface={org.freedesktop.portal.*,org.freedesktop.DBus.Properties} "
                    "peer=(label=unconfined)",
                    // starting the portal service when it is not running yet
                    "dbus (send) bus=session "
                    "path=/org/freedesktop/portal/{desktop,documents}{,/**} "
                    "interface={org.freedesktop.portal.*,org.freedesktop.DBus.Properties} "
                    "peer=(name=org.freedesktop.portal.Desktop)",
                    "dbus (send) bus=session path=/{,org/freedesktop/,org/gnome/}ScreenSaver "
                    "interface=org.{freedesktop,gnome}.ScreenSaver "
                    "member={GetActive,GetActiveTime} peer=(label=unconfined)",
                    "dbus (receive) bus=session path=/{,org/freedesktop/,org/gnome/}ScreenSaver "
                    "interface=org.{freedesktop,gnome}.ScreenSaver member=ActiveChanged "
                    "peer=(label=unconfined)",
                    "dbus (send) bus=session path=/org/gtk/gio/DesktopAppInfo "
                    "interface=org.gtk.gio.DesktopAppInfo member=Launched peer=(label=unconfined)",
                    "dbus (receive) bus=session interface=org.freedesktop.DBus.Introspectable "
                    "member=Introspect peer=(label=unconfined)",
                }),
            },
        }),
    };
    return definition;
}

} // namespace corral::builtin
