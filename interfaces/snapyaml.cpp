#include "interfaces/snapyaml.h"

#include "interfaces/knowninterfaces.h"
#include "interfaces/validate.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace corral {

QString toString(SnapType type)
{
    switch (type) {
    case SnapType::App:
        return QStringLiteral("app");
    case SnapType::Base:
        return QStringLiteral("base");
    case SnapType::Os:
        return QStringLiteral("os");
    case SnapType::Snapd:
        return QStringLiteral("snapd");
    case SnapType::Gadget:
        return QStringLiteral("gadget");
    }
    return {};
}

QString toString(Confinement confinement)
{
    switch (confinement) {
    case Confinement::Strict:
        return QStringLiteral("strict");
    case Confinement::Devmode:
        return QStringLiteral("devmode");
    case Confinement::Classic:
        return QStringLiteral("classic");
    }
    return {};
}

QString toString(Grade grade)
{
    switch (grade) {
    case Grade::Stable:
        return QStringLiteral("stable");
    case Grade::Devel:
        return QStringLiteral("devel");
    }
    return {};
}

QString SnapInfo::effectiveBase() const
{
    if (type == SnapType::Base || type == SnapType::Os || type == SnapType::Snapd)
        return {};
    if (base == QLatin1String("none"))
        return {};
    return base.isEmpty() ? QStringLiteral("core") : base;
}

namespace {

// Real snap.yaml files nest five or six levels; the limit only has to stop hostile input
// long before yaml-cpp's own recursion (500 levels, each several stack frames) or ours.
constexpr int MaxNestingDepth = 64;
constexpr int MaxAttributeDepth = 32;
// Aliases let a small document describe a huge tree ("billion laughs"). Converting
// attributes into QVariants and walking the document are both bounded, so such a
// document is refused instead of exhausting memory or time.
constexpr qsizetype MaxAttributeValues = 100000;
constexpr qsizetype MaxVisitedNodes = 1000000;
constexpr qsizetype MaxQuotedLength = 60;
constexpr qsizetype MaxErrors = 100;
constexpr qsizetype MaxBindings = 100000;

const QString yamlName = QStringLiteral("snap.yaml");

// A value quoted for a message: escaped so that quotes, line breaks and control characters
// cannot disguise the message, and shortened so that a huge value cannot flood it.
QString quoted(const QString &value)
{
    QString out = QStringLiteral("\"");
    qsizetype count = 0;
    for (QChar c : value) {
        if (!c.isLowSurrogate() && ++count > MaxQuotedLength) {
            out += QStringLiteral("…");
            break;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c == QLatin1Char('\t'))
            out += QLatin1String("\\t");
        else if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0))
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

qsizetype codePointCount(const QString &text)
{
    return text.size()
        - std::count_if(text.begin(), text.end(), [](QChar c) { return c.isLowSurrogate(); });
}

QString describe(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        return QStringLiteral("a string");
    case YAML::NodeType::Sequence:
        return QStringLiteral("a list");
    case YAML::NodeType::Map:
        return QStringLiteral("a map");
    default:
        return QStringLiteral("nothing");
    }
}

QString fromYaml(const std::string &text)
{
    return QString::fromStdString(text);
}

// A yaml-cpp error message in the house style: lowercase, and the piece of the document it
// quotes (an escape character, which may well be a ".") quoted like every other value.
QString yamlMessage(const std::string &message)
{
    QString text = fromYaml(message);
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    const QLatin1String escape("unknown escape character: ");
    if (text.startsWith(escape))
        return QStringLiteral("unknown escape character %1").arg(quoted(text.mid(escape.size())));
    // yaml-cpp gives the code point of a \u or \U escape in decimal
    const QLatin1String unicode("invalid unicode: ");
    bool isNumber = false;
    const uint codePoint = text.mid(unicode.size()).toUInt(&isNumber);
    if (text.startsWith(unicode) && isNumber)
        return QStringLiteral("invalid code point U+%1 in an escape")
            .arg(QString::number(codePoint, 16).toUpper().rightJustified(4, QLatin1Char('0')));
    return text;
}

// --- Checks on the raw bytes, before yaml-cpp sees them -------------------------------

struct ByteProblem
{
    qsizetype offset = 0;
    QString message;
};

// The first byte that is not valid UTF-8, or the first character YAML does not allow
// (controls other than tab and line breaks; yaml-cpp would accept some of them and they
// could hide text when a value is printed on a terminal).
std::optional<ByteProblem> findBadCharacter(const QByteArray &yaml)
{
    const auto *s = reinterpret_cast<const uchar *>(yaml.constData());
    const qsizetype n = yaml.size();
    auto control = [](qsizetype at, uint cp) {
        if (cp == 0)
            return ByteProblem { at, QStringLiteral("contains a NUL byte") };
        const QString code = QString::number(cp, 16).toUpper().rightJustified(4, QLatin1Char('0'));
        return ByteProblem { at, QStringLiteral("contains the control character U+%1").arg(code) };
    };
    auto invalid = [](qsizetype at, uchar byte) {
        return ByteProblem { at,
            QStringLiteral("invalid UTF-8 (byte 0x%1)").arg(byte, 2, 16, QLatin1Char('0')) };
    };
    for (qsizetype i = 0; i < n;) {
        const uchar b = s[i];
        if (b < 0x80) {
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7f)
                return control(i, b);
            ++i;
            continue;
        }
        int length = 0;
        uint cp = 0;
        uint smallest = 0;
        if ((b & 0xe0) == 0xc0) {
            length = 2, cp = b & 0x1f, smallest = 0x80;
        } else if ((b & 0xf0) == 0xe0) {
            length = 3, cp = b & 0x0f, smallest = 0x800;
        } else if ((b & 0xf8) == 0xf0) {
            length = 4, cp = b & 0x07, smallest = 0x10000;
        } else {
            return invalid(i, b);
        }
        if (i + length > n)
            return invalid(i, b);
        for (int k = 1; k < length; ++k) {
            const uchar c = s[i + k];
            if ((c & 0xc0) != 0x80)
                return invalid(i, b);
            cp = (cp << 6) | (c & 0x3f);
        }
        // Overlong forms, UTF-16 surrogates and values beyond Unicode are not UTF-8.
        if (cp < smallest || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return invalid(i, b);
        if ((cp >= 0x80 && cp <= 0x9f) || cp == 0xfffe || cp == 0xffff)
            return control(i, cp);
        i += length;
    }
    return std::nullopt;
}

// Estimates how deeply the document nests, without recursion, and returns the offset of
// the first node nested deeper than maxDepth (or -1). It follows flow brackets, block
// indentation and compact "- " / "? " entries, and skips comments, quoted scalars, plain
// scalars and block scalars, where brackets are only text. Errs on the side of counting
// too much: it needs to stop hostile input, not to agree with yaml-cpp to the level.
qsizetype findDeepNesting(const QByteArray &yaml, int maxDepth)
{
    const char *s = yaml.constData();
    const qsizetype n = yaml.size();
    auto isBlank = [&](qsizetype i) {
        return i >= n || s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r';
    };
    auto isFlowIndicator
        = [](char c) { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'; };

    QList<qsizetype> block; // columns of the open block nodes
    qsizetype flow = 0;
    qsizetype lineStart = 0;
    qsizetype lineIndent = 0;
    qsizetype blockScalarParent = -1; // indentation of the line that started a | or > scalar
    bool atLineStart = true;
    bool nested = false; // the next token starts a node inside a "- " or "? " entry
    qsizetype p = 0;
    auto skipToEndOfLine = [&] {
        while (p < n && s[p] != '\n')
            ++p;
    };
    auto tooDeep = [&] { return block.size() + flow > maxDepth; };

    while (p < n) {
        if (atLineStart) {
            atLineStart = false;
            lineStart = p;
            while (p < n && s[p] == ' ')
                ++p;
            lineIndent = p - lineStart;
            qsizetype q = p;
            while (q < n && (s[q] == ' ' || s[q] == '\t' || s[q] == '\r'))
                ++q;
            const bool blank = q >= n || s[q] == '\n' || s[q] == '#';
            if (blockScalarParent >= 0) {
                if (blank || lineIndent > blockScalarParent) {
                    skipToEndOfLine();
                    continue;
                }
                blockScalarParent = -1;
            }
            if (blank) {
                skipToEndOfLine();
                continue;
            }
            if (flow == 0) {
                if (lineIndent == 0 && s[p] == '%') { // a directive
                    skipToEndOfLine();
                    continue;
                }
                if (lineIndent == 0 && n - p >= 3
                    && (std::memcmp(s + p, "---", 3) == 0 || std::memcmp(s + p, "...", 3) == 0)
                    && isBlank(p + 3)) {
                    block.clear();
                    nested = false;
                    p += 3;
                    continue;
                }
                while (!block.isEmpty() && block.last() >= lineIndent)
                    block.removeLast();
                block.append(lineIndent);
                if (tooDeep())
                    return p;
            }
        }

        const char c = s[p];
        if (c == '\n') {
            ++p;
            atLineStart = true;
            nested = false;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r') {
            ++p;
            continue;
        }
        if (c == '#') {
            skipToEndOfLine();
            continue;
        }
        if (c == '&' || c == '!') { // an anchor or a tag belongs to the node after it
            while (!isBlank(p) && !(flow > 0 && isFlowIndicator(s[p])))
                ++p;
            continue;
        }
        if (nested && flow == 0) {
            block.append(p - lineStart);
            if (tooDeep())
                return p;
        }
        nested = false;
        if (c == '[' || c == '{') {
            ++flow;
            if (tooDeep())
                return p;
            ++p;
            continue;
        }
        if (flow > 0 && (c == ']' || c == '}')) {
            --flow;
            ++p;
            continue;
        }
        if (flow > 0 && c == ',') {
            ++p;
            continue;
        }
        if ((c == '-' || c == '?' || c == ':') && isBlank(p + 1)) {
            nested = flow == 0 && c != ':';
            ++p;
            continue;
        }
        if (c == '"' || c == '\'') {
            for (++p; p < n; ++p) {
                if (c == '"' && s[p] == '\\') {
                    ++p;
                } else if (s[p] == c) {
                    if (c == '\'' && p + 1 < n && s[p + 1] == '\'') {
                        ++p;
                        continue;
                    }
                    ++p;
                    break;
                }
            }
            continue;
        }
        if (flow == 0 && (c == '|' || c == '>')) {
            blockScalarParent = lineIndent;
            skipToEndOfLine();
            continue;
        }
        // A plain scalar (or an alias): runs to the end of the line, to ": ", to " #", and
        // in a flow collection also to the next flow indicator.
        const qsizetype start = p;
        while (p < n && s[p] != '\n') {
            if (s[p] == ':' && (isBlank(p + 1) || (flow > 0 && isFlowIndicator(s[p + 1]))))
                break;
            if (flow > 0 && isFlowIndicator(s[p]))
                break;
            if (s[p] == '#' && p > start && (s[p - 1] == ' ' || s[p - 1] == '\t'))
                break;
            ++p;
        }
        if (p == start)
            ++p; // a lone indicator such as ":x" in a flow collection
    }
    return -1;
}

// Socket names follow the rules of snap names, without the length limit (snapd).
bool isValidSocketName(const QString &name)
{
    bool hasLetter = false;
    for (QChar c : name) {
        const bool letter = c >= QLatin1Char('a') && c <= QLatin1Char('z');
        hasLetter = hasLetter || letter;
        if (!letter && !(c >= QLatin1Char('0') && c <= QLatin1Char('9')) && c != QLatin1Char('-'))
            return false;
    }
    return hasLetter && !name.startsWith(QLatin1Char('-')) && !name.endsWith(QLatin1Char('-'))
        && !name.contains(QLatin1String("--"));
}

// Why the source of a layout cannot be used, or an empty string. The source must be one
// of the snap's own directories or a clean path below one, so that a layout cannot bring
// host files into the sandbox; characters that AppArmor globbing treats specially are
// refused as in layout paths.
QString checkLayoutSource(const QString &source)
{
    static const QRegularExpression variable(
        QStringLiteral("^\\$(?:SNAP|SNAP_DATA|SNAP_COMMON)(?=/|$)"));
    const auto match = variable.match(source);
    if (!match.hasMatch())
        return QStringLiteral("must start with $SNAP, $SNAP_DATA or $SNAP_COMMON");
    const QString rest = source.mid(match.capturedLength());
    static const QString special = QStringLiteral("\"*?[]{}^\\$,");
    for (QChar c : rest) {
        if (special.contains(c) || c.unicode() < 0x20 || c.unicode() == 0x7f)
            return QStringLiteral("may not contain %1").arg(quoted(QString(c)));
    }
    const QStringList parts = rest.split(QLatin1Char('/')).mid(1);
    if (rest == QLatin1String("/") || parts.contains(QString())
        || parts.contains(QLatin1String(".")) || parts.contains(QLatin1String("..")))
        return QStringLiteral("must be a clean path, without \"..\", \".\" or \"//\"");
    return {};
}

// Notes whether a YAML document has any content and where it starts; used to look at
// what follows the document Corral reads without building it.
class DocumentProbe : public YAML::EventHandler
{
public:
    bool hasContent = false;
    YAML::Mark mark = YAML::Mark::null_mark();

    void OnDocumentStart(const YAML::Mark &) override { }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &at, YAML::anchor_t) override { note(at, false); }
    void OnAlias(const YAML::Mark &at, YAML::anchor_t) override { note(at, true); }
    void OnScalar(
        const YAML::Mark &at, const std::string &, YAML::anchor_t, const std::string &) override
    {
        note(at, true);
    }
    void OnSequenceStart(const YAML::Mark &at, const std::string &, YAML::anchor_t,
        YAML::EmitterStyle::value) override
    {
        note(at, true);
    }
    void OnSequenceEnd() override { }
    void OnMapStart(const YAML::Mark &at, const std::string &, YAML::anchor_t,
        YAML::EmitterStyle::value) override
    {
        note(at, true);
    }
    void OnMapEnd() override { }

private:
    void note(const YAML::Mark &at, bool content)
    {
        if (!hasContent && !content && mark.is_null())
            mark = at;
        if (content && !hasContent) {
            hasContent = true;
            mark = at;
        }
    }
};

// --- The parser -----------------------------------------------------------------------

struct NameRef
{
    QString name;
    YAML::Mark mark;
};

QStringList namesOf(const QList<NameRef> &refs)
{
    QStringList names;
    QSet<QString> seen;
    for (const NameRef &ref : refs) {
        if (!seen.contains(ref.name)) {
            seen.insert(ref.name);
            names.append(ref.name);
        }
    }
    return names;
}

// Where an app's fields were written, kept beside the AppInfo for the checks that need
// the whole snap (binding plugs, ordering services) and point at the offending line.
struct AppSource
{
    YAML::Mark key;
    QHash<QString, YAML::Mark> fieldKeys;
    QHash<QString, YAML::Mark> fieldValues;
    QList<NameRef> plugs;
    QList<NameRef> slots;
    QList<NameRef> after;
    QList<NameRef> before;
    QList<NameRef> activatesOn;
};

struct HookSource
{
    YAML::Mark key;
    QList<NameRef> plugs;
    QList<NameRef> slots;
};

class SnapYamlParser
{
public:
    SnapYamlParser(const QByteArray &yaml, const QString &fileName)
        : m_yaml(yaml)
        , m_file(fileName)
    { }

    SnapYamlResult run();

private:
    SourcePos position(qsizetype offset) const;
    SourcePos position(const YAML::Mark &mark) const;
    // Where a value is, for a message about it. yaml-cpp marks an empty value (`key:`
    // followed by nothing) at the next token, often on a later line, so that one is
    // reported at the fallback (its key, or its list) instead.
    YAML::Mark markOf(const YAML::Node &value, const YAML::Mark &fallback) const
    {
        if (!value.IsNull() || isExplicitNull(value.Mark()))
            return value.Mark();
        return fallback;
    }
    bool isExplicitNull(const YAML::Mark &mark) const;
    void errorAt(const SourcePos &pos, const QString &message)
    {
        if (m_tooManyErrors)
            return;
        if (m_result.errors.size() == MaxErrors) {
            // Past this, more errors help nobody, and stopping bounds the work that a
            // hostile document full of mistakes (or of aliases to one) can cause.
            m_tooManyErrors = true;
            m_result.errors.append(Problem { m_file, pos,
                QStringLiteral("cannot parse %1: too many errors, stopped here").arg(yamlName) });
            return;
        }
        m_result.errors.append(Problem { m_file, pos, message });
    }
    void error(const YAML::Mark &mark, const QString &message) { errorAt(position(mark), message); }
    void warning(const SourcePos &pos, const QString &message)
    {
        // Like errors, warnings stop at a number a person can still read.
        if (m_result.warnings.size() < MaxErrors)
            m_result.warnings.append(Problem { m_file, pos, message });
        else
            ++m_moreWarnings;
    }

    bool visit(const YAML::Mark &mark);
    template<typename Fn> void forEachPair(const YAML::Node &map, Fn &&fn);
    template<typename Fn> void forEachItem(const YAML::Node &list, Fn &&fn);

    std::optional<QString> readString(const YAML::Node &value, const QString &what);
    std::optional<QList<NameRef>> readStringList(
        const YAML::Node &value, const YAML::Mark &keyMark, const QString &what);
    bool expectMap(const YAML::Node &value, const YAML::Mark &keyMark, const QString &what);
    Environment readEnvironment(const YAML::Node &value, const YAML::Mark &keyMark);
    QStringList readCommandChain(
        const YAML::Node &value, const YAML::Mark &keyMark, const QString &owner);

    void parseDocument(const YAML::Node &root);
    void parseApp(const QString &name, const YAML::Mark &keyMark, const YAML::Node &value);
    void parseSockets(AppInfo &app, const YAML::Node &value, const YAML::Mark &keyMark);
    void parseHook(const QString &name, const YAML::Mark &keyMark, const YAML::Node &value);
    template<typename Info>
    void parsePlugOrSlot(const QString &kind, const QString &name, const YAML::Mark &keyMark,
        const YAML::Node &value, QMap<QString, Info> &into);
    std::optional<QVariant> toAttribute(
        const YAML::Node &node, const YAML::Mark &fallback, int depth, const QString &what);
    void parseLayout(const QString &path, const YAML::Mark &keyMark, const YAML::Node &value);

    void checkApps();
    void checkServiceOrder();
    void checkLayouts();
    void bindPlugsAndSlots();
    void dropUnknownInterfaces();

    QByteArray m_yaml;
    QString m_file;
    QList<qsizetype> m_lineStarts;
    // UTF-8 continuation bytes before each offset, so that a column (in characters) costs
    // O(1) even on a long line; left empty for ASCII documents, where bytes are columns.
    QList<int> m_continuationBytes;
    SnapYamlResult m_result;
    SnapInfo m_snap;

    qsizetype m_visited = 0;
    bool m_tooManyNodes = false;
    bool m_tooManyErrors = false;
    qsizetype m_moreWarnings = 0;
    YAML::Mark m_attributeKey; // the attribute being converted, for errors about all of it
    qsizetype m_attributeValues = 0;
    bool m_tooManyAttributes = false;

    QHash<QString, AppSource> m_appSources;
    QHash<QString, HookSource> m_hookSources;
    QSet<QString> m_topLevelPlugs;
    QSet<QString> m_topLevelSlots;
    // Where each plug's or slot's interface was named, for the unknown-interface warning.
    QHash<QString, SourcePos> m_plugInterfacePos;
    QHash<QString, SourcePos> m_slotInterfacePos;
    QHash<QString, YAML::Mark> m_layoutKeys;
    QHash<QString, YAML::Mark> m_layoutSources;
    YAML::Mark m_baseMark;
    YAML::Mark m_rootMark;
};

SourcePos SnapYamlParser::position(qsizetype offset) const
{
    // Columns count characters, not bytes, so that they match what an editor shows.
    const auto next = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const qsizetype line = next - m_lineStarts.begin();
    const qsizetype start = m_lineStarts.at(line - 1);
    qsizetype column = offset - start + 1;
    if (!m_continuationBytes.isEmpty())
        column -= m_continuationBytes.at(offset) - m_continuationBytes.at(start);
    return SourcePos { int(line), int(column) };
}

SourcePos SnapYamlParser::position(const YAML::Mark &mark) const
{
    if (mark.pos >= 0 && mark.pos <= m_yaml.size())
        return position(qsizetype(mark.pos));
    if (mark.line >= 0 && mark.column >= 0)
        return SourcePos { mark.line + 1, mark.column + 1 };
    return SourcePos {};
}

bool SnapYamlParser::isExplicitNull(const YAML::Mark &mark) const
{
    const qsizetype pos = mark.pos;
    if (pos < 0 || pos >= m_yaml.size())
        return false;
    const QByteArrayView rest = QByteArrayView(m_yaml).sliced(pos);
    qsizetype end = -1;
    for (const char *word : { "~", "null", "Null", "NULL" }) {
        if (rest.startsWith(word)) {
            end = pos + qsizetype(std::strlen(word));
            break;
        }
    }
    if (end < 0 || (end < m_yaml.size() && !std::strchr(" \t\r\n,]}#", m_yaml.at(end))))
        return false;
    // The word must follow an indicator on its own line: a key's colon, a list's dash or
    // bracket, a comma, not the start of some later line.
    qsizetype before = pos - 1;
    while (before >= 0 && (m_yaml.at(before) == ' ' || m_yaml.at(before) == '\t'))
        --before;
    return before >= 0 && m_yaml.at(before) != '\0' && std::strchr(":-[,?{", m_yaml.at(before));
}

bool SnapYamlParser::visit(const YAML::Mark &mark)
{
    if (m_tooManyNodes || m_tooManyErrors)
        return false;
    if (++m_visited > MaxVisitedNodes) {
        m_tooManyNodes = true;
        error(mark,
            QStringLiteral("cannot parse %1: aliases expand to more than %2 values")
                .arg(yamlName)
                .arg(MaxVisitedNodes));
        return false;
    }
    return true;
}

// Calls fn(key, keyMark, value) for each entry of a map in document order, after checking
// that the key is a string used only once: yaml-cpp keeps duplicate keys, and a lookup
// would silently use the first.
template<typename Fn> void SnapYamlParser::forEachPair(const YAML::Node &map, Fn &&fn)
{
    QHash<QString, int> seen;
    for (auto it = map.begin(); it != map.end(); ++it) {
        // Copies: the iterator hands out a temporary pair, so references would dangle.
        const YAML::Node keyNode = it->first;
        const YAML::Node valueNode = it->second;
        if (!visit(keyNode.Mark()))
            return;
        if (!keyNode.IsScalar()) {
            error(markOf(keyNode, map.Mark()),
                QStringLiteral("cannot use key: expected a string, not %1").arg(describe(keyNode)));
            continue;
        }
        const QString key = fromYaml(keyNode.Scalar());
        const SourcePos pos = position(keyNode.Mark());
        if (const auto first = seen.constFind(key); first != seen.constEnd()) {
            errorAt(pos,
                QStringLiteral("cannot use key %1: already used on line %2")
                    .arg(quoted(key))
                    .arg(first.value()));
            continue;
        }
        seen.insert(key, pos.line);
        fn(key, keyNode.Mark(), valueNode);
    }
}

template<typename Fn> void SnapYamlParser::forEachItem(const YAML::Node &list, Fn &&fn)
{
    for (auto it = list.begin(); it != list.end(); ++it) {
        const YAML::Node item = *it;
        if (!visit(item.Mark()))
            return;
        fn(item);
    }
}

std::optional<QString> SnapYamlParser::readString(const YAML::Node &value, const QString &what)
{
    if (value.IsNull())
        return QString();
    if (!value.IsScalar()) {
        error(value.Mark(),
            QStringLiteral("cannot use %1: expected a string, not %2").arg(what, describe(value)));
        return std::nullopt;
    }
    return fromYaml(value.Scalar());
}

std::optional<QList<NameRef>> SnapYamlParser::readStringList(
    const YAML::Node &value, const YAML::Mark &keyMark, const QString &what)
{
    if (value.IsNull())
        return QList<NameRef>();
    if (!value.IsSequence()) {
        error(markOf(value, keyMark),
            QStringLiteral("cannot use %1: expected a list, not %2").arg(what, describe(value)));
        return std::nullopt;
    }
    QList<NameRef> names;
    bool ok = true;
    forEachItem(value, [&](const YAML::Node &item) {
        if (!ok)
            return; // one error per list is enough
        if (!item.IsScalar()) {
            error(markOf(item, value.Mark()),
                QStringLiteral("cannot use %1: each entry must be a string, not %2")
                    .arg(what, describe(item)));
            ok = false;
            return;
        }
        names.append(NameRef { fromYaml(item.Scalar()), item.Mark() });
    });
    if (!ok)
        return std::nullopt;
    return names;
}

bool SnapYamlParser::expectMap(
    const YAML::Node &value, const YAML::Mark &keyMark, const QString &what)
{
    if (value.IsMap())
        return true;
    error(markOf(value, keyMark),
        QStringLiteral("cannot use %1: expected a map, not %2").arg(what, describe(value)));
    return false;
}

Environment SnapYamlParser::readEnvironment(const YAML::Node &value, const YAML::Mark &keyMark)
{
    Environment environment;
    if (value.IsNull() || !expectMap(value, keyMark, QStringLiteral("environment")))
        return environment;
    forEachPair(
        value, [&](const QString &name, const YAML::Mark &nameMark, const YAML::Node &variable) {
            const QString what = QStringLiteral("environment variable %1").arg(quoted(name));
            if (const QString why = checkEnvironmentName(name); !why.isEmpty()) {
                error(nameMark, QStringLiteral("cannot use %1: %2").arg(what, why));
                return;
            }
            if (const auto text = readString(variable, what))
                environment.append({ name, *text });
        });
    return environment;
}

QStringList SnapYamlParser::readCommandChain(
    const YAML::Node &value, const YAML::Mark &keyMark, const QString &owner)
{
    QStringList chain;
    const auto entries
        = readStringList(value, keyMark, QStringLiteral("command-chain of ") + owner);
    if (!entries)
        return chain;
    for (const NameRef &entry : *entries) {
        // Unlike a command, an entry of the chain is one path: snap-exec does not split it.
        QString why = entry.name.contains(QLatin1Char(' '))
            ? QStringLiteral("command may not contain a space")
            : checkCommand(entry.name);
        if (!why.isEmpty()) {
            error(entry.mark,
                QStringLiteral("cannot use command-chain entry %1 of %2: %3")
                    .arg(quoted(entry.name), owner, why));
            continue;
        }
        chain.append(entry.name);
    }
    return chain;
}

SnapYamlResult SnapYamlParser::run()
{
    // A byte order mark is not content; dropping it keeps columns on line 1 as an editor
    // shows them.
    if (m_yaml.startsWith("\xef\xbb\xbf"))
        m_yaml.remove(0, 3);
    m_lineStarts.append(0);
    bool ascii = true;
    for (qsizetype i = 0; i < m_yaml.size(); ++i) {
        if (m_yaml.at(i) == '\n')
            m_lineStarts.append(i + 1);
        ascii = ascii && uchar(m_yaml.at(i)) < 0x80;
    }
    if (!ascii) {
        m_continuationBytes.resize(m_yaml.size() + 1);
        int count = 0;
        for (qsizetype i = 0; i < m_yaml.size(); ++i) {
            m_continuationBytes[i] = count;
            if ((uchar(m_yaml.at(i)) & 0xc0) == 0x80)
                ++count;
        }
        m_continuationBytes[m_yaml.size()] = count;
    }

    const QString cannotParse = QStringLiteral("cannot parse %1: ").arg(yamlName);
    if (const auto bad = findBadCharacter(m_yaml)) {
        errorAt(position(bad->offset), cannotParse + bad->message);
        return m_result;
    }
    if (const qsizetype deep = findDeepNesting(m_yaml, MaxNestingDepth); deep >= 0) {
        errorAt(position(deep),
            cannotParse + QStringLiteral("nested more than %1 levels deep").arg(MaxNestingDepth));
        return m_result;
    }

    // YAML::LoadAll() is not used: yaml-cpp 0.7 loops forever, allocating, when a flow
    // collection is followed by something like ",": its parser returns empty documents
    // without moving on. Load() reads the first document; what follows is looked at with
    // a bounded number of parser calls.
    const std::string text(m_yaml.constData(), size_t(m_yaml.size()));
    YAML::Node root;
    try {
        root = YAML::Load(text);
        std::istringstream stream(text);
        YAML::Parser parser(stream);
        DocumentProbe probe;
        parser.HandleNextDocument(probe); // the document Load() read
        probe = DocumentProbe();
        if (parser.HandleNextDocument(probe)) {
            const DocumentProbe second = probe;
            probe = DocumentProbe();
            const bool more = parser.HandleNextDocument(probe);
            // A trailing "---" gives one empty document, which is harmless.
            if (second.hasContent || more) {
                error(second.mark,
                    cannotParse
                        + (second.hasContent
                                ? QStringLiteral("more than one document")
                                : QStringLiteral("unexpected content after the document")));
                return m_result;
            }
        }
    } catch (const YAML::DeepRecursion &e) {
        errorAt(position(e.mark),
            cannotParse + QStringLiteral("nested more than %1 levels deep").arg(MaxNestingDepth));
        return m_result;
    } catch (const YAML::Exception &e) {
        errorAt(position(e.mark), cannotParse + yamlMessage(e.msg));
        return m_result;
    }
    if (!root.IsDefined() || root.IsNull()) {
        errorAt(SourcePos { 1, 1 }, cannotParse + QStringLiteral("the document is empty"));
        return m_result;
    }
    if (!root.IsMap()) {
        error(root.Mark(),
            cannotParse + QStringLiteral("expected a map of fields, not %1").arg(describe(root)));
        return m_result;
    }

    m_rootMark = root.Mark();
    parseDocument(root);
    if (!m_tooManyNodes && !m_tooManyErrors) {
        checkApps();
        bindPlugsAndSlots();
        checkServiceOrder();
        checkLayouts();
        dropUnknownInterfaces();
    }

    // Problems found by later checks belong between earlier ones; report them in the
    // order of the file.
    auto byPosition = [](const Problem &a, const Problem &b) {
        return std::pair(a.pos.line, a.pos.column) < std::pair(b.pos.line, b.pos.column);
    };
    std::stable_sort(m_result.errors.begin(), m_result.errors.end(), byPosition);
    std::stable_sort(m_result.warnings.begin(), m_result.warnings.end(), byPosition);
    if (m_moreWarnings > 0)
        m_result.warnings.append(Problem { m_file, SourcePos {},
            QStringLiteral("cannot use %1 more plugs or slots: unknown interfaces")
                .arg(m_moreWarnings) });
    if (m_result.errors.isEmpty())
        m_result.snap = std::move(m_snap);
    return m_result;
}

void SnapYamlParser::parseDocument(const YAML::Node &root)
{
    bool haveName = false;
    bool haveVersion = false;

    forEachPair(root, [&](const QString &key, const YAML::Mark &keyMark, const YAML::Node &value) {
        const YAML::Mark valueMark = markOf(value, keyMark);
        auto text = [&]() { return readString(value, key); };
        if (key == QLatin1String("name")) {
            haveName = true;
            if (const auto name = text()) {
                m_snap.name = *name;
                if (const QString why = checkSnapName(*name); !why.isEmpty())
                    error(valueMark,
                        QStringLiteral("cannot use name %1: %2").arg(quoted(*name), why));
            }
        } else if (key == QLatin1String("version")) {
            haveVersion = true;
            if (const auto version = text()) {
                m_snap.version = *version;
                if (const QString why = checkVersion(*version); !why.isEmpty())
                    error(valueMark,
                        QStringLiteral("cannot use version %1: %2").arg(quoted(*version), why));
            }
        } else if (key == QLatin1String("summary") || key == QLatin1String("title")
            || key == QLatin1String("description")) {
            // snapd's limits, in characters
            const bool isSummary = key == QLatin1String("summary");
            const bool isTitle = key == QLatin1String("title");
            const qsizetype limit = isSummary ? 128 : isTitle ? 40 : 4096;
            QString &into = isSummary ? m_snap.summary
                : isTitle             ? m_snap.title
                                      : m_snap.description;
            if (const auto content = text()) {
                into = *content;
                if (codePointCount(*content) > limit)
                    error(valueMark,
                        QStringLiteral("cannot use %1: must be at most %2 characters long")
                            .arg(key)
                            .arg(limit));
            }
        } else if (key == QLatin1String("license")) {
            if (const auto license = text())
                m_snap.license = *license;
        } else if (key == QLatin1String("type")) {
            const auto typeText = text();
            if (!typeText)
                return;
            static const QHash<QString, SnapType> types = {
                { QStringLiteral("app"), SnapType::App },
                { QStringLiteral("base"), SnapType::Base },
                { QStringLiteral("os"), SnapType::Os },
                { QStringLiteral("snapd"), SnapType::Snapd },
                { QStringLiteral("gadget"), SnapType::Gadget },
            };
            if (const auto it = types.constFind(*typeText); it != types.constEnd())
                m_snap.type = it.value();
            else
                error(valueMark,
                    QStringLiteral("cannot use type %1: must be app, base, os, snapd "
                                   "or gadget")
                        .arg(quoted(*typeText)));
        } else if (key == QLatin1String("base")) {
            if (const auto base = text()) {
                m_snap.base = *base;
                m_baseMark = valueMark;
                if (*base != QLatin1String("none")) {
                    if (const QString why = checkSnapName(*base); !why.isEmpty())
                        error(valueMark,
                            QStringLiteral("cannot use base %1: %2").arg(quoted(*base), why));
                }
            }
        } else if (key == QLatin1String("confinement")) {
            if (const auto confinement = text()) {
                if (*confinement == QLatin1String("strict"))
                    m_snap.confinement = Confinement::Strict;
                else if (*confinement == QLatin1String("devmode"))
                    m_snap.confinement = Confinement::Devmode;
                else if (*confinement == QLatin1String("classic"))
                    m_snap.confinement = Confinement::Classic;
                else
                    error(valueMark,
                        QStringLiteral("cannot use confinement %1: must be strict, "
                                       "devmode or classic")
                            .arg(quoted(*confinement)));
            }
        } else if (key == QLatin1String("grade")) {
            if (const auto grade = text()) {
                if (*grade == QLatin1String("stable"))
                    m_snap.grade = Grade::Stable;
                else if (*grade == QLatin1String("devel"))
                    m_snap.grade = Grade::Devel;
                else
                    error(valueMark,
                        QStringLiteral("cannot use grade %1: must be stable or devel")
                            .arg(quoted(*grade)));
            }
        } else if (key == QLatin1String("environment")) {
            m_snap.environment = readEnvironment(value, keyMark);
        } else if (key == QLatin1String("apps")) {
            if (!value.IsNull() && expectMap(value, keyMark, key))
                forEachPair(
                    value, [&](const QString &name, const YAML::Mark &mark, const YAML::Node &app) {
                        parseApp(name, mark, app);
                    });
        } else if (key == QLatin1String("hooks")) {
            if (!value.IsNull() && expectMap(value, keyMark, key))
                forEachPair(value,
                    [&](const QString &name, const YAML::Mark &mark, const YAML::Node &hook) {
                        parseHook(name, mark, hook);
                    });
        } else if (key == QLatin1String("plugs")) {
            if (!value.IsNull() && expectMap(value, keyMark, key))
                forEachPair(value,
                    [&](const QString &name, const YAML::Mark &mark, const YAML::Node &plug) {
                        parsePlugOrSlot(QStringLiteral("plug"), name, mark, plug, m_snap.plugs);
                    });
        } else if (key == QLatin1String("slots")) {
            if (!value.IsNull() && expectMap(value, keyMark, key))
                forEachPair(value,
                    [&](const QString &name, const YAML::Mark &mark, const YAML::Node &slot) {
                        parsePlugOrSlot(QStringLiteral("slot"), name, mark, slot, m_snap.slots);
                    });
        } else if (key == QLatin1String("layout")) {
            if (!value.IsNull() && expectMap(value, keyMark, key))
                forEachPair(value,
                    [&](const QString &path, const YAML::Mark &mark, const YAML::Node &entry) {
                        parseLayout(path, mark, entry);
                    });
        }
        // Other fields (architectures, assumes, epoch, links, …) mean nothing to Corral;
        // snapd ignores unknown ones too, so a newer snap.yaml still reads.
    });

    if (m_tooManyNodes || m_tooManyErrors)
        return;
    if (!haveName)
        error(root.Mark(), QStringLiteral("cannot use %1: missing \"name\"").arg(yamlName));
    if (!haveVersion)
        error(root.Mark(), QStringLiteral("cannot use %1: missing \"version\"").arg(yamlName));

    // Bases are what other snaps run on; they cannot sit on another base (snapd).
    const bool isBase = m_snap.type == SnapType::Base || m_snap.type == SnapType::Os;
    if (isBase && !m_snap.base.isEmpty() && m_snap.base != QLatin1String("none"))
        error(m_baseMark,
            QStringLiteral("cannot use base %1: a snap of type %2 cannot have a base")
                .arg(quoted(m_snap.base), toString(m_snap.type)));
    if (m_snap.base == QLatin1String("none")
        && (!m_appSources.isEmpty() || !m_hookSources.isEmpty()))
        error(m_baseMark,
            QStringLiteral("cannot use base \"none\": a snap without a base cannot "
                           "have apps or hooks"));
}

void SnapYamlParser::parseApp(
    const QString &name, const YAML::Mark &keyMark, const YAML::Node &value)
{
    const QString owner = QStringLiteral("app %1").arg(quoted(name));
    if (const QString why = checkAppName(name); !why.isEmpty())
        error(keyMark, QStringLiteral("cannot use %1: %2").arg(owner, why));
    AppInfo app;
    app.name = name;
    AppSource source;
    source.key = keyMark;
    if (!value.IsNull() && !expectMap(value, keyMark, owner))
        return;

    auto commandField = [&](const QString &field, const YAML::Node &node, const YAML::Mark &mark,
                            QString &into) {
        const auto text = readString(node, field + QStringLiteral(" of ") + owner);
        if (!text)
            return;
        into = *text;
        if (const QString why = checkCommand(*text); !why.isEmpty())
            error(markOf(node, mark),
                QStringLiteral("cannot use %1 %2 of %3: %4").arg(field, quoted(*text), owner, why));
    };
    auto oneOf = [&](const QString &field, const YAML::Node &node, const YAML::Mark &mark,
                     const QStringList &allowed, QString &into) {
        const auto text = readString(node, field + QStringLiteral(" of ") + owner);
        if (!text)
            return;
        into = *text;
        if (!allowed.contains(*text)) {
            const QString choices = allowed.size() == 2
                ? allowed.join(QLatin1String(" or "))
                : allowed.mid(0, allowed.size() - 1).join(QLatin1String(", "))
                    + QLatin1String(" or ") + allowed.last();
            error(markOf(node, mark),
                QStringLiteral("cannot use %1 %2 of %3: must be %4")
                    .arg(field, quoted(*text), owner, choices));
        }
    };
    auto duration = [&](const QString &field, const YAML::Node &node, const YAML::Mark &mark,
                        QString &into) {
        const auto text = readString(node, field + QStringLiteral(" of ") + owner);
        if (!text)
            return;
        into = *text;
        // Go's time.ParseDuration, which snapd uses: "30s", "1m30s", "1.5h".
        static const QRegularExpression durationPattern(
            QStringLiteral("^(?:0|(?:[0-9]+(?:\\.[0-9]+)?(?:ns|us|µs|ms|s|m|h))+)$"));
        if (!durationPattern.match(*text).hasMatch())
            error(markOf(node, mark),
                QStringLiteral("cannot use %1 %2 of %3: must be a duration such as 30s or 1m30s")
                    .arg(field, quoted(*text), owner));
    };

    if (value.IsMap()) {
        forEachPair(
            value, [&](const QString &field, const YAML::Mark &fieldMark, const YAML::Node &node) {
                source.fieldKeys.insert(field, fieldMark);
                source.fieldValues.insert(field, markOf(node, fieldMark));
                const QString what = field + QStringLiteral(" of ") + owner;
                if (field == QLatin1String("command")) {
                    commandField(field, node, fieldMark, app.command);
                } else if (field == QLatin1String("stop-command")) {
                    commandField(field, node, fieldMark, app.stopCommand);
                } else if (field == QLatin1String("reload-command")) {
                    commandField(field, node, fieldMark, app.reloadCommand);
                } else if (field == QLatin1String("post-stop-command")) {
                    commandField(field, node, fieldMark, app.postStopCommand);
                } else if (field == QLatin1String("command-chain")) {
                    app.commandChain = readCommandChain(node, fieldMark, owner);
                } else if (field == QLatin1String("common-id")) {
                    if (const auto text = readString(node, what))
                        app.commonId = *text;
                } else if (field == QLatin1String("desktop")) {
                    if (const auto text = readString(node, what)) {
                        app.desktop = *text;
                        const QStringList parts = text->split(QLatin1Char('/'));
                        if (text->isEmpty() || text->startsWith(QLatin1Char('/'))
                            || parts.contains(QLatin1String("..")))
                            error(markOf(node, fieldMark),
                                QStringLiteral("cannot use desktop %1 of %2: must be a path inside "
                                               "the snap, relative to its top directory")
                                    .arg(quoted(*text), owner));
                    }
                } else if (field == QLatin1String("environment")) {
                    app.environment = readEnvironment(node, fieldMark);
                } else if (field == QLatin1String("plugs")) {
                    if (const auto names = readStringList(node, fieldMark, what))
                        source.plugs = *names;
                } else if (field == QLatin1String("slots")) {
                    if (const auto names = readStringList(node, fieldMark, what))
                        source.slots = *names;
                } else if (field == QLatin1String("after")) {
                    if (const auto names = readStringList(node, fieldMark, what)) {
                        source.after = *names;
                        app.after = namesOf(*names);
                    }
                } else if (field == QLatin1String("before")) {
                    if (const auto names = readStringList(node, fieldMark, what)) {
                        source.before = *names;
                        app.before = namesOf(*names);
                    }
                } else if (field == QLatin1String("activates-on")) {
                    if (const auto names = readStringList(node, fieldMark, what)) {
                        source.activatesOn = *names;
                        app.activatesOn = namesOf(*names);
                    }
                } else if (field == QLatin1String("sockets")) {
                    parseSockets(app, node, fieldMark);
                } else if (field == QLatin1String("daemon")) {
                    oneOf(field, node, fieldMark,
                        { QStringLiteral("simple"), QStringLiteral("forking"),
                            QStringLiteral("oneshot"), QStringLiteral("notify"),
                            QStringLiteral("dbus") },
                        app.daemon);
                } else if (field == QLatin1String("daemon-scope")) {
                    oneOf(field, node, fieldMark,
                        { QStringLiteral("system"), QStringLiteral("user") }, app.daemonScope);
                } else if (field == QLatin1String("restart-condition")) {
                    oneOf(field, node, fieldMark,
                        { QStringLiteral("always"), QStringLiteral("on-success"),
                            QStringLiteral("on-failure"), QStringLiteral("on-abnormal"),
                            QStringLiteral("on-abort"), QStringLiteral("on-watchdog"),
                            QStringLiteral("never") },
                        app.restartCondition);
                } else if (field == QLatin1String("stop-mode")) {
                    oneOf(field, node, fieldMark,
                        { QStringLiteral("sigterm"), QStringLiteral("sigterm-all"),
                            QStringLiteral("sighup"), QStringLiteral("sighup-all"),
                            QStringLiteral("sigusr1"), QStringLiteral("sigusr1-all"),
                            QStringLiteral("sigusr2"), QStringLiteral("sigusr2-all"),
                            QStringLiteral("sigint"), QStringLiteral("sigint-all") },
                        app.stopMode);
                } else if (field == QLatin1String("refresh-mode")) {
                    oneOf(field, node, fieldMark,
                        { QStringLiteral("endure"), QStringLiteral("restart"),
                            QStringLiteral("ignore-running") },
                        app.refreshMode);
                } else if (field == QLatin1String("install-mode")) {
                    oneOf(field, node, fieldMark,
                        { QStringLiteral("enable"), QStringLiteral("disable") }, app.installMode);
                } else if (field == QLatin1String("stop-timeout")) {
                    duration(field, node, fieldMark, app.stopTimeout);
                } else if (field == QLatin1String("start-timeout")) {
                    duration(field, node, fieldMark, app.startTimeout);
                } else if (field == QLatin1String("watchdog-timeout")) {
                    duration(field, node, fieldMark, app.watchdogTimeout);
                } else if (field == QLatin1String("restart-delay")) {
                    duration(field, node, fieldMark, app.restartDelay);
                } else if (field == QLatin1String("bus-name")) {
                    if (const auto text = readString(node, what)) {
                        app.busName = *text;
                        // A well-known D-Bus name: two or more dot-separated elements that do not
                        // start with a digit, at most 255 characters.
                        static const QRegularExpression busName(QStringLiteral(
                            "^[A-Za-z_-][A-Za-z0-9_-]*(?:\\.[A-Za-z_-][A-Za-z0-9_-]*)+$"));
                        if (text->size() > 255 || !busName.match(*text).hasMatch())
                            error(markOf(node, fieldMark),
                                QStringLiteral("cannot use bus-name %1 of %2: must be a D-Bus name "
                                               "such as org.example.Service")
                                    .arg(quoted(*text), owner));
                    }
                }
                // Other fields (aliases, adapter, autostart, timer, …) are not used by Corral.
            });
    }

    if (!source.fieldKeys.contains(QStringLiteral("command")))
        error(keyMark, QStringLiteral("cannot use %1: missing \"command\"").arg(owner));
    if (app.isDaemon() && app.daemonScope.isEmpty())
        app.daemonScope = QStringLiteral("system"); // snapd's default
    m_snap.apps.insert(name, app);
    m_appSources.insert(name, source);
}

void SnapYamlParser::parseSockets(AppInfo &app, const YAML::Node &value, const YAML::Mark &keyMark)
{
    const QString owner = QStringLiteral("app %1").arg(quoted(app.name));
    if (value.IsNull() || !expectMap(value, keyMark, QStringLiteral("sockets of ") + owner))
        return;
    forEachPair(
        value, [&](const QString &name, const YAML::Mark &nameMark, const YAML::Node &node) {
            const QString what = QStringLiteral("socket %1 of %2").arg(quoted(name), owner);
            if (!isValidSocketName(name)) {
                error(nameMark, QStringLiteral("cannot use %1: invalid socket name").arg(what));
                return;
            }
            if (!expectMap(node, nameMark, what))
                return;
            SocketInfo socket;
            socket.name = name;
            bool haveListenStream = false;
            forEachPair(node,
                [&](const QString &field, const YAML::Mark &fieldMark,
                    const YAML::Node &fieldValue) {
                    const YAML::Mark valueMark = markOf(fieldValue, fieldMark);
                    if (field == QLatin1String("listen-stream")) {
                        haveListenStream = true;
                        const auto text
                            = readString(fieldValue, field + QStringLiteral(" of ") + what);
                        if (!text)
                            return;
                        socket.listenStream = *text;
                        QString why;
                        if (text->isEmpty()) {
                            why = QStringLiteral("must not be empty");
                        } else if (text->startsWith(QLatin1Char('/'))
                            || text->startsWith(QLatin1Char('$'))) {
                            // A socket file: only where the snap may create one.
                            const bool allowedPrefix
                                = text->startsWith(QLatin1String("$SNAP_DATA/"))
                                || text->startsWith(QLatin1String("$SNAP_COMMON/"))
                                || text->startsWith(QLatin1String("$XDG_RUNTIME_DIR/"));
                            const QStringList parts = text->split(QLatin1Char('/'));
                            const bool clean = !parts.contains(QString())
                                && !parts.contains(QLatin1String("."))
                                && !parts.contains(QLatin1String(".."));
                            if (!allowedPrefix)
                                why = QStringLiteral(
                                    "must start with $SNAP_DATA/, $SNAP_COMMON/ or "
                                    "$XDG_RUNTIME_DIR/");
                            else if (!clean)
                                why = QStringLiteral("must be a clean path");
                        } else if (text->startsWith(QLatin1Char('@'))) {
                            const QString prefix = QStringLiteral("@snap.%1.").arg(m_snap.name);
                            if (!text->startsWith(prefix))
                                why = QStringLiteral("an abstract socket must start with %1")
                                          .arg(quoted(prefix));
                        } else {
                            // [host:]port, on loopback or on every address
                            const qsizetype colon = text->lastIndexOf(QLatin1Char(':'));
                            const QString host = colon >= 0 ? text->left(colon) : QString();
                            const QString port = text->mid(colon + 1);
                            bool portOk = false;
                            const int number = port.toInt(&portOk);
                            if (colon >= 0 && host != QLatin1String("127.0.0.1")
                                && host != QLatin1String("[::1]") && host != QLatin1String("[::]"))
                                why = QStringLiteral(
                                    "the address must be 127.0.0.1, [::1] or [::]");
                            else if (!portOk || number < 1 || number > 65535
                                || port.startsWith(QLatin1Char('+')))
                                why = QStringLiteral("the port must be a number from 1 to 65535");
                        }
                        if (!why.isEmpty())
                            error(valueMark,
                                QStringLiteral("cannot use listen-stream %1 of %2: %3")
                                    .arg(quoted(*text), what, why));
                    } else if (field == QLatin1String("socket-mode")) {
                        const auto text
                            = readString(fieldValue, field + QStringLiteral(" of ") + what);
                        if (!text)
                            return;
                        // A YAML integer, as snapd reads it: 0660 and 0o660 are octal, 432 decimal.
                        bool ok = false;
                        int mode = -1;
                        if (text->startsWith(QLatin1String("0o")))
                            mode = text->mid(2).toInt(&ok, 8);
                        else if (text->startsWith(QLatin1Char('0')))
                            mode = text->toInt(&ok, 8);
                        else if (!text->startsWith(QLatin1Char('+'))
                            && !text->startsWith(QLatin1Char('-')))
                            mode = text->toInt(&ok, 10);
                        if (!ok || mode < 0 || mode > 0777)
                            error(valueMark,
                                QStringLiteral("cannot use socket-mode %1 of %2: must be a mode "
                                               "from 0 to 0777")
                                    .arg(quoted(*text), what));
                        else
                            socket.socketMode = mode;
                    }
                });
            if (!haveListenStream)
                error(
                    nameMark, QStringLiteral("cannot use %1: missing \"listen-stream\"").arg(what));
            app.sockets.append(socket);
        });
}

void SnapYamlParser::parseHook(
    const QString &name, const YAML::Mark &keyMark, const YAML::Node &value)
{
    const QString owner = QStringLiteral("hook %1").arg(quoted(name));
    if (const QString why = checkHookName(name); !why.isEmpty())
        error(keyMark, QStringLiteral("cannot use %1: %2").arg(owner, why));
    if (!value.IsNull() && !expectMap(value, keyMark, owner))
        return;
    HookInfo hook;
    hook.name = name;
    HookSource source;
    source.key = keyMark;
    if (value.IsMap()) {
        forEachPair(
            value, [&](const QString &field, const YAML::Mark &fieldMark, const YAML::Node &node) {
                const QString what = field + QStringLiteral(" of ") + owner;
                if (field == QLatin1String("command-chain")) {
                    hook.commandChain = readCommandChain(node, fieldMark, owner);
                } else if (field == QLatin1String("environment")) {
                    hook.environment = readEnvironment(node, fieldMark);
                } else if (field == QLatin1String("plugs")) {
                    if (const auto names = readStringList(node, fieldMark, what))
                        source.plugs = *names;
                } else if (field == QLatin1String("slots")) {
                    if (const auto names = readStringList(node, fieldMark, what))
                        source.slots = *names;
                }
            });
    }
    m_snap.hooks.insert(name, hook);
    m_hookSources.insert(name, source);
}

// Reads a plug or slot in each form snapd accepts:
//   name:                       the interface is the name
//   name: interface
//   name: {interface: …, label: …, attribute: value, …}   (interface defaults to the name)
template<typename Info>
void SnapYamlParser::parsePlugOrSlot(const QString &kind, const QString &name,
    const YAML::Mark &keyMark, const YAML::Node &value, QMap<QString, Info> &into)
{
    const QString what = QStringLiteral("%1 %2").arg(kind, quoted(name));
    if (const QString why = checkPlugOrSlotName(name); !why.isEmpty()) {
        error(keyMark, QStringLiteral("cannot use %1: %2").arg(what, why));
        return;
    }
    // Known from here on as declared, even if its definition turns out to be invalid, so
    // that apps naming it do not create an implicit one.
    (kind == QLatin1String("plug") ? m_topLevelPlugs : m_topLevelSlots).insert(name);
    Info info;
    info.name = name;
    info.interface = name;
    info.pos = position(keyMark);
    YAML::Mark interfaceMark = keyMark;

    if (value.IsScalar()) {
        info.interface = fromYaml(value.Scalar());
        interfaceMark = value.Mark();
    } else if (value.IsMap()) {
        bool ok = true;
        forEachPair(
            value, [&](const QString &key, const YAML::Mark &attrMark, const YAML::Node &attr) {
                if (key == QLatin1String("interface")) {
                    if (const auto text
                        = readString(attr, QStringLiteral("interface of ") + what)) {
                        info.interface = *text;
                        interfaceMark = markOf(attr, attrMark);
                    } else {
                        ok = false;
                    }
                } else if (key == QLatin1String("label")) {
                    if (const auto text = readString(attr, QStringLiteral("label of ") + what))
                        info.label = *text;
                    else
                        ok = false;
                } else if (key.startsWith(QLatin1Char('$'))) {
                    // snapd keeps these for attributes it computes itself
                    error(attrMark,
                        QStringLiteral("cannot use attribute %1 of %2: names starting "
                                       "with \"$\" are reserved")
                            .arg(quoted(key), what));
                    ok = false;
                } else {
                    m_attributeKey = attrMark;
                    const auto converted = toAttribute(attr, attrMark, 1,
                        QStringLiteral("attribute %1 of %2").arg(quoted(key), what));
                    if (converted)
                        info.attributes.insert(key, *converted);
                    else
                        ok = false;
                }
            });
        if (!ok)
            return;
    } else if (!value.IsNull()) {
        error(value.Mark(),
            QStringLiteral("cannot use %1: expected an interface name or a map, "
                           "not %2")
                .arg(what, describe(value)));
        return;
    }

    if (const QString why = checkInterfaceName(info.interface); !why.isEmpty()) {
        error(interfaceMark,
            QStringLiteral("cannot use interface %1 of %2: %3")
                .arg(quoted(info.interface), what, why));
        return;
    }
    (kind == QLatin1String("plug") ? m_plugInterfacePos : m_slotInterfacePos)
        .insert(name, position(interfaceMark));
    into.insert(name, info);
}

std::optional<QVariant> SnapYamlParser::toAttribute(
    const YAML::Node &node, const YAML::Mark &fallback, int depth, const QString &what)
{
    const YAML::Mark mark = markOf(node, fallback);
    if (m_tooManyAttributes || m_tooManyNodes)
        return std::nullopt;
    if (++m_attributeValues > MaxAttributeValues) {
        m_tooManyAttributes = true;
        error(m_attributeKey,
            QStringLiteral("cannot use %1: the attributes of the snap hold more than %2 "
                           "values")
                .arg(what)
                .arg(MaxAttributeValues));
        return std::nullopt;
    }
    if (depth > MaxAttributeDepth) {
        error(m_attributeKey,
            QStringLiteral("cannot use %1: nested more than %2 levels deep")
                .arg(what)
                .arg(MaxAttributeDepth));
        return std::nullopt;
    }

    if (node.IsSequence()) {
        QVariantList list;
        bool ok = true;
        forEachItem(node, [&](const YAML::Node &item) {
            if (!ok)
                return;
            if (const auto value = toAttribute(item, node.Mark(), depth + 1, what))
                list.append(*value);
            else
                ok = false;
        });
        if (!ok || m_tooManyNodes)
            return std::nullopt;
        return list;
    }
    if (node.IsMap()) {
        QVariantMap map;
        bool ok = true;
        const qsizetype errorsBefore = m_result.errors.size();
        forEachPair(
            node, [&](const QString &key, const YAML::Mark &keyMark, const YAML::Node &item) {
                if (!ok)
                    return;
                if (const auto value = toAttribute(item, keyMark, depth + 1, what))
                    map.insert(key, *value);
                else
                    ok = false;
            });
        if (!ok || m_tooManyNodes || m_result.errors.size() != errorsBefore)
            return std::nullopt;
        return map;
    }
    if (!node.IsScalar()) {
        // snapd refuses attributes without a value as well
        error(mark, QStringLiteral("cannot use %1: it has no value").arg(what));
        return std::nullopt;
    }

    const QString text = fromYaml(node.Scalar());
    // Quoted, block and explicitly tagged scalars are strings; plain ones are resolved as
    // snapd's YAML library (YAML 1.1) resolves them, so attributes mean the same there.
    if (node.Tag() != "?")
        return QVariant(text);
    static const QStringList trueWords = {
        QStringLiteral("true"),
        QStringLiteral("True"),
        QStringLiteral("TRUE"),
        QStringLiteral("yes"),
        QStringLiteral("Yes"),
        QStringLiteral("YES"),
        QStringLiteral("on"),
        QStringLiteral("On"),
        QStringLiteral("ON"),
        QStringLiteral("y"),
        QStringLiteral("Y"),
    };
    static const QStringList falseWords = {
        QStringLiteral("false"),
        QStringLiteral("False"),
        QStringLiteral("FALSE"),
        QStringLiteral("no"),
        QStringLiteral("No"),
        QStringLiteral("NO"),
        QStringLiteral("off"),
        QStringLiteral("Off"),
        QStringLiteral("OFF"),
        QStringLiteral("n"),
        QStringLiteral("N"),
    };
    if (trueWords.contains(text))
        return QVariant(true);
    if (falseWords.contains(text))
        return QVariant(false);

    static const QRegularExpression integer(
        QStringLiteral("^([-+]?)(?:(0x[0-9a-fA-F]+)|(0o[0-7]+)|(0[0-7]+)|([0-9]+))$"));
    if (const auto match = integer.match(text); match.hasMatch()) {
        bool ok = false;
        qlonglong number = 0;
        if (match.hasCaptured(2))
            number = match.captured(2).mid(2).toLongLong(&ok, 16);
        else if (match.hasCaptured(3))
            number = match.captured(3).mid(2).toLongLong(&ok, 8);
        else if (match.hasCaptured(4))
            number = match.captured(4).toLongLong(&ok, 8);
        else
            number = match.captured(5).toLongLong(&ok, 10);
        if (!ok) {
            error(mark,
                QStringLiteral("cannot use %1: the number %2 is too large")
                    .arg(what, quoted(text)));
            return std::nullopt;
        }
        return QVariant(match.captured(1) == QLatin1String("-") ? -number : number);
    }
    static const QRegularExpression real(
        QStringLiteral("^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$"));
    if (real.match(text).hasMatch()) {
        bool ok = false;
        const double number = text.toDouble(&ok);
        if (ok)
            return QVariant(number);
    }
    return QVariant(text);
}

void SnapYamlParser::parseLayout(
    const QString &path, const YAML::Mark &keyMark, const YAML::Node &value)
{
    const QString what = QStringLiteral("layout %1").arg(quoted(path));
    if (const QString why = checkLayoutPath(path); !why.isEmpty()) {
        error(keyMark, QStringLiteral("cannot use %1: %2").arg(what, why));
        return;
    }
    if (!expectMap(value, keyMark, what))
        return;

    LayoutEntry entry;
    entry.path = path;
    int kinds = 0;
    YAML::Mark sourceMark = keyMark;
    bool ok = true;
    forEachPair(
        value, [&](const QString &field, const YAML::Mark &fieldMark, const YAML::Node &node) {
            const YAML::Mark valueMark = markOf(node, fieldMark);
            const auto text = readString(node, field + QStringLiteral(" of ") + what);
            if (!text) {
                ok = false;
                return;
            }
            if (field == QLatin1String("bind") || field == QLatin1String("bind-file")
                || field == QLatin1String("symlink")) {
                ++kinds;
                entry.kind = field == QLatin1String("bind") ? LayoutEntry::Kind::Bind
                    : field == QLatin1String("bind-file")   ? LayoutEntry::Kind::BindFile
                                                            : LayoutEntry::Kind::Symlink;
                entry.source = *text;
                sourceMark = valueMark;
                if (const QString why = checkLayoutSource(*text); !why.isEmpty()) {
                    error(valueMark,
                        QStringLiteral("cannot use %1 %2 of %3: %4")
                            .arg(field, quoted(*text), what, why));
                    ok = false;
                }
            } else if (field == QLatin1String("type")) {
                ++kinds;
                entry.kind = LayoutEntry::Kind::Tmpfs;
                if (*text != QLatin1String("tmpfs")) {
                    error(valueMark,
                        QStringLiteral("cannot use type %1 of %2: must be tmpfs")
                            .arg(quoted(*text), what));
                    ok = false;
                }
            } else if (field == QLatin1String("user") || field == QLatin1String("group")) {
                // Snaps cannot declare users or groups yet, so root is the only owner (snapd).
                (field == QLatin1String("user") ? entry.user : entry.group) = *text;
                if (*text != QLatin1String("root")) {
                    error(valueMark,
                        QStringLiteral("cannot use %1 %2 of %3: must be root")
                            .arg(field, quoted(*text), what));
                    ok = false;
                }
            } else if (field == QLatin1String("mode")) {
                entry.mode = *text;
                // Octal as written ("0755", "755" or "0o755"); at most the permission bits and
                // the sticky bit, as snapd allows.
                const QString digits = text->startsWith(QLatin1String("0o")) ? text->mid(2) : *text;
                bool modeOk = false;
                const int mode = digits.toInt(&modeOk, 8);
                static const QRegularExpression octal(QStringLiteral("^[0-7]{1,5}$"));
                if (!octal.match(digits).hasMatch() || !modeOk || mode > 01777) {
                    error(valueMark,
                        QStringLiteral("cannot use mode %1 of %2: must be an octal mode "
                                       "from 0 to 01777")
                            .arg(quoted(*text), what));
                    ok = false;
                }
            }
        });
    if (kinds != 1) {
        error(keyMark,
            QStringLiteral("cannot use %1: needs exactly one of bind, bind-file, "
                           "symlink or type")
                .arg(what));
        return;
    }
    if (!ok)
        return;
    m_layoutKeys.insert(path, keyMark);
    m_layoutSources.insert(path, sourceMark);
    m_snap.layout.append(entry);
}

void SnapYamlParser::checkApps()
{
    // Fields that only mean something for a service (snapd refuses them elsewhere).
    static const QStringList serviceOnly = {
        QStringLiteral("daemon-scope"),
        QStringLiteral("stop-timeout"),
        QStringLiteral("start-timeout"),
        QStringLiteral("watchdog-timeout"),
        QStringLiteral("restart-condition"),
        QStringLiteral("restart-delay"),
        QStringLiteral("stop-mode"),
        QStringLiteral("refresh-mode"),
        QStringLiteral("install-mode"),
        QStringLiteral("activates-on"),
        QStringLiteral("after"),
        QStringLiteral("before"),
        QStringLiteral("sockets"),
    };
    QHash<QString, QString> commonIds;
    for (auto it = m_snap.apps.cbegin(); it != m_snap.apps.cend(); ++it) {
        const AppInfo &app = it.value();
        const AppSource &source = m_appSources[it.key()];
        const QString owner = QStringLiteral("app %1").arg(quoted(app.name));
        if (!app.isDaemon()) {
            for (const QString &field : serviceOnly) {
                if (const auto mark = source.fieldKeys.constFind(field);
                    mark != source.fieldKeys.constEnd())
                    error(mark.value(),
                        QStringLiteral("cannot use %1 of %2: only services may have it")
                            .arg(field, owner));
            }
        }
        if (!app.commonId.isEmpty()) {
            if (const auto other = commonIds.constFind(app.commonId); other != commonIds.constEnd())
                error(source.fieldValues.value(QStringLiteral("common-id")),
                    QStringLiteral("cannot use common-id %1 of %2: app %3 already uses it")
                        .arg(quoted(app.commonId), owner, quoted(other.value())));
            else
                commonIds.insert(app.commonId, app.name);
        }
        if (source.activatesOn.isEmpty())
            continue;
        QSet<QString> ownSlots;
        for (const NameRef &slot : source.slots)
            ownSlots.insert(slot.name);
        for (const NameRef &ref : source.activatesOn) {
            if (!m_topLevelSlots.contains(ref.name) && !ownSlots.contains(ref.name))
                error(ref.mark,
                    QStringLiteral("cannot use activates-on %1 of %2: the snap has no slot of "
                                   "that name")
                        .arg(quoted(ref.name), owner));
        }
    }
}

void SnapYamlParser::bindPlugsAndSlots()
{
    // Plugs and slots named by apps and hooks: existing ones are bound, missing ones are
    // created with the interface of the same name (snapd's implicit plugs and slots).
    auto bind = [&](const QString &owner, const QString &ownerName, bool isApp,
                    const QList<NameRef> &refs, bool plugs) {
        const QString kind = plugs ? QStringLiteral("plug") : QStringLiteral("slot");
        const QSet<QString> &opposite = plugs ? m_topLevelSlots : m_topLevelPlugs;
        const QSet<QString> &same = plugs ? m_topLevelPlugs : m_topLevelSlots;
        for (const NameRef &ref : refs) {
            const QString what = QStringLiteral("%1 %2 of %3").arg(kind, quoted(ref.name), owner);
            if (const QString why = checkPlugOrSlotName(ref.name); !why.isEmpty()) {
                error(ref.mark, QStringLiteral("cannot use %1: %2").arg(what, why));
                continue;
            }
            if (opposite.contains(ref.name) && !same.contains(ref.name)) {
                error(ref.mark,
                    QStringLiteral("cannot use %1: the snap declares it as a %2")
                        .arg(what, plugs ? QStringLiteral("slot") : QStringLiteral("plug")));
                continue;
            }
            auto attach = [&](auto &infos, QHash<QString, SourcePos> &interfacePos) {
                const SourcePos pos = position(ref.mark);
                auto found = infos.find(ref.name);
                if (found == infos.end()) {
                    if (same.contains(ref.name))
                        return; // declared but invalid; already reported
                    typename std::remove_reference_t<decltype(infos)>::mapped_type info;
                    info.name = ref.name;
                    info.interface = ref.name;
                    info.pos = pos;
                    interfacePos.insert(ref.name, pos);
                    found = infos.insert(ref.name, info);
                } else if (!same.contains(ref.name)
                    && std::pair(pos.line, pos.column)
                        < std::pair(found->pos.line, found->pos.column)) {
                    // An implicit plug or slot is shown where the file first names it.
                    found->pos = pos;
                    interfacePos.insert(ref.name, pos);
                }
                // One owner's references are bound together, so a repeat can only be last.
                QStringList &owners = isApp ? found->apps : found->hooks;
                if (owners.isEmpty() || owners.last() != ownerName)
                    owners.append(ownerName);
            };
            if (plugs)
                attach(m_snap.plugs, m_plugInterfacePos);
            else
                attach(m_snap.slots, m_slotInterfacePos);
        }
    };
    for (auto it = m_appSources.cbegin(); it != m_appSources.cend(); ++it) {
        const QString owner = QStringLiteral("app %1").arg(quoted(it.key()));
        bind(owner, it.key(), true, it->plugs, true);
        bind(owner, it.key(), true, it->slots, false);
    }
    for (auto it = m_hookSources.cbegin(); it != m_hookSources.cend(); ++it) {
        const QString owner = QStringLiteral("hook %1").arg(quoted(it.key()));
        bind(owner, it.key(), false, it->plugs, true);
        bind(owner, it.key(), false, it->slots, false);
    }

    // Top-level plugs and slots that no app or hook names belong to all of them. That
    // multiplies: a document of a megabyte can declare ten thousand apps and as many
    // plugs, so the number of bindings is bounded before they are made.
    qsizetype bindings = 0;
    qsizetype unbound = 0;
    for (const PlugInfo &plug : std::as_const(m_snap.plugs)) {
        bindings += plug.apps.size() + plug.hooks.size();
        unbound += plug.apps.isEmpty() && plug.hooks.isEmpty() ? 1 : 0;
    }
    for (const SlotInfo &slot : std::as_const(m_snap.slots)) {
        bindings += slot.apps.size() + slot.hooks.size();
        unbound += slot.apps.isEmpty() && slot.hooks.isEmpty() ? 1 : 0;
    }
    bindings += unbound * (m_snap.apps.size() + m_snap.hooks.size());
    if (bindings > MaxBindings) {
        error(m_rootMark,
            QStringLiteral("cannot bind plugs and slots: the apps and hooks would have more "
                           "than %1 of them in all")
                .arg(MaxBindings));
        return;
    }
    const QStringList allApps = m_snap.apps.keys();
    const QStringList allHooks = m_snap.hooks.keys();
    for (auto &plug : m_snap.plugs) {
        if (m_topLevelPlugs.contains(plug.name) && plug.apps.isEmpty() && plug.hooks.isEmpty())
            plug.apps = allApps, plug.hooks = allHooks;
    }
    for (auto &slot : m_snap.slots) {
        if (m_topLevelSlots.contains(slot.name) && slot.apps.isEmpty() && slot.hooks.isEmpty())
            slot.apps = allApps, slot.hooks = allHooks;
    }

    // Connections are made by plug or slot name, so one name cannot be both (snapd).
    for (const SlotInfo &slot : std::as_const(m_snap.slots)) {
        if (m_snap.plugs.contains(slot.name))
            errorAt(slot.pos,
                QStringLiteral("cannot use slot %1: the snap has a plug of the same name")
                    .arg(quoted(slot.name)));
    }

    // Socket activation listens on the network, so the app needs network-bind (snapd).
    QSet<QString> appsWithNetworkBind;
    for (const PlugInfo &plug : std::as_const(m_snap.plugs)) {
        if (plug.interface == QLatin1String("network-bind")) {
            for (const QString &app : plug.apps)
                appsWithNetworkBind.insert(app);
        }
    }
    for (auto it = m_snap.apps.cbegin(); it != m_snap.apps.cend(); ++it) {
        if (!it->sockets.isEmpty() && !appsWithNetworkBind.contains(it.key()))
            error(m_appSources[it.key()].fieldKeys.value(QStringLiteral("sockets")),
                QStringLiteral("cannot use sockets of app %1: the app needs a plug of the "
                               "network-bind interface")
                    .arg(quoted(it.key())));
    }
}

void SnapYamlParser::checkServiceOrder()
{
    // after/before name other services; the order they give must have no cycle.
    QHash<QString, QSet<QString>> startsBefore; // service -> services that wait for it
    QHash<QString, qsizetype> waitsFor; // service -> how many it waits for
    for (auto it = m_snap.apps.cbegin(); it != m_snap.apps.cend(); ++it) {
        if (it->isDaemon())
            waitsFor.insert(it.key(), 0);
    }
    auto order = [&](const QString &first, const QString &then) {
        QSet<QString> &next = startsBefore[first];
        if (!next.contains(then)) {
            next.insert(then);
            ++waitsFor[then];
        }
    };
    for (auto it = m_snap.apps.cbegin(); it != m_snap.apps.cend(); ++it) {
        if (!it->isDaemon())
            continue; // reported by checkApps()
        const AppSource &source = m_appSources[it.key()];
        const QString owner = QStringLiteral("app %1").arg(quoted(it.key()));
        auto check = [&](const QString &field, const QList<NameRef> &refs, bool after) {
            for (const NameRef &ref : refs) {
                QString why;
                const auto other = m_snap.apps.constFind(ref.name);
                if (other == m_snap.apps.cend())
                    why = QStringLiteral("the snap has no app of that name");
                else if (!other->isDaemon())
                    why = QStringLiteral("that app is not a service");
                else if (ref.name == it.key())
                    why = QStringLiteral("a service cannot be ordered against itself");
                if (!why.isEmpty()) {
                    error(ref.mark,
                        QStringLiteral("cannot use %1 %2 of %3: %4")
                            .arg(field, quoted(ref.name), owner, why));
                    continue;
                }
                if (after)
                    order(ref.name, it.key());
                else
                    order(it.key(), ref.name);
            }
        };
        check(QStringLiteral("after"), source.after, true);
        check(QStringLiteral("before"), source.before, false);
    }
    // Kahn's algorithm: start what waits for nothing, and what that frees, and so on;
    // whatever is left waits on a cycle.
    QStringList ready;
    for (auto it = waitsFor.cbegin(); it != waitsFor.cend(); ++it) {
        if (it.value() == 0)
            ready.append(it.key());
    }
    qsizetype started = 0;
    while (!ready.isEmpty()) {
        const QString service = ready.takeLast();
        ++started;
        for (const QString &next : startsBefore.value(service)) {
            if (--waitsFor[next] == 0)
                ready.append(next);
        }
    }
    if (started == waitsFor.size())
        return;
    QStringList cycle;
    for (auto it = waitsFor.cbegin(); it != waitsFor.cend(); ++it) {
        if (it.value() > 0)
            cycle.append(it.key());
    }
    std::sort(cycle.begin(), cycle.end());
    QStringList names;
    for (const QString &name : cycle.mid(0, 5))
        names.append(quoted(name));
    if (cycle.size() > 5)
        names.append(QStringLiteral("%1 more").arg(cycle.size() - 5));
    error(m_appSources[cycle.first()].key,
        QStringLiteral("cannot order services: after and before form a cycle between %1")
            .arg(names.join(QLatin1String(", "))));
}

void SnapYamlParser::checkLayouts()
{
    std::sort(m_snap.layout.begin(), m_snap.layout.end(),
        [](const LayoutEntry &a, const LayoutEntry &b) { return a.path < b.path; });
    // A layout inside another one would be hidden by it or mounted in the wrong order;
    // snapd refuses that, as it refuses one source used both as a file and a directory.
    QSet<QString> paths;
    for (const LayoutEntry &entry : std::as_const(m_snap.layout))
        paths.insert(entry.path);
    QHash<QString, QPair<QString, bool>> sources; // source -> (layout, is a directory)
    for (const LayoutEntry &entry : std::as_const(m_snap.layout)) {
        const QString what = QStringLiteral("layout %1").arg(quoted(entry.path));
        // The nearest enclosing layout, found by walking up the (clean, absolute) path.
        QString outer;
        for (qsizetype slash = entry.path.lastIndexOf(QLatin1Char('/')); slash > 0;
             slash = entry.path.lastIndexOf(QLatin1Char('/'), slash - 1)) {
            if (paths.contains(entry.path.left(slash))) {
                outer = entry.path.left(slash);
                break;
            }
        }
        if (!outer.isEmpty())
            error(m_layoutKeys.value(entry.path),
                QStringLiteral("cannot use %1: it is inside layout %2").arg(what, quoted(outer)));
        if (entry.kind != LayoutEntry::Kind::Bind && entry.kind != LayoutEntry::Kind::BindFile)
            continue;
        const bool isDirectory = entry.kind == LayoutEntry::Kind::Bind;
        const auto other = sources.constFind(entry.source);
        if (other != sources.constEnd() && other->second != isDirectory) {
            error(m_layoutSources.value(entry.path),
                QStringLiteral("cannot use %1 %2 of %3: layout %4 binds it as a %5")
                    .arg(isDirectory ? QStringLiteral("bind") : QStringLiteral("bind-file"),
                        quoted(entry.source), what, quoted(other->first),
                        other->second ? QStringLiteral("directory") : QStringLiteral("file")));
            continue;
        }
        sources.insert(entry.source, { entry.path, isDirectory });
    }
}

void SnapYamlParser::dropUnknownInterfaces()
{
    // A plug or slot of an interface Corral does not implement cannot be connected; it is
    // left out with a warning so that the rest of the snap still installs.
    for (auto it = m_snap.plugs.begin(); it != m_snap.plugs.end();) {
        if (isKnownInterface(it->interface)) {
            ++it;
            continue;
        }
        warning(m_plugInterfacePos.value(it.key(), it->pos),
            QStringLiteral("cannot use plug %1: unknown interface %2")
                .arg(quoted(it.key()), quoted(it->interface)));
        it = m_snap.plugs.erase(it);
    }
    QSet<QString> droppedSlots;
    for (auto it = m_snap.slots.begin(); it != m_snap.slots.end();) {
        if (isKnownInterface(it->interface)) {
            ++it;
            continue;
        }
        warning(m_slotInterfacePos.value(it.key(), it->pos),
            QStringLiteral("cannot use slot %1: unknown interface %2")
                .arg(quoted(it.key()), quoted(it->interface)));
        droppedSlots.insert(it.key());
        it = m_snap.slots.erase(it);
    }

    // Fill the other direction of each binding, now that the set of plugs and slots is
    // final, and keep every list sorted.
    for (AppInfo &app : m_snap.apps) {
        app.plugs.clear();
        app.slots.clear();
        app.activatesOn.removeIf([&](const QString &slot) { return droppedSlots.contains(slot); });
    }
    for (HookInfo &hook : m_snap.hooks) {
        hook.plugs.clear();
        hook.slots.clear();
    }
    auto fill = [&](auto &infos, bool plugs) {
        for (auto &info : infos) {
            std::sort(info.apps.begin(), info.apps.end());
            std::sort(info.hooks.begin(), info.hooks.end());
            for (const QString &app : std::as_const(info.apps)) {
                auto found = m_snap.apps.find(app);
                if (found != m_snap.apps.end())
                    (plugs ? found->plugs : found->slots).append(info.name);
            }
            for (const QString &hook : std::as_const(info.hooks)) {
                auto found = m_snap.hooks.find(hook);
                if (found != m_snap.hooks.end())
                    (plugs ? found->plugs : found->slots).append(info.name);
            }
        }
    };
    // QMap iterates in name order, so the lists filled here come out sorted.
    fill(m_snap.plugs, true);
    fill(m_snap.slots, false);
}

// Closes a descriptor when it goes out of scope.
class FileDescriptor
{
public:
    explicit FileDescriptor(int fd)
        : m_fd(fd)
    { }
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

QString describeErrno(int error)
{
    switch (error) {
    case ENOENT:
        return QStringLiteral("it does not exist");
    case ENOTDIR:
        return QStringLiteral("a part of its path is not a directory");
    case ELOOP:
        return QStringLiteral("it is a symbolic link");
    case EACCES:
        return QStringLiteral("permission denied");
    default: {
        QString text = QString::fromLocal8Bit(std::strerror(error));
        if (!text.isEmpty())
            text[0] = text[0].toLower();
        return text;
    }
    }
}

QString describeFileType(mode_t mode)
{
    if (S_ISDIR(mode))
        return QStringLiteral("it is a directory");
    if (S_ISFIFO(mode))
        return QStringLiteral("it is a FIFO");
    if (S_ISSOCK(mode))
        return QStringLiteral("it is a socket");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QStringLiteral("it is a device");
    return QStringLiteral("it is not a regular file");
}

} // namespace

SnapYamlResult parseSnapYaml(const QByteArray &yaml, const QString &fileName)
{
    SnapYamlResult result;
    const QString cannotParse = QStringLiteral("cannot parse %1: ").arg(yamlName);
    if (yaml.size() > MaxSnapYamlSize) {
        result.errors.append(Problem { fileName, SourcePos {},
            cannotParse + QStringLiteral("it is larger than %1 bytes").arg(MaxSnapYamlSize) });
        return result;
    }
    // The parser is written not to throw; this is the last line of defence (yaml-cpp and
    // allocation failures), because nothing may escape the library's API.
    try {
        return SnapYamlParser(yaml, fileName).run();
    } catch (const YAML::Exception &e) {
        result.errors.append(Problem { fileName, SourcePos {}, cannotParse + yamlMessage(e.msg) });
    } catch (const std::exception &e) {
        result.errors.append(
            Problem { fileName, SourcePos {}, cannotParse + QString::fromLocal8Bit(e.what()) });
    } catch (...) {
        result.errors.append(
            Problem { fileName, SourcePos {}, cannotParse + QStringLiteral("internal error") });
    }
    return result;
}

SnapYamlResult readSnapYaml(const QString &snapDir)
{
    const QString path = snapDir + QLatin1String("/meta/snap.yaml");
    auto failure = [&](const QString &why) {
        SnapYamlResult result;
        result.errors.append(Problem {
            path, SourcePos {}, QStringLiteral("cannot read %1: %2").arg(yamlName, why) });
        return result;
    };

    // O_NONBLOCK so that a FIFO cannot block the open; O_NOFOLLOW because a symbolic link
    // in an untrusted snap could point at any file of the host.
    const FileDescriptor fd(::open(QFile::encodeName(path).constData(),
        O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY));
    if (fd.get() < 0)
        return failure(describeErrno(errno));
    struct stat st = {};
    if (::fstat(fd.get(), &st) != 0)
        return failure(describeErrno(errno));
    if (!S_ISREG(st.st_mode))
        return failure(describeFileType(st.st_mode));
    if (st.st_size > MaxSnapYamlSize)
        return failure(QStringLiteral("it is larger than %1 bytes").arg(MaxSnapYamlSize));

    // Read at most one byte more than allowed: the file may grow after fstat().
    QByteArray data(MaxSnapYamlSize + 1, Qt::Uninitialized);
    qsizetype total = 0;
    while (total < data.size()) {
        const ssize_t got = ::read(fd.get(), data.data() + total, size_t(data.size() - total));
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return failure(describeErrno(errno));
        }
        if (got == 0)
            break;
        total += got;
    }
    if (total > MaxSnapYamlSize)
        return failure(QStringLiteral("it is larger than %1 bytes").arg(MaxSnapYamlSize));
    data.truncate(total);
    return parseSnapYaml(data, path);
}

} // namespace corral
