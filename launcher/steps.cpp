#include "launcher/steps.h"

#include "launcher/trust.h"
#include "launcher/util.h"

#include <cstdio>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace corral::launch {

void die(const std::string &step, const Error &error)
{
    const std::string line = "cannot " + step + ": " + error.reason + "\n";
    (void)!::write(STDERR_FILENO, line.data(), line.size());
    ::_exit(1);
}

void must(const std::string &step, Status status)
{
    if (!status.ok())
        die(step, status.error());
    debug("done: %s", step.c_str());
}

Result<Plan> loadPlan(const Invocation &invocation)
{
    const std::string dir = rooted(invocation.root, "/var/lib/corral/plans");
    const std::string path = dir + "/" + invocation.tag + ".plan";
    Result<UniqueFd> fd = openTrusted(path, O_RDONLY);
    if (!fd) {
        if (fd.error().errnum != ENOENT)
            return fd.error();
        // Which is missing: the snap, or only the app?
        bool snapKnown = false;
        if (DIR *plans = ::opendir(dir.c_str())) {
            const std::string prefix = "snap." + invocation.snap + ".";
            while (const dirent *entry = ::readdir(plans))
                snapKnown = snapKnown || startsWith(entry->d_name, prefix);
            ::closedir(plans);
        }
        if (!snapKnown)
            return fail("snap " + quoted(invocation.snap) + " is not installed", ENOENT);
        return fail(
            "snap " + quoted(invocation.snap) + " has no app " + quoted(invocation.app), ENOENT);
    }
    struct stat st
    {
    };
    if (::fstat(fd->get(), &st) != 0)
        return failErrno(path);
    if (!S_ISREG(st.st_mode))
        return fail(path + " is not a regular file");
    Result<std::string> text = readAll(fd->get(), MaxPlanSize, path);
    if (!text)
        return text.error();
    return parsePlan(text.value(), path, invocation.tag);
}

Status checkSnapIsMounted(const Plan &plan)
{
    struct stat st
    {
    };
    if (!plan.base.empty()
        && (plan.baseRevision == "-" || ::stat(plan.baseDir.c_str(), &st) != 0
            || !S_ISDIR(st.st_mode)))
        return fail("its base snap " + quoted(plan.base) + " is not installed");
    if (::stat(plan.snapDir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
        return fail("revision " + plan.revision + " of snap " + quoted(plan.snap)
            + " is not mounted at " + plan.snapDir);
    return {};
}

} // namespace corral::launch
