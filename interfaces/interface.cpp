#include "interfaces/interface.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace corral {

namespace {

constexpr const char *TranslationContext = "corral-interfaces";

} // namespace

QString toString(Category category)
{
    switch (category) {
    case Category::Files:
        return QStringLiteral("files");
    case Category::Devices:
        return QStringLiteral("devices");
    case Category::Network:
        return QStringLiteral("network");
    case Category::Desktop:
        return QStringLiteral("desktop");
    case Category::Multimedia:
        return QStringLiteral("multimedia");
    case Category::Security:
        return QStringLiteral("security");
    case Category::System:
        return QStringLiteral("system");
    }
    return {};
}

QString categoryLabel(Category category)
{
    const char *label = nullptr;
    switch (category) {
    case Category::Files:
        label = QT_TRANSLATE_NOOP("corral-interfaces", "Files");
        break;
    case Category::Devices:
        label = QT_TRANSLATE_NOOP("corral-interfaces", "Devices");
        break;
    case Category::Network:
        label = QT_TRANSLATE_NOOP("corral-interfaces", "Network");
        break;
    case Category::Desktop:
        label = QT_TRANSLATE_NOOP("corral-interfaces", "Desktop");
        break;
    case Category::Multimedia:
        label = QT_TRANSLATE_NOOP("corral-interfaces", "Multimedia");
        break;
    case Category::Security:
        label = QT_TRANSLATE_NOOP("corral-interfaces", "Security");
        break;
    case Category::System:
        label = QT_TRANSLATE_NOOP("corral-interfaces", "System");
        break;
    }
    return label ? QCoreApplication::translate(TranslationContext, label) : QString();
}

QString toString(Sensitivity sensitivity)
{
    switch (sensitivity) {
    case Sensitivity::Low:
        return QStringLiteral("low");
    case Sensitivity::Medium:
        return QStringLiteral("medium");
    case Sensitivity::High:
        return QStringLiteral("high");
    }
    return {};
}

QString InterfaceDefinition::translatedLabel() const
{
    return QCoreApplication::translate(TranslationContext, label);
}

QString InterfaceDefinition::translatedDescription() const
{
    return QCoreApplication::translate(TranslationContext, description);
}

bool InterfaceDefinition::shouldAutoConnect(const PlugInfo &plug, const SlotInfo &slot) const
{
    return autoConnectCheck ? autoConnectCheck(plug, slot) : autoConnect;
}

Policy InterfaceDefinition::connectedPlugPolicy(
    const ConnectedPlug &plug, const ConnectedSlot &slot) const
{
    Policy policy = connectedPlug;
    if (connectedPlugExtra)
        connectedPlugExtra(plug, slot, policy);
    return policy;
}

Policy InterfaceDefinition::connectedSlotPolicy(
    const ConnectedPlug &plug, const ConnectedSlot &slot) const
{
    Policy policy = connectedSlot;
    if (connectedSlotExtra)
        connectedSlotExtra(plug, slot, policy);
    return policy;
}

const InterfaceDefinition *findInterface(const QString &id)
{
    // builtinInterfaces() is sorted by id, so a binary search finds it.
    const QList<const InterfaceDefinition *> &all = builtinInterfaces();
    const QByteArray key = id.toUtf8();
    const auto it = std::lower_bound(all.cbegin(), all.cend(), key,
        [](const InterfaceDefinition *definition, const QByteArray &wanted) {
            return std::strcmp(definition->id, wanted.constData()) < 0;
        });
    if (it == all.cend() || key != (*it)->id)
        return nullptr;
    return *it;
}

} // namespace corral
