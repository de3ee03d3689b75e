#include "helper/denialmonitor.h"

#include <QDir>
#include <QFile>
#include <QSocketNotifier>

#include <optional>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/netlink.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

namespace corral {
namespace {

constexpr int maxSeen = 8192; // serials remembered, far more than both sources lag apart
constexpr int maxPids = 4096;
constexpr int flushDelayMs = 100;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

// Asks the kernel whether audit is enabled and enables it when it is off (not when it is
// locked, enabled == 2). Returns an error text, or empty.
QString ensureAuditEnabled()
{
    const int fd = ::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_AUDIT);
    if (fd < 0)
        return QStringLiteral("cannot open the audit netlink socket: %1").arg(errnoText(errno));
    const timeval timeout { 1, 0 };
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    sockaddr_nl kernel {};
    kernel.nl_family = AF_NETLINK;

    auto request = [&](int type, const audit_status *status) -> bool {
        struct
        {
            nlmsghdr header;
            audit_status status;
        } message {};
        message.header.nlmsg_len = NLMSG_LENGTH(status ? sizeof(audit_status) : 0);
        message.header.nlmsg_type = std::uint16_t(type);
        message.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
        message.header.nlmsg_seq = 1;
        if (status)
            message.status = *status;
        return ::sendto(fd, &message, message.header.nlmsg_len, 0,
                   reinterpret_cast<const sockaddr *>(&kernel), sizeof kernel)
            >= 0;
    };

    QString error;
    if (!request(AUDIT_GET, nullptr)) {
        error = QStringLiteral("cannot ask whether audit is enabled: %1").arg(errnoText(errno));
    } else {
        // The answer: an acknowledgement, then the status.
        std::optional<audit_status> status;
        alignas(nlmsghdr) char buffer[8192];
        for (int i = 0; i < 4 && !status && error.isEmpty(); ++i) {
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
            if (n < 0) {
                error = QStringLiteral("no answer from audit: %1").arg(errnoText(errno));
                break;
            }
            int left = int(n);
            for (auto *header = reinterpret_cast<nlmsghdr *>(buffer); NLMSG_OK(header, left);
                 header = NLMSG_NEXT(header, left)) {
                if (header->nlmsg_type == NLMSG_ERROR) {
                    const auto *answer = static_cast<const nlmsgerr *>(NLMSG_DATA(header));
                    if (answer->error != 0)
                        error = QStringLiteral("cannot ask whether audit is enabled: %1")
                                    .arg(errnoText(-answer->error));
                } else if (header->nlmsg_type == AUDIT_GET
                    && header->nlmsg_len >= NLMSG_LENGTH(sizeof(audit_status))) {
                    audit_status answer {};
                    std::memcpy(&answer, NLMSG_DATA(header), sizeof answer);
                    status = answer;
                }
            }
        }
        if (status && status->enabled == 0) {
            audit_status change {};
            change.mask = AUDIT_STATUS_ENABLED;
            change.enabled = 1;
            if (!request(AUDIT_SET, &change))
                error = QStringLiteral("cannot enable audit: %1").arg(errnoText(errno));
            else
                qInfo("enabled audit, so that Landlock reports denials");
        }
    }
    ::close(fd);
    return error;
}

} // namespace

QString appCgroupGroup(const QString &root)
{
    // As the launcher's cgroupPath() (launcher/cgroup.cpp) names it.
    if (root == QLatin1String("/"))
        return QStringLiteral("corral");
    std::uint32_t hash = 2166136261u; // FNV-1a of the root's bytes
    for (const char c : root.toUtf8()) {
        hash ^= std::uint8_t(c);
        hash *= 16777619u;
    }
    return QStringLiteral("corral-%1").arg(hash, 8, 16, QLatin1Char('0'));
}

QString tagOfProcess(qint64 pid, const QString &group)
{
    if (pid <= 0)
        return QString();
    QFile file(QStringLiteral("/proc/%1/cgroup").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    // "N:controllers:/path" lines; the app's cgroup is /…/<group>/<tag> in each hierarchy
    // the launcher used.
    const QByteArray marker = '/' + group.toUtf8() + '/';
    const QByteArray content = file.read(64 * 1024);
    for (const QByteArray &line : content.split('\n')) {
        const qsizetype at = line.indexOf(marker);
        if (at < 0)
            continue;
        const QByteArray rest = line.mid(at + marker.size());
        const QByteArray tag = rest.left(rest.indexOf('/') < 0 ? rest.size() : rest.indexOf('/'));
        if (tag.startsWith("snap.") && tag.size() < 256)
            return QString::fromUtf8(tag);
    }
    return QString();
}

DenialMonitor::DenialMonitor(QObject *parent)
    : QObject(parent)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(flushDelayMs);
    connect(&m_flush, &QTimer::timeout, this, [this] {
        m_kmsgParser.flush();
        m_auditParser.flush();
        deliver();
    });
}

DenialMonitor::~DenialMonitor()
{
    if (m_kmsg >= 0)
        ::close(m_kmsg);
    if (m_audit >= 0)
        ::close(m_audit);
}

QStringList DenialMonitor::start(const QString &root, const QString &namespaceDir)
{
    QStringList problems;
    m_cgroupGroup = appCgroupGroup(root);
    m_namespaceDir = namespaceDir;
    const QString audit = ensureAuditEnabled();
    if (!audit.isEmpty())
        problems << audit;

    m_audit = ::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC | SOCK_NONBLOCK, NETLINK_AUDIT);
    if (m_audit < 0) {
        problems
            << QStringLiteral("cannot open the audit netlink socket: %1").arg(errnoText(errno));
    } else {
        sockaddr_nl address {};
        address.nl_family = AF_NETLINK;
        address.nl_groups = AUDIT_NLGRP_READLOG;
        if (::bind(m_audit, reinterpret_cast<const sockaddr *>(&address), sizeof address) < 0) {
            problems << QStringLiteral("cannot join the audit log group: %1").arg(errnoText(errno));
            ::close(m_audit);
            m_audit = -1;
        } else {
            const int size = 4 << 20; // room for a burst while the helper is busy
            ::setsockopt(m_audit, SOL_SOCKET, SO_RCVBUFFORCE, &size, sizeof size);
            m_auditNotifier = new QSocketNotifier(m_audit, QSocketNotifier::Read, this);
            connect(m_auditNotifier, &QSocketNotifier::activated, this, &DenialMonitor::readAudit);
        }
    }

    m_kmsg = ::open("/dev/kmsg", O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (m_kmsg < 0) {
        problems << QStringLiteral("cannot read /dev/kmsg: %1").arg(errnoText(errno));
    } else {
        m_kmsgNotifier = new QSocketNotifier(m_kmsg, QSocketNotifier::Read, this);
        connect(m_kmsgNotifier, &QSocketNotifier::activated, this, &DenialMonitor::readKmsg);
        readKmsg(); // what the log still holds
    }
    return problems;
}

void DenialMonitor::poll()
{
    readAudit();
    readKmsg();
    m_kmsgParser.flush();
    m_auditParser.flush();
    deliver();
}

void DenialMonitor::readKmsg()
{
    if (m_kmsg < 0)
        return;
    // One record per read; a record longer than the buffer fails with EINVAL.
    static char buffer[DenialParser::MaxRecordLength];
    bool any = false;
    for (int i = 0; i < 100000; ++i) {
        const ssize_t n = ::read(m_kmsg, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EPIPE || errno == EINVAL)
                continue; // overwritten before we read it, or too long: the next one
            if (errno == EINTR)
                continue;
            break; // EAGAIN: nothing more
        }
        if (n == 0)
            break;
        const QByteArrayView record(buffer, n);
        if (!record.contains("audit"))
            continue;
        notePids(record);
        m_kmsgParser.addKernelLogRecord(record);
        any = true;
    }
    if (any) {
        deliver();
        m_flush.start();
    }
}

void DenialMonitor::readAudit()
{
    if (m_audit < 0)
        return;
    // One datagram holds one record; the kernel keeps them below 9 KiB.
    alignas(nlmsghdr) static char buffer[64 * 1024];
    bool any = false;
    for (int i = 0; i < 100000; ++i) {
        sockaddr_nl sender {};
        socklen_t senderLength = sizeof sender;
        const ssize_t n = ::recvfrom(m_audit, buffer, sizeof buffer, MSG_DONTWAIT,
            reinterpret_cast<sockaddr *>(&sender), &senderLength);
        if (n < 0) {
            if (errno == EINTR || errno == ENOBUFS)
                continue; // ENOBUFS: records were lost; the log may still have them
            break;
        }
        if (sender.nl_pid != 0)
            continue; // only the kernel's records count

        int left = int(n);
        for (auto *header = reinterpret_cast<nlmsghdr *>(buffer); NLMSG_OK(header, left);
             header = NLMSG_NEXT(header, left)) {
            const QByteArrayView payload(
                static_cast<const char *>(NLMSG_DATA(header)), header->nlmsg_len - NLMSG_HDRLEN);
            notePids(payload);
            m_auditParser.addAuditMessage(header->nlmsg_type, payload);
            any = true;
        }
    }
    if (any) {
        deliver();
        m_flush.start();
    }
}

void DenialMonitor::notePids(QByteArrayView record)
{
    // Ask the process for its cgroup while it still runs: the record may complete an
    // event only later.
    qsizetype from = 0;
    while (true) {
        const qsizetype at = record.indexOf(QByteArrayView(" pid="), from);
        if (at < 0)
            return;
        from = at + 5;
        qint64 pid = 0;
        qsizetype i = from;
        while (i < record.size() && i < from + 10 && record[i] >= '0' && record[i] <= '9')
            pid = pid * 10 + (record[i++] - '0');
        if (pid <= 0 || m_processes.contains(pid))
            continue;
        // Only this root's apps are remembered: a pid named before its process entered
        // the sandbox (the launcher's own records) must not count against it later.
        const std::optional<Process> process = askProcess(pid);
        if (!process || !process->ours)
            continue;
        m_processes.insert(pid, *process);
        m_pidOrder.enqueue(pid);
        while (m_pidOrder.size() > maxPids)
            m_processes.remove(m_pidOrder.dequeue());
    }
}

std::optional<DenialMonitor::Process> DenialMonitor::askProcess(qint64 pid)
{
    struct stat ns
    {
    };
    if (::stat(QByteArray("/proc/" + QByteArray::number(pid) + "/ns/mnt").constData(), &ns) != 0)
        return std::nullopt;
    const QPair<quint64, quint64> id(ns.st_dev, ns.st_ino);
    if (!m_namespaces.contains(id)) {
        // A snap launched for the first time since we last looked.
        m_namespaces.clear();
        const QDir dir(m_namespaceDir);
        for (const QString &name : dir.entryList({ QStringLiteral("*.mnt") }, QDir::Files)) {
            struct stat preserved
            {
            };
            if (::stat(QFile::encodeName(dir.filePath(name)).constData(), &preserved) == 0)
                m_namespaces.insert({ preserved.st_dev, preserved.st_ino });
        }
    }
    Process process;
    process.ours = m_namespaces.contains(id);
    if (process.ours)
        process.tag = tagOfProcess(pid, m_cgroupGroup);
    return process;
}

bool DenialMonitor::firstTime(const Denial &denial)
{
    if (denial.serial == 0)
        return true;
    // One event may hold several denials (AppArmor's ptrace read and readby); the same
    // denial read from both sources has the same serial and says the same about what was
    // refused, even when the log lost the records saying who.
    const QString seen = QString::number(denial.serial) + QLatin1Char('\x1f')
        + toString(denial.kind) + QLatin1Char('\x1f') + denial.operation + QLatin1Char('\x1f')
        + denial.object + QLatin1Char('\x1f') + denial.denied;
    if (m_seen.contains(seen))
        return false;
    m_seen.insert(seen);
    m_seenOrder.enqueue(seen);
    while (m_seenOrder.size() > maxSeen)
        m_seen.remove(m_seenOrder.dequeue());
    return true;
}

void DenialMonitor::deliver()
{
    QList<Denial> denials = m_auditParser.takeDenials();
    denials += m_kmsgParser.takeDenials();
    for (Denial &denial : denials) {
        if (!firstTime(denial))
            continue;
        std::optional<Process> process = m_processes.value(denial.pid);
        if (!m_processes.contains(denial.pid) && denial.pid > 0)
            process = askProcess(denial.pid); // nullopt: gone, told by its executable
        if (process && !process->ours)
            continue; // another root's app, or no app at all
        if (process && denial.tag.isEmpty())
            denial.tag = process->tag;

        Q_EMIT denied(denial);
    }
}

} // namespace corral
