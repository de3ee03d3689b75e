#include "notify/toldlist.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace corral::notify {
namespace {

// What snapd accepts (snap/naming): the tests of ValidateSnap and ValidateApp.
const QRegularExpression SnapNamePattern(QStringLiteral("^(?=.*[a-z])[a-z0-9](?:-?[a-z0-9])*$"));
const QRegularExpression AppNamePattern(QStringLiteral("^[A-Za-z0-9](?:-?[A-Za-z0-9])*$"));
constexpr int MaxSnapNameLength = 40;
// A file far larger than capacity lines of keys is not ours to read.
constexpr qint64 MaxFileSize = 256 * 1024;

bool isAppName(const QString &app)
{
    const QString name = app.startsWith(QLatin1String("hook.")) ? app.mid(5) : app;
    return !name.isEmpty() && name.size() <= MaxSnapNameLength
        && AppNamePattern.match(name).hasMatch();
}

} // namespace

bool isSnapName(const QString &name)
{
    return !name.isEmpty() && name.size() <= MaxSnapNameLength
        && SnapNamePattern.match(name).hasMatch();
}

QString appKey(const QString &snap, const QString &app)
{
    if (!isSnapName(snap))
        return QString();
    if (app.isEmpty())
        return snap;
    if (!isAppName(app))
        return QString();
    return snap + QLatin1Char('.') + app;
}

bool ToldList::isValidKey(const QString &key)
{
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return isSnapName(key);
    return appKey(key.left(dot), key.mid(dot + 1)) == key;
}

ToldList::ToldList(QString path, int capacity)
    : m_path(std::move(path))
    , m_capacity(qMax(1, capacity))
{
    reload();
}

QString ToldList::defaultPath()
{
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    // The base directory spec: a relative path is invalid and is ignored.
    if (state.isEmpty() || QDir::isRelativePath(state))
        state = QDir::homePath() + QLatin1String("/.local/state");
    return state + QLatin1String("/corral/notified");
}

void ToldList::reload()
{
    const QFileInfo info(m_path);
    if (!info.exists()) {
        m_readModified = QDateTime();
        m_readSize = -1;
        return; // keeps what is in memory: the file may not have been writable
    }
    if (info.lastModified() == m_readModified && info.size() == m_readSize)
        return;
    QFile file(m_path);
    if (info.size() > MaxFileSize || !file.open(QIODevice::ReadOnly))
        return;
    QStringList keys;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString key = QString::fromUtf8(line.trimmed());
        if (isValidKey(key)) {
            keys.removeOne(key);
            keys << key;
        }
    }
    // What only memory knew (a key added while the file could not be written) stays.
    for (const QString &key : std::as_const(m_keys)) {
        if (!keys.contains(key))
            keys << key;
    }
    if (keys.size() > m_capacity)
        keys = keys.mid(keys.size() - m_capacity);
    m_keys = keys;
    m_readModified = info.lastModified();
    m_readSize = info.size();
}

bool ToldList::add(const QString &key, QString *error)
{
    reload();
    m_keys.removeOne(key);
    m_keys << key;
    if (m_keys.size() > m_capacity)
        m_keys = m_keys.mid(m_keys.size() - m_capacity);
    return save(error);
}

bool ToldList::save(QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(m_path, why);
        return false;
    };
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QStringLiteral("cannot create its directory"));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    // Private: the list says which apps a person uses.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(m_keys.join(QLatin1Char('\n')).toUtf8() + '\n');
    if (!file.commit())
        return fail(file.errorString());
    const QFileInfo written(m_path);
    m_readModified = written.lastModified();
    m_readSize = written.size();
    return true;
}

} // namespace corral::notify
