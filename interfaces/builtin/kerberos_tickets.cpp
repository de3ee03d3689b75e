// kerberos-tickets: the person's Kerberos credential caches. Apps get a private /tmp, so
// the host's caches there are read through the host file system the sandbox keeps.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

const InterfaceDefinition &kerberosTicketsInterface()
{
    static const InterfaceDefinition definition{
        .id = "kerberos-tickets",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Use your Kerberos tickets"),
        .description = QT_TRANSLATE_NOOP(
            "corral-interfaces",
            "The app can use the Kerberos tickets you have, and sign in as you to the services "
            "of your organization's network."),
        .category = Category::Security,
        .sensitivity = Sensitivity::High,
        .slotProvider = SlotProvider::System,
        .implicitOnSystem = true,
        .connectedPlug = {
            .files = files({
                "owner /var/lib/corral/hostfs/tmp/krb5cc* rk",
                "/etc/krb5.conf r",
                "/etc/krb5.conf.d/ r",
                "/etc/krb5.conf.d/** r",
                // SSSD's Kerberos cache manager
                "/run/.heim_org.h5l.kcm-socket rw",
            }),
        },
    };
    return definition;
}

} // namespace corral::builtin
