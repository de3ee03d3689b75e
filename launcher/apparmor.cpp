#include "launcher/apparmor.h"

#include "launcher/util.h"

#include <sys/apparmor.h>
#include <unistd.h>

namespace corral::launch {

bool appArmorEnabled()
{
    if (::access("/sys/module/apparmor/parameters/enabled", F_OK) != 0)
        return false;
    return ::aa_is_enabled() == 1;
}

Status changeProfileOnExec(const Plan &plan)
{
    if (plan.apparmorLabel.empty())
        return {};
    if (!appArmorEnabled()) {
        debug("apparmor: not enabled; %s is not applied", plan.apparmorLabel.c_str());
        return {};
    }
    if (::aa_change_onexec(plan.apparmorLabel.c_str()) != 0) {
        if (errno == ENOENT)
            return fail("the profile " + plan.apparmorLabel
                    + " is not loaded (regenerate the profiles with the Corral helper)",
                ENOENT);
        return failErrno(plan.apparmorLabel);
    }
    return {};
}

} // namespace corral::launch
