#include "interfaces/mounts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/loop.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace corral {
namespace {

QString errnoString(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

// A file descriptor closed when it goes out of scope.
class Fd
{
public:
    explicit Fd(int fd = -1)
        : m_fd(fd)
    { }
    ~Fd() { reset(); }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }
    // Gives the descriptor to the caller, who closes it.
    int release() { return std::exchange(m_fd, -1); }
    void reset(int fd = -1)
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = fd;
    }

private:
    int m_fd;
};

quint16 le16(const unsigned char *p)
{
    return quint16(p[0] | (p[1] << 8));
}

quint32 le32(const unsigned char *p)
{
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}

quint64 le64(const unsigned char *p)
{
    return quint64(le32(p)) | (quint64(le32(p + 4)) << 32);
}

// mountinfo escapes space, tab, newline and backslash as \ooo.
QByteArray decodeMountInfoField(const QByteArray &field)
{
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size() && field[i + 1] >= '0' && field[i + 1] <= '7'
            && field[i + 2] >= '0' && field[i + 2] <= '7' && field[i + 3] >= '0'
            && field[i + 3] <= '7') {
            out.append(char(
                ((field[i + 1] - '0') << 6) | ((field[i + 2] - '0') << 3) | (field[i + 3] - '0')));
            i += 3;
        } else {
            out.append(field[i]);
        }
    }
    return out;
}

// The mount points in /proc/self/mountinfo, in mount order.
QStringList mountPoints()
{
    QStringList points;
    QFile file(QStringLiteral("/proc/self/mountinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return points;
    // readAll on a proc file reads until EOF, so the table is consistent.
    const QByteArray all = file.readAll();
    for (const QByteArray &line : all.split('\n')) {
        // "36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw"
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 5)
            continue;
        points.append(QFile::decodeName(decodeMountInfoField(fields.at(4))));
    }
    return points;
}

// The absolute, clean form of `path` with its parent's symlinks resolved as the kernel
// reports mount points, but the last component kept as it is (a symlink to a mount
// point is not itself one).
QString mountInfoForm(const QString &path)
{
    const QFileInfo info(QDir::cleanPath(QDir(path).absolutePath()));
    const QString parent = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (parent.isEmpty())
        return info.absoluteFilePath();
    if (info.fileName().isEmpty())
        return parent;
    return QDir::cleanPath(parent + QLatin1Char('/') + info.fileName());
}

// Claims a free loop device and attaches `imageFd` to it, read-only and autoclear.
// Returns the open loop device and its path in *device, or -1 with *error set.
int attachLoopDevice(int imageFd, const QString &image, QByteArray *device, QString *error)
{
    Fd control(::open("/dev/loop-control", O_RDWR | O_CLOEXEC));
    if (control.get() < 0) {
        *error = QStringLiteral("cannot open /dev/loop-control: %1").arg(errnoString(errno));
        return -1;
    }
    const QByteArray imageName = QFile::encodeName(image);
    // Between LOOP_CTL_GET_FREE and attaching, another process may take the same device
    // (it then answers EBUSY); ask for another free one a bounded number of times.
    constexpr int Attempts = 32;
    int lastErrno = EBUSY;
    for (int attempt = 0; attempt < Attempts; ++attempt) {
        const int number = ::ioctl(control.get(), LOOP_CTL_GET_FREE);
        if (number < 0) {
            *error = QStringLiteral("cannot find a free loop device: %1").arg(errnoString(errno));
            return -1;
        }
        *device = "/dev/loop" + QByteArray::number(number);
        // Opened read-only: the device can then never be written through this descriptor.
        Fd loop(::open(device->constData(), O_RDONLY | O_CLOEXEC));
        if (loop.get() < 0) {
            lastErrno = errno;
            if (errno == ENOENT) // udev or devtmpfs not quick enough yet
                continue;
            *error = QStringLiteral("cannot open %1: %2")
                         .arg(QString::fromLatin1(*device), errnoString(errno));
            return -1;
        }

#ifdef LOOP_CONFIGURE
        loop_config config;
        std::memset(&config, 0, sizeof config);
        config.fd = quint32(imageFd);
        config.info.lo_flags = LO_FLAGS_READ_ONLY | LO_FLAGS_AUTOCLEAR;
        std::strncpy(reinterpret_cast<char *>(config.info.lo_file_name), imageName.constData(),
            LO_NAME_SIZE - 1);
        if (::ioctl(loop.get(), LOOP_CONFIGURE, &config) == 0)
            return loop.release();
        lastErrno = errno;
        if (errno == EBUSY)
            continue; // taken by someone else meanwhile
        if (errno != EINVAL && errno != ENOTTY) {
            *error = QStringLiteral("cannot attach %1 to %2: %3")
                         .arg(image, QString::fromLatin1(*device), errnoString(errno));
            return -1;
        }
#endif

        // Kernels before 5.8 have no LOOP_CONFIGURE: attach, then set the flags. The
        // device is read-only because both descriptors are.
        if (::ioctl(loop.get(), LOOP_SET_FD, imageFd) < 0) {
            lastErrno = errno;
            if (errno == EBUSY)
                continue;
            *error = QStringLiteral("cannot attach %1 to %2: %3")
                         .arg(image, QString::fromLatin1(*device), errnoString(errno));
            return -1;
        }
        loop_info64 info;
        std::memset(&info, 0, sizeof info);
        info.lo_flags = LO_FLAGS_AUTOCLEAR;
        std::strncpy(
            reinterpret_cast<char *>(info.lo_file_name), imageName.constData(), LO_NAME_SIZE - 1);
        if (::ioctl(loop.get(), LOOP_SET_STATUS64, &info) < 0) {
            const int saved = errno;
            ::ioctl(loop.get(), LOOP_CLR_FD, 0);
            *error = QStringLiteral("cannot configure %1: %2")
                         .arg(QString::fromLatin1(*device), errnoString(saved));
            return -1;
        }
        return loop.release();
    }
    *error = QStringLiteral("cannot attach %1 to a loop device: %2")
                 .arg(image, errnoString(lastErrno));
    return -1;
}

} // namespace

QString checkSquashfsImage(const QString &path)
{
    Fd fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0)
        return QStringLiteral("%1 cannot be read: %2").arg(path, errnoString(errno));
    struct stat st;
    if (::fstat(fd.get(), &st) < 0)
        return QStringLiteral("%1 cannot be read: %2").arg(path, errnoString(errno));
    if (S_ISDIR(st.st_mode))
        return QStringLiteral("%1 is a directory, not a squashfs image").arg(path);
    if (!S_ISREG(st.st_mode))
        return QStringLiteral("%1 is not a regular file").arg(path);
    if (st.st_size == 0)
        return QStringLiteral("%1 is not a squashfs image: it is empty").arg(path);

    // The squashfs 4.0 superblock: 96 little-endian bytes at the start of the image.
    constexpr int SuperblockSize = 96;
    unsigned char sb[SuperblockSize];
    ssize_t got = 0;
    while (got < SuperblockSize) {
        const ssize_t n = ::pread(fd.get(), sb + got, size_t(SuperblockSize - got), got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return QStringLiteral("%1 cannot be read: %2").arg(path, errnoString(errno));
        if (n == 0)
            break;
        got += n;
    }
    if (got < 4 || std::memcmp(sb, "hsqs", 4) != 0)
        return QStringLiteral("%1 is not a squashfs image").arg(path);
    if (got < SuperblockSize) {
        return QStringLiteral("%1 is truncated: it ends within the squashfs superblock (%2 bytes)")
            .arg(path)
            .arg(got);
    }
    const quint16 major = le16(sb + 28);
    const quint16 minor = le16(sb + 30);
    if (major != 4) {
        return QStringLiteral("%1 is a squashfs %2.%3 image; only version 4 is supported")
            .arg(path)
            .arg(major)
            .arg(minor);
    }
    const quint32 blockSize = le32(sb + 12);
    const quint16 blockLog = le16(sb + 22);
    if (blockLog < 12 || blockLog > 20 || blockSize != (quint32(1) << blockLog))
        return QStringLiteral("%1 is corrupted: its block size is invalid").arg(path);
    const quint64 bytesUsed = le64(sb + 40);
    if (bytesUsed < quint64(SuperblockSize))
        return QStringLiteral("%1 is corrupted: its size in the superblock is invalid").arg(path);
    if (bytesUsed > quint64(st.st_size)) {
        return QStringLiteral(
            "%1 is truncated: it has %2 bytes of the %3 its superblock says it uses")
            .arg(path)
            .arg(qint64(st.st_size))
            .arg(bytesUsed);
    }
    return QString();
}

bool mountSquashfs(const QString &image, const QString &target, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("cannot mount %1 at %2: %3").arg(image, target, why);
        return false;
    };
    Fd imageFd(::open(QFile::encodeName(image).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY));
    if (imageFd.get() < 0)
        return fail(errnoString(errno));
    QString why;
    QByteArray device;
    Fd loop(attachLoopDevice(imageFd.get(), image, &device, &why));
    if (loop.get() < 0)
        return fail(why);
    if (::mount(device.constData(), QFile::encodeName(target).constData(), "squashfs",
            MS_RDONLY | MS_NODEV | MS_NOSUID, nullptr)
        < 0) {
        const int saved = errno;
        // Detach now rather than rely on autoclear at close, so a failed mount leaves
        // no loop device behind even for a moment longer than needed.
        ::ioctl(loop.get(), LOOP_CLR_FD, 0);
        return fail(errnoString(saved));
    }
    // `loop` closes here: from now on only the mount holds the device, and autoclear
    // detaches it when the mount goes away.
    return true;
}

bool bindMountReadOnly(const QString &source, const QString &target, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("cannot bind-mount %1 at %2: %3").arg(source, target, why);
        return false;
    };
    const QByteArray src = QFile::encodeName(source);
    const QByteArray dst = QFile::encodeName(target);
    if (::mount(src.constData(), dst.constData(), nullptr, MS_BIND, nullptr) < 0)
        return fail(errnoString(errno));
    // A bind mount takes the flags of its source; read-only needs a second, remounting step.
    if (::mount(nullptr, dst.constData(), nullptr,
            MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NODEV | MS_NOSUID, nullptr)
        < 0) {
        const int saved = errno;
        ::umount2(dst.constData(), MNT_DETACH | UMOUNT_NOFOLLOW);
        return fail(errnoString(saved));
    }
    return true;
}

bool unmountIfMounted(const QString &target, QString *error)
{
    const QByteArray path = QFile::encodeName(target);
    // Something may have been mounted over it more than once; take them all off.
    for (int i = 0; i < 16 && isMountPoint(target); ++i) {
        if (::umount2(path.constData(), UMOUNT_NOFOLLOW) == 0)
            continue;
        // Busy (a process runs from the snap): detach it from the tree now; the kernel
        // frees it, and the loop device, once the last user is gone.
        if (errno == EBUSY && ::umount2(path.constData(), UMOUNT_NOFOLLOW | MNT_DETACH) == 0)
            continue;
        if (error)
            *error = QStringLiteral("cannot unmount %1: %2").arg(target, errnoString(errno));
        return false;
    }
    if (isMountPoint(target)) {
        if (error)
            *error = QStringLiteral("cannot unmount %1: still mounted").arg(target);
        return false;
    }
    return true;
}

bool isMountPoint(const QString &path)
{
    return mountPoints().contains(mountInfoForm(path));
}

QStringList mountPointsUnder(const QString &path)
{
    const QString top = mountInfoForm(path);
    const QString prefix = top.endsWith(QLatin1Char('/')) ? top : top + QLatin1Char('/');
    QStringList found;
    for (const QString &point : mountPoints()) {
        if ((point == top || point.startsWith(prefix)) && !found.contains(point))
            found.append(point);
    }
    return found;
}

} // namespace corral
