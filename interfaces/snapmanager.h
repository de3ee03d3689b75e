// Installing, removing and reverting snaps: the mounts, data directories and state
// entries that go with them. Every operation is all-or-nothing: when it fails, what was
// installed before is exactly as it was (no stray mount, directory or state entry).
#pragma once

#include "interfaces/snapinfo.h"
#include "interfaces/state.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace corral {

struct InstallOptions
{
    bool dangerous = false; // allow installing an unpacked directory
    bool devmode = false; // required for `confinement: devmode`; forces devmode otherwise
    bool classic = false; // required for `confinement: classic`
};

struct Outcome
{
    bool ok = false;
    QString error; // "cannot install …: …" when !ok
    bool refused = false; // !ok because the request conflicts with the current state
                          // (nothing was changed), rather than because something failed
    QStringList warnings; // e.g. plugs of unknown interfaces that were left out
    QString snap; // the snap acted on
    QString revision; // the revision now active (install, revert)
};

struct InstalledSnap
{
    SnapState state;
    std::optional<SnapInfo> info; // snap.yaml of the current revision, when readable
    QString problem; // why info is missing, or why the snap cannot run
    bool baseMissing = false; // its base snap is not installed
    bool devmode = false; // the current revision runs in devmode
    bool classic = false;
};

// How the snap's current revision runs: "strict", "devmode" or "classic" (what it was
// installed with, which may be stricter than snap.yaml asks); empty when snap.yaml cannot
// be read.
QString confinementOf(const InstalledSnap &snap);

class SnapManager
{
public:
    // Installs a .snap file, or with options.dangerous an unpacked directory, as a new
    // local revision of the snap it contains, and makes that revision current.
    Outcome install(const QString &path, const InstallOptions &options);
    // Unmounts every revision, removes its data, copies and state entry.
    Outcome remove(const QString &name);
    // Makes the kept previous revision current again.
    Outcome revert(const QString &name);

    // As root, list() and info() first call ensureMounted(), so that the first command
    // after a reboot puts the mounts back before it reads snap.yaml through them.
    std::optional<QList<InstalledSnap>> list(QString *error);
    std::optional<InstalledSnap> info(const QString &name, QString *error);
    // What list() gives for a state the caller loaded, without mounting anything.
    static QList<InstalledSnap> describeAll(const State &state);

    // Mounts every installed revision that is not mounted (after a reboot). Returns one
    // message per revision that could not be mounted.
    QStringList ensureMounted();

    // Removes what installs that never finished (killed, or the machine went down) left
    // in the staging directory: temporary mounts, copies of .snap files. Takes the state
    // lock, so no install is running meanwhile. Returns one message per leftover that
    // could not be removed.
    QStringList removeLeftovers();
};

} // namespace corral
