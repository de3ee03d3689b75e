// What the snap page and the interface page share: a line asking the person to choose
// something until something is chosen, then a scrolled page under a header (a large icon,
// a title, a secondary line and a description) with a row a plug.
#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QModelIndex;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace corral::client {
class Client;
} // namespace corral::client

namespace corral::gui {

class PlugRow;
class SecondaryLabel;

class DetailPage : public QWidget
{
    Q_OBJECT
public:
    QList<PlugRow *> rows() const { return m_rows; }
    PlugRow *row(const QString &plugRef) const;
    QLabel *titleLabel() const { return m_title; }

protected:
    // The page is named `name` (its content `name` + "Content"); `emptyText` is shown
    // while nothing is chosen.
    DetailPage(corral::client::Client *client, const QString &name, const QString &emptyText,
        QWidget *parent);

    // Shows the content for `item`, from its top when it is another, or the empty line
    // when `item` is empty.
    void showItem(const QString &item, bool changed);
    // Rebuilds the rows whenever `model`'s list of rows changes, refreshes them on a change
    // of their data.
    void followRows(QAbstractItemModel *model);
    virtual void rebuildRows() = 0;
    virtual void refreshRows(const QModelIndex &first, const QModelIndex &last) = 0;
    // Refreshes the rows from `first` to `last`.
    void refreshRowsBetween(const QModelIndex &first, const QModelIndex &last);

    QPointer<corral::client::Client> m_client;
    QWidget *m_content; // what scrolls
    QVBoxLayout *m_layout; // the content's, below the header
    QHBoxLayout *m_header;
    QLabel *m_icon;
    QLabel *m_title;
    SecondaryLabel *m_subtitle;
    QLabel *m_description;
    QList<PlugRow *> m_rows; // those shown, in the model's order

private:
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QScrollArea *m_scroll;
};

} // namespace corral::gui
