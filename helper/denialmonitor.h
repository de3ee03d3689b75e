// Watching the kernel for denials: its log (/dev/kmsg, where audit records go when no
// audit daemon runs; read from the oldest record it still holds, so a helper started
// after a denial still sees it) and the audit netlink socket's read-only log group (every
// record, whether or not an audit daemon runs, and not rate-limited as the log is). The
// same denial read both ways counts once, by its audit serial and what was refused.
//
// Landlock reports denials only while audit is enabled; the monitor enables it (without
// rules, so the kernel records no system calls of its own accord) when it is off and not
// locked.
//
// A record names the security tag only when AppArmor is enabled (profile=, subj=).
// Otherwise the monitor asks the process as soon as a record names its pid: an app of this
// root runs in the mount namespace the launcher keeps for its snap (<run>/ns/<snap>.mnt),
// and, confined, in the cgroup corral/<tag> (corral-<hash of the root>/<tag> for a test
// root). Denials of processes that run elsewhere are not this root's and are dropped. A
// process that is already gone is told by its executable (/snap/NAME/REVISION/…) at least
// by snap (see Manager::recordDenial).
#pragma once

#include "interfaces/denial.h"

#include <QHash>
#include <QObject>
#include <QQueue>
#include <QSet>
#include <QTimer>

#include <optional>

class QSocketNotifier;

namespace corral {

class DenialMonitor : public QObject
{
    Q_OBJECT
public:
    explicit DenialMonitor(QObject *parent = nullptr);
    ~DenialMonitor() override;

    // Opens both sources; returns what could not be done (each source is optional, and
    // the monitor works with whichever opened).
    // `root`: Corral's root (dirs::root()), `namespaceDir`: where the launcher keeps the
    // snaps' mount namespaces (dirs::namespaceDir()).
    QStringList start(const QString &root, const QString &namespaceDir);
    bool isWatching() const { return m_kmsg >= 0 || m_audit >= 0; }
    // Reads whatever the sources hold now and completes every event (for tests and for
    // answering a read with the latest).
    void poll();

Q_SIGNALS:
    // A denial; `tag` is filled in from the process's cgroup when the record lacked it
    // and the process could still be asked.
    void denied(const corral::Denial &denial);

private:
    void readKmsg();
    void readAudit();
    void deliver();
    void notePids(QByteArrayView record);
    bool firstTime(const Denial &denial);

    // One parser per source: the same event read both ways must not be taken for one
    // event with every record twice.
    DenialParser m_kmsgParser;
    DenialParser m_auditParser;
    int m_kmsg = -1;
    int m_audit = -1;
    QSocketNotifier *m_kmsgNotifier = nullptr;
    QSocketNotifier *m_auditNotifier = nullptr;
    QTimer m_flush; // the log has no end-of-event record: events complete after a pause
    QSet<QString> m_seen; // denials delivered (by serial and what), the last few thousand
    QQueue<QString> m_seenOrder;
    // What a process was when a record named it: one of this root's apps (running in one
    // of its snaps' preserved mount namespaces), with its tag when its cgroup says it.
    struct Process
    {
        bool ours = false;
        QString tag;
    };
    std::optional<Process> askProcess(qint64 pid);
    QHash<qint64, Process> m_processes; // this root's apps only
    QQueue<qint64> m_pidOrder;
    QSet<QPair<quint64, quint64>> m_namespaces; // device and inode of this root's snaps' ones
    QString m_namespaceDir;
    QString m_cgroupGroup; // "corral" or "corral-<hash>"
};

// The cgroup parent of this root's apps, as the launcher names it ("corral" for "/").
QString appCgroupGroup(const QString &root);
// The security tag of a running process, from its cgroup below `group`; empty when it
// is not an app's or is gone.
QString tagOfProcess(qint64 pid, const QString &group);

} // namespace corral
