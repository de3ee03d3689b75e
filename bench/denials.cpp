// What a storm of denials costs the helper: an app looping on a forbidden call makes the
// kernel write records as fast as it can, and the helper parses, attributes, explains and
// counts each one.
//
// Prints
//   - the parser's throughput on kernel-log records (seccomp records, Landlock events of
//     four records, AppArmor records, and records that are not denials), in records/s;
//   - explaining a denial (interfacesAllowing over the whole catalog): the first time
//     for a context, and again (what a new denial of a known app costs);
//   - the store: adding a new denial and counting a repeat, and the memory 10,000
//     distinct denials take (the store's bound).
// There is no baseline to compare with on this machine: no other tool reads these records.
// Usage: bench-denials [RECORDS]   (default 200000)
#include "helper/denialstore.h"
#include "interfaces/explain.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace corral;

namespace {

// The kernel's log lines, as /dev/kmsg hands them out, for serial `serial`.
QList<QByteArray> recordsOf(int kind, quint64 serial)
{
    const QByteArray stamp = "audit(1795417080.078:" + QByteArray::number(serial) + "): ";
    const QByteArray prefix = "5," + QByteArray::number(serial) + ",33486884427,-;audit: type=";
    switch (kind % 4) {
    case 0:
        return { prefix + "1326 " + stamp
            + "auid=4294967295 uid=1001 gid=1001 ses=4294967295 pid=22756 comm=\"probe\" "
              "exe=\"/snap/probe/x1/bin/probe\" sig=0 arch=c000003e syscall="
            + QByteArray::number(200 + serial % 50) + " compat=0 ip=0x458fba code=0x50000\n" };
    case 1:
        return {
            prefix + "1423 " + stamp
                + "domain=115c76945 blockers=fs.read_file path=\"/home/u/.ssh/id_"
                + QByteArray::number(serial % 100) + "\" dev=\"vda\" ino=1091157\n",
            prefix + "1424 " + stamp
                + "domain=115c76945 status=allocated mode=enforcing pid=30689 uid=1001 "
                  "exe=\"/usr/local/libexec/corral/corral-launch\" comm=\"corral-launch\"\n",
            prefix + "1300 " + stamp
                + "arch=c000003e syscall=257 success=no exit=-13 a0=ffffff9c a1=7ffda8bb6d4b "
                  "a2=80000 a3=0 items=0 ppid=30561 pid=30689 auid=4294967295 uid=1001 "
                  "gid=1001 euid=1001 suid=1001 fsuid=1001 egid=1001 sgid=1001 fsgid=1001 "
                  "tty=(none) ses=4294967295 comm=\"probe\" exe=\"/snap/probe/x1/bin/probe\" "
                  "key=(null)\n",
            prefix + "1327 " + stamp + "proctitle=2F736E61702F70726F62652F78312F62696E2F\n",
        };
    case 2:
        return { prefix + "1400 " + stamp
            + "apparmor=\"DENIED\" operation=\"open\" profile=\"snap.photobooth.photobooth\" "
              "name=\"/dev/video"
            + QByteArray::number(serial % 10)
            + "\" pid=2345 comm=\"photobooth\" requested_mask=\"r\" denied_mask=\"r\" "
              "fsuid=1000 ouid=0\n" };
    default:
        return { prefix + "1334 " + stamp + "prog-id=4385 op=LOAD\n" };
    }
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 200000;

    // ---- parsing ----
    QList<QByteArray> records;
    for (int i = 0; records.size() < count; ++i)
        records += recordsOf(i, quint64(1000 + i));
    DenialParser parser;
    QElapsedTimer timer;
    timer.start();
    qsizetype denials = 0;
    for (const QByteArray &record : std::as_const(records)) {
        parser.addKernelLogRecord(record);
        denials += parser.takeDenials().size();
    }
    parser.flush();
    denials += parser.takeDenials().size();
    const double parseSeconds = timer.nsecsElapsed() / 1e9;
    std::printf("parsing: %lld records (%lld denials) in %.0f ms: %.0f records/s, %.2f µs a "
                "record\n",
        static_cast<long long>(records.size()), static_cast<long long>(denials), parseSeconds * 1e3,
        records.size() / parseSeconds, parseSeconds * 1e6 / records.size());

    // ---- explaining ----
    QList<Denial> samples;
    for (int i = 0; i < 400; ++i) {
        DenialParser one;
        for (const QByteArray &record : recordsOf(i % 3, quint64(5000 + i)))
            one.addKernelLogRecord(record);
        one.flush();
        samples += one.takeDenials();
    }
    std::vector<double> first;
    std::vector<double> again;
    for (int round = 0; round < 2; ++round) {
        for (qsizetype i = 0; i < samples.size(); ++i) {
            ExplainContext context;
            context.home = QStringLiteral("/home/u%1").arg(round == 0 ? i : 0);
            timer.restart();
            const QStringList allowing = interfacesAllowing(samples[i], context);
            (round == 0 ? first : again).push_back(timer.nsecsElapsed() / 1e3);
            Q_UNUSED(allowing);
        }
    }
    std::printf("explaining: median %.0f µs for a new context (home), %.0f µs again "
                "(%zu denials each)\n",
        median(first), median(again), first.size());

    // ---- the store ----
    const long before = residentKiB();
    DenialStore store;
    std::vector<double> adds;
    for (int i = 0; i < DenialStore::DefaultCapacity; ++i) {
        DenialEntry entry;
        entry.snap = QStringLiteral("probe");
        entry.app = QStringLiteral("probe");
        entry.denial = samples[i % samples.size()];
        entry.denial.object
            = QStringLiteral("/home/u/Documents/some/rather/long/path/file-%1").arg(i);
        entry.suggestions = QStringList { QStringLiteral("home") };
        entry.plugs = QStringList { QStringLiteral("home") };
        timer.restart();
        store.add(entry);
        adds.push_back(timer.nsecsElapsed() / 1e3);
    }
    const long after = residentKiB();
    std::vector<double> repeats;
    DenialEntry repeat;
    repeat.snap = QStringLiteral("probe");
    repeat.app = QStringLiteral("probe");
    repeat.denial = samples[0];
    repeat.denial.object = QStringLiteral("/home/u/Documents/some/rather/long/path/file-17");
    for (int i = 0; i < 100000; ++i) {
        timer.restart();
        store.add(repeat);
        repeats.push_back(timer.nsecsElapsed() / 1e3);
    }
    std::printf("store: median %.1f µs to add a new denial, %.1f µs to count a repeat; "
                "%d distinct denials take %.1f MiB\n",
        median(adds), median(repeats), store.size(), (after - before) / 1024.0);
    return 0;
}
