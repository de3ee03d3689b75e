// The sandbox as data: the mount operations that turn a copy of the host's mount
// namespace into the app's, computed from the plan without touching anything. mounts.cpp
// executes them; tests check them without root; and their text is the fingerprint of a
// preserved namespace (a namespace built from other operations is discarded).
#pragma once

#include "launcher/plan.h"

#include <string>
#include <vector>

namespace corral::launch {

struct SandboxPaths
{
    std::string root = "/"; // the host's corral root
    std::string scratch; // host directory where the new root is assembled
    std::string tmpBase; // host directory holding snap-private-tmp (<root>/tmp)
    std::string snapMountDir; // where snaps are mounted, as the app sees it (/snap)
    std::string hostfs = "/var/lib/corral/hostfs"; // the old root, as the app sees it
};

SandboxPaths sandboxPaths(const std::string &root);

struct MountOp
{
    enum class Kind {
        MakeRslave, // "/" and below become slaves: nothing mounted inside leaks out
        MountRoot, // an empty tmpfs at `target` (the scratch directory): the new "/"
        BindBase, // each top-level directory of `source` (the base) bound, links copied
        Bind, // `source` (host) on `target` (sandbox)
        PrivateTmp, // the snap's private directory below `source` on `target` (/tmp)
        Devpts, // a new devpts instance on `target` (/dev/pts), /dev/ptmx pointing into it
        Tmpfs, // an empty writable tmpfs on `target` (a layout)
        Symlink, // a link at `target` pointing at `source` (a layout)
        PivotRoot, // the new root becomes "/", the old one moves to `target`
    };
    enum Flag : unsigned {
        Recursive = 1 << 0, // bind the mounts below `source` too
        ReadOnly = 1 << 1,
        Optional = 1 << 2, // skip when `source` is absent on the host
        NoSymlinks = 1 << 3, // `source` must be reached without following any symlink
    };
    Kind kind;
    std::string source;
    std::string target;
    unsigned flags = 0;
    std::vector<std::string> except; // BindBase: top-level names other operations provide
};

// The operations for a strict or devmode plan, in the order they run: host directories,
// the base, $SNAP, the private /tmp and /dev/pts, the plan's layout entries, pivot_root.
std::vector<MountOp> namespaceOperations(const Plan &plan, const SandboxPaths &paths);

// One line describing an operation ("bind /dev /dev recursive").
std::string describe(const MountOp &op);

// What a preserved namespace records about how it was built: a format line, the plan's
// base and revisions, and every operation. Equal fingerprints, equal sandboxes.
std::string namespaceFingerprint(const Plan &plan, const std::vector<MountOp> &ops);

// $SNAP inside the sandbox: <snap mount dir>/<snap>/<revision>.
std::string sandboxSnapDir(const Plan &plan, const SandboxPaths &paths);

} // namespace corral::launch
