// pulseaudio: the older, all-in-one way to the sound server: playing and recording alike.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

const InterfaceDefinition &pulseaudioInterface()
{
    static const InterfaceDefinition definition {
        .id = "pulseaudio",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Play and record sound"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
            "The app can play sound and also record from your "
            "microphone. Newer apps ask for these separately."),
        .category = Category::Multimedia,
        .sensitivity = Sensitivity::High,
        .slotProvider = SlotProvider::Any,
        .implicitOnSystem = true,
        .connectedPlug = soundServerClient(),
        .permanentSlot = soundServer(),
    };
    return definition;
}

} // namespace corral::builtin
