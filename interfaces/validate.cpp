#include "interfaces/validate.h"

#include <QStringList>

#include <algorithm>

namespace corral {

namespace {

bool isLower(QChar c)
{
    return c >= QLatin1Char('a') && c <= QLatin1Char('z');
}

bool isUpper(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isLowerOrDigit(QChar c)
{
    return isLower(c) || isDigit(c);
}

bool isAlnum(QChar c)
{
    return isLower(c) || isUpper(c) || isDigit(c);
}

// Matches ^[first](?:-?[rest])*$, the shape of snapd's app, hook, plug, slot and
// interface names, without a regular expression engine.
bool isDashedName(const QString &name, bool (*first)(QChar), bool (*rest)(QChar))
{
    if (name.isEmpty() || !first(name.front()))
        return false;
    for (qsizetype i = 1; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c == QLatin1Char('-')) {
            // A dash must be followed by a name character, so no "--" and no trailing dash.
            if (i + 1 == name.size() || !rest(name.at(i + 1)))
                return false;
        } else if (!rest(c)) {
            return false;
        }
    }
    return true;
}

// A character quoted for a message: printable ASCII as itself, anything else as U+XXXX so
// that invisible or look-alike characters are visible.
QString describeChar(QChar c)
{
    if (c.unicode() > 0x20 && c.unicode() < 0x7f)
        return QLatin1Char('"') + c + QLatin1Char('"');
    if (c == QLatin1Char(' '))
        return QStringLiteral("a space");
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

bool isCommandChar(QChar c)
{
    // snapd's appContentWhitelist: snap-exec splits commands on spaces and cannot quote,
    // so quotes, backslashes and other shell syntax are refused.
    static const QString extra = QStringLiteral("/. _#:$-");
    return isAlnum(c) || extra.contains(c);
}

bool isUnder(const QString &path, const QString &dir)
{
    return path == dir || path.startsWith(dir + QLatin1Char('/'));
}

// Directories a layout may not replace: snapd's list, with Corral's own state directory
// in place of snapd's, plus the host directories the launcher binds into every sandbox
// (a layout there would hide what interfaces grant, or host state the sandbox needs).
const QStringList &layoutOffLimits()
{
    static const QStringList dirs = [] {
        QStringList list = {
            QStringLiteral("/boot"),
            QStringLiteral("/dev"),
            QStringLiteral("/etc"),
            QStringLiteral("/home"),
            QStringLiteral("/lib/firmware"),
            QStringLiteral("/lib/modules"),
            QStringLiteral("/lost+found"),
            QStringLiteral("/media"),
            QStringLiteral("/proc"),
            QStringLiteral("/root"),
            QStringLiteral("/run"),
            QStringLiteral("/snap"),
            QStringLiteral("/sys"),
            QStringLiteral("/tmp"),
            QStringLiteral("/usr/src"),
            QStringLiteral("/var/lib/corral"),
            QStringLiteral("/var/lib/snapd"),
            QStringLiteral("/var/log"),
            QStringLiteral("/var/snap"),
            QStringLiteral("/var/tmp"),
        };
#ifdef CORRAL_SNAP_MOUNT_DIR
        const QString mountDir = QStringLiteral(CORRAL_SNAP_MOUNT_DIR);
        if (!list.contains(mountDir))
            list.append(mountDir);
#endif
        return list;
    }();
    return dirs;
}

// The clean form of an absolute path: no empty, "." or ".." components, no trailing
// slash. Empty when ".." would climb above "/".
QString cleanAbsolutePath(const QString &path)
{
    QStringList parts;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (!parts.isEmpty())
                parts.removeLast();
            continue;
        }
        parts.append(part);
    }
    return QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

} // namespace

QString checkSnapName(const QString &name)
{
    if (name.isEmpty())
        return QStringLiteral("snap name must not be empty");
    for (QChar c : name) {
        if (!isLowerOrDigit(c) && c != QLatin1Char('-'))
            return QStringLiteral("snap name may only contain lowercase letters, digits and "
                                  "dashes");
    }
    if (name.size() < 2 || name.size() > 40)
        return QStringLiteral("snap name must be 2 to 40 characters long");
    if (!std::any_of(name.begin(), name.end(), isLower))
        return QStringLiteral("snap name must contain a letter");
    if (name.startsWith(QLatin1Char('-')) || name.endsWith(QLatin1Char('-')))
        return QStringLiteral("snap name must not start or end with a dash");
    if (name.contains(QLatin1String("--")))
        return QStringLiteral("snap name must not contain two dashes in a row");
    return {};
}

QString checkAppName(const QString &name)
{
    if (!isDashedName(name, isAlnum, isAlnum))
        return QStringLiteral("invalid app name");
    return {};
}

QString checkHookName(const QString &name)
{
    if (!isDashedName(name, isLower, isLowerOrDigit))
        return QStringLiteral("invalid hook name");
    return {};
}

QString checkPlugOrSlotName(const QString &name)
{
    if (!isDashedName(name, isLower, isLowerOrDigit))
        return QStringLiteral("invalid plug or slot name");
    return {};
}

QString checkInterfaceName(const QString &name)
{
    if (!isDashedName(name, isLower, isLowerOrDigit))
        return QStringLiteral("invalid interface name");
    return {};
}

QString checkVersion(const QString &version)
{
    // The rules of snapd's ^[a-zA-Z0-9](?:[a-zA-Z0-9:.+~-]{0,30}[a-zA-Z0-9+~])?$, checked
    // one at a time so that the reason says which one is broken.
    if (version.isEmpty())
        return QStringLiteral("version must not be empty");
    for (QChar c : version) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return QStringLiteral("version may only contain printable ASCII characters "
                                  "without spaces");
    }
    if (version.size() > 32)
        return QStringLiteral("version must be at most 32 characters long");
    if (!isAlnum(version.front()))
        return QStringLiteral("version must start with a letter or a digit");
    const QChar last = version.back();
    if (version.size() > 1 && !isAlnum(last) && last != QLatin1Char('+')
        && last != QLatin1Char('~'))
        return QStringLiteral("version must end with a letter, a digit, \"+\" or \"~\"");
    static const QString middle = QStringLiteral(":.+~-");
    for (QChar c : version) {
        if (!isAlnum(c) && !middle.contains(c))
            return QStringLiteral("version may only contain letters, digits and \":.+~-\"");
    }
    return {};
}

QString checkCommand(const QString &command)
{
    if (command.isEmpty())
        return QStringLiteral("command must not be empty");
    for (QChar c : command) {
        if (!isCommandChar(c))
            return QStringLiteral("command may not contain %1").arg(describeChar(c));
    }
    return {};
}

QString checkLayoutPath(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral("layout path must not be empty");
    if (!path.startsWith(QLatin1Char('/')))
        return QStringLiteral("layout path must be absolute");
    // AppArmor rules are generated from layout paths; characters its globbing treats
    // specially (and quotes) would change what the rules match.
    static const QString special = QStringLiteral("\"*?[]{}^\\$,");
    for (QChar c : path) {
        if (special.contains(c) || c.unicode() < 0x20 || c.unicode() == 0x7f)
            return QStringLiteral("layout path may not contain %1").arg(describeChar(c));
    }
    const QString clean = cleanAbsolutePath(path);
    if (clean != path)
        return QStringLiteral("layout path must be written as \"%1\"").arg(clean);
    if (path == QLatin1String("/"))
        return QStringLiteral("layout path must not be the root directory");
    for (const QString &dir : layoutOffLimits()) {
        if (isUnder(path, dir))
            return QStringLiteral("layout path must not be in \"%1\"").arg(dir);
    }
    return {};
}

QString checkEnvironmentName(const QString &name)
{
    // What a POSIX shell accepts as a variable name; anything else cannot be expanded
    // later as $NAME.
    if (name.isEmpty())
        return QStringLiteral("environment variable name must not be empty");
    if (isDigit(name.front()))
        return QStringLiteral("environment variable name must not start with a digit");
    for (QChar c : name) {
        if (!isAlnum(c) && c != QLatin1Char('_'))
            return QStringLiteral("environment variable name may only contain letters, digits "
                                  "and \"_\"");
    }
    return {};
}

QString checkRevision(const QString &revision)
{
    QStringView digits(revision);
    if (digits.startsWith(QLatin1Char('x')))
        digits = digits.mid(1);
    bool allDigits = !digits.isEmpty();
    for (QChar c : digits)
        allDigits = allDigits && isDigit(c);
    // A leading zero would give two spellings of one revision, and so two directories.
    if (!allDigits || digits.front() == QLatin1Char('0') || digits.size() > 9)
        return QStringLiteral("revision must be a positive number, or x and a positive number "
                              "for a local revision");
    return {};
}

} // namespace corral
