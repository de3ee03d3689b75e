#include "gui/snappage.h"

#include "client/client.h"
#include "client/models.h"
#include "gui/look.h"
#include "gui/messagebanner.h"
#include "gui/plugrow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
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
    : QWidget(parent)
    , m_client(client)
    , m_plugs(new PlugListModel(this))
    , m_slots(new SlotListModel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("snapPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_empty->setText(tr("Choose an app to see what it may use."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack->addWidget(m_scroll);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("snapPageContent"));
    const int unit = fontMetrics().height();
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(unit * 3 / 2, unit, unit * 3 / 2, unit * 3 / 2);
    layout->setSpacing(unit * 3 / 4);

    // Header: icon, title, version and confinement, summary; Reset on the right.
    auto *header = new QHBoxLayout;
    header->setSpacing(unit);
    m_icon = new QLabel(content);
    const int iconSize = largeIconSize(this) * 2;
    m_icon->setFixedSize(iconSize, iconSize);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(unit / 6);
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("snapTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setFont(scaledFont(font(), 1.6, true));
    m_meta = new SecondaryLabel(content);
    m_meta->setWordWrap(true);
    m_summary = new QLabel(content);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    titles->addWidget(m_title);
    titles->addWidget(m_meta);
    titles->addWidget(m_summary);
    header->addLayout(titles, 1);
    m_reset = new QPushButton(
        themeIcon({ "edit-undo", "document-revert" }, QStyle::SP_DialogResetButton, this),
        tr("Reset to Defaults"), content);
    m_reset->setObjectName(QStringLiteral("resetButton"));
    m_reset->setToolTip(tr("Give back what was allowed automatically and take away what "
                           "was allowed by hand"));
    m_reset->setAccessibleDescription(m_reset->toolTip());
    connect(m_reset, &QPushButton::clicked, this, [this] {
        if (m_client && !m_snap.isEmpty())
            m_client->resetToDefaults(m_snap);
    });
    header->addWidget(m_reset, 0, Qt::AlignTop);
    layout->addLayout(header);

    m_confinement = new MessageBanner(content);
    m_confinement->setObjectName(QStringLiteral("confinementBanner"));
    m_confinement->setCloseable(false);
    m_confinement->hide();
    layout->addWidget(m_confinement);
    m_problem = new MessageBanner(content);
    m_problem->setObjectName(QStringLiteral("problemBanner"));
    m_problem->setCloseable(false);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_placeholder = new SecondaryLabel(content);
    m_placeholder->setWordWrap(true);
    layout->addWidget(m_placeholder);

    m_groups = new QVBoxLayout;
    m_groups->setSpacing(unit / 3);
    layout->addLayout(m_groups);

    m_slotsHeading = headingLabel(tr("Offered to other apps"), content);
    m_slotsHeading->setContentsMargins(0, unit / 2, 0, 0);
    layout->addWidget(m_slotsHeading);
    m_slotsCard = new Card(content);
    m_slotsCard->setObjectName(QStringLiteral("slotsCard"));
    layout->addWidget(m_slotsCard);
    layout->addStretch(1);
    m_scroll->setWidget(content);

    m_plugs->setClient(client);
    m_slots->setClient(client);
    connect(m_plugs, &QAbstractItemModel::modelReset, this, &SnapPage::rebuildRows);
    connect(m_plugs, &QAbstractItemModel::rowsInserted, this, &SnapPage::rebuildRows);
    connect(m_plugs, &QAbstractItemModel::rowsRemoved, this, &SnapPage::rebuildRows);
    connect(m_plugs, &QAbstractItemModel::rowsMoved, this, &SnapPage::rebuildRows);
    connect(m_plugs, &QAbstractItemModel::layoutChanged, this, &SnapPage::rebuildRows);
    connect(m_plugs, &QAbstractItemModel::dataChanged, this, &SnapPage::refreshRows);
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
    if (changed)
        m_scroll->verticalScrollBar()->setValue(0);
    m_stack->setCurrentWidget(snap.isEmpty() ? static_cast<QWidget *>(m_empty) : m_scroll);
    updateHeader();
    // The models reset themselves for the new snap, and the rows follow.
    m_plugs->setSnap(snap);
    m_slots->setSnap(snap);
    updatePlaceholder();
}

void SnapPage::updateHeader()
{
    const SnapEntry *snap = m_client && !m_snap.isEmpty() ? m_client->snap(m_snap) : nullptr;
    if (!snap) {
        m_title->setText(m_snap);
        m_meta->clear();
        m_summary->clear();
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
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_summary->setText(snap->summary);
    m_summary->setVisible(!snap->summary.isEmpty());
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
    for (int i = first.row(); i <= last.row() && i < m_rows.size(); ++i)
        m_rows.at(i)->refresh();
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

PlugRow *SnapPage::row(const QString &plugRef) const
{
    for (PlugRow *row : m_rows) {
        if (row->plugRef() == plugRef)
            return row;
    }
    return nullptr;
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
