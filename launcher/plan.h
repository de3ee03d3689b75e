// The launch plan (docs/launch-plan.md): parsed once into an immutable Plan, so every
// later step works on validated values and nothing re-reads the file.
#pragma once

#include "launcher/result.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace corral::launch {

enum class Confinement { Strict, Devmode, Classic };

// A layout or content entry, in the order the plan lists them.
struct LayoutEntry
{
    enum class Kind { Bind, Symlink, Tmpfs };
    Kind kind = Kind::Bind;
    std::string source; // Bind: host path; Symlink: what the link points at
    std::string target; // path inside the sandbox (the mount point, the link, the tmpfs)
    bool readOnly = false; // Bind only
};

struct DeviceRule
{
    char type = 'c'; // 'c' or 'b'
    int major = -1; // -1: any
    int minor = -1; // -1: any
    bool operator==(const DeviceRule &) const = default;
};

struct LandlockRule
{
    std::string access; // letters from "rwxd"
    std::string path; // absolute, or starting with $HOME, $SNAP_USER_DATA, …
};

struct Plan
{
    std::string tag; // snap.<snap>.<app>
    std::string snap;
    std::string app;
    std::string revision;
    Confinement confinement = Confinement::Strict;
    std::string base; // empty when the snap has none (classic)
    std::string baseRevision; // "-" when the base is not installed
    std::string baseDir; // host path of the mounted base revision
    std::string snapDir; // host path of the mounted snap revision
    std::vector<std::string> command; // program relative to $SNAP, then its arguments
    std::vector<std::string> commandChain;
    std::vector<std::pair<std::string, std::string>> environment;
    std::vector<LayoutEntry> layout;
    std::vector<DeviceRule> devices;
    std::vector<LandlockRule> landlock;
    std::string seccompFile;
    std::string apparmorLabel;
};

inline constexpr std::size_t MaxPlanSize = 1 << 20;
inline constexpr std::size_t MaxPlanLines = 4096;

// Parses and validates a plan's text. `name` is used in messages ("<name> line 3: …");
// `expectedTag` is the tag the plan must be for (its file name).
Result<Plan> parsePlan(
    std::string_view text, const std::string &name, const std::string &expectedTag);

// Undoes the plan's \ooo escapes of space, tab, newline and backslash; fails on any other
// backslash sequence.
Result<std::string> unescapePlanField(std::string_view field);

struct Invocation;

// Entry: euid 0. Reads <root>/var/lib/corral/plans/<tag>.plan, refusing it unless every
// component of its path is root's and not writable by group or others (so the caller
// cannot have planted or changed it), capped at MaxPlanSize, and parses it. Says plainly
// when the snap or the app is not installed. Changes nothing.
Result<Plan> loadPlan(const Invocation &invocation);

// The snap's revision and its base must be mounted before anything is set up.
Status checkSnapIsMounted(const Plan &plan);

// Whether `name` is a valid snap name and app name, as the generator checks them.
bool isValidSnapName(std::string_view name);
bool isValidAppName(std::string_view name);

const char *toString(Confinement confinement);

} // namespace corral::launch
