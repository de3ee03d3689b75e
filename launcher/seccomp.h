// The seccomp filter: compiled by the generator, only checked and loaded here.
#pragma once

#include "launcher/result.h"
#include "launcher/seccompfile.h"

#include <string>
#include <vector>

namespace corral::launch {

struct SeccompFilter
{
    std::string path;
    corral::seccompfile::Header header {};
    std::vector<unsigned char> program; // header.instructionCount sock_filter entries
};

// Reads the filter file, refusing it unless its path is trusted (root-owned, not writable
// by group or others, no links), it is a regular file of at most the format's maximum
// size, and seccompfile::validate() accepts it. Done before anything is changed, so a bad
// filter stops the launch with nothing set up.
Result<SeccompFilter> readSeccompFilter(const std::string &path);

// Entry: the caller's uid, no capabilities, no_new_privs set; Landlock already applied.
// Loads the filter for this process and what it executes, with SECCOMP_FILTER_FLAG_LOG
// when the file asks for it. The last step before exec: from here on only the system
// calls the app's policy allows work, so nothing of the launcher's may follow but execve.
Status loadSeccompFilter(const SeccompFilter &filter);

} // namespace corral::launch
