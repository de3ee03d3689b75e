#include "gui/permissionsview.h"

#include "client/client.h"
#include "client/models.h"
#include "gui/listdelegate.h"
#include "gui/look.h"
#include "gui/plugrow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace corral::gui {

using namespace corral::client;

QString grantedText(int granted, int requesting)
{
    if (requesting == 1) {
        return granted > 0 ? PermissionsView::tr("1 app, allowed")
                           : PermissionsView::tr("1 app, not allowed");
    }
    return PermissionsView::tr("%1 of %2 apps allowed").arg(granted).arg(requesting);
}

namespace {

class InterfaceDelegate : public ListDelegate
{
public:
    using ListDelegate::ListDelegate;
    Content content(const QModelIndex &index) const override
    {
        Content c;
        c.icon = interfaceIcon(index.data(InterfaceRole).toString().isEmpty()
                ? index.data(NameRole).toString()
                : index.data(InterfaceRole).toString(),
            index.data(CategoryRole).toString());
        c.title = index.data(LabelRole).toString();
        if (c.title.isEmpty())
            c.title = index.data(NameRole).toString();
        c.subtitle
            = grantedText(index.data(GrantedRole).toInt(), index.data(RequestingRole).toInt());
        return c;
    }
};

} // namespace

InterfaceItems::InterfaceItems(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void InterfaceItems::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool InterfaceItems::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QString text = m_text.trimmed();
    if (text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    for (int role :
        { int(LabelRole), int(NameRole), int(DescriptionRole), int(CategoryLabelRole) }) {
        if (index.data(role).toString().contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QVariant InterfaceItems::data(const QModelIndex &index, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString label = QSortFilterProxyModel::data(index, LabelRole).toString();
        return label.isEmpty() ? QSortFilterProxyModel::data(index, NameRole) : label;
    }
    case Qt::AccessibleDescriptionRole:
        return grantedText(QSortFilterProxyModel::data(index, GrantedRole).toInt(),
            QSortFilterProxyModel::data(index, RequestingRole).toInt());
    default:
        return QSortFilterProxyModel::data(index, role);
    }
}

int InterfaceItems::indexOf(const QString &name) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (index(row, 0).data(NameRole).toString() == name)
            return row;
    }
    return -1;
}

InterfacePage::InterfacePage(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_plugs(new InterfacePlugsModel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("interfacePage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    m_empty->setText(tr("Choose a permission to see which apps may use it."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack->addWidget(m_scroll);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("interfacePageContent"));
    const int unit = fontMetrics().height();
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(unit * 3 / 2, unit, unit * 3 / 2, unit * 3 / 2);
    layout->setSpacing(unit * 3 / 4);

    auto *header = new QHBoxLayout;
    header->setSpacing(unit);
    m_icon = new QLabel(content);
    const int iconSize = largeIconSize(this) * 2;
    m_icon->setFixedSize(iconSize, iconSize);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(unit / 6);
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("interfaceTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setFont(scaledFont(font(), 1.6, true));
    m_count = new SecondaryLabel(content);
    m_count->setObjectName(QStringLiteral("interfaceCount"));
    m_count->setWordWrap(true);
    m_description = new QLabel(content);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    titles->addWidget(m_title);
    titles->addWidget(m_count);
    titles->addWidget(m_description);
    header->addLayout(titles, 1);
    layout->addLayout(header);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(unit / 2);
    buttons->addStretch(1);
    m_allowAll = new QPushButton(tr("Allow All"), content);
    m_allowAll->setObjectName(QStringLiteral("allowAllButton"));
    m_denyAll = new QPushButton(tr("Deny All"), content);
    m_denyAll->setObjectName(QStringLiteral("denyAllButton"));
    buttons->addWidget(m_allowAll);
    buttons->addWidget(m_denyAll);
    layout->addLayout(buttons);
    connect(m_allowAll, &QPushButton::clicked, this, [this] {
        if (m_client)
            m_client->setPlugsConnected(m_plugs->plugRefs(), true);
    });
    connect(m_denyAll, &QPushButton::clicked, this, [this] {
        if (m_client)
            m_client->setPlugsConnected(m_plugs->plugRefs(), false);
    });

    m_placeholder = new SecondaryLabel(content);
    m_placeholder->setWordWrap(true);
    m_placeholder->hide();
    layout->addWidget(m_placeholder);
    m_card = new Card(content);
    m_card->setObjectName(QStringLiteral("interfacePlugsCard"));
    layout->addWidget(m_card);
    layout->addStretch(1);
    m_scroll->setWidget(content);

    m_plugs->setClient(client);
    connect(m_plugs, &QAbstractItemModel::modelReset, this, &InterfacePage::rebuildRows);
    connect(m_plugs, &QAbstractItemModel::rowsInserted, this, &InterfacePage::rebuildRows);
    connect(m_plugs, &QAbstractItemModel::rowsRemoved, this, &InterfacePage::rebuildRows);
    connect(m_plugs, &QAbstractItemModel::rowsMoved, this, &InterfacePage::rebuildRows);
    connect(m_plugs, &QAbstractItemModel::layoutChanged, this, &InterfacePage::rebuildRows);
    connect(m_plugs, &QAbstractItemModel::dataChanged, this, &InterfacePage::refreshRows);
    if (client)
        connect(client, &Client::interfacesReset, this, &InterfacePage::updateHeader);
    setInterfaceName(QString());
}

void InterfacePage::setInterfaceName(const QString &name)
{
    if (name != m_interface)
        m_scroll->verticalScrollBar()->setValue(0);
    m_interface = name;
    m_stack->setCurrentWidget(name.isEmpty() ? static_cast<QWidget *>(m_empty) : m_scroll);
    m_plugs->setInterfaceName(name);
    updateHeader();
    updateButtons();
}

QString InterfacePage::countText() const
{
    return m_count->text();
}

void InterfacePage::updateHeader()
{
    const InterfaceEntry *entry
        = m_client && !m_interface.isEmpty() ? m_client->interfaceInfo(m_interface) : nullptr;
    m_title->setText(entry && !entry->label.isEmpty() ? entry->label : m_interface);
    m_description->setText(entry ? entry->description : QString());
    m_description->setVisible(!m_description->text().isEmpty());
    m_icon->setPixmap(interfaceIcon(m_interface, entry ? entry->category : QString())
                          .pixmap(m_icon->size(), devicePixelRatioF()));
    QSet<QString> requesting;
    QSet<QString> granted;
    for (int i = 0; i < m_plugs->rowCount(); ++i) {
        const QModelIndex index = m_plugs->index(i, 0);
        const QString snap = index.data(SnapRole).toString();
        requesting.insert(snap);
        if (index.data(ConnectedRole).toBool())
            granted.insert(snap);
    }
    QString count = grantedText(int(granted.size()), int(requesting.size()));
    if (entry && entry->sensitivity == QLatin1String("high"))
        count = tr("Sensitive") + QStringLiteral(" · ") + count;
    if (entry && !entry->categoryLabel.isEmpty())
        count = entry->categoryLabel + QStringLiteral(" · ") + count;
    m_count->setText(count);
}

void InterfacePage::updateButtons()
{
    bool anyOff = false;
    bool anyOn = false;
    bool pending = false;
    for (int i = 0; i < m_plugs->rowCount(); ++i) {
        const QModelIndex index = m_plugs->index(i, 0);
        (index.data(ConnectedRole).toBool() ? anyOn : anyOff) = true;
        pending = pending || index.data(PendingRole).toBool();
    }
    m_allowAll->setEnabled(anyOff && !pending);
    m_denyAll->setEnabled(anyOn && !pending);
    const QString label = m_title->text();
    m_allowAll->setToolTip(
        tr("Let every app that asks for it use “%1”, with one authorization").arg(label));
    m_denyAll->setToolTip(tr("Take “%1” away from every app, with one authorization").arg(label));
    m_allowAll->setAccessibleDescription(m_allowAll->toolTip());
    m_denyAll->setAccessibleDescription(m_denyAll->toolTip());
}

void InterfacePage::rebuildRows()
{
    setUpdatesEnabled(false);
    m_card->clear();
    m_rows.clear();
    // Hidden (the tab not chosen yet), the rows wait until the page is shown: an interface
    // may have a row for each of hundreds of snaps, and building them while the app starts
    // would delay what the person sees and clicks first.
    m_rowsWaiting = !isVisible();
    for (int i = 0; !m_rowsWaiting && i < m_plugs->rowCount(); ++i) {
        auto *row = new PlugRow(m_client, PlugRow::ForInterface, m_plugs->index(i, 0), m_card);
        m_card->addRow(row);
        m_rows << row;
    }
    m_card->setVisible(!m_rows.isEmpty());
    m_placeholder->setText(tr("No installed app asks for this permission."));
    m_placeholder->setVisible(!m_interface.isEmpty() && !m_rowsWaiting && m_rows.isEmpty());
    updateHeader();
    updateButtons();
    setUpdatesEnabled(true);
}

void InterfacePage::showEvent(QShowEvent *event)
{
    if (m_rowsWaiting)
        rebuildRows();
    QWidget::showEvent(event);
}

void InterfacePage::refreshRows(const QModelIndex &first, const QModelIndex &last)
{
    for (int i = first.row(); i <= last.row() && i < m_rows.size(); ++i)
        m_rows.at(i)->refresh();
    updateHeader();
    updateButtons();
}

PlugRow *InterfacePage::row(const QString &plugRef) const
{
    for (PlugRow *row : m_rows) {
        if (row->plugRef() == plugRef)
            return row;
    }
    return nullptr;
}

PermissionsView::PermissionsView(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_interfaces(new InterfaceListModel(this))
    , m_items(new InterfaceItems(this))
    , m_listStack(new QStackedWidget(this))
    , m_list(new QListView(this))
    , m_noMatch(new QLabel(this))
    , m_delegate(new InterfaceDelegate(m_list))
    , m_splitter(new QSplitter(this))
    , m_page(new InterfacePage(client, this))
{
    setObjectName(QStringLiteral("permissionsView"));
    m_interfaces->setRequestedOnly(true);
    m_interfaces->setClient(client);
    m_items->setSourceModel(m_interfaces);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    auto *side = new QWidget(m_splitter);
    auto *sideLayout = new QVBoxLayout(side);
    const int unit = fontMetrics().height();
    sideLayout->setContentsMargins(unit / 2, unit / 2, 0, unit / 2);
    sideLayout->setSpacing(unit / 2);
    m_search = new SearchField(m_list, tr("Search permissions"), side);
    m_search->setObjectName(QStringLiteral("interfaceSearch"));
    sideLayout->addWidget(m_search);
    m_list->setObjectName(QStringLiteral("interfaceList"));
    m_list->setModel(m_items);
    m_list->setItemDelegate(m_delegate);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Permissions that apps ask for"));
    m_listStack->addWidget(m_list);
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->setWordWrap(true);
    m_noMatch->setTextFormat(Qt::PlainText);
    m_listStack->addWidget(m_noMatch);
    sideLayout->addWidget(m_listStack, 1);
    side->setMinimumWidth(unit * 14);
    m_splitter->addWidget(side);
    m_splitter->addWidget(m_page);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({ unit * 20, unit * 42 });
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_items->setFilterText(text);
        updateNoMatch();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (!current.isValid())
                return;
            m_current = current.data(NameRole).toString();
            m_page->setInterfaceName(m_current);
        });
    connect(m_items, &QAbstractItemModel::modelReset, this, &PermissionsView::restoreSelection);
    connect(m_items, &QAbstractItemModel::layoutChanged, this, &PermissionsView::restoreSelection);
    connect(m_items, &QAbstractItemModel::rowsInserted, this, &PermissionsView::restoreSelection);
    connect(m_items, &QAbstractItemModel::modelReset, this, &PermissionsView::updateNoMatch);
    connect(m_items, &QAbstractItemModel::rowsInserted, this, &PermissionsView::updateNoMatch);
    connect(m_items, &QAbstractItemModel::rowsRemoved, this, &PermissionsView::updateNoMatch);
    restoreSelection();
    updateNoMatch();
}

bool PermissionsView::selectInterface(const QString &name)
{
    if (m_interfaces->rowCount() == 0 && !(m_client && m_client->interfaceInfo(name))) {
        // Nothing loaded yet: chosen when the list comes.
        m_current = name;
        return true;
    }
    int row = m_items->indexOf(name);
    if (row < 0 && m_interfaces->indexOf(name) >= 0) {
        m_search->clear();
        row = m_items->indexOf(name);
    }
    if (row >= 0) {
        m_current = name;
        const QModelIndex index = m_items->index(row, 0);
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
        m_page->setInterfaceName(name);
        return true;
    }
    if (m_client && m_client->interfaceInfo(name)) {
        // Known, but no installed app asks for it: its page says so.
        m_current = name;
        m_list->setCurrentIndex(QModelIndex());
        m_page->setInterfaceName(name);
        return true;
    }
    return false; // no such interface: what is shown stays
}

QString PermissionsView::currentInterface() const
{
    return m_page->interfaceName();
}

void PermissionsView::restoreSelection()
{
    if (m_items->rowCount() == 0)
        return;
    int row = m_current.isEmpty() ? -1 : m_items->indexOf(m_current);
    if (row < 0) {
        // Hidden by the search, or known but asked for by no app: it stays on the page.
        // Otherwise the first permission.
        if (!m_current.isEmpty() && m_client && m_client->interfaceInfo(m_current))
            return;
        row = 0;
    }
    const QModelIndex index = m_items->index(row, 0);
    if (m_list->currentIndex() != index)
        m_list->setCurrentIndex(index);
    if (m_page->interfaceName() != index.data(NameRole).toString())
        m_page->setInterfaceName(index.data(NameRole).toString());
}

void PermissionsView::updateNoMatch()
{
    if (m_items->rowCount() > 0) {
        m_listStack->setCurrentWidget(m_list);
        return;
    }
    if (!m_search->text().isEmpty())
        m_noMatch->setText(tr("No permission matches “%1”.").arg(m_search->text()));
    else if (m_client && m_client->status() == Client::Ready)
        m_noMatch->setText(tr("No installed app asks for any permission."));
    else
        m_noMatch->setText(QString());
    m_listStack->setCurrentWidget(m_noMatch);
}

} // namespace corral::gui
