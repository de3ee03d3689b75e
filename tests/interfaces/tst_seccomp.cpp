// The seccomp backend: source generation, parse errors, the file header, and the compiled
// filter loaded for real in forked children (needs root for the rows that tell the
// filter's EPERM from the kernel's).
#include "interfaces/seccomp.h"
#include "launcher/seccompfile.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/keyctl.h>
#include <linux/netlink.h>
#include <linux/seccomp.h>
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace corral;

namespace {

// What a child tries once its filter is loaded. Each runs a raw system call where it
// can, so that the result is the kernel's (or the filter's), not a C library fallback.
enum class Probe {
    Getpid,
    WritePipe,
    Mount,
    Keyctl,
    UnshareUser,
    CloneUser,
    Clone3,
    Thread,
    PtraceTraceme,
    IoctlFionread,
    IoctlTiocsti,
    IoctlTiocstiHighBits,
    IoctlTioclinux,
    ChownRoot,
    ChownOtherUser,
    ChownUnchanged,
    ChownSignExtendedUnchanged,
    FchownOtherGroup,
    FchownatRoot,
    LchownOtherUser,
    SocketInet,
    SocketNetlinkRoute,
    SocketNetlinkUevent,
    BindUnix,
    MknodFifo,
    MknodCharDevice,
    LowerPriority,
    RaisePriority,
    PersonalityNoRandomize,
    Uname,
    I386Getpid,
    X32Getpid,
};

// A child's outcome: 0 success, a positive errno, or minus the signal that killed it.
constexpr int KernelDecides = 100000; // expected: whatever an unfiltered child gets
constexpr int LoadFailed = 200000; // reported by the child, plus errno

struct ProbeContext
{
    QByteArray file; // a file the child may chown, owned by root
    QByteArray fifo; // paths that do not exist yet
    QByteArray device;
    QByteArray missingDir;
};

void *threadMain(void *)
{
    return nullptr;
}

int result(long rc)
{
    return rc < 0 ? errno : 0;
}

int runProbe(Probe probe, const ProbeContext &ctx)
{
    switch (probe) {
    case Probe::Getpid:
        return result(syscall(SYS_getpid));
    case Probe::WritePipe: {
        int fds[2];
        if (pipe(fds) < 0)
            return errno;
        return result(syscall(SYS_write, fds[1], "x", 1));
    }
    case Probe::Mount:
        return result(syscall(SYS_mount, "none", ctx.missingDir.constData(), "tmpfs", 0, nullptr));
    case Probe::Keyctl:
        return result(syscall(SYS_keyctl, KEYCTL_GET_KEYRING_ID, KEY_SPEC_SESSION_KEYRING, 0));
    case Probe::UnshareUser:
        return result(syscall(SYS_unshare, CLONE_NEWUSER));
    case Probe::CloneUser: {
        const long pid = syscall(SYS_clone, CLONE_NEWUSER | SIGCHLD, 0, 0, 0, 0);
        if (pid == 0)
            _exit(0);
        if (pid < 0)
            return errno;
        waitpid(pid_t(pid), nullptr, 0);
        return 0;
    }
    case Probe::Clone3:
        // Too small a size: the kernel answers EINVAL, before creating anything.
        return result(syscall(SYS_clone3, nullptr, 0));
    case Probe::Thread: {
        pthread_t thread;
        const int rc = pthread_create(&thread, nullptr, threadMain, nullptr);
        if (rc != 0)
            return rc;
        return pthread_join(thread, nullptr);
    }
    case Probe::PtraceTraceme:
        return result(syscall(SYS_ptrace, PTRACE_TRACEME, 0, 0, 0));
    case Probe::IoctlFionread:
    case Probe::IoctlTiocsti:
    case Probe::IoctlTiocstiHighBits:
    case Probe::IoctlTioclinux: {
        // A pipe is no terminal: the kernel says ENOTTY, only the filter says EACCES.
        int fds[2];
        if (pipe(fds) < 0)
            return errno;
        char c = 'x';
        int count = 0;
        switch (probe) {
        case Probe::IoctlFionread:
            return result(syscall(SYS_ioctl, fds[0], FIONREAD, &count));
        case Probe::IoctlTiocsti:
            return result(syscall(SYS_ioctl, fds[0], TIOCSTI, &c));
        case Probe::IoctlTiocstiHighBits:
            return result(syscall(SYS_ioctl, fds[0], (1UL << 32) | TIOCSTI, &c));
        default:
            return result(syscall(SYS_ioctl, fds[0], TIOCLINUX, &c));
        }
    }
    case Probe::ChownRoot:
        return result(syscall(SYS_chown, ctx.file.constData(), 0, 0));
    case Probe::ChownOtherUser:
        return result(syscall(SYS_chown, ctx.file.constData(), 1000, uid_t(-1)));
    case Probe::ChownUnchanged:
        return result(syscall(SYS_chown, ctx.file.constData(), uid_t(-1), gid_t(-1)));
    case Probe::ChownSignExtendedUnchanged:
        // What a caller passing an int -1 in a 64-bit register sends (Go does).
        return result(syscall(SYS_chown, ctx.file.constData(), -1L, -1L));
    case Probe::FchownOtherGroup: {
        const int fd = open(ctx.file.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return errno;
        return result(syscall(SYS_fchown, fd, uid_t(-1), 1000));
    }
    case Probe::FchownatRoot:
        return result(syscall(SYS_fchownat, AT_FDCWD, ctx.file.constData(), 0, 0, 0));
    case Probe::LchownOtherUser:
        return result(syscall(SYS_lchown, ctx.file.constData(), 1000, 1000));
    case Probe::SocketInet:
        return result(syscall(SYS_socket, AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    case Probe::SocketNetlinkRoute:
        return result(syscall(SYS_socket, AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE));
    case Probe::SocketNetlinkUevent:
        return result(
            syscall(SYS_socket, AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_KOBJECT_UEVENT));
    case Probe::BindUnix: {
        const int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0)
            return errno;
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        // An abstract name: nothing is left behind in the file system.
        snprintf(address.sun_path + 1, sizeof(address.sun_path) - 1, "corral-tst-seccomp-%d",
            int(getpid()));
        return result(syscall(SYS_bind, fd, &address, sizeof(address)));
    }
    case Probe::MknodFifo:
        return result(syscall(SYS_mknodat, AT_FDCWD, ctx.fifo.constData(), S_IFIFO | 0600, 0));
    case Probe::MknodCharDevice:
        return result(
            syscall(SYS_mknodat, AT_FDCWD, ctx.device.constData(), S_IFCHR | 0600, makedev(1, 3)));
    case Probe::LowerPriority:
        return result(syscall(SYS_setpriority, PRIO_PROCESS, 0, 10));
    case Probe::RaisePriority:
        return result(syscall(SYS_setpriority, PRIO_PROCESS, 0, -5));
    case Probe::PersonalityNoRandomize:
        return result(syscall(SYS_personality, ADDR_NO_RANDOMIZE));
    case Probe::Uname: {
        char buffer[512];
        return result(syscall(SYS_uname, buffer));
    }
    case Probe::I386Getpid:
    case Probe::X32Getpid:
#if defined(__x86_64__)
    {
        long rc = 0;
        if (probe == Probe::I386Getpid) {
            // The 32-bit entry point: i386's getpid is number 20.
            asm volatile("int $0x80" : "=a"(rc) : "a"(20L) : "memory");
        } else {
            // The x32 table: x86_64's number with bit 30 set.
            asm volatile("syscall"
                         : "=a"(rc)
                         : "a"(0x40000000L | SYS_getpid)
                         : "rcx", "r11", "memory");
        }
        return rc < 0 && rc > -4096 ? int(-rc) : 0;
    }
#else
        return ENOSYS;
#endif
    }
    return EINVAL;
}

// Runs the probe in a forked child, with the filter loaded when one is given. The child
// reports over a pipe; a child that hangs is killed.
int runInChild(
    const QByteArray &filterFile, Probe probe, const ProbeContext &ctx, pid_t *childPid = nullptr)
{
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0)
        return LoadFailed + errno;
    const pid_t pid = fork();
    if (pid < 0)
        return LoadFailed + errno;
    if (pid == 0) {
        ::close(fds[0]);
        int outcome = 0;
        if (!filterFile.isEmpty()) {
            seccompfile::Header header;
            if (seccompfile::validate(filterFile.constData(), size_t(filterFile.size()), &header)) {
                outcome = LoadFailed + EINVAL;
            } else {
                sock_fprog prog {};
                prog.len = static_cast<unsigned short>(header.instructionCount);
                prog.filter = reinterpret_cast<sock_filter *>(
                    const_cast<char *>(filterFile.constData() + seccompfile::HeaderSize));
                const unsigned flags
                    = (header.flags & seccompfile::FlagLog) ? SECCOMP_FILTER_FLAG_LOG : 0;
                if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0
                    || syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags, &prog) < 0)
                    outcome = LoadFailed + errno;
            }
        }
        if (outcome == 0)
            outcome = runProbe(probe, ctx);
        (void)!write(fds[1], &outcome, sizeof(outcome));
        _exit(0);
    }
    ::close(fds[1]);
    if (childPid)
        *childPid = pid;

    int status = 0;
    bool exited = false;
    for (int waited = 0; waited < 10000; waited += 10) {
        const pid_t done = waitpid(pid, &status, WNOHANG);
        if (done == pid) {
            exited = true;
            break;
        }
        usleep(10 * 1000);
    }
    if (!exited) {
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
        ::close(fds[0]);
        return -SIGKILL;
    }
    int outcome = -1;
    const bool reported = read(fds[0], &outcome, sizeof(outcome)) == sizeof(outcome);
    ::close(fds[0]);
    if (WIFSIGNALED(status))
        return -WTERMSIG(status);
    return reported ? outcome : LoadFailed + EIO;
}

QString describe(int outcome)
{
    if (outcome == 0)
        return QStringLiteral("success");
    if (outcome < 0)
        return QStringLiteral("killed by signal %1").arg(-outcome);
    if (outcome >= LoadFailed)
        return QStringLiteral("filter not loaded: %1")
            .arg(QString::fromLocal8Bit(strerror(outcome - LoadFailed)));
    return QStringLiteral("errno %1 (%2)")
        .arg(QString::number(outcome), QString::fromLocal8Bit(strerror(outcome)));
}

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QByteArray compiled(const QStringList &lines, Confinement mode)
{
    const SeccompCompileResult result = compileSeccomp(seccompSource(lines, mode), mode);
    if (!result.ok)
        qWarning("%s", qPrintable(result.error));
    return result.binary;
}

seccompfile::Header headerOf(const QByteArray &file)
{
    // A file too short for a header reads as all zeros (which no check accepts).
    seccompfile::Header header {};
    if (file.size() >= qsizetype(sizeof(header)))
        std::copy_n(file.constData(), sizeof(header), reinterpret_cast<char *>(&header));
    return header;
}

// Seccomp's audit records from now on. The audit multicast group gets every record; the
// kernel log only those printk's rate limit lets through (no audit daemon runs here), so
// it is the fallback for a kernel or a process that cannot join the group.
class AuditLog
{
public:
    AuditLog()
    {
        m_fd = ::socket(AF_NETLINK, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, NETLINK_AUDIT);
        sockaddr_nl address {};
        address.nl_family = AF_NETLINK;
        address.nl_groups = 1u << (AUDIT_NLGRP_READLOG - 1);
        if (m_fd >= 0
            && ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0) {
            m_source = QStringLiteral("the audit multicast group");
            return;
        }
        const QString netlinkError = QString::fromLocal8Bit(strerror(errno));
        if (m_fd >= 0)
            ::close(m_fd);
        m_netlink = false;
        m_fd = ::open("/dev/kmsg", O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (m_fd >= 0) {
            ::lseek(m_fd, 0, SEEK_END);
            m_source = QStringLiteral("/dev/kmsg (the audit group: %1)").arg(netlinkError);
        } else {
            m_source = QStringLiteral("nothing (the audit group: %1, /dev/kmsg: %2)")
                           .arg(netlinkError, QString::fromLocal8Bit(strerror(errno)));
        }
    }
    ~AuditLog()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool isReadable() const { return m_fd >= 0; }
    QString source() const { return m_source; }

    // Waits a little for the record: kauditd sends it asynchronously.
    bool waitForRecord(const QList<QByteArray> &parts, QByteArray *found)
    {
        for (int waited = 0; waited < 3000; waited += 50) {
            for (const QByteArray &record : readAvailable()) {
                bool all = true;
                for (const QByteArray &part : parts)
                    all = all && record.contains(part);
                if (all) {
                    *found = record.trimmed();
                    return true;
                }
            }
            pollfd pfd { m_fd, POLLIN, 0 };
            ::poll(&pfd, 1, 50);
        }
        return false;
    }

private:
    QList<QByteArray> readAvailable()
    {
        QList<QByteArray> records;
        alignas(nlmsghdr) char buffer[16384];
        for (;;) {
            const ssize_t n = ::read(m_fd, buffer, sizeof(buffer));
            if (n < 0 && errno == EPIPE)
                continue; // /dev/kmsg: records were overwritten; go on with the next
            if (n <= 0)
                return records;
            if (!m_netlink) {
                records.append(QByteArray(buffer, n));
                continue;
            }
            int left = int(n);
            for (auto *message = reinterpret_cast<nlmsghdr *>(buffer); NLMSG_OK(message, left);
                 message = NLMSG_NEXT(message, left)) {
                if (message->nlmsg_type != AUDIT_SECCOMP)
                    continue;
                // The payload is the record's text, without its type, which printk adds.
                records.append("type=1326 "
                    + QByteArray(static_cast<const char *>(NLMSG_DATA(message)),
                        int(message->nlmsg_len - NLMSG_HDRLEN)));
            }
        }
    }

    int m_fd = -1;
    bool m_netlink = true;
    QString m_source;
};

} // namespace

Q_DECLARE_METATYPE(Probe)
Q_DECLARE_METATYPE(Confinement)

class TestSeccomp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void sourceMatchesGoldenFile();
    void sourceForDevmodeDiffersOnlyInItsFirstLine();
    void templateSkipsOnlyOtherArchitecturesCalls();
    void acceptedSyntax_data();
    void acceptedSyntax();
    void parseErrors_data();
    void parseErrors();
    void tooLargeFilterIsRefused();
    void headerAndInstructionCounts();

    void validator_data();
    void validator();
    void writeFile();

    // Before the enforcement rows, whose records could exhaust printk's rate limit when
    // the kernel log is all there is to read.
    void kernelLogsWhatTheFilterRefuses_data();
    void kernelLogsWhatTheFilterRefuses();
    void enforcement_data();
    void enforcement();

private:
    QString goldenPath(const QString &name) const
    {
        return QStringLiteral(CORRAL_TEST_DATA_DIR "/seccomp/") + name;
    }

    QTemporaryDir m_dir;
    ProbeContext m_ctx;
};

void TestSeccomp::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ctx.file = QFile::encodeName(m_dir.filePath(QStringLiteral("owned")));
    m_ctx.fifo = QFile::encodeName(m_dir.filePath(QStringLiteral("fifo")));
    m_ctx.device = QFile::encodeName(m_dir.filePath(QStringLiteral("device")));
    m_ctx.missingDir = QFile::encodeName(m_dir.filePath(QStringLiteral("missing/dir")));
    QFile file(QFile::decodeName(m_ctx.file));
    QVERIFY(file.open(QIODevice::WriteOnly));
}

// A representative app: the default template plus lines from a few interfaces, one of
// them given twice.
void TestSeccomp::sourceMatchesGoldenFile()
{
    const QStringList lines = {
        QStringLiteral("bind"),
        QStringLiteral("listen"),
        QStringLiteral("accept4"),
        QStringLiteral("socket AF_NETLINK - NETLINK_ROUTE"),
        QStringLiteral("bind"),
        QStringLiteral("~uname"),
    };
    const QString source = seccompSource(lines, Confinement::Strict);
    const QString path = goldenPath(QStringLiteral("network-bind-observe.strict.src"));
    if (qEnvironmentVariableIsSet("CORRAL_UPDATE_GOLDEN")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(source.toUtf8());
    }
    QCOMPARE(source, readFile(path));
    QVERIFY(compileSeccomp(source, Confinement::Strict).ok);
}

void TestSeccomp::sourceForDevmodeDiffersOnlyInItsFirstLine()
{
    const QStringList lines = { QStringLiteral("bind") };
    QStringList strict = seccompSource(lines, Confinement::Strict).split(u'\n');
    QStringList devmode = seccompSource(lines, Confinement::Devmode).split(u'\n');
    QVERIFY(strict.takeFirst().contains(QLatin1String("confinement strict")));
    QVERIFY(devmode.takeFirst().contains(QLatin1String("confinement devmode")));
    QCOMPARE(devmode, strict);
    QVERIFY(seccompSource(lines, Confinement::Classic).isEmpty());
    QVERIFY(!compileSeccomp(QStringLiteral("getpid"), Confinement::Classic).ok);
}

// A misspelt name in the template would be skipped silently like a call of another
// architecture: list the ones that are meant to be.
void TestSeccomp::templateSkipsOnlyOtherArchitecturesCalls()
{
#if !defined(__x86_64__)
    QSKIP("the list of skipped calls is written for x86_64");
#endif
    const SeccompCompileResult result
        = compileSeccomp(seccompSource({}, Confinement::Strict), Confinement::Strict);
    QVERIFY2(result.ok, qPrintable(result.error));
    QStringList skipped = result.skippedSyscalls;
    skipped.sort();
    const QStringList expected = {
        QStringLiteral("_llseek"),
        QStringLiteral("_newselect"),
        QStringLiteral("arm_fadvise64_64"),
        QStringLiteral("arm_sync_file_range"),
        QStringLiteral("cacheflush"),
        QStringLiteral("chown32"),
        QStringLiteral("fadvise64_64"),
        QStringLiteral("fchown32"),
        QStringLiteral("fcntl64"),
        QStringLiteral("fstat64"),
        QStringLiteral("fstatat64"),
        QStringLiteral("fstatfs64"),
        QStringLiteral("ftruncate64"),
        QStringLiteral("getegid32"),
        QStringLiteral("geteuid32"),
        QStringLiteral("getgid32"),
        QStringLiteral("getgroups32"),
        QStringLiteral("getresgid32"),
        QStringLiteral("getresuid32"),
        QStringLiteral("getuid32"),
        QStringLiteral("ipc"),
        QStringLiteral("lchown32"),
        QStringLiteral("lstat64"),
        QStringLiteral("mmap2"),
        QStringLiteral("nice"),
        QStringLiteral("olduname"),
        QStringLiteral("recv"),
        QStringLiteral("riscv_flush_icache"),
        QStringLiteral("send"),
        QStringLiteral("sendfile64"),
        QStringLiteral("set_tls"),
        QStringLiteral("setfsgid32"),
        QStringLiteral("setfsuid32"),
        QStringLiteral("setgid32"),
        QStringLiteral("setgroups32"),
        QStringLiteral("setregid32"),
        QStringLiteral("setresgid32"),
        QStringLiteral("setresuid32"),
        QStringLiteral("setreuid32"),
        QStringLiteral("setuid32"),
        QStringLiteral("sigaction"),
        QStringLiteral("signal"),
        QStringLiteral("sigpending"),
        QStringLiteral("sigprocmask"),
        QStringLiteral("sigreturn"),
        QStringLiteral("sigsuspend"),
        QStringLiteral("stat64"),
        QStringLiteral("statfs64"),
        QStringLiteral("sync_file_range2"),
        QStringLiteral("truncate64"),
        QStringLiteral("ugetrlimit"),
        QStringLiteral("waitpid"),
    };
    QCOMPARE(skipped, expected);
}

void TestSeccomp::acceptedSyntax_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("skipped");

    QTest::newRow("a bare system call") << QStringLiteral("getpid") << QStringList();
    QTest::newRow("comments, blank lines and indentation")
        << QStringLiteral("# comment\n\n   getpid  \n\t# indented comment\n") << QStringList();
    QTest::newRow("every comparison")
        << QStringLiteral("setpriority >=0 <=1 >2\ngetpriority <19\nmknod - |S_IFREG !0 7")
        << QStringList();
    QTest::newRow("hex, negative ids and root names")
        << QStringLiteral("personality 0xffffffff\nchown - -1 g:root\nchown - u:root -1")
        << QStringList();
    QTest::newRow("all six arguments") << QStringLiteral("mmap - - - - - 0") << QStringList();
    QTest::newRow("explicit denial and enosys")
        << QStringLiteral("ioctl\n~ioctl - TIOCSTI\n@enosys clone3") << QStringList();
    QTest::newRow("unknown and other-architecture calls are skipped")
        << QStringLiteral("getpid\nno_such_call 1\nchown32 - u:root\nno_such_call")
        << QStringList { QStringLiteral("no_such_call"), QStringLiteral("chown32") };
}

void TestSeccomp::acceptedSyntax()
{
    QFETCH(QString, source);
    QFETCH(QStringList, skipped);
#if !defined(__x86_64__)
    QSKIP("chown32 exists on this architecture");
#endif
    const SeccompCompileResult result = compileSeccomp(source, Confinement::Strict);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.skippedSyscalls, skipped);
    QVERIFY(result.instructions > 0);
}

void TestSeccomp::parseErrors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("why");

    QTest::newRow("an unknown constant is named with its line") << QStringLiteral(
        "getpid\nsocket AF_FOO") << 2 << QStringLiteral("unknown constant \"AF_FOO\"");
    QTest::newRow("an unknown constant fails even for a call this architecture lacks")
        << QStringLiteral("socketcall AF_FOO") << 1
        << QStringLiteral("unknown constant \"AF_FOO\"");
    QTest::newRow("a comparison without a value is refused") << QStringLiteral(
        "getpid\n\n# comment\nnice <=") << 4 << QStringLiteral("missing value after \"<=\"");
    QTest::newRow("an unknown comparison is refused")
        << QStringLiteral("socket =2") << 1 << QStringLiteral("unknown comparison \"=2\"");
    QTest::newRow("a malformed number is refused")
        << QStringLiteral("nice <=1x") << 1 << QStringLiteral("malformed number \"1x\"");
    QTest::newRow("a hex prefix without digits is refused")
        << QStringLiteral("socket 0x") << 1 << QStringLiteral("malformed number \"0x\"");
    QTest::newRow("a number beyond 32 bits is refused")
        << QStringLiteral("nice <=4294967296") << 1
        << QStringLiteral("number \"4294967296\" does not fit in 32 bits");
    QTest::newRow("a negative number in an ordering comparison is refused") << QStringLiteral(
        "nice >-1") << 1 << QStringLiteral("negative number \"-1\" only works as an equal value");
    QTest::newRow("a user other than root is refused")
        << QStringLiteral("chown - u:daemon") << 1
        << QStringLiteral("unknown user or group \"u:daemon\": only root can be named");
    QTest::newRow("more than six arguments are refused")
        << QStringLiteral("getpid 1 2 3 4 5 6 7") << 1 << QStringLiteral("more than 6 arguments");
    QTest::newRow("a malformed system call name is refused") << QStringLiteral(
        "socket(AF_UNIX)") << 1 << QStringLiteral("malformed system call name \"socket(AF_UNIX)\"");
    QTest::newRow("a lone tilde is refused")
        << QStringLiteral("~") << 1 << QStringLiteral("malformed system call name \"\"");
    QTest::newRow("an unknown directive is refused") << QStringLiteral(
        "@unrestricted") << 1 << QStringLiteral("unknown directive \"@unrestricted\"");
    QTest::newRow("@enosys without a name is refused")
        << QStringLiteral("@enosys") << 1 << QStringLiteral("@enosys takes one system call name");

    // An interface line's number counts in the whole source the user sees.
    const QString withSnippet = seccompSource(
        { QStringLiteral("socket AF_NETLINK - NETLINK_NOPE") }, Confinement::Strict);
    const int snippetLine
        = int(withSnippet.split(u'\n').indexOf(QStringLiteral("socket AF_NETLINK - NETLINK_NOPE")))
        + 1;
    QTest::newRow("an error in an interface line counts lines from the top of the source")
        << withSnippet << snippetLine << QStringLiteral("unknown constant \"NETLINK_NOPE\"");
}

void TestSeccomp::parseErrors()
{
    QFETCH(QString, source);
    QFETCH(int, line);
    QFETCH(QString, why);

    const SeccompCompileResult result = compileSeccomp(source, Confinement::Strict);
    QVERIFY(!result.ok);
    QVERIFY(result.binary.isEmpty());
    const QString text = source.split(u'\n').at(line - 1).trimmed();
    QCOMPARE(result.error,
        QStringLiteral("cannot compile seccomp filter: line %1 \"%2\": %3")
            .arg(QString::number(line), text, why));
}

void TestSeccomp::tooLargeFilterIsRefused()
{
    QString source;
    for (int i = 0; i < 3000; ++i)
        source += QStringLiteral("socket %1 - %1\n").arg(i);
    const SeccompCompileResult result = compileSeccomp(source, Confinement::Strict);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.endsWith(QLatin1String("more than the kernel's limit of 4096")),
        qPrintable(result.error));
}

void TestSeccomp::headerAndInstructionCounts()
{
    for (const Confinement mode : { Confinement::Strict, Confinement::Devmode }) {
        const SeccompCompileResult result = compileSeccomp(seccompSource({}, mode), mode);
        QVERIFY2(result.ok, qPrintable(result.error));
        seccompfile::Header header {};
        QCOMPARE(
            seccompfile::validate(result.binary.constData(), size_t(result.binary.size()), &header),
            nullptr);
        QCOMPARE(QByteArray(header.magic, 8), QByteArray("CORRALSC"));
        QCOMPARE(header.version, 1u);
        QCOMPARE(int(header.instructionCount), result.instructions);
        QCOMPARE(header.reserved, 0u);
        // Strict denials are audited because the launcher loads with the log flag; devmode
        // logs through its action.
        QCOMPARE(header.flags, mode == Confinement::Strict ? seccompfile::FlagLog : 0u);
        qInfo("default template, %s: %d instructions, %d bytes", qPrintable(toString(mode)),
            result.instructions, int(result.binary.size()));
    }
}

void TestSeccomp::validator_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("why"); // empty: accepted

    const QByteArray good = compiled({}, Confinement::Strict);
    QVERIFY(!good.isEmpty());
    const auto withHeader = [&](auto change) {
        QByteArray file = good;
        seccompfile::Header header = headerOf(file);
        change(header, file);
        memcpy(file.data(), &header, sizeof(header));
        return file;
    };
    const seccompfile::Header goodHeader = headerOf(good);

    QTest::newRow("a compiled filter is accepted") << good << QString();
    QTest::newRow("an empty file is refused")
        << QByteArray() << QStringLiteral("file too short for the header");
    QTest::newRow("a truncated header is refused")
        << good.left(10) << QStringLiteral("file too short for the header");
    QTest::newRow("a truncated program is refused")
        << good.chopped(8) << QStringLiteral("file size does not match the instruction count");
    QTest::newRow("trailing bytes are refused")
        << good + QByteArray(8, '\0')
        << QStringLiteral("file size does not match the instruction count");
    QTest::newRow("a wrong magic is refused")
        << withHeader([](seccompfile::Header &h, QByteArray &) { h.magic[7] = 'X'; })
        << QStringLiteral("not a corral seccomp filter (wrong magic)");
    QTest::newRow("another format version is refused")
        << withHeader([](seccompfile::Header &h, QByteArray &) { h.version = 2; })
        << QStringLiteral("unsupported format version");
    QTest::newRow("an unknown flag is refused")
        << withHeader([](seccompfile::Header &h, QByteArray &) { h.flags |= 1u << 1; })
        << QStringLiteral("unknown flags");
    QTest::newRow("a reserved field that is not zero is refused")
        << withHeader([](seccompfile::Header &h, QByteArray &) { h.reserved = 1; })
        << QStringLiteral("reserved field is not zero");
    QTest::newRow("a program without instructions is refused") << withHeader(
        [](seccompfile::Header &h, QByteArray &file) {
            h.instructionCount = 0;
            file.truncate(seccompfile::HeaderSize);
        }) << QStringLiteral("filter has no instructions");
    QTest::newRow("more instructions than the kernel accepts are refused") << withHeader(
        [&](seccompfile::Header &h, QByteArray &file) {
            h.instructionCount = seccompfile::MaxInstructions + 1;
            file.resize(qsizetype(
                seccompfile::HeaderSize + h.instructionCount * seccompfile::InstructionSize));
        }) << QStringLiteral("filter has more instructions than the kernel accepts");
    QTest::newRow("an instruction count that disagrees with the size is refused") << withHeader(
        [&](seccompfile::Header &h, QByteArray &) {
            h.instructionCount = goodHeader.instructionCount + 1;
        }) << QStringLiteral("file size does not match the instruction count");
}

void TestSeccomp::validator()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, why);
    const char *message = seccompfile::validate(file.constData(), size_t(file.size()));
    QCOMPARE(message ? QString::fromLatin1(message) : QString(), why);
}

void TestSeccomp::writeFile()
{
    const QByteArray binary = compiled({}, Confinement::Strict);
    const QString path = m_dir.filePath(QStringLiteral("snap.hello.hello.bpf"));
    QString error;
    QVERIFY2(writeSeccompFile(path, binary, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), binary);
    struct stat st;
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0644));

    const QString broken = m_dir.filePath(QStringLiteral("broken.bpf"));
    QVERIFY(!writeSeccompFile(broken, binary.chopped(8), &error));
    QCOMPARE(error,
        QStringLiteral("cannot write %1: file size does not match the instruction count")
            .arg(broken));
    QVERIFY(!QFileInfo::exists(broken));
}

void TestSeccomp::enforcement_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<Confinement>("mode");
    QTest::addColumn<Probe>("probe");
    QTest::addColumn<int>("expected");

    const QStringList none;
    const auto strict = Confinement::Strict;
    const auto devmode = Confinement::Devmode;
    const QStringList netlink = { QStringLiteral("socket AF_NETLINK - NETLINK_ROUTE") };
    const QStringList bind = { QStringLiteral("bind") };

    QTest::newRow("getpid is allowed") << none << strict << Probe::Getpid << 0;
    QTest::newRow("writing to a pipe is allowed") << none << strict << Probe::WritePipe << 0;
    QTest::newRow("mount fails with EPERM") << none << strict << Probe::Mount << EPERM;
    QTest::newRow("keyctl fails with EPERM") << none << strict << Probe::Keyctl << EPERM;
    QTest::newRow("unshare of a user namespace fails with EPERM")
        << none << strict << Probe::UnshareUser << EPERM;
    QTest::newRow("clone into a user namespace fails with EACCES")
        << none << strict << Probe::CloneUser << EACCES;
    QTest::newRow("clone3 fails with ENOSYS so that C libraries fall back to clone")
        << none << strict << Probe::Clone3 << ENOSYS;
    QTest::newRow("starting a thread works") << none << strict << Probe::Thread << 0;
    QTest::newRow("ptrace fails with EPERM") << none << strict << Probe::PtraceTraceme << EPERM;
    QTest::newRow("an ordinary ioctl reaches the kernel")
        << none << strict << Probe::IoctlFionread << 0;
    QTest::newRow("ioctl TIOCSTI fails with EACCES")
        << none << strict << Probe::IoctlTiocsti << EACCES;
    QTest::newRow("ioctl TIOCSTI with the upper register half set fails with EACCES too")
        << none << strict << Probe::IoctlTiocstiHighBits << EACCES;
    QTest::newRow("ioctl TIOCLINUX fails with EACCES")
        << none << strict << Probe::IoctlTioclinux << EACCES;
    QTest::newRow("chown of a file to root passes the filter")
        << none << strict << Probe::ChownRoot << 0;
    QTest::newRow("chown to another user fails with EPERM")
        << none << strict << Probe::ChownOtherUser << EPERM;
    QTest::newRow("chown leaving both ids unchanged passes the filter")
        << none << strict << Probe::ChownUnchanged << 0;
    QTest::newRow("chown with a sign-extended -1 passes the filter")
        << none << strict << Probe::ChownSignExtendedUnchanged << 0;
    QTest::newRow("fchown to another group fails with EPERM")
        << none << strict << Probe::FchownOtherGroup << EPERM;
    QTest::newRow("fchownat to root passes the filter")
        << none << strict << Probe::FchownatRoot << 0;
    QTest::newRow("lchown to another user fails with EPERM")
        << none << strict << Probe::LchownOtherUser << EPERM;
    QTest::newRow("an internet socket is allowed") << none << strict << Probe::SocketInet << 0;
    QTest::newRow("a netlink socket fails with EPERM without an interface")
        << none << strict << Probe::SocketNetlinkRoute << EPERM;
    QTest::newRow("a netlink route socket is allowed with the interface line")
        << netlink << strict << Probe::SocketNetlinkRoute << 0;
    QTest::newRow("a netlink socket of another protocol still fails with the interface line")
        << netlink << strict << Probe::SocketNetlinkUevent << EPERM;
    QTest::newRow("bind fails with EPERM without an interface")
        << none << strict << Probe::BindUnix << EPERM;
    QTest::newRow("bind is allowed with the interface line")
        << bind << strict << Probe::BindUnix << 0;
    QTest::newRow("an explicit denial in an interface line wins over the template")
        << QStringList { QStringLiteral("~uname") } << strict << Probe::Uname << EACCES;
    QTest::newRow("making a fifo is allowed") << none << strict << Probe::MknodFifo << 0;
    QTest::newRow("making a device node fails with EPERM")
        << none << strict << Probe::MknodCharDevice << EPERM;
    QTest::newRow("lowering the priority is allowed")
        << none << strict << Probe::LowerPriority << 0;
    QTest::newRow("raising the priority fails with EPERM")
        << none << strict << Probe::RaisePriority << EPERM;
    QTest::newRow("turning off address randomization fails with EPERM")
        << none << strict << Probe::PersonalityNoRandomize << EPERM;
#if defined(__x86_64__)
    QTest::newRow("a call through the i386 table kills the process")
        << none << strict << Probe::I386Getpid << -SIGSYS;
    QTest::newRow("a call through the x32 table kills the process")
        << none << strict << Probe::X32Getpid << -SIGSYS;
    QTest::newRow("devmode lets a call through the i386 table reach the kernel")
        << none << devmode << Probe::I386Getpid << KernelDecides;
#endif

    QTest::newRow("devmode allows getpid") << none << devmode << Probe::Getpid << 0;
    QTest::newRow("devmode lets mount reach the kernel")
        << none << devmode << Probe::Mount << KernelDecides;
    QTest::newRow("devmode lets keyctl reach the kernel")
        << none << devmode << Probe::Keyctl << KernelDecides;
    QTest::newRow("devmode lets unshare of a user namespace reach the kernel")
        << none << devmode << Probe::UnshareUser << KernelDecides;
    QTest::newRow("devmode lets an explicitly denied ioctl reach the kernel")
        << none << devmode << Probe::IoctlTiocsti << KernelDecides;
    QTest::newRow("devmode lets chown to another user reach the kernel")
        << none << devmode << Probe::ChownOtherUser << KernelDecides;
    QTest::newRow("devmode lets a netlink socket reach the kernel")
        << none << devmode << Probe::SocketNetlinkUevent << KernelDecides;
    QTest::newRow("devmode still answers clone3 with ENOSYS")
        << none << devmode << Probe::Clone3 << ENOSYS;
    QTest::newRow("devmode still starts threads") << none << devmode << Probe::Thread << 0;
}

void TestSeccomp::enforcement()
{
    QFETCH(QStringList, lines);
    QFETCH(Confinement, mode);
    QFETCH(Probe, probe);
    QFETCH(int, expected);
    if (geteuid() != 0)
        QSKIP("needs root to tell the filter's refusals from the kernel's");

    const QByteArray filter = compiled(lines, mode);
    QVERIFY(!filter.isEmpty());
    const auto cleanUp = [&] {
        ::unlink(m_ctx.fifo.constData());
        ::unlink(m_ctx.device.constData());
    };

    // The same call without a filter: a refusal only counts when it is the filter's.
    cleanUp();
    const int unfiltered = runInChild({}, probe, m_ctx);
    cleanUp();
    const int filtered = runInChild(filter, probe, m_ctx);
    cleanUp();
    QVERIFY2(filtered < LoadFailed, qPrintable(describe(filtered)));

    if (expected == KernelDecides) {
        QVERIFY2(filtered == unfiltered,
            qPrintable(QStringLiteral("filtered: %1, unfiltered: %2")
                           .arg(describe(filtered), describe(unfiltered))));
        return;
    }
    QVERIFY2(filtered == expected,
        qPrintable(
            QStringLiteral("got %1, expected %2").arg(describe(filtered), describe(expected))));
    if (expected != 0) {
        QVERIFY2(unfiltered != expected,
            qPrintable(QStringLiteral("the kernel refuses this by itself (%1): the row "
                                      "proves nothing about the filter")
                           .arg(describe(unfiltered))));
    }
}

void TestSeccomp::kernelLogsWhatTheFilterRefuses_data()
{
    QTest::addColumn<Confinement>("mode");
    QTest::addColumn<Probe>("probe");
    QTest::addColumn<int>("syscallNumber");
    QTest::addColumn<QByteArray>("action"); // the audit record's code=

    QTest::newRow("devmode logs the keyctl it lets through")
        << Confinement::Devmode << Probe::Keyctl << int(SYS_keyctl)
        << QByteArray("code=0x7ffc0000");
    QTest::newRow("strict logs the keyctl it refuses")
        << Confinement::Strict << Probe::Keyctl << int(SYS_keyctl) << QByteArray("code=0x50000");
}

void TestSeccomp::kernelLogsWhatTheFilterRefuses()
{
    QFETCH(Confinement, mode);
    QFETCH(Probe, probe);
    QFETCH(int, syscallNumber);
    QFETCH(QByteArray, action);

    const QString cmdline = readFile(QStringLiteral("/proc/cmdline"));
    if (cmdline.contains(QLatin1String("audit=0")))
        QSKIP("auditing is off on the kernel command line: seccomp writes no records");
    AuditLog log;
    if (!log.isReadable()) {
        qInfo("cannot read audit records from %s: not checking that the filter logs",
            qPrintable(log.source()));
        QSKIP("no audit records readable");
    }

    pid_t pid = 0;
    const int outcome = runInChild(compiled({}, mode), probe, m_ctx, &pid);
    QVERIFY2(outcome < LoadFailed, qPrintable(describe(outcome)));
    QByteArray record;
    const QList<QByteArray> parts = {
        QByteArray("type=1326"),
        " pid=" + QByteArray::number(pid) + ' ',
        " syscall=" + QByteArray::number(syscallNumber) + ' ',
        action,
    };
    QVERIFY2(log.waitForRecord(parts, &record),
        qPrintable(QStringLiteral("no seccomp audit record for pid %1 from %2")
                       .arg(QString::number(pid), log.source())));
    qInfo("from %s: %s", qPrintable(log.source()), record.constData());
}

QTEST_APPLESS_MAIN(TestSeccomp)
#include "tst_seccomp.moc"
