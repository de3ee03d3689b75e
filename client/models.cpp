#include "client/models.h"

#include <algorithm>

namespace corral::client {
namespace {

// What a plug's connections say about it.
struct PlugState
{
    bool connected = false;
    bool automatic = false;
    bool undesired = false;
    QStringList slots;
};

PlugState plugState(const Client &client, const QString &plugRef)
{
    PlugState state;
    bool allAutomatic = true;
    for (const ConnectionEntry &connection : client.connectionsOfPlug(plugRef)) {
        if (!connection.connected) {
            state.undesired = true;
            continue;
        }
        state.connected = true;
        allAutomatic = allAutomatic && connection.automatic;
        state.slots << connection.slot;
    }
    state.automatic = state.connected && allAutomatic;
    return state;
}

// The roles that describe a snap, for rows that are snaps or belong to one.
QVariant snapData(const Client &client, const SnapEntry &snap, int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return snap.title;
    case NameRole:
    case SnapRole:
        return snap.name;
    case Qt::ToolTipRole:
    case SummaryRole:
        return snap.summary;
    case VersionRole:
        return snap.version;
    case ConfinementRole:
        return snap.confinement;
    case IconRole:
        return snap.icon;
    case ProblemRole:
        return snap.problem;
    case CustomizedRole:
        return client.isCustomized(snap.name);
    case TypeRole:
        return snap.type;
    default:
        return QVariant();
    }
}

// The roles of an interface, for rows that are interfaces or plugs and slots of one.
QVariant interfaceData(const Client &client, const QString &name, int role)
{
    const InterfaceEntry *entry = client.interfaceInfo(name);
    switch (role) {
    case InterfaceRole:
        return name;
    case LabelRole:
        return entry && !entry->label.isEmpty() ? entry->label : name;
    case DescriptionRole:
        return entry ? entry->description : QString();
    case CategoryRole:
        return entry ? entry->category : QString();
    case CategoryLabelRole:
        return entry ? entry->categoryLabel : QString();
    case SensitivityRole:
        return entry ? entry->sensitivity : QString();
    case AutoConnectRole:
        return entry ? entry->autoConnect : QString();
    default:
        return QVariant();
    }
}

// The roles of a plug's connection state.
QVariant plugData(Client &client, const EndEntry &plug, int role)
{
    const QString ref = plug.ref();
    switch (role) {
    case RefRole:
        return ref;
    case ConnectedRole:
        return plugState(client, ref).connected;
    case AutomaticRole:
        return plugState(client, ref).automatic;
    case UndesiredRole:
        return plugState(client, ref).undesired;
    case ConnectedSlotsRole:
        return plugState(client, ref).slots;
    case CandidatesRole:
        return client.candidates(ref).value_or(QStringList());
    case PendingRole:
        return client.isPending(ref);
    case ConnectCommandRole: {
        const QStringList candidates = client.candidates(ref).value_or(QStringList());
        return Client::connectCommand(ref, candidates.size() > 1 ? candidates.first() : QString());
    }
    case DisconnectCommandRole:
        return Client::disconnectCommand(ref);
    default:
        return interfaceData(client, plug.interface, role);
    }
}

// Sorts plugs or slots by category, then label, then name.
void sortByCategory(const Client &client, QList<EndEntry> &ends)
{
    auto key = [&client](const EndEntry &end) {
        const InterfaceEntry *entry = client.interfaceInfo(end.interface);
        return std::make_tuple(entry ? entry->categoryOrder : 1000,
            entry ? entry->label.toLower() : end.interface, end.name);
    };
    std::stable_sort(ends.begin(), ends.end(),
        [&key](const EndEntry &a, const EndEntry &b) { return key(a) < key(b); });
}

// What the person can do about a denial: the plug to connect, or the one connected since.
struct DenialRemedy
{
    QString allowPlug;
    QString allowInterface;
    QString allowedBy; // interface of a suggested plug connected now
};

DenialRemedy denialRemedy(const Client &client, const DenialEntry &denial)
{
    DenialRemedy remedy;
    for (qsizetype i = 0; i < denial.suggestions.size(); ++i) {
        const QString ref = denial.plugRef(i);
        if (ref.isEmpty())
            continue;
        if (plugState(client, ref).connected) {
            // Allowed since (or the denial came from before): nothing to offer.
            return { QString(), QString(), denial.suggestions.at(i) };
        }
        if (remedy.allowPlug.isEmpty()) {
            remedy.allowPlug = ref;
            remedy.allowInterface = denial.suggestions.at(i);
        }
    }
    return remedy;
}

QString interfaceLabel(const Client &client, const QString &interface)
{
    const InterfaceEntry *entry = client.interfaceInfo(interface);
    return entry && !entry->label.isEmpty() ? entry->label : interface;
}

} // namespace

QHash<int, QByteArray> roleNames()
{
    return {
        { Qt::DisplayRole, "display" },
        { NameRole, "name" },
        { RefRole, "ref" },
        { SnapRole, "snap" },
        { TitleRole, "title" },
        { SummaryRole, "summary" },
        { VersionRole, "version" },
        { ConfinementRole, "confinement" },
        { IconRole, "icon" },
        { ProblemRole, "problem" },
        { CustomizedRole, "customized" },
        { TypeRole, "type" },
        { InterfaceRole, "interfaceName" },
        { LabelRole, "label" },
        { DescriptionRole, "description" },
        { CategoryRole, "category" },
        { CategoryLabelRole, "categoryLabel" },
        { SensitivityRole, "sensitivity" },
        { AutoConnectRole, "autoConnect" },
        { ConnectedRole, "connected" },
        { AutomaticRole, "automatic" },
        { UndesiredRole, "undesired" },
        { ConnectedSlotsRole, "connectedSlots" },
        { ConnectedPlugsRole, "connectedPlugs" },
        { CandidatesRole, "candidates" },
        { PendingRole, "pending" },
        { ConnectCommandRole, "connectCommand" },
        { DisconnectCommandRole, "disconnectCommand" },
        { RequestingRole, "requesting" },
        { GrantedRole, "granted" },
        { KeyRole, "key" },
        { AppRole, "app" },
        { TagRole, "tag" },
        { SourceRole, "source" },
        { KindRole, "kind" },
        { ObjectRole, "object" },
        { OperationRole, "operation" },
        { RequestedRole, "requested" },
        { DeniedRole, "denied" },
        { EnforcedRole, "enforced" },
        { ArchRole, "arch" },
        { SyscallRole, "syscall" },
        { PidRole, "pid" },
        { UidRole, "uid" },
        { CommRole, "comm" },
        { ExeRole, "exe" },
        { TimesRole, "times" },
        { FirstSeenRole, "firstSeen" },
        { LastSeenRole, "lastSeen" },
        { SuggestionsRole, "suggestions" },
        { SuggestedPlugsRole, "suggestedPlugs" },
        { ActionRole, "action" },
        { SuggestionRole, "suggestion" },
        { TimesTextRole, "timesText" },
        { LastSeenTextRole, "lastSeenText" },
        { AllowPlugRole, "allowPlug" },
        { AllowInterfaceRole, "allowInterface" },
        { AllowLabelRole, "allowLabel" },
        { AllowedByRole, "allowedBy" },
    };
}

// ---- ClientModel ----

ClientModel::ClientModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ClientModel::setClient(Client *client)
{
    if (m_client == client)
        return;
    if (m_client)
        m_client->disconnect(this);
    m_client = client;
    if (m_client)
        attach(m_client);
    reset([this] { rebuild(); });
    Q_EMIT clientChanged();
}

QHash<int, QByteArray> ClientModel::roleNames() const
{
    return client::roleNames();
}

QVariantMap ClientModel::get(const QString &key) const
{
    QVariantMap map;
    const int row = indexOf(key);
    if (row < 0)
        return map;
    const QModelIndex at = index(row);
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(at, it.key()));
    return map;
}

// ---- SnapListModel ----

SnapListModel::SnapListModel(QObject *parent)
    : ClientModel(parent)
{ }

void SnapListModel::attach(Client *client)
{
    connect(client, &Client::snapsReset, this, [this] { reset([this] { rebuild(); }); });
    connect(client, &Client::connectionsReset, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), { CustomizedRole });
    });
}

void SnapListModel::rebuild()
{
    m_rows = m_client ? m_client->snaps() : QList<SnapEntry>();
}

int SnapListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SnapListModel::data(const QModelIndex &index, int role) const
{
    if (!m_client || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    return snapData(*m_client, m_rows.at(index.row()), role);
}

int SnapListModel::indexOf(const QString &name) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).name == name)
            return row;
    return -1;
}

// ---- SnapFilterModel ----

SnapFilterModel::SnapFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    auto counted = [this] { Q_EMIT countChanged(); };
    connect(this, &QAbstractItemModel::rowsInserted, this, counted);
    connect(this, &QAbstractItemModel::rowsRemoved, this, counted);
    connect(this, &QAbstractItemModel::modelReset, this, counted);
    connect(this, &QAbstractItemModel::layoutChanged, this, counted);
}

void SnapFilterModel::setFilterText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    invalidateRowsFilter();
    Q_EMIT filterTextChanged();
}

void SnapFilterModel::setIncludeBases(bool include)
{
    if (m_includeBases == include)
        return;
    m_includeBases = include;
    invalidateRowsFilter();
    Q_EMIT includeBasesChanged();
}

int SnapFilterModel::indexOf(const QString &name) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (index(row, 0).data(NameRole).toString() == name)
            return row;
    return -1;
}

bool SnapFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_includeBases) {
        const QString type = row.data(TypeRole).toString();
        if (type == QLatin1String("base") || type == QLatin1String("os")
            || type == QLatin1String("snapd"))
            return false;
    }
    const QString text = m_text.trimmed();
    if (text.isEmpty())
        return true;
    for (const int role : { NameRole, TitleRole, SummaryRole })
        if (row.data(role).toString().contains(text, Qt::CaseInsensitive))
            return true;
    return false;
}

// ---- PlugListModel ----

PlugListModel::PlugListModel(QObject *parent)
    : ClientModel(parent)
{ }

void PlugListModel::setSnap(const QString &snap)
{
    if (m_snap == snap)
        return;
    m_snap = snap;
    reset([this] { rebuild(); });
    Q_EMIT snapChanged();
}

void PlugListModel::setLoaded(bool loaded)
{
    if (m_loaded == loaded)
        return;
    m_loaded = loaded;
    Q_EMIT loadedChanged();
}

void PlugListModel::attach(Client *client)
{
    connect(client, &Client::detailsLoaded, this, [this](const QString &snap) {
        if (snap == m_snap)
            reset([this] { rebuild(); });
    });
    // Labels and categories arrive with the interfaces.
    connect(client, &Client::interfacesReset, this, [this] { reset([this] { rebuild(); }); });
    connect(client, &Client::connectionsReset, this, &PlugListModel::refreshConnections);
    connect(client, &Client::candidatesLoaded, this, &PlugListModel::refreshCandidates);
    connect(client, &Client::pendingChanged, this, &PlugListModel::refreshPending);
}

void PlugListModel::rebuild()
{
    m_rows.clear();
    if (!m_client || m_snap.isEmpty()) {
        setLoaded(false);
        return;
    }
    const std::optional<SnapDetails> details = m_client->details(m_snap);
    setLoaded(details.has_value());
    if (!details)
        return;
    m_rows = details->plugs;
    sortByCategory(*m_client, m_rows);
    for (const EndEntry &plug : std::as_const(m_rows))
        m_client->candidates(plug.ref());
}

void PlugListModel::refreshConnections()
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
        { ConnectedRole, AutomaticRole, UndesiredRole, ConnectedSlotsRole });
}

void PlugListModel::refreshCandidates(const QString &plugRef)
{
    const int row = indexOf(plugRef);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), { CandidatesRole, ConnectCommandRole });
}

void PlugListModel::refreshPending()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), { PendingRole });
}

int PlugListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PlugListModel::data(const QModelIndex &index, int role) const
{
    if (!m_client || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const EndEntry &plug = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return plugData(*m_client, plug, LabelRole);
    case NameRole:
        return plug.name;
    case SnapRole:
        return plug.snap;
    default:
        return plugData(*m_client, plug, role);
    }
}

int PlugListModel::indexOf(const QString &ref) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).ref() == ref)
            return row;
    return -1;
}

// ---- SlotListModel ----

SlotListModel::SlotListModel(QObject *parent)
    : ClientModel(parent)
{ }

void SlotListModel::setSnap(const QString &snap)
{
    if (m_snap == snap)
        return;
    m_snap = snap;
    reset([this] { rebuild(); });
    Q_EMIT snapChanged();
}

void SlotListModel::attach(Client *client)
{
    connect(client, &Client::detailsLoaded, this, [this](const QString &snap) {
        if (snap == m_snap)
            reset([this] { rebuild(); });
    });
    connect(client, &Client::interfacesReset, this, [this] { reset([this] { rebuild(); }); });
    connect(client, &Client::connectionsReset, this, &SlotListModel::refreshConnections);
}

void SlotListModel::rebuild()
{
    m_rows.clear();
    if (!m_client || m_snap.isEmpty())
        return;
    if (const std::optional<SnapDetails> details = m_client->details(m_snap)) {
        m_rows = details->slots;
        sortByCategory(*m_client, m_rows);
    }
}

void SlotListModel::refreshConnections()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), { ConnectedPlugsRole });
}

int SlotListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SlotListModel::data(const QModelIndex &index, int role) const
{
    if (!m_client || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const EndEntry &slot = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return interfaceData(*m_client, slot.interface, LabelRole);
    case NameRole:
        return slot.name;
    case SnapRole:
        return slot.snap;
    case RefRole:
        return slot.ref();
    case ConnectedPlugsRole: {
        QStringList plugs;
        for (const ConnectionEntry &connection : m_client->connectionsOfSlot(slot.ref()))
            if (connection.connected)
                plugs << connection.plug;
        return plugs;
    }
    default:
        return interfaceData(*m_client, slot.interface, role);
    }
}

int SlotListModel::indexOf(const QString &ref) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).ref() == ref)
            return row;
    return -1;
}

// ---- InterfaceListModel ----

InterfaceListModel::InterfaceListModel(QObject *parent)
    : ClientModel(parent)
{ }

void InterfaceListModel::setRequestedOnly(bool requestedOnly)
{
    if (m_requestedOnly == requestedOnly)
        return;
    m_requestedOnly = requestedOnly;
    reset([this] { rebuild(); });
    Q_EMIT requestedOnlyChanged();
}

void InterfaceListModel::attach(Client *client)
{
    auto rebuildAll = [this] { reset([this] { rebuild(); }); };
    connect(client, &Client::interfacesReset, this, rebuildAll);
    connect(client, &Client::plugsLoaded, this, rebuildAll);
    connect(client, &Client::connectionsReset, this, [this] {
        recount();
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), { GrantedRole });
    });
}

void InterfaceListModel::rebuild()
{
    m_rows.clear();
    if (!m_client)
        return;
    const QList<EndEntry> &plugs = m_client->allPlugs();
    QSet<QString> requested;
    for (const EndEntry &plug : plugs)
        requested.insert(plug.interface);
    for (const InterfaceEntry &entry : m_client->interfaces()) {
        if (m_requestedOnly && !requested.contains(entry.name))
            continue;
        m_rows << Row { entry, 0, 0 };
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        return std::make_tuple(a.entry.categoryOrder, a.entry.label.toLower())
            < std::make_tuple(b.entry.categoryOrder, b.entry.label.toLower());
    });
    recount();
}

void InterfaceListModel::recount()
{
    if (!m_client)
        return;
    QHash<QString, QSet<QString>> requesting;
    QHash<QString, QSet<QString>> granted;
    for (const EndEntry &plug : m_client->allPlugs()) {
        requesting[plug.interface].insert(plug.snap);
        for (const ConnectionEntry &connection : m_client->connectionsOfPlug(plug.ref())) {
            if (connection.connected) {
                granted[plug.interface].insert(plug.snap);
                break;
            }
        }
    }
    for (Row &row : m_rows) {
        row.requesting = int(requesting.value(row.entry.name).size());
        row.granted = int(granted.value(row.entry.name).size());
    }
}

int InterfaceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant InterfaceListModel::data(const QModelIndex &index, int role) const
{
    if (!m_client || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return interfaceData(*m_client, row.entry.name, LabelRole);
    case Qt::ToolTipRole:
        return row.entry.description;
    case NameRole:
        return row.entry.name;
    case RequestingRole:
        return row.requesting;
    case GrantedRole:
        return row.granted;
    default:
        return interfaceData(*m_client, row.entry.name, role);
    }
}

int InterfaceListModel::indexOf(const QString &name) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).entry.name == name)
            return row;
    return -1;
}

// ---- InterfacePlugsModel ----

InterfacePlugsModel::InterfacePlugsModel(QObject *parent)
    : ClientModel(parent)
{ }

void InterfacePlugsModel::setInterfaceName(const QString &name)
{
    if (m_interface == name)
        return;
    m_interface = name;
    reset([this] { rebuild(); });
    Q_EMIT interfaceNameChanged();
}

void InterfacePlugsModel::attach(Client *client)
{
    auto rebuildAll = [this] { reset([this] { rebuild(); }); };
    connect(client, &Client::plugsLoaded, this, rebuildAll);
    connect(client, &Client::snapsReset, this, rebuildAll);
    connect(client, &Client::connectionsReset, this, &InterfacePlugsModel::refreshConnections);
    connect(client, &Client::pendingChanged, this, &InterfacePlugsModel::refreshPending);
    connect(client, &Client::candidatesLoaded, this, [this](const QString &plugRef) {
        const int row = indexOf(plugRef);
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row), { CandidatesRole, ConnectCommandRole });
    });
}

void InterfacePlugsModel::rebuild()
{
    m_rows.clear();
    if (!m_client || m_interface.isEmpty())
        return;
    for (const EndEntry &plug : m_client->allPlugs())
        if (plug.interface == m_interface)
            m_rows << plug;
    auto title = [this](const EndEntry &plug) {
        const SnapEntry *snap = m_client->snap(plug.snap);
        return snap ? snap->title.toLower() : plug.snap;
    };
    std::stable_sort(m_rows.begin(), m_rows.end(), [&title](const EndEntry &a, const EndEntry &b) {
        return std::make_tuple(title(a), a.snap, a.name)
            < std::make_tuple(title(b), b.snap, b.name);
    });
}

void InterfacePlugsModel::refreshConnections()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
            { ConnectedRole, AutomaticRole, UndesiredRole, ConnectedSlotsRole, CustomizedRole });
}

void InterfacePlugsModel::refreshPending()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), { PendingRole });
}

int InterfacePlugsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant InterfacePlugsModel::data(const QModelIndex &index, int role) const
{
    if (!m_client || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const EndEntry &plug = m_rows.at(index.row());
    switch (role) {
    case NameRole:
        return plug.name;
    case SnapRole:
        return plug.snap;
    case Qt::DisplayRole:
    case TitleRole:
    case SummaryRole:
    case Qt::ToolTipRole:
    case VersionRole:
    case ConfinementRole:
    case IconRole:
    case ProblemRole:
    case CustomizedRole:
    case TypeRole: {
        const SnapEntry *snap = m_client->snap(plug.snap);
        if (!snap)
            return role == Qt::DisplayRole || role == TitleRole ? QVariant(plug.snap) : QVariant();
        return snapData(*m_client, *snap, role);
    }
    default:
        return plugData(*m_client, plug, role);
    }
}

int InterfacePlugsModel::indexOf(const QString &ref) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).ref() == ref)
            return row;
    return -1;
}

QStringList InterfacePlugsModel::plugRefs() const
{
    QStringList refs;
    for (const EndEntry &plug : m_rows)
        refs << plug.ref();
    return refs;
}

// ---- DenialListModel ----

DenialListModel::DenialListModel(QObject *parent)
    : ClientModel(parent)
{ }

void DenialListModel::setSnap(const QString &snap)
{
    if (m_snap == snap)
        return;
    m_snap = snap;
    reset([this] { rebuild(); });
    Q_EMIT snapChanged();
}

void DenialListModel::setLoaded(bool loaded)
{
    if (m_loaded == loaded)
        return;
    m_loaded = loaded;
    Q_EMIT loadedChanged();
}

void DenialListModel::attach(Client *client)
{
    connect(client, &Client::denialsLoaded, this, [this](const QString &snap) {
        if (snap.isEmpty() || snap == m_snap)
            reset([this] { rebuild(); });
    });
    connect(client, &Client::denialRecorded, this, &DenialListModel::recorded);
    connect(client, &Client::connectionsReset, this, [this] {
        refreshAll({ AllowPlugRole, AllowInterfaceRole, AllowLabelRole, AllowedByRole });
    });
    connect(client, &Client::pendingChanged, this, [this] { refreshAll({ PendingRole }); });
    connect(client, &Client::snapsReset, this, [this] { refreshAll({}); });
    connect(client, &Client::interfacesReset, this, [this] { refreshAll({}); });
}

void DenialListModel::rebuild()
{
    m_rows.clear();
    if (!m_client) {
        setLoaded(false);
        return;
    }
    m_rows = m_client->denials(m_snap);
    // The helper keeps them oldest first; people read the newest first.
    std::reverse(m_rows.begin(), m_rows.end());
    setLoaded(m_client->hasDenials(m_snap));
}

void DenialListModel::recorded(const DenialEntry &entry)
{
    if (!m_snap.isEmpty() && entry.snap != m_snap)
        return;
    const int row = indexOf(entry.key);
    if (row < 0) {
        beginInsertRows(QModelIndex(), 0, 0);
        m_rows.prepend(entry);
        endInsertRows();
        Q_EMIT countChanged();
        return;
    }
    if (row > 0) {
        beginMoveRows(QModelIndex(), row, row, QModelIndex(), 0);
        m_rows.move(row, 0);
        endMoveRows();
    }
    m_rows[0] = entry;
    Q_EMIT dataChanged(index(0), index(0));
}

void DenialListModel::refreshAll(const QList<int> &roles)
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), roles);
}

void DenialListModel::refreshTimes()
{
    refreshAll({ LastSeenTextRole });
}

int DenialListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const DenialEntry *DenialListModel::entry(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant DenialListModel::data(const QModelIndex &index, int role) const
{
    if (!m_client || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const DenialEntry &denial = m_rows.at(index.row());
    const Client &client = *m_client;
    const auto labelOf
        = [&client](const QString &interface) { return interfaceLabel(client, interface); };
    switch (role) {
    case Qt::DisplayRole:
        return denialLine(denial, labelOf);
    case KeyRole:
        return denial.key;
    case SnapRole:
    case NameRole:
        return denial.snap;
    case TitleRole:
    case IconRole: {
        const SnapEntry *snap = client.snap(denial.snap);
        if (!snap)
            return role == TitleRole ? QVariant(denial.snap) : QVariant(QString());
        return role == TitleRole ? snap->title : snap->icon;
    }
    case AppRole:
        return denial.app;
    case TagRole:
        return denial.tag;
    case SourceRole:
        return denial.source;
    case KindRole:
        return denial.kind;
    case ObjectRole:
        return denial.object;
    case OperationRole:
        return denial.operation;
    case RequestedRole:
        return denial.requested;
    case DeniedRole:
        return denial.denied;
    case EnforcedRole:
        return denial.enforced;
    case ArchRole:
        return denial.arch;
    case SyscallRole:
        return denial.syscall;
    case PidRole:
        return denial.pid;
    case UidRole:
        return denial.uid;
    case CommRole:
        return denial.comm;
    case ExeRole:
        return denial.exe;
    case TimesRole:
        return denial.count;
    case FirstSeenRole:
        return denial.first;
    case LastSeenRole:
        return denial.last;
    case SuggestionsRole:
        return denial.suggestions;
    case SuggestedPlugsRole:
        return denial.plugs;
    case ActionRole:
        return denialAction(denial);
    case SuggestionRole:
        return denialSuggestion(denial, labelOf);
    case TimesTextRole:
        return denialCountText(denial.count);
    case LastSeenTextRole:
        return relativeTime(denial.last);
    case AllowPlugRole:
        return denialRemedy(client, denial).allowPlug;
    case AllowInterfaceRole:
        return denialRemedy(client, denial).allowInterface;
    case AllowLabelRole: {
        const QString interface = denialRemedy(client, denial).allowInterface;
        return interface.isEmpty() ? QString() : interfaceLabel(client, interface);
    }
    case AllowedByRole: {
        const QString interface = denialRemedy(client, denial).allowedBy;
        return interface.isEmpty() ? QString() : interfaceLabel(client, interface);
    }
    case PendingRole: {
        const QString plug = denialRemedy(client, denial).allowPlug;
        return !plug.isEmpty() && client.isPending(plug);
    }
    default:
        return QVariant();
    }
}

int DenialListModel::indexOf(const QString &key) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).key == key)
            return row;
    return -1;
}

// ---- ConnectionListModel ----

ConnectionListModel::ConnectionListModel(QObject *parent)
    : ClientModel(parent)
{ }

void ConnectionListModel::attach(Client *client)
{
    connect(client, &Client::connectionsReset, this, [this] { reset([this] { rebuild(); }); });
}

void ConnectionListModel::rebuild()
{
    m_rows = m_client ? m_client->connections() : QList<ConnectionEntry>();
}

int ConnectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConnectionListModel::data(const QModelIndex &index, int role) const
{
    if (!m_client || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const ConnectionEntry &connection = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 %2").arg(connection.plug, connection.slot);
    case RefRole:
        return connection.plug;
    case SnapRole:
        return connection.plugSnap();
    case ConnectedSlotsRole:
        return QStringList { connection.slot };
    case ConnectedRole:
        return connection.connected;
    case AutomaticRole:
        return connection.automatic;
    case UndesiredRole:
        return !connection.connected;
    default:
        return interfaceData(*m_client, connection.interface, role);
    }
}

int ConnectionListModel::indexOf(const QString &key) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).plug + QLatin1Char(' ') + m_rows.at(row).slot == key)
            return row;
    return -1;
}

} // namespace corral::client
