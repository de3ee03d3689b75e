// What the kernel and tools on this machine offer for sandboxing, and the system key:
// a record of what the profiles were generated for. When the key differs from the stored
// one (a new Corral, new templates, another kernel, another apparmor_parser), every
// profile is regenerated before any app runs.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace corral {

struct SandboxFeatures
{
    bool apparmor = false; // the kernel enforces AppArmor
    QString apparmorParser; // apparmor_parser's version; empty when missing
    bool seccomp = false; // seccomp filters
    QStringList seccompActions; // /proc/sys/kernel/seccomp/actions_avail
    int landlockAbi = 0; // 0 when Landlock is not available
    bool cgroupV1Devices = false; // a v1 hierarchy with the devices controller
    bool cgroupV2 = false; // a v2 hierarchy (device control by BPF program)
    bool mountNamespaces = false;
};

// Probes the running kernel (always the real /proc and /sys, whatever CORRAL_ROOT says).
SandboxFeatures detectSandboxFeatures();

// The lines `corral debug sandbox-features` prints: "apparmor: not enabled (profiles are
// generated and checked only)", "landlock: ABI 7", ….
QStringList describeSandboxFeatures(const SandboxFeatures &features);

// The system key for these features and this build: canonical JSON, stable across runs.
QByteArray systemKey(const SandboxFeatures &features);

// Whether the stored key (dirs::systemKeyFile()) differs from `key`; a missing key
// differs.
bool systemKeyChanged(const QByteArray &key);
bool writeSystemKey(const QByteArray &key, QString *error);

} // namespace corral
