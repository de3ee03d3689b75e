// Executing the sandbox's mount operations (sandbox.h) inside a new mount namespace.
#pragma once

#include "launcher/result.h"
#include "launcher/sandbox.h"

#include <string>
#include <vector>

namespace corral::launch {

// Entry: euid 0, in a mount namespace of our own (unshare(CLONE_NEWNS) was called), so
// every mount below is invisible to the host; "/" is made a recursive slave first, so
// nothing propagates out even where the host's mounts are shared.
// Runs `ops` in order. Every target is resolved inside the new root (openat2 with
// RESOLVE_IN_ROOT), so a symbolic link in the base cannot point a mount at the host;
// sources of layout and content mounts are resolved without following any link.
// Exit: "/" is the sandbox, the old root is at paths.hostfs, cwd is "/".
Status executeMountOperations(
    const std::vector<MountOp> &ops, const SandboxPaths &paths, const std::string &snap);

// Makes sure mounts the host makes below /media later propagate into sandboxes: the mount
// holding /media must be shared. When it is not, /media is bound on itself and made
// shared (as snap-confine does for /snap). Entry: euid 0 in the host's namespace.
Status ensureMediaPropagates();

// The gid devpts gives new terminals ("tty" in /etc/group), or -1.
int ttyGroup();

} // namespace corral::launch
