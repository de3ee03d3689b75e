// shared-memory: POSIX shared memory (/dev/shm) between snaps. An app snap's slot names
// the objects it shares (`read`, `write`; a name may hold one "*"). A plug with
// `private: true` instead connects to the system and gets a /dev/shm of its own.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

namespace {

constexpr QLatin1String SharedMemory("shared-memory");
constexpr QLatin1String Private("private");
constexpr QLatin1String Read("read");
constexpr QLatin1String Write("write");

QString checkObjectName(const QString &name)
{
    if (name.contains(u'/'))
        return QStringLiteral("\"%1\" must be a name in /dev/shm, without \"/\"").arg(name);
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return QStringLiteral("\"%1\" is not a name").arg(name);
    // One "*" is allowed, to share a family of objects; "**" would reach below /dev/shm.
    if (name.count(u'*') > 1)
        return QStringLiteral("\"%1\" can hold one \"*\" at most").arg(name);
    QString withoutStar = name;
    return checkPlainPath(withoutStar.remove(u'*'));
}

QString sanitizePlug(PlugInfo &plug)
{
    if (QString reason = checkBoolAttribute(plug.attributes, Private); !reason.isEmpty())
        return reason;
    if (QString reason = checkStringAttribute(plug.attributes, SharedMemory); !reason.isEmpty())
        return reason;
    const bool isPrivate = boolAttribute(plug.attributes, Private);
    if (isPrivate && plug.attributes.contains(SharedMemory))
        return QStringLiteral("\"shared-memory\" cannot be given with \"private: true\"");
    plug.attributes.insert(Private, isPrivate);
    if (!isPrivate && !plug.attributes.contains(SharedMemory))
        plug.attributes.insert(SharedMemory, plug.name);
    return {};
}

QString sanitizeSlot(SlotInfo &slot)
{
    if (QString reason = checkStringAttribute(slot.attributes, SharedMemory); !reason.isEmpty())
        return reason;
    if (!slot.attributes.contains(SharedMemory))
        slot.attributes.insert(SharedMemory, slot.name);
    qsizetype count = 0;
    for (const QLatin1String name : { Read, Write }) {
        if (QString reason = checkStringListAttribute(slot.attributes, name); !reason.isEmpty())
            return reason;
        const QStringList objects = stringListAttribute(slot.attributes, name);
        for (const QString &object : objects) {
            if (QString reason = checkObjectName(object); !reason.isEmpty())
                return reason;
        }
        count += objects.size();
    }
    if (count == 0)
        return QStringLiteral("needs a \"read\" or \"write\" list of names to share");
    return {};
}

// A private plug goes to the system, whose slot is the private /dev/shm; a shared one to an
// app snap's slot sharing objects under the same name.
QString checkConnection(const PlugInfo &plug, const SlotInfo &slot)
{
    const bool systemSlot = !slot.attributes.contains(SharedMemory);
    if (boolAttribute(plug.attributes, Private))
        return systemSlot ? QString()
                          : QStringLiteral("a plug with \"private: true\" connects to the system");
    if (systemSlot)
        return QStringLiteral("the system only offers a private /dev/shm: set \"private: true\"");
    const QString wanted = stringAttribute(plug.attributes, SharedMemory);
    const QString offered = stringAttribute(slot.attributes, SharedMemory);
    if (!wanted.isEmpty() && wanted != offered)
        return QStringLiteral("the plug wants shared memory \"%1\", the slot offers \"%2\"")
            .arg(wanted, offered);
    return {};
}

FileRule object(const QString &name, AccessFlags access)
{
    return FileRule { QLatin1String("/dev/shm/") + name, access };
}

void plugExtra(const ConnectedPlug &plug, const ConnectedSlot &slot, Policy &policy)
{
    // The system's slot stands for a private /dev/shm: the only thing it can share.
    if (isSystemSnap(slot.snap)) {
        policy.mounts.append(MountRule {
            .source = QLatin1String("/dev/shm/snap.") + plug.snap.name,
            .target = QStringLiteral("/dev/shm"),
            .readOnly = false,
        });
        policy.files += files({ "/dev/shm/ r", "/dev/shm/** rwk" });
        return;
    }
    for (const QString &name : stringListAttribute(slot.slot.attributes, Read))
        policy.files.append(object(name, Access::Read));
    for (const QString &name : stringListAttribute(slot.slot.attributes, Write))
        policy.files.append(object(name, Access::Read | Access::Write | Access::Lock));
}

void slotExtra(const ConnectedPlug &, const ConnectedSlot &slot, Policy &policy)
{
    // `read` limits the plug only: the slot creates and writes every object it shares.
    for (const QLatin1String list : { Read, Write }) {
        for (const QString &name : stringListAttribute(slot.slot.attributes, list))
            policy.files.append(object(name, Access::Read | Access::Write | Access::Lock));
    }
}

} // namespace

const InterfaceDefinition &sharedMemoryInterface()
{
    static const InterfaceDefinition definition {
        .id = "shared-memory",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Share memory with other apps"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
            "The app can exchange data with another app through shared memory, or keep its "
            "shared memory private."),
        .category = Category::System,
        .sensitivity = Sensitivity::Medium,
        .slotProvider = SlotProvider::Any,
        .implicitOnSystem = true,
        .sanitizePlug = sanitizePlug,
        .sanitizeSlot = sanitizeSlot,
        .connectedPlugExtra = plugExtra,
        .connectedSlotExtra = slotExtra,
        .checkConnection = checkConnection,
    };
    return definition;
}

} // namespace corral::builtin
