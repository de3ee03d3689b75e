// The launch plan: everything corral-launch needs to start one app, written by the
// generator in the line format of docs/launch-plan.md.
#pragma once

#include "interfaces/landlock.h"
#include "interfaces/policy.h"
#include "interfaces/snapinfo.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace corral {

inline constexpr int LaunchPlanVersion = 1;

struct LaunchPlan
{
    QString tag;
    QString snap;
    QString app;
    QString revision;
    Confinement confinement = Confinement::Strict;
    QString base; // empty for a snap without a base (classic)
    QString baseRevision;
    QString baseDir; // absolute, as the launcher sees the host
    QString snapDir;
    QStringList command; // program (relative to $SNAP) and its arguments
    QStringList commandChain;
    Environment environment;
    QList<MountRule> mounts; // sources as the host sees them, targets as the app does
    QList<QPair<QString, QString>> symlinks; // layouts: (target, link) inside the sandbox
    QStringList tmpfs; // layouts: empty writable directories
    QList<DeviceRule> devices;
    QList<LandlockRule> landlock;
    QString seccompFile; // empty for classic
    QString apparmorLabel; // empty for classic
};

// The plan's text. Returns an empty array and sets *error when a value cannot be written
// (a control character in a path, an empty command).
QByteArray serializeLaunchPlan(const LaunchPlan &plan, QString *error);

// fstab-style escaping of one field: space, tab, newline and backslash as \ooo.
QString escapePlanField(const QString &field);

} // namespace corral
