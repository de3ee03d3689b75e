#include "launcher/privs.h"

#include "launcher/util.h"

#include <algorithm>
#include <grp.h>
#include <linux/capability.h>
#include <linux/securebits.h>
#include <sys/fsuid.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace corral::launch {
namespace {

int lastCapability()
{
    static const int last = [] {
        const int value = std::atoi(readSmallFile("/proc/sys/kernel/cap_last_cap").c_str());
        return value > 0 ? value : CAP_LAST_CAP;
    }();
    return last;
}

Status setCapabilities(std::uint32_t value)
{
    __user_cap_header_struct header { _LINUX_CAPABILITY_VERSION_3, 0 };
    __user_cap_data_struct data[2] {};
    for (auto &set : data) {
        set.effective = value;
        set.permitted = value;
        set.inheritable = value;
    }
    if (::syscall(SYS_capset, &header, data) != 0)
        return failErrno("capset");
    return {};
}

} // namespace

AsCaller::AsCaller(const Invocation &invocation)
{
    if (invocation.uid == 0 && invocation.gid == 0)
        return;
    // setfsgid first: after setfsuid to a non-root uid the process may lack CAP_SETGID
    // for its file system ids.
    ::setfsgid(invocation.gid);
    ::setfsuid(invocation.uid);
    m_switched = true;
}

AsCaller::~AsCaller()
{
    if (!m_switched)
        return;
    ::setfsuid(0);
    ::setfsgid(0);
}

Status dropPrivileges(const Invocation &invocation)
{
    // The bounding set and the securebits need CAP_SETPCAP, so they go first.
    const int last = lastCapability();
    for (int cap = 0; cap <= last; ++cap) {
        if (::prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0 && errno != EINVAL)
            return failErrno(
                "cannot drop capability " + std::to_string(cap) + " from the bounding set");
    }
    // Root (the caller may be root) gains no capabilities from exec or setuid, ambient
    // capabilities can never be raised, and keep-caps stays off; all locked.
    const unsigned long securebits = SECBIT_NOROOT | SECBIT_NOROOT_LOCKED
        | SECBIT_NO_CAP_AMBIENT_RAISE | SECBIT_NO_CAP_AMBIENT_RAISE_LOCKED
        | SECBIT_KEEP_CAPS_LOCKED;
    if (::prctl(PR_SET_SECUREBITS, securebits, 0, 0, 0) != 0)
        return failErrno("cannot set securebits");
    if (::setgroups(invocation.groups.size(), invocation.groups.data()) != 0)
        return failErrno("cannot set the supplementary groups");
    if (::setresgid(invocation.gid, invocation.gid, invocation.gid) != 0)
        return failErrno("cannot set gid " + std::to_string(invocation.gid));
    if (::setresuid(invocation.uid, invocation.uid, invocation.uid) != 0)
        return failErrno("cannot set uid " + std::to_string(invocation.uid));
    // Leaving uid 0 cleared the permitted and effective sets; clear the inheritable set
    // too, and everything for a caller who is root.
    CORRAL_TRY(setCapabilities(0));
    if (::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) != 0)
        return failErrno("cannot clear the ambient capabilities");
    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        return failErrno("cannot set no_new_privs");
    return verifyPrivilegesDropped(invocation);
}

Status verifyPrivilegesDropped(const Invocation &invocation)
{
    uid_t ruid, euid, suid;
    gid_t rgid, egid, sgid;
    if (::getresuid(&ruid, &euid, &suid) != 0 || ::getresgid(&rgid, &egid, &sgid) != 0)
        return failErrno("getresuid");
    if (ruid != invocation.uid || euid != invocation.uid || suid != invocation.uid)
        return fail("the uids are still " + std::to_string(ruid) + "/" + std::to_string(euid) + "/"
            + std::to_string(suid));
    if (rgid != invocation.gid || egid != invocation.gid || sgid != invocation.gid)
        return fail("the gids are still " + std::to_string(rgid) + "/" + std::to_string(egid) + "/"
            + std::to_string(sgid));
    if (::setfsuid(uid_t(-1)) != int(invocation.uid)
        || ::setfsgid(gid_t(-1)) != int(invocation.gid))
        return fail("the file system ids are not the caller's");

    std::vector<gid_t> groups(std::size_t(std::max(::getgroups(0, nullptr), 0)));
    if (::getgroups(int(groups.size()), groups.data()) != int(groups.size()))
        return failErrno("getgroups");
    std::vector<gid_t> expected = invocation.groups;
    std::sort(groups.begin(), groups.end());
    std::sort(expected.begin(), expected.end());
    if (groups != expected)
        return fail("the supplementary groups are not the caller's");

    __user_cap_header_struct header { _LINUX_CAPABILITY_VERSION_3, 0 };
    __user_cap_data_struct data[2] {};
    if (::syscall(SYS_capget, &header, data) != 0)
        return failErrno("capget");
    for (const auto &set : data) {
        if (set.effective != 0 || set.permitted != 0 || set.inheritable != 0)
            return fail("capabilities are still held");
    }
    // The ambient set needs no check of its own: the kernel keeps it a subset of the
    // permitted and inheritable sets, both empty.
    const int last = lastCapability();
    for (int cap = 0; cap <= last; ++cap) {
        if (::prctl(PR_CAPBSET_READ, cap, 0, 0, 0) != 0)
            return fail("capability " + std::to_string(cap) + " is still in the bounding set");
    }
    if (::prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) != 1)
        return fail("no_new_privs is not set");
    // The way back must be closed: regaining root has to fail now.
    if (invocation.uid != 0 && ::setresuid(0, 0, 0) == 0)
        return fail("uid 0 could be regained");
    return {};
}

} // namespace corral::launch
