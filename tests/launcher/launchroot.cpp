#include "tests/launcher/launchroot.h"

#include "interfaces/interfacemanager.h"
#include "launcher/cgroup.h"
#include "tests/common/temproot.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

namespace corral::test {
namespace {

const QString TestsDir = QStringLiteral("/run/corral-tests");
const QString RootSnapDir = QStringLiteral("/root/snap");

QStringList cgroupHierarchies()
{
    return { QStringLiteral("/sys/fs/cgroup/devices"), QStringLiteral("/sys/fs/cgroup/unified"),
        QStringLiteral("/sys/fs/cgroup") };
}

QStringList listRecursively(const QString &dir)
{
    QStringList entries;
    QDir base(dir);
    if (!base.exists())
        return entries;
    const QFileInfoList infos
        = base.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QFileInfo &info : infos) {
        entries << info.filePath();
        if (info.isDir() && !info.isSymLink())
            entries << listRecursively(info.filePath());
    }
    return entries;
}

// Sets CORRAL_ROOT for the in-process library calls while it lives.
class RootScope
{
public:
    explicit RootScope(const QString &root)
        : m_previous(qgetenv("CORRAL_ROOT"))
        , m_had(qEnvironmentVariableIsSet("CORRAL_ROOT"))
    {
        qputenv("CORRAL_ROOT", root.toUtf8());
    }
    ~RootScope()
    {
        if (m_had)
            qputenv("CORRAL_ROOT", m_previous);
        else
            qunsetenv("CORRAL_ROOT");
    }

private:
    QByteArray m_previous;
    bool m_had;
};

} // namespace

int run(const QString &program, const QStringList &arguments, QString *out)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool isMountPoint(const QString &path)
{
    return mountPoints().contains(path);
}

QString exampleSnap(const QString &name)
{
    return QStringLiteral(CORRAL_EXAMPLES_DIR "/") + name + QLatin1String(".snap");
}

LaunchRoot::LaunchRoot()
    : m_previousRoot(qgetenv("CORRAL_ROOT"))
    , m_hadPreviousRoot(qEnvironmentVariableIsSet("CORRAL_ROOT"))
{
    // /run/corral-tests: root-owned and 0755, like every directory above it.
    ::mkdir(TestsDir.toUtf8().constData(), 0755);
    ::chmod(TestsDir.toUtf8().constData(), 0755);
    QByteArray pattern = (TestsDir + QLatin1String("/launch.XXXXXX")).toUtf8();
    if (::mkdtemp(pattern.data()) == nullptr) {
        m_error = QStringLiteral("cannot create a root below %1").arg(TestsDir);
        return;
    }
    ::chmod(pattern.constData(), 0755);
    m_path = QString::fromUtf8(pattern);
    m_hadRootSnapDir = QFileInfo(RootSnapDir).isDir();
    m_rootSnapEntries = QDir(RootSnapDir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    qputenv("CORRAL_ROOT", pattern);

    // The setuid copy at <root><installed path>.
    const QString target = launcher();
    QDir().mkpath(QFileInfo(target).path());
    for (QString dir = QFileInfo(target).path(); dir.startsWith(m_path + QLatin1Char('/'));
         dir = QFileInfo(dir).path())
        ::chmod(dir.toUtf8().constData(), 0755);
    if (!QFile::copy(QStringLiteral(CORRAL_LAUNCHER), target)
        || ::chown(target.toUtf8().constData(), 0, 0) != 0
        || ::chmod(target.toUtf8().constData(), 04755) != 0)
        m_error = QStringLiteral("cannot install a setuid launcher at %1").arg(target);
}

LaunchRoot::~LaunchRoot()
{
    if (m_path.isEmpty())
        return;
    // Mounts first (preserved namespaces, snaps), deepest first, then the cgroups, then
    // the tree, unless something could not be unmounted.
    QStringList stuck;
    for (int pass = 0; pass < 16; ++pass) {
        QStringList below;
        for (const QString &point : mountPoints()) {
            if (point == m_path || point.startsWith(m_path + QLatin1Char('/')))
                below << point;
        }
        if (below.isEmpty())
            break;
        std::reverse(below.begin(), below.end());
        std::stable_sort(below.begin(), below.end(), [](const QString &a, const QString &b) {
            return a.count(QLatin1Char('/')) > b.count(QLatin1Char('/'));
        });
        for (const QString &point : below) {
            const QByteArray native = point.toUtf8();
            if (::umount2(native.constData(), 0) != 0)
                ::umount2(native.constData(), MNT_DETACH);
        }
        stuck = below;
    }
    for (const QString &point : mountPoints()) {
        if (point.startsWith(m_path + QLatin1Char('/'))) {
            qWarning("LaunchRoot: could not unmount %s; leaving %s in place", qPrintable(point),
                qPrintable(m_path));
            return;
        }
    }
    removeCgroups();
    QDir(m_path).removeRecursively();
    const QStringList entries
        = QDir(RootSnapDir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        if (!m_rootSnapEntries.contains(entry))
            QDir(RootSnapDir + QLatin1Char('/') + entry).removeRecursively();
    }
    if (!m_hadRootSnapDir)
        QDir().rmdir(RootSnapDir);
    if (m_hadPreviousRoot)
        qputenv("CORRAL_ROOT", m_previousRoot);
    else
        qunsetenv("CORRAL_ROOT");
}

QString LaunchRoot::launcher() const
{
    return m_path + QStringLiteral(CORRAL_LAUNCH_INSTALL_PATH);
}

QString LaunchRoot::cgroupGroup() const
{
    const std::string relative = corral::launch::cgroupPath(m_path.toStdString(), "x");
    return QString::fromStdString(relative.substr(0, relative.find('/')));
}

void LaunchRoot::removeCgroups() const
{
    for (const QString &hierarchy : cgroupHierarchies()) {
        const QString group = hierarchy + QLatin1Char('/') + cgroupGroup();
        if (!QFileInfo(group).isDir())
            continue;
        // A cgroup whose last process just exited can be busy for a moment.
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 5000) {
            const QStringList children = QDir(group).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
            for (const QString &child : children)
                ::rmdir((group + QLatin1Char('/') + child).toUtf8().constData());
            if (::rmdir(group.toUtf8().constData()) == 0 || errno == ENOENT)
                break;
            QThread::msleep(50);
        }
    }
}

bool LaunchRoot::install(const QString &snapName, const InstallOptions &options)
{
    RootScope scope(m_path);
    SnapManager manager;
    const Outcome outcome = manager.install(exampleSnap(snapName), options);
    if (!outcome.ok) {
        m_error = outcome.error;
        return false;
    }
    return regenerate();
}

bool LaunchRoot::regenerate()
{
    RootScope scope(m_path);
    InterfaceManager manager;
    GenerateOptions options;
    options.checkApparmor = false;
    const Outcome outcome = manager.regenerateAll(options);
    if (!outcome.ok)
        m_error = outcome.error;
    return outcome.ok;
}

bool LaunchRoot::connect(const QString &plug, const QString &slot)
{
    RootScope scope(m_path);
    QString error;
    const std::optional<PlugRef> plugRef = parsePlugRef(plug, &error);
    const std::optional<SlotRef> slotRef = parseSlotRef(slot, &error);
    if (!plugRef || !slotRef) {
        m_error = error;
        return false;
    }
    InterfaceManager manager;
    const Outcome outcome = manager.connect(*plugRef, *slotRef);
    if (!outcome.ok)
        m_error = outcome.error;
    return outcome.ok;
}

void LaunchRoot::discardNamespace(const QString &snap) const
{
    const QByteArray file = filePath(QStringLiteral("/run/corral/ns/%1.mnt").arg(snap)).toUtf8();
    while (::umount2(file.constData(), MNT_DETACH) == 0) { }
    QFile::remove(filePath(QStringLiteral("/run/corral/ns/%1.info").arg(snap)));
}

bool LaunchRoot::hasPreservedNamespace(const QString &snap) const
{
    return isMountPoint(filePath(QStringLiteral("/run/corral/ns/%1.mnt").arg(snap)));
}

QStringList LaunchRoot::leftovers() const
{
    QStringList state;
    for (const QString &point : mountPoints()) {
        if (point.startsWith(m_path + QLatin1Char('/')) || point == QLatin1String("/media"))
            state << QLatin1String("mount ") + point;
    }
    for (const QString &entry : listRecursively(filePath(QStringLiteral("/run/corral/ns"))))
        state << QLatin1String("file ") + entry;
    for (const QString &entry : listRecursively(filePath(QStringLiteral("/tmp/snap-private-tmp"))))
        state << QLatin1String("file ") + entry;
    for (const QString &hierarchy : cgroupHierarchies()) {
        const QString group = hierarchy + QLatin1Char('/') + cgroupGroup();
        for (const QString &child : QDir(group).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            state << QLatin1String("cgroup ") + group + QLatin1Char('/') + child;
    }
    state.sort();
    return state;
}

TestUser::TestUser()
{
    m_name
        = QStringLiteral("corraltest%1").arg(QRandomGenerator::global()->bounded(100000, 999999));
    m_home = QStringLiteral("/home/") + m_name;
    if (run(QStringLiteral("useradd"),
            { QStringLiteral("--create-home"), QStringLiteral("--home-dir"), m_home,
                QStringLiteral("--shell"), QStringLiteral("/bin/sh"), m_name })
        != 0)
        return;
    QString out;
    run(QStringLiteral("id"), { QStringLiteral("-u"), m_name }, &out);
    m_uid = out.trimmed().toUInt();
    run(QStringLiteral("id"), { QStringLiteral("-g"), m_name }, &out);
    m_gid = out.trimmed().toUInt();
}

TestUser::~TestUser()
{
    if (m_uid != 0)
        run(QStringLiteral("userdel"), { QStringLiteral("--remove"), m_name });
}

bool TestUser::writeFile(const QString &relative, const QByteArray &content, int mode) const
{
    const QString path = m_home + QLatin1Char('/') + relative;
    for (QString dir = QFileInfo(path).path(); dir.startsWith(m_home + QLatin1Char('/'));
         dir = QFileInfo(dir).path()) {
        QDir().mkpath(dir);
        ::chown(dir.toUtf8().constData(), m_uid, m_gid);
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(content) != content.size())
        return false;
    file.close();
    return ::chown(path.toUtf8().constData(), m_uid, m_gid) == 0
        && ::chmod(path.toUtf8().constData(), mode_t(mode)) == 0;
}

QStringList LaunchResult::outLines() const
{
    return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

LaunchResult launch(
    const LaunchRoot &root, const QStringList &arguments, const LaunchOptions &options)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/sbin:/usr/bin:/sbin:/bin"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("CORRAL_ROOT"), root.path());
    if (options.user) {
        environment.insert(QStringLiteral("HOME"), options.user->home());
        environment.insert(QStringLiteral("USER"), options.user->name());
        environment.insert(QStringLiteral("LOGNAME"), options.user->name());
    } else {
        environment.insert(QStringLiteral("HOME"), QStringLiteral("/root"));
    }
    for (const QString &entry : options.environment) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        environment.insert(entry.left(equals), entry.mid(equals + 1));
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(options.workingDirectory);
    const QString program = options.program.isEmpty() ? root.launcher() : options.program;
    if (options.user) {
        QStringList setpriv { QStringLiteral("--reuid=%1").arg(options.user->uid()),
            QStringLiteral("--regid=%1").arg(options.user->gid()), QStringLiteral("--init-groups"),
            QStringLiteral("--"), program };
        process.start(QStringLiteral("setpriv"), setpriv + arguments);
    } else {
        process.start(program, arguments);
    }
    LaunchResult result;
    if (!process.waitForStarted(10000)) {
        result.err = QStringLiteral("cannot start %1").arg(program);
        return result;
    }
    result.pid = process.processId();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("%1 did not finish").arg(program);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

bool seccompLogged(qint64 pid, int syscall)
{
    const QString pidField = QStringLiteral(" pid=%1 ").arg(pid);
    const QString syscallField = QStringLiteral(" syscall=%1 ").arg(syscall);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 3000) {
        QString log;
        run(QStringLiteral("dmesg"), {}, &log);
        for (const QString &line : log.split(QLatin1Char('\n'))) {
            if (line.contains(QLatin1String("type=1326")) && line.contains(pidField)
                && line.contains(syscallField))
                return true;
        }
        QThread::msleep(100);
    }
    return false;
}

} // namespace corral::test
