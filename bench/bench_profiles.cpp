// Profile generation at scale: 500 installed snaps with 3 apps and 10 plugs each.
//
// Prints the wall time of
//   - regenerating every profile without AppArmor compilation (cold: no files yet),
//   - the same again when nothing changed (incremental: nothing is written),
//   - regenerating every profile with AppArmor compilation (apparmor_parser -Q -K -T),
//   - one connect followed by the incremental regeneration it needs, with compilation.
// Usage: bench-profiles [SNAPS]   (default 500)
#include "bench/benchsnaps.h"
#include "interfaces/profiles.h"
#include "interfaces/snapyaml.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

#include <cstdio>

using namespace corral;

using corral::bench::snapYaml;

namespace {

struct World
{
    Repository repository;
    QMap<QString, InstalledRevision> installed;
};

World makeWorld(int snaps)
{
    World world;
    const SnapYamlResult base = parseSnapYaml(
        "name: busybox-base\nversion: '1'\ntype: base\n", QStringLiteral("base.yaml"));
    world.repository.addSnap(*base.snap);
    world.installed.insert(QStringLiteral("busybox-base"), { QStringLiteral("x1"), false, false });
    for (int i = 0; i < snaps; ++i) {
        const SnapYamlResult result = parseSnapYaml(snapYaml(i), QStringLiteral("snap.yaml"));
        if (!result.ok())
            qFatal("%s", qPrintable(result.errors.first().toString()));
        world.repository.addSnap(*result.snap);
        world.installed.insert(result.snap->name, { QStringLiteral("x1"), false, false });
        world.repository.autoConnect(result.snap->name);
    }
    return world;
}

double timed(const char *what, const std::function<bool(GenerateStats &)> &step)
{
    QElapsedTimer timer;
    GenerateStats stats;
    timer.start();
    if (!step(stats))
        qFatal("%s failed", what);
    const double ms = timer.nsecsElapsed() / 1e6;
    std::printf("%-58s %9.1f ms  (%d apps, %d files written, %d filters compiled)\n", what, ms,
        stats.apps, stats.filesWritten, stats.seccompCompiled);
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int snaps = argc > 1 ? std::atoi(argv[1]) : 500;
    QTemporaryDir root;
    qputenv("CORRAL_ROOT", root.path().toUtf8());

    QElapsedTimer setup;
    setup.start();
    World world = makeWorld(snaps);
    std::printf("%d snaps, 3 apps and 10 plugs each, %lld connections (set up in %.1f ms)\n", snaps,
        qlonglong(world.repository.connections().size()), setup.nsecsElapsed() / 1e6);
    const QStringList all = world.installed.keys();
    QString error;
    const auto generate = [&](const QStringList &which, bool check) {
        return [&, which, check](GenerateStats &stats) {
            ProfileGenerator generator(world.repository, world.installed);
            const bool ok = generator.generate(which, { check }, &stats, &error);
            if (!ok)
                std::fprintf(stderr, "%s\n", qPrintable(error));
            return ok;
        };
    };

    const double cold
        = timed("regenerate all, no AppArmor compilation (cold)", generate(all, false));
    timed("regenerate all again, nothing changed", generate(all, false));
    // A fresh root so every profile is new and gets compiled.
    QTemporaryDir second;
    qputenv("CORRAL_ROOT", second.path().toUtf8());
    const double compiled
        = timed("regenerate all, with AppArmor compilation (cold)", generate(all, true));
    const PlugRef plug { QStringLiteral("bench-%1").arg(snaps / 2), QStringLiteral("camera") };
    const double connect
        = timed("connect one camera plug + incremental regeneration", [&](GenerateStats &stats) {
              const std::optional<ConnRef> ref = world.repository.connect(plug, {}, &error);
              if (!ref)
                  return false;
              ProfileGenerator generator(world.repository, world.installed);
              return generator.generate(
                  world.repository.affectedSnaps(*ref), { true }, &stats, &error);
          });
    std::printf(
        "per app: %.2f ms without AppArmor compilation, %.2f ms with; one connect is %.4f of a "
        "full compiled regeneration\n",
        cold / (3.0 * snaps), compiled / (3.0 * snaps), connect / compiled);
    return 0;
}
