// Item models over a Client, shared by corral-permissions (Qt Widgets) and the
// Corral.Permissions QML module. Each follows the Client's signals, so a change made
// anywhere (another window, the CLI) shows without a restart. Role names (for QML) are the
// lower-camel-case forms of the Roles enum ("name", "connectedSlots", …).
#pragma once

#include "client/client.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QSortFilterProxyModel>

namespace corral::client {

// The roles of every model here; each model answers those that make sense for its rows
// (and an invalid QVariant for the others).
enum Roles {
    NameRole = Qt::UserRole + 1, // snap: name; plug/slot: its name; interface: its name
    RefRole, // plug or slot: "snap:name"
    SnapRole, // the snap a plug, slot or row belongs to
    TitleRole, // snap title (or name)
    SummaryRole,
    VersionRole,
    ConfinementRole, // strict, devmode, classic
    IconRole, // absolute path of the snap's icon, or empty
    ProblemRole,
    CustomizedRole, // bool: permissions differ from the defaults
    TypeRole, // app, base, …
    InterfaceRole, // interface name
    LabelRole, // interface's human label ("Use your camera")
    DescriptionRole,
    CategoryRole, // files, devices, …
    CategoryLabelRole, // "Files", "Devices", …
    SensitivityRole, // low, medium, high
    AutoConnectRole, // yes, no, depends
    ConnectedRole, // bool: the plug has at least one connection in effect
    AutomaticRole, // bool: connected, and every connection made by auto-connect
    UndesiredRole, // bool: an automatic connection a person took away
    ConnectedSlotsRole, // QStringList: slots the plug is connected to
    ConnectedPlugsRole, // QStringList: plugs connected to the slot
    CandidatesRole, // QStringList: slots the plug could be connected to
    PendingRole, // bool: a change of this plug is on its way
    ConnectCommandRole, // "corral connect snap:plug"
    DisconnectCommandRole, // "corral disconnect snap:plug"
    RequestingRole, // interface: how many snaps have plugs of it
    GrantedRole, // interface: how many of those have one connected
    // Denials (DenialListModel); SnapRole, TitleRole and IconRole describe the denied snap,
    // PendingRole the plug AllowPlugRole names, Qt::DisplayRole is denialLine().
    KeyRole, // the helper's key of the denial
    AppRole,
    TagRole,
    SourceRole, // seccomp, apparmor, landlock
    KindRole, // syscall, file, device, network, dbus, capability, other
    ObjectRole,
    OperationRole,
    RequestedRole,
    DeniedRole,
    EnforcedRole, // bool: false when only logged
    ArchRole,
    SyscallRole,
    PidRole,
    UidRole,
    CommRole,
    ExeRole,
    TimesRole, // how often it happened
    FirstSeenRole, // QDateTime, UTC
    LastSeenRole, // QDateTime, UTC
    SuggestionsRole, // QStringList: interfaces whose policy would allow it
    SuggestedPlugsRole, // QStringList: for each suggestion the snap's plug, or ""
    ActionRole, // denialAction(): "read /dev/video0"
    SuggestionRole, // denialSuggestion(): "Use your camera (camera) would allow this"
    TimesTextRole, // "once", "3 times"
    LastSeenTextRole, // relativeTime() of the last time, when asked
    AllowPlugRole, // "snap:plug" to connect to allow it: the first suggestion whose plug
                   // the snap has and is not connected; empty when none (or one is)
    AllowInterfaceRole, // that plug's interface
    AllowLabelRole, // its label ("Use your camera")
    AllowedByRole, // the label of a suggested plug that is connected now, or empty
};

QHash<int, QByteArray> roleNames();

// Base of the models: a Client to follow, settable after construction (QML).
class ClientModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(corral::client::Client *client READ client WRITE setClient NOTIFY clientChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit ClientModel(QObject *parent = nullptr);
    Client *client() const { return m_client; }
    void setClient(Client *client);
    int count() const { return rowCount(); }
    QHash<int, QByteArray> roleNames() const override;
    // The row whose NameRole (snaps, interfaces) or RefRole (plugs, slots) is `key`, or -1.
    Q_INVOKABLE virtual int indexOf(const QString &key) const = 0;
    // The row indexOf(key) finds, as { role name: value } (empty when there is none): what
    // QML reads of a row it does not show.
    Q_INVOKABLE QVariantMap get(const QString &key) const;

Q_SIGNALS:
    void clientChanged();
    void countChanged();

protected:
    // Connects to the new client's signals; rebuilds.
    virtual void attach(Client *client) = 0;
    virtual void rebuild() = 0;
    // Resets the model with `update` run between begin and end.
    template<typename F> void reset(F update)
    {
        const int before = rowCount();
        beginResetModel();
        update();
        endResetModel();
        if (rowCount() != before)
            Q_EMIT countChanged();
    }

    QPointer<Client> m_client;
};

// Installed snaps, sorted by name.
class SnapListModel : public ClientModel
{
    Q_OBJECT
public:
    explicit SnapListModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    int indexOf(const QString &name) const override;

protected:
    void attach(Client *client) override;
    void rebuild() override;

private:
    QList<SnapEntry> m_rows;
};

// SnapListModel (or any model with its roles) filtered by text typed by a person
// (matching name, title or summary, case-insensitively) and, unless `includeBases`, without
// base and system snaps.
class SnapFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(bool includeBases READ includeBases WRITE setIncludeBases NOTIFY includeBasesChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit SnapFilterModel(QObject *parent = nullptr);
    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);
    bool includeBases() const { return m_includeBases; }
    void setIncludeBases(bool include);
    int count() const { return rowCount(); }
    // The row of snap `name` in this model, or -1.
    Q_INVOKABLE int indexOf(const QString &name) const;

Q_SIGNALS:
    void filterTextChanged();
    void includeBasesChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_includeBases = false;
};

// The plugs of one snap, sorted by category, then label, then name; every plug-related role.
class PlugListModel : public ClientModel
{
    Q_OBJECT
    Q_PROPERTY(QString snap READ snap WRITE setSnap NOTIFY snapChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged)

public:
    explicit PlugListModel(QObject *parent = nullptr);
    QString snap() const { return m_snap; }
    void setSnap(const QString &snap);
    bool isLoaded() const { return m_loaded; }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    int indexOf(const QString &ref) const override;

Q_SIGNALS:
    void snapChanged();
    void loadedChanged();

protected:
    void attach(Client *client) override;
    void rebuild() override;

private:
    void refreshConnections();
    void refreshCandidates(const QString &plugRef);
    void refreshPending();
    void setLoaded(bool loaded);
    QString m_snap;
    bool m_loaded = false;
    QList<EndEntry> m_rows;
};

// The slots one snap offers, with the plugs connected to each.
class SlotListModel : public ClientModel
{
    Q_OBJECT
    Q_PROPERTY(QString snap READ snap WRITE setSnap NOTIFY snapChanged)

public:
    explicit SlotListModel(QObject *parent = nullptr);
    QString snap() const { return m_snap; }
    void setSnap(const QString &snap);
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    int indexOf(const QString &ref) const override;

Q_SIGNALS:
    void snapChanged();

protected:
    void attach(Client *client) override;
    void rebuild() override;

private:
    void refreshConnections();
    QString m_snap;
    QList<EndEntry> m_rows;
};

// Interfaces, sorted by category then label; with `requestedOnly` only those some
// installed snap has a plug of. RequestingRole and GrantedRole count snaps.
class InterfaceListModel : public ClientModel
{
    Q_OBJECT
    Q_PROPERTY(
        bool requestedOnly READ requestedOnly WRITE setRequestedOnly NOTIFY requestedOnlyChanged)

public:
    explicit InterfaceListModel(QObject *parent = nullptr);
    bool requestedOnly() const { return m_requestedOnly; }
    void setRequestedOnly(bool requestedOnly);
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    int indexOf(const QString &name) const override;

Q_SIGNALS:
    void requestedOnlyChanged();

protected:
    void attach(Client *client) override;
    void rebuild() override;

private:
    void recount();
    struct Row
    {
        InterfaceEntry entry;
        int requesting = 0;
        int granted = 0;
    };
    bool m_requestedOnly = true;
    QList<Row> m_rows;
};

// The plugs of one interface across every installed snap: "which apps can use my
// camera?". Rows are plugs (a snap with two camera plugs has two rows), sorted by snap
// title then plug name; snap roles (TitleRole, IconRole, …) describe the plug's snap.
class InterfacePlugsModel : public ClientModel
{
    Q_OBJECT
    Q_PROPERTY(
        QString interfaceName READ interfaceName WRITE setInterfaceName NOTIFY interfaceNameChanged)

public:
    explicit InterfacePlugsModel(QObject *parent = nullptr);
    QString interfaceName() const { return m_interface; }
    void setInterfaceName(const QString &name);
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    int indexOf(const QString &ref) const override;
    // Every plug ref in the model, for the bulk switches.
    Q_INVOKABLE QStringList plugRefs() const;

Q_SIGNALS:
    void interfaceNameChanged();

protected:
    void attach(Client *client) override;
    void rebuild() override;

private:
    void refreshConnections();
    void refreshPending();
    QString m_interface;
    QList<EndEntry> m_rows;
};

// The denials of one snap (`snap`) or of every snap (empty), newest first: what the Client
// reads from the helper and what the helper reports as it happens. Rows are keyed by
// KeyRole.
class DenialListModel : public ClientModel
{
    Q_OBJECT
    Q_PROPERTY(QString snap READ snap WRITE setSnap NOTIFY snapChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged)

public:
    explicit DenialListModel(QObject *parent = nullptr);
    QString snap() const { return m_snap; }
    void setSnap(const QString &snap);
    bool isLoaded() const { return m_loaded; }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    int indexOf(const QString &key) const override;
    const DenialEntry *entry(int row) const;
    // Asks for LastSeenTextRole again (relative times age).
    Q_INVOKABLE void refreshTimes();

Q_SIGNALS:
    void snapChanged();
    void loadedChanged();

protected:
    void attach(Client *client) override;
    void rebuild() override;

private:
    void recorded(const DenialEntry &entry);
    void refreshAll(const QList<int> &roles);
    void setLoaded(bool loaded);
    QString m_snap;
    bool m_loaded = false;
    QList<DenialEntry> m_rows;
};

// Every stored connection, undesired ones included.
class ConnectionListModel : public ClientModel
{
    Q_OBJECT
public:
    explicit ConnectionListModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Rows are keyed "plug slot".
    int indexOf(const QString &key) const override;

protected:
    void attach(Client *client) override;
    void rebuild() override;

private:
    QList<ConnectionEntry> m_rows;
};

} // namespace corral::client
