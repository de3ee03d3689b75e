// libFuzzer target for parseSnapYaml(): whatever the bytes, it returns (no crash, no
// exception, no hang), and what it returns keeps the promises of snapyaml.h.
#include "interfaces/knowninterfaces.h"
#include "interfaces/snapyaml.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>

using namespace corral;

namespace {

// abort() is what libFuzzer reports as a crash, with the input that caused it.
void require(bool condition)
{
    if (!condition)
        std::abort();
}

void checkProblems(const Problems &problems, qsizetype lines)
{
    for (const Problem &problem : problems) {
        require(problem.file == QLatin1String("snap.yaml"));
        require(problem.message.startsWith(QLatin1String("cannot ")));
        require(!problem.message.endsWith(QLatin1Char('.')));
        require(problem.pos.line >= 0 && problem.pos.line <= lines);
        require(problem.pos.column >= 0);
    }
}

void checkSnap(const SnapInfo &snap)
{
    // Bindings are filled both ways and only name plugs and slots the snap keeps.
    for (auto app = snap.apps.cbegin(); app != snap.apps.cend(); ++app) {
        require(std::is_sorted(app->plugs.cbegin(), app->plugs.cend()));
        require(std::is_sorted(app->slots.cbegin(), app->slots.cend()));
        for (const QString &plug : app->plugs)
            require(snap.plugs.contains(plug) && snap.plugs.value(plug).apps.contains(app.key()));
        for (const QString &slot : app->slots)
            require(snap.slots.contains(slot) && snap.slots.value(slot).apps.contains(app.key()));
    }
    for (const PlugInfo &plug : snap.plugs) {
        require(isKnownInterface(plug.interface));
        require(!snap.slots.contains(plug.name));
        require(std::is_sorted(plug.apps.cbegin(), plug.apps.cend()));
        for (const QString &app : plug.apps)
            require(snap.apps.value(app).plugs.contains(plug.name));
        for (const QString &hook : plug.hooks)
            require(snap.hooks.value(hook).plugs.contains(plug.name));
    }
    for (const SlotInfo &slot : snap.slots) {
        require(isKnownInterface(slot.interface));
        for (const QString &app : slot.apps)
            require(snap.apps.value(app).slots.contains(slot.name));
    }
    for (const AppInfo &app : snap.apps)
        require(!app.command.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // fromRawData: no copy and no terminating NUL, so the sanitizers catch any read past
    // the end of the input.
    const QByteArray yaml
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const SnapYamlResult result = parseSnapYaml(yaml, QStringLiteral("snap.yaml"));

    require(result.ok() == result.errors.isEmpty());
    const qsizetype lines = yaml.count('\n') + 1;
    checkProblems(result.errors, lines);
    checkProblems(result.warnings, lines);
    if (result.ok())
        checkSnap(*result.snap);
    return 0;
}
