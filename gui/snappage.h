// The right side of the "Apps" view: one snap, its permissions grouped by category with a
// switch each, banners for devmode, classic and problems, the slots it offers to other
// snaps, and "Reset to Defaults". Everything comes from the Client and its models.
#pragma once

#include "gui/detailpage.h"

class QPushButton;

namespace corral::client {
class Client;
class PlugListModel;
class SlotListModel;
} // namespace corral::client

namespace corral::gui {

class Card;
class DenialList;
class MessageBanner;

class SnapPage : public DetailPage
{
    Q_OBJECT
public:
    explicit SnapPage(corral::client::Client *client, QWidget *parent = nullptr);

    QString snap() const { return m_snap; }
    // Shows `snap` (empty: asks the person to choose one).
    void setSnap(const QString &snap);

    // For tests and the screenshot checks.
    corral::client::PlugListModel *plugModel() const { return m_plugs; }
    QPushButton *resetButton() const { return m_reset; }
    MessageBanner *confinementBanner() const { return m_confinement; }
    MessageBanner *problemBanner() const { return m_problem; }
    QStringList categoryHeadings() const;
    QStringList slotTexts() const;
    // The snap's recent denials.
    DenialList *denialList() const { return m_denials; }
    // Whether the permissions are shown (loaded and laid out).
    bool isLoaded() const;

protected:
    void rebuildRows() override;
    void refreshRows(const QModelIndex &first, const QModelIndex &last) override;

private:
    void updateHeader();
    PlugRow *takeSpareRow(qsizetype groupsShown);
    void rebuildSlots();
    void updatePlaceholder();

    QString m_snap;
    corral::client::PlugListModel *m_plugs;
    corral::client::SlotListModel *m_slots;
    QPushButton *m_reset;
    MessageBanner *m_confinement;
    MessageBanner *m_problem;
    SecondaryLabel *m_placeholder; // loading, or no permissions asked for
    QVBoxLayout *m_groups;
    // A category's heading and the card of its rows. Made as needed and kept: the next
    // snap's rows are shown in them.
    struct Group
    {
        QLabel *heading;
        Card *card;
    };
    QList<Group> m_groupPool;
    QList<QLabel *> m_headings; // those shown
    QList<PlugRow *> m_spareRows; // hidden, for the next snap
    QLabel *m_denialsHeading;
    DenialList *m_denials;
    QLabel *m_slotsHeading;
    Card *m_slotsCard;
};

} // namespace corral::gui
