// The snap's mount namespace: joined when a namespace built from the same operations is
// preserved at <root>/run/corral/ns/<snap>.mnt, built (and preserved) otherwise.
#pragma once

#include "launcher/fd.h"
#include "launcher/invocation.h"
#include "launcher/plan.h"
#include "launcher/result.h"
#include "launcher/sandbox.h"

#include <vector>

namespace corral::launch {

// Takes the snap's lock (<root>/run/corral/lock/<snap>.lock): launches of one snap build,
// discard and configure its namespace and device cgroup one at a time.
// Entry: euid 0. The lock is held until the descriptor is closed.
Result<UniqueFd> lockSnap(const Plan &plan, const Invocation &invocation);

// Entry: euid 0, in the host's mount namespace, holding the snap's lock.
// Joins the preserved namespace when its recorded fingerprint matches `ops`; otherwise
// discards it, builds a new one in a child process (which runs the operations and then
// checks that the caller's working directory exists there), preserves it by binding its
// nsfs file, and joins it. Binding can fail with EINVAL when the kernel handed the new
// namespace an id below the host namespace's (ids come from per-CPU batches); the build
// is then retried in a fresh namespace on the next CPU, a bounded number of times.
// A namespace in which the working directory is missing is joined but not preserved, so
// the launch fails in the next step without leaving anything behind.
// Exit: the process is in the snap's namespace; its root and cwd are the sandbox's "/".
Status enterMountNamespace(
    const Plan &plan, const Invocation &invocation, const std::vector<MountOp> &ops);

// Entry: euid 0 in the snap's namespace. Changes to the caller's working directory,
// checking access as the caller; fails with a plain reason when it is missing there.
Status restoreWorkingDirectory(const Invocation &invocation, const std::string &snap);

} // namespace corral::launch
