#include "interfaces/atomicfile.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace corral {
namespace {

QString errnoString(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

bool writeAll(int fd, const QByteArray &data)
{
    const char *p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        p += n;
        left -= n;
    }
    return true;
}

// fsync of a directory, which makes the names in it durable. Returns 0 or an errno.
int syncDirectory(const QByteArray &dir)
{
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const int result = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    return result;
}

} // namespace

bool writeFileAtomically(
    const QString &path, const QByteArray &data, QString *error, int mode, Durability durability)
{
    const bool sync = durability == Durability::Synced;
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, why);
        return false;
    };

    const QFileInfo info(path);
    const QByteArray dir = QFile::encodeName(info.absolutePath());
    // A name no other writer picks (mkostemp opens it O_EXCL), hidden and in the same
    // directory so the rename below stays on one file system and is atomic.
    QByteArray temp = dir + "/." + QFile::encodeName(info.fileName()) + ".XXXXXX";
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd < 0)
        return fail(errnoString(errno));

    const auto failAndClean = [&](const QString &why) {
        const int saved = errno;
        ::close(fd);
        ::unlink(temp.constData());
        errno = saved;
        return fail(why);
    };
    // mkostemp makes the file 0600; set the mode asked for exactly, whatever the umask.
    if (::fchmod(fd, mode_t(mode)) < 0)
        return failAndClean(errnoString(errno));
    if (!writeAll(fd, data))
        return failAndClean(errnoString(errno));
    // The data must be on disk before the rename makes it visible, or a crash could
    // leave an empty file under the real name.
    if (sync && ::fsync(fd) < 0)
        return failAndClean(errnoString(errno));
    if (::close(fd) < 0) {
        const int saved = errno;
        ::unlink(temp.constData());
        return fail(errnoString(saved));
    }
    if (::rename(temp.constData(), QFile::encodeName(path).constData()) < 0) {
        const int saved = errno;
        ::unlink(temp.constData());
        return fail(errnoString(saved));
    }
    if (!sync)
        return true;
    // The rename itself is durable only once the directory is synced. The new content is
    // in place already, so a failure here is reported but there is nothing to undo.
    if (const int failed = syncDirectory(dir))
        return fail(
            QStringLiteral("its directory could not be synced: %1").arg(errnoString(failed)));
    return true;
}

bool syncFileSystem(const QString &path, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::syncfs(fd) < 0) {
        const int saved = errno;
        if (fd >= 0)
            ::close(fd);
        if (error)
            *error = QStringLiteral("cannot sync %1: %2").arg(path, errnoString(saved));
        return false;
    }
    ::close(fd);
    return true;
}

bool syncFileSystems(const QStringList &paths, QString *error)
{
    QList<dev_t> synced;
    for (const QString &path : paths) {
        struct stat st;
        if (::stat(QFile::encodeName(path).constData(), &st) == 0 && synced.contains(st.st_dev))
            continue;
        if (!syncFileSystem(path, error))
            return false;
        synced << st.st_dev;
    }
    return true;
}

bool createMarkerFile(const QString &path, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        if (error)
            *error = QStringLiteral("cannot create %1: %2").arg(path, errnoString(errno));
        return false;
    }
    ::close(fd);
    const QString dir = QFileInfo(path).path();
    if (const int failed = syncDirectory(QFile::encodeName(dir))) {
        if (error)
            *error = QStringLiteral("cannot sync %1: %2").arg(dir, errnoString(failed));
        return false;
    }
    return true;
}

} // namespace corral
