#include "interfaces/knowninterfaces.h"

#include <algorithm>

namespace corral {

const QStringList &knownInterfaceNames()
{
    // Kept sorted: isKnownInterface() searches it with binary search.
    static const QStringList names = {
        QStringLiteral("audio-playback"),
        QStringLiteral("audio-record"),
        QStringLiteral("bluez"),
        QStringLiteral("browser-support"),
        QStringLiteral("camera"),
        QStringLiteral("content"),
        QStringLiteral("cups-control"),
        QStringLiteral("desktop"),
        QStringLiteral("desktop-legacy"),
        QStringLiteral("gpg-keys"),
        QStringLiteral("gsettings"),
        QStringLiteral("hardware-observe"),
        QStringLiteral("hidraw"),
        QStringLiteral("home"),
        QStringLiteral("joystick"),
        QStringLiteral("kerberos-tickets"),
        QStringLiteral("location-observe"),
        QStringLiteral("log-observe"),
        QStringLiteral("mount-observe"),
        QStringLiteral("mpris"),
        QStringLiteral("network"),
        QStringLiteral("network-bind"),
        QStringLiteral("network-manager"),
        QStringLiteral("network-observe"),
        QStringLiteral("network-status"),
        QStringLiteral("opengl"),
        QStringLiteral("optical-drive"),
        QStringLiteral("password-manager-service"),
        QStringLiteral("personal-files"),
        QStringLiteral("process-control"),
        QStringLiteral("pulseaudio"),
        QStringLiteral("raw-usb"),
        QStringLiteral("removable-media"),
        QStringLiteral("screen-inhibit-control"),
        QStringLiteral("serial-port"),
        QStringLiteral("shared-memory"),
        QStringLiteral("ssh-keys"),
        QStringLiteral("system-files"),
        QStringLiteral("system-observe"),
        QStringLiteral("u2f-devices"),
        QStringLiteral("unity7"),
        QStringLiteral("upower-observe"),
        QStringLiteral("wayland"),
        QStringLiteral("x11"),
    };
    return names;
}

bool isKnownInterface(const QString &name)
{
    const QStringList &names = knownInterfaceNames();
    return std::binary_search(names.begin(), names.end(), name);
}

} // namespace corral
