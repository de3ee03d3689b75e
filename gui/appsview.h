// The "Apps" view: installed snaps on the left (searchable, with a badge on those whose
// permissions differ from their defaults), the chosen snap's page on the right.
#pragma once

#include "client/models.h"
#include "gui/listdetailview.h"

namespace corral::gui {

class SnapPage;

// The snaps as the list shows them: SnapFilterModel with the text a screen reader reads,
// type-ahead finds and a tooltip shows.
class SnapItems : public corral::client::SnapFilterModel
{
    Q_OBJECT
public:
    explicit SnapItems(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

class AppsView : public ListDetailView
{
    Q_OBJECT
public:
    explicit AppsView(corral::client::Client *client, QWidget *parent = nullptr);

    // Selects `snap` (now, or once the list has it); false when the list is loaded and
    // has no such snap.
    bool selectSnap(const QString &snap);
    QString currentSnap() const;

    QListView *snapList() const { return list(); }
    SnapItems *snapItems() const { return m_items; }
    SnapPage *page() const { return m_page; }

protected:
    void setFilterText(const QString &text) override;
    int rowOf(const QString &snap) const override;
    QString shownItem() const override;
    void showItem(const QString &snap) override;
    bool keepsShown(const QString &snap) const override;
    void currentChanged(const QModelIndex &current) override;

private:
    corral::client::SnapListModel *m_snaps;
    SnapItems *m_items;
    SnapPage *m_page;
};

} // namespace corral::gui
