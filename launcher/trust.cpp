#include "launcher/trust.h"

#include "launcher/util.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <vector>

namespace corral::launch {
namespace {

Status checkComponent(int fd, const std::string &path, bool mustBeDirectory)
{
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0)
        return failErrno(path);
    if (S_ISLNK(st.st_mode))
        return fail(path + " is a symbolic link");
    if (mustBeDirectory && !S_ISDIR(st.st_mode))
        return fail(path + " is not a directory", ENOTDIR);
    const std::string reason = untrustedReason(path, st.st_uid, st.st_mode);
    if (!reason.empty())
        return fail(reason);
    return {};
}

// Directories already checked in this run, with a descriptor pinning each. The launcher
// walks the same prefixes many times (the root, its state and run directories); a
// directory that was trusted a moment ago still is, since only root could change it.
struct Checked
{
    std::string path;
    UniqueFd fd;
};
std::vector<Checked> &checkedDirectories()
{
    static std::vector<Checked> checked;
    return checked;
}

void remember(const std::string &path, int fd)
{
    std::vector<Checked> &checked = checkedDirectories();
    if (checked.size() < 32)
        checked.push_back({ path, UniqueFd(::fcntl(fd, F_DUPFD_CLOEXEC, 3)) });
}

// Walks from "/" to the component `count` - 1; returns its O_PATH descriptor. With
// `create`, missing directories are made (mode `mode`) on the way.
Result<UniqueFd> walk(
    const std::vector<std::string> &components, std::size_t count, bool create, mode_t mode)
{
    // Start from the deepest directory already checked on this path.
    std::size_t start = 0;
    std::string path;
    UniqueFd dir;
    for (const Checked &known : checkedDirectories()) {
        std::string candidate;
        std::size_t depth = 0;
        while (depth < count && candidate.size() < known.path.size()) {
            candidate += "/" + components[depth];
            ++depth;
        }
        if (candidate == known.path && depth > start) {
            start = depth;
            path = candidate;
            dir.reset(::fcntl(known.fd.get(), F_DUPFD_CLOEXEC, 3));
        }
    }
    if (!dir) {
        start = 0;
        path.clear();
        dir.reset(::open("/", O_PATH | O_DIRECTORY | O_CLOEXEC));
        if (!dir)
            return failErrno("/");
        CORRAL_TRY(checkComponent(dir.get(), "/", true));
    }
    for (std::size_t i = start; i < count; ++i) {
        const std::string &name = components[i];
        path += "/" + name;
        int fd = ::openat(dir.get(), name.c_str(), O_PATH | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0 && errno == ENOENT && create) {
            if (::mkdirat(dir.get(), name.c_str(), mode) != 0 && errno != EEXIST)
                return failErrno("cannot create " + path);
            fd = ::openat(dir.get(), name.c_str(), O_PATH | O_NOFOLLOW | O_CLOEXEC);
        }
        if (fd < 0) {
            const int saved = errno;
            if (saved == ENOENT)
                return fail(path + " does not exist", ENOENT);
            return failErrno(path, saved);
        }
        UniqueFd next(fd);
        CORRAL_TRY(checkComponent(next.get(), path, true));
        dir = std::move(next);
        remember(path, dir.get());
    }
    return dir;
}

} // namespace

std::string untrustedReason(const std::string &path, uid_t owner, mode_t mode)
{
    if (owner != 0)
        return path + " is owned by uid " + std::to_string(owner) + ", not root";
    if (mode & S_IWOTH)
        return path + " is writable by others";
    if (mode & S_IWGRP)
        return path + " is writable by its group";
    return {};
}

Result<UniqueFd> openTrusted(const std::string &path, int flags)
{
    if (!isCleanAbsolutePath(path) || path == "/")
        return fail(quoted(path) + " is not a clean absolute path");
    const std::vector<std::string> components = pathComponents(path);
    Result<UniqueFd> parent = walk(components, components.size() - 1, false, 0);
    if (!parent)
        return parent.error();
    const int fd = ::openat(
        parent->get(), components.back().c_str(), flags | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int saved = errno;
        if (saved == ELOOP)
            return fail(path + " is a symbolic link", saved);
        if (saved == ENOENT)
            return fail(path + " does not exist", saved);
        return failErrno(path, saved);
    }
    UniqueFd file(fd);
    CORRAL_TRY(checkComponent(file.get(), path, (flags & O_DIRECTORY) != 0));
    return file;
}

Result<UniqueFd> openOrCreateTrustedDirectory(const std::string &path, mode_t mode)
{
    if (!isCleanAbsolutePath(path))
        return fail(quoted(path) + " is not a clean absolute path");
    const std::vector<std::string> components = pathComponents(path);
    return walk(components, components.size(), true, mode);
}

} // namespace corral::launch
