// Writing a file so that readers see either the old or the new content, never a mix,
// even across a crash: temporary file in the same directory, fsync, rename, fsync of
// the directory.
#pragma once

#include <QByteArray>
#include <QString>

namespace corral {

// On failure returns false, sets *error to "cannot write <path>: <why>" and leaves the
// old file untouched (and no temporary file behind).
bool writeFileAtomically(
    const QString &path, const QByteArray &data, QString *error, int mode = 0644);

} // namespace corral
