// The seccomp backend: the source of an app's filter (the default template plus the
// seccomp lines of its interfaces, in snapd's syntax) and its compilation with
// libseccomp into the file corral-launch loads (format in launcher/seccompfile.h).
// Compiling happens when profiles are generated, never at launch.
#pragma once

#include "interfaces/snapinfo.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace corral {

// Part of the system key: bump it whenever the template or the meaning of the compiled
// file changes, so that every profile is regenerated.
inline constexpr int seccompTemplateVersion = 1;

// The default allow-list (seccomp-template.cpp), syntax explained at its top.
const char *seccompDefaultTemplate();

// The whole source of one app's filter: a line naming the confinement, the default
// template, then the interface lines (each once, in the order given). Line numbers in
// compile errors count in this text. Empty for classic confinement, which has no filter.
QString seccompSource(const QStringList &interfaceLines, Confinement mode);

struct SeccompCompileResult
{
    bool ok = false;
    QString error; // "cannot compile seccomp filter: line N \"…\": …" when !ok
    QByteArray binary; // the file: header and program, ready for writeSeccompFile
    int instructions = 0;
    // Rules whose system call this architecture (or this libseccomp) does not know; they
    // are skipped, as snapd does, so one template serves every architecture.
    QStringList skippedSyscalls;
};

// Compiles for the native architecture; a call made through another architecture's
// system call table (an i386 binary, int 0x80, x32) kills the process in strict mode.
//
// strict:  anything not allowed fails with EPERM, "~" rules with EACCES; the header asks
//          the launcher to load with SECCOMP_FILTER_FLAG_LOG so denials are audited.
// devmode: what strict would refuse is allowed and logged (SECCOMP_RET_LOG).
// In both, "@enosys" calls fail with ENOSYS. With the log flag set, the kernel audits
// those too (clone3, once per thread a C library starts): a reader of denials should
// skip them.
SeccompCompileResult compileSeccomp(const QString &source, Confinement mode);

// Writes a compiled filter atomically with mode 0644, after checking it is well formed.
bool writeSeccompFile(const QString &path, const QByteArray &binary, QString *error);

} // namespace corral
