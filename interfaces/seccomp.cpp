#include "interfaces/seccomp.h"

#include "interfaces/atomicfile.h"
#include "launcher/seccompfile.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>

#include <cerrno>
#include <cstring>
#include <memory>

#include <linux/filter.h>
#include <linux/netlink.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <seccomp.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

static_assert(sizeof(sock_filter) == corral::seccompfile::InstructionSize);

namespace corral {
namespace {

struct Constant
{
    const char *name;
    quint32 value;
};

#define CORRAL_FAMILY(x)                                                                           \
    { "AF_" #x, AF_##x },                                                                          \
    {                                                                                              \
        "PF_" #x, PF_##x                                                                           \
    }
#define CORRAL_CONSTANT(x)                                                                         \
    {                                                                                              \
#x, quint32(x)                                                                             \
    }

// The symbolic values rules may use; anything else that is not a number is an error.
constexpr Constant constants[] = {
    // socket(2) domains; AF_ and PF_ are the same numbers
    CORRAL_FAMILY(UNIX),
    CORRAL_FAMILY(LOCAL),
    CORRAL_FAMILY(INET),
    CORRAL_FAMILY(AX25),
    CORRAL_FAMILY(IPX),
    CORRAL_FAMILY(APPLETALK),
    CORRAL_FAMILY(NETROM),
    CORRAL_FAMILY(BRIDGE),
    CORRAL_FAMILY(ATMPVC),
    CORRAL_FAMILY(X25),
    CORRAL_FAMILY(INET6),
    CORRAL_FAMILY(ROSE),
    CORRAL_FAMILY(NETBEUI),
    CORRAL_FAMILY(SECURITY),
    CORRAL_FAMILY(KEY),
    CORRAL_FAMILY(NETLINK),
    CORRAL_FAMILY(PACKET),
    CORRAL_FAMILY(ASH),
    CORRAL_FAMILY(ECONET),
    CORRAL_FAMILY(ATMSVC),
    CORRAL_FAMILY(RDS),
    CORRAL_FAMILY(SNA),
    CORRAL_FAMILY(IRDA),
    CORRAL_FAMILY(PPPOX),
    CORRAL_FAMILY(WANPIPE),
    CORRAL_FAMILY(LLC),
    CORRAL_FAMILY(IB),
    CORRAL_FAMILY(MPLS),
    CORRAL_FAMILY(CAN),
    CORRAL_FAMILY(TIPC),
    CORRAL_FAMILY(BLUETOOTH),
    CORRAL_FAMILY(IUCV),
    CORRAL_FAMILY(RXRPC),
    CORRAL_FAMILY(ISDN),
    CORRAL_FAMILY(PHONET),
    CORRAL_FAMILY(IEEE802154),
    CORRAL_FAMILY(CAIF),
    CORRAL_FAMILY(ALG),
    CORRAL_FAMILY(NFC),
    CORRAL_FAMILY(VSOCK),
    CORRAL_FAMILY(KCM),
    CORRAL_FAMILY(QIPCRTR),
    CORRAL_FAMILY(SMC),
    CORRAL_FAMILY(XDP),
    // socket(2) types
    CORRAL_CONSTANT(SOCK_STREAM),
    CORRAL_CONSTANT(SOCK_DGRAM),
    CORRAL_CONSTANT(SOCK_RAW),
    CORRAL_CONSTANT(SOCK_RDM),
    CORRAL_CONSTANT(SOCK_SEQPACKET),
    CORRAL_CONSTANT(SOCK_PACKET),
    // netlink(7) protocols
    CORRAL_CONSTANT(NETLINK_ROUTE),
    CORRAL_CONSTANT(NETLINK_USERSOCK),
    CORRAL_CONSTANT(NETLINK_FIREWALL),
    CORRAL_CONSTANT(NETLINK_SOCK_DIAG),
    CORRAL_CONSTANT(NETLINK_INET_DIAG),
    CORRAL_CONSTANT(NETLINK_NFLOG),
    CORRAL_CONSTANT(NETLINK_XFRM),
    CORRAL_CONSTANT(NETLINK_SELINUX),
    CORRAL_CONSTANT(NETLINK_ISCSI),
    CORRAL_CONSTANT(NETLINK_AUDIT),
    CORRAL_CONSTANT(NETLINK_FIB_LOOKUP),
    CORRAL_CONSTANT(NETLINK_CONNECTOR),
    CORRAL_CONSTANT(NETLINK_NETFILTER),
    CORRAL_CONSTANT(NETLINK_IP6_FW),
    CORRAL_CONSTANT(NETLINK_DNRTMSG),
    CORRAL_CONSTANT(NETLINK_KOBJECT_UEVENT),
    CORRAL_CONSTANT(NETLINK_GENERIC),
    CORRAL_CONSTANT(NETLINK_SCSITRANSPORT),
    CORRAL_CONSTANT(NETLINK_ECRYPTFS),
    CORRAL_CONSTANT(NETLINK_RDMA),
    CORRAL_CONSTANT(NETLINK_CRYPTO),
    // clone(2), unshare(2), setns(2)
    CORRAL_CONSTANT(CLONE_NEWNS),
    CORRAL_CONSTANT(CLONE_NEWCGROUP),
    CORRAL_CONSTANT(CLONE_NEWUTS),
    CORRAL_CONSTANT(CLONE_NEWIPC),
    CORRAL_CONSTANT(CLONE_NEWUSER),
    CORRAL_CONSTANT(CLONE_NEWPID),
    CORRAL_CONSTANT(CLONE_NEWNET),
    CORRAL_CONSTANT(CLONE_NEWTIME),
    // ioctl_tty(2)
    CORRAL_CONSTANT(TIOCSTI),
    CORRAL_CONSTANT(TIOCLINUX),
    // mknod(2)
    CORRAL_CONSTANT(S_IFREG),
    CORRAL_CONSTANT(S_IFCHR),
    CORRAL_CONSTANT(S_IFBLK),
    CORRAL_CONSTANT(S_IFIFO),
    CORRAL_CONSTANT(S_IFSOCK),
    // getpriority(2)
    CORRAL_CONSTANT(PRIO_PROCESS),
    CORRAL_CONSTANT(PRIO_PGRP),
    CORRAL_CONSTANT(PRIO_USER),
};

#undef CORRAL_FAMILY
#undef CORRAL_CONSTANT

enum class RuleKind {
    Allow, // NAME …
    Deny, // ~NAME …
    Enosys, // @enosys NAME
};

struct Rule
{
    RuleKind kind = RuleKind::Allow;
    int syscall = 0;
    QList<scmp_arg_cmp> conditions;
    int line = 0;
    QString text;
};

struct Parsed
{
    QList<Rule> rules;
    QStringList skipped;
    QString error;
};

QString lineError(int line, const QString &text, const QString &why)
{
    return QStringLiteral("cannot compile seccomp filter: line %1 \"%2\": %3")
        .arg(QString::number(line), text, why);
}

QString libseccompError(int rc)
{
    return QString::fromLocal8Bit(strerror(-rc));
}

// A value a rule compares with: a constant, u:root / g:root, or a number. Every argument
// the rules filter on is 32 bits wide in the kernel, so values are too (as in snapd).
// Negative numbers are for "unchanged" ids (-1) and become their 32-bit pattern.
bool parseValue(
    const QString &token, bool allowNegative, quint64 *value, bool *negative, QString *why)
{
    *negative = false;
    if (token == QLatin1String("u:root") || token == QLatin1String("g:root")) {
        *value = 0;
        return true;
    }
    if (token.startsWith(QLatin1String("u:")) || token.startsWith(QLatin1String("g:"))) {
        *why = QStringLiteral("unknown user or group \"%1\": only root can be named").arg(token);
        return false;
    }
    const QChar first = token.front();
    if (first.isLetter() || first == u'_') {
        for (const Constant &constant : constants) {
            if (token == QLatin1String(constant.name)) {
                *value = constant.value;
                return true;
            }
        }
        *why = QStringLiteral("unknown constant \"%1\"").arg(token);
        return false;
    }

    bool ok = false;
    if (first == u'-') {
        const qint64 number = token.toLongLong(&ok, 10);
        if (!ok) {
            *why = QStringLiteral("malformed number \"%1\"").arg(token);
            return false;
        }
        if (!allowNegative) {
            *why = QStringLiteral("negative number \"%1\" only works as an equal value").arg(token);
            return false;
        }
        if (number < INT32_MIN) {
            *why = QStringLiteral("number \"%1\" does not fit in 32 bits").arg(token);
            return false;
        }
        *value = quint32(qint32(number));
        *negative = true;
        return true;
    }
    // Decimal, or hex after 0x; a leading zero does not make it octal.
    const bool hex = token.startsWith(QLatin1String("0x"), Qt::CaseInsensitive);
    const quint64 number = hex ? token.mid(2).toULongLong(&ok, 16) : token.toULongLong(&ok, 10);
    if (!ok || !first.isDigit() || (hex && !token.at(2).isLetterOrNumber())) {
        *why = QStringLiteral("malformed number \"%1\"").arg(token);
        return false;
    }
    if (number > UINT32_MAX) {
        *why = QStringLiteral("number \"%1\" does not fit in 32 bits").arg(token);
        return false;
    }
    *value = number;
    return true;
}

bool parseCondition(
    const QString &token, unsigned arg, RuleKind kind, scmp_arg_cmp *condition, QString *why)
{
    struct Operator
    {
        const char *prefix;
        scmp_compare op;
    };
    // Longer prefixes first, so ">=" is not read as ">" followed by "=…".
    static constexpr Operator operators[] = {
        { ">=", SCMP_CMP_GE },
        { "<=", SCMP_CMP_LE },
        { ">", SCMP_CMP_GT },
        { "<", SCMP_CMP_LT },
        // All 64 bits: fine for allowing, but a denial written as "NAME !N" on a 32-bit
        // argument can be slipped past with the upper half set; "~NAME N" cannot.
        { "!", SCMP_CMP_NE },
        { "|", SCMP_CMP_MASKED_EQ },
    };
    scmp_compare op = SCMP_CMP_EQ;
    QString valueText = token;
    for (const Operator &candidate : operators) {
        if (token.startsWith(QLatin1String(candidate.prefix))) {
            op = candidate.op;
            valueText = token.mid(qsizetype(strlen(candidate.prefix)));
            break;
        }
    }
    if (op == SCMP_CMP_EQ && !token.front().isLetterOrNumber() && token.front() != u'_'
        && token.front() != u'-') {
        *why = QStringLiteral("unknown comparison \"%1\"").arg(token);
        return false;
    }
    if (valueText.isEmpty()) {
        *why = QStringLiteral("missing value after \"%1\"").arg(token);
        return false;
    }
    quint64 value = 0;
    bool negative = false;
    if (!parseValue(valueText, op == SCMP_CMP_EQ, &value, &negative, why))
        return false;

    *condition = scmp_arg_cmp { arg, op, value, 0 };
    if (op == SCMP_CMP_MASKED_EQ) {
        condition->datum_b = value; // all bits of the mask set
    } else if (op == SCMP_CMP_EQ && (kind == RuleKind::Deny || negative)) {
        // The kernel reads these arguments as 32-bit values and ignores the upper half of
        // the register. A denial compares only the lower half, or a caller could set the
        // upper one to slip past it (CVE-2019-7303); -1 matches both the zero- and the
        // sign-extended form callers pass.
        condition->op = SCMP_CMP_MASKED_EQ;
        condition->datum_a = 0xffffffff;
        condition->datum_b = value;
    }
    return true;
}

bool isSyscallName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

Parsed parse(const QString &source)
{
    Parsed parsed;
    QSet<QString> skipped;
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QStringList lines = source.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i + 1);
        const QString text = lines.at(i).trimmed();
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        const auto fail = [&](const QString &why) {
            parsed.error = lineError(lineNumber, text, why);
            return parsed;
        };

        QStringList tokens = text.split(whitespace);
        Rule rule;
        rule.line = lineNumber;
        rule.text = text;
        QString name = tokens.takeFirst();
        if (name.startsWith(u'@')) {
            if (name != QLatin1String("@enosys"))
                return fail(QStringLiteral("unknown directive \"%1\"").arg(name));
            if (tokens.size() != 1)
                return fail(QStringLiteral("@enosys takes one system call name"));
            rule.kind = RuleKind::Enosys;
            name = tokens.takeFirst();
        } else if (name.startsWith(u'~')) {
            rule.kind = RuleKind::Deny;
            name.remove(0, 1);
        }
        if (!isSyscallName(name))
            return fail(QStringLiteral("malformed system call name \"%1\"").arg(name));
        // libseccomp takes at most six arguments, as many as a system call has.
        if (tokens.size() > 6)
            return fail(QStringLiteral("more than 6 arguments"));
        for (qsizetype arg = 0; arg < tokens.size(); ++arg) {
            if (tokens.at(arg) == QLatin1String("-"))
                continue;
            scmp_arg_cmp condition;
            QString why;
            if (!parseCondition(tokens.at(arg), unsigned(arg), rule.kind, &condition, &why))
                return fail(why);
            rule.conditions.append(condition);
        }
        // Checked after the arguments, so that a bad line is reported on every
        // architecture, not only where its system call exists.
        rule.syscall = seccomp_syscall_resolve_name_arch(SCMP_ARCH_NATIVE, name.toLatin1());
        if (rule.syscall < 0) {
            // __NR_SCMP_ERROR for names libseccomp does not know at all, a negative
            // "pseudo" number for those of other architectures.
            if (!skipped.contains(name)) {
                skipped.insert(name);
                parsed.skipped.append(name);
            }
            continue;
        }
        parsed.rules.append(rule);
    }
    return parsed;
}

struct FilterDeleter
{
    void operator()(void *ctx) const { seccomp_release(ctx); }
};
using Filter = std::unique_ptr<void, FilterDeleter>;

struct FdCloser
{
    int fd = -1;
    ~FdCloser()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

Filter newFilter(uint32_t defaultAction, uint32_t badArchAction, QString *error)
{
    Filter filter(seccomp_init(defaultAction));
    if (!filter) {
        *error = QStringLiteral("cannot compile seccomp filter: libseccomp cannot make a filter "
                                "with this default action (too old a kernel?)");
        return {};
    }
    const int rc = seccomp_attr_set(filter.get(), SCMP_FLTATR_ACT_BADARCH, badArchAction);
    if (rc < 0) {
        *error = QStringLiteral("cannot compile seccomp filter: cannot set the action for other "
                                "architectures: %1")
                     .arg(libseccompError(rc));
        return {};
    }
    // A binary tree of system call numbers instead of a linear list: fewer instructions
    // run per call. Older libseccomp lacks it and gets the list, which is still correct.
    seccomp_attr_set(filter.get(), SCMP_FLTATR_CTL_OPTIMIZE, 2);
    return filter;
}

bool addRule(const Filter &filter, uint32_t action, const Rule &rule, QString *error)
{
    const int rc = seccomp_rule_add_array(filter.get(), action, rule.syscall,
        unsigned(rule.conditions.size()), rule.conditions.constData());
    if (rc < 0) {
        *error = lineError(rule.line, rule.text,
            QStringLiteral("libseccomp refuses the rule: %1").arg(libseccompError(rc)));
        return false;
    }
    return true;
}

// The program libseccomp generates, as classic BPF instructions.
bool exportProgram(const Filter &filter, QList<sock_filter> *program, QString *error)
{
    const auto fail = [&](const QString &why) {
        *error = QStringLiteral("cannot compile seccomp filter: cannot export the program: %1")
                     .arg(why);
        return false;
    };
    FdCloser memory { ::memfd_create("corral-seccomp", MFD_CLOEXEC) };
    if (memory.fd < 0)
        return fail(QString::fromLocal8Bit(strerror(errno)));
    const int rc = seccomp_export_bpf(filter.get(), memory.fd);
    if (rc < 0)
        return fail(libseccompError(rc));
    const off_t size = ::lseek(memory.fd, 0, SEEK_END);
    if (size < 0 || size % off_t(sizeof(sock_filter)) != 0)
        return fail(QStringLiteral("unexpected size %1").arg(qint64(size)));
    program->resize(qsizetype(size / off_t(sizeof(sock_filter))));
    auto *out = reinterpret_cast<char *>(program->data());
    off_t done = 0;
    while (done < size) {
        const ssize_t n = ::pread(memory.fd, out + done, size_t(size - done), done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return fail(QString::fromLocal8Bit(strerror(n < 0 ? errno : EIO)));
        done += n;
    }
    return true;
}

// One program out of two: the denials run first and whatever they would allow continues
// into the allow-list. libseccomp cannot hold both in one filter (a rule that allows a
// whole system call absorbs conditional rules added for it), and snapd loads them as two
// filters; a single program keeps the file format and the launcher simple. Each "return
// allow" of the deny program becomes a jump to the first instruction of the allow-list;
// instructions keep their places, so the deny program's own jumps stay valid.
QList<sock_filter> chain(const QList<sock_filter> &deny, const QList<sock_filter> &allow)
{
    QList<sock_filter> program = deny;
    const auto denySize = quint32(deny.size());
    for (quint32 i = 0; i < denySize; ++i) {
        sock_filter &insn = program[i];
        if (insn.code == (BPF_RET | BPF_K) && insn.k == SECCOMP_RET_ALLOW)
            insn = sock_filter { BPF_JMP | BPF_JA, 0, 0, denySize - i - 1 };
    }
    program += allow;
    return program;
}

} // namespace

QString seccompSource(const QStringList &interfaceLines, Confinement mode)
{
    if (mode == Confinement::Classic)
        return {};
    QString source = QStringLiteral("# Seccomp profile, confinement %1, template version %2\n")
                         .arg(toString(mode), QString::number(seccompTemplateVersion));
    source += QString::fromUtf8(seccompDefaultTemplate());
    QSet<QString> seen;
    bool first = true;
    for (const QString &line : interfaceLines) {
        if (line.trimmed().isEmpty() || seen.contains(line))
            continue;
        seen.insert(line);
        if (first) {
            source += QStringLiteral("\n# Interfaces\n");
            first = false;
        }
        source += line + u'\n';
    }
    return source;
}

SeccompCompileResult compileSeccomp(const QString &source, Confinement mode)
{
    SeccompCompileResult result;
    if (mode == Confinement::Classic) {
        result.error = QStringLiteral("cannot compile seccomp filter: classic confinement has "
                                      "no filter");
        return result;
    }
    Parsed parsed = parse(source);
    if (!parsed.error.isEmpty()) {
        result.error = parsed.error;
        return result;
    }
    result.skippedSyscalls = parsed.skipped;

    const bool strict = mode == Confinement::Strict;
    const uint32_t refuse = strict ? SCMP_ACT_ERRNO(EPERM) : SCMP_ACT_LOG;
    const uint32_t deny = strict ? SCMP_ACT_ERRNO(EACCES) : SCMP_ACT_LOG;
    // Calls through another architecture's table would meet rules written for this one.
    const uint32_t badArch = strict ? SCMP_ACT_KILL_PROCESS : SCMP_ACT_LOG;

    Filter allowFilter = newFilter(refuse, badArch, &result.error);
    if (!allowFilter)
        return result;
    QSet<int> allowed;
    bool hasDenials = false;
    for (const Rule &rule : std::as_const(parsed.rules)) {
        if (rule.kind == RuleKind::Allow) {
            if (!addRule(allowFilter, SCMP_ACT_ALLOW, rule, &result.error))
                return result;
            allowed.insert(rule.syscall);
        }
        hasDenials = hasDenials || rule.kind == RuleKind::Deny;
    }
    // After every allow rule: an interface that allows the call wins over @enosys.
    for (const Rule &rule : std::as_const(parsed.rules)) {
        if (rule.kind == RuleKind::Enosys && !allowed.contains(rule.syscall)) {
            if (!addRule(allowFilter, SCMP_ACT_ERRNO(ENOSYS), rule, &result.error))
                return result;
        }
    }
    QList<sock_filter> program;
    if (!exportProgram(allowFilter, &program, &result.error))
        return result;

    if (hasDenials) {
        // Its other-architecture action lets the call through to the allow-list, which
        // decides.
        Filter denyFilter = newFilter(SCMP_ACT_ALLOW, SCMP_ACT_ALLOW, &result.error);
        if (!denyFilter)
            return result;
        for (const Rule &rule : std::as_const(parsed.rules)) {
            if (rule.kind == RuleKind::Deny && !addRule(denyFilter, deny, rule, &result.error))
                return result;
        }
        QList<sock_filter> denyProgram;
        if (!exportProgram(denyFilter, &denyProgram, &result.error))
            return result;
        program = chain(denyProgram, program);
    }

    if (program.size() > qsizetype(seccompfile::MaxInstructions)) {
        result.error = QStringLiteral("cannot compile seccomp filter: %1 instructions, more "
                                      "than the kernel's limit of %2")
                           .arg(QString::number(program.size()),
                               QString::number(seccompfile::MaxInstructions));
        return result;
    }

    seccompfile::Header header {};
    memcpy(header.magic, seccompfile::Magic, sizeof(header.magic));
    header.version = seccompfile::FormatVersion;
    // In devmode everything refused is logged through SECCOMP_RET_LOG already; the flag
    // would add only the @enosys answers.
    header.flags = strict ? seccompfile::FlagLog : 0;
    header.instructionCount = quint32(program.size());
    result.binary = QByteArray(reinterpret_cast<const char *>(&header), sizeof(header));
    result.binary += QByteArray(reinterpret_cast<const char *>(program.constData()),
        program.size() * qsizetype(sizeof(sock_filter)));
    result.instructions = int(program.size());
    result.ok = true;
    return result;
}

bool writeSeccompFile(const QString &path, const QByteArray &binary, QString *error)
{
    if (const char *why = seccompfile::validate(binary.constData(), size_t(binary.size()))) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, QLatin1String(why));
        return false;
    }
    return writeFileAtomically(path, binary, error, 0644);
}

} // namespace corral
