#include "launcher/steps.h"

#include "launcher/util.h"

#include <cstdio>
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

} // namespace corral::launch
