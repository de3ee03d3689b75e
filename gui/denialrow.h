// One denial as a row: what was blocked, by which app, when and how often, whether it was
// only logged, which permission would allow it, and an "Allow …" button when the snap has
// that permission's plug and it is not connected. The row shows one row of a
// DenialListModel and reads everything from its roles; the change goes to the Client as
// a switch's would.
#pragma once

#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;

namespace corral::client {
class Client;
}

namespace corral::gui {

class BusyIndicator;
class SecondaryLabel;

class DenialRow : public QWidget
{
    Q_OBJECT
public:
    enum Mode {
        ForSnap, // a snap's page: the icon says what kind of thing was blocked
        ForAll, // the Denials view: the icon and a button name the snap
    };

    DenialRow(corral::client::Client *client, Mode mode, const QModelIndex &index,
        QWidget *parent = nullptr);

    QString key() const { return m_key; }
    void setIndex(const QModelIndex &index);
    // Reads the row's roles again (also to age the relative time).
    void refresh();

    QLabel *actionLabel() const { return m_action; }
    SecondaryLabel *whenLabel() const { return m_when; }
    SecondaryLabel *suggestionLabel() const { return m_suggestion; }
    QPushButton *allowButton() const { return m_allow; }
    QToolButton *snapButton() const { return m_snapButton; } // ForAll only
    // The row's controls in the order the Tab key visits them.
    QList<QWidget *> focusOrder() const;

Q_SIGNALS:
    // The person asked to see the snap's page (ForAll).
    void snapActivated(const QString &snap);

private:
    void allowClicked();

    QPointer<corral::client::Client> m_client;
    const Mode m_mode;
    QPersistentModelIndex m_index;
    QString m_key;
    QString m_iconKey;

    QLabel *m_icon;
    QToolButton *m_snapButton = nullptr;
    QLabel *m_action;
    QLabel *m_logged;
    SecondaryLabel *m_when;
    SecondaryLabel *m_suggestion;
    QWidget *m_remedy; // the Allow button and its busy indicator
    BusyIndicator *m_busy;
    QPushButton *m_allow;
};

} // namespace corral::gui
