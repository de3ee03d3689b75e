#include "interfaces/dirs.h"

#include <QDir>

namespace corral::dirs {

QString root()
{
    const QString value = qEnvironmentVariable("CORRAL_ROOT");
    if (value.isEmpty())
        return QStringLiteral("/");
    return QDir::cleanPath(QDir(value).absolutePath());
}

QString rooted(const QString &absolutePath)
{
    const QString base = root();
    if (base == QLatin1String("/"))
        return QDir::cleanPath(absolutePath);
    return QDir::cleanPath(base + QLatin1Char('/') + absolutePath);
}

QString snapMountDir()
{
    return rooted(QStringLiteral(CORRAL_SNAP_MOUNT_DIR));
}
QString snapMountPath(const QString &snap)
{
    return snapMountDir() + QLatin1Char('/') + snap;
}
QString snapMountPath(const QString &snap, const QString &revision)
{
    return snapMountPath(snap) + QLatin1Char('/') + revision;
}

QString stateDir()
{
    return rooted(QStringLiteral("/var/lib/corral"));
}
QString stateFile()
{
    return stateDir() + QLatin1String("/state.json");
}
QString systemKeyFile()
{
    return stateDir() + QLatin1String("/system-key");
}

QString pendingChangeFile()
{
    return stateDir() + QLatin1String("/change-in-progress");
}
QString snapBlobDir()
{
    return stateDir() + QLatin1String("/snaps");
}
QString snapBlobPath(const QString &snap, const QString &revision)
{
    return snapBlobDir() + QLatin1Char('/') + snap + QLatin1Char('_') + revision
        + QLatin1String(".snap");
}
QString stagingDir()
{
    return stateDir() + QLatin1String("/staging");
}
QString apparmorDir()
{
    return stateDir() + QLatin1String("/apparmor");
}
QString seccompDir()
{
    return stateDir() + QLatin1String("/seccomp");
}
QString plansDir()
{
    return stateDir() + QLatin1String("/plans");
}
QString hostfsDir()
{
    return stateDir() + QLatin1String("/hostfs");
}

QString desktopDir()
{
    return stateDir() + QLatin1String("/desktop");
}
QString desktopApplicationsDir()
{
    return desktopDir() + QLatin1String("/applications");
}

QString snapDataDir()
{
    return rooted(QStringLiteral("/var/snap"));
}
QString snapDataPath(const QString &snap)
{
    return snapDataDir() + QLatin1Char('/') + snap;
}
QString snapDataPath(const QString &snap, const QString &revision)
{
    return snapDataPath(snap) + QLatin1Char('/') + revision;
}

QString udevRulesDir()
{
    return rooted(QStringLiteral("/etc/udev/rules.d"));
}
QString runDir()
{
    return rooted(QStringLiteral("/run/corral"));
}
QString namespaceDir()
{
    return runDir() + QLatin1String("/ns");
}
QString lockDir()
{
    return runDir() + QLatin1String("/lock");
}

} // namespace corral::dirs
