// Denials as the helper reports them (ListDenials, DenialRecorded) and the words that
// explain one to a person: what was blocked ("read and write /dev/video0"), which
// permission would have allowed it, when and how often. Shared by the CLI, the permissions
// manager and the notifier, so that all of them say the same thing in the same words.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace corral::client {

// One distinct denial, with how often and when it happened (the keys of the helper's
// map, docs/dbus-api.md).
struct DenialEntry
{
    QString key; // the helper's key of the entry: the same denial of the same app
    QString snap;
    QString app; // empty when the process could not be told apart from its snap's apps
    QString tag; // "snap.<snap>.<app>"
    QString source; // seccomp, apparmor, landlock
    QString kind; // syscall, file, device, network, dbus, capability, other
    // syscall: its name; file and device: the path; network: "inet stream" or Landlock's
    // "tcp port 80"; capability: its name; dbus: "member interface path on bus".
    QString object;
    QString operation; // AppArmor's operation ("open", "create", "signal" …)
    QString requested; // AppArmor's mask ("rw") or Landlock's blockers ("fs.read_file,…")
    QString denied; // as requested
    bool enforced = true; // false: only logged (devmode, complain mode)
    QString arch;
    int syscall = -1;
    qint64 pid = -1;
    qint64 uid = -1;
    QString comm;
    QString exe;
    quint32 count = 0;
    QDateTime first; // UTC
    QDateTime last; // UTC
    QStringList suggestions; // interface ids whose policy would allow it
    QStringList plugs; // for each suggestion the snap's plug of that interface, or ""

    static DenialEntry fromMap(const QVariantMap &map);

    // The snap's plug ("snap:plug") for suggestion `index`, or empty when the snap has none.
    QString plugRef(qsizetype index) const;
};

// An interface id's label in the person's language ("Use your camera").
using LabelOf = std::function<QString(const QString &interface)>;

// What was blocked, in words: "read /dev/video0", "read and write ~/x", "system call
// keyctl", "create a netlink raw socket", "capability sys_admin", "D-Bus call …".
QString denialAction(const DenialEntry &denial);

// Which permissions would have allowed it: "Use your camera (camera) would allow this",
// "A (a) or B (b) would allow this", or "no permission would allow this".
QString denialSuggestion(const DenialEntry &denial, const LabelOf &labelOf);

// The one line a list shows: "blocked: read /dev/video0 — Use your camera (camera) would
// allow this"; "logged: …" when it was not enforced.
QString denialLine(const DenialEntry &denial, const LabelOf &labelOf);

// How often: "once", "3 times".
QString denialCountText(quint32 count);

// When, relative to `now`: "just now", "2 minutes ago", "3 hours ago", "yesterday",
// "4 days ago", and the date after a week.
QString relativeTime(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace corral::client
