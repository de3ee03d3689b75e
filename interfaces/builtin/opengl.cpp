// opengl: the graphics card, for OpenGL, Vulkan, OpenCL and video acceleration, with the
// Mesa and NVIDIA drivers' device nodes and the files they read.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

const InterfaceDefinition &openglInterface()
{
    static const InterfaceDefinition definition{
        .id = "opengl",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Use the graphics card"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
                                         "The app can use your graphics card to draw 3D "
                                         "graphics, play video smoothly and compute faster."),
        .category = Category::Devices,
        .sensitivity = Sensitivity::Medium,
        .slotProvider = SlotProvider::System,
        .implicitOnSystem = true,
        .autoConnect = true,
        .connectedPlug = {
            .files = files({
                "/dev/dri/ r",
                "/dev/dri/card[0-9]* rw",
                "/dev/dri/renderD[0-9]* rw",
                "/dev/nvidia* rw",
                "/sys/bus/pci/devices/ r",
                "/sys/devices/pci[0-9a-f]*/**/{boot_vga,class,config,device,irq,resource,revision,subsystem_device,subsystem_vendor,vendor} r",
                "/sys/devices/**/drm/ r",
                "/sys/devices/**/drm/** r",
                "/run/udev/data/c226:[0-9]* r",
                "/run/udev/data/+drm:card* r",
                "/run/udev/data/+pci:[0-9a-f]* r",
                "/usr/share/libdrm/ r",
                "/usr/share/libdrm/** r",
                "/etc/drirc r",
                "/usr/share/drirc.d/ r",
                "/usr/share/drirc.d/** r",
                "/usr/share/vulkan/ r",
                "/usr/share/vulkan/** r",
                "/usr/share/glvnd/ r",
                "/usr/share/glvnd/** r",
                "/etc/OpenCL/vendors/ r",
                "/etc/OpenCL/vendors/** r",
                "@{PROC}/driver/nvidia/params r",
                "@{PROC}/driver/nvidia/gpus/*/information r",
                "@{PROC}/sys/dev/i915/perf_stream_paranoid r",
            }),
            .apparmor = lines({
                "unix (send, receive) type=dgram peer=(addr=\"@nvidia[0-9a-f]*\")",
            }),
            .devices = {
                drmCards(),
                DeviceRule{
                    .udevMatch = QStringLiteral("SUBSYSTEM==\"drm\", KERNEL==\"renderD[0-9]*\""),
                    .major = 226,
                    .nodePattern = QStringLiteral("/dev/dri/renderD[0-9]*"),
                },
                DeviceRule{
                    .udevMatch = QStringLiteral("KERNEL==\"nvidia[0-9]*\""),
                    .major = 195,
                    .nodePattern = QStringLiteral("/dev/nvidia[0-9]*"),
                },
                DeviceRule{
                    .udevMatch = QStringLiteral("KERNEL==\"nvidiactl\""),
                    .major = 195,
                    .minor = 255,
                    .nodePattern = QStringLiteral("/dev/nvidiactl"),
                },
                // the unified memory module's major is allocated at run time
                DeviceRule{
                    .udevMatch = QStringLiteral("KERNEL==\"nvidia-uvm*\""),
                    .nodePattern = QStringLiteral("/dev/nvidia-uvm*"),
                },
            },
        },
    };
    return definition;
}

} // namespace corral::builtin
