// The step runner: the only place an Error becomes an exit.
#pragma once

#include "launcher/invocation.h"
#include "launcher/plan.h"
#include "launcher/result.h"

#include <string>

namespace corral::launch {

// Prints "cannot <step>: <reason>" on stderr and exits with status 1.
[[noreturn]] void die(const std::string &step, const Error &error);

template<typename T> T must(const std::string &step, Result<T> result)
{
    if (!result.ok())
        die(step, result.error());
    return std::move(result.value());
}

void must(const std::string &step, Status status);

// Reads <root>/var/lib/corral/plans/<tag>.plan (trusted path, size-capped) and parses it.
// Says plainly when the snap or the app is not installed.
Result<Plan> loadPlan(const Invocation &invocation);

// The snap's revision and its base must be mounted before anything is set up.
Status checkSnapIsMounted(const Plan &plan);

} // namespace corral::launch
