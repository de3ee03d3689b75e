// The "Apps" view: installed snaps on the left (searchable, with a badge on those whose
// permissions differ from their defaults), the chosen snap's page on the right.
#pragma once

#include "client/models.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QStackedWidget;

namespace corral::gui {

class ListDelegate;
class SearchField;
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

class AppsView : public QWidget
{
    Q_OBJECT
public:
    explicit AppsView(corral::client::Client *client, QWidget *parent = nullptr);

    // Selects `snap` (now, or once the list has it); false when the list is loaded and
    // has no such snap.
    bool selectSnap(const QString &snap);
    QString currentSnap() const;

    SearchField *searchField() const { return m_search; }
    QListView *snapList() const { return m_list; }
    SnapItems *snapItems() const { return m_items; }
    ListDelegate *delegate() const { return m_delegate; }
    SnapPage *page() const { return m_page; }
    QLabel *noMatchLabel() const { return m_noMatch; }

private:
    void restoreSelection();
    void currentChanged(const QModelIndex &current);
    void updateNoMatch();

    QPointer<corral::client::Client> m_client;
    corral::client::SnapListModel *m_snaps;
    SnapItems *m_items;
    QString m_current; // the snap shown, kept across the list's resets
    SearchField *m_search;
    QStackedWidget *m_listStack;
    QListView *m_list;
    QLabel *m_noMatch;
    ListDelegate *m_delegate;
    QSplitter *m_splitter;
    SnapPage *m_page;
};

} // namespace corral::gui
