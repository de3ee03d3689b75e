#include "gui/appsview.h"

#include "gui/listdelegate.h"
#include "gui/look.h"
#include "gui/snappage.h"

#include <QListView>

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
    : ListDetailView(client, parent)
    , m_snaps(new SnapListModel(this))
    , m_items(new SnapItems(this))
    , m_page(new SnapPage(client, this))
{
    setObjectName(QStringLiteral("appsView"));
    m_snaps->setClient(client);
    m_items->setSourceModel(m_snaps);
    setUp(m_items, new SnapDelegate(list()), m_page,
        { tr("Search apps"), tr("Installed apps"), tr("No app matches “%1”."),
            tr("No apps are installed.") });
    m_search->setObjectName(QStringLiteral("snapSearch"));
    m_search->setAccessibleDescription(
        tr("Shows only the apps whose name or summary contains the text"));
    list()->setObjectName(QStringLiteral("snapList"));
    noMatchLabel()->setObjectName(QStringLiteral("noMatch"));
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
    showRow(snap, m_items->indexOf(snap));
    return true;
}

QString AppsView::currentSnap() const
{
    return m_page->snap();
}

void AppsView::setFilterText(const QString &text)
{
    m_items->setFilterText(text);
}

int AppsView::rowOf(const QString &snap) const
{
    return m_items->indexOf(snap);
}

QString AppsView::shownItem() const
{
    return m_page->snap();
}

void AppsView::showItem(const QString &snap)
{
    m_page->setSnap(snap);
}

bool AppsView::keepsShown(const QString &snap) const
{
    // Hidden by the search, it stays; gone, or never there, the first app is shown.
    return m_snaps->indexOf(snap) >= 0;
}

void AppsView::currentChanged(const QModelIndex &current)
{
    ListDetailView::currentChanged(current);
    // The neighbours' details are asked for now (the Client keeps them), so that stepping
    // through the list with the arrow keys shows each page without a round trip.
    if (current.isValid() && m_client) {
        for (const int row : { current.row() - 1, current.row() + 1 }) {
            const QModelIndex neighbour = current.siblingAtRow(row);
            if (neighbour.isValid())
                m_client->details(neighbour.data(NameRole).toString());
        }
    }
}

} // namespace corral::gui
