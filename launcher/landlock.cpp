#include "launcher/landlock.h"

#include "launcher/fd.h"
#include "launcher/util.h"

#include <dirent.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <linux/landlock.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

// Rights newer than the kernel headers of the build machine.
#ifndef LANDLOCK_ACCESS_FS_REFER
#define LANDLOCK_ACCESS_FS_REFER (1ULL << 13)
#endif
#ifndef LANDLOCK_ACCESS_FS_TRUNCATE
#define LANDLOCK_ACCESS_FS_TRUNCATE (1ULL << 14)
#endif
#ifndef LANDLOCK_ACCESS_FS_IOCTL_DEV
#define LANDLOCK_ACCESS_FS_IOCTL_DEV (1ULL << 15)
#endif
#ifndef LANDLOCK_RESTRICT_SELF_LOG_NEW_EXEC_ON
#define LANDLOCK_RESTRICT_SELF_LOG_NEW_EXEC_ON (1U << 1)
#endif
#ifndef SYS_landlock_create_ruleset
#define SYS_landlock_create_ruleset 444
#define SYS_landlock_add_rule 445
#define SYS_landlock_restrict_self 446
#endif

namespace corral::launch {
namespace {

constexpr std::uint64_t Read = LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR;
constexpr std::uint64_t Write = LANDLOCK_ACCESS_FS_WRITE_FILE | LANDLOCK_ACCESS_FS_REMOVE_DIR
    | LANDLOCK_ACCESS_FS_REMOVE_FILE | LANDLOCK_ACCESS_FS_MAKE_CHAR | LANDLOCK_ACCESS_FS_MAKE_DIR
    | LANDLOCK_ACCESS_FS_MAKE_REG | LANDLOCK_ACCESS_FS_MAKE_SOCK | LANDLOCK_ACCESS_FS_MAKE_FIFO
    | LANDLOCK_ACCESS_FS_MAKE_BLOCK | LANDLOCK_ACCESS_FS_MAKE_SYM | LANDLOCK_ACCESS_FS_REFER
    | LANDLOCK_ACCESS_FS_TRUNCATE | LANDLOCK_ACCESS_FS_IOCTL_DEV;
constexpr std::uint64_t Execute = LANDLOCK_ACCESS_FS_EXECUTE;
constexpr std::uint64_t ListDirectory = LANDLOCK_ACCESS_FS_READ_DIR;

// A landlock ruleset attribute as every ABI's kernel accepts it (handled_access_fs only;
// the network rights of ABI 4 and the scopes of ABI 6 are not handled, the plan has no
// rules for them).
struct RulesetAttr
{
    std::uint64_t handledAccessFs;
};

struct PathBeneathAttr
{
    std::uint64_t allowedAccess;
    std::int32_t parentFd;
} __attribute__((packed));

struct Ruleset
{
    UniqueFd fd;
    std::uint64_t handled = 0;
    int abi = 0;

    // Adds a rule for an opened path. A path that is not a directory only takes file
    // rights; the kernel says so with EINVAL, which spares an fstat for every directory.
    Status add(int pathFd, std::uint64_t access, const std::string &path)
    {
        access &= handled;
        if (access == 0)
            return {};
        PathBeneathAttr attr { access, pathFd };
        if (::syscall(SYS_landlock_add_rule, fd.get(), LANDLOCK_RULE_PATH_BENEATH, &attr, 0) == 0)
            return {};
        struct stat st
        {
        };
        if (errno == EINVAL && ::fstat(pathFd, &st) == 0 && !S_ISDIR(st.st_mode)) {
            attr.allowedAccess = access & fileAccess();
            if (attr.allowedAccess == 0
                || ::syscall(SYS_landlock_add_rule, fd.get(), LANDLOCK_RULE_PATH_BENEATH, &attr, 0)
                    == 0)
                return {};
        }
        return failErrno("cannot add a rule for " + path);
    }
};

void addPath(Ruleset &ruleset, const std::string &path, std::uint64_t access, Status &status)
{
    UniqueFd fd(::open(path.c_str(), O_PATH | O_CLOEXEC));
    if (!fd) {
        debug("landlock: skipping %s: %s", path.c_str(), std::strerror(errno));
        return;
    }
    Status added = ruleset.add(fd.get(), access, path);
    if (!added && status.ok())
        status = added;
    // Closed by the exec a moment from now (O_CLOEXEC): one close(2) per rule saved.
    (void)fd.release();
}

} // namespace

std::uint64_t handledAccess(int abi)
{
    if (abi < 1)
        return 0;
    std::uint64_t access = (LANDLOCK_ACCESS_FS_MAKE_SYM << 1) - 1; // ABI 1: bits 0 to 12
    if (abi >= 2)
        access |= LANDLOCK_ACCESS_FS_REFER;
    if (abi >= 3)
        access |= LANDLOCK_ACCESS_FS_TRUNCATE;
    if (abi >= 5)
        access |= LANDLOCK_ACCESS_FS_IOCTL_DEV;
    return access;
}

std::uint64_t accessFor(std::string_view letters, int abi)
{
    std::uint64_t access = 0;
    for (const char letter : letters) {
        switch (letter) {
        case 'r':
            access |= Read;
            break;
        case 'w':
            access |= Write;
            break;
        case 'x':
            access |= Execute;
            break;
        case 'd':
            access |= ListDirectory;
            break;
        default:
            break;
        }
    }
    return access & handledAccess(abi);
}

std::uint64_t fileAccess()
{
    return LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_WRITE_FILE | LANDLOCK_ACCESS_FS_READ_FILE
        | LANDLOCK_ACCESS_FS_TRUNCATE | LANDLOCK_ACCESS_FS_IOCTL_DEV;
}

std::string expandLandlockPath(
    const std::string &path, const LandlockVariables &variables, std::string *glob)
{
    glob->clear();
    const std::pair<const char *, const std::string *> names[] = {
        { "$HOME", &variables.home },
        { "$SNAP_USER_DATA", &variables.snapUserData },
        { "$SNAP_USER_COMMON", &variables.snapUserCommon },
        { "$XDG_RUNTIME_DIR", &variables.xdgRuntimeDir },
    };
    for (const auto &[name, value] : names) {
        const std::string_view variable(name);
        if (!startsWith(path, variable))
            continue;
        const std::string rest = path.substr(variable.size());
        if (!rest.empty() && rest.front() != '/')
            continue; // $HOMEWORK is not $HOME
        if (variable == "$HOME") {
            const std::vector<std::string> components = pathComponents(rest);
            const bool hasGlob = !components.empty()
                && components.back().find_first_of("*?[") != std::string::npos;
            if (components.size() == 1 && hasGlob) {
                *glob = components.front();
                return *value;
            }
        }
        return *value + rest;
    }
    return path;
}

bool matchesHomeGlob(const std::string &glob, const std::string &name)
{
    return ::fnmatch(glob.c_str(), name.c_str(), FNM_PERIOD) == 0;
}

int landlockAbi()
{
    const long abi
        = ::syscall(SYS_landlock_create_ruleset, nullptr, 0, LANDLOCK_CREATE_RULESET_VERSION);
    return abi < 0 ? 0 : int(abi);
}

Status applyLandlock(const Plan &plan, const LandlockVariables &variables)
{
    const int abi = landlockAbi();
    if (abi < 1) {
        debug("landlock: not available in this kernel");
        return {};
    }
    Ruleset ruleset;
    ruleset.abi = abi;
    ruleset.handled = handledAccess(abi);
    RulesetAttr attr { ruleset.handled };
    ruleset.fd.reset(int(::syscall(SYS_landlock_create_ruleset, &attr, sizeof attr, 0)));
    if (!ruleset.fd)
        return failErrno("cannot create a ruleset");

    Status status;
    for (const LandlockRule &rule : plan.landlock) {
        std::string glob;
        const std::string path = expandLandlockPath(rule.path, variables, &glob);
        const std::uint64_t access = accessFor(rule.access, abi);
        if (glob.empty()) {
            addPath(ruleset, path, access, status);
            continue;
        }
        // $HOME/GLOB: whatever matches now. Entries made later are not covered.
        DIR *dir = ::opendir(path.c_str());
        if (dir == nullptr)
            continue;
        while (const dirent *entry = ::readdir(dir)) {
            const std::string name = entry->d_name;
            if (name != "." && name != ".." && matchesHomeGlob(glob, name))
                addPath(ruleset, path + "/" + name, access, status);
        }
        ::closedir(dir);
    }
    if (!status)
        return status;
    const unsigned flags = abi >= 7 ? LANDLOCK_RESTRICT_SELF_LOG_NEW_EXEC_ON : 0;
    if (::syscall(SYS_landlock_restrict_self, ruleset.fd.get(), flags) != 0)
        return failErrno("cannot enforce the ruleset");
    debug("landlock: ABI %d, %zu rules enforced", abi, plan.landlock.size());
    return {};
}

} // namespace corral::launch
