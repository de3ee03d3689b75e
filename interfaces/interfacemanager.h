// Connecting and disconnecting interfaces and keeping the generated profiles in step
// with the state: the operations behind `corral connect`, `disconnect`, `connections`
// and the auto-connection that follows an install.
#pragma once

#include "interfaces/profiles.h"
#include "interfaces/repository.h"
#include "interfaces/snapmanager.h"
#include "interfaces/state.h"

#include <QStringList>
#include <optional>

namespace corral {

// Everything known about installed snaps and their connections at one moment.
struct InterfaceSnapshot
{
    Repository repository;
    QMap<QString, InstalledRevision> installed;
    // Per snap: plugs or slots left out, or why its snap.yaml cannot be read.
    QMap<QString, QStringList> warnings;
};

// Builds the repository from a loaded state: the snap.yaml of each snap's current
// revision (through its mount) and the stored connections.
std::optional<InterfaceSnapshot> loadInterfaceSnapshot(const State &state, QString *error);

// The state and snapshot as they are now: from memory when the snapshot cache is on and
// state.json is still the file they were read from or saved as, else read from disk.
struct LoadedState
{
    State state;
    InterfaceSnapshot snapshot;
    quint64 serial = 0; // the same for copies of one cached snapshot, else different
};
std::optional<LoadedState> currentState(QString *error);
// Turns the cache on for this process: a long-running one (the helper) then parses
// state.json and every snap.yaml only after someone else changed them. A one-shot command
// has nothing to gain.
void enableSnapshotCache();

// Writes the repository's connections back into the state (dropping those whose plug or
// slot is gone).
void storeConnections(State &state, Repository &repository);

// After `snap` was installed, reverted or removed (in `state`, which the caller holds
// locked and saves): auto-connects its plugs and slots when `autoConnect`, drops
// connections whose plug or slot is gone, and regenerates the profiles of the snap and of
// every snap that depends on it (connected to it, or using it as base). Removes the
// profiles of a snap that is no longer in the state.
bool updateConnectionsAfterChange(
    State &state, const QString &snap, bool autoConnect, QStringList *warnings, QString *error);

// A change to profiles and state is under way while the marker file
// dirs::pendingChangeFile() exists: written (synced) before the first profile changes,
// removed once the state is saved or the old profiles are back. Should the process die in
// between, the next regenerateIfSystemKeyChanged() regenerates every profile from the
// state on disk, so profiles never stay out of step with the state.
bool beginPendingChange(QString *error);
void endPendingChange();
bool pendingChangeInterrupted();

// One step of InterfaceManager::change().
struct ConnectionChange
{
    enum Kind { Connect, Disconnect };
    Kind kind = Connect;
    PlugRef plug;
    SlotRef slot; // empty: the only fitting slot (connect), every slot (disconnect)
    bool forget = false; // disconnect only
};

class InterfaceManager
{
public:
    // A read-only view: loads state.json and every current snap.yaml.
    std::optional<InterfaceSnapshot> snapshot(QString *error);

    // Connects and regenerates the profiles of the snaps involved. Outcome::snap holds
    // the connection's key.
    Outcome connect(const PlugRef &plug, const SlotRef &slot);
    Outcome disconnect(const PlugRef &plug, const SlotRef &slot, bool forget);
    // Applies the steps in order as one change: all of them, or (when one is refused)
    // none. Outcome::warnings lists the connections made, as ConnRef keys.
    Outcome change(const QList<ConnectionChange> &changes);
    // Repository::resetPlugs() as one change, like change(). Outcome::warnings lists the
    // connections that differ afterwards, as ConnRef keys; when none does, no file is
    // written.
    Outcome resetConnections(const QString &snap);

    // Regenerates the profiles of every installed snap, and records the system key.
    Outcome regenerateAll(const GenerateOptions &options = {}, GenerateStats *stats = nullptr);

    // When a change was interrupted (pendingChangeInterrupted()), regenerates every
    // profile from the state on disk, without running apparmor_parser again on texts a
    // change already checked. Does nothing otherwise.
    Outcome repairInterruptedChange();

    // Repairs an interrupted change, then regenerates everything when the system key
    // differs from the stored one.
    Outcome regenerateIfSystemKeyChanged();
};

// Parses "snap:plug" (or "snap" alone for a slot, or ":slot" meaning the system snap);
// nullopt with *error for anything else.
std::optional<PlugRef> parsePlugRef(const QString &text, QString *error);
std::optional<SlotRef> parseSlotRef(const QString &text, QString *error);

} // namespace corral
