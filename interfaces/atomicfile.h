// Writing a file so that readers see either the old or the new content, never a mix,
// even across a crash: temporary file in the same directory, fsync, rename, fsync of
// the directory.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace corral {

enum class Durability {
    Synced, // fsync the file and its directory before returning
    Deferred, // only the atomic rename; the caller syncs many files at once with
              // syncFileSystem() before it relies on them (profile generation)
};

// On failure returns false, sets *error to "cannot write <path>: <why>" and leaves the
// old file untouched (and no temporary file behind).
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error,
    int mode = 0644, Durability durability = Durability::Synced);

// Flushes everything written to the file system that holds `path` (syncfs(2)).
bool syncFileSystem(const QString &path, QString *error);
// The same for several paths, once per file system.
bool syncFileSystems(const QStringList &paths, QString *error);

// Creates `path` empty if it does not exist, and makes its name durable (fsync of the
// directory): a marker file, cheaper than writeFileAtomically().
bool createMarkerFile(const QString &path, QString *error);

} // namespace corral
