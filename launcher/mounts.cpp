#include "launcher/mounts.h"

#include "launcher/fd.h"
#include "launcher/util.h"

#include <cstdio>
#include <dirent.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <optional>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef STATX_ATTR_MOUNT_ROOT
#define STATX_ATTR_MOUNT_ROOT 0x00002000
#endif

namespace corral::launch {
namespace {

constexpr std::uint64_t InRoot = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS;

std::string relativeToRoot(const std::string &path)
{
    std::size_t start = 0;
    while (start < path.size() && path[start] == '/')
        ++start;
    return start == path.size() ? std::string(".") : path.substr(start);
}

class Executor
{
public:
    Executor(const SandboxPaths &paths, const std::string &snap)
        : m_paths(paths)
        , m_snap(snap)
    { }

    Status run(const MountOp &op);

private:
    Status makeRslave();
    Status mountRoot(const MountOp &op);
    Status bindBase(const MountOp &op);
    Status bind(const MountOp &op);
    Status privateTmp(const MountOp &op);
    Status devpts(const MountOp &op);
    Status tmpfs(const MountOp &op);
    Status symlink(const MountOp &op);
    Status pivotRoot(const MountOp &op);

    // The target inside the new root, created (a directory, or an empty file when
    // `directory` is false) with its missing parents when `create` is set.
    Result<UniqueFd> target(const std::string &path, bool directory, bool create);
    // Covers the read-only directory `path` with a tmpfs holding the same entries.
    Status mimic(const std::string &path);

    const SandboxPaths &m_paths;
    const std::string &m_snap;
    UniqueFd m_root; // the new root (the scratch tmpfs), O_PATH
};

Status Executor::run(const MountOp &op)
{
    debug("mount: %s", describe(op).c_str());
    switch (op.kind) {
    case MountOp::Kind::MakeRslave:
        return makeRslave();
    case MountOp::Kind::MountRoot:
        return mountRoot(op);
    case MountOp::Kind::BindBase:
        return bindBase(op);
    case MountOp::Kind::Bind:
        return bind(op);
    case MountOp::Kind::PrivateTmp:
        return privateTmp(op);
    case MountOp::Kind::Devpts:
        return devpts(op);
    case MountOp::Kind::Tmpfs:
        return tmpfs(op);
    case MountOp::Kind::Symlink:
        return symlink(op);
    case MountOp::Kind::PivotRoot:
        return pivotRoot(op);
    }
    return fail("unknown mount operation");
}

Status Executor::makeRslave()
{
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_SLAVE, nullptr) != 0)
        return failErrno("cannot make / a recursive slave");
    return {};
}

Status Executor::mountRoot(const MountOp &op)
{
    if (::mount(
            "corral-root", op.target.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, "mode=0755,size=1m")
        != 0)
        return failErrno("cannot mount the scratch root on " + op.target);
    // Unbindable: the recursive binds of host directories that contain the scratch
    // directory (/run) must not copy the half-built root into itself.
    if (::mount(nullptr, op.target.c_str(), nullptr, MS_UNBINDABLE, nullptr) != 0)
        return failErrno("cannot make the scratch root unbindable");
    m_root.reset(::open(op.target.c_str(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!m_root)
        return failErrno(op.target);
    return {};
}

Status Executor::bindBase(const MountOp &op)
{
    UniqueFd base(::open(op.source.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!base)
        return failErrno("cannot open the base " + op.source);
    DIR *dir = ::fdopendir(::dup(base.get()));
    if (dir == nullptr)
        return failErrno("cannot list the base " + op.source);
    std::vector<std::pair<std::string, unsigned char>> entries;
    while (const dirent *entry = ::readdir(dir)) {
        const std::string name = entry->d_name;
        if (name == "." || name == "..")
            continue;
        bool excepted = false;
        for (const std::string &other : op.except)
            excepted = excepted || other == name;
        if (!excepted)
            entries.emplace_back(name, entry->d_type);
    }
    ::closedir(dir);

    for (const auto &[name, type] : entries) {
        struct stat st
        {
        };
        if (::fstatat(base.get(), name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0)
            return failErrno(op.source + "/" + name);
        if (S_ISLNK(st.st_mode)) {
            char link[4096];
            const ssize_t length = ::readlinkat(base.get(), name.c_str(), link, sizeof link - 1);
            if (length < 0)
                return failErrno(op.source + "/" + name);
            link[length] = '\0';
            if (::symlinkat(link, m_root.get(), name.c_str()) != 0)
                return failErrno("cannot copy the link /" + name);
            continue;
        }
        if (!S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode))
            continue;
        UniqueFd source(::openat(base.get(), name.c_str(), O_PATH | O_NOFOLLOW | O_CLOEXEC));
        if (!source)
            return failErrno(op.source + "/" + name);
        Result<UniqueFd> mountPoint = target("/" + name, S_ISDIR(st.st_mode), true);
        if (!mountPoint)
            return mountPoint.error();
        if (::mount(fdPath(source.get()).c_str(), fdPath(mountPoint->get()).c_str(), nullptr,
                MS_BIND, nullptr)
            != 0)
            return failErrno("cannot bind " + op.source + "/" + name + " on /" + name);
    }
    return {};
}

Result<UniqueFd> Executor::target(const std::string &path, bool directory, bool create)
{
    const std::string relative = relativeToRoot(path);
    int fd = openAt2(m_root.get(), relative, O_PATH, InRoot);
    if (fd >= 0 || errno != ENOENT || !create) {
        if (fd < 0)
            return failErrno(path);
        return UniqueFd(fd);
    }
    // Create the missing mount point, and its missing parents, like mkdir -p; a parent
    // on the read-only base first becomes a writable mimic of itself.
    const auto [parentPath, name] = splitParent("/" + relative);
    Result<UniqueFd> parent = target(parentPath, true, true);
    if (!parent)
        return parent.error();
    const auto make = [&, name = name](int dir) {
        if (directory)
            return ::mkdirat(dir, name.c_str(), 0755) == 0 || errno == EEXIST;
        UniqueFd file(::openat(
            dir, name.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0644));
        return file.valid() || errno == EEXIST;
    };
    if (!make(parent->get())) {
        if (errno != EROFS)
            return failErrno("cannot create " + path);
        CORRAL_TRY(mimic(parentPath));
        parent = target(parentPath, true, false);
        if (!parent)
            return parent.error();
        if (!make(parent->get()))
            return failErrno("cannot create " + path);
    }
    fd = openAt2(m_root.get(), relative, O_PATH, InRoot);
    if (fd < 0)
        return failErrno(path);
    return UniqueFd(fd);
}

Status Executor::mimic(const std::string &path)
{
    // A tmpfs on the read-only directory, with everything that was there bound back in
    // (recursively, so that mounts below come along) and links copied: the same view,
    // plus room for new mount points. The original stays reachable through `original`,
    // opened before it is covered.
    UniqueFd original(openAt2(m_root.get(), relativeToRoot(path), O_RDONLY | O_DIRECTORY, InRoot));
    if (!original)
        return failErrno("cannot open " + path);
    struct stat st
    {
    };
    if (::fstat(original.get(), &st) != 0)
        return failErrno(path);
    std::vector<std::string> names;
    DIR *dir = ::fdopendir(::fcntl(original.get(), F_DUPFD_CLOEXEC, 3));
    if (dir == nullptr)
        return failErrno("cannot list " + path);
    while (const dirent *entry = ::readdir(dir)) {
        if (std::string_view(entry->d_name) != "." && std::string_view(entry->d_name) != "..")
            names.emplace_back(entry->d_name);
    }
    ::closedir(dir);

    char options[64];
    std::snprintf(options, sizeof options, "mode=%04o,uid=%u,gid=%u", unsigned(st.st_mode & 07777),
        unsigned(st.st_uid), unsigned(st.st_gid));
    if (::mount(
            "corral-mimic", fdPath(original.get()).c_str(), "tmpfs", MS_NOSUID | MS_NODEV, options)
        != 0)
        return failErrno("cannot make " + path + " writable");
    UniqueFd writable(openAt2(m_root.get(), relativeToRoot(path), O_PATH | O_DIRECTORY, InRoot));
    if (!writable)
        return failErrno(path);
    for (const std::string &name : names) {
        const std::string where = joinPath(path, name);
        struct stat entry
        {
        };
        if (::fstatat(original.get(), name.c_str(), &entry, AT_SYMLINK_NOFOLLOW) != 0)
            return failErrno(where);
        if (S_ISLNK(entry.st_mode)) {
            char link[4096];
            const ssize_t length
                = ::readlinkat(original.get(), name.c_str(), link, sizeof link - 1);
            if (length < 0)
                return failErrno(where);
            link[length] = '\0';
            if (::symlinkat(link, writable.get(), name.c_str()) != 0)
                return failErrno("cannot copy the link " + where);
            continue;
        }
        const bool isDir = S_ISDIR(entry.st_mode);
        if (isDir ? ::mkdirat(writable.get(), name.c_str(), 0755) != 0
                  : !UniqueFd(::openat(writable.get(), name.c_str(),
                                  O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0644))
                         .valid())
            return failErrno("cannot create " + where);
        // Looked up from the original directory, so a mount on the entry comes along.
        UniqueFd source(::openat(original.get(), name.c_str(), O_PATH | O_NOFOLLOW | O_CLOEXEC));
        UniqueFd mountPoint(
            ::openat(writable.get(), name.c_str(), O_PATH | O_NOFOLLOW | O_CLOEXEC));
        if (!source || !mountPoint
            || ::mount(fdPath(source.get()).c_str(), fdPath(mountPoint.get()).c_str(), nullptr,
                   MS_BIND | (isDir ? MS_REC : 0), nullptr)
                != 0)
            return failErrno("cannot bind " + where + " into its writable mimic");
    }
    debug("mount: made %s writable (a tmpfs mimicking it)", path.c_str());
    return {};
}

// The flags a bind remount must repeat to keep what the source mount already has.
unsigned long lockedFlags(int fd)
{
    struct statvfs st
    {
    };
    if (::fstatvfs(fd, &st) != 0)
        return 0;
    unsigned long flags = 0;
    if (st.f_flag & ST_NOSUID)
        flags |= MS_NOSUID;
    if (st.f_flag & ST_NODEV)
        flags |= MS_NODEV;
    if (st.f_flag & ST_NOEXEC)
        flags |= MS_NOEXEC;
    if (st.f_flag & ST_NOATIME)
        flags |= MS_NOATIME;
    if (st.f_flag & ST_NODIRATIME)
        flags |= MS_NODIRATIME;
    if (st.f_flag & ST_RELATIME)
        flags |= MS_RELATIME;
    if (st.f_flag & ST_RDONLY)
        flags |= MS_RDONLY;
    return flags;
}

Status Executor::bind(const MountOp &op)
{
    const bool optional = op.flags & MountOp::Optional;
    const std::uint64_t resolve
        = (op.flags & MountOp::NoSymlinks) ? RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS : 0;
    UniqueFd source(openAt2(AT_FDCWD, op.source, O_PATH, resolve));
    if (!source) {
        if (errno == ENOENT && optional) {
            debug("mount: skipped, %s does not exist", op.source.c_str());
            return {};
        }
        if (errno == ELOOP)
            return fail("cannot bind " + op.source + ": the path has a symbolic link in it");
        return failErrno("cannot bind " + op.source);
    }
    struct stat st
    {
    };
    if (::fstat(source.get(), &st) != 0)
        return failErrno(op.source);
    Result<UniqueFd> mountPoint = target(op.target, S_ISDIR(st.st_mode), true);
    if (!mountPoint) {
        if (optional) {
            debug("mount: skipped, no mount point %s", op.target.c_str());
            return {};
        }
        return mountPoint.error();
    }
    const unsigned long recursive = (op.flags & MountOp::Recursive) ? MS_REC : 0;
    if (::mount(fdPath(source.get()).c_str(), fdPath(mountPoint->get()).c_str(), nullptr,
            MS_BIND | recursive, nullptr)
        != 0)
        return failErrno("cannot bind " + op.source + " on " + op.target);
    if ((op.flags & MountOp::ReadOnly) && !(lockedFlags(source.get()) & MS_RDONLY)) {
        Result<UniqueFd> mounted = target(op.target, true, false);
        if (!mounted)
            return mounted.error();
        const unsigned long flags = lockedFlags(mounted->get()) | MS_RDONLY;
        if (::mount(nullptr, fdPath(mounted->get()).c_str(), nullptr, MS_REMOUNT | MS_BIND | flags,
                nullptr)
            != 0)
            return failErrno("cannot make " + op.target + " read-only");
    }
    return {};
}

// Opens (creating it when missing) a directory below `parent` that only root can have
// made: owned by root, exactly `mode`, not a link. Anything else is refused rather than
// repaired, since the directory may live in a world-writable /tmp.
Result<UniqueFd> rootOwnedDirectory(
    int parent, const std::string &name, mode_t mode, const std::string &path)
{
    if (::mkdirat(parent, name.c_str(), mode) != 0 && errno != EEXIST)
        return failErrno("cannot create " + path);
    UniqueFd dir(::openat(parent, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!dir)
        return failErrno(path);
    struct stat st
    {
    };
    if (::fstat(dir.get(), &st) != 0)
        return failErrno(path);
    if (st.st_uid != 0 || st.st_gid != 0)
        return fail(path + " is not owned by root; refusing to use it");
    // mkdirat applied the umask; a directory we just made gets its mode here.
    if ((st.st_mode & 07777) != mode && ::fchmod(dir.get(), mode) != 0)
        return failErrno(path);
    if (::fstat(dir.get(), &st) != 0 || (st.st_mode & 07777) != mode)
        return fail(path + " has an unexpected mode; refusing to use it");
    return dir;
}

Status Executor::privateTmp(const MountOp &op)
{
    // <tmp>/snap-private-tmp (root, 0700) / <snap> (root, 0700) / tmp (root, 01777), each
    // opened without following links from the one before: a user can create things in
    // <tmp>, but nothing below a root-owned 0700 directory.
    UniqueFd tmp(::open(op.source.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!tmp && errno == ENOENT && m_paths.root != "/") {
        // A test root may not have one yet; make it like the host's.
        const auto [parentPath, name] = splitParent(op.source);
        UniqueFd parent(::open(parentPath.c_str(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (parent && ::mkdirat(parent.get(), name.c_str(), 01777) == 0)
            ::fchmodat(parent.get(), name.c_str(), 01777, 0);
        tmp.reset(::open(op.source.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    }
    if (!tmp)
        return failErrno(op.source);
    const std::string privateBase = op.source + "/snap-private-tmp";
    Result<UniqueFd> base = rootOwnedDirectory(tmp.get(), "snap-private-tmp", 0700, privateBase);
    if (!base)
        return base.error();
    Result<UniqueFd> snapDir
        = rootOwnedDirectory(base->get(), m_snap, 0700, privateBase + "/" + m_snap);
    if (!snapDir)
        return snapDir.error();
    Result<UniqueFd> snapTmp
        = rootOwnedDirectory(snapDir->get(), "tmp", 01777, privateBase + "/" + m_snap + "/tmp");
    if (!snapTmp)
        return snapTmp.error();
    Result<UniqueFd> mountPoint = target(op.target, true, true);
    if (!mountPoint)
        return mountPoint.error();
    if (::mount(fdPath(snapTmp->get()).c_str(), fdPath(mountPoint->get()).c_str(), nullptr, MS_BIND,
            nullptr)
        != 0)
        return failErrno("cannot bind the private /tmp");
    return {};
}

Status Executor::devpts(const MountOp &op)
{
    Result<UniqueFd> pts = target(op.target, true, true);
    if (!pts)
        return pts.error();
    std::string options = "newinstance,ptmxmode=0666,mode=0620";
    const int tty = ttyGroup();
    if (tty >= 0)
        options += ",gid=" + std::to_string(tty);
    if (::mount(
            "devpts", fdPath(pts->get()).c_str(), "devpts", MS_NOSUID | MS_NOEXEC, options.c_str())
        != 0)
        return failErrno("cannot mount a new devpts instance on " + op.target);
    // /dev/ptmx must open the new instance's multiplexer, not the host's.
    Result<UniqueFd> ptmx = target(op.target + "/ptmx", false, false);
    if (!ptmx)
        return ptmx.error();
    Result<UniqueFd> devPtmx = target("/dev/ptmx", false, true);
    if (!devPtmx)
        return devPtmx.error();
    if (::mount(
            fdPath(ptmx->get()).c_str(), fdPath(devPtmx->get()).c_str(), nullptr, MS_BIND, nullptr)
        != 0)
        return failErrno("cannot bind " + op.target + "/ptmx on /dev/ptmx");
    return {};
}

Status Executor::tmpfs(const MountOp &op)
{
    Result<UniqueFd> mountPoint = target(op.target, true, true);
    if (!mountPoint)
        return mountPoint.error();
    if (::mount(
            "tmpfs", fdPath(mountPoint->get()).c_str(), "tmpfs", MS_NOSUID | MS_NODEV, "mode=0755")
        != 0)
        return failErrno("cannot mount a tmpfs on " + op.target);
    return {};
}

Status Executor::symlink(const MountOp &op)
{
    const auto [parentPath, name] = splitParent(op.target);
    Result<UniqueFd> parent = target(parentPath, true, true);
    if (!parent)
        return parent.error();
    if (::symlinkat(op.source.c_str(), parent->get(), name.c_str()) == 0)
        return {};
    if (errno == EROFS) {
        CORRAL_TRY(mimic(parentPath));
        parent = target(parentPath, true, false);
        if (parent && ::symlinkat(op.source.c_str(), parent->get(), name.c_str()) == 0)
            return {};
    }
    if (errno != EEXIST || !parent)
        return failErrno("cannot make the link " + op.target);
    char existing[4096];
    const ssize_t length = ::readlinkat(parent->get(), name.c_str(), existing, sizeof existing - 1);
    if (length < 0 || std::string(existing, std::size_t(length)) != op.source)
        return fail("cannot make the link " + op.target + ": something else is there");
    return {};
}

Status Executor::pivotRoot(const MountOp &op)
{
    Result<UniqueFd> putOld = target(op.target, true, false);
    if (!putOld)
        return fail("cannot keep the host's root at " + op.target + ": " + putOld.error().reason);
    if (::fchdir(m_root.get()) != 0)
        return failErrno("cannot enter the new root");
    if (::syscall(SYS_pivot_root, ".", fdPath(putOld->get()).c_str()) != 0)
        return failErrno("cannot pivot_root");
    if (::chdir("/") != 0)
        return failErrno("cannot enter /");
    return {};
}

} // namespace

Status executeMountOperations(
    const std::vector<MountOp> &ops, const SandboxPaths &paths, const std::string &snap)
{
    Executor executor(paths, snap);
    for (const MountOp &op : ops)
        CORRAL_TRY(executor.run(op));
    return {};
}

namespace {

// statmount(2) (Linux 6.8), declared here since the build's kernel headers predate it.
struct MountIdRequest
{
    std::uint32_t size;
    std::uint32_t spare;
    std::uint64_t mountId;
    std::uint64_t parameter;
};
struct MountBasics
{
    std::uint32_t size;
    std::uint32_t spare1;
    std::uint64_t mask;
    std::uint32_t sbDevMajor, sbDevMinor;
    std::uint64_t sbMagic;
    std::uint32_t sbFlags, fsType;
    std::uint64_t mountId, parentId;
    std::uint32_t oldMountId, oldParentId;
    std::uint64_t attributes, propagation, peerGroup, master, propagateFrom;
    std::uint32_t rootOffset, mountPointOffset;
    std::uint64_t spare2[50];
};
constexpr long SysStatmount = 457;
constexpr std::uint64_t StatmountBasics = 0x2; // STATMOUNT_MNT_BASIC
constexpr unsigned StatxMountIdUnique = 0x4000; // STATX_MNT_ID_UNIQUE

// Whether the mount holding `path` (the one on it, or the one it lies in) is shared, from
// statmount(2); nullopt when the kernel cannot say, and from /proc/self/mountinfo then.
std::optional<bool> mountIsShared(const char *path, bool *isMountRoot)
{
    struct statx stx
    {
    };
    if (::statx(AT_FDCWD, path, AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS | StatxMountIdUnique, &stx)
        != 0)
        return std::nullopt;
    *isMountRoot = (stx.stx_attributes_mask & STATX_ATTR_MOUNT_ROOT)
        && (stx.stx_attributes & STATX_ATTR_MOUNT_ROOT);
    if (!(stx.stx_mask & StatxMountIdUnique))
        return std::nullopt;
    MountIdRequest request { sizeof(MountIdRequest), 0, stx.stx_mnt_id, StatmountBasics };
    MountBasics basics {};
    if (::syscall(SysStatmount, &request, &basics, sizeof basics, 0) != 0
        || !(basics.mask & StatmountBasics))
        return std::nullopt;
    return (basics.propagation & MS_SHARED) != 0;
}

} // namespace

Status ensureMediaPropagates()
{
    struct stat st
    {
    };
    if (::lstat("/media", &st) != 0 || !S_ISDIR(st.st_mode))
        return {}; // nothing to propagate
    bool isMountRoot = false;
    std::optional<bool> shared = mountIsShared("/media", &isMountRoot);
    if (!shared) {
        // Find the mount holding /media in mountinfo: the last at the longest prefix.
        const std::string mountinfo = readSmallFile("/proc/self/mountinfo");
        std::string bestPoint;
        for (const std::string &line : split(mountinfo, '\n')) {
            const std::vector<std::string> fields = split(line, ' ');
            if (fields.size() < 7)
                continue;
            const std::string &point = fields[4];
            if ((point != "/" && point != "/media") || point.size() < bestPoint.size())
                continue;
            bestPoint = point;
            shared = false;
            for (std::size_t i = 6; i < fields.size() && fields[i] != "-"; ++i)
                shared = *shared || startsWith(fields[i], "shared:");
        }
        isMountRoot = bestPoint == "/media";
    }
    if (shared.value_or(false))
        return {};
    if (!isMountRoot) {
        if (::mount("/media", "/media", nullptr, MS_BIND | MS_REC, nullptr) != 0)
            return failErrno("cannot bind /media on itself");
    }
    if (::mount(nullptr, "/media", nullptr, MS_SHARED, nullptr) != 0)
        return failErrno("cannot make /media shared");
    debug("made /media a shared mount");
    return {};
}

int ttyGroup()
{
    const std::string group = readSmallFile("/etc/group");
    for (const std::string &line : split(group, '\n')) {
        const std::vector<std::string> fields = split(line, ':');
        if (fields.size() >= 3 && fields[0] == "tty")
            return std::atoi(fields[2].c_str());
    }
    return -1;
}

} // namespace corral::launch
