// Files and directories the launcher may trust: every component of the path, from "/",
// is owned by root, is not writable by its group or by others, and is not a symbolic
// link. Only root can make such a path, so a plan, a seccomp filter or a CORRAL_ROOT that
// passes cannot have been planted by the person running the setuid launcher.
#pragma once

#include "launcher/fd.h"
#include "launcher/result.h"

#include <string>
#include <sys/types.h>

namespace corral::launch {

// Opens `path` (absolute and clean) with `flags` (O_NOFOLLOW and O_CLOEXEC are added)
// after checking every component. A missing component fails with errnum ENOENT.
Result<UniqueFd> openTrusted(const std::string &path, int flags);

// Opens the directory `path` (O_PATH), creating missing components as root-owned
// directories with `mode` on the way; every component, old or new, must be trusted.
Result<UniqueFd> openOrCreateTrustedDirectory(const std::string &path, mode_t mode);

// Why a file with this owner and mode cannot be trusted; empty when it can.
std::string untrustedReason(const std::string &path, uid_t owner, mode_t mode);

} // namespace corral::launch
