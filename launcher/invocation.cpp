#include "launcher/invocation.h"

#include "launcher/plan.h"
#include "launcher/trust.h"
#include "launcher/util.h"

#include <array>
#include <climits>
#include <cstdlib>
#include <fcntl.h>
#include <sys/auxv.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef CORRAL_LAUNCH_INSTALL_PATH
#error "CORRAL_LAUNCH_INSTALL_PATH must be defined by the build"
#endif

namespace corral::launch {
namespace {

// glibc's UNSECURE_ENVVARS (sysdeps/generic/unsecvars.h) other than the LD_ ones.
constexpr std::array<std::string_view, 12> glibcUnsafe = {
    "GCONV_PATH",
    "GETCONF_DIR",
    "HOSTALIASES",
    "LOCALDOMAIN",
    "LOCPATH",
    "MALLOC_TRACE",
    "NIS_PATH",
    "NLSPATH",
    "RESOLV_HOST_CONF",
    "RES_OPTIONS",
    "TMPDIR",
    "TZDIR",
};

// Variables that ask for code to be injected into the app. glibc ignores them for the
// setuid launcher, and passing them into the sandbox would load host libraries into the
// app; refusing says so instead of silently dropping what the person asked for.
constexpr std::array<std::string_view, 2> injecting = { "LD_PRELOAD", "LD_AUDIT" };

std::string nameOf(std::string_view entry)
{
    return std::string(entry.substr(0, entry.find('=')));
}

// In secure mode (setuid) glibc has already removed LD_PRELOAD from environ; the
// environment the kernel was given is still in /proc/self/environ.
bool initialEnvironmentHas(std::string_view name)
{
    const std::string environ = readSmallFile("/proc/self/environ");
    for (const std::string &entry : split(environ, '\0')) {
        if (nameOf(entry) == name)
            return true;
    }
    return false;
}

// The home directory of `uid` from /etc/passwd. The launcher is static and does not use
// NSS; a user known only to NSS (LDAP, …) falls back to $HOME, which only decides where
// the person's own files are looked up, with their own privileges.
std::string homeFromPasswd(uid_t uid)
{
    const std::string passwd = readSmallFile("/etc/passwd");
    for (const std::string &line : split(passwd, '\n')) {
        const std::vector<std::string> fields = split(line, ':');
        if (fields.size() == 7 && fields[2] == std::to_string(uid))
            return fields[5];
    }
    return {};
}

} // namespace

const char *installedPath()
{
    return CORRAL_LAUNCH_INSTALL_PATH;
}

bool isUnsafeVariable(const std::string &name)
{
    if (startsWith(name, "LD_") || startsWith(name, "GLIBC_TUNABLES") || startsWith(name, "MALLOC_")
        || startsWith(name, "CORRAL_"))
        return true;
    if (name == "SNAP" || startsWith(name, "SNAP_"))
        return true;
    for (const std::string_view unsafe : glibcUnsafe) {
        if (name == unsafe)
            return true;
    }
    return false;
}

Result<Invocation> parseInvocation(int argc, char **argv, char **envp)
{
    // A caller who closed stdin, stdout or stderr would have the launcher's own files
    // (a cgroup file, the lock) opened on those numbers, and error messages written into
    // them. Keep the three taken.
    for (int fd = 0; fd <= 2; ++fd) {
        if (::fcntl(fd, F_GETFD) < 0 && errno == EBADF && ::open("/dev/null", O_RDWR) != fd)
            return fail("cannot reopen descriptor " + std::to_string(fd) + " on /dev/null");
    }
    Invocation invocation;
    invocation.uid = ::getuid();
    invocation.gid = ::getgid();
    invocation.setuid = ::geteuid() != invocation.uid || ::getegid() != invocation.gid;
    invocation.umask = ::umask(022);

    if (argc < 2 || argv[1] == nullptr || argv[1][0] == '\0')
        return fail("usage: corral-launch <snap>.<app> [arguments…]");
    const std::string name = argv[1];
    const std::size_t dot = name.find('.');
    invocation.snap = name.substr(0, dot);
    invocation.app = dot == std::string::npos ? invocation.snap : name.substr(dot + 1);
    if (!isValidSnapName(invocation.snap))
        return fail(quoted(name) + " does not start with a valid snap name");
    if (!isValidAppName(invocation.app))
        return fail(quoted(name) + " does not end with a valid app name");
    invocation.tag = "snap." + invocation.snap + "." + invocation.app;
    for (int i = 2; i < argc; ++i)
        invocation.arguments.emplace_back(argv[i]);

    const bool secure = ::getauxval(AT_SECURE) != 0;
    std::string corralRoot;
    std::string homeVariable;
    for (char **entry = envp; entry != nullptr && *entry != nullptr; ++entry) {
        const std::string_view text(*entry);
        const std::size_t equals = text.find('=');
        if (equals == std::string_view::npos)
            continue;
        const std::string variable(text.substr(0, equals));
        const std::string value(text.substr(equals + 1));
        for (const std::string_view refused : injecting) {
            if (variable == refused)
                return fail(variable + " is set; confined apps cannot have libraries injected");
        }
        if (variable == "CORRAL_ROOT")
            corralRoot = value;
        else if (variable == "CORRAL_LAUNCH_DEBUG")
            setDebug(!value.empty() && value != "0");
        else if (variable == "HOME")
            homeVariable = value;
        else if (variable == "CORRAL_LAUNCH_DEVICE_CGROUP" && invocation.uid == 0)
            invocation.deviceCgroup = value;
        else if (variable == "CORRAL_LAUNCH_TEST_FAIL_NS_BINDS" && invocation.uid == 0)
            invocation.failNamespaceBinds = std::atoi(value.c_str());
        if (!isUnsafeVariable(variable))
            invocation.environment.emplace_back(text);
    }
    if (secure) {
        for (const std::string_view refused : injecting) {
            if (initialEnvironmentHas(refused))
                return fail(
                    std::string(refused) + " is set; confined apps cannot have libraries injected");
        }
    }
    if (invocation.deviceCgroup != "" && invocation.deviceCgroup != "v1"
        && invocation.deviceCgroup != "v2")
        return fail("CORRAL_LAUNCH_DEVICE_CGROUP must be v1 or v2");

    if (!corralRoot.empty() && corralRoot != "/") {
        // Only a tree nobody but root could have made is honoured, so that the setuid
        // launcher can be pointed at a test tree but never at one the caller controls.
        if (!isCleanAbsolutePath(corralRoot))
            return fail("CORRAL_ROOT " + quoted(corralRoot) + " is not a clean absolute path");
        Result<UniqueFd> rootDir = openTrusted(corralRoot, O_PATH | O_DIRECTORY);
        if (!rootDir)
            return fail("CORRAL_ROOT cannot be trusted: " + rootDir.error().reason);
        invocation.root = corralRoot;
    }

    const int count = ::getgroups(0, nullptr);
    if (count < 0)
        return failErrno("getgroups");
    invocation.groups.resize(std::size_t(count));
    if (count > 0 && ::getgroups(count, invocation.groups.data()) != count)
        return failErrno("getgroups");

    invocation.home = homeFromPasswd(invocation.uid);
    if (invocation.home.empty() && isCleanAbsolutePath(homeVariable))
        invocation.home = homeVariable;
    if (!isCleanAbsolutePath(invocation.home))
        return fail("cannot find the home directory of uid " + std::to_string(invocation.uid));

    char cwd[PATH_MAX];
    if (::getcwd(cwd, sizeof cwd) == nullptr)
        return failErrno("the working directory cannot be found");
    invocation.cwd = cwd;
    debug("%s for uid %u gid %u, root %s, cwd %s", invocation.tag.c_str(), invocation.uid,
        invocation.gid, invocation.root.c_str(), invocation.cwd.c_str());
    return invocation;
}

Status checkExecutable(const Invocation &invocation)
{
    if (::geteuid() != 0)
        return fail("corral-launch is not installed setuid root (run it as root, or install "
                    "it with cmake --install)");
    // The setuid bit gave us uid 0 but left the caller's gid: what the launcher creates
    // (namespace files, the private /tmp, cgroups) must belong to group root too.
    if (::getegid() != 0 && ::setegid(0) != 0)
        return failErrno("setegid");
    if (!invocation.setuid)
        return {};
    char self[PATH_MAX];
    const ssize_t length = ::readlink("/proc/self/exe", self, sizeof self - 1);
    if (length < 0)
        return failErrno("/proc/self/exe");
    self[length] = '\0';
    const std::string expected = installedPath();
    if (self != expected && self != rooted(invocation.root, expected))
        return fail(std::string("it runs from ") + self + ", not from " + expected);
    return {};
}

} // namespace corral::launch
