// probe: tries one thing from inside a sandbox and says what happened, for the launcher's
// tests. Static, so it runs on any base. Prints "ok[ detail]" and exits 0, or prints the
// errno's name (EPERM, EACCES, …) and exits 1; 2 for a usage error.
//
//   probe id                     ids, groups, capability sets, no_new_privs
//   probe read PATH              reads a file
//   probe write PATH TEXT        creates or truncates a file and writes TEXT
//   probe ls PATH                lists a directory, one name a line
//   probe stat PATH              device, inode and type of a path
//   probe ns                     the mount namespace: /proc/self/ns/mnt and its unique id
//   probe cwd                    the working directory
//   probe env                    the environment, one variable a line
//   probe mount                  mounts a tmpfs on /tmp
//   probe ptrace PID             attaches to a process
//   probe keyctl                 asks for the session keyring's id
//   probe tiocsti                fakes terminal input on a new pty it controls
//   probe unshare-user           creates a user namespace
//   probe open-dev PATH          opens a device node for reading
//   probe pts                    the device of /dev/pts and the pty /dev/ptmx hands out
//   probe sleep SECONDS
//   probe --linger SECONDS COMMAND [ARGUMENTS]
//                                runs COMMAND, then stays SECONDS before exiting (so that
//                                whoever reads the kernel's record can still ask the process)
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sched.h>
#include <string>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <termios.h>
#include <unistd.h>

extern char **environ;

namespace {

int failed(int error)
{
    const char *name = strerrorname_np(error);
    std::printf("%s\n", name != nullptr ? name : std::to_string(error).c_str());
    return 1;
}

int result(long value)
{
    if (value < 0)
        return failed(errno);
    std::printf("ok\n");
    return 0;
}

std::string statusField(const std::string &status, const char *name)
{
    const std::string key = std::string("\n") + name + ":\t";
    const std::size_t at = status.find(key);
    if (at == std::string::npos)
        return {};
    const std::size_t start = at + key.size();
    return status.substr(start, status.find('\n', start) - start);
}

std::string readAll(int fd)
{
    std::string data;
    char buffer[4096];
    ssize_t n;
    while ((n = read(fd, buffer, sizeof buffer)) > 0)
        data.append(buffer, std::size_t(n));
    return data;
}

int id()
{
    const int fd = open("/proc/self/status", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return failed(errno);
    const std::string status = "\n" + readAll(fd);
    close(fd);
    std::string groups = statusField(status, "Groups");
    while (!groups.empty() && groups.back() == ' ')
        groups.pop_back();
    std::printf("ok uid=%s gid=%s groups=%s capinh=%s capprm=%s capeff=%s capbnd=%s capamb=%s "
                "nonewprivs=%s\n",
        statusField(status, "Uid").c_str(), statusField(status, "Gid").c_str(), groups.c_str(),
        statusField(status, "CapInh").c_str(), statusField(status, "CapPrm").c_str(),
        statusField(status, "CapEff").c_str(), statusField(status, "CapBnd").c_str(),
        statusField(status, "CapAmb").c_str(), statusField(status, "NoNewPrivs").c_str());
    return 0;
}

int readFile(const char *path)
{
    const int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return failed(errno);
    const std::string data = readAll(fd);
    close(fd);
    std::printf("ok %s\n", data.c_str());
    return 0;
}

int writeFile(const char *path, const char *text)
{
    const int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return failed(errno);
    const ssize_t n = write(fd, text, std::strlen(text));
    close(fd);
    return result(n);
}

int list(const char *path)
{
    DIR *dir = opendir(path);
    if (dir == nullptr)
        return failed(errno);
    std::printf("ok\n");
    while (const dirent *entry = readdir(dir)) {
        if (std::strcmp(entry->d_name, ".") != 0 && std::strcmp(entry->d_name, "..") != 0)
            std::printf("%s\n", entry->d_name);
    }
    closedir(dir);
    return 0;
}

int statPath(const char *path)
{
    struct stat st
    {
    };
    if (lstat(path, &st) != 0)
        return failed(errno);
    const char *type = S_ISDIR(st.st_mode) ? "dir"
        : S_ISREG(st.st_mode)              ? "file"
        : S_ISLNK(st.st_mode)              ? "link"
        : S_ISCHR(st.st_mode)              ? "char"
        : S_ISBLK(st.st_mode)              ? "block"
                                           : "other";
    std::printf("ok dev=%u:%u ino=%llu type=%s\n", major(st.st_dev), minor(st.st_dev),
        static_cast<unsigned long long>(st.st_ino), type);
    return 0;
}

int tiocsti()
{
    // A pty of our own as our controlling terminal, so that only the seccomp filter (or
    // the kernel's legacy_tiocsti setting) can refuse the ioctl.
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0)
        return failed(errno);
    const char *name = ptsname(master);
    if (name == nullptr)
        return failed(errno);
    if (setsid() < 0 && errno != EPERM)
        return failed(errno);
    const int slave = open(name, O_RDWR);
    if (slave < 0)
        return failed(errno);
    ioctl(slave, TIOCSCTTY, 0);
    const char c = 'x';
    return result(ioctl(slave, TIOCSTI, &c));
}

int pts()
{
    struct stat st
    {
    };
    if (stat("/dev/pts", &st) != 0)
        return failed(errno);
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || unlockpt(master) != 0)
        return failed(errno);
    const char *name = ptsname(master);
    std::printf("ok dev=%u:%u pty=%s\n", major(st.st_dev), minor(st.st_dev), name ? name : "?");
    return 0;
}

int run(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: probe COMMAND [ARGUMENTS]\n");
        return 2;
    }
    const std::string command = argv[1];
    const char *arg = argc > 2 ? argv[2] : nullptr;
    if (command == "id")
        return id();
    if (command == "read" && arg)
        return readFile(arg);
    if (command == "write" && argc > 3)
        return writeFile(arg, argv[3]);
    if (command == "ls" && arg)
        return list(arg);
    if (command == "stat" && arg)
        return statPath(arg);
    if (command == "ns") {
        // Inode numbers of namespaces are reused; the id (NS_GET_MNTNS_ID) never is.
        char target[256];
        const ssize_t n = readlink("/proc/self/ns/mnt", target, sizeof target - 1);
        const int fd = open("/proc/self/ns/mnt", O_RDONLY | O_CLOEXEC);
        unsigned long long id = 0;
        if (n < 0 || fd < 0 || ioctl(fd, _IOR(0xb7, 0x5, unsigned long long), &id) != 0)
            return failed(errno);
        target[n] = '\0';
        std::printf("ok %s id=%llu\n", target, id);
        return 0;
    }
    if (command == "cwd") {
        char cwd[4096];
        if (getcwd(cwd, sizeof cwd) == nullptr)
            return failed(errno);
        std::printf("ok %s\n", cwd);
        return 0;
    }
    if (command == "env") {
        std::printf("ok\n");
        for (char **entry = environ; *entry != nullptr; ++entry)
            std::printf("%s\n", *entry);
        return 0;
    }
    if (command == "mount")
        return result(mount("none", "/tmp", "tmpfs", 0, nullptr));
    if (command == "ptrace" && arg) {
        const long attached = ptrace(PTRACE_ATTACH, std::atoi(arg), nullptr, nullptr);
        const int error = errno;
        if (attached == 0)
            ptrace(PTRACE_DETACH, std::atoi(arg), nullptr, nullptr);
        errno = error;
        return result(attached);
    }
    if (command == "keyctl")
        return result(syscall(SYS_keyctl, 0 /* KEYCTL_GET_KEYRING_ID */, -3 /* session */, 0));
    if (command == "tiocsti")
        return tiocsti();
    if (command == "unshare-user")
        return result(unshare(CLONE_NEWUSER));
    if (command == "open-dev" && arg) {
        const int fd = open(arg, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
        if (fd >= 0)
            close(fd);
        return result(fd);
    }
    if (command == "pts")
        return pts();
    if (command == "sleep" && arg) {
        sleep(unsigned(std::atoi(arg)));
        return 0;
    }
    std::fprintf(stderr, "probe: unknown command or missing argument: %s\n", command.c_str());
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 3 && std::string(argv[1]) == "--linger") {
        const int status = run(argc - 2, argv + 2);
        std::fflush(stdout);
        sleep(unsigned(std::atoi(argv[2])));
        return status;
    }
    return run(argc, argv);
}
