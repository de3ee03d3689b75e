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
    // Caller's ids, euid 0. Reads argv, the environment and the working directory, and
    // checks that the launcher is the installed one.
    const Invocation invocation = must("start", parseInvocation(argc, argv, envp));
    must("start", checkExecutable(invocation));
    const std::string &name = invocation.tag;

    // Read everything the launch depends on before changing anything, so that a bad plan
    // or filter leaves nothing behind.
    const Plan plan = must("read the launch plan of " + name, loadPlan(invocation));
    must("start " + name, checkSnapIsMounted(plan));

    if (plan.confinement == Confinement::Classic) {
        // Classic: no sandbox, only the caller's own privileges.
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
        // One launch of the snap at a time builds its namespace and configures its cgroup.
        const corral::launch::UniqueFd lock
            = must("lock snap " + plan.snap, lockSnap(plan, invocation));
        must("enter the mount namespace of snap " + plan.snap,
            enterMountNamespace(plan, invocation, operations));
        must("restore the working directory", restoreWorkingDirectory(invocation, plan.snap));
        if (plan.confinement == Confinement::Strict)
            must("set up the device cgroup of " + name, joinDeviceCgroup(plan, invocation));
    }

    must("set the AppArmor profile of " + name, changeProfileOnExec(plan));
    must("drop privileges", dropPrivileges(invocation));

    // From here on: the caller's ids, no capabilities, no_new_privs.
    const AppPaths paths = appPaths(plan, invocation, sandboxSnapDir(plan, sandbox));
    must("create the user directories of " + plan.snap, createUserDirectories(paths, invocation));
    if (plan.confinement == Confinement::Strict)
        must("apply Landlock rules", applyLandlock(plan, landlockVariables(paths)));
    const AppCommand command = appCommand(plan, paths.snap, invocation.arguments);
    const std::vector<std::string> environment = appEnvironment(plan, invocation, paths);
    must("load seccomp filter " + plan.seccompFile, loadSeccompFilter(filter));
    die("run " + name, execApp(command, environment, invocation.umask));
}
