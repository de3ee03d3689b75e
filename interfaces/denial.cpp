// Parsing the kernel's audit records of denials (denial.h).
//
// A record is "type=N audit(SECONDS.MILLIS:SERIAL): key=value key=value …". Values are
// bare words, "quoted strings" (never containing a quote), or, for strings the kernel
// does not trust (paths, comm, exe, profile names), hex when they hold a space, a quote, a
// control character or a byte above 0x7e. A record is parsed into views of its text
// once; nothing here scans a record more than a bounded number of times.
#include "interfaces/denial.h"

#include <QVarLengthArray>

#include <seccomp.h>

#include <cstdlib>
#include <limits>
#include <optional>

namespace corral {

namespace {

// Record types (linux/audit.h).
constexpr int AuditUserAvc = 1107;
constexpr int AuditSyscall = 1300;
constexpr int AuditEoe = 1320;
constexpr int AuditSeccomp = 1326;
constexpr int AuditProctitle = 1327;
constexpr int AuditAvc = 1400;
constexpr int AuditMacTaskContexts = 1420;
constexpr int AuditLandlockAccess = 1423;
constexpr int AuditLandlockDomain = 1424;
// Netlink messages below are control messages, not records; above is out of range.
constexpr int AuditFirstRecordType = 1100;
constexpr int AuditLastRecordType = 2999;

// The types whose records are kept for an event; others only mark the stream's progress.
bool isKeptType(int type)
{
    switch (type) {
    case AuditUserAvc:
    case AuditSyscall:
    case AuditSeccomp:
    case AuditAvc:
    case AuditMacTaskContexts:
    case AuditLandlockAccess:
    case AuditLandlockDomain:
        return true;
    default:
        return false;
    }
}

// audit.log's names of the types this parser reads (auparse's table); "UNKNOWN[1423]" is
// how an older auditd names a type it does not know.
std::optional<int> typeFromName(QByteArrayView name)
{
    static constexpr struct
    {
        const char *name;
        int type;
    } names[] = {
        { "USER_AVC", AuditUserAvc },
        { "SYSCALL", AuditSyscall },
        { "EOE", AuditEoe },
        { "SECCOMP", AuditSeccomp },
        { "PROCTITLE", AuditProctitle },
        { "AVC", AuditAvc },
        { "MAC_TASK_CONTEXTS", AuditMacTaskContexts },
        { "LANDLOCK_ACCESS", AuditLandlockAccess },
        { "LANDLOCK_DOMAIN", AuditLandlockDomain },
    };
    for (const auto &entry : names) {
        if (name == QByteArrayView(entry.name))
            return entry.type;
    }
    return std::nullopt;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// A decimal number, optionally negative, that fits a qint64; nothing else around it.
std::optional<qint64> parseDecimal(QByteArrayView text)
{
    bool negative = false;
    if (text.startsWith('-')) {
        negative = true;
        text = text.sliced(1);
    }
    if (text.isEmpty() || text.size() > 19)
        return std::nullopt;
    quint64 value = 0;
    for (const char c : text) {
        if (!isDigit(c))
            return std::nullopt;
        value = value * 10 + quint64(c - '0');
    }
    if (value > quint64(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return negative ? -qint64(value) : qint64(value);
}

// Hex digits, with or without "0x", that fit 64 bits.
std::optional<quint64> parseHex(QByteArrayView text)
{
    if (text.startsWith("0x") || text.startsWith("0X"))
        text = text.sliced(2);
    if (text.isEmpty() || text.size() > 16)
        return std::nullopt;
    quint64 value = 0;
    for (const char c : text) {
        const int digit = hexDigit(c);
        if (digit < 0)
            return std::nullopt;
        value = value << 4 | quint64(digit);
    }
    return value;
}

// The kernel's printk escapes in /dev/kmsg (and dmesg's): "\xNN" for a control character,
// a byte above 0x7e or a backslash. Anything else is kept as it is.
QByteArray unescapeKmsg(QByteArrayView text)
{
    if (!text.contains('\\'))
        return text.toByteArray();
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 3 < text.size() && text[i + 1] == 'x') {
            const int high = hexDigit(text[i + 2]);
            const int low = hexDigit(text[i + 3]);
            if (high >= 0 && low >= 0) {
                out.append(char(high << 4 | low));
                i += 3;
                continue;
            }
        }
        out.append(text[i]);
    }
    return out;
}

void appendEscapedByte(QString &out, unsigned char byte)
{
    static constexpr char digits[] = "0123456789abcdef";
    out.append(QLatin1String("\\x"));
    out.append(QLatin1Char(digits[byte >> 4]));
    out.append(QLatin1Char(digits[byte & 0xf]));
}

// Characters that are valid but would break a line or reorder what a person reads.
bool isTroublesome(char32_t c)
{
    return (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0x200e || c == 0x200f
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

// Splits a record's fields: key=value, key="value", key='value'. Words without '=' (the
// "(enforce)" of "subj=snap.a.b (enforce)") and keys that are not words are skipped.
class Fields
{
public:
    static constexpr int MaxFields = 256;

    struct Field
    {
        QByteArrayView key;
        QByteArrayView value;
        char quote = 0; // '"', '\'' or 0
    };

    // False when the text has too many fields to be a kernel record.
    bool parse(QByteArrayView text)
    {
        m_fields.clear();
        qsizetype i = 0;
        const qsizetype n = text.size();
        while (i < n) {
            while (i < n && isSpace(text[i]))
                ++i;
            if (i >= n)
                break;
            const qsizetype keyStart = i;
            while (i < n && !isSpace(text[i]) && text[i] != '=')
                ++i;
            if (i >= n || text[i] != '=' || !isKey(text.sliced(keyStart, i - keyStart))) {
                while (i < n && !isSpace(text[i]))
                    ++i;
                continue;
            }
            Field field;
            field.key = text.sliced(keyStart, i - keyStart);
            ++i; // '='
            if (i < n && (text[i] == '"' || text[i] == '\'')) {
                const char quote = text[i];
                const qsizetype close = text.indexOf(quote, i + 1);
                if (close < 0) {
                    // An unterminated quote runs to the end: the record was cut. A single-
                    // quoted msg='…' (USER_AVC) is still read; a cut "string" is not.
                    if (quote == '\'') {
                        field.quote = quote;
                        field.value = text.sliced(i + 1);
                        m_fields.append(field);
                    }
                    break;
                }
                field.quote = quote;
                field.value = text.sliced(i + 1, close - i - 1);
                i = close + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < n && !isSpace(text[i]))
                    ++i;
                field.value = text.sliced(valueStart, i - valueStart);
            }
            if (m_fields.size() >= MaxFields)
                return false;
            m_fields.append(field);
        }
        return true;
    }

    const Field *find(QByteArrayView key) const
    {
        for (const Field &field : m_fields) {
            if (field.key == key)
                return &field;
        }
        return nullptr;
    }
    bool has(QByteArrayView key) const { return find(key) != nullptr; }

    // A plain value ("DENIED", "c000003e", "snap.a.b" of subj=) as it is written.
    QByteArrayView raw(QByteArrayView key) const
    {
        const Field *field = find(key);
        return field ? field->value : QByteArrayView();
    }

    // A string the kernel wrote with audit_log_untrustedstring(): quoted, or hex. "(null)"
    // and "?" (none) give nothing.
    std::optional<QByteArray> untrusted(QByteArrayView key) const
    {
        const Field *field = find(key);
        if (!field)
            return std::nullopt;
        if (field->quote)
            return field->value.toByteArray();
        const QByteArrayView value = field->value;
        if (value.isEmpty() || value == "(null)" || value == "?")
            return std::nullopt;
        if (value.size() % 2 == 0) {
            QByteArray decoded;
            decoded.reserve(value.size() / 2);
            for (qsizetype i = 0; i < value.size(); i += 2) {
                const int high = hexDigit(value[i]);
                const int low = hexDigit(value[i + 1]);
                if (high < 0 || low < 0)
                    return value.toByteArray();
                decoded.append(char(high << 4 | low));
            }
            return decoded;
        }
        return value.toByteArray();
    }
    QString text(QByteArrayView key) const
    {
        const std::optional<QByteArray> value = untrusted(key);
        return value ? escapeUntrusted(*value) : QString();
    }

    std::optional<qint64> number(QByteArrayView key) const
    {
        const Field *field = find(key);
        return field ? parseDecimal(field->value) : std::nullopt;
    }
    // A process id; anything but 1…2^31-1 is unknown (-1).
    qint64 pid(QByteArrayView key) const
    {
        const std::optional<qint64> value = number(key);
        return value && *value > 0 && *value <= std::numeric_limits<int>::max() ? *value : -1;
    }
    // A user id; 4294967295 is "unset", so unknown (-1) as anything out of range.
    qint64 uid(QByteArrayView key) const
    {
        const std::optional<qint64> value = number(key);
        return value && *value >= 0 && *value < 4294967295 ? *value : -1;
    }

private:
    static bool isKey(QByteArrayView key)
    {
        if (key.isEmpty() || key.size() > 64)
            return false;
        for (const char c : key) {
            if (!(isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'
                    || c == '-'))
                return false;
        }
        return true;
    }

    QVarLengthArray<Field, 48> m_fields;
};

// An AppArmor label as a tag: "snap.a.b (enforce)" loses its mode; "unconfined" is none.
QString tagOfLabel(const QString &label)
{
    const qsizetype mode = label.indexOf(QLatin1String(" ("));
    const QString tag = mode >= 0 ? label.left(mode) : label;
    return tag == QLatin1String("unconfined") ? QString() : tag;
}

QString tagOfSubject(QByteArrayView subject)
{
    if (subject.isEmpty() || subject == "?")
        return {};
    return tagOfLabel(escapeUntrusted(subject));
}

QString seccompAction(quint32 code)
{
    switch (code & 0xffff0000U) {
    case 0x80000000U:
        return QStringLiteral("kill_process");
    case 0x00000000U:
        return QStringLiteral("kill_thread");
    case 0x00030000U:
        return QStringLiteral("trap");
    case 0x00050000U:
        return QStringLiteral("errno");
    case 0x7fc00000U:
        return QStringLiteral("user_notif");
    case 0x7ff00000U:
        return QStringLiteral("trace");
    case 0x7ffc0000U:
        return QStringLiteral("log");
    case 0x7fff0000U:
        return QStringLiteral("allow");
    default:
        return QStringLiteral("0x%1").arg(code & 0xffff0000U, 8, 16, QLatin1Char('0'));
    }
}

// Who did it, from the records that come with the denial: the SYSCALL record names the
// process that made the call; MAC_TASK_CONTEXTS its AppArmor label when several LSMs
// label tasks.
struct EventContext
{
    Fields syscall;
    bool hasSyscall = false;
    Fields landlockDomain;
    bool hasLandlockDomain = false;
    QString subjectTag;
};

bool isDevicePath(const QString &path)
{
    return path.startsWith(QLatin1String("/dev/"));
}

// AppArmor operations that are about a path (file rules), and those that name one but
// are governed by other rules.
bool isFileOperation(QByteArrayView operation)
{
    static constexpr const char *operations[] = { "open", "mknod", "mkdir", "rmdir", "unlink",
        "link", "symlink", "rename_src", "rename_dest", "chmod", "chown", "getattr", "setattr",
        "truncate", "exec", "file_mmap", "file_mprotect", "file_perm", "file_lock", "file_receive",
        "file_inherit", "sendmsg", "recvmsg", "connect", "bind", "listen", "accept" };
    for (const char *name : operations) {
        if (operation == QByteArrayView(name))
            return true;
    }
    return false;
}

bool isNonFileOperation(QByteArrayView operation)
{
    static constexpr const char *operations[] = { "mount", "umount", "remount", "pivotroot",
        "change_profile", "change_hat", "change_onexec", "signal", "ptrace", "capable" };
    for (const char *name : operations) {
        if (operation == QByteArrayView(name))
            return true;
    }
    return false;
}

} // namespace

QString toString(DenialSource source)
{
    switch (source) {
    case DenialSource::Seccomp:
        return QStringLiteral("seccomp");
    case DenialSource::AppArmor:
        return QStringLiteral("apparmor");
    case DenialSource::Landlock:
        return QStringLiteral("landlock");
    }
    return {};
}

QString toString(DenialKind kind)
{
    switch (kind) {
    case DenialKind::Syscall:
        return QStringLiteral("syscall");
    case DenialKind::File:
        return QStringLiteral("file");
    case DenialKind::Device:
        return QStringLiteral("device");
    case DenialKind::Network:
        return QStringLiteral("network");
    case DenialKind::DBus:
        return QStringLiteral("dbus");
    case DenialKind::Capability:
        return QStringLiteral("capability");
    case DenialKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString escapeUntrusted(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            if (lead < 0x20 || lead == 0x7f || lead == '\\')
                appendEscapedByte(out, lead);
            else
                out.append(QLatin1Char(char(lead)));
            ++i;
            continue;
        }
        // One UTF-8 sequence, checked as RFC 3629 has it (no overlong forms, no
        // surrogates, nothing above U+10FFFF); a byte that does not start a valid one is
        // escaped on its own and the next byte is looked at afresh.
        int length = 0;
        char32_t c = 0;
        char32_t minimum = 0;
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
            c = lead & 0x1f;
            minimum = 0x80;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            c = lead & 0x0f;
            minimum = 0x800;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            c = lead & 0x07;
            minimum = 0x10000;
        }
        bool valid = length > 0 && i + length <= n;
        for (int k = 1; valid && k < length; ++k) {
            const unsigned char next = data[i + k];
            if ((next & 0xc0) != 0x80)
                valid = false;
            else
                c = c << 6 | (next & 0x3f);
        }
        if (valid && (c < minimum || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)))
            valid = false;
        if (!valid) {
            appendEscapedByte(out, lead);
            ++i;
            continue;
        }
        if (isTroublesome(c)) {
            for (int k = 0; k < length; ++k)
                appendEscapedByte(out, data[i + k]);
        } else if (c < 0x10000) {
            out.append(QChar(char16_t(c)));
        } else {
            out.append(QChar(QChar::highSurrogate(c)));
            out.append(QChar(QChar::lowSurrogate(c)));
        }
        i += length;
    }
    return out;
}

QString Denial::key() const
{
    const QChar separator(0x1f);
    const bool anonymous = tag.isEmpty();
    const QStringList parts = { toString(source), toString(kind), tag, anonymous ? comm : QString(),
        anonymous ? exe : QString(), object, operation, requested, denied,
        enforced ? QStringLiteral("enforced") : QStringLiteral("logged"), arch };
    return parts.join(separator);
}

namespace {

struct ArchName
{
    uint32_t arch;
    const char *name;
};

// AUDIT_ARCH_* values (equal to libseccomp's SCMP_ARCH_*) and the names Corral shows.
constexpr ArchName archNames[] = {
    { SCMP_ARCH_X86_64, "x86_64" }, { SCMP_ARCH_X86, "i386" }, { SCMP_ARCH_X32, "x32" },
    { SCMP_ARCH_AARCH64, "aarch64" }, { SCMP_ARCH_ARM, "armhf" }, { SCMP_ARCH_PPC64LE, "ppc64le" },
    { SCMP_ARCH_PPC64, "ppc64" }, { SCMP_ARCH_PPC, "ppc" }, { SCMP_ARCH_S390X, "s390x" },
    { SCMP_ARCH_S390, "s390" }, { SCMP_ARCH_RISCV64, "riscv64" }, { SCMP_ARCH_MIPS, "mips" },
    { SCMP_ARCH_MIPSEL, "mipsel" }, { SCMP_ARCH_MIPS64, "mips64" },
    { SCMP_ARCH_MIPSEL64, "mips64el" }, { SCMP_ARCH_MIPS64N32, "mips64n32" },
    { SCMP_ARCH_MIPSEL64N32, "mipsel64n32" }, { SCMP_ARCH_PARISC, "parisc" },
    { SCMP_ARCH_PARISC64, "parisc64" }, { 0xc0000102U, "loongarch64" }, // AUDIT_ARCH_LOONGARCH64
};

// Other names people and libseccomp use for the same architectures.
constexpr ArchName archAliases[] = {
    { SCMP_ARCH_X86_64, "amd64" },
    { SCMP_ARCH_X86, "x86" },
    { SCMP_ARCH_X86, "i686" },
    { SCMP_ARCH_AARCH64, "arm64" },
    { SCMP_ARCH_ARM, "arm" },
    { SCMP_ARCH_PPC64LE, "ppc64el" },
};

// Bit 30 of an x86_64 system call number marks an x32 call (__X32_SYSCALL_BIT).
constexpr int x32SyscallBit = 0x40000000;

} // namespace

QString syscallName(uint32_t auditArch, int number)
{
    // libseccomp's negative numbers are its own pseudo-calls ("socket" on i386 is -101),
    // never a number a record gives for a real call.
    if (number < 0)
        return {};
    if (auditArch == SCMP_ARCH_X86_64 && (number & x32SyscallBit))
        auditArch = SCMP_ARCH_X32;
    char *name = seccomp_syscall_resolve_num_arch(auditArch, number);
    if (!name)
        return {};
    const QString result = QString::fromLatin1(name);
    std::free(name);
    return result;
}

QString auditArchName(uint32_t auditArch)
{
    for (const ArchName &entry : archNames) {
        if (entry.arch == auditArch)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("0x%1").arg(auditArch, 8, 16, QLatin1Char('0'));
}

uint32_t auditArchFromName(const QString &name)
{
    if (name == QLatin1String("native"))
        return seccomp_arch_native();
    for (const ArchName &entry : archNames) {
        if (name == QLatin1String(entry.name))
            return entry.arch;
    }
    for (const ArchName &entry : archAliases) {
        if (name == QLatin1String(entry.name))
            return entry.arch;
    }
    if (name.startsWith(QLatin1String("0x"))) {
        const std::optional<quint64> value = parseHex(name.toLatin1());
        if (value && *value <= std::numeric_limits<uint32_t>::max())
            return uint32_t(*value);
    }
    return 0;
}

// ---------------------------------------------------------------------------------------
// Reading records

void DenialParser::addKernelLogRecord(QByteArrayView record)
{
    // /dev/kmsg: "PRI,SEQ,USEC,FLAGS[,…];TEXT\n" then " KEY=VALUE" lines (the device's
    // properties, not part of the text: a newline in the text is escaped as \x0a).
    qsizetype i = 0;
    while (i < record.size() && i < 8 && isDigit(record[i]))
        ++i;
    const qsizetype semicolon = record.indexOf(';');
    if (i > 0 && i < record.size() && record[i] == ',' && semicolon > i && semicolon < 128) {
        const QByteArrayView prefix = record.first(semicolon);
        if (prefix.count(',') < 3)
            return;
        // Only the kernel writes facility 0; what user space writes to /dev/kmsg
        // (facility 1 and up) cannot be an audit record.
        const std::optional<qint64> priority = parseDecimal(record.first(i));
        if (!priority || *priority >= 8)
            return;
        QByteArrayView text = record.sliced(semicolon + 1);
        const qsizetype newline = text.indexOf('\n');
        if (newline >= 0)
            text = text.first(newline);
        if (text.startsWith("audit: type="))
            addKernelText(text);
        return;
    }

    // A line: dmesg's ("[ 12.345678] audit: type=…", also "<5>[ …] …" from dmesg -r),
    // the bare text ("audit: type=…"), or audit.log's ("type=AVC msg=audit(…): …").
    QByteArrayView line = record;
    const qsizetype newline = line.indexOf('\n');
    if (newline >= 0)
        line = line.first(newline);
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.startsWith('<')) {
        const qsizetype close = line.indexOf('>');
        if (close < 0 || close > 8)
            return;
        line = line.sliced(close + 1);
    }
    if (line.startsWith('[')) {
        const qsizetype close = line.indexOf(']');
        if (close < 0 || close > 32)
            return;
        line = line.sliced(close + 1);
        while (line.startsWith(' '))
            line = line.sliced(1);
    }
    if (line.startsWith("audit: type=")) {
        addKernelText(line);
        return;
    }
    // audit.log, possibly with its "node=NAME " prefix.
    if (line.startsWith("node=")) {
        const qsizetype space = line.indexOf(' ');
        if (space < 0)
            return;
        line = line.sliced(space + 1);
    }
    if (!line.startsWith("type="))
        return;
    if (line.size() > MaxRecordLength) {
        ++m_dropped;
        return;
    }
    // auditd's enriched format appends interpreted fields after a 0x1d separator.
    const qsizetype enriched = line.indexOf('\x1d');
    if (enriched >= 0)
        line = line.first(enriched);
    const qsizetype msg = line.indexOf(" msg=audit(");
    if (msg < 0 || msg > 64) {
        ++m_dropped;
        return;
    }
    const QByteArrayView name = line.sliced(5, msg - 5);
    std::optional<int> type = typeFromName(name);
    if (!type && name.startsWith("UNKNOWN[") && name.endsWith(']')) {
        const std::optional<qint64> number = parseDecimal(name.sliced(8, name.size() - 9));
        if (!number || *number < 1000 || *number > AuditLastRecordType) {
            ++m_dropped;
            return;
        }
        type = int(*number);
    }
    if (!type) {
        // A type this parser does not read (SERVICE_START, PATH …), or a damaged name.
        for (const char c : name) {
            if (!((c >= 'A' && c <= 'Z') || isDigit(c) || c == '_')) {
                ++m_dropped;
                return;
            }
        }
        type = 0;
    }
    addRecord(*type, line.sliced(msg + 5));
}

void DenialParser::addKernelText(QByteArrayView text)
{
    // "audit: type=N audit(…): …", with the kernel's \xNN escapes (also dmesg's).
    if (text.size() > MaxRecordLength) {
        ++m_dropped;
        return;
    }
    const QByteArray unescaped = unescapeKmsg(text.sliced(7));
    const QByteArrayView rest(unescaped);
    const qsizetype space = rest.indexOf(' ');
    const std::optional<qint64> type
        = space > 5 ? parseDecimal(rest.sliced(5, space - 5)) : std::nullopt;
    if (!type || *type < 1000 || *type > AuditLastRecordType) {
        ++m_dropped;
        return;
    }
    addRecord(int(*type), rest.sliced(space + 1));
}

void DenialParser::addAuditMessage(int type, QByteArrayView payload)
{
    if (type < AuditFirstRecordType || type > AuditLastRecordType)
        return; // a control message (AUDIT_GET replies, NLMSG_ERROR …)
    const qsizetype nul = payload.indexOf('\0');
    if (nul >= 0)
        payload = payload.first(nul);
    while (payload.endsWith('\n'))
        payload.chop(1);
    if (payload.size() > MaxRecordLength) {
        ++m_dropped;
        return;
    }
    addRecord(type, payload);
}

void DenialParser::addRecord(int type, QByteArrayView text)
{
    // "audit(SECONDS.MILLIS:SERIAL): FIELDS"
    if (!text.startsWith("audit(")) {
        ++m_dropped;
        return;
    }
    const QByteArrayView stamp = text.first(qMin(text.size(), qsizetype(48)));
    const qsizetype close = stamp.indexOf(')');
    const qsizetype dot = stamp.indexOf('.');
    const qsizetype colon = stamp.indexOf(':');
    if (close < 0 || dot < 0 || colon < 0 || !(6 < dot && dot < colon && colon < close)) {
        ++m_dropped;
        return;
    }
    const std::optional<qint64> seconds = parseDecimal(text.sliced(6, dot - 6));
    const QByteArrayView millisText = text.sliced(dot + 1, colon - dot - 1);
    const std::optional<qint64> millis = parseDecimal(millisText);
    const std::optional<qint64> serial = parseDecimal(text.sliced(colon + 1, close - colon - 1));
    // Seconds up to the year 9999 (a QDateTime Corral can show), three digits of millis.
    if (!seconds || *seconds < 0 || *seconds > 253402300799LL || !millis || *millis < 0
        || millisText.size() != 3 || !serial || *serial < 0) {
        ++m_dropped;
        return;
    }
    QByteArrayView body = text.sliced(close + 1);
    if (body.startsWith(':'))
        body = body.sliced(1);
    while (body.startsWith(' '))
        body = body.sliced(1);

    const EventId id { quint64(*serial), *seconds * 1000 + *millis };
    if (m_completed.contains(id))
        return; // a copy from the other source, or a late record of a finished event

    qsizetype index = -1;
    for (qsizetype p = 0; p < m_pending.size(); ++p) {
        if (m_pending[p].id == id) {
            index = p;
            break;
        }
    }

    // The stream has moved on: events that cannot get more records are complete.
    for (qsizetype p = 0; p < m_pending.size();) {
        if (p == index) {
            ++p;
            continue;
        }
        Event &other = m_pending[p];
        ++other.laterRecords;
        bool waitsForSyscall = false;
        bool hasSyscall = false;
        for (const Record &record : std::as_const(other.records)) {
            if (record.type == AuditLandlockAccess)
                waitsForSyscall = true;
            if (record.type == AuditSyscall)
                hasSyscall = true;
        }
        const bool waiting = waitsForSyscall && !hasSyscall
            && other.laterRecords < MaxInterleavedRecords && id.msecs - other.id.msecs < 1000;
        if (waiting) {
            ++p;
            continue;
        }
        complete(p);
        if (index > p)
            --index;
    }

    if (type == AuditEoe || type == AuditProctitle) {
        if (index >= 0)
            complete(index);
        return;
    }
    if (!isKeptType(type))
        return;

    if (index < 0) {
        if (m_pending.size() >= MaxPendingEvents)
            complete(0);
        m_pending.append(Event { id, {}, 0 });
        index = m_pending.size() - 1;
    }
    Event &event = m_pending[index];
    for (const Record &record : std::as_const(event.records)) {
        if (record.type == type && record.body == body)
            return; // the same record from the other source
    }
    if (event.records.size() >= MaxRecordsPerEvent) {
        ++m_dropped;
        return;
    }
    event.records.append(Record { type, body.toByteArray() });
}

void DenialParser::flush()
{
    while (!m_pending.isEmpty())
        complete(0);
}

QList<Denial> DenialParser::takeDenials()
{
    return std::exchange(m_done, {});
}

void DenialParser::complete(qsizetype pendingIndex)
{
    const Event event = m_pending.takeAt(pendingIndex);
    if (!m_completed.contains(event.id)) {
        if (m_completedOrder.size() < RememberedEvents) {
            m_completedOrder.append(event.id);
        } else {
            m_completed.remove(m_completedOrder[m_completedNext]);
            m_completedOrder[m_completedNext] = event.id;
            m_completedNext = (m_completedNext + 1) % RememberedEvents;
        }
        m_completed.insert(event.id);
    }
    makeDenials(event);
}

// ---------------------------------------------------------------------------------------
// Denials from the records of one event

namespace {

std::optional<Denial> seccompDenial(const Fields &fields, const EventContext &context)
{
    const std::optional<qint64> number = fields.number("syscall");
    const std::optional<quint64> code = parseHex(fields.raw("code"));
    if (!number || *number < std::numeric_limits<int>::min()
        || *number > std::numeric_limits<int>::max() || !code || *code > 0xffffffffU)
        return std::nullopt;
    const QString action = seccompAction(uint32_t(*code));
    if (action == QLatin1String("allow"))
        return std::nullopt;

    Denial denial;
    denial.source = DenialSource::Seccomp;
    denial.kind = DenialKind::Syscall;
    denial.syscall = int(*number);
    denial.action = action;
    denial.enforced = action != QLatin1String("log");
    const std::optional<quint64> arch = parseHex(fields.raw("arch"));
    QString name;
    if (arch && *arch <= 0xffffffffU) {
        const bool x32
            = *arch == SCMP_ARCH_X86_64 && denial.syscall >= 0 && (denial.syscall & x32SyscallBit);
        denial.arch = x32 ? QStringLiteral("x32") : auditArchName(uint32_t(*arch));
        name = syscallName(uint32_t(*arch), denial.syscall);
    }
    denial.object = name.isEmpty() ? QStringLiteral("syscall %1").arg(denial.syscall) : name;
    denial.pid = fields.pid("pid");
    denial.uid = fields.uid("uid");
    denial.comm = fields.text("comm");
    denial.exe = fields.text("exe");
    denial.tag = tagOfSubject(fields.raw("subj"));
    if (denial.tag.isEmpty())
        denial.tag = context.subjectTag;
    return denial;
}

// One AppArmor record's fields (an AVC's, or the msg='…' of a USER_AVC).
std::optional<Denial> appArmorDenial(const Fields &fields, const EventContext &context, bool user)
{
    const QByteArrayView verdict = fields.raw("apparmor");
    Denial denial;
    if (verdict == "DENIED" || verdict == "KILL")
        denial.enforced = true;
    else if (verdict == "ALLOWED")
        denial.enforced = false;
    else
        return std::nullopt; // STATUS, AUDIT, HINT, or not AppArmor's (SELinux's avc:)
    denial.source = DenialSource::AppArmor;

    const QByteArrayView operation = fields.raw("operation");
    const QByteArrayView klass = fields.raw("class");
    denial.operation = escapeUntrusted(operation);
    denial.tag = tagOfLabel(fields.text(user ? "label" : "profile"));
    denial.pid = fields.pid("pid");
    denial.peer = fields.text(fields.has("peer_label") ? "peer_label" : "peer");
    denial.requested = fields.text(fields.has("requested_mask") ? "requested_mask"
            : fields.has("requested")                           ? "requested"
                                                                : "mask");
    denial.denied = fields.text(fields.has("denied_mask") ? "denied_mask"
            : fields.has("denied")                        ? "denied"
                                                          : "mask");

    if (user) {
        // dbus-daemon's record: its own uid, exe and SYSCALL record are not the app's.
    } else {
        denial.comm = fields.text("comm");
        denial.uid = fields.uid("fsuid");
        if (context.hasSyscall) {
            const qint64 pid = context.syscall.pid("pid");
            if (denial.pid < 0 || denial.pid == pid) {
                denial.exe = context.syscall.text("exe");
                if (denial.pid < 0)
                    denial.pid = pid;
                if (denial.uid < 0)
                    denial.uid = context.syscall.uid("uid");
                if (denial.comm.isEmpty())
                    denial.comm = context.syscall.text("comm");
            }
        }
    }

    const std::optional<QByteArray> name = fields.untrusted("name");
    if (klass == "cap" || operation == "capable") {
        denial.kind = DenialKind::Capability;
        denial.object = fields.text("capname");
        if (denial.object.isEmpty()) {
            const std::optional<qint64> number = fields.number("capability");
            if (number)
                denial.object = QStringLiteral("capability %1").arg(*number);
        }
    } else if (operation.startsWith("dbus")) {
        denial.kind = DenialKind::DBus;
        denial.dbus.bus = fields.text("bus");
        denial.dbus.path = fields.text("path");
        denial.dbus.interface = fields.text("interface");
        denial.dbus.member = fields.text("member");
        denial.dbus.name = fields.text("name");
        QStringList words;
        for (const QString *word :
            { &denial.dbus.member, &denial.dbus.interface, &denial.dbus.path }) {
            if (!word->isEmpty())
                words.append(*word);
        }
        if (words.isEmpty() && !denial.dbus.name.isEmpty())
            words.append(denial.dbus.name);
        denial.object = words.join(QLatin1Char(' '));
        if (!denial.dbus.bus.isEmpty())
            denial.object += QLatin1String(" on ") + denial.dbus.bus;
    } else if ((klass.isEmpty() || klass == "file")
        && ((name && !isNonFileOperation(operation)) || (!name && klass == "file"))) {
        denial.object = name ? escapeUntrusted(*name) : QString();
        denial.kind = isDevicePath(denial.object) ? DenialKind::Device : DenialKind::File;
    } else if (fields.has("family") && !isNonFileOperation(operation)) {
        denial.kind = DenialKind::Network;
        denial.object = fields.text("family");
        const QString type = fields.text("sock_type");
        if (!type.isEmpty())
            denial.object += QLatin1Char(' ') + type;
    } else if (!name && isFileOperation(operation) && klass.isEmpty()) {
        // A file record whose name was cut off.
        denial.kind = DenialKind::File;
    } else {
        denial.kind = DenialKind::Other;
        if (name) {
            denial.object = escapeUntrusted(*name);
        } else if (!denial.peer.isEmpty()) {
            const QString signal = fields.text("signal");
            denial.object
                = signal.isEmpty() ? denial.peer : signal + QLatin1Char(' ') + denial.peer;
        } else {
            denial.object = denial.operation;
        }
    }
    return denial;
}

std::optional<Denial> landlockDenial(const Fields &fields, const EventContext &context)
{
    const std::optional<QByteArray> blockers = fields.untrusted("blockers");
    if (!blockers || blockers->isEmpty())
        return std::nullopt;
    Denial denial;
    denial.source = DenialSource::Landlock;
    denial.requested = denial.denied = escapeUntrusted(*blockers);
    const QByteArrayView first = QByteArrayView(*blockers).first(
        blockers->contains(',') ? blockers->indexOf(',') : blockers->size());
    if (first.startsWith("fs.")) {
        denial.object = fields.text("path");
        denial.kind = isDevicePath(denial.object) ? DenialKind::Device : DenialKind::File;
    } else if (first.startsWith("net.")) {
        denial.kind = DenialKind::Network;
        // "net.connect_tcp" → "tcp"; the port is dest= for connect, src= for bind.
        const qsizetype underscore = first.lastIndexOf('_');
        const QString protocol
            = underscore >= 0 ? escapeUntrusted(first.sliced(underscore + 1)) : QString();
        std::optional<qint64> port = fields.number(first.contains("bind") ? "src" : "dest");
        if (!port)
            port = fields.number(first.contains("bind") ? "lport" : "fport");
        denial.object = protocol;
        if (port && *port >= 0 && *port <= 65535)
            denial.object += QStringLiteral(" port %1").arg(*port);
        denial.object = denial.object.trimmed();
    } else {
        denial.kind = DenialKind::Other; // scope.*, ptrace
        const QString path = fields.text("path");
        const qint64 pid = fields.pid("opid");
        if (!path.isEmpty())
            denial.object = path;
        else if (pid > 0)
            denial.object = QStringLiteral("pid %1 (%2)").arg(pid).arg(fields.text("ocomm"));
    }

    denial.enforced = true;
    if (context.hasLandlockDomain) {
        const QByteArrayView mode = context.landlockDomain.raw("mode");
        if (!mode.isEmpty())
            denial.enforced = mode == "enforcing";
    }
    // The process: the SYSCALL record's, else the domain's creator.
    const Fields *who = context.hasSyscall ? &context.syscall
        : context.hasLandlockDomain        ? &context.landlockDomain
                                           : nullptr;
    if (who) {
        denial.pid = who->pid("pid");
        denial.uid = who->uid("uid");
        denial.comm = who->text("comm");
        denial.exe = who->text("exe");
    }
    denial.tag = context.subjectTag;
    return denial;
}

} // namespace

void DenialParser::makeDenials(const Event &event)
{
    EventContext context;
    for (const Record &record : event.records) {
        if (record.type == AuditSyscall && !context.hasSyscall) {
            context.hasSyscall = context.syscall.parse(record.body);
            if (context.hasSyscall && context.subjectTag.isEmpty())
                context.subjectTag = tagOfSubject(context.syscall.raw("subj"));
        } else if (record.type == AuditLandlockDomain && !context.hasLandlockDomain) {
            Fields fields;
            if (fields.parse(record.body) && fields.raw("status") == "allocated")
                context.hasLandlockDomain = context.landlockDomain.parse(record.body);
        } else if (record.type == AuditMacTaskContexts) {
            Fields fields;
            if (fields.parse(record.body)) {
                const QString tag = tagOfSubject(fields.raw("subj_apparmor"));
                if (!tag.isEmpty())
                    context.subjectTag = tag;
            }
        }
    }

    const QDateTime time = QDateTime::fromMSecsSinceEpoch(event.id.msecs, Qt::UTC);
    for (const Record &record : event.records) {
        Fields fields;
        std::optional<Denial> denial;
        switch (record.type) {
        case AuditSeccomp:
            if (!fields.parse(record.body)) {
                ++m_dropped;
                continue;
            }
            denial = seccompDenial(fields, context);
            if (!denial && fields.raw("code") != "0x7fff0000")
                ++m_dropped; // no readable syscall= or code=
            break;
        case AuditAvc:
            if (!fields.parse(record.body)) {
                ++m_dropped;
                continue;
            }
            denial = appArmorDenial(fields, context, false);
            break;
        case AuditUserAvc: {
            if (!fields.parse(record.body)) {
                ++m_dropped;
                continue;
            }
            const Fields::Field *message = fields.find("msg");
            Fields inner;
            if (!message || !inner.parse(message->value))
                continue;
            denial = appArmorDenial(inner, context, true);
            break;
        }
        case AuditLandlockAccess:
            if (!fields.parse(record.body)) {
                ++m_dropped;
                continue;
            }
            denial = landlockDenial(fields, context);
            if (!denial)
                ++m_dropped; // no blockers=
            break;
        default:
            continue;
        }
        if (!denial)
            continue;
        denial->time = time;
        denial->serial = event.id.serial;
        m_done.append(*denial);
    }
}

} // namespace corral
