// Launch latency: the whole-process wall time of starting an app that does nothing.
//
// Compares, in one run and interleaved (so that load on the machine hits every candidate
// alike):
//   - /bin/true itself,
//   - corral-launch probe-other.true, warm (the snap's preserved namespace is joined),
//   - corral-launch probe-other.true, cold (the namespace is discarded before each run,
//     outside the timed part, so the launch builds a new one),
//   - the warm launch with the cgroup v2 device program instead of the v1 controller,
//   - bwrap with a comparable sandbox: the base as /, the same host directories, the snap,
//     a private /tmp, a new devpts, the same seccomp filter, every capability dropped,
//   - firejail --noprofile /bin/true.
// probe-other.true runs the base's /bin/true (busybox) inside the sandbox of a snap with
// the default policy and no layouts or content. Prints the median
// of each and the ratios the launcher is held to: warm at most 2.5× and cold at most 4×
// /bin/true, warm at least twice as fast as bwrap.
//
// Usage (as root): bench-launch [RUNS] [--launcher PATH]
//   RUNS defaults to 300; PATH to the launcher built with this benchmark (measure a
//   Release build for figures worth recording).
#include "launcher/seccompfile.h"
#include "tests/launcher/launchroot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <functional>
#include <spawn.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace corral::test;

namespace {

struct Candidate
{
    QString name;
    QStringList command;
    QStringList environment; // extra NAME=VALUE
    std::function<void()> before; // untimed preparation of each run
    QString fd9; // a file opened as descriptor 9 (bwrap's --seccomp 9)
    std::vector<double> samples; // microseconds
    int failures = 0;
};

double nowMicroseconds()
{
    timespec ts {};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e6 + double(ts.tv_nsec) / 1e3;
}

// posix_spawn with stdout and stderr to /dev/null; the wall time from spawn to reaped.
bool timeOnce(Candidate &candidate, const std::vector<std::string> &environment)
{
    std::vector<QByteArray> argvStorage;
    for (const QString &argument : candidate.command)
        argvStorage.push_back(argument.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &argument : argvStorage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    std::vector<std::string> envStorage = environment;
    for (const QString &entry : candidate.environment)
        envStorage.push_back(entry.toStdString());
    std::vector<char *> envp;
    for (std::string &entry : envStorage)
        envp.push_back(entry.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    const QByteArray fd9 = candidate.fd9.toUtf8();
    if (!fd9.isEmpty())
        posix_spawn_file_actions_addopen(&actions, 9, fd9.constData(), O_RDONLY, 0);
    if (candidate.before)
        candidate.before();
    const double start = nowMicroseconds();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    int status = 0;
    if (spawned == 0)
        ::waitpid(pid, &status, 0);
    const double elapsed = nowMicroseconds() - start;
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        ++candidate.failures;
        return false;
    }
    candidate.samples.push_back(elapsed);
    return true;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The filter file's program without its header, for bwrap --seccomp.
QString writeRawFilter(const QString &bpf, const QString &raw)
{
    QFile in(bpf);
    QFile out(raw);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return {};
    out.write(in.readAll().mid(int(corral::seccompfile::HeaderSize)));
    return raw;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 300;
    QString launcher;
    const QStringList arguments = app.arguments().mid(1);
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--launcher") && i + 1 < arguments.size())
            launcher = arguments[++i];
        else
            runs = std::max(arguments[i].toInt(), 10);
    }
    if (::geteuid() != 0) {
        std::fprintf(stderr, "bench-launch needs root\n");
        return 1;
    }

    const bool mediaWasMountPoint = isMountPoint(QStringLiteral("/media"));
    LaunchRoot root;
    if (!root.isValid() || !root.lastError().isEmpty()
        || !root.install(QStringLiteral("busybox-base"))
        || !root.install(QStringLiteral("probe-other"))) {
        std::fprintf(stderr, "cannot set up a root: %s\n", qPrintable(root.lastError()));
        return 1;
    }
    if (!launcher.isEmpty()) {
        QFile::remove(root.launcher());
        QFile::copy(launcher, root.launcher());
        ::chmod(root.launcher().toUtf8().constData(), 04755);
    }
    const std::vector<std::string> environment
        = { "PATH=/usr/bin:/bin", "HOME=/root", "CORRAL_ROOT=" + root.path().toStdString() };

    const QString base = root.filePath(QStringLiteral("/snap/busybox-base/x1"));
    const QString snap = root.filePath(QStringLiteral("/snap/probe-other/x1"));
    const QString raw = writeRawFilter(
        root.filePath(QStringLiteral("/var/lib/corral/seccomp/snap.probe-other.true.bpf")),
        root.filePath(QStringLiteral("/bench.seccomp")));
    const QString privateTmp = root.filePath(QStringLiteral("/bench-tmp"));
    QDir().mkpath(privateTmp);

    const QStringList bwrap = QStringLiteral(
        "/usr/bin/bwrap --ro-bind %1 / --dev /dev --bind /etc /etc --bind /home /home "
        "--bind /root /root --bind /proc /proc --bind /sys /sys --bind /run /run "
        "--bind /media /media --bind /var/tmp /var/tmp --bind /var/log /var/log "
        "--bind %2/snap /snap --bind %2/var/snap /var/snap --bind %2/var/lib/corral "
        "/var/lib/corral "
        "--ro-bind %3 /snap/probe-other/x1 --bind %4 /tmp --cap-drop ALL --chdir / --seccomp 9 "
        "/bin/true")
                                  .arg(base, root.path(), snap, privateTmp)
                                  .split(QLatin1Char(' '));

    std::vector<Candidate> candidates;
    const QStringList launch { root.launcher(), QStringLiteral("probe-other.true") };
    candidates.push_back(
        { QStringLiteral("/bin/true"), { QStringLiteral("/bin/true") }, {}, {}, {}, {}, 0 });
    candidates.push_back({ QStringLiteral("corral-launch, warm"), launch, {}, {}, {}, {}, 0 });
    candidates.push_back({ QStringLiteral("corral-launch, cold"), launch, {},
        [&root] { root.discardNamespace(QStringLiteral("probe-other")); }, {}, {}, 0 });
    candidates.push_back({ QStringLiteral("corral-launch, warm, cgroup v2"), launch,
        { QStringLiteral("CORRAL_LAUNCH_DEVICE_CGROUP=v2") }, {}, {}, {}, 0 });
    candidates.push_back(
        { QStringLiteral("bwrap, comparable sandbox"), bwrap, {}, {}, raw, {}, 0 });
    candidates.push_back({ QStringLiteral("firejail --noprofile"),
        { QStringLiteral("/usr/bin/firejail"), QStringLiteral("--quiet"),
            QStringLiteral("--noprofile"), QStringLiteral("/bin/true") },
        {}, {}, {}, {}, 0 });

    // Warm every candidate up (page cache, the preserved namespace, the cgroups).
    for (Candidate &candidate : candidates) {
        for (int i = 0; i < 5; ++i)
            timeOnce(candidate, environment);
        candidate.samples.clear();
        candidate.failures = 0;
    }
    // Firejail is an order of magnitude slower: fewer runs keep the benchmark short.
    for (int run = 0; run < runs; ++run) {
        for (Candidate &candidate : candidates) {
            if (candidate.name.startsWith(QLatin1String("firejail")) && run % 5 != 0)
                continue;
            timeOnce(candidate, environment);
        }
    }
    root.discardNamespace(QStringLiteral("probe-other"));
    // The launcher made /media a shared mount (so that host mounts reach sandboxes);
    // give the machine back as it was.
    if (!mediaWasMountPoint && isMountPoint(QStringLiteral("/media")))
        ::umount2("/media", MNT_DETACH);

    const double trueTime = median(candidates[0].samples);
    const double warm = median(candidates[1].samples);
    const double cold = median(candidates[2].samples);
    const double bwrapTime = median(candidates[4].samples);
    std::printf(
        "%-34s %10s %8s %6s\n", "launching an app that does nothing", "median", "× true", "runs");
    for (const Candidate &candidate : candidates) {
        const double value = median(candidate.samples);
        std::printf("%-34s %8.0f µs %7.2f× %6zu%s\n", qPrintable(candidate.name), value,
            value / trueTime, candidate.samples.size(),
            candidate.failures ? qPrintable(QStringLiteral("  (%1 failed)").arg(candidate.failures))
                               : "");
    }
    std::printf("\nwarm / true  %.2f× (target ≤ 2.5×)   %s\n", warm / trueTime,
        warm / trueTime <= 2.5 ? "met" : "MISSED");
    std::printf("cold / true  %.2f× (target ≤ 4×)     %s\n", cold / trueTime,
        cold / trueTime <= 4 ? "met" : "MISSED");
    std::printf("bwrap / warm %.2f× (target ≥ 2×)     %s\n", bwrapTime / warm,
        bwrapTime / warm >= 2 ? "met" : "MISSED");
    return 0;
}
