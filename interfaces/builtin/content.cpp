// content: one snap shares some of its directories with others. The slot names what it
// shares (`read`, `write`), the plug where it wants it (`target`); connecting bind-mounts
// each shared directory there, read-only unless it is in `write`. Plugs and slots carry a
// `content` label, by default their name, and connect on their own when the labels match.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

#include "interfaces/validate.h"

namespace corral::builtin {

namespace {

constexpr QLatin1String Content("content");
constexpr QLatin1String Read("read");
constexpr QLatin1String Write("write");
constexpr QLatin1String Target("target");
constexpr QLatin1String DefaultProvider("default-provider");

// The snap directories content may come from or go to: the snap itself, its data for this
// revision, and its data common to all revisions.
bool startsWithSnapVariable(const QString &path, bool allowBare)
{
    for (const QLatin1String variable :
        { QLatin1String("$SNAP"), QLatin1String("$SNAP_DATA"), QLatin1String("$SNAP_COMMON") }) {
        if ((allowBare && path == variable) || path.startsWith(QString(variable) + u'/'))
            return true;
    }
    return false;
}

// A slot may share a whole snap directory; a plug's target must be a directory inside one.
QString checkContentPath(const QString &path, bool allowBare)
{
    if (QString reason = checkPlainPath(path); !reason.isEmpty())
        return reason;
    if (!startsWithSnapVariable(path, allowBare))
        return QStringLiteral("\"%1\" must be inside $SNAP, $SNAP_DATA or $SNAP_COMMON").arg(path);
    return {};
}

// The label to match; sanitizing fills it in, but connections read from older state may
// not have been sanitized.
QString contentLabel(const Attributes &attributes, const QString &name)
{
    const QString label = stringAttribute(attributes, Content);
    return label.isEmpty() ? name : label;
}

QString defaultLabel(Attributes &attributes, const QString &name)
{
    if (QString reason = checkStringAttribute(attributes, Content); !reason.isEmpty())
        return reason;
    attributes.insert(Content, contentLabel(attributes, name));
    return {};
}

QString sanitizePlug(PlugInfo &plug)
{
    if (QString reason = defaultLabel(plug.attributes, plug.name); !reason.isEmpty())
        return reason;
    if (QString reason = checkStringAttribute(plug.attributes, Target); !reason.isEmpty())
        return reason;
    const QString target = stringAttribute(plug.attributes, Target);
    if (target.isEmpty())
        return QStringLiteral("needs a \"target\": where the content appears in this snap");
    if (QString reason = checkContentPath(target, false); !reason.isEmpty())
        return reason;
    if (QString reason = checkStringAttribute(plug.attributes, DefaultProvider); !reason.isEmpty())
        return reason;
    if (plug.attributes.contains(DefaultProvider)) {
        if (QString reason = checkSnapName(stringAttribute(plug.attributes, DefaultProvider));
            !reason.isEmpty())
            return QStringLiteral("\"default-provider\": ") + reason;
    }
    return {};
}

QString sanitizeSlot(SlotInfo &slot)
{
    if (QString reason = defaultLabel(slot.attributes, slot.name); !reason.isEmpty())
        return reason;
    qsizetype count = 0;
    for (const QLatin1String name : { Read, Write }) {
        if (QString reason = checkStringListAttribute(slot.attributes, name); !reason.isEmpty())
            return reason;
        QStringList paths = stringListAttribute(slot.attributes, name);
        for (QString &path : paths) {
            // A path without a variable is in the snap itself, as snapd reads it.
            if (path == QLatin1String("."))
                path = QStringLiteral("$SNAP");
            else if (!path.isEmpty() && !path.startsWith(u'$') && !path.startsWith(u'/'))
                path.prepend(QLatin1String("$SNAP/"));
            if (QString reason = checkContentPath(path, true); !reason.isEmpty())
                return reason;
        }
        if (!paths.isEmpty())
            slot.attributes.insert(name, QVariantList(paths.cbegin(), paths.cend()));
        count += paths.size();
    }
    if (count == 0)
        return QStringLiteral("needs a \"read\" or \"write\" list of paths to share");
    return {};
}

// Content is only shared with plugs that ask for the same kind of content.
QString checkConnection(const PlugInfo &plug, const SlotInfo &slot)
{
    const QString wanted = contentLabel(plug.attributes, plug.name);
    const QString offered = contentLabel(slot.attributes, slot.name);
    if (wanted == offered)
        return {};
    return QStringLiteral("the plug wants content \"%1\", the slot offers \"%2\"")
        .arg(wanted, offered);
}

bool autoConnect(const PlugInfo &plug, const SlotInfo &slot)
{
    return checkConnection(plug, slot).isEmpty();
}

void plugExtra(const ConnectedPlug &plug, const ConnectedSlot &slot, Policy &policy)
{
    const QString target = stringAttribute(plug.plug.attributes, Target);
    const QStringList reads = stringListAttribute(slot.slot.attributes, Read);
    const QStringList writes = stringListAttribute(slot.slot.attributes, Write);
    // One shared directory appears at the target itself; several appear side by side
    // below it, each under its own name.
    const bool several = reads.size() + writes.size() > 1;
    const auto share = [&](const QString &source, bool readOnly) {
        const QString where
            = several ? target + QLatin1Char('/') + source.section(QLatin1Char('/'), -1) : target;
        policy.mounts.append(MountRule { source, where, readOnly, slot.snap.name });
        const AccessFlags access = readOnly
            ? Access::Read | Access::Lock | Access::Execute
            : Access::Read | Access::Write | Access::Lock | Access::Execute;
        const QString pattern = toApparmorVariables(where);
        policy.files += { FileRule { pattern + QLatin1Char('/'), access },
            FileRule { pattern + QLatin1String("/**"), access } };
    };
    for (const QString &path : reads)
        share(path, true);
    for (const QString &path : writes)
        share(path, false);
}

} // namespace

const InterfaceDefinition &contentInterface()
{
    static const InterfaceDefinition definition {
        .id = "content",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Share files with other apps"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
            "The app can use files another app offers to share, such as themes, libraries or "
            "documents, and change them where the other app allows it."),
        .category = Category::Files,
        .sensitivity = Sensitivity::Medium,
        .slotProvider = SlotProvider::AppSnaps,
        .autoConnectCheck = autoConnect,
        .sanitizePlug = sanitizePlug,
        .sanitizeSlot = sanitizeSlot,
        .connectedPlugExtra = plugExtra,
        .checkConnection = checkConnection,
    };
    return definition;
}

} // namespace corral::builtin
