// Privileges: the launcher starts with euid 0 (setuid root, or run by root) and keeps it
// while it builds the sandbox; it gives everything up in one step, checked, before the
// app's own code runs.
#pragma once

#include "launcher/invocation.h"
#include "launcher/result.h"

namespace corral::launch {

// For the lifetime of the scope, file system access is checked as the caller (fsuid and
// fsgid; the supplementary groups already are the caller's), while the process keeps
// euid 0. Used where the launcher acts on paths the caller names (the working directory).
class AsCaller
{
public:
    explicit AsCaller(const Invocation &invocation);
    ~AsCaller();
    AsCaller(const AsCaller &) = delete;
    AsCaller &operator=(const AsCaller &) = delete;

private:
    bool m_switched = false;
};

// Entry: euid 0 with every capability (setuid root), or root. Drops the capability
// bounding set, locks the securebits that would let root regain capabilities, sets the
// caller's supplementary groups, gid and uid (real, effective and saved), clears every
// capability set and sets no_new_privs; then checks that each of these holds.
// Exit: the caller's ids, no capabilities in any set, no way back.
Status dropPrivileges(const Invocation &invocation);

// Reads back what dropPrivileges() promises; a reason when something is still held.
Status verifyPrivilegesDropped(const Invocation &invocation);

} // namespace corral::launch
