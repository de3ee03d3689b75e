// audio-record: the companion of audio-playback. The client reaches the same socket; the
// sound server asks whether audio-record is connected before it lets the client record.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

const InterfaceDefinition &audioRecordInterface()
{
    static const InterfaceDefinition definition {
        .id = "audio-record",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Record sound with your microphone"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
            "The app can listen to your microphone and other "
            "sound inputs, and record what they hear."),
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
