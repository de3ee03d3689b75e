// What the tests of the builtin interfaces share: plugs and slots made from a few lines of
// inline snap.yaml, sanitized and connected the way the repository does it, and the
// resulting policy in a form that is easy to compare.
#pragma once

#include "interfaces/interface.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace corral::test {

// The snap the snap.yaml describes; nothing (and the problems printed) when it does not
// parse.
std::optional<SnapInfo> snapFromYaml(const char *yaml);

// Why the interface refuses plug or slot `name` of the snap in `yaml` (its sanitize
// function's reason); empty when it accepts it.
QString plugProblem(const char *yaml, const QString &name);
QString slotProblem(const char *yaml, const QString &name);

// A plug connected to a slot: either the system's implicit slot of the plug's interface or
// a slot of another snap. Both sides are sanitized first, as when their snaps are added.
class TestConnection
{
public:
    static TestConnection toSystem(const char *plugYaml, const QString &plug);
    static TestConnection toSnap(
        const char *plugYaml, const QString &plug, const char *slotYaml, const QString &slot);

    // Empty when both snaps parsed, the plug and slot exist and both were accepted.
    QString problem() const { return m_problem; }
    bool autoConnects() const;
    QString connectionProblem() const; // the interface's checkConnection reason
    Policy plugPolicy() const; // what the plug's apps get while connected
    Policy slotPolicy() const; // what the slot's apps get while connected
    const PlugInfo &plug() const { return m_plugSnap.plugs.find(m_plug).value(); }
    const SlotInfo &slot() const { return m_slotSnap.slots.find(m_slot).value(); }

private:
    bool parse(const char *yaml, SnapInfo &snap); // sets m_problem when it fails

    const InterfaceDefinition *m_definition = nullptr;
    SnapInfo m_plugSnap;
    SnapInfo m_slotSnap;
    QString m_plug;
    QString m_slot;
    QString m_problem;
};

// The policy's file rules as AppArmor writes them ("/dev/video[0-9]* rwl").
QStringList fileRules(const Policy &policy);
// Each records a failure of the running test, naming what is missing and listing what
// there is, unless the policy has it: a file rule as AppArmor writes it, an AppArmor text
// rule containing `fragment`, a seccomp line.
void expectFile(const Policy &policy, const char *rule);
void expectAppArmor(const Policy &policy, const char *fragment);
void expectSeccomp(const Policy &policy, const char *line);

} // namespace corral::test
