// Validation rules for names and values in snap.yaml, as snapd applies them.
// Each returns an empty string when the value is valid, otherwise the reason
// ("… is not a valid snap name") to go after "cannot …: ".
#pragma once

#include <QString>

namespace corral {

QString checkSnapName(const QString &name);
QString checkAppName(const QString &name);
QString checkHookName(const QString &name);
QString checkPlugOrSlotName(const QString &name);
QString checkInterfaceName(const QString &name);
QString checkVersion(const QString &version);
QString checkCommand(const QString &command);
QString checkLayoutPath(const QString &path);
QString checkEnvironmentName(const QString &name);
// Local revisions are x1, x2, …; store revisions are positive integers.
QString checkRevision(const QString &revision);

} // namespace corral
