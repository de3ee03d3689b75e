// The builtin interfaces, one file each in this folder. all.cpp lists them, sorted by id.
#pragma once

#include "interfaces/interface.h"

namespace corral::builtin {

const InterfaceDefinition &audioPlaybackInterface();
const InterfaceDefinition &audioRecordInterface();
const InterfaceDefinition &bluezInterface();
const InterfaceDefinition &browserSupportInterface();
const InterfaceDefinition &cameraInterface();
const InterfaceDefinition &contentInterface();
const InterfaceDefinition &cupsControlInterface();
const InterfaceDefinition &desktopInterface();
const InterfaceDefinition &desktopLegacyInterface();
const InterfaceDefinition &gpgKeysInterface();
const InterfaceDefinition &gsettingsInterface();
const InterfaceDefinition &hardwareObserveInterface();
const InterfaceDefinition &hidrawInterface();
const InterfaceDefinition &homeInterface();
const InterfaceDefinition &joystickInterface();
const InterfaceDefinition &kerberosTicketsInterface();
const InterfaceDefinition &locationObserveInterface();
const InterfaceDefinition &logObserveInterface();
const InterfaceDefinition &mountObserveInterface();
const InterfaceDefinition &mprisInterface();
const InterfaceDefinition &networkInterface();
const InterfaceDefinition &networkBindInterface();
const InterfaceDefinition &networkManagerInterface();
const InterfaceDefinition &networkObserveInterface();
const InterfaceDefinition &networkStatusInterface();
const InterfaceDefinition &openglInterface();
const InterfaceDefinition &opticalDriveInterface();
const InterfaceDefinition &passwordManagerServiceInterface();
const InterfaceDefinition &personalFilesInterface();
const InterfaceDefinition &processControlInterface();
const InterfaceDefinition &pulseaudioInterface();
const InterfaceDefinition &rawUsbInterface();
const InterfaceDefinition &removableMediaInterface();
const InterfaceDefinition &screenInhibitControlInterface();
const InterfaceDefinition &serialPortInterface();
const InterfaceDefinition &sharedMemoryInterface();
const InterfaceDefinition &sshKeysInterface();
const InterfaceDefinition &systemFilesInterface();
const InterfaceDefinition &systemObserveInterface();
const InterfaceDefinition &u2fDevicesInterface();
const InterfaceDefinition &unity7Interface();
const InterfaceDefinition &upowerObserveInterface();
const InterfaceDefinition &waylandInterface();
const InterfaceDefinition &x11Interface();

} // namespace corral::builtin
