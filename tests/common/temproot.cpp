#include "tests/common/temproot.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <sys/mount.h>

namespace corral::test {
namespace {

QString decodeMountinfoField(const QByteArray &field)
{
    // mountinfo escapes space, tab, newline and backslash as \ooo.
    QByteArray decoded;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int value = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                decoded.append(char(value));
                i += 3;
                continue;
            }
        }
        decoded.append(field[i]);
    }
    return QString::fromUtf8(decoded);
}

} // namespace

QStringList mountPoints()
{
    QFile file(QStringLiteral("/proc/self/mountinfo"));
    QStringList points;
    if (!file.open(QIODevice::ReadOnly))
        return points;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() > 4)
            points << decodeMountinfoField(fields[4]);
    }
    return points;
}

QStringList attachedLoopDevices()
{
    QStringList devices;
    const QDir block(QStringLiteral("/sys/block"));
    for (const QString &name : block.entryList({ QStringLiteral("loop*") }, QDir::Dirs)) {
        QFile backing(block.filePath(name + QLatin1String("/loop/backing_file")));
        if (backing.open(QIODevice::ReadOnly))
            devices << name + QLatin1Char(':') + QString::fromUtf8(backing.readAll().trimmed());
    }
    devices.sort();
    return devices;
}

TempRoot::TempRoot()
    : m_previousRoot(qgetenv("CORRAL_ROOT"))
    , m_hadPreviousRoot(qEnvironmentVariableIsSet("CORRAL_ROOT"))
{
    if (m_dir.isValid())
        qputenv("CORRAL_ROOT", m_dir.path().toUtf8());
}

TempRoot::~TempRoot()
{
    const QStringList stuck = unmountAll();
    if (!stuck.isEmpty()) {
        // Never delete through a mount point we failed to detach: that would delete
        // the contents of whatever is mounted there.
        qWarning("TempRoot: could not unmount %s; leaving %s in place",
            qPrintable(stuck.join(QLatin1String(", "))), qPrintable(path()));
        m_dir.setAutoRemove(false);
    }
    if (m_hadPreviousRoot)
        qputenv("CORRAL_ROOT", m_previousRoot);
    else
        qunsetenv("CORRAL_ROOT");
}

QStringList TempRoot::mounts() const
{
    const QString root = QDir(path()).canonicalPath();
    QStringList below;
    for (const QString &point : mountPoints()) {
        if (point == root || point.startsWith(root + QLatin1Char('/')))
            below << point;
    }
    // Deepest first, and later mounts before earlier ones at the same place.
    std::reverse(below.begin(), below.end());
    std::stable_sort(below.begin(), below.end(), [](const QString &a, const QString &b) {
        return a.count(QLatin1Char('/')) > b.count(QLatin1Char('/'));
    });
    return below;
}

QStringList TempRoot::unmountAll() const
{
    if (!isValid())
        return {};
    // Stacked mounts at one place need one umount each; bound the passes.
    for (int pass = 0; pass < 16; ++pass) {
        const QStringList points = mounts();
        if (points.isEmpty())
            return {};
        for (const QString &point : points) {
            const QByteArray native = QFile::encodeName(point);
            if (umount2(native.constData(), 0) != 0)
                umount2(native.constData(), MNT_DETACH);
        }
    }
    return mounts();
}

} // namespace corral::test
