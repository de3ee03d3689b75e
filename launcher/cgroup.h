// The device cgroup: which device nodes the app can open at all, whatever their file
// permissions. cgroup v1 has the `devices` controller; cgroup v2 a BPF program of type
// BPF_PROG_TYPE_CGROUP_DEVICE attached to the app's cgroup.
#pragma once

#include "launcher/invocation.h"
#include "launcher/plan.h"
#include "launcher/result.h"

#include <linux/bpf.h>
#include <string>
#include <vector>

namespace corral::launch {

enum class CgroupVersion { V1, V2 };

// The devices every app may use (null, zero, full, random, urandom, tty, console, ptmx and
// the pty slaves), followed by those the plan lists.
std::vector<DeviceRule> allowedDevices(const Plan &plan);

// "c 1:3 rwm" lines, as the v1 controller's devices.allow takes and devices.list shows them.
std::vector<std::string> v1Rules(const std::vector<DeviceRule> &devices);

// The v2 program: returns 1 (allow) for a device matching one of `devices`, 0 otherwise.
std::vector<bpf_insn> deviceProgram(const std::vector<DeviceRule> &devices);

// The cgroup (relative to a hierarchy's root) of an app: corral/<tag>, or for a test root
// corral-<hash of the root>/<tag> so that tests never touch a real installation's.
std::string cgroupPath(const std::string &root, const std::string &tag);

// Picks the hierarchy: the override when given, otherwise v1 when its devices controller
// is mounted (on a hybrid system it is the one that governs devices), otherwise v2.
Result<CgroupVersion> chooseCgroupVersion(const std::string &override);

// Entry: euid 0 (the snap's lock held, so the cgroup is configured by one launch at a
// time). Creates the app's cgroup when missing, makes its device rules exactly those of
// the plan (v1: only when they differ, so running apps are not disturbed; v2: attaches a
// fresh program, replacing the previous one), and moves this process into it. The app
// and its children stay there; they cannot leave, since only root may write cgroup files.
Status joinDeviceCgroup(const Plan &plan, const Invocation &invocation);

} // namespace corral::launch
