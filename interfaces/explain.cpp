// Which interfaces would allow a denial (explain.h).
//
// Each interface's connected-plug policy is judged as the profile generator would write
// it: variables expanded as the AppArmor profile defines them (apparmorVariables(), and
// AppArmor's tunables for @{HOME}, @{PROC} and @{pid}), file patterns matched by a glob
// matcher that runs in time linear in the pattern times the path, whatever either holds.
#include "interfaces/explain.h"

#include "interfaces/apparmor.h"
#include "interfaces/interface.h"
#include "interfaces/repository.h"

#include <QHash>
#include <QPair>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace corral {
namespace {

// A compiled glob: a Thompson NFA simulated one path character at a time, so `**a**a…`
// or deeply alternated patterns cost no more than their length times the path's.
class Glob
{
public:
    // Brace groups nested deeper than this make a pattern match nothing (the catalog
    // nests two at most).
    static constexpr int MaxNesting = 32;

    static std::optional<Glob> compile(QStringView pattern);
    bool matches(QStringView path) const;
    // Whether the pattern matches some entry directly in directory `dir` (which ends in
    // "/"): what creating or removing an entry there needs.
    bool matchesSomeEntryOf(QStringView dir) const;

private:
    enum class Op : quint8 { Char, AnyButSlash, Any, Class, Split, Jump, Match };
    struct Node
    {
        Op op = Op::Match;
        char16_t c = 0;
        int classIndex = -1;
        int out = -1;
        int out1 = -1; // Split only
    };
    struct CharClass
    {
        bool negated = false;
        QList<QPair<char16_t, char16_t>> ranges;
        bool contains(char16_t c) const
        {
            const bool listed = std::any_of(ranges.cbegin(), ranges.cend(),
                [c](const auto &range) { return range.first <= c && c <= range.second; });
            return listed != negated;
        }
    };
    enum class Token : quint8 { Char, Star, DoubleStar, Question, Class, Open, Comma, Close };
    struct Tok
    {
        Token type;
        char16_t c = 0;
        int classIndex = -1;
        int close = -1; // Open: the index of its Close
    };

    int add(Node node)
    {
        m_nodes.push_back(node);
        return int(m_nodes.size()) - 1;
    }
    // Compiles tokens [begin, end) so that they continue to node `next`; returns the
    // first node.
    int compileSequence(const std::vector<Tok> &tokens, int begin, int end, int next);
    using StateSet = std::vector<int>;
    // What one simulation reuses from step to step: which states a step has reached
    // (marked with the step's generation) and the stack of epsilon edges to follow.
    struct Walk
    {
        std::vector<quint32> marks;
        std::vector<int> stack;
        quint32 generation = 1;
    };
    void addState(StateSet &set, Walk &walk, int state) const;
    StateSet run(QStringView text) const;
    bool canConsumeNonSlash(const Node &node) const;

    std::vector<Node> m_nodes;
    std::vector<CharClass> m_classes;
    int m_start = -1;
    QString m_literalPrefix; // every match starts with it: a cheap first test
};

std::optional<Glob> Glob::compile(QStringView pattern)
{
    Glob glob;
    std::vector<Tok> tokens;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const char16_t c = pattern[i].unicode();
        switch (c) {
        case u'\\':
            // An escaped character stands for itself; a trailing backslash too.
            tokens.push_back({ Token::Char, i + 1 < pattern.size() ? pattern[++i].unicode() : c });
            break;
        case u'*': {
            qsizetype run = 1;
            while (i + 1 < pattern.size() && pattern[i + 1] == u'*') {
                ++run;
                ++i;
            }
            tokens.push_back({ run == 1 ? Token::Star : Token::DoubleStar });
            break;
        }
        case u'?':
            tokens.push_back({ Token::Question });
            break;
        case u'[': {
            CharClass charClass;
            qsizetype j = i + 1;
            if (j < pattern.size() && pattern[j] == u'^') {
                charClass.negated = true;
                ++j;
            }
            bool closed = false;
            for (bool first = true; j < pattern.size(); first = false) {
                char16_t low = pattern[j].unicode();
                if (low == u']' && !first) {
                    closed = true;
                    break;
                }
                if (low == u'\\' && j + 1 < pattern.size())
                    low = pattern[++j].unicode();
                char16_t high = low;
                if (j + 2 < pattern.size() && pattern[j + 1] == u'-' && pattern[j + 2] != u']') {
                    j += 2;
                    high = pattern[j].unicode();
                    if (high == u'\\' && j + 1 < pattern.size())
                        high = pattern[++j].unicode();
                }
                charClass.ranges.append({ std::min(low, high), std::max(low, high) });
                ++j;
            }
            if (!closed) {
                tokens.push_back({ Token::Char, c }); // a lone "[" is itself
                break;
            }
            glob.m_classes.push_back(charClass);
            tokens.push_back({ Token::Class, 0, int(glob.m_classes.size()) - 1 });
            i = j;
            break;
        }
        case u'{':
            tokens.push_back({ Token::Open, c });
            break;
        case u',':
            tokens.push_back({ Token::Comma, c });
            break;
        case u'}':
            tokens.push_back({ Token::Close, c });
            break;
        default:
            tokens.push_back({ Token::Char, c });
        }
    }

    // Pair the braces; unpaired ones, and commas outside any group, are plain characters.
    std::vector<int> open;
    for (int i = 0; i < int(tokens.size()); ++i) {
        if (tokens[i].type == Token::Open) {
            open.push_back(i);
        } else if (tokens[i].type == Token::Close) {
            if (open.empty()) {
                tokens[i].type = Token::Char;
                continue;
            }
            tokens[open.back()].close = i;
            open.pop_back();
        } else if (tokens[i].type == Token::Comma && open.empty()) {
            tokens[i].type = Token::Char;
        }
    }
    for (const int unpaired : open)
        tokens[unpaired].type = Token::Char;
    // Commas and groups inside an unpaired "{" … are plain too: re-check depth in order.
    int depth = 0;
    int maxDepth = 0;
    for (Tok &token : tokens) {
        if (token.type == Token::Open)
            maxDepth = std::max(maxDepth, ++depth);
        else if (token.type == Token::Close)
            --depth;
        else if (token.type == Token::Comma && depth == 0)
            token.type = Token::Char;
    }
    if (maxDepth > MaxNesting)
        return std::nullopt;

    for (const Tok &token : tokens) {
        if (token.type != Token::Char)
            break;
        glob.m_literalPrefix += QChar(token.c);
    }
    const int match = glob.add({ Op::Match });
    glob.m_start = glob.compileSequence(tokens, 0, int(tokens.size()), match);
    return glob;
}

int Glob::compileSequence(const std::vector<Tok> &tokens, int begin, int end, int next)
{
    // Right to left: each piece is built knowing where it continues.
    int i = end;
    while (i > begin) {
        --i;
        const Tok &token = tokens[i];
        switch (token.type) {
        case Token::Char:
        case Token::Comma: // only at depth 0, which compile() turned into Char
            next = add({ Op::Char, token.c, -1, next });
            break;
        case Token::Question:
            next = add({ Op::AnyButSlash, 0, -1, next });
            break;
        case Token::Class:
            next = add({ Op::Class, 0, token.classIndex, next });
            break;
        case Token::Star:
        case Token::DoubleStar: {
            const int loop = add({ Op::Split, 0, -1, -1, next });
            const Op any = token.type == Token::Star ? Op::AnyButSlash : Op::Any;
            m_nodes[loop].out = add({ any, 0, -1, loop });
            next = loop;
            break;
        }
        case Token::Close: {
            // Find its Open (the one whose close is i), then compile each alternative.
            int openIndex = i - 1;
            while (openIndex >= begin
                && !(tokens[openIndex].type == Token::Open && tokens[openIndex].close == i))
                --openIndex;
            const int join = add({ Op::Jump, 0, -1, next });
            int inner = 0;
            int start = i;
            std::vector<int> alternatives;
            for (int j = i - 1; j >= openIndex; --j) {
                const Token type = tokens[j].type;
                if (type == Token::Close)
                    ++inner;
                else if (type == Token::Open && j != openIndex)
                    --inner;
                if (j == openIndex || (type == Token::Comma && inner == 0)) {
                    alternatives.push_back(compileSequence(tokens, j + 1, start, join));
                    start = j;
                }
            }
            int first = alternatives.back();
            for (auto it = alternatives.crbegin() + 1; it != alternatives.crend(); ++it)
                first = add({ Op::Split, 0, -1, first, *it });
            next = first;
            i = openIndex;
            break;
        }
        case Token::Open: // unpaired ones became Char
            break;
        }
    }
    return next;
}

void Glob::addState(StateSet &set, Walk &walk, int state) const
{
    // Follows the epsilon edges without recursion: a pattern's nesting is bounded but its
    // run of alternatives is not.
    std::vector<int> &stack = walk.stack;
    stack.push_back(state);
    while (!stack.empty()) {
        const int s = stack.back();
        stack.pop_back();
        if (s < 0 || walk.marks[s] == walk.generation)
            continue;
        walk.marks[s] = walk.generation;
        const Node &node = m_nodes[s];
        if (node.op == Op::Split) {
            stack.push_back(node.out1);
            stack.push_back(node.out);
        } else if (node.op == Op::Jump) {
            stack.push_back(node.out);
        } else {
            set.push_back(s);
        }
    }
}

Glob::StateSet Glob::run(QStringView text) const
{
    Walk walk { std::vector<quint32>(m_nodes.size(), 0), {}, 1 };
    StateSet current;
    addState(current, walk, m_start);
    StateSet following;
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        following.clear();
        ++walk.generation;
        for (const int s : current) {
            const Node &node = m_nodes[s];
            const bool step = (node.op == Op::Char && node.c == c)
                || (node.op == Op::AnyButSlash && c != u'/') || node.op == Op::Any
                || (node.op == Op::Class && m_classes[node.classIndex].contains(c));
            if (step)
                addState(following, walk, node.out);
        }
        std::swap(current, following);
        if (current.empty())
            break;
    }
    return current;
}

bool Glob::matches(QStringView path) const
{
    if (!path.startsWith(m_literalPrefix))
        return false;
    const StateSet states = run(path);
    return std::any_of(
        states.cbegin(), states.cend(), [this](int s) { return m_nodes[s].op == Op::Match; });
}

bool Glob::canConsumeNonSlash(const Node &node) const
{
    switch (node.op) {
    case Op::Char:
        return node.c != u'/';
    case Op::AnyButSlash:
    case Op::Any:
        return true;
    case Op::Class: {
        const CharClass &charClass = m_classes[node.classIndex];
        if (charClass.negated)
            return true; // no class in a rule lists every character
        return std::any_of(charClass.ranges.cbegin(), charClass.ranges.cend(),
            [](const auto &range) { return range.first != u'/' || range.second != u'/'; });
    }
    default:
        return false;
    }
}

bool Glob::matchesSomeEntryOf(QStringView dir) const
{
    const QStringView common = QStringView(m_literalPrefix).left(dir.size());
    if (!dir.startsWith(common))
        return false;
    // After the directory, a name of one or more characters other than "/": search the
    // graph of edges such a name can take.
    Walk walk { std::vector<quint32>(m_nodes.size(), 0), {}, 1 };
    StateSet frontier;
    for (const int s : run(dir)) {
        if (canConsumeNonSlash(m_nodes[s]))
            addState(frontier, walk, m_nodes[s].out);
    }
    for (std::size_t i = 0; i < frontier.size(); ++i) {
        const Node &node = m_nodes[frontier[i]];
        if (node.op == Op::Match)
            return true;
        if (canConsumeNonSlash(node))
            addState(frontier, walk, node.out);
    }
    return false;
}

QString escapedForGlob(const QString &text)
{
    QString escaped;
    for (const QChar c : text) {
        if (QStringView(u"*?[]{},\\^").contains(c))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

// The catalog's patterns for one context: variables replaced by globs for the paths they
// stand for, as the app sees them in its sandbox, and compiled. Compiled patterns are kept
// per thread and per context (the helper explains from one thread, for a few snaps and
// people), so a denial costs hash lookups and matching, not compiling.
class Patterns
{
public:
    explicit Patterns(const ExplainContext &context)
    {
        const QString any = QStringLiteral("*");
        const QString snap = context.snap ? escapedForGlob(context.snap->name) : any;
        const QString revision
            = context.snap && !context.revision.isEmpty() ? escapedForGlob(context.revision) : any;
        for (const auto &[name, value] : apparmorVariables(snap, revision))
            m_variables.append({ QLatin1String("@{") + name + QLatin1Char('}'), value });
        // AppArmor's tunables: @{HOME} is @{HOMEDIRS}/*/ and /root/, @{HOMEDIRS} /home/.
        QString home = context.home;
        while (home.size() > 1 && home.endsWith(QLatin1Char('/')))
            home.chop(1);
        m_variables.append({ QStringLiteral("@{HOME}"),
            home.isEmpty() ? QStringLiteral("{/home/*,/root}") : escapedForGlob(home) });
        m_variables.append({ QStringLiteral("@{PROC}"), QStringLiteral("/proc") });
        m_variables.append(
            { QStringLiteral("@{XDG_RUNTIME_DIR}"), QStringLiteral("/run/user/[0-9]*") });
        // A process id: 1 to 4194304 (pid_max's limit), one to seven digits without a
        // leading zero, as AppArmor's tunables spell it.
        QStringList pid;
        for (int digits = 0; digits < 7; ++digits)
            pid << QStringLiteral("[1-9]") + QStringLiteral("[0-9]").repeated(digits);
        m_variables.append({ QStringLiteral("@{pid}"),
            QLatin1Char('{') + pid.join(QLatin1Char(',')) + QLatin1Char('}') });

        static constexpr qsizetype MaxContexts = 64;
        thread_local QHash<QString, Cache> caches;
        const QString key = snap + QLatin1Char('\n') + revision + QLatin1Char('\n') + home;
        if (!caches.contains(key) && caches.size() >= MaxContexts)
            caches.clear();
        m_cache = &caches[key];
    }

    QString expand(QString pattern) const
    {
        // Values refer to variables defined before them (@{SNAP} to @{SNAP_NAME}): a few
        // passes resolve them all.
        for (int pass = 0; pass < 4 && pattern.contains(QLatin1String("@{")); ++pass) {
            for (const auto &[name, value] : m_variables)
                pattern.replace(name, value);
        }
        return pattern;
    }

    // nullptr for a pattern that matches nothing (nested too deep).
    const Glob *glob(const QString &pattern) const
    {
        static constexpr qsizetype MaxPatterns = 16384;
        auto it = m_cache->constFind(pattern);
        if (it == m_cache->cend()) {
            if (m_cache->size() >= MaxPatterns)
                m_cache->clear();
            std::optional<Glob> glob = Glob::compile(expand(pattern));
            it = m_cache->insert(
                pattern, glob ? std::make_shared<const Glob>(std::move(*glob)) : nullptr);
        }
        return it->get();
    }

    bool matches(const QString &pattern, const QString &path) const
    {
        const Glob *compiled = glob(pattern);
        return compiled && compiled->matches(path);
    }

private:
    using Cache = QHash<QString, std::shared_ptr<const Glob>>;
    QList<QPair<QString, QString>> m_variables;
    Cache *m_cache = nullptr;
};

// What a file denial needs: access to the path itself, to the path as a directory, or to
// some entry in it (Landlock reports creating and removing on the directory).
struct FileNeeds
{
    AccessFlags self;
    AccessFlags directory;
    bool entryWrite = false;
    bool decided = true; // false: a right this code does not know
    bool isEmpty() const { return !self && !directory && !entryWrite; }
};

FileNeeds apparmorNeeds(const QString &mask)
{
    FileNeeds needs;
    for (const QChar c : mask) {
        switch (c.unicode()) {
        case u'r':
            needs.self |= Access::Read;
            break;
        case u'w':
        case u'a':
        case u'c':
        case u'd':
        case u'l':
            needs.self |= Access::Write;
            break;
        case u'x':
        case u'm':
            needs.self |= Access::Execute;
            break;
        case u'k':
            needs.self |= Access::Lock;
            break;
        default:
            break; // exec modifiers (i, u, p …) and owner separators say nothing more
        }
    }
    return needs;
}

FileNeeds landlockNeeds(const QString &blockers)
{
    FileNeeds needs;
    for (const QString &blocker : blockers.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString right = blocker.trimmed();
        if (right == QLatin1String("fs.read_file"))
            needs.self |= Access::Read;
        else if (right == QLatin1String("fs.read_dir"))
            needs.directory |= Access::Read;
        else if (right == QLatin1String("fs.write_file") || right == QLatin1String("fs.truncate")
            || right == QLatin1String("fs.ioctl_dev"))
            needs.self |= Access::Write;
        else if (right == QLatin1String("fs.execute"))
            needs.self |= Access::Execute;
        else if (right.startsWith(QLatin1String("fs.make_"))
            || right.startsWith(QLatin1String("fs.remove_")) || right == QLatin1String("fs.refer"))
            needs.entryWrite = true;
        else
            needs.decided = false;
    }
    return needs;
}

FileNeeds fileNeeds(const Denial &denial)
{
    const QString &mask = denial.denied.isEmpty() ? denial.requested : denial.denied;
    if (denial.source == DenialSource::Landlock)
        return landlockNeeds(mask);
    return apparmorNeeds(mask);
}

// Splits an AppArmor rule into words, keeping "(send, receive)" and "peer=(label=…)" whole.
QStringList ruleWords(const QString &rule)
{
    QStringList words;
    QString word;
    int depth = 0;
    bool quoted = false;
    for (const QChar c : rule) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('('))
            ++depth;
        else if (!quoted && c == QLatin1Char(')'))
            depth = std::max(0, depth - 1);
        if (c.isSpace() && depth == 0 && !quoted) {
            if (!word.isEmpty())
                words << word;
            word.clear();
            continue;
        }
        word += c;
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

// An AppArmor rule of one kind ("network", "capability", "dbus", or a file rule), split
// into the words after its keyword.
struct TextRule
{
    bool deny = false;
    QStringList words;
};

std::optional<TextRule> textRule(const QString &rule, QLatin1String kind)
{
    TextRule result;
    QStringList words = ruleWords(rule);
    while (!words.isEmpty()) {
        if (words.first() == QLatin1String("deny"))
            result.deny = true;
        else if (words.first() != QLatin1String("audit") && words.first() != QLatin1String("allow"))
            break;
        words.removeFirst();
    }
    if (words.isEmpty() || words.first() != kind)
        return std::nullopt;
    words.removeFirst();
    result.words = words;
    return result;
}

// Deny file rules written as text ("audit deny @{HOME}/bin/{,**} wl"): pattern and access.
QList<FileRule> denyFileRules(const QStringList &apparmor)
{
    QList<FileRule> rules;
    for (const QString &rule : apparmor) {
        QStringList words = ruleWords(rule);
        bool deny = false;
        while (!words.isEmpty()
            && (words.first() == QLatin1String("audit") || words.first() == QLatin1String("deny")
                || words.first() == QLatin1String("owner"))) {
            deny = deny || words.first() == QLatin1String("deny");
            words.removeFirst();
        }
        if (!deny || words.size() != 2
            || !(words[0].startsWith(QLatin1Char('/')) || words[0].startsWith(QLatin1Char('@'))
                || words[0].startsWith(QLatin1Char('"'))))
            continue;
        QString pattern = words[0];
        if (pattern.startsWith(QLatin1Char('"')) && pattern.endsWith(QLatin1Char('"')))
            pattern = pattern.mid(1, pattern.size() - 2);
        rules.append({ pattern, apparmorNeeds(words[1]).self });
    }
    return rules;
}

bool networkAllows(const QStringList &apparmor, const QString &family, const QString &type)
{
    bool allowed = false;
    for (const QString &rule : apparmor) {
        const std::optional<TextRule> parsed = textRule(rule, QLatin1String("network"));
        if (!parsed)
            continue;
        const QStringList &words = parsed->words;
        if (!words.isEmpty() && words.first().startsWith(QLatin1Char('(')))
            continue; // access-qualified network rules: none in the catalog to judge by
        const QString ruleFamily = words.value(0);
        const QString ruleType = words.value(1);
        if ((ruleFamily.isEmpty() || ruleFamily == family)
            && (ruleType.isEmpty() || ruleType == type)) {
            if (parsed->deny)
                return false;
            allowed = true;
        }
    }
    return allowed;
}

bool capabilityAllows(const QStringList &apparmor, const QString &capability)
{
    bool allowed = false;
    for (const QString &rule : apparmor) {
        const std::optional<TextRule> parsed = textRule(rule, QLatin1String("capability"));
        if (!parsed || !(parsed->words.isEmpty() || parsed->words.contains(capability)))
            continue;
        if (parsed->deny)
            return false;
        allowed = true;
    }
    return allowed;
}

struct DBusMessage
{
    QString access; // "send", "receive", "bind"; empty: either of send and receive
    QString bus, path, interface, member, name;
};

// The message as the record's fields give it (Denial::dbus); a bind asks for a name.
DBusMessage dbusMessage(const Denial &denial)
{
    DBusMessage message;
    const QString mask = denial.denied.isEmpty() ? denial.requested : denial.denied;
    for (const QLatin1String access :
        { QLatin1String("send"), QLatin1String("receive"), QLatin1String("bind") }) {
        if (mask.contains(access))
            message.access = access;
    }
    if (message.access.isEmpty() && denial.operation == QLatin1String("dbus_bind"))
        message.access = QStringLiteral("bind");
    message.bus = denial.dbus.bus;
    message.path = denial.dbus.path;
    message.interface = denial.dbus.interface;
    message.member = denial.dbus.member;
    message.name = denial.dbus.name;
    return message;
}

QString unquoted(QString value)
{
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
        return value.mid(1, value.size() - 2);
    return value;
}

bool dbusAllows(const QStringList &apparmor, const DBusMessage &message, const Patterns &patterns)
{
    bool allowed = false;
    for (const QString &rule : apparmor) {
        const std::optional<TextRule> parsed = textRule(rule, QLatin1String("dbus"));
        if (!parsed)
            continue;
        QStringList accesses;
        QHash<QString, QString> fields;
        for (const QString &word : parsed->words) {
            if (word.startsWith(QLatin1Char('('))) {
                QString list = word.mid(1);
                list.chop(1);
                for (const QString &access : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
                    accesses << access.trimmed();
                continue;
            }
            const qsizetype equals = word.indexOf(QLatin1Char('='));
            if (equals > 0)
                fields.insert(word.left(equals), unquoted(word.mid(equals + 1)));
        }
        // Without an access list a rule allows them all.
        if (!accesses.isEmpty()) {
            const bool granted = message.access.isEmpty() ? accesses.contains(QLatin1String("send"))
                    || accesses.contains(QLatin1String("receive"))
                                                          : accesses.contains(message.access);
            if (!granted)
                continue;
        } else if (message.access == QLatin1String("bind")
            && fields.contains(QStringLiteral("path"))) {
            continue; // a rule about messages says nothing about names
        }
        // A field the rule leaves out matches anything; one the record leaves out matches
        // only such a rule.
        const auto fieldMatches = [&](const char *key, const QString &value) {
            const auto it = fields.constFind(QLatin1String(key));
            return it == fields.cend() || (!value.isEmpty() && patterns.matches(*it, value));
        };
        bool all = fieldMatches("bus", message.bus);
        if (message.access == QLatin1String("bind"))
            all = all && fieldMatches("name", message.name);
        else
            all = all && fieldMatches("path", message.path)
                && fieldMatches("interface", message.interface)
                && fieldMatches("member", message.member);
        if (!all)
            continue;
        // A deny rule wins over every allow rule, as in AppArmor.
        if (parsed->deny)
            return false;
        allowed = true;
    }
    return allowed;
}

bool syscallAllowed(const QStringList &seccomp, const QString &name)
{
    return std::any_of(seccomp.cbegin(), seccomp.cend(), [&name](const QString &rule) {
        return QStringView(rule).trimmed().split(u' ').value(0) == name;
    });
}

// Everything the file rules grant at `path`, pattern by pattern: what matches the path
// itself, the path as a directory, and some entry in that directory.
// One way an interface could be connected: the policy the plug's apps get, and the file
// rules its deny rules (text) take back, read once.
struct Candidate
{
    const InterfaceDefinition *definition;
    Policy policy;
    QList<FileRule> denied;
};

Candidate candidate(const InterfaceDefinition &definition, Policy policy)
{
    QList<FileRule> denied = denyFileRules(policy.apparmor);
    return Candidate { &definition, std::move(policy), std::move(denied) };
}

bool filesAllow(const Candidate &candidate, const QString &path, const FileNeeds &needs,
    const Patterns &patterns, bool device)
{
    AccessFlags self;
    AccessFlags directory;
    bool entryWrite = false;
    QString asDirectory = path;
    if (!asDirectory.endsWith(QLatin1Char('/')))
        asDirectory += QLatin1Char('/');
    const Policy &policy = candidate.policy;
    for (const FileRule &rule : policy.files) {
        // Owner rules count: a record does not always say who owns the file (AppArmor's
        // ouid= is only in some), and the owner is usually the app's own user.
        const Glob *glob = patterns.glob(rule.pattern);
        if (!glob)
            continue;
        if ((needs.self & ~self) && glob->matches(path))
            self |= rule.access;
        if (needs.directory && glob->matches(asDirectory))
            directory |= rule.access;
        if (needs.entryWrite && !entryWrite && rule.access & Access::Write)
            entryWrite = glob->matchesSomeEntryOf(asDirectory);
    }
    if (device) {
        // The device cgroup lets a node open for reading and writing.
        for (const DeviceRule &rule : policy.devices) {
            if (!rule.nodePattern.isEmpty() && patterns.matches(rule.nodePattern, path))
                self |= Access::Read | Access::Write | Access::Lock;
        }
    }
    // What the interface's own deny rules take away (home keeps ~/bin unwritable).
    for (const FileRule &rule : candidate.denied) {
        const Glob *glob = patterns.glob(rule.pattern);
        if (!glob)
            continue;
        if (glob->matches(path))
            self &= ~rule.access;
        if (glob->matches(asDirectory))
            directory &= ~rule.access;
        if (rule.access & Access::Write && glob->matchesSomeEntryOf(asDirectory))
            entryWrite = false; // the record does not say which entry: not decided
    }
    return (needs.self & ~self) == AccessFlags() && (needs.directory & ~directory) == AccessFlags()
        && (!needs.entryWrite || entryWrite);
}

// The system's slot of an interface, or nullptr when only app snaps offer it.
const SlotInfo *systemSlot(const InterfaceDefinition &definition)
{
    const SnapInfo &system = systemSnap();
    const auto it = system.slots.constFind(QLatin1String(definition.id));
    return it == system.slots.cend() ? nullptr : &*it;
}

// The policy a plug gets from connecting to the system's slot; nullopt when the plug
// could not be added (a bare plug of personal-files names no paths) or when only an app
// snap's slot can complete it: content's shares and mpris's player are the slot's own,
// and inventing a providing snap would explain with rules no real connection has.
std::optional<Policy> systemConnection(
    const InterfaceDefinition &definition, const SnapInfo &snap, PlugInfo plug)
{
    if (!definition.connectedPlugExtra)
        return definition.connectedPlug;
    const SlotInfo *slot = systemSlot(definition);
    if (!slot)
        return std::nullopt;
    if (definition.sanitizePlug && !definition.sanitizePlug(plug).isEmpty())
        return std::nullopt;
    return definition.connectedPlugPolicy(
        ConnectedPlug { snap, plug }, ConnectedSlot { systemSnap(), *slot });
}

// Every interface as a plug without attributes would have it connected: computed once.
const QList<Candidate> &bareCandidates()
{
    static const QList<Candidate> candidates = [] {
        static const SnapInfo anySnap;
        QList<Candidate> list;
        for (const InterfaceDefinition *definition : builtinInterfaces()) {
            PlugInfo plug;
            plug.name = QLatin1String(definition->id);
            plug.interface = plug.name;
            if (std::optional<Policy> policy = systemConnection(*definition, anySnap, plug))
                list.append(candidate(*definition, std::move(*policy)));
            else if (definition->connectedPlugExtra)
                list.append(candidate(*definition, definition->connectedPlug)); // the fixed part
        }
        return list;
    }();
    return candidates;
}

// The candidates for `context`: where the snap has plugs of an interface whose policy
// depends on the plug, those plugs as they are, instead of a bare one.
QList<Candidate> candidates(const ExplainContext &context)
{
    if (!context.snap)
        return bareCandidates();
    QList<Candidate> list;
    for (const Candidate &bare : bareCandidates()) {
        const InterfaceDefinition &definition = *bare.definition;
        bool ownPlugs = false;
        if (definition.connectedPlugExtra) {
            for (const PlugInfo &plug : context.snap->plugs) {
                if (plug.interface != QLatin1String(definition.id))
                    continue;
                ownPlugs = true;
                if (std::optional<Policy> policy
                    = systemConnection(definition, *context.snap, plug))
                    list.append(candidate(definition, std::move(*policy)));
            }
        }
        if (!ownPlugs)
            list.append(bare);
    }
    return list;
}

bool allows(const Candidate &candidate, const Denial &denial, const Patterns &patterns)
{
    const Policy &policy = candidate.policy;
    switch (denial.kind) {
    case DenialKind::Syscall:
        return syscallAllowed(policy.seccomp, denial.object);
    case DenialKind::File:
    case DenialKind::Device: {
        const FileNeeds needs = fileNeeds(denial);
        if (!needs.decided || needs.isEmpty())
            return false;
        return filesAllow(
            candidate, denial.object, needs, patterns, denial.kind == DenialKind::Device);
    }
    case DenialKind::Network: {
        if (denial.source == DenialSource::Landlock) {
            // Landlock's TCP rights: any TCP socket an inet or inet6 stream rule allows.
            const bool tcp = denial.requested.contains(QLatin1String("net.bind_tcp"))
                || denial.requested.contains(QLatin1String("net.connect_tcp"))
                || denial.object.startsWith(QLatin1String("tcp"));
            return tcp
                && (networkAllows(policy.apparmor, QStringLiteral("inet"), QStringLiteral("stream"))
                    || networkAllows(
                        policy.apparmor, QStringLiteral("inet6"), QStringLiteral("stream")));
        }
        const QStringList words = denial.object.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty())
            return false;
        return networkAllows(policy.apparmor, words.value(0), words.value(1));
    }
    case DenialKind::Capability:
        return !denial.object.isEmpty() && capabilityAllows(policy.apparmor, denial.object);
    case DenialKind::DBus:
        return dbusAllows(policy.apparmor, dbusMessage(denial), patterns);
    case DenialKind::Other:
        return false;
    }
    return false;
}

} // namespace

QStringList interfacesAllowing(const Denial &denial, const ExplainContext &context)
{
    if (denial.kind == DenialKind::Other || denial.object.isEmpty())
        return {};
    const Patterns patterns(context);
    QStringList ids;
    for (const Candidate &candidate : candidates(context)) {
        const QString id = QLatin1String(candidate.definition->id);
        if (!ids.contains(id) && allows(candidate, denial, patterns))
            ids << id;
    }
    ids.sort();
    return ids;
}

QString expandPolicyVariables(const QString &pattern, const ExplainContext &context)
{
    return Patterns(context).expand(pattern);
}

bool globMatches(const QString &pattern, const QString &path)
{
    const std::optional<Glob> glob = Glob::compile(pattern);
    return glob && glob->matches(path);
}

} // namespace corral
