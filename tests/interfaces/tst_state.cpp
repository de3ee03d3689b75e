// Tests interfaces/state.cpp and interfaces/atomicfile.cpp: state.json round trips, keeps
// what it does not know, refuses damaged files without touching them, and is written so
// that a failure never loses the old content or leaves a temporary file behind.
#include "interfaces/atomicfile.h"
#include "interfaces/dirs.h"
#include "interfaces/state.h"
#include "interfaces/validate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace corral;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<unreadable>");
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

RevisionState makeRevision(const QString &name, const QString &sourceDir = QString(),
    bool devmode = false, bool classic = false)
{
    RevisionState revision;
    revision.revision = name;
    revision.sourceDir = sourceDir;
    revision.devmode = devmode;
    revision.classic = classic;
    revision.installedAt = QDateTime(QDate(2026, 3, 14), QTime(15, 9, 26), Qt::UTC);
    return revision;
}

SnapState makeSnap(
    const QString &name, const QList<RevisionState> &revisions, const QString &current, int last)
{
    SnapState snap;
    snap.name = name;
    snap.revisions = revisions;
    snap.current = current;
    snap.lastLocalRevision = last;
    return snap;
}

bool sameRevision(const RevisionState &a, const RevisionState &b)
{
    return a.revision == b.revision && a.sourceDir == b.sourceDir && a.devmode == b.devmode
        && a.classic == b.classic && a.installedAt == b.installedAt;
}

bool sameState(const State &a, const State &b)
{
    if (a.other != b.other || a.snaps.keys() != b.snaps.keys())
        return false;
    for (const SnapState &snap : a.snaps) {
        const SnapState &other = b.snaps[snap.name];
        if (snap.name != other.name || snap.current != other.current
            || snap.lastLocalRevision != other.lastLocalRevision
            || snap.revisions.size() != other.revisions.size())
            return false;
        for (qsizetype i = 0; i < snap.revisions.size(); ++i) {
            if (!sameRevision(snap.revisions[i], other.revisions[i]))
                return false;
        }
    }
    return true;
}

// A valid state with one snap, as JSON, for tests that break one part of it.
QJsonObject validStateJson()
{
    return QJsonDocument::fromJson(R"({
        "version": 1,
        "snaps": {
            "hello": {
                "current": "x2",
                "last-local-revision": 2,
                "revisions": [
                    {"revision": "x1", "devmode": false, "classic": false,
                     "installed-at": "2026-03-14T15:09:26Z"},
                    {"revision": "x2", "devmode": true, "classic": false,
                     "source-dir": "/home/dev/hello", "installed-at": "2026-03-15T10:00:00Z"}
                ]
            }
        }
    })")
        .object();
}

QJsonObject withValue(QJsonObject root, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        if (value.isUndefined())
            root.remove(path.first());
        else
            root.insert(path.first(), value);
        return root;
    }
    const QString key = path.first();
    if (root.value(key).isArray()) {
        QJsonArray array = root.value(key).toArray();
        const int index = path.at(1).toInt();
        if (path.size() == 2) {
            array[index] = value;
        } else {
            array[index] = withValue(array[index].toObject(), path.mid(2), value);
        }
        root.insert(key, array);
        return root;
    }
    root.insert(key, withValue(root.value(key).toObject(), path.mid(1), value));
    return root;
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void savedFileIsVersionedJson();
    void unknownKeysArePreserved();
    void missingFileIsEmptyState();
    void badStateFile_data();
    void badStateFile();
    void revisionHelpers();

    void atomicWriteLeavesNoTemporaryFile();
    void atomicWriteSetsTheModeAskedFor();
    void writeFailureKeepsOldFile_data();
    void writeFailureKeepsOldFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_mounts; // mounted by a test, unmounted in cleanup()
};

void TestState::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("CORRAL_ROOT", QFile::encodeName(m_dir->path()));
}

void TestState::cleanup()
{
    for (auto it = m_mounts.crbegin(); it != m_mounts.crend(); ++it)
        ::umount2(QFile::encodeName(*it).constData(), MNT_DETACH);
    m_mounts.clear();
    if (m_dir) {
        // Undo what tests made read-only, so the temporary tree can be removed.
        ::chmod(QFile::encodeName(m_dir->filePath(QStringLiteral("target"))).constData(), 0755);
    }
    m_dir.reset();
    qunsetenv("CORRAL_ROOT");
}

void TestState::roundTrip_data()
{
    QTest::addColumn<State>("state");

    QTest::newRow("an empty state") << State {};

    State one;
    one.snaps.insert(QStringLiteral("hello"),
        makeSnap(QStringLiteral("hello"), { makeRevision(QStringLiteral("x1")) },
            QStringLiteral("x1"), 1));
    QTest::newRow("one snap installed from a file") << one;

    State two;
    two.snaps.insert(QStringLiteral("busybox-base"),
        makeSnap(QStringLiteral("busybox-base"), { makeRevision(QStringLiteral("x4")) },
            QStringLiteral("x4"), 7));
    two.snaps.insert(QStringLiteral("photobooth"),
        makeSnap(QStringLiteral("photobooth"),
            { makeRevision(QStringLiteral("x2"), QStringLiteral("/home/dev/photo booth"), true),
                makeRevision(QStringLiteral("x3"), QString(), false, true) },
            QStringLiteral("x2"), 3));
    QTest::newRow("snaps with a directory revision, devmode, classic and a reverted current")
        << two;

    State other = one;
    other.other.insert(QStringLiteral("connections"),
        QJsonObject { { QStringLiteral("hello:network core:network"),
            QJsonObject { { QStringLiteral("interface"), QStringLiteral("network") },
                { QStringLiteral("auto"), true } } } });
    QTest::newRow("keys of other parts of Corral") << other;
}

void TestState::roundTrip()
{
    QFETCH(State, state);

    QString error;
    const auto parsed = stateFromJson(stateToJson(state), QStringLiteral("test.json"), &error);
    QVERIFY2(parsed, qPrintable(error));
    QVERIFY(sameState(*parsed, state));

    QVERIFY2(saveState(state, &error), qPrintable(error));
    const auto loaded = loadState(&error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(sameState(*loaded, state));
}

void TestState::savedFileIsVersionedJson()
{
    State state;
    state.snaps.insert(QStringLiteral("hello"),
        makeSnap(QStringLiteral("hello"),
            { makeRevision(QStringLiteral("x1"), QStringLiteral("/src/hello")) },
            QStringLiteral("x1"), 1));
    QString error;
    QVERIFY2(saveState(state, &error), qPrintable(error));

    const QJsonObject root = QJsonDocument::fromJson(readAll(dirs::stateFile())).object();
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    const QJsonObject hello
        = root.value(QStringLiteral("snaps")).toObject().value(QStringLiteral("hello")).toObject();
    QCOMPARE(hello.value(QStringLiteral("current")).toString(), QStringLiteral("x1"));
    QCOMPARE(hello.value(QStringLiteral("last-local-revision")).toInt(), 1);
    const QJsonObject revision
        = hello.value(QStringLiteral("revisions")).toArray().first().toObject();
    QCOMPARE(revision.value(QStringLiteral("revision")).toString(), QStringLiteral("x1"));
    QCOMPARE(revision.value(QStringLiteral("source-dir")).toString(), QStringLiteral("/src/hello"));
    QCOMPARE(revision.value(QStringLiteral("devmode")), QJsonValue(false));
    QCOMPARE(revision.value(QStringLiteral("classic")), QJsonValue(false));
    QCOMPARE(revision.value(QStringLiteral("installed-at")).toString(),
        QStringLiteral("2026-03-14T15:09:26Z"));
}

void TestState::unknownKeysArePreserved()
{
    QJsonObject root = validStateJson();
    const QJsonObject connections { { QStringLiteral("hello:camera core:camera"),
        QJsonObject { { QStringLiteral("interface"), QStringLiteral("camera") },
            { QStringLiteral("undesired"), true } } } };
    root.insert(QStringLiteral("connections"), connections);
    root.insert(QStringLiteral("future-feature"), QJsonArray { 1, QStringLiteral("two"), 3.5 });
    QVERIFY(QDir().mkpath(dirs::stateDir()));
    QVERIFY(writeAll(dirs::stateFile(), toJson(root)));

    QString error;
    auto state = loadState(&error);
    QVERIFY2(state, qPrintable(error));
    QCOMPARE(state->other.value(QStringLiteral("connections")).toObject(), connections);
    // A change to the part this code owns, saved again, keeps the rest as it was.
    state->snaps[QStringLiteral("hello")].current = QStringLiteral("x1");
    QVERIFY2(saveState(*state, &error), qPrintable(error));

    const QJsonObject saved = QJsonDocument::fromJson(readAll(dirs::stateFile())).object();
    QCOMPARE(saved.value(QStringLiteral("connections")).toObject(), connections);
    QCOMPARE(saved.value(QStringLiteral("future-feature")).toArray(),
        (QJsonArray { 1, QStringLiteral("two"), 3.5 }));
    QCOMPARE(saved.value(QStringLiteral("snaps"))
                 .toObject()
                 .value(QStringLiteral("hello"))
                 .toObject()
                 .value(QStringLiteral("current"))
                 .toString(),
        QStringLiteral("x1"));
}

void TestState::missingFileIsEmptyState()
{
    QString error;
    const auto state = loadState(&error);
    QVERIFY2(state, qPrintable(error));
    QVERIFY(state->snaps.isEmpty());
    QVERIFY(state->other.isEmpty());
    QVERIFY(!QFile::exists(dirs::stateFile())); // reading creates nothing
}

void TestState::badStateFile_data()
{
    QTest::addColumn<QByteArray>("content"); // written to state.json, unless special
    QTest::addColumn<QString>("special"); // "directory", "loop", "unreadable"
    QTest::addColumn<QString>("reason"); // what follows "cannot read state file PATH: "

    const QJsonObject valid = validStateJson();
    const auto row = [](const char *name, const QByteArray &content, const QString &reason) {
        QTest::newRow(name) << content << QString() << reason;
    };
    const auto broken = [&](const char *name, const QStringList &path, const QJsonValue &value,
                            const QString &reason) {
        QTest::newRow(name) << toJson(withValue(valid, path, value)) << QString() << reason;
    };

    row("an empty file is refused", QByteArray(),
        QStringLiteral("invalid JSON at line 1, column 1: illegal value"));
    row("a file that is not JSON is refused", "{\n  \"version\": 1,\n  snaps\n}",
        QStringLiteral("invalid JSON at line 3, column 4: unterminated object"));
    row("a JSON array is refused", "[1, 2]", QStringLiteral("not a JSON object"));
    broken("a state without a version is refused", { QStringLiteral("version") },
        QJsonValue(QJsonValue::Undefined), QStringLiteral("version: missing"));
    broken("a version that is a string is refused", { QStringLiteral("version") },
        QStringLiteral("1"), QStringLiteral("version: not an integer"));
    broken("a state from a newer Corral is refused", { QStringLiteral("version") }, 2,
        QStringLiteral("version: 2 is newer than this version of Corral understands (1)"));
    broken("snaps that are a list are refused", { QStringLiteral("snaps") }, QJsonArray(),
        QStringLiteral("snaps: not an object"));
    broken("an invalid snap name is refused",
        { QStringLiteral("snaps"), QStringLiteral("Bad_Name") },
        valid.value(QStringLiteral("snaps")).toObject().value(QStringLiteral("hello")),
        QStringLiteral("snaps.Bad_Name: ") + checkSnapName(QStringLiteral("Bad_Name")));
    broken("a current revision that is not installed is refused",
        { QStringLiteral("snaps"), QStringLiteral("hello"), QStringLiteral("current") },
        QStringLiteral("x9"),
        QStringLiteral("snaps.hello.current: \"x9\" is not one of its revisions"));
    broken("a current revision that is a number is refused",
        { QStringLiteral("snaps"), QStringLiteral("hello"), QStringLiteral("current") }, 2,
        QStringLiteral("snaps.hello.current: not a string"));
    broken("an empty list of revisions is refused",
        { QStringLiteral("snaps"), QStringLiteral("hello"), QStringLiteral("revisions") },
        QJsonArray(), QStringLiteral("snaps.hello.revisions: empty"));
    broken("an invalid revision is refused",
        { QStringLiteral("snaps"), QStringLiteral("hello"), QStringLiteral("revisions"),
            QStringLiteral("0"), QStringLiteral("revision") },
        QStringLiteral("../../etc"),
        QStringLiteral("snaps.hello.revisions[0].revision: ")
            + checkRevision(QStringLiteral("../../etc")));
    broken("a revision listed twice is refused",
        { QStringLiteral("snaps"), QStringLiteral("hello"), QStringLiteral("revisions"),
            QStringLiteral("1"), QStringLiteral("revision") },
        QStringLiteral("x1"),
        QStringLiteral("snaps.hello.revisions[1]: revision x1 is listed twice"));
    broken("devmode that is a string is refused",
        { QStringLiteral("snaps"), QStringLiteral("hello"), QStringLiteral("revisions"),
            QStringLiteral("0"), QStringLiteral("devmode") },
        QStringLiteral("yes"),
        QStringLiteral("snaps.hello.revisions[0].devmode: not true or false"));
    broken("an installation time that is not a time is refused",
        { QStringLiteral("snaps"), QStringLiteral("hello"), QStringLiteral("revisions"),
            QStringLiteral("0"), QStringLiteral("installed-at") },
        QStringLiteral("yesterday"),
        QStringLiteral(
            "snaps.hello.revisions[0].installed-at: \"yesterday\" is not an ISO 8601 time"));
    broken("a relative source directory is refused",
        { QStringLiteral("snaps"), QStringLiteral("hello"), QStringLiteral("revisions"),
            QStringLiteral("1"), QStringLiteral("source-dir") },
        QStringLiteral("hello"),
        QStringLiteral("snaps.hello.revisions[1].source-dir: not an absolute path"));
    broken("a last local revision below an installed one is refused",
        { QStringLiteral("snaps"), QStringLiteral("hello"), QStringLiteral("last-local-revision") },
        1, QStringLiteral("snaps.hello.last-local-revision: 1 is lower than revision x2"));
    broken("a negative last local revision is refused",
        { QStringLiteral("snaps"), QStringLiteral("hello"), QStringLiteral("last-local-revision") },
        -1, QStringLiteral("snaps.hello.last-local-revision: not a non-negative integer"));

    QTest::newRow("a state file that is a directory is refused")
        << QByteArray() << QStringLiteral("directory") << QStringLiteral("not a regular file");
    QTest::newRow("a state file that is a symlink loop is refused")
        << QByteArray() << QStringLiteral("loop") << QString::fromLocal8Bit(strerror(ELOOP));
    QTest::newRow("a state file nobody may read is refused") << QByteArray(
        "{}") << QStringLiteral("unreadable") << QString::fromLocal8Bit(strerror(EACCES));
}

void TestState::badStateFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, special);
    QFETCH(QString, reason);

    const QString path = dirs::stateFile();
    QVERIFY(QDir().mkpath(dirs::stateDir()));
    if (special == QLatin1String("directory")) {
        QVERIFY(QDir().mkpath(path));
    } else if (special == QLatin1String("loop")) {
        QVERIFY(QFile::link(path, path));
    } else {
        QVERIFY(writeAll(path, content));
        if (special == QLatin1String("unreadable")) {
            if (geteuid() == 0)
                QSKIP("root reads files whatever their mode");
            QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        }
    }
    struct stat before;
    QCOMPARE(::lstat(QFile::encodeName(path).constData(), &before), 0);

    QString error;
    const auto state = loadState(&error);
    QVERIFY(!state);
    QCOMPARE(error, QStringLiteral("cannot read state file %1: %2").arg(path, reason));

    // The file is exactly as it was: same inode, same bytes.
    struct stat after;
    QCOMPARE(::lstat(QFile::encodeName(path).constData(), &after), 0);
    QCOMPARE(after.st_ino, before.st_ino);
    QCOMPARE(after.st_mode, before.st_mode);
    if (special.isEmpty())
        QCOMPARE(readAll(path), content);
    QCOMPARE(entriesOf(dirs::stateDir()), QStringList { QStringLiteral("state.json") });
}

void TestState::revisionHelpers()
{
    SnapState snap = makeSnap(QStringLiteral("hello"),
        { makeRevision(QStringLiteral("x1")), makeRevision(QStringLiteral("x2")) },
        QStringLiteral("x2"), 2);
    QCOMPARE(snap.currentRevision()->revision, QStringLiteral("x2"));
    QCOMPARE(snap.previousRevision()->revision, QStringLiteral("x1"));
    QVERIFY(!snap.revision(QStringLiteral("x3")));
    snap.current = QStringLiteral("x1");
    QCOMPARE(snap.previousRevision()->revision, QStringLiteral("x2"));
    snap.revisions.removeLast();
    QVERIFY(!snap.previousRevision());
}

void TestState::atomicWriteLeavesNoTemporaryFile()
{
    const QString dir = m_dir->filePath(QStringLiteral("atomic"));
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QLatin1String("/file.json");
    QString error;
    for (int i = 0; i < 3; ++i) {
        const QByteArray data = QByteArray("content ") + QByteArray::number(i);
        QVERIFY2(writeFileAtomically(path, data, &error), qPrintable(error));
        QCOMPARE(readAll(path), data);
        QCOMPARE(entriesOf(dir), QStringList { QStringLiteral("file.json") });
    }
}

void TestState::atomicWriteSetsTheModeAskedFor()
{
    const QString path = m_dir->filePath(QStringLiteral("moded"));
    const mode_t oldMask = ::umask(077);
    QString error;
    const bool written = writeFileAtomically(path, "x", &error, 0640);
    ::umask(oldMask);
    QVERIFY2(written, qPrintable(error));
    struct stat st;
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0640));
}

void TestState::writeFailureKeepsOldFile_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("reason"); // after "cannot write PATH: "

    QTest::newRow("a read-only directory keeps the old file")
        << QStringLiteral("read-only") << QString::fromLocal8Bit(strerror(EROFS));
    QTest::newRow("a full disk keeps the old file")
        << QStringLiteral("full") << QString::fromLocal8Bit(strerror(ENOSPC));
    QTest::newRow("a directory in the file's place is left alone")
        << QStringLiteral("directory") << QString::fromLocal8Bit(strerror(EISDIR));
    QTest::newRow("a file in the directory's place is reported")
        << QStringLiteral("parent-is-file") << QString::fromLocal8Bit(strerror(ENOTDIR));
}

void TestState::writeFailureKeepsOldFile()
{
    QFETCH(QString, how);
    QFETCH(QString, reason);

    QString dir = m_dir->filePath(QStringLiteral("target"));
    QVERIFY(QDir().mkpath(dir));
    QString path = dir + QLatin1String("/state.json");
    const QByteArray old = "{\"version\": 1}\n";
    QByteArray data = "{\"version\": 1, \"snaps\": {}}\n";

    if (how == QLatin1String("read-only")) {
        QVERIFY(writeAll(path, old));
        if (geteuid() == 0) {
            // Root writes through any mode; a read-only bind mount stops it.
            const QByteArray d = QFile::encodeName(dir);
            QCOMPARE(::mount(d.constData(), d.constData(), nullptr, MS_BIND, nullptr), 0);
            m_mounts << dir;
            QCOMPARE(
                ::mount(nullptr, d.constData(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr),
                0);
        } else {
            QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            reason = QString::fromLocal8Bit(strerror(EACCES));
        }
    } else if (how == QLatin1String("full")) {
        if (geteuid() != 0)
            QSKIP("mounting a small file system needs root");
        const QByteArray d = QFile::encodeName(dir);
        QCOMPARE(::mount("tmpfs", d.constData(), "tmpfs", 0, "size=64k"), 0);
        m_mounts << dir;
        QVERIFY(writeAll(path, old));
        data = QByteArray(1024 * 1024, 'x');
    } else if (how == QLatin1String("directory")) {
        QVERIFY(QDir().mkpath(path + QLatin1String("/inside")));
    } else if (how == QLatin1String("parent-is-file")) {
        QVERIFY(writeAll(dir + QLatin1String("/file"), old));
        dir = dir + QLatin1String("/file");
        path = dir + QLatin1String("/state.json");
    }
    const QStringList entriesBefore
        = entriesOf(QFileInfo(dir).isDir() ? dir : QFileInfo(dir).path());

    QString error;
    QVERIFY(!writeFileAtomically(path, data, &error));
    QCOMPARE(error, QStringLiteral("cannot write %1: %2").arg(path, reason));
    // Nothing else changed: the old content is there and no temporary file was left.
    QCOMPARE(entriesOf(QFileInfo(dir).isDir() ? dir : QFileInfo(dir).path()), entriesBefore);
    if (how == QLatin1String("read-only") || how == QLatin1String("full"))
        QCOMPARE(readAll(path), old);
    if (how == QLatin1String("directory"))
        QVERIFY(QFileInfo(path + QLatin1String("/inside")).isDir());
    if (how == QLatin1String("parent-is-file"))
        QCOMPARE(readAll(dir), old);
}

QTEST_APPLESS_MAIN(TestState)
#include "tst_state.moc"
