#include "launcher/util.h"

#include <cstdarg>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace corral::launch {
namespace {

bool g_debug = false;

} // namespace

std::string rooted(const std::string &root, const std::string &path)
{
    if (root == "/" || root.empty())
        return path;
    return joinPath(root, path);
}

std::string joinPath(const std::string &a, const std::string &b)
{
    if (a.empty())
        return b;
    if (b.empty())
        return a;
    const bool aSlash = a.back() == '/';
    const bool bSlash = b.front() == '/';
    if (aSlash && bSlash)
        return a + b.substr(1);
    if (aSlash || bSlash)
        return a + b;
    return a + "/" + b;
}

std::pair<std::string, std::string> splitParent(const std::string &path)
{
    const std::size_t slash = path.rfind('/');
    if (slash == std::string::npos)
        return { ".", path };
    if (slash == 0)
        return { "/", path.substr(1) };
    return { path.substr(0, slash), path.substr(slash + 1) };
}

std::vector<std::string> pathComponents(std::string_view path)
{
    std::vector<std::string> components;
    for (std::string &part : split(path, '/')) {
        if (!part.empty() && part != ".")
            components.push_back(std::move(part));
    }
    return components;
}

bool isCleanAbsolutePath(std::string_view path)
{
    if (path.empty() || path.front() != '/')
        return false;
    if (path == "/")
        return true;
    if (path.back() == '/')
        return false;
    for (const std::string &part : split(path.substr(1), '/')) {
        if (part.empty() || part == "." || part == "..")
            return false;
    }
    return true;
}

std::vector<std::string> split(std::string_view text, char separator)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(separator, start);
        if (end == std::string_view::npos) {
            parts.emplace_back(text.substr(start));
            return parts;
        }
        parts.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

std::string quoted(std::string_view text)
{
    std::string result;
    result.reserve(text.size() + 2);
    result += '"';
    result.append(text);
    result += '"';
    return result;
}

Result<std::string> readAll(int fd, std::size_t limit, const std::string &what)
{
    std::string data;
    char buffer[16384];
    while (true) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return failErrno(what);
        }
        if (n == 0)
            return data;
        if (data.size() + std::size_t(n) > limit)
            return fail(what + " is larger than " + std::to_string(limit) + " bytes");
        data.append(buffer, std::size_t(n));
    }
}

Status writeAll(int fd, std::string_view data, const std::string &what)
{
    while (!data.empty()) {
        const ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return failErrno(what);
        }
        data.remove_prefix(std::size_t(n));
    }
    return {};
}

std::string readSmallFile(const char *path)
{
    UniqueFd fd(::open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY));
    if (!fd)
        return {};
    Result<std::string> data = readAll(fd.get(), 1 << 20, path);
    return data ? std::move(data.value()) : std::string();
}

int openAt2(int dirfd, const std::string &path, int flags, std::uint64_t resolve, int mode)
{
    open_how how {};
    how.flags = std::uint64_t(flags | O_CLOEXEC);
    how.mode = (flags & (O_CREAT | O_TMPFILE)) ? std::uint64_t(mode) : 0;
    how.resolve = resolve;
    while (true) {
        const long fd = ::syscall(SYS_openat2, dirfd, path.c_str(), &how, sizeof how);
        if (fd >= 0 || errno != EAGAIN)
            return int(fd);
        // EAGAIN: a rename raced with RESOLVE_IN_ROOT's checks; trying again is safe.
    }
}

std::string fdPath(int fd)
{
    return "/proc/self/fd/" + std::to_string(fd);
}

void setDebug(bool enabled)
{
    g_debug = enabled;
}

bool debugEnabled()
{
    return g_debug;
}

void debug(const char *format, ...)
{
    if (!g_debug)
        return;
    char line[1024];
    va_list args;
    va_start(args, format);
    std::vsnprintf(line, sizeof line, format, args);
    va_end(args);
    timespec now {};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    std::fprintf(stderr, "corral-launch[%d] %ld.%06ld: %s\n", int(::getpid()), long(now.tv_sec),
        long(now.tv_nsec / 1000), line);
}

} // namespace corral::launch
