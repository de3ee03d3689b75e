// Corral's persistent state (state.json): installed snaps and their revisions.
// Later parts (connections) add their own top-level keys; keys this code does not know
// are kept as they are when the state is saved again.
#pragma once

#include "interfaces/atomicfile.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace corral {

struct RevisionState
{
    QString revision; // "x1", "x2", …
    QString sourceDir; // for `install --dangerous DIR`: the directory; empty for a .snap
                       // (its copy lives at dirs::snapBlobPath(name, revision))
    bool devmode = false;
    bool classic = false;
    QDateTime installedAt;

    bool isDirectory() const { return !sourceDir.isEmpty(); }
    bool operator==(const RevisionState &) const = default;
};

struct SnapState
{
    QString name;
    QString current; // the active revision
    QList<RevisionState> revisions; // oldest first; the active one and at most one other
    int lastLocalRevision = 0; // x<N> numbering continues from here

    const RevisionState *revision(const QString &revision) const;
    const RevisionState *currentRevision() const { return revision(current); }
    // The kept revision that is not current, if any (what `revert` goes back to).
    const RevisionState *previousRevision() const;
    bool operator==(const SnapState &) const = default;
};

struct State
{
    QMap<QString, SnapState> snaps;
    QJsonObject other; // top-level keys owned by other parts, preserved verbatim
};

// Loads dirs::stateFile(). A missing file is an empty state. A file that cannot be read
// or parsed returns nullopt with *error naming the path; it is never replaced silently.
std::optional<State> loadState(QString *error);

// Saves atomically to dirs::stateFile(), creating the state directory if needed.
// With Durability::Deferred the caller syncs (syncFileSystems) before relying on it.
bool saveState(const State &state, QString *error, Durability durability = Durability::Synced);

QByteArray stateToJson(const State &state);
// Parses and validates state JSON; `fileName` is used in messages only.
std::optional<State> stateFromJson(const QByteArray &json, const QString &fileName, QString *error);

// Serializes changes to the state between processes: an exclusive flock on
// <lockDir>/state.lock, held from acquire() until the object is destroyed. Every
// operation that loads, changes and saves the state holds it for the whole operation.
class StateLock
{
public:
    StateLock() = default;
    ~StateLock();
    StateLock(const StateLock &) = delete;
    StateLock &operator=(const StateLock &) = delete;

    // Blocks until the lock is free. On failure sets *error to "cannot lock …: …".
    bool acquire(QString *error);

private:
    int m_fd = -1;
};

} // namespace corral
