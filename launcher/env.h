// What the app is started with: its environment, its user directories and its argv.
#pragma once

#include "launcher/invocation.h"
#include "launcher/landlock.h"
#include "launcher/plan.h"
#include "launcher/result.h"

#include <string>
#include <vector>

namespace corral::launch {

// The places an app uses, as it sees them.
struct AppPaths
{
    std::string snap; // $SNAP
    std::string snapData; // $SNAP_DATA
    std::string snapCommon; // $SNAP_COMMON
    std::string realHome; // the caller's home directory
    std::string snapUserData; // $SNAP_USER_DATA: ~/snap/<snap>/<revision>
    std::string snapUserCommon; // ~/snap/<snap>/common
    std::string xdgRuntimeDir; // /run/user/<uid>/snap.<snap>
};

// For a confined app, paths inside the sandbox (`snapDir` is $SNAP there); for a classic
// one, the host's (the plan's snap-dir and the corral root's /var/snap).
AppPaths appPaths(const Plan &plan, const Invocation &invocation, const std::string &snapDir);

LandlockVariables landlockVariables(const AppPaths &paths);

// The app's environment: the caller's (without unsafe variables), then $SNAP and friends,
// HOME ($SNAP_USER_DATA, as snapd does; the real one is $SNAP_REAL_HOME), TMPDIR,
// XDG_RUNTIME_DIR and PATH with the snap's directories first, then the plan's `env`
// entries in order, each expanded against what is set so far.
std::vector<std::string> appEnvironment(
    const Plan &plan, const Invocation &invocation, const AppPaths &paths);

// Expands $NAME and ${NAME} in `value` from `environment` ("NAME=VALUE" entries; unset
// names expand to nothing). A "$" not followed by a name stays.
std::string expandVariables(const std::string &value, const std::vector<std::string> &environment);

// The program to execute and its argv: the command chain, then the command, each relative
// to $SNAP, then the command's own arguments and the caller's.
struct AppCommand
{
    std::string program;
    std::vector<std::string> argv;
};
AppCommand appCommand(
    const Plan &plan, const std::string &snapDir, const std::vector<std::string> &arguments);

// Entry: the caller's uid and no capabilities. Creates ~/snap/<snap>/<revision>,
// ~/snap/<snap>/common and the XDG runtime directory (when /run/user/<uid> exists) with
// the caller's own privileges, so nothing the caller could not make is made.
Status createUserDirectories(const AppPaths &paths, const Invocation &invocation);

// Entry: everything applied. Restores the caller's umask and execs; returns only on
// failure.
Error execApp(const AppCommand &command, const std::vector<std::string> &environment, mode_t umask);

} // namespace corral::launch
