#include "tests/common/helperfixture.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusUnixFileDescriptor>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <unistd.h>

namespace corral::test {
namespace {

const QString Service = QStringLiteral("org.corral.Manager1");
const QString Path = QStringLiteral("/org/corral/Manager1");

QDBusMessage helperCall(const QString &method, const QVariantList &arguments = {})
{
    QDBusMessage message = QDBusMessage::createMethodCall(Service, Path, Service, method);
    message.setArguments(arguments);
    return message;
}

} // namespace

HelperFixture::HelperFixture() = default;

HelperFixture::~HelperFixture()
{
    // The helper and the bus go first, so that nothing holds the root's mounts.
    m_bus.reset();
    m_root.reset();
    m_launchRoot.reset();
}

QString HelperFixture::rootPath() const
{
    return m_launchRoot ? m_launchRoot->path() : m_root ? m_root->path() : QString();
}

bool HelperFixture::start(const QStringList &snaps)
{
    return start(snaps, Options {});
}

bool HelperFixture::start(const QStringList &snaps, const Options &startOptions)
{
    if (::geteuid() != 0) {
        m_error = QStringLiteral("the helper's clients are tested against the real helper, "
                                 "polkitd and a bus of their own: root only");
        return false;
    }
    if (startOptions.launchable) {
        m_launchRoot = std::make_unique<LaunchRoot>();
        if (!m_launchRoot->isValid() || !m_launchRoot->lastError().isEmpty()) {
            m_error = QStringLiteral("cannot make a launchable CORRAL_ROOT: %1")
                          .arg(m_launchRoot->lastError());
            return false;
        }
    } else {
        m_root = std::make_unique<TempRoot>();
        if (!m_root->isValid()) {
            m_error = QStringLiteral("cannot make a temporary CORRAL_ROOT");
            return false;
        }
    }
    TestBus::Options options;
    options.busPolicies << QStringLiteral(CORRAL_HELPER_BUILD_DIR "/org.corral.Manager1.conf");
    options.polkitActions = QStringLiteral(CORRAL_HELPER_BUILD_DIR "/org.corral.policy");
    options.helper = QStringLiteral(CORRAL_HELPER);
    m_bus = std::make_unique<TestBus>(options);
    if (!m_bus->start()) {
        m_error = m_bus->errorString();
        return false;
    }
    if (!m_bus->startHelper(rootPath(), Service)) {
        m_error = m_bus->errorString();
        return false;
    }
    for (const QString &snap : snaps) {
        QString error;
        if (install(snap, &error).isEmpty()) {
            m_error = QStringLiteral("cannot install %1 through the helper: %2").arg(snap, error);
            return false;
        }
    }
    for (const QString &snap : startOptions.devmode) {
        QString error;
        if (install(snap, &error, { { QStringLiteral("devmode"), true } }).isEmpty()) {
            m_error = QStringLiteral("cannot install %1 in devmode through the helper: %2")
                          .arg(snap, error);
            return false;
        }
    }
    return true;
}

QString HelperFixture::address() const
{
    return m_bus ? m_bus->address() : QString();
}

QString HelperFixture::install(const QString &name, QString *error, const QVariantMap &options)
{
    QFile file(QStringLiteral(CORRAL_EXAMPLES_DIR "/%1.snap").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.fileName() + QLatin1String(": ") + file.errorString();
        return QString();
    }
    QVariantMap withName = options;
    withName.insert(QStringLiteral("name"), QFileInfo(file).fileName());
    const QDBusMessage reply = m_bus->connection().call(
        helperCall(QStringLiteral("Install"),
            { QVariant::fromValue(QDBusUnixFileDescriptor(file.handle())), withName }),
        QDBus::Block, 300000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        if (error)
            *error = reply.errorName() + QLatin1String(": ") + reply.errorMessage();
        return QString();
    }
    return reply.arguments().constFirst().toString();
}

QList<QVariantMap> HelperFixture::connections()
{
    const QDBusMessage reply = m_bus->connection().call(
        helperCall(QStringLiteral("ListConnections")), QDBus::Block, 60000);
    QList<QVariantMap> list;
    if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty())
        reply.arguments().constFirst().value<QDBusArgument>() >> list;
    return list;
}

QStringList HelperFixture::connectedPlugs(const QString &snap)
{
    QStringList plugs;
    for (const QVariantMap &connection : connections()) {
        const QString plug = connection.value(QStringLiteral("plug")).toString();
        if (plug.startsWith(snap + QLatin1Char(':'))
            && connection.value(QStringLiteral("connected")).toBool() && !plugs.contains(plug))
            plugs << plug;
    }
    plugs.sort();
    return plugs;
}

CommandResult HelperFixture::runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), address());
    environment.insert(QStringLiteral("CORRAL_ROOT"), rootPath());
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CORRAL_CLI), arguments);
    CommandResult result;
    process.closeWriteChannel();
    result.finished = process.waitForFinished(120000);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString HelperFixture::allowRule(const QString &action, const QString &user)
{
    return QStringLiteral("polkit.addRule(function(action, subject) {\n"
                          "    if (action.id == \"%1\" && subject.user == \"%2\")\n"
                          "        return polkit.Result.YES;\n"
                          "});\n")
        .arg(action, user);
}

QString HelperFixture::denyRule()
{
    return QStringLiteral("polkit.addRule(function(action, subject) {\n"
                          "    if (action.id.indexOf(\"org.corral.\") == 0)\n"
                          "        return polkit.Result.NO;\n"
                          "});\n");
}

LaunchResult HelperFixture::runApp(
    const QString &app, const QStringList &arguments, const TestUser *user)
{
    if (!m_launchRoot) {
        LaunchResult result;
        result.err = QStringLiteral("runApp needs a launchable root");
        return result;
    }
    LaunchOptions options;
    options.user = user;
    return launch(*m_launchRoot, QStringList { app } + arguments, options);
}

} // namespace corral::test
