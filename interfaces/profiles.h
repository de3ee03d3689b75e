// Generating the security profiles of apps: from the repository (snaps, plugs, slots,
// connections) and the installed revisions, every file the launcher and the kernel need.
//
// Per app (security tag snap.<snap>.<app>):
//   <state>/apparmor/<tag>        AppArmor profile (checked with apparmor_parser)
//   <state>/seccomp/<tag>.src     seccomp source (template + interface lines)
//   <state>/seccomp/<tag>.bpf     compiled filter (launcher/seccompfile.h)
//   <state>/plans/<tag>.plan      launch plan (docs/launch-plan.md)
// Per snap:
//   /etc/udev/rules.d/70-corral-<snap>.rules   udev rules tagging the snap's devices
//
// Generation is computed in memory first and written only when everything generated
// fine, each file atomically and only when its content changed.
#pragma once

#include "interfaces/launchplan.h"
#include "interfaces/repository.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace corral {

// What the generator needs to know about an installed snap beyond its snap.yaml.
struct InstalledRevision
{
    QString revision;
    bool devmode = false;
    bool classic = false;
};

struct GenerateOptions
{
    // Run apparmor_parser over every profile whose text changed (the slow part).
    bool checkApparmor = true;
    // Flush what was written before returning. Without, the caller syncs
    // (syncFileSystems of dirs::stateDir() and dirs::udevRulesDir()) before relying on it.
    bool sync = true;
};

struct GenerateStats
{
    int apps = 0;
    int filesWritten = 0; // files whose content changed
    int filesRemoved = 0; // files of apps that no longer exist
    int seccompCompiled = 0; // distinct filters compiled (identical sources compile once)
};

class ProfileGenerator
{
public:
    ProfileGenerator(
        const Repository &repository, const QMap<QString, InstalledRevision> &installed);

    // The security policy of one app: the default template (unless classic) and the
    // contributions of its plugs, slots and connections.
    Policy appPolicy(const SnapInfo &snap, const AppInfo &app) const;
    // The launch plan of one app (without writing it).
    std::optional<LaunchPlan> launchPlan(
        const SnapInfo &snap, const AppInfo &app, QString *error) const;

    // Generates and writes every file of `snaps` (and removes files of their apps that
    // no longer exist). Nothing is written when any part fails.
    bool generate(const QStringList &snaps, const GenerateOptions &options, GenerateStats *stats,
        QString *error);

    // Removes every generated file of a snap (after it was removed).
    static bool removeSnapFiles(const QString &snap, QString *error);

    // The generated files of one app, by kind: "apparmor", "seccomp", "plan", "udev".
    static QMap<QString, QString> profilePaths(const QString &tag);

private:
    std::optional<LaunchPlan> launchPlan(
        const SnapInfo &snap, const AppInfo &app, const Policy &policy, QString *error) const;
    const InstalledRevision *installedRevision(const QString &snap) const;

    const Repository &m_repository;
    QMap<QString, InstalledRevision> m_installed;
    // In key order, so that profiles list their rules in a stable order.
    QHash<QString, QList<const Connection *>> m_connectionsBySnap;
};

// "snap.<snap>.<app>"
QString securityTag(const QString &snap, const QString &app);

} // namespace corral
