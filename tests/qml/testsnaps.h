// What the QML tests share: their own snaps (tests/qml/data, packed into this build
// directory), installed through the helper of a HelperFixture like the examples, and the
// page's system bus connection as a person without privileges.
#pragma once

#include "tests/common/helperfixture.h"

#include <QString>

#include <sys/types.h>

namespace corral::test {

// Installs test snap `name` (gallery, photo-album) as root; an error, or empty.
QString installTestSnap(HelperFixture &fixture, const QString &name);

// Connects the process's system bus (QDBusConnection::systemBus(), which every `Client {}`
// uses) as user `uid`: the bus takes a connection's user from the socket's credentials at
// connect time (SO_PEERCRED, the effective ids) and libdbus claims the effective uid, so
// for that moment the effective ids are the user's. The process stays root otherwise. An
// error, or empty.
QString connectSystemBusAsUser(uid_t uid, gid_t gid);

// A Qt Quick Test's environment, the same whatever display and language the person running
// the tests has: the offscreen platform and software rendering (unless set), English.
// The screenshots are another test's, under Xvfb.
void useQuickTestEnvironment();

} // namespace corral::test
