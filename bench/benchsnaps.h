// What the benchmarks share: the snaps they install by the hundred (3 apps and 10 plugs
// each, the plugs of a typical desktop app), and the median of a set of times.
#pragma once

#include <QByteArray>
#include <QList>

#include <algorithm>

namespace corral::bench {

inline const char *const benchPlugs[] = { "network", "home", "x11", "opengl", "audio-playback",
    "camera", "removable-media", "desktop", "wayland", "gsettings" };

// snap.yaml of bench-<index>.
inline QByteArray snapYaml(int index)
{
    QByteArray yaml = "name: bench-" + QByteArray::number(index)
        + "\nversion: '1'\nsummary: Benchmark snap number " + QByteArray::number(index)
        + "\nbase: busybox-base\napps:\n";
    for (const char *app : { "main", "helper", "daemon" })
        yaml += "  " + QByteArray(app) + ":\n    command: bin/" + app + "\n";
    yaml += "plugs:\n";
    for (const char *plug : benchPlugs)
        yaml += "  " + QByteArray(plug) + ":\n";
    return yaml;
}

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace corral::bench
