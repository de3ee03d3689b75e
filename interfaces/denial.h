// Denials: what the kernel says confinement refused (or, in devmode and complain mode, only
// logged), read from its audit records. The kernel writes them to /dev/kmsg when no audit
// daemon runs ("audit: type=1326 audit(1700000000.123:45): … syscall=54 …") and sends them
// to the audit netlink socket's readers in any case; both carry the same record text.
//
// One event is every record with the same audit serial: a Landlock denial comes as a
// LANDLOCK_ACCESS record (1423), the domain's LANDLOCK_DOMAIN record (1424), and, when
// audit is enabled, the SYSCALL (1300) and PROCTITLE (1327) records saying who it was.
// The parser groups them and turns each denial event into one Denial.
//
// Everything here reads untrusted text (a path in a record is whatever an app chose):
// lines are bounded, values are decoded (hex-encoded fields) and control characters are
// escaped before they are stored (see escapeUntrusted()), and nothing in a record can make
// the parser stall or grow without bound.
#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QHashFunctions>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace corral {

enum class DenialSource { Seccomp, AppArmor, Landlock };
QString toString(DenialSource source); // "seccomp", "apparmor", "landlock"

enum class DenialKind {
    Syscall, // seccomp refused or logged a system call
    File, // a path (AppArmor file rules, Landlock fs.*)
    Device, // a path below /dev
    Network, // a socket family or type (AppArmor network rules, Landlock net.*)
    DBus, // an AppArmor dbus rule
    Capability, // an AppArmor capability rule
    Other, // anything else AppArmor (signal, ptrace, mount, unix …) or Landlock (scope.*)
           // refused
};
QString toString(DenialKind kind); // "syscall", "file", "device", …

// The text stored for untrusted bytes (paths, comm, exe, labels, D-Bus names). Valid UTF-8
// is kept, except that each byte of these is written as \xNN (two lowercase hex digits):
// C0 controls and DEL (so a newline is "\x0a", an escape "\x1b"), the backslash itself
// ("\x5c"), bytes that are not part of valid UTF-8, and the characters that break or
// reorder lines (C1 controls U+0080-U+009F, U+2028, U+2029, U+200E, U+200F, U+202A-U+202E,
// U+2066-U+2069: "\xe2\x80\xae" for U+202E). A backslash in the result therefore always
// starts an escape, and the original bytes can be recovered.
QString escapeUntrusted(QByteArrayView bytes);

struct Denial
{
    QDateTime time; // UTC, from the record's audit(SECONDS.MILLIS:SERIAL) stamp
    quint64 serial = 0; // the audit serial: one event, whichever way it was read
    DenialSource source = DenialSource::Seccomp;
    DenialKind kind = DenialKind::Other;

    // Who. The security tag ("snap.foo.bar", also a hook's "snap.foo.hook.configure") is
    // known from the record when AppArmor is enabled (profile=, subj=); otherwise it is
    // found from the process afterwards (see DenialMonitor) and empty here.
    QString tag;
    qint64 pid = -1;
    qint64 uid = -1; // the process's uid (fsuid for AppArmor file records); -1 unknown
    QString comm; // escaped
    QString exe; // escaped (AppArmor and Landlock: from the event's SYSCALL record, if any)

    // What. For a Syscall: its name ("keyctl"), or "syscall 999" when the architecture
    // does not know the number. For File and Device: the path (escaped). For Network: the
    // family and type ("inet stream", "netlink raw"), or Landlock's "tcp port 80". For
    // DBus: "member interface path on bus" as the record gives them. For Capability: the
    // capability's name ("sys_admin"). For Other: the path when the record names one
    // (mount), else the signal and the peer ("term unconfined"), else the operation;
    // Landlock scope.signal: "pid 1 (systemd)".
    QString object;
    QString operation; // AppArmor's operation= ("open", "create", "capable", "dbus_method_call");
                       // empty otherwise
    // AppArmor's requested_mask= and denied_mask= ("r", "wc"), Landlock's blockers
    // ("fs.read_file,fs.write_file") as requested and denied alike; empty for seccomp.
    QString requested;
    QString denied;
    bool enforced = true; // false: only logged (seccomp RET_LOG, AppArmor ALLOWED/complain)

    // Syscall denials: the record's architecture ("x86_64", "aarch64", "i386" …) and number.
    QString arch;
    int syscall = -1;
    // Syscall denials: seccomp's action ("errno", "kill_process", "kill_thread", "trap",
    // "trace", "user_notif", "log"; "0x…" when unknown). Not part of key().
    QString action;
    // AppArmor D-Bus denials: the peer's label when the record has one (peer_label=); other
    // AppArmor denials: peer= (signal, ptrace, unix sockets).
    QString peer;
    // AppArmor D-Bus denials, field by field as the record gives them (escaped), for
    // matching dbus rules; `name` is the destination (or the name asked for by dbus_bind).
    struct DBusMessage
    {
        QString bus, path, interface, member, name;
    } dbus;

    // A key for deduplication: everything that says what was refused to whom, not when or
    // by which process (tag, kind, source, object, operation, requested, denied, enforced,
    // arch; the comm and exe when no tag is known). The parts are joined with U+001F, which
    // no escaped value contains.
    QString key() const;
};

// The name of system call `number` on the audit architecture `auditArch` (AUDIT_ARCH_*,
// as a record's arch= field gives it in hex), from libseccomp; empty when unknown. x32
// calls on x86_64 (the 0x40000000 bit set) are resolved as x32's.
QString syscallName(uint32_t auditArch, int number);
// The name of an audit architecture ("x86_64", "aarch64", "i386", "armhf", "ppc64le",
// "s390x", "riscv64" …), or its number in hex when unknown.
QString auditArchName(uint32_t auditArch);
// The audit architecture of a name auditArchName() returns (also "native": the machine's
// own), or 0.
uint32_t auditArchFromName(const QString &name);

// Turns audit records into Denials. Feed records as they come, from either source, then
// take the completed denials. An event is complete when a record with another serial
// arrives, when the netlink source sends its end-of-event record (1320) or its PROCTITLE
// record (1327, the last one /dev/kmsg shows: the kernel does not print 1320 there), or
// on flush(). One exception keeps interleaved events whole: a Landlock event still
// waiting for its SYSCALL record stays open until MaxInterleavedRecords records of other
// events have passed, or one stamped a second or more after it, or flush().
// The same event read from both sources gives one set of denials: records of an event
// completed recently, and copies of a record already held, are ignored.
// Records that are not about confinement (BPF loads, configuration changes, anything
// else) and records that cannot be read are dropped; droppedRecords() counts the latter.
// Each AppArmor or Landlock access record and each seccomp record of an event gives one
// Denial; SYSCALL, MAC_TASK_CONTEXTS and LANDLOCK_DOMAIN records only add who it was.
// Records written from user space to /dev/kmsg (a facility other than the kernel's) are
// ignored.
class DenialParser
{
public:
    // Longer records are dropped (the kernel's own records stay below 9 KiB).
    static constexpr int MaxRecordLength = 16 * 1024;
    // Events held open at once; the oldest is completed when more arrive.
    static constexpr int MaxPendingEvents = 64;
    // Records kept per event (others of that event are dropped).
    static constexpr int MaxRecordsPerEvent = 16;
    // Records of other events after which a Landlock event stops waiting for its SYSCALL.
    static constexpr int MaxInterleavedRecords = 16;
    // Completed events remembered, to ignore their copies from the other source.
    static constexpr int RememberedEvents = 1024;

    // One record from /dev/kmsg, as read() returns it: "PRI,SEQ,USEC,FLAGS;TEXT\n"
    // followed by continuation lines (" KEY=VALUE"), or a line as dmesg prints it
    // ("[ 12.345] audit: type=…", "audit: type=…", or "type=… msg=audit(…): …" from
    // audit.log). Anything else is ignored.
    void addKernelLogRecord(QByteArrayView record);
    // One message from the audit netlink socket: its nlmsg_type and its payload
    // ("audit(1700000000.123:45): …", possibly NUL-terminated).
    void addAuditMessage(int type, QByteArrayView payload);
    // Completes every pending event.
    void flush();

    // The denials completed so far, oldest first; they are removed from the parser.
    QList<Denial> takeDenials();
    // Records that looked like audit records but could not be read (malformed, too long).
    quint64 droppedRecords() const { return m_dropped; }

private:
    struct Record
    {
        int type = 0;
        QByteArray body; // the fields after "audit(…): "
    };
    struct EventId
    {
        quint64 serial = 0;
        qint64 msecs = 0;
        bool operator==(const EventId &) const = default;
        friend size_t qHash(const EventId &id, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, id.serial, id.msecs);
        }
    };
    struct Event
    {
        EventId id;
        QList<Record> records;
        int laterRecords = 0; // records of other events since this one began
    };
    // text: "audit: type=N audit(…): FIELDS" from the kernel log
    void addKernelText(QByteArrayView text);
    // text: "audit(S.MS:SERIAL): FIELDS"
    void addRecord(int type, QByteArrayView text);
    void complete(qsizetype pendingIndex);
    void makeDenials(const Event &event);

    QList<Event> m_pending; // in the order their first record came
    QSet<EventId> m_completed; // the events of m_completedOrder
    QList<EventId> m_completedOrder; // a ring of RememberedEvents, to forget the oldest
    qsizetype m_completedNext = 0;
    QList<Denial> m_done;
    quint64 m_dropped = 0;
};

} // namespace corral
