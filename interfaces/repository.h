// The plugs and slots of every installed snap plus the implicit slots of the system snap,
// and the connections between them: the model that connect, disconnect and auto-connect
// work on. It holds no files; the caller loads it from the installed snaps and State,
// changes it, and saves the State.
#pragma once

#include "interfaces/interface.h"
#include "interfaces/snapinfo.h"

#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace corral {

// The host as a snap: the implicit slots a desktop system offers (camera, home,
// network, …), named "system" to people.
inline constexpr QLatin1String SystemSnapName("system");

struct PlugRef
{
    QString snap;
    QString plug;
    QString toString() const { return snap + QLatin1Char(':') + plug; }
    bool operator==(const PlugRef &) const = default;
};

struct SlotRef
{
    QString snap;
    QString slot;
    QString toString() const { return snap + QLatin1Char(':') + slot; }
    bool operator==(const SlotRef &) const = default;
};

struct ConnRef
{
    PlugRef plug;
    SlotRef slot;
    // "<plug-snap>:<plug> <slot-snap>:<slot>", the key in state.json
    QString key() const { return plug.toString() + QLatin1Char(' ') + slot.toString(); }
    static std::optional<ConnRef> fromKey(const QString &key);
    bool operator==(const ConnRef &) const = default;
};

struct Connection
{
    ConnRef ref;
    QString interface;
    bool automatic = false; // made by auto-connect rather than by a person
    bool undesired = false; // an automatic connection a person took away: not connected,
                            // and auto-connect must not restore it
    Attributes plugAttributes; // the plug's and slot's attributes when it was made
    Attributes slotAttributes;

    bool isConnected() const { return !undesired; }
    bool operator==(const Connection &) const = default;
};

// The system snap's SnapInfo: type os, one slot per interface offered implicitly on a
// desktop host, slot named after the interface.
const SnapInfo &systemSnap();

class Repository
{
public:
    // Adds an installed snap's plugs and slots. Plugs and slots whose attributes the
    // interface refuses are left out and reported ("cannot add plug "x": …").
    Problems addSnap(const SnapInfo &snap);
    void removeSnap(const QString &name);

    const SnapInfo *snap(const QString &name) const;
    QList<const SnapInfo *> snaps() const; // sorted by name, the system snap included
    const PlugInfo *plug(const PlugRef &ref) const;
    const SlotInfo *slot(const SlotRef &ref) const;

    // Every slot a plug could be connected to: same interface, and not of the plug's own
    // snap unless the interface allows that. Sorted by snap and slot name.
    QList<SlotRef> candidateSlots(const PlugRef &plug) const;
    QList<PlugRef> candidatePlugs(const SlotRef &slot) const;

    // Connections, keyed by ConnRef::key(); includes undesired ones.
    const QMap<QString, Connection> &connections() const { return m_connections; }
    void setConnections(const QMap<QString, Connection> &connections)
    {
        m_connections = connections;
    }

    // Connects `plug` to `slot`, or, when slot.snap is empty, to the only fitting slot.
    // A slot given as a snap name alone ("system") means that snap's only fitting slot.
    // Returns the connection made, or nullopt with *error ("cannot connect …: …").
    std::optional<ConnRef> connect(const PlugRef &plug, const SlotRef &slot, QString *error);

    // Disconnects. An empty slot means every connection of the plug. An automatic
    // connection is kept as undesired (so auto-connect leaves it alone) unless `forget`;
    // `forget` also drops undesired entries. Returns the connections changed.
    std::optional<QList<ConnRef>> disconnect(
        const PlugRef &plug, const SlotRef &slot, bool forget, QString *error);

    // Auto-connects what the policy allows for the plugs and slots of `snap`: each plug
    // whose interface auto-connects and for which exactly one slot fits, and the plugs of
    // other snaps waiting for a slot `snap` now offers. Never touches undesired or
    // existing connections. Returns the connections made.
    QList<ConnRef> autoConnect(const QString &snap);

    // Puts the plugs of `snap` back to what auto-connect makes of them ("reset to
    // defaults"): drops every connection of its plugs (made by a person, automatic, or
    // undesired), then auto-connects its plugs alone. Connections of other snaps' plugs,
    // to `snap`'s slots too, stay as they are. Returns the connections that differ
    // afterwards (dropped, made, or made again otherwise), empty when there was nothing to
    // reset; nullopt with *error when the snap is not installed.
    std::optional<QList<ConnRef>> resetPlugs(const QString &snap, QString *error);

    // The apps whose profiles a connection changes: the plug's apps and the slot's apps.
    QStringList affectedSnaps(const ConnRef &ref) const;

    // Drops connections whose plug or slot no longer exists (after a snap was removed or
    // a new revision dropped a plug). Returns the keys dropped.
    QStringList pruneConnections();

private:
    bool hasConnection(const PlugRef &plug) const; // of any kind, undesired included
    // The slots `plug` would auto-connect to, if it is connected to nothing yet.
    QList<SlotRef> autoConnectSlots(const PlugRef &plug) const;
    ConnRef makeAutomatic(const PlugRef &plug, const SlotRef &slot);
    QList<ConnRef> autoConnectPlugs(const SnapInfo &snap);
    bool fits(const PlugInfo &plug, const SnapInfo &plugSnap, const SlotInfo &slot,
        const SnapInfo &slotSnap) const;

    QMap<QString, SnapInfo> m_snaps;
    QMap<QString, Connection> m_connections;
};

} // namespace corral
