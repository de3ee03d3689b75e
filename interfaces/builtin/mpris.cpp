// mpris: media players and their remote controls (MPRIS on the session bus). Only app
// snaps offer the slot: the player owns org.mpris.MediaPlayer2.<name>, <name> being its
// `name` attribute or else the snap's name. The desktop's own controls are unconfined
// and reach any player.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

#include <QRegularExpression>

namespace corral::builtin {

namespace {

constexpr QLatin1String Name("name");

QString sanitizeSlot(SlotInfo &slot)
{
    if (QString reason = checkStringAttribute(slot.attributes, Name); !reason.isEmpty())
        return reason;
    static const QRegularExpression validName(QStringLiteral("^[a-zA-Z0-9_-]+$"));
    if (slot.attributes.contains(Name)
        && !validName.match(stringAttribute(slot.attributes, Name)).hasMatch())
        return QStringLiteral("\"name\" must be letters, digits, \"-\" and \"_\"");
    return {};
}

constexpr PeerRules plugRules = {
    "dbus (send) bus=session path=/org/mpris/MediaPlayer2 peer=(label=@PEER@)",
    "dbus (receive) bus=session path=/org/mpris/MediaPlayer2 "
    "interface=org.freedesktop.DBus.Properties member=PropertiesChanged "
    "peer=(label=@PEER@)",
};

void slotExtra(const ConnectedPlug &plug, const ConnectedSlot &slot, Policy &policy)
{
    policy.apparmor += withPeer(plugPeer(plug),
        {
            "dbus (receive) bus=session path=/org/mpris/MediaPlayer2 peer=(label=@PEER@)",
            "dbus (send) bus=session path=/org/mpris/MediaPlayer2 "
            "interface=org.freedesktop.DBus.Properties member=PropertiesChanged "
            "peer=(label=@PEER@)",
        });
    // A player named by its `name` attribute may own that name. (Its permanent policy
    // covers the default, the snap's name.)
    const QString name = stringAttribute(slot.slot.attributes, Name);
    if (!name.isEmpty())
        policy += ownBusName("session", QStringLiteral("org.mpris.MediaPlayer2.%1{,.*}").arg(name));
}

} // namespace

const InterfaceDefinition &mprisInterface()
{
    static const InterfaceDefinition definition {
        .id = "mpris",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Control a media player"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
            "The app can see what a media player app is playing and play, pause or skip "
            "tracks in it."),
        .category = Category::Multimedia,
        .sensitivity = Sensitivity::Low,
        .slotProvider = SlotProvider::AppSnaps,
        .sanitizeSlot = sanitizeSlot,
        .connectedPlug = merged({
            sessionBusClient(),
            Policy {
                .apparmor = lines({
                    // finding the players reveals every name on the session bus
                    "dbus (send) bus=session path=/org/freedesktop/DBus "
                    "interface=org.freedesktop.DBus member=ListNames "
                    "peer=(name=org.freedesktop.DBus)",
                }),
            },
        }),
        .permanentSlot = merged({
            ownBusName("session", QStringLiteral("org.mpris.MediaPlayer2.@{SNAP_NAME}{,.*}")),
            Policy {
                .apparmor = lines({
                    "dbus (receive) bus=session path=/org/mpris/MediaPlayer2 "
                    "peer=(label=unconfined)",
                    "dbus (send) bus=session path=/org/mpris/MediaPlayer2 "
                    "interface=org.freedesktop.DBus.Properties member=PropertiesChanged "
                    "peer=(label=unconfined)",
                }),
            },
        }),
        .connectedPlugExtra = rulesForSlotPeer<plugRules>,
        .connectedSlotExtra = slotExtra,
    };
    return definition;
}

} // namespace corral::builtin
