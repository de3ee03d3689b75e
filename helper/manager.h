// org.corral.Manager1: the object the helper exports. Reads are answered from an
// in-memory view of the state, reloaded when state.json changes; changes are checked,
// authorized by polkit, queued, and applied one at a time in arrival order on a worker
// thread, with delayed replies, so that reads are answered while a change runs.
#pragma once

#include "helper/dbustypes.h"
#include "helper/denialmonitor.h"
#include "helper/denialstore.h"
#include "interfaces/interfacemanager.h"
#include "interfaces/snapmanager.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusServiceWatcher>
#include <QDBusUnixFileDescriptor>
#include <QFileSystemWatcher>
#include <QList>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <functional>
#include <optional>

namespace corral {

class Authority;
struct AuthorizationAnswer;

// What a change produced, handed from the worker thread back to the main thread.
struct ChangeResult
{
    QString errorName; // empty when the change succeeded
    QString errorMessage;
    QVariantList replyArguments;
    QStringList snapsChanged; // SnapsChanged is emitted with these, when not empty
    QStringList connectionsChanged; // likewise ConnectionsChanged
};

class Manager : public QObject, protected QDBusContext
{
    Q_OBJECT
public:
    // `idleTimeoutSeconds` 0 means never leave on its own.
    Manager(const QDBusConnection &bus, int idleTimeoutSeconds, QObject *parent = nullptr);
    ~Manager() override;

    // Before the helper takes its name: removes what an unfinished install left, mounts
    // installed revisions again (reads need their snap.yaml), and repairs a change the
    // helper did not live to finish. Quick; logs what it cannot do.
    void recover();
    // Queues what may take long (every profile compiled again when the system key
    // changed); reads are answered meanwhile, changes wait behind it.
    void start();

    // The D-Bus methods, called by the generated adaptor (names as in the XML).
    dbus::MapList ListSnaps();
    QVariantMap GetSnap(const QString &name);
    dbus::MapList ListPlugs();
    dbus::MapList ListInterfaces();
    dbus::MapList ListConnections();
    QStringList ListCandidates(const QString &plug);
    QVariantMap GetSandboxFeatures();
    QString Connect(const QString &plug, const QString &slot, QString &connectedSlot);
    void Disconnect(const QString &plug, const QString &slot, bool forget);
    void ChangeConnections(
        const dbus::ConnectList &connect, const dbus::DisconnectList &disconnect);
    void ResetConnections(const QString &snap);
    QString Install(const QDBusUnixFileDescriptor &file, const QVariantMap &options,
        QString &revision, QStringList &warnings);
    void Remove(const QString &snap);
    QString Revert(const QString &snap);
    void RegenerateProfiles();
    dbus::MapList ListDenials(const QString &snap, bool allUsers);
    void WatchDenials(bool allUsers);
    void UnwatchDenials();

    // Starts watching the kernel for denials (managerdenials.cpp).
    void startDenialMonitor();
    DenialMonitor &denialMonitor() { return m_monitor; }

Q_SIGNALS:
    void SnapsChanged(const QStringList &snaps);
    void ConnectionsChanged(const QStringList &snaps);
    // Declared for the adaptor; never emitted to everyone: sent to each watcher allowed
    // to read the denial (sendDenialSignals).
    void DenialRecorded(const QVariantMap &denial);
    // No call for the idle timeout and nothing queued: time to leave.
    void idle();

private:
    struct Job
    {
        quint64 id = 0;
        QDBusMessage message; // empty for the helper's own start-up job
        QString what; // "connect photobooth:camera", for the log
        std::function<ChangeResult()> work;
        enum State { Authorizing, Ready, Refused } state = Authorizing;
        QString refusalName;
        QString refusalMessage;
    };

    // The state as last read, for answering reads; `snaps` is filled on first use.
    struct View
    {
        State state;
        InterfaceSnapshot interfaces;
        std::optional<QList<InstalledSnap>> snaps;
        quint64 serial = 0;
    };

    bool loadView(QString *error); // the view as state.json is now
    bool refreshView(); // loadView(), or false with an error reply sent
    // state.json changed, and not by this helper (`corral --direct`): tell the clients.
    void checkForeignChange();
    const QList<InstalledSnap> &installedSnaps();
    void replyError(const QString &name, const QString &message);
    void touch();

    // Checked arguments; each sends an InvalidArgument or NotFound reply and returns
    // nullopt when the argument is bad.
    std::optional<PlugRef> checkPlug(const QString &text);
    std::optional<SlotRef> checkSlot(const QString &text); // "" means any fitting slot
    bool checkInstalled(const QString &snap);
    std::optional<ConnectionChange> checkChange(
        ConnectionChange::Kind kind, const QString &plug, const QString &slot, bool forget);
    template<typename Ref>
    std::optional<Ref> checkReference(const QString &text, const QString &kind,
        std::optional<Ref> (*parse)(const QString &, QString *),
        const std::function<QString(const Repository &, const Ref &)> &missing);

    void enqueue(const QString &action, const QString &what, std::function<ChangeResult()> work);
    void authorized(quint64 id, const AuthorizationAnswer &answer);
    void pump();
    void finished(quint64 id, const ChangeResult &result);

    // Denials (managerdenials.cpp).
    struct Watcher
    {
        qint64 uid = -1; // -1: may read everyone's
    };
    void recordDenial(const Denial &denial);
    void sendDenialSignals();
    qint64 callerUid();
    // Replies to the current call with the denials `uid` may read (-1: all).
    dbus::MapList denialsFor(const QString &snap, qint64 uid);

    QDBusConnection m_bus;
    Authority *m_authority = nullptr;
    QThreadPool m_worker;
    QTimer m_idleTimer;
    QFileSystemWatcher m_stateWatcher;
    QTimer m_foreignChange; // collects the events of one change
    QList<Job> m_jobs; // in arrival order; the first one runs when it is Ready
    bool m_running = false;
    quint64 m_nextId = 1;
    std::optional<View> m_view;

    DenialMonitor m_monitor;
    DenialStore m_denials;
    QHash<QString, Watcher> m_watchers; // by unique bus name
    QDBusServiceWatcher m_watcherExits;
    QHash<QString, QVariantMap> m_unsentDenials; // by key, for the next signals
    QTimer m_denialSignals;
};

} // namespace corral
