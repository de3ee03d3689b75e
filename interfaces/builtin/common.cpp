#include "interfaces/builtin/common.h"

#include <QDir>
#include <QRegularExpression>
#include <QtGlobal>

namespace corral::builtin {

namespace {

AccessFlags parsePermissions(QStringView perms, const char *rule)
{
    AccessFlags access;
    for (const QChar c : perms) {
        switch (c.unicode()) {
        case u'r':
            access |= Access::Read;
            break;
        case u'w':
            access |= Access::Write;
            break;
        case u'k':
            access |= Access::Lock;
            break;
        case u'x':
            access |= Access::Execute;
            break;
        default:
            qFatal("builtin interface file rule \"%s\": unknown permission", rule);
        }
    }
    if (!access)
        qFatal("builtin interface file rule \"%s\": no permissions", rule);
    return access;
}

Policy busClient(const char *bus, FileRule socket)
{
    const QString busName = QString::fromLatin1(bus);
    return Policy{
        .files = {socket},
        .apparmor = {
            QStringLiteral("dbus (send) bus=%1 path=/org/freedesktop/DBus "
                           "interface=org.freedesktop.DBus "
                           "member={Hello,AddMatch,RemoveMatch,GetNameOwner,NameHasOwner,"
                           "StartServiceByName,GetConnectionUnixProcessID,"
                           "GetConnectionUnixUser} peer=(name=org.freedesktop.DBus)")
                .arg(busName),
            QStringLiteral("dbus (receive) bus=%1 path=/org/freedesktop/DBus "
                           "interface=org.freedesktop.DBus "
                           "member={NameAcquired,NameLost,NameOwnerChanged} "
                           "peer=(name=org.freedesktop.DBus)")
                .arg(busName),
        },
    };
}

} // namespace

QList<FileRule> files(std::initializer_list<const char *> rules)
{
    QList<FileRule> result;
    result.reserve(qsizetype(rules.size()));
    for (const char *rule : rules) {
        QString text = QString::fromUtf8(rule);
        FileRule fileRule;
        if (text.startsWith(QLatin1String("owner "))) {
            fileRule.ownerOnly = true;
            text.remove(0, 6);
        }
        const qsizetype space = text.lastIndexOf(QLatin1Char(' '));
        if (space <= 0)
            qFatal("builtin interface file rule \"%s\": no permissions", rule);
        fileRule.pattern = text.left(space);
        fileRule.access = parsePermissions(QStringView(text).mid(space + 1), rule);
        result.append(fileRule);
    }
    return result;
}

QStringList lines(std::initializer_list<const char *> rules)
{
    QStringList result;
    result.reserve(qsizetype(rules.size()));
    for (const char *rule : rules)
        result.append(QString::fromUtf8(rule));
    return result;
}

Policy merged(std::initializer_list<Policy> parts)
{
    Policy result;
    for (const Policy &part : parts)
        result += part;
    return result;
}

Policy sessionBusClient()
{
    return busClient("session",
        FileRule { QStringLiteral("/run/user/[0-9]*/bus"), Access::Read | Access::Write, true });
}

Policy systemBusClient()
{
    return busClient("system",
        FileRule { QStringLiteral("/run/dbus/system_bus_socket"), Access::Read | Access::Write });
}

Policy ownBusName(const char *bus, const QString &name)
{
    const QString busName = QString::fromLatin1(bus);
    Policy policy
        = QLatin1String(bus) == QLatin1String("system") ? systemBusClient() : sessionBusClient();
    policy.apparmor += {
        QStringLiteral("dbus (bind) bus=%1 name=\"%2\"").arg(busName, name),
        QStringLiteral("dbus (send) bus=%1 path=/org/freedesktop/DBus "
                       "interface=org.freedesktop.DBus member={RequestName,ReleaseName} "
                       "peer=(name=org.freedesktop.DBus)")
            .arg(busName),
    };
    return policy;
}

Policy nameResolution()
{
    return merged({
        systemBusClient(),
        Policy {
            .files = files({
                "/etc/hosts r",
                "/etc/host.conf r",
                "/etc/resolv.conf r",
                "/etc/nsswitch.conf r",
                "/etc/gai.conf r",
                "/etc/services r",
                "/etc/protocols r",
                "/run/systemd/resolve/stub-resolv.conf r",
                "/run/systemd/resolve/resolv.conf r",
                "/etc/ssl/certs/ r",
                "/etc/ssl/certs/** r",
                "/etc/ssl/openssl.cnf r",
                "/usr/share/ca-certificates/ r",
                "/usr/share/ca-certificates/** r",
            }),
            .apparmor = lines({
                "network inet stream",
                "network inet6 stream",
                "network inet dgram",
                "network inet6 dgram",
                // systemd-resolved, directly or through nss-resolve
                "dbus (send) bus=system path=/org/freedesktop/resolve1 "
                "interface=org.freedesktop.resolve1.Manager "
                "member={ResolveAddress,ResolveHostname,ResolveRecord,ResolveService} "
                "peer=(name=org.freedesktop.resolve1)",
            }),
        },
    });
}

Policy acceptingConnections()
{
    return Policy { .seccomp = lines({ "bind", "listen", "accept", "accept4" }) };
}

Policy deviceEvents()
{
    return Policy {
        .apparmor = lines({ "network netlink raw" }),
        .seccomp = lines({ "bind", "socket AF_NETLINK - NETLINK_KOBJECT_UEVENT" }),
    };
}

DeviceRule drmCards()
{
    return DeviceRule {
        .udevMatch = QStringLiteral("SUBSYSTEM==\"drm\", KERNEL==\"card[0-9]*\""),
        .major = 226,
        .nodePattern = QStringLiteral("/dev/dri/card[0-9]*"),
    };
}

Policy displayServer()
{
    return merged({
        acceptingConnections(),
        deviceEvents(),
        Policy{
            .files = files({
                "/dev/dri/ r",
                "/dev/dri/card[0-9]* rw",
                "/dev/input/ r",
                "/dev/input/* rw",
                "/run/udev/data/c13:[0-9]* r",
                "/run/udev/data/c226:[0-9]* r",
                "/run/udev/data/+input:input[0-9]* r",
                "/sys/devices/pci[0-9a-f]*/**/boot_vga r",
            }),
            .devices = {
                drmCards(),
                DeviceRule{
                    .udevMatch = QStringLiteral("SUBSYSTEM==\"input\""),
                    .major = 13,
                    .nodePattern = QStringLiteral("/dev/input/*"),
                },
            },
        },
    });
}

Policy soundServerClient()
{
    return Policy {
        .files = files({
            "/dev/shm/pulse-shm-* rwk",
            "owner /run/user/[0-9]*/ r",
            "owner /run/user/[0-9]*/pulse/ r",
            "owner /run/user/[0-9]*/pulse/native rwk",
            "owner /run/user/[0-9]*/pulse/pid r",
            "/etc/pulse/ r",
            "/etc/pulse/** r",
            "owner @{HOME}/.config/pulse/cookie rk",
            "owner @{HOME}/.pulse-cookie rk",
            "/run/udev/data/c116:[0-9]* r",
            "/run/udev/data/+sound:card[0-9]* r",
        }),
        .seccomp = lines({ "shmctl" }),
    };
}

Policy soundServer()
{
    return merged({
        acceptingConnections(),
        deviceEvents(),
        Policy {
            .files = files({
                "/dev/snd/ r",
                "/dev/snd/* rw",
                "/sys/class/sound/ r",
                "/sys/devices/**/sound/** r",
                "/run/udev/data/c116:[0-9]* r",
                "/run/udev/data/+sound:card[0-9]* r",
                "/dev/shm/pulse-shm-* rwk",
                "owner /run/user/[0-9]*/pulse/ rw",
                "owner /run/user/[0-9]*/pulse/** rwk",
                "/etc/pulse/ r",
                "/etc/pulse/** r",
            }),
            .apparmor = lines({
                "capability sys_nice",
            }),
            .seccomp = lines({
                "setpriority",
                "shmctl",
            }),
            .devices = { DeviceRule {
                .udevMatch = QStringLiteral("SUBSYSTEM==\"sound\""),
                .type = 'c',
                .major = 116,
                .nodePattern = QStringLiteral("/dev/snd/*"),
            } },
        },
    });
}

QList<DeviceRule> numberedCharDevices(
    const char *nodeDirectory, const char *kernelPrefix, int major, int firstMinor, int count)
{
    QList<DeviceRule> rules;
    rules.reserve(count);
    const QString prefix = QString::fromLatin1(kernelPrefix);
    for (int i = 0; i < count; ++i) {
        const QString kernel = prefix + QString::number(i);
        rules.append(DeviceRule {
            .udevMatch = QStringLiteral("KERNEL==\"%1\"").arg(kernel),
            .type = 'c',
            .major = major,
            .minor = firstMinor + i,
            .nodePattern = QLatin1String(nodeDirectory) + kernel,
        });
    }
    return rules;
}

bool isSystemSnap(const SnapInfo &snap)
{
    return snap.type == SnapType::Os;
}

QString peerLabel(const SnapInfo &snap, const QStringList &apps)
{
    if (isSystemSnap(snap))
        return QStringLiteral("unconfined");
    const QString prefix = QLatin1String("snap.") + snap.name + QLatin1Char('.');
    if (apps.isEmpty())
        return prefix + QLatin1Char('*');
    if (apps.size() == 1)
        return prefix + apps.first();
    return prefix + QLatin1Char('{') + apps.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString slotPeer(const ConnectedSlot &slot)
{
    return peerLabel(slot.snap, slot.slot.apps);
}

QString plugPeer(const ConnectedPlug &plug)
{
    return peerLabel(plug.snap, plug.plug.apps);
}

QStringList withPeer(const QString &label, std::initializer_list<const char *> rules)
{
    QStringList result = lines(rules);
    for (QString &rule : result)
        rule.replace(QLatin1String("@PEER@"), label);
    return result;
}

QString checkBoolAttribute(const Attributes &attributes, const QString &name)
{
    const auto it = attributes.constFind(name);
    if (it == attributes.cend() || it->typeId() == QMetaType::Bool)
        return {};
    return QStringLiteral("\"%1\" must be true or false").arg(name);
}

QString checkStringAttribute(const Attributes &attributes, const QString &name)
{
    const auto it = attributes.constFind(name);
    if (it == attributes.cend() || it->typeId() == QMetaType::QString)
        return {};
    return QStringLiteral("\"%1\" must be a string").arg(name);
}

QString checkStringListAttribute(const Attributes &attributes, const QString &name)
{
    const auto it = attributes.constFind(name);
    if (it == attributes.cend())
        return {};
    const QString reason = QStringLiteral("\"%1\" must be a list of strings").arg(name);
    if (it->typeId() != QMetaType::QVariantList)
        return reason;
    for (const QVariant &item : it->toList()) {
        if (item.typeId() != QMetaType::QString)
            return reason;
    }
    return {};
}

bool boolAttribute(const Attributes &attributes, const QString &name)
{
    const QVariant value = attributes.value(name);
    return value.typeId() == QMetaType::Bool && value.toBool();
}

QString stringAttribute(const Attributes &attributes, const QString &name)
{
    const QVariant value = attributes.value(name);
    return value.typeId() == QMetaType::QString ? value.toString() : QString();
}

QStringList stringListAttribute(const Attributes &attributes, const QString &name)
{
    if (!checkStringListAttribute(attributes, name).isEmpty())
        return {};
    return attributes.value(name).toStringList();
}

QString checkPlainPath(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral("a path cannot be empty");
    for (const QChar c : path) {
        // A newline or a quote would end the rule the path is written into.
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return QStringLiteral("\"%1\" cannot contain a control character").arg(path);
    }
    if (path.split(QLatin1Char('/')).contains(QLatin1String("..")))
        return QStringLiteral("\"%1\" cannot contain \"..\"").arg(path);
    const QString clean = QDir::cleanPath(path);
    if (clean != path)
        return QStringLiteral("\"%1\" is not clean: write \"%2\"").arg(path, clean);
    for (const QChar c : QStringView(u"~?*[]{}^\"\\")) {
        if (path.contains(c))
            return QStringLiteral("\"%1\" cannot contain \"%2\"").arg(path, c);
    }
    return {};
}

QString toApparmorVariables(const QString &path)
{
    // Longest names first: $SNAP is a prefix of the others.
    static const char *const variables[] = {
        "SNAP_USER_COMMON",
        "SNAP_USER_DATA",
        "SNAP_COMMON",
        "SNAP_DATA",
        "SNAP",
        "HOME",
    };
    for (const char *variable : variables) {
        const QString name = QLatin1Char('$') + QLatin1String(variable);
        if (path == name || path.startsWith(name + QLatin1Char('/')))
            return QLatin1String("@{") + QLatin1String(variable) + QLatin1Char('}')
                + path.mid(name.size());
    }
    return path;
}

QList<FileRule> pathAndBelow(const QString &path, AccessFlags access, bool ownerOnly)
{
    return {
        FileRule { path, access, ownerOnly },
        FileRule { path + QLatin1Char('/'), access, ownerOnly },
        FileRule { path + QLatin1String("/**"), access, ownerOnly },
    };
}

QString sanitizeDeviceSlot(const Attributes &attributes, const DeviceSlotShape &shape)
{
    if (QString reason = checkStringAttribute(attributes, QStringLiteral("path"));
        !reason.isEmpty())
        return reason;
    const QString path = stringAttribute(attributes, QStringLiteral("path"));
    const bool usb = hasUsbIds(attributes);
    if (path.isEmpty())
        return QStringLiteral("needs a \"path\" attribute, like %1")
            .arg(QLatin1String(usb ? shape.symlinkExample : shape.nodeExample));
    const QRegularExpression pattern(QLatin1String(usb ? shape.symlinkPattern : shape.nodePattern));
    if (!pattern.match(path).hasMatch()) {
        if (usb)
            return QStringLiteral("\"%1\" is not a name for the device's symlink, like %2")
                .arg(path, QLatin1String(shape.symlinkExample));
        return QStringLiteral("\"%1\" is not a device node, like %2")
            .arg(path, QLatin1String(shape.nodeExample));
    }
    if (!usb)
        return {};
    struct Id
    {
        QLatin1String name;
        qlonglong minimum;
    };
    for (const Id &id :
        { Id { QLatin1String("usb-vendor"), 1 }, Id { QLatin1String("usb-product"), 0 } }) {
        const QVariant value = attributes.value(id.name);
        if (value.typeId() != QMetaType::LongLong || value.toLongLong() < id.minimum
            || value.toLongLong() > 0xffff)
            return QStringLiteral("\"%1\" must be a number from %2 to 0xffff")
                .arg(id.name, id.minimum ? QLatin1String("0x0001") : QLatin1String("0x0000"));
    }
    return {};
}

bool hasUsbIds(const Attributes &attributes)
{
    return attributes.contains(QStringLiteral("usb-vendor"))
        || attributes.contains(QStringLiteral("usb-product"));
}

QString usbIdsMatch(const Attributes &attributes)
{
    const auto hex = [&](const char *name) {
        return QStringLiteral("%1").arg(
            attributes.value(QLatin1String(name)).toLongLong(), 4, 16, QLatin1Char('0'));
    };
    return QStringLiteral("ATTRS{idVendor}==\"%1\", ATTRS{idProduct}==\"%2\"")
        .arg(hex("usb-vendor"), hex("usb-product"));
}

QString checkReadWriteLists(const Attributes &attributes, QString (*checkPath)(const QString &))
{
    qsizetype count = 0;
    for (const QString &name : { QStringLiteral("read"), QStringLiteral("write") }) {
        if (QString reason = checkStringListAttribute(attributes, name); !reason.isEmpty())
            return reason;
        const QStringList paths = stringListAttribute(attributes, name);
        for (const QString &path : paths) {
            if (QString reason = checkPath(path); !reason.isEmpty())
                return reason;
        }
        count += paths.size();
    }
    if (count == 0)
        return QStringLiteral("needs a \"read\" or \"write\" list of paths");
    return {};
}

void addReadWriteLists(const Attributes &attributes, bool ownerOnly, Policy &policy)
{
    Policy granted;
    for (const QString &path : stringListAttribute(attributes, QStringLiteral("read")))
        granted.files
            += pathAndBelow(toApparmorVariables(path), Access::Read | Access::Lock, ownerOnly);
    for (const QString &path : stringListAttribute(attributes, QStringLiteral("write")))
        granted.files += pathAndBelow(
            toApparmorVariables(path), Access::Read | Access::Write | Access::Lock, ownerOnly);
    policy += granted;
}

} // namespace corral::builtin
