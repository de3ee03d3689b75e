// corral-client: what Corral's graphical clients share to talk to the helper
// (org.corral.Manager1 on the system bus). Client keeps what the helper said (snaps,
// interfaces, connections, every plug, the details of the snaps asked about) and reloads it
// when the helper announces a change, whoever made it; changes go to the helper
// asynchronously, with polkit allowed to ask for a password. Nothing here parses a snap or
// reads Corral's files: the helper is the only source.
#pragma once

#include "client/denials.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>

class QDBusPendingCallWatcher;
class QDBusServiceWatcher;

namespace corral::client {

// What went wrong with a call to the helper, in words.
struct Failure
{
    enum Kind {
        None,
        Unreachable, // no system bus, or no helper answers and none can be started
        NotAuthorized, // polkit said no, or a password was needed and nobody could give it
        Cancelled, // the person dismissed the authentication dialog
        Invalid, // the helper refused the request as such (InvalidArgument, NotFound, …)
        Conflict, // it does not fit the current connections
        NoReply, // the helper did not answer in time: the change may or may not be made
        Failed, // anything else
    };
    Kind kind = None;
    QString message; // a sentence, "cannot <what>: <why>", translated where Corral's own
};

// Maps an error reply of a call that tried to `what` ("connect photobooth:camera") to a
// Failure; the one mapping the CLI and the GUIs share.
Failure describeError(const QString &what, const QDBusError &error);

// A snap as ListSnaps gives it.
struct SnapEntry
{
    QString name;
    QString title; // the snap's title, or its name when it has none
    QString summary;
    QString version;
    QString revision;
    QString type; // app, base, os, …
    QString confinement; // strict, devmode, classic
    QString problem; // why it cannot run, or empty
    QString icon; // absolute path of meta/gui/icon.{svg,png}, or empty
    QStringList apps;
    bool devmode = false;
    bool classic = false;
};

// An interface as ListInterfaces gives it; label and description are translated here.
struct InterfaceEntry
{
    QString name;
    QString label;
    QString description;
    QString category; // files, devices, network, desktop, multimedia, security, system
    QString categoryLabel;
    QString sensitivity; // low, medium, high
    QString autoConnect; // yes, no, depends
    int categoryOrder = 0; // the order categories are shown in
};

// A plug or a slot of a snap ("snap:name").
struct EndEntry
{
    QString snap;
    QString name;
    QString interface;
    QStringList apps;
    QVariantMap attributes;
    QString ref() const { return snap + QLatin1Char(':') + name; }
};

// A stored connection as ListConnections gives it.
struct ConnectionEntry
{
    QString interface;
    QString plug; // snap:plug
    QString slot; // snap:slot
    bool automatic = false; // made by auto-connect
    bool connected = true; // false: an automatic connection a person took away
    QString plugSnap() const { return plug.section(QLatin1Char(':'), 0, 0); }
    QString slotSnap() const { return slot.section(QLatin1Char(':'), 0, 0); }
};

// One snap in detail (GetSnap).
struct SnapDetails
{
    SnapEntry snap;
    QString description;
    QString license;
    QString grade;
    QList<EndEntry> plugs;
    QList<EndEntry> slots;
};

class Client : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString statusMessage READ statusMessage NOTIFY statusChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingChanged)

public:
    enum Status {
        Loading, // the first answers are on their way
        Ready,
        Unavailable, // the helper cannot be reached; statusMessage says why
    };
    Q_ENUM(Status)

    // On the system bus (QtDBus honours DBUS_SYSTEM_BUS_ADDRESS), or on `bus`. Starts
    // loading at once.
    explicit Client(QObject *parent = nullptr);
    explicit Client(const QDBusConnection &bus, QObject *parent = nullptr);
    ~Client() override;

    Status status() const { return m_status; }
    QString statusMessage() const { return m_statusMessage; }

    // ---- what the helper said ----
    const QList<SnapEntry> &snaps() const { return m_snaps; }
    const SnapEntry *snap(const QString &name) const;
    const QList<InterfaceEntry> &interfaces() const { return m_interfaces; }
    const InterfaceEntry *interfaceInfo(const QString &name) const;
    const QList<ConnectionEntry> &connections() const { return m_connections; }
    // Connections whose plug is `plugRef` ("snap:plug"), undesired ones included.
    QList<ConnectionEntry> connectionsOfPlug(const QString &plugRef) const;
    // Connections whose slot is `slotRef` ("snap:slot"), undesired ones included.
    QList<ConnectionEntry> connectionsOfSlot(const QString &slotRef) const;
    // Whether the snap's plugs are connected otherwise than auto-connect would have them:
    // a connection a person made, or an automatic one a person took away.
    bool isCustomized(const QString &snap) const;

    // Every plug of every installed snap (ListPlugs), loaded on the first call and kept
    // up to date from then on; plugsLoaded() says when it came.
    const QList<EndEntry> &allPlugs();
    bool hasAllPlugs() const { return m_allPlugsLoaded; }

    // A snap's details: what is known now (nullopt until loaded); asks the helper when
    // not known yet, and detailsLoaded(name) says when it came.
    std::optional<SnapDetails> details(const QString &snap);
    // The slots a plug could be connected to (ListCandidates), as details().
    std::optional<QStringList> candidates(const QString &plugRef);

    // ---- denials ----
    // What confinement recently refused the caller's apps (ListDenials), oldest first, of
    // `snap` or (empty) of every snap. The first call asks the helper and starts watching
    // (WatchDenials): from then on new denials arrive as the helper records them
    // (denialRecorded), and the list is read again when the helper restarts. What is known
    // now is returned; denialsLoaded() says when the helper's answer came.
    QList<DenialEntry> denials(const QString &snap = QString());
    // Whether the denials of `snap` (empty: of every snap) have been read.
    bool hasDenials(const QString &snap = QString()) const;
    const DenialEntry *denial(const QString &key) const;
    // Reads the denials again (those asked for so far).
    Q_INVOKABLE void reloadDenials();
    // Stops watching (UnwatchDenials), so that the helper may exit when idle; the next
    // call of denials() starts again.
    Q_INVOKABLE void stopWatchingDenials();
    bool isWatchingDenials() const { return m_watchingDenials; }

    // ---- changes ----
    // Each goes to the helper at once and returns without waiting; changeFinished() reports
    // the outcome. The plugs concerned are pending meanwhile.
    // Connects `plugRef` to `slotRef` ("snap:slot", or empty for the only fitting slot).
    Q_INVOKABLE void connectPlug(const QString &plugRef, const QString &slotRef = QString());
    // Disconnects `plugRef` from `slotRef` (empty: from every slot).
    Q_INVOKABLE void disconnectPlug(const QString &plugRef, const QString &slotRef = QString());
    // connectPlug() or disconnectPlug(), whichever makes the plug connected == `on`.
    Q_INVOKABLE void setPlugConnected(const QString &plugRef, bool on);
    // Connects the plug to `slotRef` instead of whatever it is connected to now, as one
    // change.
    Q_INVOKABLE void moveConnection(const QString &plugRef, const QString &slotRef);
    // Restores the snap's plugs to what auto-connect makes of them: manual connections go,
    // automatic ones a person took away come back. One change, one authorization.
    Q_INVOKABLE void resetToDefaults(const QString &snap);
    // Connects and disconnects several plugs as one change (ChangeConnections): the bulk
    // switches of the by-permission view.
    Q_INVOKABLE void setPlugsConnected(const QStringList &plugRefs, bool on);

    Q_INVOKABLE bool isPending(const QString &plugRef) const;
    int pendingCount() const { return m_pending.size(); }

    // The command a person would type to make the same change.
    Q_INVOKABLE static QString connectCommand(
        const QString &plugRef, const QString &slotRef = QString());
    Q_INVOKABLE static QString disconnectCommand(
        const QString &plugRef, const QString &slotRef = QString());

    // Loads everything again (also done on the helper's signals).
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void statusChanged();
    void snapsReset(); // snaps() changed
    void interfacesReset(); // interfaces() changed
    void connectionsReset(); // connections() changed
    void plugsLoaded(); // allPlugs() changed
    void detailsLoaded(const QString &snap);
    void candidatesLoaded(const QString &plugRef);
    void pendingChanged();
    // The helper answered ListDenials for `snap` (empty: every snap); denials() changed.
    void denialsLoaded(const QString &snap);
    // A denial was recorded, or seen again (its count and last time changed).
    void denialRecorded(const corral::client::DenialEntry &denial);
    // A change finished. `plugs` are the plugs it was about; on failure, `failure`
    // says why in words (and its kind tells a refusal or cancellation from an error).
    void changeFinished(const QStringList &plugs, bool ok, int failureKind, const QString &message);

private Q_SLOTS:
    void onConnectionsChangedSignal(const QStringList &snaps);
    void onSnapsChangedSignal(const QStringList &snaps);
    void onDenialRecordedSignal(const QVariantMap &denial);

private:
    void start();
    void loadSnaps();
    void loadInterfaces();
    // Reloads the connections, then runs `then` (also when the reload failed).
    void loadConnections(std::function<void()> then = {});
    void loadAllPlugs();
    void loadDetails(const QString &snap);
    void loadCandidates(const QString &plugRef);
    void loadDenials(const QString &snap);
    void watchDenials();
    void setStatus(Status status, const QString &message = QString());
    void readFailed(const QString &what, const QDBusError &error);
    void loaded();
    QDBusPendingCallWatcher *callHelper(
        const QString &method, const QVariantList &arguments, bool interactive, int timeoutMs);
    void change(const QStringList &plugs, const QString &what, const QString &method,
        const QVariantList &arguments);
    // The slot a plug being switched on goes to: the one a person took it away from, the
    // system's, or (empty) the only one that fits.
    QString slotToConnect(const QString &plugRef);

    QDBusConnection m_bus;
    Status m_status = Loading;
    QString m_statusMessage;
    QList<SnapEntry> m_snaps;
    QHash<QString, int> m_snapIndex;
    QList<InterfaceEntry> m_interfaces;
    QHash<QString, int> m_interfaceIndex;
    QList<ConnectionEntry> m_connections;
    QHash<QString, QList<int>> m_connectionsByPlug;
    QHash<QString, QList<int>> m_connectionsBySlot;
    QSet<QString> m_customized;
    QList<EndEntry> m_allPlugs;
    bool m_allPlugsWanted = false;
    bool m_allPlugsLoaded = false;
    QHash<QString, SnapDetails> m_details;
    QSet<QString> m_detailsLoading;
    QHash<QString, QStringList> m_candidates;
    QSet<QString> m_candidatesLoading;
    QHash<QString, int> m_pending; // plug ref → changes in flight
    QList<DenialEntry> m_denials; // oldest first, as the helper has them
    QSet<QString> m_denialsWanted; // snaps whose denials were asked for ("" every snap)
    QSet<QString> m_denialsLoaded;
    QSet<QString> m_denialsLoading;
    QHash<QString, quint64> m_denialArrival; // key → number of the DenialRecorded it came by
    quint64 m_denialSignals = 0; // DenialRecorded signals received
    bool m_watchingDenials = false;
    QDBusServiceWatcher *m_helperWatcher = nullptr; // to watch again when the helper restarts
    bool m_snapsLoaded = false;
    bool m_interfacesLoaded = false;
    bool m_connectionsLoaded = false;
};

} // namespace corral::client
