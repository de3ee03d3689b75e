// One permission as a row: what it is, whether it is on and who decided so, a switch, a
// chooser of the slot when several fit, progress while a change is on its way, and the
// equivalent `corral` command. The row shows one plug of a PlugListModel or an
// InterfacePlugsModel and reads everything from the model's roles; changes go to the Client.
#pragma once

#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QMenu;
class QToolButton;

namespace corral::client {
class Client;
}

namespace corral::gui {

class BusyIndicator;
class SecondaryLabel;
class ToggleSwitch;

class PlugRow : public QWidget
{
    Q_OBJECT
public:
    enum Mode {
        ForSnap, // a snap's page: the row is named after the permission
        ForInterface, // a permission's page: the row is named after the snap
    };

    PlugRow(corral::client::Client *client, Mode mode, const QModelIndex &index,
        QWidget *parent = nullptr);

    QString plugRef() const { return m_ref; }
    // Shows another plug of the same model (a row reused for the next snap's page).
    void setIndex(const QModelIndex &index);
    // Reads the row's roles again.
    void refresh();
    // The row's controls in the order the Tab key visits them.
    QList<QWidget *> focusOrder() const;

    ToggleSwitch *toggle() const { return m_switch; }
    // Created when a plug first has more than one slot to choose from; null until then.
    QComboBox *slotChooser() const { return m_slots; }
    BusyIndicator *busyIndicator() const { return m_busy; }
    QString statusText() const;
    QToolButton *commandButton() const { return m_command; }
    // Its actions are filled in when it is about to show.
    QMenu *commandMenu() const { return m_menu; }

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void switchClicked(bool on);
    void slotChosen(int index);
    void setBusy(bool busy);
    void ensureSlotChooser();
    void refreshSlotChooser(const QString &title, const QStringList &candidates,
        const QStringList &connectedSlots, bool pending);
    void updateMenu();
    QString slotName(const QString &slotRef) const;

    QPointer<corral::client::Client> m_client;
    const Mode m_mode;
    QPersistentModelIndex m_index;
    QString m_ref;
    QString m_chosenSlot; // the slot chosen while disconnected, for the next connection
    QStringList m_candidates;
    QString m_iconKey; // what the icon shows, so that it is drawn again only when it changes

    QHBoxLayout *m_layout;
    QLabel *m_icon;
    QLabel *m_title;
    SecondaryLabel *m_description;
    SecondaryLabel *m_status;
    QComboBox *m_slots = nullptr;
    BusyIndicator *m_busy;
    QToolButton *m_command;
    QMenu *m_menu;
    QAction *m_copyConnect = nullptr;
    QAction *m_copyDisconnect = nullptr;
    ToggleSwitch *m_switch;
};

} // namespace corral::gui
