#include "interfaces/systemkey.h"

#include "interfaces/apparmor.h"
#include "interfaces/atomicfile.h"
#include "interfaces/dirs.h"
#include "interfaces/launchplan.h"
#include "interfaces/seccomp.h"
#include "interfaces/template.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <linux/landlock.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace corral {
namespace {

QByteArray readSmallFile(const char *path)
{
    QFile file(QString::fromLatin1(path));
    return file.open(QIODevice::ReadOnly) ? file.read(64 * 1024) : QByteArray();
}

int landlockAbi()
{
    const long abi
        = syscall(SYS_landlock_create_ruleset, nullptr, 0, LANDLOCK_CREATE_RULESET_VERSION);
    return abi > 0 ? int(abi) : 0;
}

} // namespace

SandboxFeatures detectSandboxFeatures()
{
    SandboxFeatures features;
    features.apparmor = apparmorEnabled();
    features.apparmorParser = apparmorParserVersion();
    const QByteArray actions = readSmallFile("/proc/sys/kernel/seccomp/actions_avail").trimmed();
    features.seccomp = !actions.isEmpty();
    for (const QByteArray &action : actions.split(' '))
        if (!action.isEmpty())
            features.seccompActions << QString::fromLatin1(action);
    features.landlockAbi = landlockAbi();
    const QByteArray mounts = readSmallFile("/proc/self/mountinfo");
    for (const QByteArray &line : mounts.split('\n')) {
        const qsizetype separator = line.indexOf(" - ");
        if (separator < 0)
            continue;
        const QList<QByteArray> tail = line.mid(separator + 3).split(' ');
        if (tail.value(0) == "cgroup2")
            features.cgroupV2 = true;
        if (tail.value(0) == "cgroup" && tail.value(2).split(',').contains("devices"))
            features.cgroupV1Devices = true;
    }
    features.mountNamespaces = QFile::exists(QStringLiteral("/proc/self/ns/mnt"));
    return features;
}

QStringList describeSandboxFeatures(const SandboxFeatures &features)
{
    QStringList lines;
    lines << (features.apparmor
            ? QStringLiteral("apparmor: enabled (profiles are loaded and enforced)")
            : QStringLiteral(
                "apparmor: not enabled in this kernel (profiles are generated and checked only)"));
    lines << (features.apparmorParser.isEmpty()
            ? QStringLiteral("apparmor_parser: missing (profiles cannot be checked)")
            : QStringLiteral("apparmor_parser: %1").arg(features.apparmorParser));
    lines << (features.seccomp ? QStringLiteral("seccomp: filters (actions: %1)")
                                     .arg(features.seccompActions.join(QLatin1Char(' ')))
                               : QStringLiteral("seccomp: not available"));
    lines << (features.landlockAbi > 0
            ? QStringLiteral("landlock: ABI %1").arg(features.landlockAbi)
            : QStringLiteral("landlock: not available"));
    QStringList cgroups;
    if (features.cgroupV1Devices)
        cgroups << QStringLiteral("v1 devices controller");
    if (features.cgroupV2)
        cgroups << QStringLiteral("v2 BPF device programs");
    lines << QStringLiteral("device cgroup: %1")
                 .arg(cgroups.isEmpty() ? QStringLiteral("not available")
                                        : cgroups.join(QLatin1String(", ")));
    lines << (features.mountNamespaces ? QStringLiteral("mount namespaces: available")
                                       : QStringLiteral("mount namespaces: not available"));
    return lines;
}

QByteArray systemKey(const SandboxFeatures &features)
{
    const QJsonObject key {
        { QStringLiteral("version"), 1 },
        { QStringLiteral("corral"), QStringLiteral(CORRAL_VERSION) },
        { QStringLiteral("default-template"), DefaultTemplateVersion },
        { QStringLiteral("seccomp-template"), seccompTemplateVersion },
        { QStringLiteral("launch-plan"), LaunchPlanVersion },
        { QStringLiteral("apparmor"), features.apparmor },
        { QStringLiteral("apparmor-parser"), features.apparmorParser },
        { QStringLiteral("seccomp-actions"), QJsonArray::fromStringList(features.seccompActions) },
        { QStringLiteral("landlock-abi"), features.landlockAbi },
        { QStringLiteral("cgroup-v1-devices"), features.cgroupV1Devices },
        { QStringLiteral("cgroup-v2"), features.cgroupV2 },
    };
    return QJsonDocument(key).toJson(QJsonDocument::Indented);
}

bool systemKeyChanged(const QByteArray &key)
{
    QFile file(dirs::systemKeyFile());
    return !file.open(QIODevice::ReadOnly) || file.readAll() != key;
}

bool writeSystemKey(const QByteArray &key, QString *error)
{
    return writeFileAtomically(dirs::systemKeyFile(), key, error);
}

} // namespace corral
