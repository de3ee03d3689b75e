// The step runner: the only place an Error becomes an exit.
#pragma once

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

} // namespace corral::launch
