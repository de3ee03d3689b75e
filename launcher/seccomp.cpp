#include "launcher/seccomp.h"

#include "launcher/trust.h"
#include "launcher/util.h"

#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace corral::launch {

Result<SeccompFilter> readSeccompFilter(const std::string &path)
{
    namespace sf = corral::seccompfile;
    Result<UniqueFd> fd = openTrusted(path, O_RDONLY);
    if (!fd)
        return fd.error();
    struct stat st
    {
    };
    if (::fstat(fd->get(), &st) != 0)
        return failErrno(path);
    if (!S_ISREG(st.st_mode))
        return fail("not a regular file");
    if (std::size_t(st.st_size) > sf::MaxFileSize)
        return fail("larger than " + std::to_string(sf::MaxFileSize) + " bytes");
    Result<std::string> data = readAll(fd->get(), sf::MaxFileSize, path);
    if (!data)
        return data.error();
    SeccompFilter filter;
    filter.path = path;
    if (const char *problem = sf::validate(data->data(), data->size(), &filter.header))
        return fail(problem);
    filter.program.assign(data->begin() + sf::HeaderSize, data->end());
    return filter;
}

Status loadSeccompFilter(const SeccompFilter &filter)
{
    static_assert(sizeof(sock_filter) == corral::seccompfile::InstructionSize);
    sock_fprog program {};
    program.len = static_cast<unsigned short>(filter.header.instructionCount);
    // The bytes are a sock_filter array in the machine's byte order (seccompfile.h);
    // copy them into properly aligned storage.
    std::vector<sock_filter> instructions(filter.header.instructionCount);
    std::memcpy(instructions.data(), filter.program.data(), filter.program.size());
    program.filter = instructions.data();
    unsigned flags = 0;
    if (filter.header.flags & corral::seccompfile::FlagLog)
        flags |= SECCOMP_FILTER_FLAG_LOG;
    if (::prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) != 1)
        return fail("no_new_privs is not set");
    if (::syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags, &program) != 0)
        return failErrno(filter.path);
    return {};
}

} // namespace corral::launch
