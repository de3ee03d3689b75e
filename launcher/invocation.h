// Step 1: who started the launcher, for which app, from where, with what environment.
// Everything that comes from the caller (argv, the environment, the working directory) is
// validated here once into an Invocation the other steps only read.
#pragma once

#include "launcher/result.h"

#include <string>
#include <sys/types.h>
#include <vector>

namespace corral::launch {

struct Invocation
{
    std::string snap;
    std::string app;
    std::string tag; // snap.<snap>.<app>
    std::vector<std::string> arguments; // for the app, after its own

    std::string root = "/"; // $CORRAL_ROOT when it may be trusted
    uid_t uid = 0; // the caller's real ids, which the app runs as
    gid_t gid = 0;
    std::vector<gid_t> groups; // the caller's supplementary groups
    bool setuid = false; // started through the setuid bit (uid != euid)
    std::string home; // the caller's home directory
    std::string cwd; // the caller's working directory
    mode_t umask = 022; // the caller's umask, given back to the app
    std::vector<std::string> environment; // the caller's, without unsafe variables

    // Knobs for tests, honoured only when the real uid is root (so never through the
    // setuid bit): force a device cgroup version, make binding a namespace fail.
    std::string deviceCgroup; // "", "v1" or "v2"
    int failNamespaceBinds = 0;
};

// Entry: the caller's uid and gid, euid 0. Parses argv (`corral-launch <snap>.<app>
// [args…]`, or `<snap>` for the app named like the snap), the environment and the
// working directory, reopens closed standard descriptors on /dev/null and sets umask 022
// (the caller's comes back at exec). Refuses LD_PRELOAD and LD_AUDIT, and a CORRAL_ROOT
// that root did not make. Changes nothing else.
Result<Invocation> parseInvocation(int argc, char **argv, char **envp);

// Refuses a setuid launcher that is not the installed one (a hard link or copy elsewhere
// could be paired with files its owner controls). Entry: euid 0, the caller's egid. Exit:
// egid 0 as well, so that what the launcher creates is root's alone.
Status checkExecutable(const Invocation &invocation);

// Whether an environment variable must not reach the app or the launcher's own logic:
// LD_* and the others glibc drops in secure mode, glibc tunables, and the SNAP* and
// CORRAL_* variables the launcher sets or reads itself.
bool isUnsafeVariable(const std::string &name);

// The installed path of the launcher (CMAKE_INSTALL_FULL_LIBEXECDIR/corral/corral-launch).
const char *installedPath();

} // namespace corral::launch
