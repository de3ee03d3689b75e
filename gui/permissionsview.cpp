#include "gui/permissionsview.h"

#include "client/client.h"
#include "client/models.h"
#include "gui/listdelegate.h"
#include "gui/look.h"
#include "gui/plugrow.h"

#include <QHBoxLayout>
#include <QListView>
#include <QPushButton>
#include <QSet>

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
    : DetailPage(client, QStringLiteral("interfacePage"),
        tr("Choose a permission to see which apps may use it."), parent)
    , m_plugs(new InterfacePlugsModel(this))
{
    m_title->setObjectName(QStringLiteral("interfaceTitle"));
    m_subtitle->setObjectName(QStringLiteral("interfaceCount"));
    const int unit = fontMetrics().height();
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(unit / 2);
    buttons->addStretch(1);
    m_allowAll = new QPushButton(tr("Allow All"), m_content);
    m_allowAll->setObjectName(QStringLiteral("allowAllButton"));
    m_denyAll = new QPushButton(tr("Deny All"), m_content);
    m_denyAll->setObjectName(QStringLiteral("denyAllButton"));
    buttons->addWidget(m_allowAll);
    buttons->addWidget(m_denyAll);
    m_layout->addLayout(buttons);
    connect(m_allowAll, &QPushButton::clicked, this, [this] {
        if (m_client)
            m_client->setPlugsConnected(m_plugs->plugRefs(), true);
    });
    connect(m_denyAll, &QPushButton::clicked, this, [this] {
        if (m_client)
            m_client->setPlugsConnected(m_plugs->plugRefs(), false);
    });

    m_placeholder = new SecondaryLabel(m_content);
    m_placeholder->setWordWrap(true);
    m_placeholder->hide();
    m_layout->addWidget(m_placeholder);
    m_card = new Card(m_content);
    m_card->setObjectName(QStringLiteral("interfacePlugsCard"));
    m_layout->addWidget(m_card);
    m_layout->addStretch(1);

    m_plugs->setClient(client);
    followRows(m_plugs);
    if (client)
        connect(client, &Client::interfacesReset, this, &InterfacePage::updateHeader);
    setInterfaceName(QString());
}

void InterfacePage::setInterfaceName(const QString &name)
{
    showItem(name, name != m_interface);
    m_interface = name;
    m_plugs->setInterfaceName(name);
    updateHeader();
    updateButtons();
}

QString InterfacePage::countText() const
{
    return m_subtitle->text();
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
    m_subtitle->setText(count);
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
    refreshRowsBetween(first, last);
    updateHeader();
    updateButtons();
}

PermissionsView::PermissionsView(Client *client, QWidget *parent)
    : ListDetailView(client, parent)
    , m_interfaces(new InterfaceListModel(this))
    , m_items(new InterfaceItems(this))
    , m_page(new InterfacePage(client, this))
{
    setObjectName(QStringLiteral("permissionsView"));
    m_interfaces->setRequestedOnly(true);
    m_interfaces->setClient(client);
    m_items->setSourceModel(m_interfaces);
    setUp(m_items, new InterfaceDelegate(list()), m_page,
        { tr("Search permissions"), tr("Permissions that apps ask for"),
            tr("No permission matches “%1”."), tr("No installed app asks for any permission.") });
    m_search->setObjectName(QStringLiteral("interfaceSearch"));
    list()->setObjectName(QStringLiteral("interfaceList"));
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
        showRow(name, row);
        return true;
    }
    if (m_client && m_client->interfaceInfo(name)) {
        // Known, but no installed app asks for it: its page says so.
        m_current = name;
        list()->setCurrentIndex(QModelIndex());
        m_page->setInterfaceName(name);
        return true;
    }
    return false; // no such interface: what is shown stays
}

QString PermissionsView::currentInterface() const
{
    return m_page->interfaceName();
}

void PermissionsView::setFilterText(const QString &text)
{
    m_items->setFilterText(text);
}

int PermissionsView::rowOf(const QString &name) const
{
    return m_items->indexOf(name);
}

QString PermissionsView::shownItem() const
{
    return m_page->interfaceName();
}

void PermissionsView::showItem(const QString &name)
{
    m_page->setInterfaceName(name);
}

bool PermissionsView::keepsShown(const QString &name) const
{
    // Hidden by the search, or known but asked for by no app, it stays; otherwise the first
    // permission is shown.
    return m_client && m_client->interfaceInfo(name);
}

} // namespace corral::gui
