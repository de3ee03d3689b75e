// bench-gui: corral-permissions with 500 installed snaps (3 apps and 10 plugs each, as in
// bench-profiles), served by the real helper on a private system bus with the real
// polkitd (the tests' fixture). Prints
//   - what setting that up costs: the snaps are unpacked directories installed in this
//     process with SnapManager, as `corral install --direct --dangerous DIR` installs
//     them (bind mounts, no loop devices; apparmor_parser's checks skipped, see
//     ParserStandIn), then the helper is started;
//   - what the helper's reads cost for 500 snaps (those the app makes, and GetSnap);
//   - for corral-permissions, started ROUNDS times as a person starts it (a process of an
//     unprivileged user, under an Xvfb of its own): the time from its start to the first
//     complete paint of the list with every snap (and when its window was built, when the
//     helper's answers were in, when the start's work was done), its resident memory, and
//     the time from a click on a snap until that snap's page has painted its permissions,
//     for SWITCHES snaps per start; then COLD starts, each just after the helper was
//     restarted (as when the app has to wake it);
// with the targets beside the figures. The app reports the moments itself when
// CORRAL_BENCH_REPORT=1 (gui/benchreport.h); times are taken from just before the bench
// starts the process. Needs root and Xvfb.
// Usage: bench-gui [ROUNDS [SWITCHES [COLD]]]   (default 5 20 2)
#include "bench/benchsnaps.h"
#include "helper/dbustypes.h"
#include "interfaces/interfacemanager.h"
#include "interfaces/snapmanager.h"
#include "interfaces/systemkey.h"
#include "tests/common/temproot.h"
#include "tests/common/testbus.h"
#include "tests/common/xvfb.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QList>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

using corral::bench::median;
using corral::bench::snapYaml;

namespace {

constexpr int SnapCount = 500;
constexpr double FirstPaintTargetMs = 500;
constexpr double SwitchTargetMs = 50;
constexpr double MemoryTargetMib = 120;
// How long one start of the app may take, switches included, before it counts as hung.
constexpr int StartTimeoutMs = 120000;

// Set by SIGINT, SIGTERM and SIGHUP: the loops stop, and the destructors stop what was
// started and unmount what was mounted.
std::atomic<bool> interrupted { false };

void onSignal(int)
{
    interrupted = true;
}

void fail(const QString &message)
{
    std::fprintf(stderr, "bench-gui: %s\n", qUtf8Printable(message));
}

double monotonicMs()
{
    timespec now {};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double maximum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

bool writeSnapDir(const QString &dir, const QByteArray &yaml)
{
    if (!QDir().mkpath(dir + QLatin1String("/meta")))
        return false;
    QFile file(dir + QLatin1String("/meta/snap.yaml"));
    return file.open(QIODevice::WriteOnly) && file.write(yaml) == yaml.size();
}

// ---- setup ----

// apparmor_parser checks each new profile text during an install (-Q -K -T: it writes and
// loads nothing). For the 1500 new texts of the setup that is three quarters of its time,
// and bench-profiles measures it already; so during the installs a stand-in that accepts
// every text it is asked to check comes first on PATH, and passes anything else (--version,
// which goes into the system key) to the real parser. The profiles, state, mounts and
// desktop files come out the same; the helper runs with the real parser.
class ParserStandIn
{
public:
    ParserStandIn()
        : m_path(qgetenv("PATH"))
    {
        const QString real = QStandardPaths::findExecutable(QStringLiteral("apparmor_parser"));
        if (real.isEmpty() || !m_dir.isValid())
            return;
        QFile script(m_dir.filePath(QStringLiteral("apparmor_parser")));
        const QByteArray text
            = "#!/bin/sh\n[ \"$1\" = -Q ] && exit 0\nexec " + QFile::encodeName(real) + " \"$@\"\n";
        if (!script.open(QIODevice::WriteOnly) || script.write(text) != text.size()
            || !script.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner))
            return;
        qputenv("PATH", QFile::encodeName(m_dir.path()) + ':' + m_path);
    }
    ~ParserStandIn() { qputenv("PATH", m_path); }
    ParserStandIn(const ParserStandIn &) = delete;
    ParserStandIn &operator=(const ParserStandIn &) = delete;

private:
    QByteArray m_path;
    QTemporaryDir m_dir;
};

// The snaps, unpacked below `sources`, installed into CORRAL_ROOT the way `corral install
// --direct --dangerous DIR` does it: the same SnapManager call, each a bind mount of its
// directory, its data directories, desktop files, profiles and auto-connections. First,
// what the helper does when it starts on a machine without snaps: record the system key,
// so that the helper started on the 500 snaps does not regenerate every profile.
bool installSnaps(const QString &sources)
{
    const corral::Outcome started = corral::InterfaceManager().regenerateIfSystemKeyChanged();
    if (!started.ok) {
        fail(started.error);
        return false;
    }
    QStringList names { QStringLiteral("busybox-base") };
    if (!writeSnapDir(sources + QLatin1String("/busybox-base"),
            "name: busybox-base\nversion: '1'\ntype: base\n"))
        return false;
    for (int i = 0; i < SnapCount; ++i) {
        names << QStringLiteral("bench-%1").arg(i);
        if (!writeSnapDir(sources + QLatin1Char('/') + names.constLast(), snapYaml(i))) {
            fail(QStringLiteral("cannot write %1").arg(names.constLast()));
            return false;
        }
    }
    {
        const ParserStandIn standIn;
        corral::InstallOptions options;
        options.dangerous = true;
        for (const QString &name : std::as_const(names)) {
            if (interrupted)
                return false;
            const corral::Outcome outcome
                = corral::SnapManager().install(sources + QLatin1Char('/') + name, options);
            if (!outcome.ok) {
                fail(outcome.error);
                return false;
            }
        }
    }
    // Were the key different, the helper would spend its first minute regenerating every
    // profile, beside the measurements.
    if (corral::systemKeyChanged(corral::systemKey(corral::detectSandboxFeatures()))) {
        fail(QStringLiteral("the system key changed during the installs"));
        return false;
    }
    return true;
}

// ---- the helper's reads ----

QDBusMessage helperCall(const QString &method, const QVariantList &arguments = {})
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        corral::dbus::ServiceName, corral::dbus::ObjectPath, corral::dbus::InterfaceName, method);
    call.setArguments(arguments);
    return call;
}

// One call, in ms; nullopt (and a message) when the helper answered with an error.
std::optional<double> timeCall(QDBusConnection &bus, const QDBusMessage &call, int *items = nullptr)
{
    const double start = monotonicMs();
    const QDBusMessage reply = bus.call(call, QDBus::Block, 60000);
    const double elapsed = monotonicMs() - start;
    if (reply.type() != QDBusMessage::ReplyMessage) {
        fail(QStringLiteral("%1: %2").arg(call.member(), reply.errorMessage()));
        return std::nullopt;
    }
    if (items && !reply.arguments().isEmpty()) {
        const QVariant value = corral::dbus::demarshalled(reply.arguments().constFirst());
        *items = int(value.typeId() == QMetaType::QVariantMap ? value.toMap().size()
                                                              : value.toList().size());
    }
    return elapsed;
}

struct Probe
{
    QString what;
    QString method;
    QList<double> times;
    int items = 0;
};

// As the unprivileged user, the calls the app makes when it starts (and GetSnap, which it
// makes for each snap chosen), in turn, `rounds` times; `coldListSnaps` is the first
// ListSnaps after the helper started, which reads every snap.yaml.
bool timeHelperReads(corral::test::TestBus &bus, int rounds, double coldListSnaps)
{
    QDBusConnection connection = bus.newUserConnection();
    if (!connection.isConnected()) {
        fail(QStringLiteral("cannot connect as %1: %2")
                 .arg(corral::test::TestBus::userName(), bus.errorString()));
        return false;
    }
    QList<Probe> probes {
        { QStringLiteral("ListSnaps"), QStringLiteral("ListSnaps"), {}, 0 },
        { QStringLiteral("ListInterfaces"), QStringLiteral("ListInterfaces"), {}, 0 },
        { QStringLiteral("ListConnections"), QStringLiteral("ListConnections"), {}, 0 },
        { QStringLiteral("ListPlugs"), QStringLiteral("ListPlugs"), {}, 0 },
        { QStringLiteral("GetSnap bench-N (a different snap each round)"),
            QStringLiteral("GetSnap"), {}, 0 },
    };
    for (int round = 0; round < rounds && !interrupted; ++round) {
        for (Probe &probe : probes) {
            QVariantList arguments;
            if (probe.method == QLatin1String("GetSnap"))
                arguments << QStringLiteral("bench-%1").arg(round * 37 % SnapCount);
            const std::optional<double> ms
                = timeCall(connection, helperCall(probe.method, arguments), &probe.items);
            if (!ms)
                return false;
            probe.times << *ms;
        }
    }
    std::printf("\n| helper call (%d snaps, %d rounds, as an unprivileged caller) | items | "
                "median ms | max ms |\n|---|---:|---:|---:|\n",
        SnapCount + 1, rounds);
    std::printf("| ListSnaps, first after the helper started (reads every snap.yaml) | %d | "
                "%.1f | |\n",
        probes.constFirst().items, coldListSnaps);
    for (const Probe &probe : std::as_const(probes)) {
        std::printf("| %s | %d | %.2f | %.2f |\n", qUtf8Printable(probe.what), probe.items,
            median(probe.times), maximum(probe.times));
    }
    return true;
}

// ---- the app ----

struct Start
{
    double firstPaintMs = 0; // from just before the bench started the process
    double firstPaintOwnMs = 0; // as the app counts from its start (10 ms steps)
    double firstPaintCpuMs = 0; // the app's CPU time until then
    double windowMs = 0; // from the start until the window was constructed
    double readyMs = 0; // … until the helper's first answers were all in (Client::Ready)
    double settledMs = 0; // … until the hidden "Permissions" tab had built its page too
    double settledCpuMs = 0;
    int interfaceRows = 0; // the rows of that page
    double settledRssMib = 0;
    int rows = 0;
    double rssMib = 0; // at the first paint
    double hwmMib = 0;
    QList<double> switches;
    QList<double> switchLoadedMs; // from the click until the page's rows were built
    QList<double> switchCpuMs; // the app's CPU time during each
    QList<double> switchRssMib; // VmRSS after each
    double rssAfterMib = 0; // after the switches
    double hwmAfterMib = 0;
};

double statusMib(pid_t pid, const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').constFirst().toDouble() / 1024;
    }
    return -1;
}

// A line of the app's bench hook (gui/benchreport.h): "corral-bench: EVENT VALUE" and
// named values after.
struct Report
{
    QString event;
    double value = 0;
    QHash<QString, QString> fields;
    double field(const char *name) const { return fields.value(QLatin1String(name)).toDouble(); }
};

std::optional<Report> parseReport(const QString &line)
{
    const QLatin1String prefix("corral-bench: ");
    if (!line.startsWith(prefix))
        return std::nullopt;
    const QStringList words = line.mid(prefix.size()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    Report report;
    report.event = words.value(0);
    report.value = words.value(1).toDouble();
    for (qsizetype i = 2; i + 1 < words.size(); i += 2)
        report.fields.insert(words.at(i), words.at(i + 1));
    return report;
}

// Starts corral-permissions as the test user, reads what its bench hook reports, and
// stops it by pid once it has said it is done.
std::optional<Start> runApp(
    const corral::test::TestBus &bus, const QString &display, const QString &home, int switches)
{
    QProcessEnvironment environment = bus.userEnvironment();
    environment.insert(QStringLiteral("HOME"), home + QLatin1String("/home"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QLatin1String("/runtime"));
    environment.insert(QStringLiteral("DISPLAY"), display);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    environment.insert(QStringLiteral("CORRAL_BENCH_REPORT"), QStringLiteral("1"));
    environment.insert(QStringLiteral("CORRAL_BENCH_SWITCH"), QString::number(switches));
    QProcess app;
    app.setProcessEnvironment(environment);
    app.setWorkingDirectory(QStringLiteral("/"));
    app.setStandardOutputFile(QProcess::nullDevice());
    // setpriv execs the app in the same process, so the pid is the app's.
    const double started = monotonicMs();
    app.start(QStringLiteral("setpriv"),
        { QStringLiteral("--reuid=%1").arg(bus.userId()),
            QStringLiteral("--regid=%1").arg(bus.groupId()), QStringLiteral("--clear-groups"),
            QStringLiteral("--"), QStringLiteral(CORRAL_PERMISSIONS) });
    if (!app.waitForStarted(10000)) {
        fail(QStringLiteral("cannot start corral-permissions: %1").arg(app.errorString()));
        return std::nullopt;
    }
    const pid_t pid = pid_t(app.processId());
    Start start;
    bool painted = false;
    bool done = false;
    QStringList otherOutput;
    QByteArray pending;
    QElapsedTimer timer;
    timer.start();
    while (!done && !interrupted && !timer.hasExpired(StartTimeoutMs)
        && app.state() == QProcess::Running) {
        app.waitForReadyRead(100);
        pending += app.readAllStandardError();
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(end));
            pending.remove(0, end + 1);
            const std::optional<Report> report = parseReport(line);
            if (report && report->event == QLatin1String("first-paint")) {
                painted = true;
                start.firstPaintOwnMs = report->value;
                start.rows = int(report->field("rows"));
                start.firstPaintMs = report->field("at") - started;
                start.windowMs = report->field("window-at") - started;
                start.readyMs = report->field("ready-at") - started;
                start.firstPaintCpuMs = report->field("cpu");
                start.rssMib = report->field("rss-kib") / 1024;
                start.hwmMib = report->field("hwm-kib") / 1024;
            } else if (report && report->event == QLatin1String("settled")) {
                start.settledMs = report->value > 0 ? report->value - started : 0;
                start.settledCpuMs = report->field("cpu");
                start.interfaceRows = int(report->field("interface-rows"));
                start.settledRssMib = report->field("rss-kib") / 1024;
            } else if (report && report->event == QLatin1String("switch")) {
                start.switches << report->value;
                start.switchLoadedMs << report->field("loaded");
                start.switchCpuMs << report->field("cpu");
                start.switchRssMib << report->field("rss-kib") / 1024;
            } else if (report && report->event == QLatin1String("done")) {
                done = true;
            } else {
                otherOutput << line;
            }
        }
    }
    if (done) {
        start.rssAfterMib = statusMib(pid, "VmRSS");
        start.hwmAfterMib = statusMib(pid, "VmHWM");
    }
    if (app.state() == QProcess::Running) {
        ::kill(pid, SIGTERM);
        if (!app.waitForFinished(5000)) {
            ::kill(pid, SIGKILL);
            app.waitForFinished(5000);
        }
    }
    otherOutput << QString::fromUtf8(pending + app.readAllStandardError()).split(QLatin1Char('\n'));
    otherOutput.removeAll(QString());
    if (!done) {
        fail(QStringLiteral("corral-permissions %1:\n%2")
                 .arg(interrupted  ? QStringLiteral("interrupted")
                         : painted ? QStringLiteral("did not finish its switches")
                                   : QStringLiteral("never reported its first paint (does it "
                                                    "call installBenchReport?)"),
                     otherOutput.join(QLatin1Char('\n'))));
        return std::nullopt;
    }
    if (!otherOutput.isEmpty()) {
        std::fprintf(stderr, "corral-permissions said:\n%s\n",
            qUtf8Printable(otherOutput.join(QLatin1Char('\n'))));
    }
    return start;
}

// A row of the final table: median and max of `values`, and the target when there is one.
void printRow(const char *what, const QList<double> &values, const char *unit, double target = 0)
{
    const double med = median(values);
    const double max = maximum(values);
    if (target <= 0) {
        std::printf("| %s | %.1f %s | %.1f %s | | |\n", what, med, unit, max, unit);
        return;
    }
    std::printf("| %s | %.1f %s | %.1f %s | %.0f %s | %s |\n", what, med, unit, max, unit, target,
        unit,
        max < target       ? "met"
            : med < target ? "median met"
                           : "MISSED");
}

// The 1-minute load average: the machine is shared, and the figures depend on it.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly)
        ? QString::fromLatin1(file.readAll().split(' ').constFirst())
        : QStringLiteral("?");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    corral::dbus::registerTypes();
    const QStringList arguments = app.arguments().mid(1);
    bool ok = true;
    const auto number = [&](int index, int fallback) {
        if (index >= arguments.size())
            return fallback;
        bool valid = false;
        const int value = arguments.at(index).toInt(&valid);
        ok = ok && valid && value >= 0;
        return value;
    };
    const int rounds = number(0, 5);
    const int switches = number(1, 20);
    const int coldRounds = number(2, 2);
    if (!ok || arguments.size() > 3 || rounds < 1) {
        std::fprintf(stderr, "usage: bench-gui [ROUNDS [SWITCHES [COLD]]]\n");
        return 2;
    }
    if (::geteuid() != 0) {
        fail(QStringLiteral("needs root (it mounts, starts a bus, polkitd and the helper)"));
        return 1;
    }
    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    for (const int signal : { SIGINT, SIGTERM, SIGHUP })
        ::sigaction(signal, &action, nullptr);

    // The X server first, while this process has no other thread (corral::test::Xvfb).
    corral::test::Xvfb display;
    if (QString error; !display.start(QStringLiteral("1920x1080x24"), &error)) {
        fail(error);
        return 1;
    }
    // Destroyed in reverse: the bus (helper, polkitd, dbus-daemon), then the root (its bind
    // mounts first), then the sources the mounts showed, then the X server.
    QTemporaryDir sources(QDir::tempPath() + QLatin1String("/corral-bench-gui-snaps-XXXXXX"));
    corral::test::TempRoot root;
    corral::test::TestBus::Options options;
    options.busPolicies = { QStringLiteral(CORRAL_HELPER_BUS_POLICY) };
    options.polkitActions = QStringLiteral(CORRAL_HELPER_POLKIT_ACTIONS);
    options.helper = QStringLiteral(CORRAL_HELPER);
    corral::test::TestBus bus(options);
    if (!sources.isValid() || !root.isValid()) {
        fail(QStringLiteral("cannot create temporary directories"));
        return 1;
    }

    QElapsedTimer step;
    step.start();
    if (!installSnaps(sources.path()))
        return 1;
    const double installMs = double(step.nsecsElapsed()) / 1e6;
    if (!bus.start()) {
        fail(bus.errorString());
        return 1;
    }
    step.restart();
    if (!bus.startHelper(root.path(), corral::dbus::ServiceName)) {
        fail(bus.errorString());
        return 1;
    }
    const double helperStartMs = double(step.nsecsElapsed()) / 1e6;
    QDBusConnection connection = bus.connection();
    const std::optional<double> coldListSnaps
        = timeCall(connection, helperCall(QStringLiteral("ListSnaps")));
    if (!coldListSnaps)
        return 1;
    std::printf("| setup (%d snaps and their base) | ms |\n|---|---:|\n", SnapCount);
    std::printf("| install, as `corral install --direct --dangerous DIR` (bind mounts; the "
                "profiles not checked by apparmor_parser) | %.0f |\n",
        installMs);
    std::printf("| start of the helper, until it owns its bus name | %.0f |\n", helperStartMs);
    std::fflush(stdout);
    if (!timeHelperReads(bus, 50, *coldListSnaps))
        return 1;
    std::fflush(stdout);

    // A home and a runtime directory for the user, as a person has.
    QTemporaryDir home(QDir::tempPath() + QLatin1String("/corral-bench-gui-home-XXXXXX"));
    for (const char *dir : { "home", "runtime" }) {
        const QByteArray path = QFile::encodeName(home.filePath(QLatin1String(dir)));
        if (!home.isValid() || ::mkdir(path.constData(), 0700) != 0
            || ::chown(path.constData(), bus.userId(), bus.groupId()) != 0) {
            fail(QStringLiteral("cannot make the user's directories"));
            return 1;
        }
    }
    ::chmod(QFile::encodeName(home.path()).constData(), 0755);

    const QString loadBefore = loadAverage();
    QList<Start> starts;
    QList<Start> coldStarts;
    for (int round = 0; round < rounds + coldRounds && !interrupted; ++round) {
        const bool cold = round >= rounds;
        if (cold) {
            // A person who opens the app seldom finds the helper running (it exits when
            // idle): this start waits for the helper's first read of every snap.yaml.
            bus.stopHelper();
            if (!bus.startHelper(root.path(), corral::dbus::ServiceName)) {
                fail(bus.errorString());
                return 1;
            }
        }
        const std::optional<Start> start
            = runApp(bus, display.display(), home.path(), cold ? 0 : switches);
        if (!start)
            return 1;
        if (start->rows != SnapCount) {
            fail(
                QStringLiteral("the list showed %1 snaps, not %2").arg(start->rows).arg(SnapCount));
            return 1;
        }
        const auto join = [](const QList<double> &values) {
            QStringList words;
            for (const double value : values)
                words << QString::number(value, 'f', 0);
            return words.join(QLatin1Char(' '));
        };
        std::fprintf(stderr,
            "start %d%s: window built %.0f ms, helper's answers in %.0f ms, list painted %.1f ms "
            "(the app's count %.0f ms, its CPU %.0f ms, RSS %.1f MiB); start's work done %.0f ms "
            "(CPU %.0f ms, %d rows in the Permissions tab, RSS %.1f MiB); switches (ms): %s "
            "(rows built: %s); RSS after each (MiB): %s; at the end RSS %.1f MiB, HWM %.1f "
            "MiB\n",
            round + 1, cold ? " (helper just started)" : "", start->windowMs, start->readyMs,
            start->firstPaintMs, start->firstPaintOwnMs, start->firstPaintCpuMs, start->rssMib,
            start->settledMs, start->settledCpuMs, start->interfaceRows, start->settledRssMib,
            qUtf8Printable(join(start->switches)), qUtf8Printable(join(start->switchLoadedMs)),
            qUtf8Printable(join(start->switchRssMib)), start->rssAfterMib, start->hwmAfterMib);
        (cold ? coldStarts : starts) << *start;
    }
    if (interrupted)
        return 1;

    const auto collect = [](const QList<Start> &list, auto field) {
        QList<double> values;
        for (const Start &start : list)
            values << field(start);
        return values;
    };
    QList<double> allSwitches;
    QList<double> allSwitchLoaded;
    QList<double> allSwitchCpu;
    for (const Start &start : std::as_const(starts)) {
        allSwitches << start.switches;
        allSwitchLoaded << start.switchLoadedMs;
        allSwitchCpu << start.switchCpuMs;
    }
    std::printf("\n| corral-permissions, %d snaps (%d starts, %d switches each) | median | max | "
                "target | |\n|---|---:|---:|---:|---|\n",
        SnapCount, rounds, switches);
    printRow("start → first complete paint of the list with every snap",
        collect(starts, [](const Start &s) { return s.firstPaintMs; }), "ms", FirstPaintTargetMs);
    printRow("… of which: start → window constructed (Qt, the widgets)",
        collect(starts, [](const Start &s) { return s.windowMs; }), "ms");
    printRow("… start → the helper's first answers all in (Client ready)",
        collect(starts, [](const Start &s) { return s.readyMs; }), "ms");
    printRow("… the app's CPU time until the paint",
        collect(starts, [](const Start &s) { return s.firstPaintCpuMs; }), "ms");
    printRow("start → the start's work done (the Permissions tab has chosen its interface)",
        collect(starts, [](const Start &s) { return s.settledMs; }), "ms");
    printRow("… the app's CPU time until then",
        collect(starts, [](const Start &s) { return s.settledCpuMs; }), "ms");
    if (!coldStarts.isEmpty()) {
        printRow("start → first complete paint, the helper just started",
            collect(coldStarts, [](const Start &s) { return s.firstPaintMs; }), "ms",
            FirstPaintTargetMs);
    }
    if (switches > 0) {
        printRow("click on a snap → its page painted with its permissions", allSwitches, "ms",
            SwitchTargetMs);
        printRow("… of which: click → the page's rows built (GetSnap, model, widgets)",
            allSwitchLoaded, "ms");
        printRow("… the app's CPU time from click to paint", allSwitchCpu, "ms");
    }
    printRow("resident memory at the first paint (VmRSS)",
        collect(starts, [](const Start &s) { return s.rssMib; }), "MiB", MemoryTargetMib);
    printRow("resident memory once the start's work is done (VmRSS)",
        collect(starts, [](const Start &s) { return s.settledRssMib; }), "MiB", MemoryTargetMib);
    if (switches > 0) {
        printRow("resident memory after the switches (VmRSS)",
            collect(starts, [](const Start &s) { return s.rssAfterMib; }), "MiB", MemoryTargetMib);
    }
    printRow("peak resident memory (VmHWM)",
        collect(starts, [](const Start &s) { return s.hwmAfterMib; }), "MiB", MemoryTargetMib);
    if (!starts.isEmpty())
        std::printf("\nThe hidden Permissions tab's page had built %d rows by then (it builds "
                    "them when first shown).\n",
            starts.constFirst().interfaceRows);
    std::printf("\nLoad average (1 min) before the starts %s, after them %s, on %d CPUs.\n",
        qUtf8Printable(loadBefore), qUtf8Printable(loadAverage()), QThread::idealThreadCount());
    return 0;
}
