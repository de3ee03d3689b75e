// The AppArmor backend: one profile per app, made of the default template and the
// policy of its interfaces; checked with apparmor_parser; loaded only where the kernel
// has AppArmor enabled.
#pragma once

#include "interfaces/policy.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace corral {

struct AppArmorProfileInput
{
    QString tag; // the security tag and profile name: snap.<snap>.<app>
    QString snap; // the snap's name
    QString revision; // its current revision
    bool complain = false; // devmode: log what strict would deny
    Policy policy; // the default template and every interface contribution, merged
};

// The profile's text. Paths are as the app sees them inside its sandbox.
QString apparmorProfile(const AppArmorProfileInput &input);

// The variables a profile defines for the interfaces' rules, in the order it defines them,
// each value as written there (in terms of variables defined before it): "SNAP" →
// "/snap/@{SNAP_NAME}/@{SNAP_REVISION}". @{HOME}, @{PROC} and @{pid} come from AppArmor's
// own tunables.
QList<QPair<QString, QString>> apparmorVariables(const QString &snap, const QString &revision);

// Whether the running kernel enforces AppArmor (always the real /sys, whatever
// CORRAL_ROOT says: it is a fact about the kernel, not about Corral's files).
bool apparmorEnabled();

// "AppArmor parser version 3.0.8" → "3.0.8"; empty when apparmor_parser is missing.
QString apparmorParserVersion();

// Compiles the profiles without loading them (apparmor_parser -Q -K -T). On failure
// *error names the file and carries the parser's message.
bool checkApparmorProfiles(const QStringList &paths, QString *error);

// Loads (or replaces) the profiles in the kernel, caching the compiled form.
bool loadApparmorProfiles(const QStringList &paths, const QString &cacheDir, QString *error);

// Unloads the named profiles; missing ones are not an error.
bool unloadApparmorProfiles(const QStringList &tags, QString *error);

} // namespace corral
