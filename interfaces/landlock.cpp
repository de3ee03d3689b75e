#include "interfaces/landlock.h"

#include <QDir>
#include <QMap>

namespace corral {
namespace {

bool hasGlob(QStringView component)
{
    for (const QChar c : component) {
        if (c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('[')
            || c == QLatin1Char('^'))
            return true;
    }
    return false;
}

// Replaces the variables the generator knows with their values, and the per-user ones
// with the launcher's $NAME form.
QString resolveVariables(QString pattern, const LandlockContext &context)
{
    const QString mountDir = QStringLiteral(CORRAL_SNAP_MOUNT_DIR);
    const QList<QPair<QLatin1String, QString>> variables = {
        { QLatin1String("@{SNAP_USER_DATA}"), QStringLiteral("$SNAP_USER_DATA") },
        { QLatin1String("@{SNAP_USER_COMMON}"), QStringLiteral("$SNAP_USER_COMMON") },
        { QLatin1String("@{SNAP_DATA}"),
            QStringLiteral("/var/snap/%1/%2").arg(context.snap, context.revision) },
        { QLatin1String("@{SNAP_COMMON}"),
            QStringLiteral("/var/snap/%1/common").arg(context.snap) },
        { QLatin1String("@{SNAP_NAME}"), context.snap },
        { QLatin1String("@{SNAP_INSTANCE_NAME}"), context.snap },
        { QLatin1String("@{SNAP_REVISION}"), context.revision },
        { QLatin1String("@{SNAP}"),
            QStringLiteral("%1/%2/%3").arg(mountDir, context.snap, context.revision) },
        { QLatin1String("@{HOME}"), QStringLiteral("$HOME") },
        { QLatin1String("@{PROC}"), QStringLiteral("/proc") },
        { QLatin1String("@{XDG_RUNTIME_DIR}"), QStringLiteral("$XDG_RUNTIME_DIR") },
        // A process id is only known at run time: treat it as a glob.
        { QLatin1String("@{pid}"), QStringLiteral("*") },
    };
    for (const auto &[name, value] : variables)
        pattern.replace(name, value);
    return pattern;
}

// "r" read files and list directories, "w" write, "x" execute, "d" list directories
// only. A pattern naming a directory itself ("@{HOME}/") grants listing it, nothing
// beneath: Landlock would otherwise extend it to every file in the tree.
QString accessLetters(AccessFlags access, bool directoryItself)
{
    if (directoryItself)
        return access & Access::Read ? QStringLiteral("d") : QString();
    QString letters;
    if (access & Access::Read)
        letters += QLatin1Char('r');
    if (access & Access::Write)
        letters += QLatin1Char('w');
    if (access & Access::Execute)
        letters += QLatin1Char('x');
    return letters;
}

QString unionOf(const QString &a, const QString &b)
{
    QString letters;
    for (const QChar c : QStringView(u"rwxd")) {
        if (a.contains(c) || b.contains(c))
            letters += c;
    }
    if (letters.contains(QLatin1Char('r')))
        letters.remove(QLatin1Char('d'));
    return letters;
}

// AppArmor glob syntax within one component, as fnmatch(3) reads it.
QString toFnmatch(QString component)
{
    component.replace(QLatin1String("**"), QLatin1String("*"));
    component.replace(QLatin1String("[^"), QLatin1String("[!"));
    return component;
}

// Splits a pattern into its components; a "/" inside a [...] class ("[^/]") belongs to
// the class, not a separator.
QStringList splitComponents(const QString &pattern)
{
    QStringList components;
    QString current;
    bool inClass = false;
    for (const QChar c : pattern) {
        if (c == QLatin1Char('/') && !inClass) {
            if (!current.isEmpty())
                components << current;
            current.clear();
            continue;
        }
        if (c == QLatin1Char('['))
            inClass = true;
        else if (c == QLatin1Char(']'))
            inClass = false;
        current += c;
    }
    if (!current.isEmpty())
        components << current;
    return components;
}

// The path Landlock can grant for one brace-free pattern, or an empty string when it
// should grant nothing: a glob right at the root, or a pattern below $HOME that could
// only be granted as all of $HOME (which would include ~/.ssh and every other secret;
// AppArmor, where enabled, still grants it precisely).
QString landlockPath(const QString &pattern)
{
    const QStringList components = splitComponents(pattern);
    const bool absolute = pattern.startsWith(QLatin1Char('/'));
    QStringList kept;
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QString &component = components[i];
        if (!hasGlob(component)) {
            kept << component;
            continue;
        }
        const bool lastComponent = i + 1 == components.size();
        const bool directlyBelowHome = kept == QStringList { QStringLiteral("$HOME") };
        if (directlyBelowHome && component != QLatin1String("**")) {
            // `@{HOME}/**` asks for the whole home; anything narrower stays narrower.
            if (!lastComponent)
                return {};
            kept << toFnmatch(component);
        }
        break;
    }
    if (kept.isEmpty())
        return {};
    const QString path = kept.join(QLatin1Char('/'));
    return absolute ? QLatin1Char('/') + path : path;
}

// Whether `path` is `ancestor` or below it.
bool isBeneath(const QString &path, const QString &ancestor)
{
    if (ancestor == QLatin1String("/"))
        return path.startsWith(QLatin1Char('/'));
    return path == ancestor || path.startsWith(ancestor + QLatin1Char('/'));
}

bool covers(const QString &outer, const QString &inner)
{
    for (const QChar c : inner) {
        // Reading everything includes listing directories.
        if (!outer.contains(c) && !(c == QLatin1Char('d') && outer.contains(QLatin1Char('r'))))
            return false;
    }
    return true;
}

} // namespace

QStringList expandAlternatives(const QString &pattern)
{
    // Find the first top-level {…} group and expand it; recurse for the rest.
    const qsizetype open = pattern.indexOf(QLatin1Char('{'));
    if (open < 0)
        return { pattern };
    int depth = 0;
    qsizetype close = -1;
    QList<qsizetype> commas;
    for (qsizetype i = open; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == QLatin1Char('{')) {
            ++depth;
        } else if (c == QLatin1Char('}')) {
            if (--depth == 0) {
                close = i;
                break;
            }
        } else if (c == QLatin1Char(',') && depth == 1) {
            commas << i;
        }
    }
    if (close < 0)
        return { pattern }; // unbalanced: the catalog's conformance test rejects these
    const QString prefix = pattern.left(open);
    const QString suffix = pattern.mid(close + 1);
    QStringList result;
    qsizetype start = open + 1;
    commas << close;
    for (const qsizetype end : std::as_const(commas)) {
        const QString alternative = pattern.mid(start, end - start);
        result += expandAlternatives(prefix + alternative + suffix);
        start = end + 1;
    }
    return result;
}

QList<LandlockRule> landlockRules(const QList<FileRule> &files, const LandlockContext &context)
{
    // Union of access per path, in first-seen order.
    QList<QString> order;
    QMap<QString, QString> access;
    for (const FileRule &rule : files) {
        for (const QString &pattern : expandAlternatives(resolveVariables(rule.pattern, context))) {
            const QString letters = accessLetters(rule.access, pattern.endsWith(QLatin1Char('/')));
            const QString path = landlockPath(QDir::cleanPath(pattern));
            if (letters.isEmpty() || path.isEmpty())
                continue;
            if (!access.contains(path))
                order << path;
            access[path] = unionOf(access.value(path), letters);
        }
    }
    QList<LandlockRule> rules;
    for (const QString &path : std::as_const(order)) {
        const QString letters = access.value(path);
        // Implied by a rule on one of its ancestors (a literal path, not a pattern) that
        // allows at least as much. Ancestors are looked up rather than every rule scanned:
        // a policy has hundreds of paths.
        bool implied = false;
        for (qsizetype slash = path.lastIndexOf(QLatin1Char('/')); slash >= 0 && !implied;
             slash = slash > 0 ? path.lastIndexOf(QLatin1Char('/'), slash - 1) : -1) {
            const QString ancestor = slash == 0 ? QStringLiteral("/") : path.left(slash);
            const auto it = access.constFind(ancestor);
            implied = ancestor != path && it != access.cend() && isBeneath(path, ancestor)
                && !ancestor.contains(QLatin1Char('*')) && !ancestor.contains(QLatin1Char('['))
                && covers(*it, letters);
        }
        if (!implied)
            rules.append({ letters, path });
    }
    return rules;
}

} // namespace corral
