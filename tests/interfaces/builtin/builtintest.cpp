#include "builtintest.h"

#include "interfaces/snapyaml.h"

#include <QDebug>
#include <QTest>

#include <algorithm>

namespace corral::test {

namespace {

SnapInfo systemSnap(const QString &interface)
{
    SnapInfo system;
    system.name = QStringLiteral("system");
    system.type = SnapType::Os;
    system.slots.insert(interface, SlotInfo { .name = interface, .interface = interface });
    return system;
}

const InterfaceDefinition *definitionOf(const QString &interface, QString *problem)
{
    const InterfaceDefinition *definition = findInterface(interface);
    if (!definition)
        *problem = QStringLiteral("no interface \"%1\"").arg(interface);
    return definition;
}

QString sanitizePlug(SnapInfo &snap, const QString &name, const InterfaceDefinition **definition)
{
    const auto plug = snap.plugs.find(name);
    if (plug == snap.plugs.end())
        return QStringLiteral("no plug \"%1\"").arg(name);
    QString problem;
    *definition = definitionOf(plug->interface, &problem);
    if (*definition && (*definition)->sanitizePlug)
        problem = (*definition)->sanitizePlug(*plug);
    return problem;
}

QString sanitizeSlot(SnapInfo &snap, const QString &name)
{
    const auto slot = snap.slots.find(name);
    if (slot == snap.slots.end())
        return QStringLiteral("no slot \"%1\"").arg(name);
    QString problem;
    const InterfaceDefinition *definition = definitionOf(slot->interface, &problem);
    if (definition && definition->sanitizeSlot)
        problem = definition->sanitizeSlot(*slot);
    return problem;
}

} // namespace

std::optional<SnapInfo> snapFromYaml(const char *yaml)
{
    const SnapYamlResult result = parseSnapYaml(QByteArray(yaml), QStringLiteral("snap.yaml"));
    for (const Problem &problem : result.errors)
        qWarning().noquote() << problem.toString();
    return result.snap;
}

QString plugProblem(const char *yaml, const QString &name)
{
    std::optional<SnapInfo> snap = snapFromYaml(yaml);
    if (!snap)
        return QStringLiteral("snap.yaml does not parse");
    const InterfaceDefinition *definition = nullptr;
    return sanitizePlug(*snap, name, &definition);
}

QString slotProblem(const char *yaml, const QString &name)
{
    std::optional<SnapInfo> snap = snapFromYaml(yaml);
    if (!snap)
        return QStringLiteral("snap.yaml does not parse");
    return sanitizeSlot(*snap, name);
}

TestConnection TestConnection::toSystem(const char *plugYaml, const QString &plug)
{
    TestConnection connection;
    connection.m_plug = plug;
    if (!connection.parse(plugYaml, connection.m_plugSnap))
        return connection;
    connection.m_problem = sanitizePlug(connection.m_plugSnap, plug, &connection.m_definition);
    if (connection.m_definition) {
        connection.m_slot = QString::fromLatin1(connection.m_definition->id);
        connection.m_slotSnap = systemSnap(connection.m_slot);
    }
    return connection;
}

TestConnection TestConnection::toSnap(
    const char *plugYaml, const QString &plug, const char *slotYaml, const QString &slot)
{
    TestConnection connection = toSystem(plugYaml, plug);
    connection.m_slot = slot;
    if (!connection.parse(slotYaml, connection.m_slotSnap))
        return connection;
    if (connection.m_problem.isEmpty())
        connection.m_problem = sanitizeSlot(connection.m_slotSnap, slot);
    return connection;
}

bool TestConnection::parse(const char *yaml, SnapInfo &snap)
{
    std::optional<SnapInfo> parsed = snapFromYaml(yaml);
    if (!parsed) {
        m_problem = QStringLiteral("a snap.yaml does not parse");
        return false;
    }
    snap = *parsed;
    return true;
}

bool TestConnection::autoConnects() const
{
    return m_problem.isEmpty() && m_definition->shouldAutoConnect(plug(), slot());
}

QString TestConnection::connectionProblem() const
{
    if (!m_problem.isEmpty())
        return m_problem;
    return m_definition->checkConnection ? m_definition->checkConnection(plug(), slot())
                                         : QString();
}

Policy TestConnection::plugPolicy() const
{
    if (!m_problem.isEmpty())
        return {};
    return m_definition->connectedPlugPolicy({ m_plugSnap, plug() }, { m_slotSnap, slot() });
}

Policy TestConnection::slotPolicy() const
{
    if (!m_problem.isEmpty())
        return {};
    return m_definition->connectedSlotPolicy({ m_plugSnap, plug() }, { m_slotSnap, slot() });
}

QStringList fileRules(const Policy &policy)
{
    QStringList rules;
    for (const FileRule &rule : policy.files)
        rules.append(apparmorFileRule(rule));
    return rules;
}

namespace {

void expect(bool found, const QStringList &rules, const char *what)
{
    const QByteArray message
        = QByteArray("missing: ") + what + "\nthere is:\n" + rules.join(u'\n').toUtf8();
    QVERIFY2(found, message.constData());
}

} // namespace

void expectFile(const Policy &policy, const char *rule)
{
    const QStringList rules = fileRules(policy);
    expect(rules.contains(QString::fromUtf8(rule)), rules, rule);
}

void expectAppArmor(const Policy &policy, const char *fragment)
{
    const QString wanted = QString::fromUtf8(fragment);
    const bool found = std::any_of(policy.apparmor.cbegin(), policy.apparmor.cend(),
        [&](const QString &rule) { return rule.contains(wanted); });
    expect(found, policy.apparmor, fragment);
}

void expectSeccomp(const Policy &policy, const char *line)
{
    expect(policy.seccomp.contains(QString::fromUtf8(line)), policy.seccomp, line);
}

} // namespace corral::test
