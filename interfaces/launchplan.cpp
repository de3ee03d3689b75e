#include "interfaces/launchplan.h"

namespace corral {
namespace {

QString deviceNumber(int number)
{
    return number < 0 ? QStringLiteral("*") : QString::number(number);
}

bool hasControlCharacter(const QString &value)
{
    for (const QChar c : value) {
        // Tab and newline are escaped; any other control character is refused outright.
        if (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n'))
            return true;
        if (c.unicode() == 0x7f)
            return true;
    }
    return false;
}

} // namespace

QString escapePlanField(const QString &field)
{
    QString escaped;
    escaped.reserve(field.size());
    for (const QChar c : field) {
        switch (c.unicode()) {
        case ' ':
            escaped += QLatin1String("\\040");
            break;
        case '\t':
            escaped += QLatin1String("\\011");
            break;
        case '\n':
            escaped += QLatin1String("\\012");
            break;
        case '\\':
            escaped += QLatin1String("\\134");
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

QByteArray serializeLaunchPlan(const LaunchPlan &plan, QString *error)
{
    QStringList lines { QStringLiteral("corral-launch-plan %1").arg(LaunchPlanVersion) };
    QStringList values;
    const auto add = [&](const char *key, const QStringList &fields) {
        values << fields;
        QStringList escaped;
        for (const QString &field : fields)
            escaped << escapePlanField(field);
        lines << QLatin1String(key) + QLatin1Char(' ') + escaped.join(QLatin1Char(' '));
    };
    if (plan.command.isEmpty() || plan.command.constFirst().isEmpty()) {
        *error = QStringLiteral("cannot write launch plan for %1: the app has no command")
                     .arg(plan.tag);
        return {};
    }
    add("tag", { plan.tag });
    add("snap", { plan.snap });
    add("app", { plan.app });
    add("revision", { plan.revision });
    add("confinement", { toString(plan.confinement) });
    if (!plan.base.isEmpty()) {
        add("base", { plan.base, plan.baseRevision });
        add("base-dir", { plan.baseDir });
    }
    add("snap-dir", { plan.snapDir });
    add("command", plan.command);
    for (const QString &link : plan.commandChain)
        add("command-chain", { link });
    for (const auto &[name, value] : plan.environment)
        add("env", { name + QLatin1Char('=') + value });
    for (const MountRule &mount : plan.mounts)
        add("mount",
            { mount.source, mount.target,
                mount.readOnly ? QStringLiteral("ro") : QStringLiteral("rw") });
    for (const auto &[target, link] : plan.symlinks)
        add("symlink", { target, link });
    for (const QString &path : plan.tmpfs)
        add("tmpfs", { path });
    for (const DeviceRule &device : plan.devices)
        add("device",
            { QString(QLatin1Char(device.type)), deviceNumber(device.major),
                deviceNumber(device.minor) });
    for (const LandlockRule &rule : plan.landlock)
        add("landlock", { rule.access, rule.path });
    if (!plan.seccompFile.isEmpty())
        add("seccomp", { plan.seccompFile });
    if (!plan.apparmorLabel.isEmpty())
        add("apparmor", { plan.apparmorLabel });

    for (const QString &value : std::as_const(values)) {
        if (hasControlCharacter(value)) {
            *error = QStringLiteral(
                "cannot write launch plan for %1: a value holds a control character")
                         .arg(plan.tag);
            return {};
        }
    }
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

} // namespace corral
