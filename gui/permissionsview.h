// The "Permissions" view, the other way round: the permissions installed snaps ask for on
// the left ("Use your camera — 1 of 2 apps allowed"), and for the chosen one every snap
// that asks for it with a switch, plus "Allow All" and "Deny All" (one change, one
// authorization): "which apps can use my camera?".
#pragma once

#include "gui/detailpage.h"
#include "gui/listdetailview.h"

#include <QSortFilterProxyModel>

class QPushButton;

namespace corral::client {
class Client;
class InterfaceListModel;
class InterfacePlugsModel;
} // namespace corral::client

namespace corral::gui {

class Card;
class SecondaryLabel;

// "1 of 2 apps allowed", in words.
QString grantedText(int granted, int requesting);

// The interfaces as the list shows them: filtered by typed text (label, name or
// description) and with the text a screen reader reads.
class InterfaceItems : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit InterfaceItems(QObject *parent = nullptr);
    void setFilterText(const QString &text);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The row of interface `name`, or -1.
    int indexOf(const QString &name) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

// One interface: what it is and the snaps that ask for it.
class InterfacePage : public DetailPage
{
    Q_OBJECT
public:
    explicit InterfacePage(corral::client::Client *client, QWidget *parent = nullptr);

    QString interfaceName() const { return m_interface; }
    void setInterfaceName(const QString &name);

    corral::client::InterfacePlugsModel *plugModel() const { return m_plugs; }
    QPushButton *allowAllButton() const { return m_allowAll; }
    QPushButton *denyAllButton() const { return m_denyAll; }
    QString countText() const;
    // Whether the rows wait for the page to be shown.
    bool rowsWaiting() const { return m_rowsWaiting; }

protected:
    void showEvent(QShowEvent *event) override;
    void rebuildRows() override;
    void refreshRows(const QModelIndex &first, const QModelIndex &last) override;

private:
    void updateHeader();
    void updateButtons();

    QString m_interface;
    corral::client::InterfacePlugsModel *m_plugs;
    QPushButton *m_allowAll;
    QPushButton *m_denyAll;
    SecondaryLabel *m_placeholder;
    Card *m_card;
    bool m_rowsWaiting = false;
};

class PermissionsView : public ListDetailView
{
    Q_OBJECT
public:
    explicit PermissionsView(corral::client::Client *client, QWidget *parent = nullptr);

    // Selects interface `name` (now, or once the list has it); false when the list is
    // loaded and does not have it.
    bool selectInterface(const QString &name);
    QString currentInterface() const;

    QListView *interfaceList() const { return list(); }
    InterfaceItems *interfaceItems() const { return m_items; }
    InterfacePage *page() const { return m_page; }

protected:
    void setFilterText(const QString &text) override;
    int rowOf(const QString &name) const override;
    QString shownItem() const override;
    void showItem(const QString &name) override;
    bool keepsShown(const QString &name) const override;

private:
    corral::client::InterfaceListModel *m_interfaces;
    InterfaceItems *m_items;
    InterfacePage *m_page;
};

} // namespace corral::gui
