// optical-drive: reading CDs, DVDs and Blu-ray discs. With `write: true` the app may also
// burn discs, which takes the drive's SCSI generic node as well.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

namespace {

constexpr QLatin1String Write("write");

QString sanitizePlug(PlugInfo &plug)
{
    return checkBoolAttribute(plug.attributes, Write);
}

void plugExtra(const ConnectedPlug &plug, const ConnectedSlot &, Policy &policy)
{
    if (!boolAttribute(plug.plug.attributes, Write))
        return;
    policy += Policy {
        .files = files({
            "/dev/sr[0-9]* rw",
            "/dev/sg[0-9]* rw",
            "/run/udev/data/c21:[0-9]* r",
        }),
        // SCSI type 5 is a CD or DVD drive: other SCSI generic nodes (disks) stay out.
        .devices = { DeviceRule {
            .udevMatch = QStringLiteral(
                "SUBSYSTEM==\"scsi_generic\", SUBSYSTEMS==\"scsi\", ATTRS{type}==\"5\""),
            .major = 21,
            .nodePattern = QStringLiteral("/dev/sg[0-9]*"),
        } },
    };
}

} // namespace

const InterfaceDefinition &opticalDriveInterface()
{
    static const InterfaceDefinition definition{
        .id = "optical-drive",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Use CD and DVD drives"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
                                         "The app can read the discs in your CD, DVD or Blu-ray "
                                         "drives and, if it asks to, burn new ones."),
        .category = Category::Devices,
        .sensitivity = Sensitivity::Medium,
        .slotProvider = SlotProvider::System,
        .implicitOnSystem = true,
        .sanitizePlug = sanitizePlug,
        .connectedPlug = {
            .files = files({
                "/dev/sr[0-9]* r",
                "/dev/scd[0-9]* r",
                "@{PROC}/sys/dev/cdrom/info r",
                "/run/udev/data/b11:[0-9]* r",
            }),
            .devices = {DeviceRule{
                .udevMatch = QStringLiteral("SUBSYSTEM==\"block\", KERNEL==\"sr[0-9]*\""),
                .type = 'b',
                .major = 11,
                .nodePattern = QStringLiteral("/dev/sr[0-9]*"),
            }},
        },
        .connectedPlugExtra = plugExtra,
    };
    return definition;
}

} // namespace corral::builtin
