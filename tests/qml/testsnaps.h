// The QML tests' own snaps (tests/qml/data, packed into this build directory), installed
// through the helper of a HelperFixture like the examples.
#pragma once

#include "tests/common/helperfixture.h"

#include <QString>

namespace corral::test {

// Installs test snap `name` (gallery, photo-album) as root; an error, or empty.
QString installTestSnap(HelperFixture &fixture, const QString &name);

} // namespace corral::test
