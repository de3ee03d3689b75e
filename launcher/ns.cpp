#include "launcher/ns.h"

#include "launcher/mounts.h"
#include "launcher/privs.h"
#include "launcher/trust.h"
#include "launcher/util.h"

#include <algorithm>
#include <csignal>
#include <fcntl.h>
#include <sched.h>
#include <sys/file.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysinfo.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>

#ifndef NSFS_MAGIC
#define NSFS_MAGIC 0x6e736673
#endif
#ifndef STATX_ATTR_MOUNT_ROOT
#define STATX_ATTR_MOUNT_ROOT 0x00002000
#endif

namespace corral::launch {
namespace {

// What the child that builds a namespace reports.
enum class BuildOutcome : char {
    Ready = 'r', // built; the working directory exists there
    NoWorkingDirectory = 'w', // built, but the caller's working directory is missing
    Failed = 'f', // not built; the message says why
};

// A child process, reaped when this goes out of scope (or by wait()).
class Child
{
public:
    Child() = default;
    explicit Child(pid_t pid)
        : m_pid(pid)
    { }
    Child(Child &&other) noexcept
        : m_pid(std::exchange(other.m_pid, -1))
    { }
    Child &operator=(Child &&other) noexcept
    {
        if (this != &other) {
            wait();
            m_pid = std::exchange(other.m_pid, -1);
        }
        return *this;
    }
    ~Child() { wait(); }

    // The wait status; -1 when there is no child.
    int wait()
    {
        int status = -1;
        if (m_pid > 0) {
            while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) { }
        }
        m_pid = -1;
        return status;
    }

private:
    pid_t m_pid = -1;
};

struct Built
{
    // The builder exits on its own once it has handed the namespace over; it is reaped
    // when this goes away, so that its exit overlaps with binding and joining.
    Child builder;
    UniqueFd ns; // the new namespace (nsfs), when built
    bool preserve = false;
    int cpu = -1; // where it was made
};

struct NamespacePaths
{
    std::string dir; // <root>/run/corral/ns
    std::string file; // <dir>/<snap>.mnt
    std::string info; // <dir>/<snap>.info
};

NamespacePaths namespacePaths(const Plan &plan, const Invocation &invocation)
{
    NamespacePaths paths;
    paths.dir = rooted(invocation.root, "/run/corral/ns");
    paths.file = paths.dir + "/" + plan.snap + ".mnt";
    paths.info = paths.dir + "/" + plan.snap + ".info";
    return paths;
}

// The namespace directory is a private bind mount on itself, so that the nsfs files
// bound in it never propagate into other namespaces (where they would pin namespaces).
Status makeNamespaceDirPrivate(const std::string &dir)
{
    struct statx stx
    {
    };
    if (::statx(AT_FDCWD, dir.c_str(), AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &stx) != 0)
        return failErrno(dir);
    if ((stx.stx_attributes_mask & STATX_ATTR_MOUNT_ROOT)
        && (stx.stx_attributes & STATX_ATTR_MOUNT_ROOT))
        return {};
    if (::mount(dir.c_str(), dir.c_str(), nullptr, MS_BIND, nullptr) != 0)
        return failErrno("cannot bind " + dir + " on itself");
    if (::mount(nullptr, dir.c_str(), nullptr, MS_PRIVATE, nullptr) != 0)
        return failErrno("cannot make " + dir + " private");
    return {};
}

bool isNamespaceFile(int fd)
{
    struct statfs st
    {
    };
    return ::fstatfs(fd, &st) == 0 && st.f_type == NSFS_MAGIC;
}

// Unmounts whatever namespace is bound at the file (stacked ones too) and forgets its
// fingerprint. Apps still running in it keep it; new launches get a new one.
Status discardNamespace(const NamespacePaths &paths)
{
    ::unlink(paths.info.c_str());
    for (int i = 0; i < 16; ++i) {
        UniqueFd fd(::open(paths.file.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
        if (!fd || !isNamespaceFile(fd.get()))
            return {};
        if (::umount2(paths.file.c_str(), MNT_DETACH | UMOUNT_NOFOLLOW) != 0)
            return failErrno("cannot discard the namespace at " + paths.file);
    }
    return fail("cannot discard the namespace at " + paths.file + ": too many mounts");
}

Status sendOutcome(int socket, BuildOutcome outcome, const std::string &message, int nsFd)
{
    std::string payload(1, char(outcome));
    payload += message;
    iovec iov { payload.data(), payload.size() };
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] {};
    msghdr msg {};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    if (nsFd >= 0) {
        msg.msg_control = control;
        msg.msg_controllen = sizeof control;
        cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
        cmsg->cmsg_level = SOL_SOCKET;
        cmsg->cmsg_type = SCM_RIGHTS;
        cmsg->cmsg_len = CMSG_LEN(sizeof(int));
        std::memcpy(CMSG_DATA(cmsg), &nsFd, sizeof nsFd);
    }
    if (::sendmsg(socket, &msg, MSG_NOSIGNAL) < 0)
        return failErrno("sendmsg");
    return {};
}

// Runs in the child: a new mount namespace, the operations, the working directory check.
[[noreturn]] void buildChild(int socket, const std::vector<MountOp> &ops, const SandboxPaths &paths,
    const Plan &plan, const Invocation &invocation, int cpu)
{
    // Die with the launcher: a half-built namespace must not outlive it.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
    if (cpu >= 0) {
        cpu_set_t set;
        CPU_ZERO(&set);
        CPU_SET(cpu, &set);
        ::sched_setaffinity(0, sizeof set, &set);
    }
    debug("unsharing the mount namespace");
    if (::unshare(CLONE_NEWNS) != 0) {
        (void)sendOutcome(
            socket, BuildOutcome::Failed, failErrno("cannot create a mount namespace").reason, -1);
        ::_exit(1);
    }
    UniqueFd ns(::open("/proc/self/ns/mnt", O_RDONLY | O_CLOEXEC));
    Status built = ns ? executeMountOperations(ops, paths, plan.snap)
                      : Status(failErrno("/proc/self/ns/mnt"));
    if (!built) {
        (void)sendOutcome(socket, BuildOutcome::Failed, built.error().reason, -1);
        ::_exit(1);
    }
    const bool cwdReachable = restoreWorkingDirectory(invocation, plan.snap).ok();
    // The CPU the namespace was made on, so that a retry can go elsewhere.
    (void)sendOutcome(socket, cwdReachable ? BuildOutcome::Ready : BuildOutcome::NoWorkingDirectory,
        std::to_string(::sched_getcpu()), ns.get());
    ::_exit(0);
}

Result<Built> buildNamespace(const std::vector<MountOp> &ops, const SandboxPaths &paths,
    const Plan &plan, const Invocation &invocation, int cpu)
{
    int sockets[2];
    if (::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sockets) != 0)
        return failErrno("socketpair");
    UniqueFd ours(sockets[0]);
    UniqueFd theirs(sockets[1]);
    debug("forking the process that builds the namespace");
    const pid_t pid = ::fork();
    if (pid < 0)
        return failErrno("fork");
    if (pid == 0) {
        ours.reset();
        buildChild(theirs.get(), ops, paths, plan, invocation, cpu);
    }
    Built built;
    built.builder = Child(pid);
    theirs.reset();

    char payload[4096];
    iovec iov { payload, sizeof payload };
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] {};
    msghdr msg {};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
    ssize_t length;
    do {
        length = ::recvmsg(ours.get(), &msg, MSG_CMSG_CLOEXEC);
    } while (length < 0 && errno == EINTR);
    if (const cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
        length > 0 && cmsg != nullptr && cmsg->cmsg_type == SCM_RIGHTS) {
        int fd;
        std::memcpy(&fd, CMSG_DATA(cmsg), sizeof fd);
        built.ns.reset(fd);
    }
    if (length <= 0)
        return fail("the process building the namespace died (status "
            + std::to_string(built.builder.wait()) + ")");
    const auto outcome = BuildOutcome(payload[0]);
    if (outcome == BuildOutcome::Failed || !built.ns)
        return fail(std::string(payload + 1, std::size_t(length - 1)));
    built.preserve = outcome == BuildOutcome::Ready;
    built.cpu = std::atoi(std::string(payload + 1, std::size_t(length - 1)).c_str());
    return built;
}

// Every CPU the machine has, not only those this process may run on: the child that
// builds a namespace may have to move to a CPU whose id batch is newer (a CPU the cpuset
// forbids just fails sched_setaffinity, and the child stays where it is).
std::vector<int> machineCpus()
{
    std::vector<int> cpus;
    const int count = std::clamp(::get_nprocs_conf(), 1, CPU_SETSIZE);
    for (int cpu = 0; cpu < count; ++cpu)
        cpus.push_back(cpu);
    return cpus;
}

Status writeFingerprint(const NamespacePaths &paths, const std::string &fingerprint)
{
    const std::string temporary = paths.info + ".new";
    UniqueFd fd(
        ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644));
    if (!fd)
        return failErrno("cannot write " + temporary);
    CORRAL_TRY(writeAll(fd.get(), fingerprint, temporary));
    if (::rename(temporary.c_str(), paths.info.c_str()) != 0)
        return failErrno("cannot write " + paths.info);
    return {};
}

} // namespace

Result<UniqueFd> lockSnap(const Plan &plan, const Invocation &invocation)
{
    const std::string dir = rooted(invocation.root, "/run/corral/lock");
    Result<UniqueFd> lockDir = openOrCreateTrustedDirectory(dir, 0755);
    if (!lockDir)
        return lockDir.error();
    const std::string name = plan.snap + ".lock";
    UniqueFd lock(::openat(
        lockDir->get(), name.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY, 0600));
    if (!lock)
        return failErrno(dir + "/" + name);
    while (::flock(lock.get(), LOCK_EX) != 0) {
        if (errno != EINTR)
            return failErrno("cannot lock " + dir + "/" + name);
    }
    return lock;
}

Status enterMountNamespace(
    const Plan &plan, const Invocation &invocation, const std::vector<MountOp> &ops)
{
    const NamespacePaths nsPaths = namespacePaths(plan, invocation);
    const SandboxPaths paths = sandboxPaths(invocation.root);
    Result<UniqueFd> nsDir = openOrCreateTrustedDirectory(nsPaths.dir, 0755);
    if (!nsDir)
        return nsDir.error();
    CORRAL_TRY(makeNamespaceDirPrivate(nsPaths.dir));
    const std::string fingerprint = namespaceFingerprint(plan, ops);

    // Warm: join the preserved namespace when it was built from these operations.
    {
        UniqueFd ns(::open(nsPaths.file.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
        if (ns && isNamespaceFile(ns.get())) {
            UniqueFd infoFd(::open(nsPaths.info.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
            Result<std::string> info = infoFd ? readAll(infoFd.get(), 1 << 20, nsPaths.info)
                                              : Result<std::string>(fail("missing"));
            if (info && info.value() == fingerprint) {
                if (::setns(ns.get(), CLONE_NEWNS) != 0)
                    return failErrno("cannot join the namespace at " + nsPaths.file);
                debug("joined the preserved namespace %s", nsPaths.file.c_str());
                return {};
            }
            debug("the preserved namespace was built differently; discarding it");
            CORRAL_TRY(discardNamespace(nsPaths));
        }
    }

    // Cold: build a new one.
    debug("building a new namespace");
    CORRAL_TRY(openOrCreateTrustedDirectory(paths.scratch, 0700));
    CORRAL_TRY(openOrCreateTrustedDirectory(rooted(invocation.root, paths.hostfs), 0755));
    CORRAL_TRY(ensureMediaPropagates());
    {
        UniqueFd file(
            ::open(nsPaths.file.c_str(), O_RDONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600));
        if (!file)
            return failErrno("cannot create " + nsPaths.file);
    }
    ::unlink(nsPaths.info.c_str());

    const std::vector<int> cpus = machineCpus();
    const int attempts = std::min(64, 2 + 2 * int(cpus.size()));
    int cpu = -1; // the first attempt runs where the scheduler puts it
    for (int attempt = 0; attempt < attempts; ++attempt) {
        Result<Built> built = buildNamespace(ops, paths, plan, invocation, cpu);
        if (!built)
            return fail("cannot build the namespace: " + built.error().reason);
        if (!built->preserve) {
            // The working directory is missing: join this namespace only so that the next
            // step can say so; it disappears with this process.
            if (::setns(built->ns.get(), CLONE_NEWNS) != 0)
                return failErrno("cannot join the new namespace");
            return {};
        }
        int bound = -1;
        if (attempt < invocation.failNamespaceBinds) {
            errno = EINVAL; // the test hook: behave as the kernel does when ids are out of order
        } else {
            bound = ::mount(
                fdPath(built->ns.get()).c_str(), nsPaths.file.c_str(), nullptr, MS_BIND, nullptr);
        }
        if (bound != 0) {
            if (errno == EINVAL) {
                // Namespace ids come from per-CPU batches: the next CPU's may be newer.
                const int last = built->cpu >= 0 ? built->cpu : cpu;
                cpu = cpus[std::size_t(last + 1) % cpus.size()];
                debug("binding the namespace failed with EINVAL (attempt %d of %d); retrying "
                      "in a fresh namespace on CPU %d",
                    attempt + 1, attempts, cpu);
                continue;
            }
            return failErrno("cannot preserve the namespace at " + nsPaths.file);
        }
        CORRAL_TRY(writeFingerprint(nsPaths, fingerprint));
        if (::setns(built->ns.get(), CLONE_NEWNS) != 0)
            return failErrno("cannot join the new namespace");
        debug("built and preserved a new namespace at %s", nsPaths.file.c_str());
        return {};
    }
    return fail("cannot preserve the namespace at " + nsPaths.file + ": binding it failed with "
        + std::strerror(EINVAL) + " " + std::to_string(attempts) + " times");
}

Status restoreWorkingDirectory(const Invocation &invocation, const std::string &snap)
{
    AsCaller asCaller(invocation);
    if (::chdir(invocation.cwd.c_str()) == 0)
        return {};
    const int saved = errno;
    if (saved == ENOENT) {
        std::string reason = invocation.cwd + " does not exist in the sandbox of snap " + snap;
        if (invocation.cwd == "/tmp" || startsWith(invocation.cwd, "/tmp/"))
            reason += " (it has its own /tmp)";
        return fail(reason, saved);
    }
    return failErrno(invocation.cwd, saved);
}

} // namespace corral::launch
