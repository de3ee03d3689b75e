// home: the person's non-hidden files, owned by them. Hidden files (settings, keys) and
// ~/snap (other apps' data) stay out. `read: all` adds reading files other users own,
// which is why such a plug waits for a person.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

namespace {

constexpr QLatin1String Read("read");

// Everything directly below @{HOME} except names starting with "." and the name "snap",
// spelled out character by character because AppArmor globs have no negative match.
constexpr std::initializer_list<const char *> nonHiddenPatterns = {
    "@{HOME}/[^.s]**",
    "@{HOME}/s[^n]**",
    "@{HOME}/sn[^a]**",
    "@{HOME}/sna[^p]**",
    "@{HOME}/snap[^/]**",
    "@{HOME}/{s,sn,sna}{,/}",
};

QList<FileRule> nonHidden(AccessFlags access, bool ownerOnly)
{
    QList<FileRule> rules { FileRule { QStringLiteral("@{HOME}/"), Access::Read, ownerOnly } };
    for (const char *pattern : nonHiddenPatterns)
        rules.append(FileRule { QString::fromLatin1(pattern), access, ownerOnly });
    return rules;
}

QString sanitizePlug(PlugInfo &plug)
{
    const auto it = plug.attributes.constFind(Read);
    if (it != plug.attributes.cend() && *it != QVariant(QStringLiteral("all")))
        return QStringLiteral("\"read\" can only be \"all\"");
    return {};
}

bool readsAll(const PlugInfo &plug)
{
    return stringAttribute(plug.attributes, Read) == QLatin1String("all");
}

bool autoConnect(const PlugInfo &plug, const SlotInfo &)
{
    return !readsAll(plug);
}

void plugExtra(const ConnectedPlug &plug, const ConnectedSlot &, Policy &policy)
{
    if (readsAll(plug.plug))
        policy += Policy { .files = nonHidden(Access::Read, false) };
}

} // namespace

const InterfaceDefinition &homeInterface()
{
    static const InterfaceDefinition definition{
        .id = "home",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Read and write files in your home folder"),
        .description = QT_TRANSLATE_NOOP(
            "corral-interfaces",
            "The app can open, change and delete your documents, pictures and other files in "
            "your home folder. Hidden files, such as other apps' settings, stay out of reach."),
        .category = Category::Files,
        .sensitivity = Sensitivity::High,
        .slotProvider = SlotProvider::System,
        .implicitOnSystem = true,
        .autoConnectCheck = autoConnect,
        .sanitizePlug = sanitizePlug,
        .connectedPlug = {
            .files = nonHidden(Access::Read | Access::Write | Access::Lock, true),
            .apparmor = lines({
                // ~/bin is on many people's PATH: writing there would be running code later.
                "audit deny @{HOME}/bin/{,**} wl",
            }),
        },
        .connectedPlugExtra = plugExtra,
    };
    return definition;
}

} // namespace corral::builtin
