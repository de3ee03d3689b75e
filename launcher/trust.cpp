#include "launcher/trust.h"

#include "launcher/util.h"

#include <fcntl.h>
#include <sys/stat.h>

namespace corral::launch {
namespace {

Status checkComponent(int fd, const std::string &path, bool mustBeDirectory)
{
    struct stat st {};
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

// Walks from "/" to the parent of the last component; returns its O_PATH descriptor.
// With `create`, missing directories are made (mode `mode`) on the way, and the last
// component too.
Result<UniqueFd> walk(const std::vector<std::string> &components, std::size_t count, bool create,
    mode_t mode)
{
    UniqueFd dir(::open("/", O_PATH | O_DIRECTORY | O_CLOEXEC));
    if (!dir)
        return failErrno("/");
    CORRAL_TRY(checkComponent(dir.get(), "/", true));
    std::string path;
    for (std::size_t i = 0; i < count; ++i) {
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
    const int fd = ::openat(parent->get(), components.back().c_str(),
        flags | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY);
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
