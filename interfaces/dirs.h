// Every path Corral uses, below one root taken from $CORRAL_ROOT (default "/"), so
// tests can install, connect and generate profiles in a temporary tree.
#pragma once

#include <QString>

namespace corral::dirs {

QString root(); // $CORRAL_ROOT, made absolute and clean; "/" by default
QString rooted(const QString &absolutePath); // root() + absolutePath

QString snapMountDir(); // <root>/snap (the CMake option CORRAL_SNAP_MOUNT_DIR)
QString snapMountPath(const QString &snap); // <mount>/<snap>
QString snapMountPath(const QString &snap, const QString &revision); // <mount>/<snap>/<rev>

QString stateDir(); // <root>/var/lib/corral
QString stateFile(); // state.json
QString systemKeyFile(); // system-key
QString pendingChangeFile(); // change-in-progress: profiles and state may disagree
QString snapBlobDir(); // <state>/snaps: copies of installed .snap files
QString snapBlobPath(const QString &snap, const QString &revision); // <blobs>/<snap>_<rev>.snap
QString stagingDir(); // <state>/staging: temporary mounts while installing
QString apparmorDir(); // <state>/apparmor
QString seccompDir(); // <state>/seccomp
QString plansDir(); // <state>/plans
QString hostfsDir(); // <state>/hostfs (old root inside the sandbox)
QString desktopDir(); // <state>/desktop: on XDG_DATA_DIRS (profile.d/corral.sh)
QString desktopApplicationsDir(); // <desktop>/applications: exported <snap>_<app>.desktop

QString snapDataDir(); // <root>/var/snap
QString snapDataPath(const QString &snap); // /var/snap/<snap>
QString snapDataPath(const QString &snap, const QString &revision); // /var/snap/<snap>/<rev>

QString udevRulesDir(); // <root>/etc/udev/rules.d
QString runDir(); // <root>/run/corral
QString namespaceDir(); // <run>/ns
QString lockDir(); // <run>/lock

} // namespace corral::dirs
