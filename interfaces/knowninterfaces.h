// Names of the interfaces Corral implements. The interface catalog (its own issue)
// replaces this list with the builtin interface definitions.
#pragma once

#include <QString>
#include <QStringList>

namespace corral {

const QStringList &knownInterfaceNames(); // sorted
bool isKnownInterface(const QString &name);

} // namespace corral
