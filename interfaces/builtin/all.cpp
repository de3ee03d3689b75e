#include "interfaces/builtin/all.h"

namespace corral {

const QList<const InterfaceDefinition *> &builtinInterfaces()
{
    // Sorted by id: findInterface() searches it with binary search, and the conformance
    // test checks the order. An explicit list, not static registration, so that what is
    // built in reads in one place and does not depend on the link order.
    static const QList<const InterfaceDefinition *> all = {
        &builtin::audioPlaybackInterface(),
        &builtin::audioRecordInterface(),
        &builtin::bluezInterface(),
        &builtin::browserSupportInterface(),
        &builtin::cameraInterface(),
        &builtin::contentInterface(),
        &builtin::cupsControlInterface(),
        &builtin::desktopInterface(),
        &builtin::desktopLegacyInterface(),
        &builtin::gpgKeysInterface(),
        &builtin::gsettingsInterface(),
        &builtin::hardwareObserveInterface(),
        &builtin::hidrawInterface(),
        &builtin::homeInterface(),
        &builtin::joystickInterface(),
        &builtin::kerberosTicketsInterface(),
        &builtin::locationObserveInterface(),
        &builtin::logObserveInterface(),
        &builtin::mountObserveInterface(),
        &builtin::mprisInterface(),
        &builtin::networkInterface(),
        &builtin::networkBindInterface(),
        &builtin::networkManagerInterface(),
        &builtin::networkObserveInterface(),
        &builtin::networkStatusInterface(),
        &builtin::openglInterface(),
        &builtin::opticalDriveInterface(),
        &builtin::passwordManagerServiceInterface(),
        &builtin::personalFilesInterface(),
        &builtin::processControlInterface(),
        &builtin::pulseaudioInterface(),
        &builtin::rawUsbInterface(),
        &builtin::removableMediaInterface(),
        &builtin::screenInhibitControlInterface(),
        &builtin::serialPortInterface(),
        &builtin::sharedMemoryInterface(),
        &builtin::sshKeysInterface(),
        &builtin::systemFilesInterface(),
        &builtin::systemObserveInterface(),
        &builtin::u2fDevicesInterface(),
        &builtin::unity7Interface(),
        &builtin::upowerObserveInterface(),
        &builtin::waylandInterface(),
        &builtin::x11Interface(),
    };
    return all;
}

} // namespace corral
