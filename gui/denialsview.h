// Denials in the window: DenialList, the rows of a DenialListModel on a card with a calm line
// when there are none (on each snap's page, and in the Denials view), and DenialsView, the
// "Denials" tab that lists every app's recent denials, newest first, with the app's name
// and icon opening its page.
#pragma once

#include "gui/denialrow.h"

#include <QPointer>
#include <QWidget>

class QTimer;

namespace corral::client {
class Client;
class DenialListModel;
} // namespace corral::client

namespace corral::gui {

class Card;
class SecondaryLabel;

class DenialList : public QWidget
{
    Q_OBJECT
public:
    // At most this many rows are shown, the newest; a line says how many more there are.
    static constexpr int MaxRows = 100;

    DenialList(corral::client::Client *client, DenialRow::Mode mode, QWidget *parent = nullptr);

    corral::client::DenialListModel *model() const { return m_model; }
    QList<DenialRow *> rows() const { return m_rows; }
    DenialRow *row(const QString &key) const;
    // What is said when there are no rows (or they are loading), or more than are shown.
    SecondaryLabel *placeholder() const { return m_placeholder; }
    QList<QWidget *> focusOrder() const;

Q_SIGNALS:
    void snapActivated(const QString &snap);
    void rowsRebuilt();

private:
    void rebuild();
    void refresh(const QModelIndex &first, const QModelIndex &last);
    void updatePlaceholder();

    QPointer<corral::client::Client> m_client;
    const DenialRow::Mode m_mode;
    corral::client::DenialListModel *m_model;
    SecondaryLabel *m_placeholder;
    Card *m_card;
    SecondaryLabel *m_more;
    QList<DenialRow *> m_rows;
    QTimer *m_ageing; // relative times ("2 minutes ago") age
};

class DenialsView : public QWidget
{
    Q_OBJECT
public:
    explicit DenialsView(corral::client::Client *client, QWidget *parent = nullptr);
    DenialList *list() const { return m_list; }

Q_SIGNALS:
    void snapActivated(const QString &snap);

private:
    DenialList *m_list;
};

} // namespace corral::gui
