// AppArmor: where the kernel has it enabled, the app is executed under its profile.
#pragma once

#include "launcher/plan.h"
#include "launcher/result.h"

namespace corral::launch {

// Whether AppArmor is enabled. Checks the module parameter before asking libapparmor,
// which would otherwise parse /proc/mounts on every launch of a kernel without AppArmor.
bool appArmorEnabled();

// Entry: euid 0, before privileges are dropped. Asks the kernel to switch to the plan's
// label at the next exec (aa_change_onexec), so the launcher itself finishes unconfined
// and the app starts confined. Refuses clearly when AppArmor is enabled but the profile
// is not loaded; does nothing where AppArmor is not enabled (Landlock and seccomp still
// confine the app) or for a plan without a label (classic).
Status changeProfileOnExec(const Plan &plan);

} // namespace corral::launch
