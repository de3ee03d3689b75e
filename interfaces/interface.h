// An interface: a named kind of access that connects a plug to a slot. Each builtin
// interface is one small declarative file in interfaces/builtin/ that fills in an
// InterfaceDefinition; builtin/all.cpp lists them, sorted by id.
#pragma once

#include "interfaces/policy.h"
#include "interfaces/snapinfo.h"

#include <QList>
#include <QString>

namespace corral {

// How interfaces are grouped for people.
enum class Category { Files, Devices, Network, Desktop, Multimedia, Security, System };
QString toString(Category category); // "files", "devices", …
QString categoryLabel(Category category); // translated: "Files", "Devices", …

// How much a person should care before granting it.
enum class Sensitivity {
    Low, // no access to personal data or hardware beyond the obvious (screen-inhibit-control)
    Medium, // ordinary capabilities most apps need (network, x11, audio-playback)
    High, // private data, recording, hardware or the system (camera, ssh-keys, home read:all)
};
QString toString(Sensitivity sensitivity);

// Who may offer a slot of this interface.
enum class SlotProvider {
    System, // only the system snap (implicit slots on the host)
    AppSnaps, // only app snaps (content, mpris)
    Any, // both (x11, wayland, network-manager …)
};

struct ConnectedPlug
{
    const SnapInfo &snap;
    const PlugInfo &plug;
};
struct ConnectedSlot
{
    const SnapInfo &snap; // the system snap is a SnapInfo named "system" of type Os
    const SlotInfo &slot;
};

struct InterfaceDefinition
{
    const char *id = nullptr; // kebab-case, as used in snap.yaml
    const char *label = nullptr; // QT_TRANSLATE_NOOP("corral-interfaces", "Use your camera")
    const char *description = nullptr; // one or two sentences a person understands
    Category category = Category::System;
    Sensitivity sensitivity = Sensitivity::High;
    SlotProvider slotProvider = SlotProvider::System;
    bool implicitOnSystem = false; // the system snap offers a slot on a desktop (classic) host

    // Auto-connection on install, following snapd's base declaration. When
    // autoConnectCheck is set it decides (content labels, home's read: all …);
    // otherwise autoConnect does.
    bool autoConnect = false;
    bool (*autoConnectCheck)(const PlugInfo &plug, const SlotInfo &slot) = nullptr;

    // Validate and normalize attributes; return an empty string when fine, otherwise the
    // reason ("…" after "cannot add plug "x": "). nullptr accepts everything.
    QString (*sanitizePlug)(PlugInfo &plug) = nullptr;
    QString (*sanitizeSlot)(SlotInfo &slot) = nullptr;

    // Fixed policy contributions.
    Policy connectedPlug; // to the plug's apps while connected
    Policy connectedSlot; // to the slot's apps while connected
    Policy permanentPlug; // to the plug's apps for as long as the plug exists
    Policy permanentSlot; // to the slot's apps for as long as the slot exists

    // Policy that depends on attributes (personal-files paths, content mounts); appended
    // to the fixed contributions above.
    void (*connectedPlugExtra)(const ConnectedPlug &plug, const ConnectedSlot &slot, Policy &policy)
        = nullptr;
    void (*connectedSlotExtra)(const ConnectedPlug &plug, const ConnectedSlot &slot, Policy &policy)
        = nullptr;

    // Whether this plug and slot may be connected at all, by anyone: an empty string when
    // they may, otherwise why not (content: the content labels differ). nullptr: always.
    QString (*checkConnection)(const PlugInfo &plug, const SlotInfo &slot) = nullptr;

    QString translatedLabel() const;
    QString translatedDescription() const;
    bool shouldAutoConnect(const PlugInfo &plug, const SlotInfo &slot) const;
    Policy connectedPlugPolicy(const ConnectedPlug &plug, const ConnectedSlot &slot) const;
    Policy connectedSlotPolicy(const ConnectedPlug &plug, const ConnectedSlot &slot) const;
};

// Every builtin interface, sorted by id (builtin/all.cpp).
const QList<const InterfaceDefinition *> &builtinInterfaces();
// nullptr when there is no such interface.
const InterfaceDefinition *findInterface(const QString &id);

} // namespace corral
