// What the "Apps" and "Permissions" views share: a searchable list on the left (the search
// field, the list, and a line in its place when nothing matches) and the chosen item's page
// on the right. The item shown is kept by name across the list's resets and searches.
#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QListView;
class QModelIndex;
class QSplitter;
class QStackedWidget;

namespace corral::client {
class Client;
} // namespace corral::client

namespace corral::gui {

class ListDelegate;
class SearchField;

class ListDetailView : public QWidget
{
    Q_OBJECT
public:
    SearchField *searchField() const { return m_search; }
    ListDelegate *delegate() const { return m_delegate; }
    QLabel *noMatchLabel() const { return m_noMatch; }

protected:
    // The texts a view puts on its list; `noMatch` has a %1 for the searched text, `empty`
    // is shown when the helper has answered and the list is empty.
    struct Texts
    {
        QString searchPlaceholder;
        QString listName;
        QString noMatch;
        QString empty;
    };

    ListDetailView(corral::client::Client *client, QWidget *parent);

    // Lays out the list of `items` (the derived view's, drawn by `delegate`, made with
    // list() as parent) beside `page`, and follows them. Called once by the constructor of
    // the derived view, when its model and page exist.
    void setUp(
        QAbstractItemModel *items, ListDelegate *delegate, QWidget *page, const Texts &texts);
    QListView *list() const { return m_list; }

    // Shows row `row` of the list, item `name`: chosen in the list and on the page.
    void showRow(const QString &name, int row);

    // What the derived view knows about its model and page.
    virtual void setFilterText(const QString &text) = 0;
    virtual int rowOf(const QString &name) const = 0;
    virtual QString shownItem() const = 0;
    virtual void showItem(const QString &name) = 0;
    // Whether `name`, not in the list, stays on the page rather than the first row.
    virtual bool keepsShown(const QString &name) const = 0;
    // Another row chosen in the list; it shows its page.
    virtual void currentChanged(const QModelIndex &current);

    QPointer<corral::client::Client> m_client;
    QString m_current; // the item shown, kept across the list's resets
    SearchField *m_search = nullptr;

private:
    void restoreSelection();
    void updateNoMatch();

    QAbstractItemModel *m_items = nullptr;
    QStackedWidget *m_listStack;
    QListView *m_list;
    QLabel *m_noMatch;
    ListDelegate *m_delegate = nullptr;
    QSplitter *m_splitter;
    Texts m_texts;
};

} // namespace corral::gui
