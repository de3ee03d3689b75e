#include "interfaces/state.h"

#include "interfaces/atomicfile.h"
#include "interfaces/dirs.h"
#include "interfaces/validate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cerrno>
#include <climits>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace corral {
namespace {

constexpr int StateVersion = 1;
// Far more than any real state; a bigger file is damaged or not ours, and reading it
// whole into memory would be a way to exhaust it.
constexpr qint64 MaxStateSize = 64 * 1024 * 1024;

QString errnoString(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

const QString &keyVersion()
{
    static const QString key = QStringLiteral("version");
    return key;
}

const QString &keySnaps()
{
    static const QString key = QStringLiteral("snaps");
    return key;
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// "x3" → 3; 0 for anything that is not a local revision.
int localRevisionNumber(const QString &revision)
{
    if (!revision.startsWith(QLatin1Char('x')))
        return 0;
    bool ok = false;
    const int number = revision.mid(1).toInt(&ok);
    return ok ? number : 0;
}

// Reads one JSON document and reports the first thing wrong with it as
// "<where>: <what>", where is the path of keys to the value ("snaps.hello.current").
class StateReader
{
public:
    std::optional<State> read(const QJsonObject &root)
    {
        State state;
        const QJsonValue version = root.value(keyVersion());
        if (version.isUndefined())
            return fail(keyVersion(), QStringLiteral("missing"));
        if (!isInteger(version))
            return fail(keyVersion(), QStringLiteral("not an integer"));
        if (version.toInteger() > StateVersion) {
            return fail(keyVersion(),
                QStringLiteral("%1 is newer than this version of Corral understands (%2)")
                    .arg(version.toInteger())
                    .arg(StateVersion));
        }
        if (version.toInteger() != StateVersion)
            return fail(
                keyVersion(), QStringLiteral("%1 is not supported").arg(version.toInteger()));

        const QJsonValue snaps = root.value(keySnaps());
        if (!snaps.isUndefined() && !snaps.isObject())
            return fail(keySnaps(), QStringLiteral("not an object"));
        const QJsonObject snapsObject = snaps.toObject();
        for (auto it = snapsObject.begin(); it != snapsObject.end(); ++it) {
            auto snap = readSnap(it.key(), it.value());
            if (!snap)
                return std::nullopt;
            state.snaps.insert(snap->name, *snap);
        }

        for (auto it = root.begin(); it != root.end(); ++it) {
            if (it.key() != keyVersion() && it.key() != keySnaps())
                state.other.insert(it.key(), it.value());
        }
        return state;
    }

    QString error;

private:
    static bool isInteger(const QJsonValue &value)
    {
        if (!value.isDouble())
            return false;
        const double d = value.toDouble();
        return std::isfinite(d) && d == std::floor(d) && std::fabs(d) <= double(INT_MAX);
    }

    std::nullopt_t fail(const QString &where, const QString &what)
    {
        error = where + QLatin1String(": ") + what;
        return std::nullopt;
    }

    std::optional<SnapState> readSnap(const QString &name, const QJsonValue &value)
    {
        const QString where = keySnaps() + QLatin1Char('.') + name;
        if (const QString why = checkSnapName(name); !why.isEmpty())
            return fail(where, why);
        if (!value.isObject())
            return fail(where, QStringLiteral("not an object"));
        const QJsonObject object = value.toObject();

        SnapState snap;
        snap.name = name;

        const QJsonValue last = object.value(QStringLiteral("last-local-revision"));
        if (!isInteger(last) || last.toInteger() < 0)
            return fail(where + QLatin1String(".last-local-revision"),
                QStringLiteral("not a non-negative integer"));
        snap.lastLocalRevision = int(last.toInteger());

        const QJsonValue revisions = object.value(QStringLiteral("revisions"));
        if (!revisions.isArray())
            return fail(where + QLatin1String(".revisions"), QStringLiteral("not an array"));
        const QJsonArray array = revisions.toArray();
        if (array.isEmpty())
            return fail(where + QLatin1String(".revisions"), QStringLiteral("empty"));
        QSet<QString> seen;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString at = where + QStringLiteral(".revisions[%1]").arg(i);
            auto revision = readRevision(at, array.at(i));
            if (!revision)
                return std::nullopt;
            if (seen.contains(revision->revision))
                return fail(
                    at, QStringLiteral("revision %1 is listed twice").arg(revision->revision));
            seen.insert(revision->revision);
            if (localRevisionNumber(revision->revision) > snap.lastLocalRevision) {
                return fail(where + QLatin1String(".last-local-revision"),
                    QStringLiteral("%1 is lower than revision %2")
                        .arg(snap.lastLocalRevision)
                        .arg(revision->revision));
            }
            snap.revisions.append(*revision);
        }

        const QJsonValue current = object.value(QStringLiteral("current"));
        if (!current.isString())
            return fail(where + QLatin1String(".current"), QStringLiteral("not a string"));
        snap.current = current.toString();
        if (!seen.contains(snap.current)) {
            return fail(where + QLatin1String(".current"),
                QStringLiteral("\"%1\" is not one of its revisions").arg(snap.current));
        }
        return snap;
    }

    std::optional<RevisionState> readRevision(const QString &where, const QJsonValue &value)
    {
        if (!value.isObject())
            return fail(where, QStringLiteral("not an object"));
        const QJsonObject object = value.toObject();
        RevisionState revision;

        const QJsonValue name = object.value(QStringLiteral("revision"));
        if (!name.isString())
            return fail(where + QLatin1String(".revision"), QStringLiteral("not a string"));
        revision.revision = name.toString();
        if (const QString why = checkRevision(revision.revision); !why.isEmpty())
            return fail(where + QLatin1String(".revision"), why);

        const QJsonValue source = object.value(QStringLiteral("source-dir"));
        if (!source.isUndefined()) {
            if (!source.isString() || !QDir::isAbsolutePath(source.toString()))
                return fail(
                    where + QLatin1String(".source-dir"), QStringLiteral("not an absolute path"));
            revision.sourceDir = source.toString();
        }

        for (const auto &[key, flag] : { std::pair { QStringLiteral("devmode"), &revision.devmode },
                 std::pair { QStringLiteral("classic"), &revision.classic } }) {
            const QJsonValue v = object.value(key);
            if (v.isUndefined())
                continue; // false unless said otherwise
            if (!v.isBool())
                return fail(where + QLatin1Char('.') + key, QStringLiteral("not true or false"));
            *flag = v.toBool();
        }

        const QJsonValue installed = object.value(QStringLiteral("installed-at"));
        if (!installed.isString())
            return fail(where + QLatin1String(".installed-at"), QStringLiteral("not a string"));
        revision.installedAt = QDateTime::fromString(installed.toString(), Qt::ISODate);
        if (!revision.installedAt.isValid()) {
            return fail(where + QLatin1String(".installed-at"),
                QStringLiteral("\"%1\" is not an ISO 8601 time").arg(installed.toString()));
        }
        revision.installedAt = revision.installedAt.toUTC();
        return revision;
    }
};

// QJsonParseError gives a byte offset; people look for a line and column.
QString describeParseError(const QByteArray &json, const QJsonParseError &parseError)
{
    const int offset = int(qBound(qsizetype(0), qsizetype(parseError.offset), json.size()));
    const QByteArray before = json.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = offset - int(before.lastIndexOf('\n'));
    return QStringLiteral("invalid JSON at line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(parseError.errorString().toLower());
}

} // namespace

const RevisionState *SnapState::revision(const QString &revision) const
{
    for (const RevisionState &r : revisions) {
        if (r.revision == revision)
            return &r;
    }
    return nullptr;
}

const RevisionState *SnapState::previousRevision() const
{
    // Normally there is at most one other revision; should there be more, the one
    // installed last is the one to go back to.
    for (auto it = revisions.crbegin(); it != revisions.crend(); ++it) {
        if (it->revision != current)
            return &*it;
    }
    return nullptr;
}

QByteArray stateToJson(const State &state)
{
    QJsonObject root = state.other;
    root.insert(keyVersion(), StateVersion);
    QJsonObject snaps;
    for (const SnapState &snap : state.snaps) {
        QJsonArray revisions;
        for (const RevisionState &revision : snap.revisions) {
            QJsonObject entry {
                { QStringLiteral("revision"), revision.revision },
                { QStringLiteral("devmode"), revision.devmode },
                { QStringLiteral("classic"), revision.classic },
                { QStringLiteral("installed-at"), isoUtc(revision.installedAt) },
            };
            if (revision.isDirectory())
                entry.insert(QStringLiteral("source-dir"), revision.sourceDir);
            revisions.append(entry);
        }
        snaps.insert(snap.name,
            QJsonObject {
                { QStringLiteral("current"), snap.current },
                { QStringLiteral("last-local-revision"), snap.lastLocalRevision },
                { QStringLiteral("revisions"), revisions },
            });
    }
    root.insert(keySnaps(), snaps);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<State> stateFromJson(const QByteArray &json, const QString &fileName, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<State> {
        if (error)
            *error = QStringLiteral("cannot read state file %1: %2").arg(fileName, why);
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(describeParseError(json, parseError));
    if (!document.isObject())
        return fail(QStringLiteral("not a JSON object"));
    StateReader reader;
    auto state = reader.read(document.object());
    if (!state)
        return fail(reader.error);
    return state;
}

std::optional<State> loadState(QString *error)
{
    const QString path = dirs::stateFile();
    const auto fail = [&](const QString &why) -> std::optional<State> {
        if (error)
            *error = QStringLiteral("cannot read state file %1: %2").arg(path, why);
        return std::nullopt;
    };
    const QByteArray encoded = QFile::encodeName(path);
    const int fd = ::open(encoded.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        if (errno == ENOENT)
            return State {}; // nothing installed yet
        return fail(errnoString(errno));
    }
    struct stat st;
    if (::fstat(fd, &st) < 0) {
        const int saved = errno;
        ::close(fd);
        return fail(errnoString(saved));
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        return fail(QStringLiteral("not a regular file"));
    }
    if (st.st_size > MaxStateSize) {
        ::close(fd);
        return fail(QStringLiteral("larger than %1 bytes").arg(MaxStateSize));
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(file.errorString());
    }
    const QByteArray json = file.read(MaxStateSize + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(file.errorString());
    return stateFromJson(json, path, error);
}

bool saveState(const State &state, QString *error, Durability durability)
{
    const QString dir = dirs::stateDir();
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QStringLiteral("cannot write state file %1: cannot create %2")
                         .arg(dirs::stateFile(), dir);
        return false;
    }
    // Readable by everyone: it says what is installed and connected, nothing secret, and
    // lets `corral list` work without root.
    return writeFileAtomically(dirs::stateFile(), stateToJson(state), error, 0644, durability);
}

StateLock::~StateLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the flock
}

bool StateLock::acquire(QString *error)
{
    const QString dir = dirs::lockDir();
    const QString path = dir + QLatin1String("/state.lock");
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("cannot lock %1: %2").arg(path, why);
        return false;
    };
    if (m_fd >= 0)
        return true;
    if (!QDir().mkpath(dir))
        return fail(QStringLiteral("cannot create %1").arg(dir));
    m_fd = ::open(
        QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (m_fd < 0)
        return fail(errnoString(errno));
    while (::flock(m_fd, LOCK_EX) < 0) {
        if (errno == EINTR)
            continue;
        const int saved = errno;
        ::close(m_fd);
        m_fd = -1;
        return fail(errnoString(saved));
    }
    return true;
}

} // namespace corral
