#include "tests/common/testbus.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>
#include <QXmlStreamReader>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace corral::test {
namespace {

const QString PolkitActionsDir = QStringLiteral("/usr/share/polkit-1/actions");
const QString PolkitRulesDir = QStringLiteral("/etc/polkit-1/rules.d");
const QString PolkitDaemon = QStringLiteral("/usr/lib/polkit-1/polkitd");
// The detail the rules probe passes, and an action every polkit installation has, so the
// probe works whatever the test's own action file says.
const QString RulesProbeDetail = QStringLiteral("corral-test-rules");
const QString RulesProbeAction = QStringLiteral("org.freedesktop.policykit.exec");
const QString RulesFilePrefix = QStringLiteral("10-corral-test-");
// What test programs share: the user and the action file. The user's comment marks it as
// made by a test; a marker in SharedDir says the action file is a test's copy, and
// "<name>.orig" keeps what was there before. The lock in SharedDir counts the programs.
const QString UserComment = QStringLiteral("Corral tests");
const QString SharedDir = QStringLiteral("/run/corral-test");

constexpr int StartTimeoutMs = 20000;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Writes `content` next to `path` and renames it into place, so that a daemon watching
// the directory never reads half a file.
bool replaceFile(const QString &path, const QByteArray &content, QFileDevice::Permissions mode)
{
    const QFileInfo info(path);
    const QString temporary
        = info.dir().filePath(QLatin1Char('.') + info.fileName() + QLatin1String(".corral-tmp"));
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    if (file.write(content) != content.size() || !file.setPermissions(mode) || !file.flush()) {
        file.remove();
        return false;
    }
    file.close();
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData())
        != 0) {
        QFile::remove(temporary);
        return false;
    }
    return true;
}

QString tail(const QString &text, int lines = 30)
{
    QStringList all = text.split(QLatin1Char('\n'));
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    return all.join(QLatin1Char('\n'));
}

// Polls `condition` (running events in between) until it holds or the time is up.
template<typename Condition> bool waitFor(Condition condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        if (condition())
            return true;
        if (timer.hasExpired(timeoutMs))
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(10);
    }
}

QString busPolicyXml(const QStringList &includes, const QString &socket, const QString &serviceDir)
{
    // The default policy of Debian's /usr/share/dbus-1/system.conf: nobody owns a name or
    // calls a method unless a policy file punches a hole; replies and signals flow; anyone
    // may talk to the bus itself.
    QString xml = QStringLiteral(
        R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path=%1</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <deny own="*"/>
    <deny send_type="method_call"/>
    <allow send_type="signal"/>
    <allow send_requested_reply="true" send_type="method_return"/>
    <allow send_requested_reply="true" send_type="error"/>
    <allow receive_type="method_call"/>
    <allow receive_type="method_return"/>
    <allow receive_type="error"/>
    <allow receive_type="signal"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus"/>
    <allow send_destination="org.freedesktop.DBus"
           send_interface="org.freedesktop.DBus.Introspectable"/>
    <allow send_destination="org.freedesktop.DBus"
           send_interface="org.freedesktop.DBus.Properties"/>
    <deny send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus"
          send_member="UpdateActivationEnvironment"/>
  </policy>
  <policy user="root">
    <allow send_destination="org.freedesktop.DBus"
           send_interface="org.freedesktop.DBus.Monitoring"/>
  </policy>
)")
                      .arg(socket.toHtmlEscaped());
    if (!serviceDir.isEmpty())
        xml += QStringLiteral("  <servicedir>%1</servicedir>\n").arg(serviceDir.toHtmlEscaped());
    for (const QString &include : includes)
        xml += QStringLiteral("  <include>%1</include>\n").arg(include.toHtmlEscaped());
    xml += QStringLiteral("</busconfig>\n");
    return xml;
}

// The actions a .policy file declares, with their untranslated descriptions.
QMap<QString, QString> declaredActions(const QByteArray &policy)
{
    QMap<QString, QString> actions;
    QXmlStreamReader xml(policy);
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("action")) {
            current = xml.attributes().value(QLatin1String("id")).toString();
            actions.insert(current, QString());
        } else if (xml.isStartElement() && xml.name() == QLatin1String("description")
            && !current.isEmpty() && !xml.attributes().hasAttribute(QLatin1String("xml:lang"))) {
            actions[current] = xml.readElementText().simplified();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("action")) {
            current.clear();
        }
    }
    return actions;
}

QMap<QString, QString> readStringMap(const QDBusArgument &argument)
{
    QMap<QString, QString> map;
    argument.beginMap();
    while (!argument.atEnd()) {
        QString key;
        QString value;
        argument.beginMapEntry();
        argument >> key >> value;
        argument.endMapEntry();
        map.insert(key, value);
    }
    argument.endMap();
    return map;
}

QDBusArgument stringMapArgument(const QMap<QString, QString> &map)
{
    QDBusArgument argument;
    argument.beginMap(QMetaType::fromType<QString>(), QMetaType::fromType<QString>());
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        argument.beginMapEntry();
        argument << it.key() << it.value();
        argument.endMapEntry();
    }
    argument.endMap();
    return argument;
}

std::atomic<int> connectionCounter { 0 };
std::atomic<int> busCounter { 0 };

} // namespace

TestBus::TestBus(Options options)
    : m_options(std::move(options))
    , m_dir(QDir::tempPath() + QStringLiteral("/corral-testbus-XXXXXX"))
    , m_rulesFile(PolkitRulesDir + QLatin1Char('/') + RulesFilePrefix + QString::number(::getpid())
          + QLatin1Char('-') + QString::number(busCounter++) + QLatin1String(".rules"))
{ }

TestBus::~TestBus()
{
    stopHelper();
    for (const QString &name : std::as_const(m_extraConnections))
        QDBusConnection::disconnectFromBus(name);
    if (!m_connectionName.isEmpty())
        QDBusConnection::disconnectFromBus(m_connectionName);
    for (auto &process : m_userProcesses)
        stopProcess(process.get());
    stopProcess(m_probeProcess.get());
    if (m_rulesWritten)
        QFile::remove(m_rulesFile);
    stopProcess(m_polkitProcess.get());
    stopProcess(m_busProcess.get());
    tearDownShared();
}

bool TestBus::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString TestBus::tempPath(const QString &name) const
{
    return m_dir.filePath(name);
}

bool TestBus::start()
{
    if (::geteuid() != 0)
        return fail(QStringLiteral("the test bus needs root"));
    if (!m_dir.isValid())
        return fail(
            QStringLiteral("cannot create a temporary directory: %1").arg(m_dir.errorString()));
    // The unprivileged user connects to the socket in here.
    if (::chmod(QFile::encodeName(m_dir.path()).constData(), 0755) != 0)
        return fail(QStringLiteral("cannot open the temporary directory to others"));
    removeStaleRules();
    return setUpShared() && writeBusConfig() && startBus() && startPolkit() && waitForActions();
}

// ---- processes ----

std::unique_ptr<QProcess> TestBus::startProcess(const QString &program,
    const QStringList &arguments, const QProcessEnvironment &environment, const QString &logFile,
    bool dieWithParent)
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(program);
    process->setArguments(arguments);
    process->setProcessEnvironment(environment);
    process->setWorkingDirectory(QStringLiteral("/"));
    if (!logFile.isEmpty()) {
        process->setStandardOutputFile(logFile, QIODevice::Append);
        process->setStandardErrorFile(logFile, QIODevice::Append);
    }
    if (dieWithParent) {
        // Should the test program die without running destructors, the kernel ends the
        // child. (Cleared where the child changes its uid: polkitd, the user's commands.)
        process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    }
    process->start();
    if (!process->waitForStarted(StartTimeoutMs))
        return nullptr;
    return process;
}

void TestBus::stopProcess(QProcess *process)
{
    if (!process || process->state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(process->processId()), SIGTERM);
    if (!process->waitForFinished(5000)) {
        process->kill();
        process->waitForFinished(5000);
    }
}

// ---- the bus ----

bool TestBus::writeBusConfig()
{
    QStringList includes = m_options.busPolicies;
    // polkitd's own policy: only user polkitd owns its name; anyone may call it.
    includes << QStringLiteral("/usr/share/dbus-1/system.d/org.freedesktop.PolicyKit1.conf");
    for (const QString &include : std::as_const(includes)) {
        if (!QFileInfo::exists(include))
            return fail(QStringLiteral("cannot include %1 in the bus configuration: no such file")
                            .arg(include));
    }
    QFile config(tempPath(QStringLiteral("bus.conf")));
    const QByteArray xml = busPolicyXml(
        includes, tempPath(QStringLiteral("system_bus_socket")), m_options.serviceDir)
                               .toUtf8();
    if (!config.open(QIODevice::WriteOnly) || config.write(xml) != xml.size())
        return fail(QStringLiteral("cannot write the bus configuration"));
    return true;
}

bool TestBus::startBus()
{
    // The socket's path is fixed, so services the bus activates can be told the address
    // before the bus prints it.
    const QString socketAddress
        = QStringLiteral("unix:path=") + tempPath(QStringLiteral("system_bus_socket"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(m_options.activationEnvironment);
    environment.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), socketAddress);

    m_busProcess = std::make_unique<QProcess>();
    m_busProcess->setProgram(QStringLiteral("dbus-daemon"));
    m_busProcess->setArguments({ QStringLiteral("--nofork"), QStringLiteral("--print-address=1"),
        QStringLiteral("--config-file=") + tempPath(QStringLiteral("bus.conf")) });
    m_busProcess->setProcessEnvironment(environment);
    m_busProcess->setStandardErrorFile(tempPath(QStringLiteral("dbus-daemon.log")));
    m_busProcess->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_busProcess->start();
    if (!m_busProcess->waitForStarted(StartTimeoutMs))
        return fail(
            QStringLiteral("cannot start dbus-daemon: %1").arg(m_busProcess->errorString()));
    // dbus-daemon prints its address once it listens.
    QByteArray printed;
    QElapsedTimer timer;
    timer.start();
    while (!printed.contains('\n') && !timer.hasExpired(StartTimeoutMs)
        && m_busProcess->state() == QProcess::Running) {
        m_busProcess->waitForReadyRead(100);
        printed += m_busProcess->readAllStandardOutput();
    }
    m_address = QString::fromUtf8(printed.trimmed());
    if (m_address.isEmpty())
        return fail(QStringLiteral("dbus-daemon printed no address: %1").arg(busLog()));

    m_connectionName = QStringLiteral("corral-testbus-%1").arg(connectionCounter++);
    const QDBusConnection bus = QDBusConnection::connectToBus(m_address, m_connectionName);
    if (!bus.isConnected())
        return fail(
            QStringLiteral("cannot connect to the test bus: %1").arg(bus.lastError().message()));
    return true;
}

QDBusConnection TestBus::connection() const
{
    return QDBusConnection(m_connectionName);
}

QDBusConnection TestBus::newConnection()
{
    const QString name = QStringLiteral("corral-testbus-%1").arg(connectionCounter++);
    m_extraConnections << name;
    return QDBusConnection::connectToBus(m_address, name);
}

QDBusConnection TestBus::newUserConnection()
{
    return newConnectionAs(m_uid, m_gid);
}

QDBusConnection TestBus::newConnectionAs(uid_t uid, gid_t gid)
{
    const QString name = QStringLiteral("corral-testbus-%1").arg(connectionCounter++);
    m_extraConnections << name;
    // The bus knows a connection's user from the socket's credentials at connect time
    // (SO_PEERCRED, the effective ids), and libdbus claims the effective uid: with the
    // effective ids the user's for that moment, the connection is the user's, and polkit
    // judges its calls as the user's, while this process stays root.
    if (setegid(gid) != 0 || seteuid(uid) != 0) {
        const int error = errno;
        if (seteuid(0) != 0 || setegid(0) != 0)
            qFatal("cannot become root again");
        m_error = QStringLiteral("cannot become uid %1 to connect: %2")
                      .arg(uid)
                      .arg(QString::fromLocal8Bit(strerror(error)));
        return QDBusConnection(name);
    }
    QDBusConnection connection = QDBusConnection::connectToBus(m_address, name);
    if (seteuid(0) != 0 || setegid(0) != 0)
        qFatal("cannot become root again after connecting as uid %u", uid);
    return connection;
}

bool TestBus::hasOwner(const QString &name) const
{
    const QDBusReply<bool> reply = connection().interface()->isServiceRegistered(name);
    return reply.isValid() && reply.value();
}

bool TestBus::waitForOwner(const QString &name, int timeoutMs, bool owned) const
{
    return waitFor([&] { return hasOwner(name) == owned; }, timeoutMs);
}

QString TestBus::busLog() const
{
    return QString::fromUtf8(readFile(tempPath(QStringLiteral("dbus-daemon.log"))));
}

// ---- polkit ----

bool TestBus::startPolkit()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), m_address);
    // CORRAL_TEST_POLKIT_DEBUG=1 keeps polkitd's debug output (see polkitLog()).
    const QStringList arguments = qEnvironmentVariableIntValue("CORRAL_TEST_POLKIT_DEBUG")
        ? QStringList()
        : QStringList { QStringLiteral("--no-debug") };
    m_polkitProcess = startProcess(
        PolkitDaemon, arguments, environment, tempPath(QStringLiteral("polkitd.log")), true);
    if (!m_polkitProcess)
        return fail(QStringLiteral("cannot start %1").arg(PolkitDaemon));
    if (!waitForOwner(PolkitService, StartTimeoutMs))
        return fail(QStringLiteral("polkitd did not appear on the bus: %1").arg(polkitLog()));
    // A process of the user that rule probes name as their subject.
    m_probeProcess = startProcess(QStringLiteral("setpriv"),
        { QStringLiteral("--reuid=%1").arg(m_uid), QStringLiteral("--regid=%1").arg(m_gid),
            QStringLiteral("--clear-groups"), QStringLiteral("--"), QStringLiteral("sleep"),
            QStringLiteral("infinity") },
        userEnvironment(), QString(), false);
    if (!m_probeProcess)
        return fail(QStringLiteral("cannot start a process as %1").arg(userName()));
    const pid_t probe = pid_t(m_probeProcess->processId());
    if (!waitFor(
            [&] { return processSubject(probe).value(QStringLiteral("uid")).toUInt() == m_uid; },
            StartTimeoutMs))
        return fail(QStringLiteral("the probe process never became %1").arg(userName()));
    return true;
}

QString TestBus::polkitLog() const
{
    return QString::fromUtf8(readFile(tempPath(QStringLiteral("polkitd.log"))));
}

QVariantMap TestBus::processSubject(pid_t pid)
{
    const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(pid));
    // Field 22 is the start time; the command name (field 2) may contain anything, so
    // count from its closing parenthesis.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const QByteArray status = readFile(QStringLiteral("/proc/%1/status").arg(pid));
    static const QRegularExpression uidLine(
        QStringLiteral("^Uid:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch uid = uidLine.match(QString::fromLatin1(status));
    if (fields.size() < 20 || !uid.hasMatch())
        return {};
    return {
        { QStringLiteral("pid"), QVariant::fromValue(quint32(pid)) },
        { QStringLiteral("start-time"), QVariant::fromValue(fields.at(19).toULongLong()) },
        { QStringLiteral("uid"), QVariant::fromValue(qint32(uid.captured(1).toInt())) },
    };
}

AuthorizationResult TestBus::checkAuthorization(pid_t pid, const QString &action,
    const QMap<QString, QString> &details, bool allowUserInteraction) const
{
    return checkAuthorization(
        processSubject(pid), QStringLiteral("unix-process"), action, details, allowUserInteraction);
}

AuthorizationResult TestBus::checkAuthorization(const QVariantMap &subjectDetails,
    const QString &subjectKind, const QString &action, const QMap<QString, QString> &details,
    bool allowUserInteraction) const
{
    QDBusArgument subject;
    subject.beginStructure();
    subject << subjectKind << subjectDetails;
    subject.endStructure();
    QDBusMessage call = QDBusMessage::createMethodCall(
        PolkitService, PolkitPath, PolkitInterface, QStringLiteral("CheckAuthorization"));
    call << QVariant::fromValue(subject) << action
         << QVariant::fromValue(stringMapArgument(details)) << quint32(allowUserInteraction ? 1 : 0)
         << QString();
    const QDBusMessage reply = connection().call(call, QDBus::Block, 120000);

    AuthorizationResult result;
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 1) {
        result.error = reply.errorName().isEmpty() ? QStringLiteral("no reply") : reply.errorName();
        return result;
    }
    const QDBusArgument answer = reply.arguments().constFirst().value<QDBusArgument>();
    answer.beginStructure();
    answer >> result.authorized >> result.challenge;
    result.details = readStringMap(answer);
    answer.endStructure();
    return result;
}

bool TestBus::installActions()
{
    if (m_options.polkitActions.isEmpty())
        return true;
    const QByteArray ours = readFile(m_options.polkitActions);
    if (ours.isEmpty())
        return fail(QStringLiteral("cannot read %1").arg(m_options.polkitActions));
    // polkitd reads actions from this one directory only, so the test puts its file there;
    // the last test program to end gives back what was there before (tearDownShared).
    const QString name = QFileInfo(m_options.polkitActions).fileName();
    m_actionsTarget = PolkitActionsDir + QLatin1Char('/') + name;
    if (QFileInfo::exists(m_actionsTarget) && readFile(m_actionsTarget) == ours)
        return true;
    const QString marker = SharedDir + QLatin1Char('/') + name + QLatin1String(".installed");
    if (!QFileInfo::exists(marker)) {
        // What is there is not a test's copy: keep it to give it back.
        const QString original = SharedDir + QLatin1Char('/') + name + QLatin1String(".orig");
        if (QFileInfo::exists(m_actionsTarget)
            && !replaceFile(original, readFile(m_actionsTarget), QFileDevice::ReadOwner))
            return fail(QStringLiteral("cannot keep a copy of %1").arg(m_actionsTarget));
        if (!replaceFile(marker, m_actionsTarget.toUtf8(), QFileDevice::ReadOwner))
            return fail(QStringLiteral("cannot write %1").arg(marker));
    }
    if (!replaceFile(m_actionsTarget, ours,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                | QFileDevice::ReadOther))
        return fail(QStringLiteral("cannot write %1").arg(m_actionsTarget));
    return true;
}

bool TestBus::waitForActions()
{
    if (m_options.polkitActions.isEmpty())
        return true;
    const QMap<QString, QString> wanted = declaredActions(readFile(m_options.polkitActions));
    if (wanted.isEmpty())
        return fail(QStringLiteral("%1 declares no action").arg(m_options.polkitActions));
    // polkitd notices action files by inotify; wait until it describes ours as written.
    const auto known = [&] {
        QDBusMessage call = QDBusMessage::createMethodCall(
            PolkitService, PolkitPath, PolkitInterface, QStringLiteral("EnumerateActions"));
        call << QString();
        const QDBusMessage reply = connection().call(call);
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return false;
        QMap<QString, QString> described;
        const QDBusArgument actions = reply.arguments().constFirst().value<QDBusArgument>();
        actions.beginArray();
        while (!actions.atEnd()) {
            QString id, description, message, vendor, vendorUrl, icon;
            quint32 implicitAny = 0, implicitInactive = 0, implicitActive = 0;
            actions.beginStructure();
            actions >> id >> description >> message >> vendor >> vendorUrl >> icon >> implicitAny
                >> implicitInactive >> implicitActive;
            readStringMap(actions);
            actions.endStructure();
            described.insert(id, description.simplified());
        }
        actions.endArray();
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            if (described.value(it.key()) != it.value())
                return false;
        }
        return true;
    };
    if (!waitFor(known, StartTimeoutMs))
        return fail(QStringLiteral("polkitd did not load the actions of %1").arg(m_actionsTarget));
    return true;
}

void TestBus::restoreActions()
{
    const QDir shared(SharedDir);
    for (const QString &marker : shared.entryList({ QStringLiteral("*.installed") }, QDir::Files)) {
        const QString name = marker.chopped(int(strlen(".installed")));
        const QString target = PolkitActionsDir + QLatin1Char('/') + name;
        const QString original = shared.filePath(name + QLatin1String(".orig"));
        if (QFileInfo::exists(original)) {
            replaceFile(target, readFile(original),
                QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                    | QFileDevice::ReadOther);
            QFile::remove(original);
        } else {
            QFile::remove(target);
        }
        QFile::remove(shared.filePath(marker));
    }
}

void TestBus::removeStaleRules() const
{
    // Rules files of earlier runs whose test program died before it could remove them.
    const QDir rules(PolkitRulesDir);
    const QStringList files
        = rules.entryList({ RulesFilePrefix + QLatin1String("*.rules") }, QDir::Files);
    for (const QString &name : files) {
        // 10-corral-test-<pid>-<bus>.rules
        const pid_t owner
            = pid_t(name.mid(RulesFilePrefix.size()).section(QLatin1Char('-'), 0, 0).toInt());
        if (owner > 0 && owner != ::getpid() && ::kill(owner, 0) != 0 && errno == ESRCH)
            QFile::remove(rules.filePath(name));
    }
}

bool TestBus::writeRulesFile(const QByteArray &content)
{
    m_rulesWritten = true;
    return replaceFile(m_rulesFile, content,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
            | QFileDevice::ReadOther);
}

bool TestBus::setRules(const QString &javascript)
{
    const int generation = ++m_rulesGeneration;
    // Every polkitd reads the one rules directory, so the rules of test programs running
    // at once would meet: this file's rules apply only in the polkitd of this bus, which
    // it recognizes by the bus address in its environment. The first rule answers the
    // fixture's probe: YES for this generation, NO for any other, so the probe tells
    // which version of the file polkitd runs whatever the test's own rules say.
    const QString content
        = QStringLiteral(
              "// Written by a Corral test (pid %1) and removed when it ends.\n"
              "if (polkit.spawn([\"/bin/sh\", \"-c\", \"printf %s "
              "\\\"$DBUS_SYSTEM_BUS_ADDRESS\\\"\"])\n"
              "    == \"%4\") {\n"
              "polkit.addRule(function(action, subject) {\n"
              "    var generation = action.lookup(\"%2\");\n"
              "    if (generation !== undefined)\n"
              "        return generation == \"%3\" ? polkit.Result.YES : polkit.Result.NO;\n"
              "});\n\n")
              .arg(::getpid())
              .arg(RulesProbeDetail)
              .arg(generation)
              .arg(m_address)
        + javascript + QLatin1String("\n}\n");
    if (!writeRulesFile(content.toUtf8()))
        return fail(QStringLiteral("cannot write %1").arg(m_rulesFile));
    if (!waitForRulesGeneration(generation, true))
        return fail(QStringLiteral("polkitd did not load %1 (a syntax error?): %2")
                        .arg(m_rulesFile, polkitLog()));
    return true;
}

bool TestBus::clearRules()
{
    if (!m_rulesWritten)
        return true;
    if (!QFile::remove(m_rulesFile) && QFileInfo::exists(m_rulesFile))
        return fail(QStringLiteral("cannot remove %1").arg(m_rulesFile));
    m_rulesWritten = false;
    if (!waitForRulesGeneration(m_rulesGeneration, false))
        return fail(QStringLiteral("polkitd still runs the rules of %1").arg(m_rulesFile));
    return true;
}

bool TestBus::waitForRulesGeneration(int generation, bool active)
{
    const pid_t probe = pid_t(m_probeProcess->processId());
    const QMap<QString, QString> details { { RulesProbeDetail, QString::number(generation) } };
    return waitFor(
        [&] { return checkAuthorization(probe, RulesProbeAction, details).authorized == active; },
        StartTimeoutMs);
}

// ---- the user ----

bool TestBus::setUpShared()
{
    // Test programs may run at once (ctest -j, a benchmark beside a test), and a program
    // may have two buses; they share the user and the action file. The first sets them up
    // under an exclusive lock; every one holds a shared lock while it lives (the others
    // wait for it to be shared, so they find things set up), and the last one to leave
    // removes them (tearDownShared).
    QDir().mkpath(SharedDir);
    ::chmod(QFile::encodeName(SharedDir).constData(), 0700);
    const QByteArray lockFile = QFile::encodeName(SharedDir + QLatin1String("/lock"));
    m_sharedLock = ::open(lockFile.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_sharedLock < 0
        || (::flock(m_sharedLock, LOCK_EX | LOCK_NB) != 0 && ::flock(m_sharedLock, LOCK_SH) != 0))
        return fail(QStringLiteral("cannot lock %1").arg(QFile::decodeName(lockFile)));
    const bool ok = ensureUser() && installActions();
    if (::flock(m_sharedLock, LOCK_SH) != 0)
        return fail(QStringLiteral("cannot lock %1").arg(QFile::decodeName(lockFile)));
    return ok;
}

void TestBus::tearDownShared()
{
    if (m_sharedLock < 0)
        return;
    if (::flock(m_sharedLock, LOCK_EX | LOCK_NB) == 0) {
        restoreActions();
        removeUser();
    }
    ::close(m_sharedLock);
    m_sharedLock = -1;
}

bool TestBus::ensureUser()
{
    const QByteArray name = userName().toUtf8();
    if (!::getpwnam(name.constData())) {
        QProcess useradd;
        useradd.start(QStringLiteral("useradd"),
            { QStringLiteral("--system"), QStringLiteral("--no-create-home"),
                QStringLiteral("--home-dir"), QStringLiteral("/nonexistent"),
                QStringLiteral("--shell"), QStringLiteral("/usr/sbin/nologin"),
                QStringLiteral("--comment"), UserComment, userName() });
        // Another program may have made it meanwhile.
        if ((!useradd.waitForFinished(StartTimeoutMs) || useradd.exitCode() != 0)
            && !::getpwnam(name.constData()))
            return fail(
                QStringLiteral("cannot create user %1: %2")
                    .arg(userName(), QString::fromLocal8Bit(useradd.readAllStandardError())));
    }
    const struct passwd *user = ::getpwnam(name.constData());
    if (!user)
        return fail(QStringLiteral("cannot find user %1").arg(userName()));
    m_uid = user->pw_uid;
    m_gid = user->pw_gid;
    if (m_uid == 0)
        return fail(QStringLiteral("user %1 is root").arg(userName()));
    return true;
}

void TestBus::removeUser()
{
    // Only a user a test made, as its comment says.
    const struct passwd *user = ::getpwnam(userName().toUtf8().constData());
    if (!user || QString::fromUtf8(user->pw_gecos) != UserComment)
        return;
    QProcess userdel;
    userdel.start(QStringLiteral("userdel"), { userName() });
    if (!userdel.waitForFinished(StartTimeoutMs) || userdel.exitCode() != 0)
        qWarning("TestBus: cannot remove user %s: %s", qPrintable(userName()),
            userdel.readAllStandardError().constData());
}

QProcessEnvironment TestBus::userEnvironment() const
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/sbin:/usr/bin:/sbin:/bin"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("HOME"), QStringLiteral("/nonexistent"));
    environment.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), m_address);
    return environment;
}

CommandResult TestBus::runAsUser(
    const QString &program, const QStringList &arguments, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(userEnvironment());
    process.setWorkingDirectory(QStringLiteral("/"));
    process.start(QStringLiteral("setpriv"),
        QStringList { QStringLiteral("--reuid=%1").arg(m_uid),
            QStringLiteral("--regid=%1").arg(m_gid), QStringLiteral("--clear-groups"),
            QStringLiteral("--"), program }
            + arguments);
    CommandResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
    } else {
        result.finished = process.exitStatus() == QProcess::NormalExit;
        result.exitCode = process.exitCode();
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QProcess *TestBus::startAsUser(const QString &program, const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(userEnvironment());
    process->setWorkingDirectory(QStringLiteral("/"));
    process->start(QStringLiteral("setpriv"),
        QStringList { QStringLiteral("--reuid=%1").arg(m_uid),
            QStringLiteral("--regid=%1").arg(m_gid), QStringLiteral("--clear-groups"),
            QStringLiteral("--"), program }
            + arguments);
    if (!process->waitForStarted(StartTimeoutMs))
        return nullptr;
    m_userProcesses.push_back(std::move(process));
    return m_userProcesses.back().get();
}

// ---- the helper ----

bool TestBus::startHelper(
    const QString &corralRoot, const QString &name, const QStringList &arguments)
{
    stopHelper();
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/sbin:/usr/bin:/sbin:/bin"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("CORRAL_ROOT"), corralRoot);
    environment.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), m_address);
    m_helperProcess = startProcess(
        m_options.helper, arguments, environment, tempPath(QStringLiteral("helper.log")), true);
    if (!m_helperProcess)
        return fail(QStringLiteral("cannot start %1").arg(m_options.helper));
    const pid_t pid = helperPid();
    const bool owned = waitFor(
        [&] {
            if (m_helperProcess->state() != QProcess::Running)
                return true;
            const QDBusReply<uint> owner = connection().interface()->servicePid(name);
            return owner.isValid() && pid_t(owner.value()) == pid;
        },
        StartTimeoutMs);
    if (!owned || m_helperProcess->state() != QProcess::Running)
        return fail(QStringLiteral("the helper did not take %1 on the bus:\n%2")
                        .arg(name, tail(helperLog())));
    return true;
}

bool TestBus::killHelper()
{
    if (!helperRunning())
        return false;
    ::kill(helperPid(), SIGKILL);
    return m_helperProcess->waitForFinished(StartTimeoutMs);
}

void TestBus::stopHelper()
{
    stopProcess(m_helperProcess.get());
}

pid_t TestBus::helperPid() const
{
    return m_helperProcess ? pid_t(m_helperProcess->processId()) : 0;
}

bool TestBus::helperRunning() const
{
    return m_helperProcess && m_helperProcess->state() == QProcess::Running;
}

QString TestBus::helperLog() const
{
    return QString::fromUtf8(readFile(tempPath(QStringLiteral("helper.log"))));
}

} // namespace corral::test
