// Whom this person was told about: the apps corral-notify showed a notification for, kept
// in a small file ($XDG_STATE_HOME/corral/notified, one key a line, the most recent last)
// so that logging in again does not tell the same thing again. Bounded: past `capacity`
// keys the oldest are forgotten. Written atomically; a file that cannot be read or written
// costs only repetition, never a notification.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace corral::notify {

// Whether `name` is a valid snap name (lower-case letters, digits and single dashes, at
// most 40, at least one letter), which is all a notification passes on to a command.
bool isSnapName(const QString &name);

// The line of an app in the list: "snap.app", "snap.hook.name" for a hook, or "snap" when
// the process could not be told apart from its snap's other apps; empty when `snap` or
// `app` is not a valid name.
QString appKey(const QString &snap, const QString &app);

class ToldList
{
public:
    static constexpr int DefaultCapacity = 500;
    explicit ToldList(QString path, int capacity = DefaultCapacity);

    // $XDG_STATE_HOME/corral/notified (~/.local/state/corral/notified by default).
    static QString defaultPath();

    QString path() const { return m_path; }
    // Reads the file again when it changed since it was last read (another session of the
    // same person may have written it). A missing file is an empty list; lines that are
    // not keys are skipped.
    void reload();
    bool contains(const QString &key) const { return m_keys.contains(key); }
    QStringList keys() const { return m_keys; }
    // Adds `key` as the most recent and writes the file; false with *error when it could
    // not be written (the key is remembered in memory all the same).
    bool add(const QString &key, QString *error = nullptr);

    // Whether `key` can be a line of the file: what appKey() makes.
    static bool isValidKey(const QString &key);

private:
    bool save(QString *error);

    QString m_path;
    int m_capacity;
    QStringList m_keys; // oldest first
    QDateTime m_readModified; // the file's modification time when last read or written
    qint64 m_readSize = -1;
};

} // namespace corral::notify
