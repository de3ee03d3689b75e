// The default policy every confined app gets before any interface adds to it: enough to
// run programs from its base and its own snap, keep data in its own directories, use its
// private /tmp and talk to the other apps of the same snap. Nothing personal, no network,
// no devices beyond the harmless ones.
#pragma once

#include "interfaces/policy.h"

namespace corral {

// Bumped whenever defaultPolicy() changes, so the system key changes and every profile
// is regenerated.
inline constexpr int DefaultTemplateVersion = 1;

// File rules use the variables of policy.h. AppArmor text rules may use @{SNAP_NAME}
// (the generator defines it) to name peers of the same snap.
const Policy &defaultPolicy();

} // namespace corral
