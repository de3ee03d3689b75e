#include "gui/snappage.h"

#include "client/client.h"
#include "client/models.h"
#include "gui/denialsview.h"
#include "gui/look.h"
#include "gui/messagebanner.h"
#include "gui/plugrow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace corral::gui {

using namespace corral::client;

namespace {

QString confinementWords(const QString &confinement)
{
    if (confinement == QLatin1String("devmode"))
        return SnapPage::tr("Developer mode");
    if (confinement == QLatin1String("classic"))
        return SnapPage::tr("Not confined (classic)");
    return SnapPage::tr("Confined");
}

QLabel *headingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setFont(scaledFont(parent->font(), 1.0, true));
    return label;
}

} // namespace

SnapPage::SnapPage(Client *client, QWidget *parent)
    : DetailPage(
        client, QStringLiteral("snapPage"), tr("Choose an app to see what it may use."), parent)
    , m_plugs(new PlugListModel(this))
    , m_slots(new SlotListModel(this))
{
    // The header: icon, title, version and confinement, summary; Reset on the right.
    m_title->setObjectName(QStringLiteral("snapTitle"));
    const int unit = fontMetrics().height();
    m_reset = new QPushButton(
        themeIcon({ "edit-undo", "document-revert" }, QStyle::SP_DialogResetButton, this),
        tr("Reset to Defaults"), m_content);
    m_reset->setObjectName(QStringLiteral("resetButton"));
    m_reset->setToolTip(tr("Give back what was allowed automatically and take away what "
                           "was allowed by hand"));
    m_reset->setAccessibleDescription(m_reset->toolTip());
    connect(m_reset, &QPushButton::clicked, this, [this] {
        if (m_client && !m_snap.isEmpty())
            m_client->resetToDefaults(m_snap);
    });
    m_header->addWidget(m_reset, 0, Qt::AlignTop);

    m_confinement = new MessageBanner(m_content);
    m_confinement->setObjectName(QStringLiteral("confinementBanner"));
    m_confinement->setCloseable(false);
    m_confinement->hide();
    m_layout->addWidget(m_confinement);
    m_problem = new MessageBanner(m_content);
    m_problem->setObjectName(QStringLiteral("problemBanner"));
    m_problem->setCloseable(false);
    m_problem->hide();
    m_layout->addWidget(m_problem);

    m_placeholder = new SecondaryLabel(m_content);
    m_placeholder->setWordWrap(true);
    m_layout->addWidget(m_placeholder);

    m_groups = new QVBoxLayout;
    m_groups->setSpacing(unit / 3);
    m_layout->addLayout(m_groups);

    // What its sandbox refused lately, and what would allow it.
    m_denialsHeading = headingLabel(tr("Recently blocked"), m_content);
    m_denialsHeading->setObjectName(QStringLiteral("denialsHeading"));
    m_denialsHeading->setContentsMargins(0, unit / 2, 0, 0);
    m_layout->addWidget(m_denialsHeading);
    m_denials = new DenialList(client, DenialRow::ForSnap, m_content);
    m_layout->addWidget(m_denials);

    m_slotsHeading = headingLabel(tr("Offered to other apps"), m_content);
    m_slotsHeading->setContentsMargins(0, unit / 2, 0, 0);
    m_layout->addWidget(m_slotsHeading);
    m_slotsCard = new Card(m_content);
    m_slotsCard->setObjectName(QStringLiteral("slotsCard"));
    m_layout->addWidget(m_slotsCard);
    m_layout->addStretch(1);

    m_plugs->setClient(client);
    m_slots->setClient(client);
    followRows(m_plugs);
    connect(m_plugs, &PlugListModel::loadedChanged, this, &SnapPage::updatePlaceholder);
    connect(m_slots, &QAbstractItemModel::modelReset, this, &SnapPage::rebuildSlots);
    connect(m_slots, &QAbstractItemModel::rowsInserted, this, &SnapPage::rebuildSlots);
    connect(m_slots, &QAbstractItemModel::rowsRemoved, this, &SnapPage::rebuildSlots);
    connect(m_slots, &QAbstractItemModel::dataChanged, this, &SnapPage::rebuildSlots);
    if (client) {
        connect(client, &Client::snapsReset, this, &SnapPage::updateHeader);
        connect(client, &Client::connectionsReset, this, &SnapPage::updateHeader);
    }
    setSnap(QString());
}

void SnapPage::setSnap(const QString &snap)
{
    const bool changed = snap != m_snap;
    m_snap = snap;
    showItem(snap, changed);
    updateHeader();
    // The models reset themselves for the new snap, and the rows follow.
    m_plugs->setSnap(snap);
    m_slots->setSnap(snap);
    m_denials->model()->setSnap(snap);
    updatePlaceholder();
}

void SnapPage::updateHeader()
{
    const SnapEntry *snap = m_client && !m_snap.isEmpty() ? m_client->snap(m_snap) : nullptr;
    if (!snap) {
        m_title->setText(m_snap);
        m_subtitle->clear();
        m_description->clear();
        m_icon->setPixmap(snapIcon(QString()).pixmap(m_icon->size(), devicePixelRatioF()));
        m_reset->setEnabled(false);
        m_confinement->hide();
        m_problem->hide();
        return;
    }
    m_icon->setPixmap(snapIcon(snap->icon).pixmap(m_icon->size(), devicePixelRatioF()));
    m_title->setText(snap->title.isEmpty() ? snap->name : snap->title);
    QStringList meta;
    if (!snap->version.isEmpty())
        meta << tr("Version %1").arg(snap->version);
    if (snap->title != snap->name)
        meta << snap->name;
    meta << confinementWords(snap->confinement);
    m_subtitle->setText(meta.join(QStringLiteral(" · ")));
    m_description->setText(snap->summary);
    m_description->setVisible(!snap->summary.isEmpty());
    m_reset->setEnabled(m_client->isCustomized(snap->name));

    const QString title = m_title->text();
    if (snap->confinement == QLatin1String("devmode") || (snap->devmode && !snap->classic)) {
        m_confinement->showMessage(MessageBanner::Warning,
            tr("%1 runs in developer mode: its confinement is not enforced; what it is "
               "refused is only logged.")
                .arg(title));
    } else if (snap->confinement == QLatin1String("classic") || snap->classic) {
        m_confinement->showMessage(MessageBanner::Warning,
            tr("%1 uses classic confinement: it has no sandbox and can do anything you can. "
               "The permissions below do not limit it.")
                .arg(title));
    } else {
        m_confinement->hide();
    }
    if (!snap->problem.isEmpty())
        m_problem->showMessage(
            MessageBanner::Error, tr("%1 cannot run: %2").arg(title, snap->problem));
    else
        m_problem->hide();
}

void SnapPage::updatePlaceholder()
{
    if (m_snap.isEmpty()) {
        m_placeholder->hide();
        return;
    }
    if (!m_plugs->isLoaded())
        m_placeholder->setText(tr("Loading permissions…"));
    else if (m_rows.isEmpty())
        m_placeholder->setText(tr("This app asks for no permissions."));
    m_placeholder->setVisible(!m_plugs->isLoaded() || m_rows.isEmpty());
}

void SnapPage::rebuildRows()
{
    // Done when the list of plugs changes (another snap, an install); a change of state only
    // refreshes the rows concerned. The headings, cards and rows made for an earlier snap
    // are filled again from the model rather than made anew: making and first laying out
    // widgets is what a switch would otherwise spend its time on.
    setUpdatesEnabled(false);
    struct Wanted
    {
        QString label;
        int first;
        int count;
    };
    QList<Wanted> groups;
    for (int i = 0; i < m_plugs->rowCount(); ++i) {
        const QString label = m_plugs->index(i, 0).data(CategoryLabelRole).toString();
        if (groups.isEmpty() || groups.constLast().label != label)
            groups.append({ label, i, 0 });
        ++groups.last().count;
    }

    // Rows beyond what a kept group needs are set aside; the groups not needed keep theirs
    // (hidden), in case the next snap needs them there again.
    for (int g = 0; g < qMin(groups.size(), m_groupPool.size()); ++g) {
        Card *card = m_groupPool.at(g).card;
        while (card->rows().size() > groups.at(g).count)
            m_spareRows << static_cast<PlugRow *>(card->takeLastRow());
    }
    const int unit = fontMetrics().height();
    bool reordered = false;
    m_rows.clear();
    m_headings.clear();
    for (int g = 0; g < groups.size(); ++g) {
        const Wanted &wanted = groups.at(g);
        if (g == m_groupPool.size()) {
            auto *heading = headingLabel(QString(), this);
            heading->setObjectName(QStringLiteral("categoryHeading"));
            if (g > 0)
                heading->setContentsMargins(0, unit / 2, 0, 0);
            m_groups->addWidget(heading);
            auto *card = new Card(this);
            m_groups->addWidget(card);
            m_groupPool.append({ heading, card });
        }
        const Group &group = m_groupPool.at(g);
        group.heading->setText(wanted.label.isEmpty() ? tr("Other") : wanted.label);
        group.heading->show();
        group.card->show();
        m_headings << group.heading;
        const QList<QWidget *> kept = group.card->rows();
        for (int i = 0; i < wanted.count; ++i) {
            const QModelIndex index = m_plugs->index(wanted.first + i, 0);
            PlugRow *row = nullptr;
            if (i < kept.size()) {
                row = static_cast<PlugRow *>(kept.at(i));
                row->setIndex(index);
            } else {
                row = takeSpareRow(groups.size());
                if (row)
                    row->setIndex(index);
                else
                    row = new PlugRow(m_client, PlugRow::ForSnap, index, group.card);
                group.card->addRow(row);
                reordered = true;
            }
            m_rows << row;
        }
    }
    for (int g = int(groups.size()); g < m_groupPool.size(); ++g) {
        m_groupPool.at(g).heading->hide();
        m_groupPool.at(g).card->hide();
    }
    if (reordered) {
        // Rows made or moved now come last for the Tab key: put them back in the order
        // they are shown, after the Reset button.
        QWidget *previous = m_reset;
        for (const PlugRow *row : std::as_const(m_rows)) {
            for (QWidget *control : row->focusOrder()) {
                QWidget::setTabOrder(previous, control);
                previous = control;
            }
        }
    }
    updatePlaceholder();
    setUpdatesEnabled(true);
}

PlugRow *SnapPage::takeSpareRow(qsizetype groupsShown)
{
    if (!m_spareRows.isEmpty())
        return m_spareRows.takeLast();
    // From the groups not shown, the last first.
    for (qsizetype g = m_groupPool.size() - 1; g >= groupsShown; --g) {
        if (QWidget *row = m_groupPool.at(g).card->takeLastRow())
            return static_cast<PlugRow *>(row);
    }
    return nullptr;
}

void SnapPage::refreshRows(const QModelIndex &first, const QModelIndex &last)
{
    refreshRowsBetween(first, last);
    updateHeader();
}

void SnapPage::rebuildSlots()
{
    m_slotsCard->clear();
    const int unit = fontMetrics().height();
    for (int i = 0; i < m_slots->rowCount(); ++i) {
        const QModelIndex index = m_slots->index(i, 0);
        auto *row = new QWidget(m_slotsCard);
        row->setObjectName(QStringLiteral("slotRow"));
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(unit * 3 / 4, unit / 2, unit * 3 / 4, unit / 2);
        layout->setSpacing(unit * 3 / 4);
        auto *icon = new QLabel(row);
        const int iconSize = largeIconSize(this);
        icon->setFixedSize(iconSize, iconSize);
        icon->setPixmap(
            interfaceIcon(index.data(InterfaceRole).toString(), index.data(CategoryRole).toString())
                .pixmap(icon->size(), devicePixelRatioF()));
        layout->addWidget(icon, 0, Qt::AlignTop);
        auto *text = new QVBoxLayout;
        text->setSpacing(unit / 8);
        const QString name = index.data(NameRole).toString();
        const QString label = index.data(LabelRole).toString();
        auto *title = new QLabel(name, row);
        title->setTextFormat(Qt::PlainText);
        title->setFont(scaledFont(font(), 1.0, true));
        text->addWidget(title);
        if (!label.isEmpty()) {
            auto *description = new SecondaryLabel(label, row);
            description->setWordWrap(true);
            text->addWidget(description);
        }
        QStringList users;
        const QStringList plugs = index.data(ConnectedPlugsRole).toStringList();
        for (const QString &plug : plugs) {
            const QString snapName = plug.section(QLatin1Char(':'), 0, 0);
            const SnapEntry *snap = m_client ? m_client->snap(snapName) : nullptr;
            users << tr("%1 (%2)").arg(
                snap ? snap->title : snapName, plug.section(QLatin1Char(':'), 1));
        }
        auto *usedBy = new SecondaryLabel(users.isEmpty()
                ? tr("No app uses it")
                : tr("Used by %1").arg(users.join(QStringLiteral(", "))),
            row);
        usedBy->setObjectName(QStringLiteral("slotUsers"));
        usedBy->setWordWrap(true);
        usedBy->setEmphasized(!users.isEmpty());
        text->addWidget(usedBy);
        layout->addLayout(text, 1);
        row->setAccessibleName(name);
        row->setAccessibleDescription(usedBy->text());
        m_slotsCard->addRow(row);
    }
    const bool any = m_slots->rowCount() > 0;
    m_slotsHeading->setVisible(any);
    m_slotsCard->setVisible(any);
}

QStringList SnapPage::categoryHeadings() const
{
    QStringList headings;
    for (const QLabel *heading : m_headings)
        headings << heading->text();
    return headings;
}

QStringList SnapPage::slotTexts() const
{
    QStringList texts;
    for (const QWidget *row : m_slotsCard->rows())
        texts << row->accessibleName() + QStringLiteral(": ") + row->accessibleDescription();
    return texts;
}

bool SnapPage::isLoaded() const
{
    return !m_snap.isEmpty() && m_plugs->isLoaded() && m_rows.size() == m_plugs->rowCount();
}

} // namespace corral::gui
