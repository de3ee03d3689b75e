// The `corral` command line: one function per command, each returning the exit code.
#pragma once

#include <QStringList>

// Before this header's namespace, so that lupdate files the tr() texts of the files that
// include this one first under the context clicommon.h declares.
#include "app/clicommon.h"

namespace corral::cli {

// Runs `corral` with `arguments` (without the program name). Output goes to stdout,
// errors to stderr; returns the process exit code.
int run(const QStringList &arguments);

} // namespace corral::cli
