// Helpers the builtin interface definitions share: a compact notation for rules, policy
// pieces several interfaces grant (a D-Bus connection, name resolution, a sound server),
// peer labels, and attribute checks worded one way for every interface.
#pragma once

#include "interfaces/interface.h"

#include <QStringList>

#include <initializer_list>

namespace corral::builtin {

// File rules written as AppArmor spells them, "[owner ]PATTERN PERMS", with PERMS made of
// r (read), w (write), k (lock) and x (execute). The catalog is our own data, so a
// malformed entry is a programming error and stops the program at once.
QList<FileRule> files(std::initializer_list<const char *> rules);
// Text rules (AppArmor or seccomp), one per entry.
QStringList lines(std::initializer_list<const char *> rules);
// The union of several policies.
Policy merged(std::initializer_list<Policy> parts);

// Talking to the session or system bus daemon itself (Hello, AddMatch, …).
Policy sessionBusClient();
Policy systemBusClient();
// Owning a well-known name on a bus ("session" or "system").
Policy ownBusName(const char *bus, const QString &name);
// Resolving host names and using the TLS certificate store, for network clients and servers.
Policy nameResolution();
// Listening on sockets and accepting connections (servers, daemons).
Policy acceptingConnections();
// Hearing about devices coming and going, on the kernel's uevent netlink socket as udev
// and libudev do.
Policy deviceEvents();
// Running a display server (an X server, a Wayland compositor): the graphics cards, every
// input device, and hearing about devices coming and going.
Policy displayServer();
// The DRM device cgroup entries of graphics cards (character major 226).
DeviceRule drmCards();
// Connecting to PulseAudio or PipeWire's PulseAudio socket on the host.
Policy soundServerClient();
// Running a PulseAudio-compatible sound server in an app snap.
Policy soundServer();
// Character devices <kernelPrefix>0 … <kernelPrefix><count - 1> in `nodeDirectory`, with
// minors counted from `firstMinor`, one rule each: the device cgroup then allows exactly
// those nodes of a major other devices share (joysticks and keyboards, serial ports and
// virtual consoles).
QList<DeviceRule> numberedCharDevices(
    const char *nodeDirectory, const char *kernelPrefix, int major, int firstMinor, int count);

// The system snap stands for the host: its services run unconfined.
bool isSystemSnap(const SnapInfo &snap);
// The AppArmor label of a snap's apps bound to a plug or slot ("snap.foo.{a,b}"), or
// "unconfined" for the system snap.
QString peerLabel(const SnapInfo &snap, const QStringList &apps);
QString slotPeer(const ConnectedSlot &slot);
QString plugPeer(const ConnectedPlug &plug);
// Rules with every "@PEER@" replaced by `label`.
QStringList withPeer(const QString &label, std::initializer_list<const char *> rules);

// Connected-plug and connected-slot extras for interfaces whose two sides talk to each
// other (D-Bus, sockets): `rules` with "@PEER@" standing for the other side's label.
// For instance `.connectedPlugExtra = rulesForSlotPeer<toDaemon>`.
using PeerRules = std::initializer_list<const char *>;
template<const PeerRules &rules>
void rulesForSlotPeer(const ConnectedPlug &, const ConnectedSlot &slot, Policy &policy)
{
    policy.apparmor += withPeer(slotPeer(slot), rules);
}
template<const PeerRules &rules>
void rulesForPlugPeer(const ConnectedPlug &plug, const ConnectedSlot &, Policy &policy)
{
    policy.apparmor += withPeer(plugPeer(plug), rules);
}

// Attribute checks: each returns an empty string when the attribute is absent or of the
// right type, otherwise the reason (`"read" must be a list of strings`).
QString checkBoolAttribute(const Attributes &attributes, const QString &name);
QString checkStringAttribute(const Attributes &attributes, const QString &name);
QString checkStringListAttribute(const Attributes &attributes, const QString &name);
// The value, or false / empty when absent or of another type.
bool boolAttribute(const Attributes &attributes, const QString &name);
QString stringAttribute(const Attributes &attributes, const QString &name);
QStringList stringListAttribute(const Attributes &attributes, const QString &name);

// Why `path` cannot be used literally in a rule: empty, not clean, holding "~", a control
// character or an AppArmor pattern character. Empty when it can.
QString checkPlainPath(const QString &path);
// "$HOME/x" → "@{HOME}/x", "$SNAP_DATA/x" → "@{SNAP_DATA}/x", for the variables policy.h
// lists; other text is left alone.
QString toApparmorVariables(const QString &path);
// A path and everything below it: PATH, PATH/ and PATH/**. Separate rules rather than one
// alternation, so that each has a glob-free prefix Landlock can use.
QList<FileRule> pathAndBelow(const QString &path, AccessFlags access, bool ownerOnly);

// hidraw and serial-port slots of app snaps name one device: by its node (`path`), or by
// USB ids (`usb-vendor`, `usb-product`) with `path` the symlink udev makes for it. A slot
// is accepted when its path matches `nodePattern`, or `symlinkPattern` when it has USB ids
// (both anchored regular expressions); the reasons quote `nodeExample` and
// `symlinkExample`.
struct DeviceSlotShape
{
    const char *nodePattern;
    const char *nodeExample;
    const char *symlinkPattern;
    const char *symlinkExample;
};
QString sanitizeDeviceSlot(const Attributes &attributes, const DeviceSlotShape &shape);
bool hasUsbIds(const Attributes &attributes);
// `ATTRS{idVendor}=="1234", ATTRS{idProduct}=="abcd"` for a slot with USB ids.
QString usbIdsMatch(const Attributes &attributes);

// personal-files and system-files: "read" and "write" lists of paths, at least one of
// them, each accepted by `checkPath`; and the rules they grant, read and lock below the
// `read` paths, also write below the `write` ones.
QString checkReadWriteLists(const Attributes &attributes, QString (*checkPath)(const QString &));
template<QString (*checkPath)(const QString &)> QString sanitizeReadWriteLists(PlugInfo &plug)
{
    return checkReadWriteLists(plug.attributes, checkPath);
}
void addReadWriteLists(const Attributes &attributes, bool ownerOnly, Policy &policy);
template<bool ownerOnly>
void grantReadWriteLists(const ConnectedPlug &plug, const ConnectedSlot &, Policy &policy)
{
    addReadWriteLists(plug.plug.attributes, ownerOnly, policy);
}

} // namespace corral::builtin
