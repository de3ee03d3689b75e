// Landlock: the file access the plan grants, enforced by the kernel as the last layer
// before seccomp. The ABI is detected at run time; every file access right that ABI knows
// is handled, so anything the plan does not grant is denied.
#pragma once

#include "launcher/plan.h"
#include "launcher/result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace corral::launch {

// The per-user values of the variables a landlock PATH may start with.
struct LandlockVariables
{
    std::string home; // the caller's real home directory
    std::string snapUserData;
    std::string snapUserCommon;
    std::string xdgRuntimeDir;
};

// The file access rights ABI `abi` knows (all of them are handled).
std::uint64_t handledAccess(int abi);
// The rights the letters grant, restricted to those `abi` knows: r (read files, list
// directories), w (write, create, remove, rename across directories, truncate, device
// ioctls), x (execute), d (list directories).
std::uint64_t accessFor(std::string_view letters, int abi);
// The rights that apply to a file that is not a directory.
std::uint64_t fileAccess();

// A rule's path with its variable replaced; `glob` is set to the final component when
// the rule is $HOME/GLOB (and the returned path is then $HOME itself).
std::string expandLandlockPath(
    const std::string &path, const LandlockVariables &variables, std::string *glob);
// Whether `name` (one directory entry) matches a $HOME/GLOB component; names starting
// with "." only match a glob that starts with ".".
bool matchesHomeGlob(const std::string &glob, const std::string &name);

// The ABI the kernel offers, 0 when Landlock is unavailable (or disabled).
int landlockAbi();

// Entry: the caller's uid, no capabilities, no_new_privs set. Builds the ruleset from the
// plan's rules (opening each path as the caller; paths that do not exist or the caller
// cannot reach are skipped) and restricts this process and everything it executes.
// Does nothing when the kernel has no Landlock.
Status applyLandlock(const Plan &plan, const LandlockVariables &variables);

} // namespace corral::launch
