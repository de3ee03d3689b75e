// libFuzzer target for DenialParser: whatever the records, it returns (no crash, no hang,
// no leak), and what it returns keeps the promises of denial.h: stored text is escaped,
// ids are in range, every record is counted at most once.
//
// The input is split into lines. A line "#TYPE PAYLOAD" is a netlink message of that type;
// a line "~" flushes; any other line is a kernel log record, with the lines after it
// that start with a space as its continuation lines (as /dev/kmsg has them). The whole
// input is then also given as one record, which reaches the length limits.
#include "interfaces/denial.h"

#include <cstdint>
#include <cstdlib>

using namespace corral;

namespace {

// abort() is what libFuzzer reports as a crash, with the input that caused it.
void require(bool condition)
{
    if (!condition)
        std::abort();
}

bool isHex(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
}

// Escaped text: no control character, and every backslash starts a \xNN escape.
void checkEscaped(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        require(c >= 0x20 && c != 0x7f && !(c >= 0x80 && c <= 0x9f));
        require(c != 0x2028 && c != 0x2029 && !(c >= 0x202a && c <= 0x202e));
        if (c == u'\\') {
            require(i + 3 < text.size());
            require(text[i + 1] == QLatin1Char('x') && isHex(text[i + 2]) && isHex(text[i + 3]));
        }
        if (QChar::isHighSurrogate(c))
            require(i + 1 < text.size() && text[i + 1].isLowSurrogate());
        if (QChar::isLowSurrogate(c))
            require(i > 0 && text[i - 1].isHighSurrogate());
    }
}

void checkDenial(const Denial &denial)
{
    require(denial.time.isValid());
    require(denial.pid == -1 || denial.pid > 0);
    require(denial.uid >= -1 && denial.uid < 4294967295LL);
    require((denial.kind == DenialKind::Syscall) == (denial.source == DenialSource::Seccomp));
    require(denial.source == DenialSource::Seccomp || denial.syscall == -1);
    for (const QString *text : { &denial.tag, &denial.comm, &denial.exe, &denial.object,
             &denial.operation, &denial.requested, &denial.denied, &denial.arch, &denial.action,
             &denial.peer, &denial.dbus.bus, &denial.dbus.path, &denial.dbus.interface,
             &denial.dbus.member, &denial.dbus.name })
        checkEscaped(*text);
    require(!denial.tag.contains(QLatin1String(" (")));
    require(denial.key().count(QChar(0x1f)) == 10);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    DenialParser parser;
    quint64 records = 0;
    qsizetype denials = 0;

    const auto take = [&] {
        const QList<Denial> taken = parser.takeDenials();
        for (const Denial &denial : taken)
            checkDenial(denial);
        denials += taken.size();
    };

    qsizetype at = 0;
    while (at < input.size()) {
        qsizetype end = input.indexOf('\n', at);
        if (end < 0)
            end = input.size();
        // Continuation lines belong to the record before them.
        while (end + 1 < input.size() && input[end + 1] == ' ') {
            const qsizetype next = input.indexOf('\n', end + 1);
            end = next < 0 ? input.size() : next;
        }
        const QByteArrayView record = input.sliced(at, end - at);
        at = end + 1;

        if (record == "~") {
            parser.flush();
            take();
        } else if (record.startsWith('#')) {
            const qsizetype space = record.indexOf(' ');
            const QByteArrayView type = record.sliced(1, (space < 0 ? record.size() : space) - 1);
            bool ok = false;
            const int number = type.toByteArray().toInt(&ok);
            // Copied, so that a read past the payload's end is the sanitizers' to see.
            const QByteArray payload
                = space < 0 ? QByteArray() : record.sliced(space + 1).toByteArray();
            parser.addAuditMessage(ok ? number : 0, payload);
        } else {
            parser.addKernelLogRecord(record.toByteArray());
        }
        ++records;
        take();
    }
    parser.addKernelLogRecord(input.toByteArray());
    ++records;
    parser.flush();
    take();

    // Every record is counted at most once, and gives at most one denial.
    require(parser.droppedRecords() <= records);
    require(quint64(denials) + parser.droppedRecords() <= records);
    // Nothing stays behind a flush.
    parser.flush();
    require(parser.takeDenials().isEmpty());
    return 0;
}
