// corral-launch <snap>.<app> [arguments…]: starts an app inside its sandbox.
//
// Installed setuid root: it starts with the caller's real ids and euid 0, keeps euid 0
// while it builds the sandbox, and drops every privilege before anything of the app runs.
// main() is the list of steps, in order; each step's function says in its header what
// holds on entry, what it changes and why that is safe. The first failure ends the launch
// with one line, "cannot <step>: <reason>", and a non-zero exit status.
#include "launcher/apparmor.h"
#include "launcher/cgroup.h"
#include "launcher/env.h"
#include "launcher/invocation.h"
#include "launcher/landlock.h"
#include "launcher/ns.h"
#include "launcher/plan.h"
#include "launcher/privs.h"
#include "launcher/sandbox.h"
#include "launcher/seccomp.h"
#include "launcher/steps.h"

using namespace corral::launch;

int main(int argc, char **argv, char **envp)
{
    // 1. Who asks for what. Entry: the caller's uid and gid, euid 0, every capability.
    //    Only reads (argv, the environment, the working directory, /etc/passwd); sets
    //    egid 0 so that what the launcher creates is root's. A CORRAL_ROOT is honoured only
    //    when root made it, and a setuid launcher only from its installed path.
    const Invocation invocation = must("start", parseInvocation(argc, argv, envp));
    must("start", checkExecutable(invocation));
    const std::string &name = invocation.tag;

    // 2. What to build. Reads the plan and the seccomp filter through root-owned paths
    //    only, before anything is changed, so that a bad plan or filter leaves nothing.
    const Plan plan = must("read the launch plan of " + name, loadPlan(invocation));
    must("start " + name, checkSnapIsMounted(plan));

    if (plan.confinement == Confinement::Classic) {
        // Classic: no sandbox. The app runs on the host with the caller's privileges only.
        must("drop privileges", dropPrivileges(invocation));
        const AppPaths paths = appPaths(plan, invocation, plan.snapDir);
        must("create the user directories of " + plan.snap,
            createUserDirectories(paths, invocation));
        die("run " + name,
            execApp(appCommand(plan, paths.snap, invocation.arguments),
                appEnvironment(plan, invocation, paths), invocation.umask));
    }

    const SeccompFilter filter
        = must("load seccomp filter " + plan.seccompFile, readSeccompFilter(plan.seccompFile));
    const SandboxPaths sandbox = sandboxPaths(invocation.root);
    const std::vector<MountOp> operations = namespaceOperations(plan, sandbox);

    {
        // 3. The snap's mount namespace, 4. the working directory, 5. the device cgroup.
        //    Still euid 0; one launch of a snap at a time (the lock). The namespace is
        //    joined or built in a child (mounts never reach the host: "/" is a slave);
        //    the working directory is entered with the caller's file system ids; the
        //    process moves into the app's device cgroup (strict only: devmode has none).
        const corral::launch::UniqueFd lock
            = must("lock snap " + plan.snap, lockSnap(plan, invocation));
        must("enter the mount namespace of snap " + plan.snap,
            enterMountNamespace(plan, invocation, operations));
        must("restore the working directory", restoreWorkingDirectory(invocation, plan.snap));
        if (plan.confinement == Confinement::Strict)
            must("set up the device cgroup of " + name, joinDeviceCgroup(plan, invocation));
    }

    // 6. Confinement, then exec. The AppArmor label is set for the next exec while still
    //    root; then every privilege goes (caller's uid, gid and groups, no capabilities,
    //    no_new_privs), checked. From here on nothing runs with more than the caller has:
    //    the user directories are made as the caller, Landlock and seccomp can only take
    //    rights away, and seccomp is last since it may forbid what the launcher does.
    must("set the AppArmor profile of " + name, changeProfileOnExec(plan));
    must("drop privileges", dropPrivileges(invocation));
    const AppPaths paths = appPaths(plan, invocation, sandboxSnapDir(plan, sandbox));
    must("create the user directories of " + plan.snap, createUserDirectories(paths, invocation));
    if (plan.confinement == Confinement::Strict)
        must("apply Landlock rules", applyLandlock(plan, landlockVariables(paths)));
    const AppCommand command = appCommand(plan, paths.snap, invocation.arguments);
    const std::vector<std::string> environment = appEnvironment(plan, invocation, paths);
    must("load seccomp filter " + plan.seccompFile, loadSeccompFilter(filter));
    die("run " + name, execApp(command, environment, invocation.umask));
}
