// The `corral` command line: one function per command, each returning the exit code.
#pragma once

#include <QStringList>

namespace corral::cli {

// Runs `corral` with `arguments` (without the program name). Output goes to stdout,
// errors to stderr; returns the process exit code.
int run(const QStringList &arguments);

} // namespace corral::cli
