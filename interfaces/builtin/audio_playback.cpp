// audio-playback: a client of the sound server (PulseAudio, or PipeWire speaking its
// protocol). The server itself decides whether a client may record: see audio-record.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

const InterfaceDefinition &audioPlaybackInterface()
{
    static const InterfaceDefinition definition {
        .id = "audio-playback",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Play sound"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
            "The app can play music, sounds and voices through "
            "your speakers or headphones."),
        .category = Category::Multimedia,
        .sensitivity = Sensitivity::Medium,
        .slotProvider = SlotProvider::Any,
        .implicitOnSystem = true,
        .autoConnect = true,
        .connectedPlug = soundServerClient(),
        .permanentSlot = soundServer(),
    };
    return definition;
}

} // namespace corral::builtin
