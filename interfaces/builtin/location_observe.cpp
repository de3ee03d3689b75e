// location-observe: the computer's location from GeoClue, the host's or one an app snap
// runs. GeoClue asks its agent before it tells an app where the computer is.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

namespace {

constexpr PeerRules plugRules = {
    "dbus (send) bus=system path=/org/freedesktop/GeoClue2/Manager "
    "interface=org.freedesktop.GeoClue2.Manager "
    "member={GetClient,CreateClient,DeleteClient} "
    "peer=(label=@PEER@)",
    "dbus (send, receive) bus=system path=/org/freedesktop/GeoClue2/{Client,Location}/** "
    "interface={org.freedesktop.GeoClue2.*,org.freedesktop.DBus.Properties} "
    "peer=(label=@PEER@)",
};

constexpr PeerRules slotRules = {
    "dbus (receive) bus=system path=/org/freedesktop/GeoClue2/Manager "
    "interface=org.freedesktop.GeoClue2.Manager peer=(label=@PEER@)",
    "dbus (send, receive) bus=system path=/org/freedesktop/GeoClue2/{Client,Location}/** "
    "interface={org.freedesktop.GeoClue2.*,org.freedesktop.DBus.Properties} "
    "peer=(label=@PEER@)",
};

} // namespace

const InterfaceDefinition &locationObserveInterface()
{
    static const InterfaceDefinition definition {
        .id = "location-observe",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "See your location"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
            "The app can ask where this computer is, worked out from nearby Wi-Fi networks, "
            "the mobile network or a GPS receiver."),
        .category = Category::System,
        .sensitivity = Sensitivity::High,
        .slotProvider = SlotProvider::Any,
        .implicitOnSystem = true,
        .connectedPlug = systemBusClient(),
        .connectedSlot = systemBusClient(),
        .permanentSlot = ownBusName("system", QStringLiteral("org.freedesktop.GeoClue2")),
        .connectedPlugExtra = rulesForSlotPeer<plugRules>,
        .connectedSlotExtra = rulesForPlugPeer<slotRules>,
    };
    return definition;
}

} // namespace corral::builtin
