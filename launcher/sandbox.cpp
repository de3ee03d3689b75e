#include "launcher/sandbox.h"

#include "launcher/util.h"

#include <array>

#ifndef CORRAL_SNAP_MOUNT_DIR
#error "CORRAL_SNAP_MOUNT_DIR must be defined by the build"
#endif

namespace corral::launch {
namespace {

struct HostDir
{
    const char *path;
    bool optional;
};

// The host directories every sandbox sees (snap-confine's list, with Corral's state
// directory). /media is bound like the others: below a slave "/" it receives mounts the
// host makes later, and nothing mounted inside reaches the host.
constexpr std::array<HostDir, 12> hostDirs = { {
    { "/dev", false },
    { "/etc", false },
    { "/home", true },
    { "/root", true },
    { "/proc", false },
    { "/sys", false },
    { "/var/tmp", true },
    { "/var/log", true },
    { "/run", false },
    { "/media", true },
    { "/lib/modules", true },
    { "/usr/src", true },
} };

std::string topLevelName(const std::string &path)
{
    const std::vector<std::string> components = pathComponents(path);
    return components.empty() ? std::string() : components.front();
}

void addExcept(std::vector<std::string> &names, const std::string &path)
{
    // Only a single-component target replaces a whole top-level directory of the base.
    if (pathComponents(path).size() != 1)
        return;
    const std::string name = topLevelName(path);
    for (const std::string &existing : names) {
        if (existing == name)
            return;
    }
    names.push_back(name);
}

} // namespace

SandboxPaths sandboxPaths(const std::string &root)
{
    SandboxPaths paths;
    paths.root = root;
    paths.scratch = rooted(root, "/run/corral/scratch");
    paths.tmpBase = rooted(root, "/tmp");
    paths.snapMountDir = CORRAL_SNAP_MOUNT_DIR;
    return paths;
}

std::string sandboxSnapDir(const Plan &plan, const SandboxPaths &paths)
{
    return joinPath(paths.snapMountDir, plan.snap + "/" + plan.revision);
}

std::vector<MountOp> namespaceOperations(const Plan &plan, const SandboxPaths &paths)
{
    using K = MountOp::Kind;
    std::vector<MountOp> ops;
    ops.push_back({ K::MakeRslave, {}, "/", 0, {} });
    ops.push_back({ K::MountRoot, {}, paths.scratch, 0, {} });
    // The base first: every later target lies in a directory it provides or in the
    // scratch root.
    MountOp base { K::BindBase, plan.baseDir, "/", 0, {} };
    const std::size_t baseIndex = ops.size();
    ops.push_back(base);

    for (const HostDir &dir : hostDirs) {
        ops.push_back({ K::Bind, dir.path, dir.path,
            MountOp::Recursive | (dir.optional ? unsigned(MountOp::Optional) : 0u), {} });
    }
    // Corral's own directories come from its root, which tests move.
    ops.push_back({ K::Bind, rooted(paths.root, paths.snapMountDir), paths.snapMountDir,
        MountOp::Recursive, {} });
    ops.push_back(
        { K::Bind, rooted(paths.root, "/var/snap"), "/var/snap", MountOp::Recursive, {} });
    ops.push_back({ K::Bind, rooted(paths.root, "/var/lib/corral"), "/var/lib/corral",
        MountOp::Recursive, {} });
    ops.push_back({ K::Bind, plan.snapDir, sandboxSnapDir(plan, paths), MountOp::ReadOnly, {} });
    ops.push_back({ K::PrivateTmp, paths.tmpBase, "/tmp", 0, {} });
    ops.push_back({ K::Devpts, {}, "/dev/pts", 0, {} });

    for (const LayoutEntry &entry : plan.layout) {
        switch (entry.kind) {
        case LayoutEntry::Kind::Bind:
            ops.push_back({ K::Bind, entry.source, entry.target,
                MountOp::NoSymlinks | (entry.readOnly ? unsigned(MountOp::ReadOnly) : 0u), {} });
            break;
        case LayoutEntry::Kind::Symlink:
            ops.push_back({ K::Symlink, entry.source, entry.target, 0, {} });
            break;
        case LayoutEntry::Kind::Tmpfs:
            ops.push_back({ K::Tmpfs, {}, entry.target, 0, {} });
            break;
        }
    }
    ops.push_back({ K::PivotRoot, {}, paths.hostfs, 0, {} });

    std::vector<std::string> except;
    for (const MountOp &op : ops) {
        if (op.kind == K::Bind || op.kind == K::PrivateTmp || op.kind == K::Tmpfs
            || op.kind == K::Symlink)
            addExcept(except, op.target);
    }
    ops[baseIndex].except = except;
    return ops;
}

std::string describe(const MountOp &op)
{
    using K = MountOp::Kind;
    std::string text;
    switch (op.kind) {
    case K::MakeRslave:
        text = "rslave " + op.target;
        break;
    case K::MountRoot:
        text = "root " + op.target;
        break;
    case K::BindBase:
        text = "base " + op.source;
        for (const std::string &name : op.except)
            text += " -" + name;
        break;
    case K::Bind:
        text = "bind " + op.source + " " + op.target;
        break;
    case K::PrivateTmp:
        text = "private-tmp " + op.source + " " + op.target;
        break;
    case K::Devpts:
        text = "devpts " + op.target;
        break;
    case K::Tmpfs:
        text = "tmpfs " + op.target;
        break;
    case K::Symlink:
        text = "symlink " + op.source + " " + op.target;
        break;
    case K::PivotRoot:
        text = "pivot-root " + op.target;
        break;
    }
    if (op.flags & MountOp::Recursive)
        text += " recursive";
    if (op.flags & MountOp::ReadOnly)
        text += " ro";
    if (op.flags & MountOp::Optional)
        text += " optional";
    if (op.flags & MountOp::NoSymlinks)
        text += " nosymlinks";
    return text;
}

std::string namespaceFingerprint(const Plan &plan, const std::vector<MountOp> &ops)
{
    std::string text = "corral-namespace 1\n";
    text += "snap " + plan.snap + " " + plan.revision + "\n";
    text += "base " + plan.base + " " + plan.baseRevision + "\n";
    for (const MountOp &op : ops) {
        // A newline in a path (the plan allows escaped ones) must not split the line.
        std::string line = describe(op);
        for (char &c : line) {
            if (c == '\n')
                c = '?';
        }
        text += line + "\n";
    }
    return text;
}

} // namespace corral::launch
