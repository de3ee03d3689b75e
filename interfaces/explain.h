// Explaining a denial: which interfaces, once connected, would have allowed it. Computed
// from the interfaces' own policy (their file rules, seccomp rules, device rules and
// AppArmor network, capability and D-Bus rules), never from a table of its own, so a
// change to an interface changes its explanations with it.
#pragma once

#include "interfaces/denial.h"
#include "interfaces/snapinfo.h"

#include <QString>
#include <QStringList>

namespace corral {

struct ExplainContext
{
    // The denied app's snap, when known: its name and revision expand @{SNAP_NAME},
    // @{SNAP} and the snap's data directories, and interfaces whose policy depends on a
    // plug's attributes (personal-files, system-files) are judged by the snap's own plugs
    // of them. Without it, those variables match any snap.
    const SnapInfo *snap = nullptr;
    QString revision;
    // The process's home directory for @{HOME}; empty: any home (/home/*/, /root/).
    QString home;
};

// The ids of the interfaces whose connected-plug policy would allow `denial`, sorted by
// id; empty when none would (or the denial's kind says nothing any interface grants).
//
// - Syscall: an interface with a seccomp rule naming the call (rules with argument
//   filters count: the record does not say the arguments).
// - File and Device: a file rule whose pattern matches the path with every access the
//   denial asked for (AppArmor masks r, w, a, c, d, l, k, m, x; Landlock's fs.* rights),
//   or for Device also a device rule whose node pattern matches.
// - Network: an AppArmor network rule covering the family and type.
// - Capability: an AppArmor capability rule naming it.
// - DBus: an AppArmor dbus rule whose bus, path, interface and member match.
QStringList interfacesAllowing(const Denial &denial, const ExplainContext &context = {});

// `pattern` (a FileRule's, or a D-Bus rule's value) with its variables replaced by the
// globs explaining matches it with: @{SNAP}, @{SNAP_DATA} … for `context`'s snap and
// revision ("*" for either when unknown), @{HOME} for its home ("{/home/*,/root}" when
// unknown), @{PROC}, @{pid} (a process id: one to seven digits, no leading zero) and
// @{XDG_RUNTIME_DIR} (/run/user/[0-9]*). Snaps are where the app sees them in its sandbox.
QString expandPolicyVariables(const QString &pattern, const ExplainContext &context = {});

// Whether AppArmor glob `pattern` (with @{…} variables already expanded) matches `path`:
// `*` within a component, `**` across components, `?`, `[…]` and `[^…]` classes, and
// `{a,b}` alternatives.
bool globMatches(const QString &pattern, const QString &path);

} // namespace corral
