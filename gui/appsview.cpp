#include "gui/appsview.h"

#include "gui/listdelegate.h"
#include "gui/look.h"
#include "gui/snappage.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace corral::gui {

using namespace corral::client;

namespace {

QString confinementDescription(const QString &confinement)
{
    if (confinement == QLatin1String("devmode"))
        return AppsView::tr("Developer mode: its confinement is not enforced");
    if (confinement == QLatin1String("classic"))
        return AppsView::tr("Classic confinement: no sandbox");
    return AppsView::tr("Confined: it runs in a sandbox");
}

class SnapDelegate : public ListDelegate
{
public:
    using ListDelegate::ListDelegate;
    Content content(const QModelIndex &index) const override
    {
        Content c;
        c.icon = snapIcon(index.data(IconRole).toString());
        c.title = index.data(TitleRole).toString();
        if (c.title.isEmpty())
            c.title = index.data(NameRole).toString();
        c.subtitle = index.data(SummaryRole).toString();
        if (index.data(CustomizedRole).toBool()) {
            c.chips << Chip { AppsView::tr("Changed"), Chip::Accent,
                AppsView::tr("Its permissions differ from the defaults") };
        }
        if (!index.data(ProblemRole).toString().isEmpty()) {
            c.chips << Chip { AppsView::tr("Problem"), Chip::Attention,
                index.data(ProblemRole).toString() };
        }
        const QString confinement = index.data(ConfinementRole).toString();
        if (confinement == QLatin1String("devmode"))
            c.chips << Chip { AppsView::tr("Devmode"), Chip::Attention,
                confinementDescription(confinement) };
        else if (confinement == QLatin1String("classic"))
            c.chips << Chip { AppsView::tr("Classic"), Chip::Attention,
                confinementDescription(confinement) };
        else
            c.chips << Chip { AppsView::tr("Confined"), Chip::Neutral,
                confinementDescription(confinement) };
        return c;
    }
};

} // namespace

SnapItems::SnapItems(QObject *parent)
    : SnapFilterModel(parent)
{ }

QVariant SnapItems::data(const QModelIndex &index, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString title = SnapFilterModel::data(index, TitleRole).toString();
        return title.isEmpty() ? SnapFilterModel::data(index, NameRole) : title;
    }
    case Qt::AccessibleDescriptionRole: {
        QStringList parts { SnapFilterModel::data(index, SummaryRole).toString(),
            confinementDescription(SnapFilterModel::data(index, ConfinementRole).toString()) };
        if (SnapFilterModel::data(index, CustomizedRole).toBool())
            parts << tr("Its permissions differ from the defaults");
        return parts.join(QStringLiteral(". "));
    }
    default:
        return SnapFilterModel::data(index, role);
    }
}

AppsView::AppsView(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_snaps(new SnapListModel(this))
    , m_items(new SnapItems(this))
    , m_listStack(new QStackedWidget(this))
    , m_list(new QListView(this))
    , m_noMatch(new QLabel(this))
    , m_delegate(new SnapDelegate(m_list))
    , m_splitter(new QSplitter(this))
    , m_page(new SnapPage(client, this))
{
    setObjectName(QStringLiteral("appsView"));
    m_snaps->setClient(client);
    m_items->setSourceModel(m_snaps);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    auto *side = new QWidget(m_splitter);
    auto *sideLayout = new QVBoxLayout(side);
    const int unit = fontMetrics().height();
    sideLayout->setContentsMargins(unit / 2, unit / 2, 0, unit / 2);
    sideLayout->setSpacing(unit / 2);
    m_search = new SearchField(m_list, tr("Search apps"), side);
    m_search->setObjectName(QStringLiteral("snapSearch"));
    m_search->setAccessibleDescription(
        tr("Shows only the apps whose name or summary contains the text"));
    sideLayout->addWidget(m_search);

    m_list->setObjectName(QStringLiteral("snapList"));
    m_list->setModel(m_items);
    m_list->setItemDelegate(m_delegate);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Installed apps"));
    m_listStack->addWidget(m_list);
    m_noMatch->setObjectName(QStringLiteral("noMatch"));
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
        [this](const QModelIndex &current) { currentChanged(current); });
    connect(m_items, &QAbstractItemModel::modelReset, this, &AppsView::restoreSelection);
    connect(m_items, &QAbstractItemModel::layoutChanged, this, &AppsView::restoreSelection);
    connect(m_items, &QAbstractItemModel::rowsInserted, this, &AppsView::restoreSelection);
    connect(m_items, &QAbstractItemModel::rowsRemoved, this, &AppsView::updateNoMatch);
    connect(m_items, &QAbstractItemModel::modelReset, this, &AppsView::updateNoMatch);
    connect(m_items, &QAbstractItemModel::rowsInserted, this, &AppsView::updateNoMatch);
    restoreSelection();
    updateNoMatch();
}

bool AppsView::selectSnap(const QString &snap)
{
    if (m_snaps->rowCount() == 0) {
        // Nothing loaded yet: chosen when the list comes.
        m_current = snap;
        return true;
    }
    if (m_snaps->indexOf(snap) < 0)
        return false; // not installed: what is shown stays
    if (m_items->indexOf(snap) < 0) {
        // Hidden by the search, or a base: shown anyway, as it was asked for by name.
        m_search->clear();
        if (m_items->indexOf(snap) < 0)
            m_items->setIncludeBases(true);
    }
    m_current = snap;
    const QModelIndex index = m_items->index(m_items->indexOf(snap), 0);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    m_page->setSnap(snap);
    return true;
}

QString AppsView::currentSnap() const
{
    return m_page->snap();
}

void AppsView::currentChanged(const QModelIndex &current)
{
    // A row the search takes away keeps its page; another row chosen shows its own.
    if (!current.isValid())
        return;
    m_current = current.data(NameRole).toString();
    m_page->setSnap(m_current);
    // The neighbours' details are asked for now (the Client keeps them), so that stepping
    // through the list with the arrow keys shows each page without a round trip.
    if (m_client) {
        for (const int row : { current.row() - 1, current.row() + 1 }) {
            const QModelIndex neighbour = current.siblingAtRow(row);
            if (neighbour.isValid())
                m_client->details(neighbour.data(NameRole).toString());
        }
    }
}

void AppsView::restoreSelection()
{
    if (m_items->rowCount() == 0)
        return;
    int row = m_current.isEmpty() ? -1 : m_items->indexOf(m_current);
    if (row < 0) {
        // Hidden by the search: it stays on the page. Gone, or never there: the first app.
        if (!m_current.isEmpty() && m_snaps->indexOf(m_current) >= 0)
            return;
        row = 0;
    }
    const QModelIndex index = m_items->index(row, 0);
    if (m_list->currentIndex() != index)
        m_list->setCurrentIndex(index);
    if (m_page->snap() != index.data(NameRole).toString())
        m_page->setSnap(index.data(NameRole).toString());
}

void AppsView::updateNoMatch()
{
    if (m_items->rowCount() > 0) {
        m_listStack->setCurrentWidget(m_list);
        return;
    }
    if (!m_search->text().isEmpty())
        m_noMatch->setText(tr("No app matches “%1”.").arg(m_search->text()));
    else if (m_client && m_client->status() == Client::Ready)
        m_noMatch->setText(tr("No apps are installed."));
    else
        m_noMatch->setText(QString());
    m_listStack->setCurrentWidget(m_noMatch);
}

} // namespace corral::gui
