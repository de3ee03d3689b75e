#include "interfaces/desktopfiles.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <optional>

namespace corral {
namespace {

// The keys of [Desktop Entry] that are passed on; everything else (TryExec, Actions,
// DBusActivatable, X-…) is dropped, so that nothing but Exec says what runs.
const QStringList &knownKeys()
{
    static const QStringList keys { QStringLiteral("Type"), QStringLiteral("Name"),
        QStringLiteral("GenericName"), QStringLiteral("Comment"), QStringLiteral("Icon"),
        QStringLiteral("Exec"), QStringLiteral("Categories"), QStringLiteral("Keywords"),
        QStringLiteral("MimeType"), QStringLiteral("StartupWMClass"), QStringLiteral("Terminal"),
        QStringLiteral("NoDisplay") };
    return keys;
}

// Only text may be localized; a localized Exec or Icon would slip past the rewriting.
bool isLocalizable(const QString &key)
{
    return key == QLatin1String("Name") || key == QLatin1String("GenericName")
        || key == QLatin1String("Comment") || key == QLatin1String("Keywords");
}

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

// One argument of Exec: a literal string, or a field code standing alone ("%U").
struct ExecArgument
{
    QString text; // the literal value (%% already turned into %), or the field code
    bool fieldCode = false;
};

// Splits an Exec value into arguments by the Desktop Entry spec's rules: first the
// general string escapes (backslash-s, -n, -t, -r and a doubled backslash), then double
// quotes, inside which a backslash escapes a double quote, backtick, dollar or backslash.
std::optional<QList<ExecArgument>> splitExec(const QString &value, QString *why)
{
    QString unescaped;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] != QLatin1Char('\\') || i + 1 == value.size()) {
            unescaped += value[i];
            continue;
        }
        const QChar next = value[++i];
        if (next == QLatin1Char('s'))
            unescaped += QLatin1Char(' ');
        else if (next == QLatin1Char('n'))
            unescaped += QLatin1Char('\n');
        else if (next == QLatin1Char('t'))
            unescaped += QLatin1Char('\t');
        else if (next == QLatin1Char('r'))
            unescaped += QLatin1Char('\r');
        else if (next == QLatin1Char('\\'))
            unescaped += QLatin1Char('\\');
        else
            unescaped += QLatin1Char('\\') + next; // for the quoting rules below
    }
    if (hasControlCharacter(unescaped)) {
        *why = QStringLiteral("Exec contains a control character");
        return std::nullopt;
    }

    QList<ExecArgument> arguments;
    QString current;
    bool inArgument = false;
    bool quoted = false; // some part of the current argument was quoted
    const auto finish = [&]() -> bool {
        if (!inArgument)
            return true;
        static const QRegularExpression fieldCode(QStringLiteral("^%[a-zA-Z]$"));
        ExecArgument argument;
        if (!quoted && fieldCode.match(current).hasMatch()) {
            argument = { current, true };
        } else {
            // Anywhere else a % must be written %%: field codes inside other text (or
            // quotes) are not allowed.
            for (qsizetype i = 0; i < current.size(); ++i) {
                if (current[i] != QLatin1Char('%'))
                    argument.text += current[i];
                else if (i + 1 < current.size() && current[i + 1] == QLatin1Char('%'))
                    argument.text += current[++i];
                else {
                    *why = QStringLiteral("Exec argument \"%1\" has a field code that does not "
                                          "stand alone")
                               .arg(current);
                    return false;
                }
            }
        }
        arguments << argument;
        current.clear();
        inArgument = quoted = false;
        return true;
    };
    for (qsizetype i = 0; i < unescaped.size(); ++i) {
        const QChar c = unescaped[i];
        if (c == QLatin1Char(' ')) {
            if (!finish())
                return std::nullopt;
        } else if (c == QLatin1Char('"')) {
            inArgument = quoted = true;
            for (++i;; ++i) {
                if (i == unescaped.size()) {
                    *why = QStringLiteral("Exec has an unterminated quote");
                    return std::nullopt;
                }
                const QChar q = unescaped[i];
                if (q == QLatin1Char('"'))
                    break;
                if (q == QLatin1Char('\\')) {
                    static const QString escapable = QStringLiteral("\"`$\\");
                    if (i + 1 == unescaped.size() || !escapable.contains(unescaped[i + 1])) {
                        *why = QStringLiteral("Exec has a backslash in quotes that escapes "
                                              "nothing");
                        return std::nullopt;
                    }
                    current += unescaped[++i];
                } else {
                    current += q;
                }
            }
        } else if (c == QLatin1Char('\\')) {
            *why = QStringLiteral("Exec has a backslash outside quotes");
            return std::nullopt;
        } else {
            inArgument = true;
            current += c;
        }
    }
    if (!finish())
        return std::nullopt;
    return arguments;
}

// One argument written for Exec: % doubled, quoted when it holds a reserved character,
// and the general escape applied on top (so a literal backslash becomes four).
QString quoteExecArgument(const QString &argument)
{
    QString text = argument;
    text.replace(QLatin1Char('%'), QLatin1String("%%"));
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = text.isEmpty();
    for (const QChar c : std::as_const(text))
        needsQuotes = needsQuotes || reserved.contains(c);
    if (needsQuotes) {
        QString inner;
        for (const QChar c : std::as_const(text)) {
            if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$')
                || c == QLatin1Char('\\'))
                inner += QLatin1Char('\\');
            inner += c;
        }
        text = QLatin1Char('"') + inner + QLatin1Char('"');
    }
    return text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
}

// A value of type string or localestring, escaped as the spec says.
QString escapeValue(const QString &value)
{
    QString out;
    for (const QChar c : value) {
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c == QLatin1Char('\t'))
            out += QLatin1String("\\t");
        else if (c == QLatin1Char('\r'))
            out += QLatin1String("\\r");
        else if (c.unicode() >= 0x20 && c.unicode() != 0x7f)
            out += c;
    }
    return out;
}

QString launchCommand(const DesktopContext &context, const QString &app)
{
    return quoteExecArgument(context.launcher) + QLatin1Char(' ')
        + quoteExecArgument(context.snap + QLatin1Char('.') + app);
}

QString fallbackIcon(const DesktopContext &context)
{
    return context.snapIcon.isEmpty() ? QString::fromLatin1(genericDesktopIcon)
                                      : escapeValue(context.snapIcon);
}

// The app's own icon when it names a file inside the snap (${SNAP}/… or $SNAP/…).
QString snapRelativeIcon(const DesktopContext &context, const QString &value)
{
    QString relative;
    for (const QLatin1String prefix : { QLatin1String("${SNAP}/"), QLatin1String("$SNAP/") }) {
        if (value.startsWith(prefix))
            relative = value.mid(prefix.size());
    }
    if (relative.isEmpty() || relative.contains(QLatin1Char('\\')))
        return QString();
    for (const QString &part : relative.split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return QString();
    }
    return context.snapMountDir + QLatin1Char('/') + context.snap + QLatin1String("/current/")
        + relative;
}

struct Entry
{
    QString key; // with its locale, "Name[de]"
    QString value; // as written (escapes kept)
    int line = 0;
};

} // namespace

QString exportedDesktopFileName(const QString &snap, const QString &app)
{
    return snap + QLatin1Char('_') + app + QLatin1String(".desktop");
}

QByteArray generateDesktopFile(const DesktopContext &context, const QString &app)
{
    const QString snapName = context.title.isEmpty() ? context.snap : context.title;
    const QString name
        = app == context.snap ? snapName : QStringLiteral("%1 (%2)").arg(snapName, app);
    const QString text
        = QStringLiteral("[Desktop Entry]\nType=Application\nName=%1\nExec=%2\n"
                         "Icon=%3\n")
              .arg(escapeValue(name), launchCommand(context, app), fallbackIcon(context));
    return text.toUtf8();
}

DesktopFileResult rewriteDesktopFile(const QByteArray &content, const QString &fileName,
    const DesktopContext &context, const QString &app)
{
    DesktopFileResult result;
    const auto problem = [&](int line, const QString &why) {
        result.problems << Problem { fileName, { line, 0 },
            QStringLiteral("cannot export desktop file: %1").arg(why) };
        result.text.clear();
        return result;
    };
    if (content.size() > maxDesktopFileSize) {
        return problem(0,
            QStringLiteral("it has %1 bytes, more than the %2 allowed")
                .arg(content.size())
                .arg(maxDesktopFileSize));
    }

    static const QRegularExpression keyPattern(QStringLiteral(
        "^([A-Za-z0-9-]+)(?:\\[([A-Za-z]{2,3}(?:_[A-Za-z]{2,3})?(?:\\.[A-Za-z0-9-]+)?"
        "(?:@[A-Za-z0-9]+)?)\\])?$"));
    QList<Entry> entries;
    QSet<QString> seen;
    int groupLine = 0; // the line of [Desktop Entry]
    bool inDesktopEntry = false;
    bool seenGroup = false;
    const QList<QByteArray> lines = content.split('\n');
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int lineNumber = int(index) + 1;
        QByteArray raw = lines[index];
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (raw.contains('\0'))
            return problem(lineNumber, QStringLiteral("it contains a NUL byte"));
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString line = decoder(raw);
        if (decoder.hasError())
            return problem(lineNumber, QStringLiteral("it is not valid UTF-8"));
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        if (trimmed.startsWith(QLatin1Char('['))) {
            if (!trimmed.endsWith(QLatin1Char(']')) || hasControlCharacter(trimmed))
                return problem(lineNumber, QStringLiteral("invalid group header"));
            const QString group = trimmed.mid(1, trimmed.size() - 2);
            if (!seenGroup && group != QLatin1String("Desktop Entry")) {
                return problem(
                    lineNumber, QStringLiteral("the first group must be [Desktop Entry]"));
            }
            if (seenGroup && group == QLatin1String("Desktop Entry"))
                return problem(lineNumber, QStringLiteral("[Desktop Entry] appears twice"));
            inDesktopEntry = !seenGroup;
            if (inDesktopEntry)
                groupLine = lineNumber;
            seenGroup = true;
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals < 0)
            return problem(lineNumber, QStringLiteral("expected a key=value line"));
        if (!seenGroup)
            return problem(lineNumber, QStringLiteral("an entry comes before any group"));
        if (!inDesktopEntry)
            continue; // other groups, desktop actions included, are not exported
        const QString key = line.left(equals).trimmed();
        QString value = line.mid(equals + 1);
        while (value.startsWith(QLatin1Char(' ')) || value.startsWith(QLatin1Char('\t')))
            value.remove(0, 1);
        const QRegularExpressionMatch match = keyPattern.match(key);
        if (!match.hasMatch())
            return problem(lineNumber, QStringLiteral("invalid key \"%1\"").arg(key));
        if (seen.contains(key))
            return problem(lineNumber, QStringLiteral("key \"%1\" appears twice").arg(key));
        seen.insert(key);
        if (hasControlCharacter(value))
            return problem(
                lineNumber, QStringLiteral("the value of %1 has a control character").arg(key));
        const QString baseKey = match.captured(1);
        const bool localized = match.hasCaptured(2);
        if (!knownKeys().contains(baseKey) || (localized && !isLocalizable(baseKey)))
            continue;
        entries << Entry { key, value, lineNumber };
    }
    if (!seenGroup)
        return problem(0, QStringLiteral("it has no [Desktop Entry] group"));

    const auto find = [&](const QString &key) -> const Entry * {
        for (const Entry &entry : std::as_const(entries)) {
            if (entry.key == key)
                return &entry;
        }
        return nullptr;
    };
    if (!find(QStringLiteral("Name")))
        return problem(groupLine, QStringLiteral("[Desktop Entry] has no Name"));
    if (!find(QStringLiteral("Exec")))
        return problem(groupLine, QStringLiteral("[Desktop Entry] has no Exec"));

    QStringList out { QStringLiteral("[Desktop Entry]") };
    if (!find(QStringLiteral("Type")))
        out << QStringLiteral("Type=Application");
    for (const Entry &entry : std::as_const(entries)) {
        QString value = entry.value;
        if (entry.key == QLatin1String("Type")) {
            if (value != QLatin1String("Application")) {
                return problem(entry.line,
                    QStringLiteral("Type is \"%1\"; only Application is exported").arg(value));
            }
        } else if (entry.key == QLatin1String("Terminal")
            || entry.key == QLatin1String("NoDisplay")) {
            if (value != QLatin1String("true") && value != QLatin1String("false")) {
                return problem(
                    entry.line, QStringLiteral("%1 must be true or false").arg(entry.key));
            }
        } else if (entry.key == QLatin1String("Icon")) {
            value = snapRelativeIcon(context, value);
            value = value.isEmpty() ? fallbackIcon(context) : escapeValue(value);
        } else if (entry.key == QLatin1String("Exec")) {
            QString why;
            const std::optional<QList<ExecArgument>> arguments = splitExec(value, &why);
            if (!arguments)
                return problem(entry.line, why);
            const QString longName = context.snap + QLatin1Char('.') + app;
            const QString first = arguments->isEmpty() || arguments->constFirst().fieldCode
                ? QString()
                : arguments->constFirst().text;
            if (first != app && first != longName) {
                for (const QString &other : context.apps) {
                    if (other != app
                        && (first == other || first == context.snap + QLatin1Char('.') + other)) {
                        return problem(entry.line,
                            QStringLiteral("Exec runs the app \"%1\", but this file is for "
                                           "\"%2\"")
                                .arg(other, app));
                    }
                }
                return problem(entry.line,
                    QStringLiteral("Exec must start with the app \"%1\" (or \"%2\"), not \"%3\"")
                        .arg(app, longName, first));
            }
            value = launchCommand(context, app);
            bool haveFiles = false;
            for (qsizetype i = 1; i < arguments->size(); ++i) {
                const ExecArgument &argument = arguments->at(i);
                if (!argument.fieldCode) {
                    value += QLatin1Char(' ') + quoteExecArgument(argument.text);
                    continue;
                }
                static const QStringList files { QStringLiteral("%f"), QStringLiteral("%F"),
                    QStringLiteral("%u"), QStringLiteral("%U") };
                // %i %c %k describe the exported file rather than what the user opens,
                // and the rest are deprecated: the spec says to ignore them.
                static const QStringList dropped { QStringLiteral("%i"), QStringLiteral("%c"),
                    QStringLiteral("%k"), QStringLiteral("%d"), QStringLiteral("%D"),
                    QStringLiteral("%n"), QStringLiteral("%N"), QStringLiteral("%v"),
                    QStringLiteral("%m") };
                if (files.contains(argument.text)) {
                    if (haveFiles) {
                        return problem(entry.line,
                            QStringLiteral("Exec has more than one of %f, %F, %u and %U"));
                    }
                    haveFiles = true;
                    value += QLatin1Char(' ') + argument.text;
                } else if (!dropped.contains(argument.text)) {
                    return problem(entry.line,
                        QStringLiteral("Exec has an unknown field code %1").arg(argument.text));
                }
            }
        }
        out << entry.key + QLatin1Char('=') + value;
    }
    if (!find(QStringLiteral("Icon")))
        out << QStringLiteral("Icon=") + fallbackIcon(context);
    result.text = (out.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
    return result;
}

} // namespace corral
