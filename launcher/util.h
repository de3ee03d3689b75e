// Small helpers every concern of the launcher shares: paths, strings, whole-file reads,
// openat2 and the debug log.
#pragma once

#include "launcher/fd.h"
#include "launcher/result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace corral::launch {

// `path` (absolute) below `root`; root "/" leaves it unchanged.
std::string rooted(const std::string &root, const std::string &path);
// "a" + "/" + "b" without doubling slashes.
std::string joinPath(const std::string &a, const std::string &b);
// The last component and everything before it; "/a/b" gives ("/a", "b"), "/a" gives ("/", "a").
std::pair<std::string, std::string> splitParent(const std::string &path);
// The components of an absolute or relative path, without empty ones and without ".".
std::vector<std::string> pathComponents(std::string_view path);
// A path that is absolute and has no "..", "." or empty components.
bool isCleanAbsolutePath(std::string_view path);

std::vector<std::string> split(std::string_view text, char separator);
bool startsWith(std::string_view text, std::string_view prefix);
std::string quoted(std::string_view text); // "text"

// Reads at most `limit` bytes from `fd`; fails when there is more.
Result<std::string> readAll(int fd, std::size_t limit, const std::string &what);
Status writeAll(int fd, std::string_view data, const std::string &what);
// Reads a small file (procfs, cgroupfs, …) in one go; empty on any error.
std::string readSmallFile(const char *path);

// openat2(2) with the given RESOLVE_* flags; -1 and errno on failure. O_CLOEXEC is added.
int openAt2(int dirfd, const std::string &path, int flags, std::uint64_t resolve, int mode = 0);
// "/proc/self/fd/<fd>", the magic link mount(2) and pivot_root(2) can follow to exactly
// the file an O_PATH descriptor resolved.
std::string fdPath(int fd);

// Debug output on stderr when $CORRAL_LAUNCH_DEBUG was set (decided once at start).
void setDebug(bool enabled);
bool debugEnabled();
void debug(const char *format, ...) __attribute__((format(printf, 1, 2)));

} // namespace corral::launch
