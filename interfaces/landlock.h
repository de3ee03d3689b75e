// The Landlock backend: the file rules of an app's policy, turned into the path-beneath
// rules Landlock can enforce.
//
// Landlock grants access to whole directory trees (or single files) that exist when the
// sandbox starts; it has no globs. Each pattern therefore becomes rules on the paths its
// glob-free part names: `{a,b}` alternatives are expanded, and the pattern is cut at its
// first component with a glob. So `/dev/{null,zero}` allows exactly those two files, and
// `/sys/devices/**/video4linux/**` allows all of /sys/devices: Landlock is the coarse
// layer, AppArmor (where enabled) the precise one, and the device cgroup decides which
// device nodes open at all.
//
// One exception keeps hidden files private: a pattern whose first glob is the last
// component directly below $HOME (`@{HOME}/[^.]**`) stays a glob that the launcher
// expands by listing $HOME when the app starts, so ~/.ssh is never granted by accident.
// Entries created in $HOME later are not covered until the next start.
#pragma once

#include "interfaces/policy.h"

#include <QList>
#include <QString>

namespace corral {

struct LandlockRule
{
    QString access; // letters from "rwx", in that order
    QString path; // absolute, or starting with $HOME, $SNAP_USER_DATA, $SNAP_USER_COMMON
                  // or $XDG_RUNTIME_DIR, which the launcher expands for the user
    bool operator==(const LandlockRule &) const = default;
};

struct LandlockContext
{
    QString snap; // the app's snap
    QString revision; // its current revision
};

// The rules for `files`, without duplicates and without rules that another rule of the
// set already implies (a path below a path granted at least the same access).
QList<LandlockRule> landlockRules(const QList<FileRule> &files, const LandlockContext &context);

// Expands `{a,b}` alternatives (nested ones too) into every combination, in order.
QStringList expandAlternatives(const QString &pattern);

} // namespace corral
