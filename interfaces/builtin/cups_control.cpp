// cups-control: the CUPS scheduler, printing and also changing printers and queues. The
// host's cupsd may run unconfined or under its own AppArmor profile.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

namespace {

void plugExtra(const ConnectedPlug &, const ConnectedSlot &slot, Policy &policy)
{
    const QString peer = isSystemSnap(slot.snap)
        ? QStringLiteral("\"{unconfined,/usr/sbin/cupsd,cupsd}\"")
        : slotPeer(slot);
    policy.apparmor += withPeer(peer,
        {
            "dbus (receive) bus=system path=/org/cups/cupsd/Notifier "
            "interface=org.cups.cupsd.Notifier peer=(label=@PEER@)",
        });
}

constexpr PeerRules slotRules = {
    "dbus (send) bus=system path=/org/cups/cupsd/Notifier "
    "interface=org.cups.cupsd.Notifier peer=(label=@PEER@)",
};

} // namespace

const InterfaceDefinition &cupsControlInterface()
{
    static const InterfaceDefinition definition {
        .id = "cups-control",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Manage printers and print jobs"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
            "The app can print, add and set up printers, and see or cancel anyone's print "
            "jobs."),
        .category = Category::Devices,
        .sensitivity = Sensitivity::High,
        .slotProvider = SlotProvider::Any,
        .implicitOnSystem = true,
        .connectedPlug = merged({
            systemBusClient(),
            Policy {
                .files = files({
                    "/run/cups/ r",
                    "/run/cups/cups.sock rw",
                    "/run/cups/printcap r",
                    "/etc/cups/client.conf r",
                    "/etc/cups/lpoptions r",
                    "owner @{HOME}/.cups/ r",
                    "owner @{HOME}/.cups/** r",
                }),
            },
        }),
        .connectedSlot = systemBusClient(),
        .permanentSlot = merged({
            acceptingConnections(),
            Policy {
                .files = files({
                    "/run/cups/ rw",
                    "/run/cups/** rwk",
                    // cupsd asks which AppArmor label a client has
                    "@{PROC}/[0-9]*/attr/current r",
                }),
                .apparmor = lines({
                    "capability kill",
                    "capability fsetid",
                }),
            },
        }),
        .connectedPlugExtra = plugExtra,
        .connectedSlotExtra = rulesForPlugPeer<slotRules>,
    };
    return definition;
}

} // namespace corral::builtin
