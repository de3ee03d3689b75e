#include "gui/plugrow.h"

#include "client/client.h"
#include "client/models.h"
#include "gui/busyindicator.h"
#include "gui/look.h"
#include "gui/toggleswitch.h"

#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace corral::gui {

using namespace corral::client;

PlugRow::PlugRow(Client *client, Mode mode, const QModelIndex &index, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_mode(mode)
    , m_index(index)
    , m_ref(index.data(RefRole).toString())
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_description(new SecondaryLabel(this))
    , m_status(new SecondaryLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_command(new QToolButton(this))
    , m_menu(new QMenu(this))
    , m_switch(new ToggleSwitch(this))
{
    setObjectName(QStringLiteral("plugRow"));
    m_layout = rowLayout(this, m_icon);
    QHBoxLayout *layout = m_layout;

    QVBoxLayout *text = rowTextColumn(this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setFont(scaledFont(font(), 1.0, true));
    m_description->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setFont(scaledFont(font(), 0.9));
    m_status->setObjectName(QStringLiteral("plugStatus"));
    text->addWidget(m_title);
    text->addWidget(m_description);
    text->addWidget(m_status);
    layout->addLayout(text, 1);

    // The slot chooser comes before the indicator, when a plug has a choice
    // (ensureSlotChooser).

    // The indicator keeps its place when hidden, so the switch does not move.
    QSizePolicy busyPolicy = m_busy->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true);
    m_busy->setSizePolicy(busyPolicy);
    m_busy->hide();
    layout->addWidget(m_busy, 0, Qt::AlignVCenter);

    // A prompt, drawn as text in the palette's colours: the command-line equivalent.
    m_command->setText(QStringLiteral(">_"));
    QFont prompt = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    prompt.setPointSizeF(font().pointSizeF());
    prompt.setWeight(QFont::Bold);
    m_command->setFont(prompt);
    m_command->setAutoRaise(true);
    m_command->setPopupMode(QToolButton::InstantPopup);
    m_command->setMenu(m_menu);
    m_command->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_menu->setFont(font());
    m_command->setObjectName(QStringLiteral("commandButton"));
    // The menu's actions are made when it is first opened, and their texts set each time:
    // most rows are never asked for their commands.
    connect(m_menu, &QMenu::aboutToShow, this, &PlugRow::updateMenu);
    layout->addWidget(m_command, 0, Qt::AlignVCenter);

    m_switch->setObjectName(QStringLiteral("plugSwitch"));
    connect(m_switch, &QAbstractButton::clicked, this, &PlugRow::switchClicked);
    layout->addWidget(m_switch, 0, Qt::AlignVCenter);

    refresh();
}

QString PlugRow::slotName(const QString &slotRef) const
{
    const QString snapName = slotRef.section(QLatin1Char(':'), 0, 0);
    const QString name = slotRef.section(QLatin1Char(':'), 1);
    if (snapName == QLatin1String("system"))
        return tr("This computer");
    const SnapEntry *snap = m_client ? m_client->snap(snapName) : nullptr;
    return tr("%1 (%2)").arg(snap ? snap->title : snapName, name);
}

void PlugRow::setIndex(const QModelIndex &index)
{
    m_index = index;
    const QString ref = index.data(RefRole).toString();
    const bool another = ref != m_ref;
    if (another) {
        m_ref = ref;
        m_chosenSlot.clear();
    }
    // Another permission's state is shown as it is, not slid to.
    if (another && !index.data(PendingRole).toBool())
        m_switch->setCheckedAtOnce(index.data(ConnectedRole).toBool());
    refresh();
}

QList<QWidget *> PlugRow::focusOrder() const
{
    QList<QWidget *> order;
    if (m_slots)
        order << m_slots;
    order << m_command << m_switch;
    return order;
}

void PlugRow::ensureSlotChooser()
{
    if (m_slots)
        return;
    m_slots = new QComboBox(this);
    m_slots->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_slots->setToolTip(tr("Which snap provides this permission"));
    connect(m_slots, &QComboBox::activated, this, &PlugRow::slotChosen);
    m_layout->insertWidget(m_layout->indexOf(m_busy), m_slots, 0, Qt::AlignVCenter);
    // Made last, it would come last for the Tab key: put it before the command button, as
    // it is on screen.
    QWidget *before = m_command->previousInFocusChain();
    while (before && before != m_command && before->focusPolicy() == Qt::NoFocus)
        before = before->previousInFocusChain();
    if (before && before != m_command && before != m_slots)
        QWidget::setTabOrder(before, m_slots);
    QWidget::setTabOrder(m_slots, m_command);
    QWidget::setTabOrder(m_command, m_switch);
}

void PlugRow::updateMenu()
{
    if (!m_copyConnect) {
        const QIcon copy = themeIcon({ "edit-copy" }, QStyle::SP_FileIcon, this);
        m_copyConnect = m_menu->addAction(copy, QString());
        m_copyDisconnect = m_menu->addAction(copy, QString());
        connect(m_copyConnect, &QAction::triggered, this, [this] {
            QGuiApplication::clipboard()->setText(m_index.data(ConnectCommandRole).toString());
        });
        connect(m_copyDisconnect, &QAction::triggered, this, [this] {
            QGuiApplication::clipboard()->setText(m_index.data(DisconnectCommandRole).toString());
        });
    }
    m_copyConnect->setText(tr("Copy “%1”").arg(m_index.data(ConnectCommandRole).toString()));
    m_copyDisconnect->setText(tr("Copy “%1”").arg(m_index.data(DisconnectCommandRole).toString()));
}

QString PlugRow::statusText() const
{
    return m_status->text();
}

void PlugRow::refresh()
{
    if (!m_index.isValid())
        return;
    const QModelIndex index = m_index;
    const QString label = index.data(LabelRole).toString();
    const QString plugName = index.data(NameRole).toString();
    const QString interface = index.data(InterfaceRole).toString();
    const bool connected = index.data(ConnectedRole).toBool();
    const bool automatic = index.data(AutomaticRole).toBool();
    const bool undesired = index.data(UndesiredRole).toBool();
    const bool pending = index.data(PendingRole).toBool();
    const QStringList connectedSlots = index.data(ConnectedSlotsRole).toStringList();
    const QStringList candidates = index.data(CandidatesRole).toStringList();

    QString title;
    QString description;
    if (m_mode == ForSnap) {
        title = label.isEmpty() ? interface : label;
        description = index.data(DescriptionRole).toString();
        const QString category = index.data(CategoryRole).toString();
        const QString iconKey = interface + QLatin1Char('\n') + category;
        if (iconKey != m_iconKey) {
            m_iconKey = iconKey;
            m_icon->setPixmap(
                interfaceIcon(interface, category).pixmap(m_icon->size(), devicePixelRatioF()));
        }
    } else {
        title = index.data(TitleRole).toString();
        if (title.isEmpty())
            title = index.data(SnapRole).toString();
        description = m_ref;
        const QString icon = index.data(IconRole).toString();
        if (icon != m_iconKey || m_icon->pixmap().isNull()) {
            m_iconKey = icon;
            m_icon->setPixmap(snapIcon(icon).pixmap(m_icon->size(), devicePixelRatioF()));
        }
    }
    m_title->setText(title);
    m_description->setText(description);
    m_description->setVisible(!description.isEmpty());

    // Who decided: auto-connect, or a person (either way).
    QString status;
    if (connected && automatic)
        status = tr("Allowed automatically");
    else if (connected)
        status = tr("Allowed by you");
    else if (undesired)
        status = tr("Turned off by you");
    else
        status = tr("Not allowed");
    if (connected && candidates.size() <= 1 && !connectedSlots.isEmpty()
        && connectedSlots.constFirst().section(QLatin1Char(':'), 0, 0) != QLatin1String("system"))
        status = tr("%1, provided by %2").arg(status, slotName(connectedSlots.constFirst()));
    if (m_mode == ForSnap && plugName != interface)
        status = tr("%1 · as “%2”").arg(status, plugName);
    if (pending)
        status = tr("Applying the change…");
    m_status->setText(status);
    m_status->setEmphasized(!pending && ((connected && !automatic) || undesired));

    // The switch follows the model, except while the person's own change is on its way.
    if (!pending)
        m_switch->setChecked(connected);
    m_switch->setEnabled(!pending);
    m_switch->setAccessibleName(title);
    m_switch->setAccessibleDescription(
        description.isEmpty() ? status : description + QLatin1Char('\n') + status);
    m_switch->setToolTip(connected ? tr("Turn off: %1").arg(title) : tr("Allow: %1").arg(title));
    setBusy(pending);

    // The slot chooser, when more than one slot fits.
    if (candidates.size() > 1)
        ensureSlotChooser();
    if (m_slots)
        refreshSlotChooser(title, candidates, connectedSlots, pending);
    else
        m_candidates = candidates;

    const QString connectCommand = index.data(ConnectCommandRole).toString();
    const QString disconnectCommand = index.data(DisconnectCommandRole).toString();
    const QString next = connected ? disconnectCommand : connectCommand;
    m_command->setToolTip(tr("The same change on the command line:\n%1").arg(next));
    m_command->setAccessibleName(tr("Command line for %1").arg(title));
    m_command->setAccessibleDescription(next);
    setAccessibleName(title);
}

void PlugRow::refreshSlotChooser(const QString &title, const QStringList &candidates,
    const QStringList &connectedSlots, bool pending)
{
    if (candidates != m_candidates || m_slots->count() != candidates.size()) {
        m_candidates = candidates;
        m_slots->clear();
        for (const QString &slot : candidates)
            m_slots->addItem(slotName(slot), slot);
    }
    const QString shownSlot = !connectedSlots.isEmpty() ? connectedSlots.constFirst()
        : !m_chosenSlot.isEmpty()                       ? m_chosenSlot
                                                        : QString();
    const int shown = shownSlot.isEmpty() ? 0 : m_slots->findData(shownSlot);
    m_slots->setCurrentIndex(qMax(0, shown));
    m_slots->setVisible(candidates.size() > 1);
    m_slots->setEnabled(!pending);
    m_slots->setAccessibleName(tr("Provider of %1").arg(title));
}

void PlugRow::setBusy(bool busy)
{
    m_busy->setVisible(busy);
}

void PlugRow::switchClicked(bool on)
{
    if (!m_client)
        return;
    // Show at once that it is being done; the model confirms or puts the switch back.
    m_switch->setEnabled(false);
    setBusy(true);
    if (on && m_slots && m_slots->isVisible() && m_slots->currentIndex() >= 0)
        m_client->connectPlug(m_ref, m_slots->currentData().toString());
    else
        m_client->setPlugConnected(m_ref, on);
}

void PlugRow::slotChosen(int index)
{
    const QString slot = m_slots ? m_slots->itemData(index).toString() : QString();
    if (!m_client || slot.isEmpty())
        return;
    const QStringList connectedSlots = m_index.data(ConnectedSlotsRole).toStringList();
    if (connectedSlots.isEmpty()) {
        // Not connected: the choice waits for the switch.
        m_chosenSlot = slot;
        return;
    }
    if (connectedSlots.contains(slot))
        return;
    setBusy(true);
    m_slots->setEnabled(false);
    m_client->moveConnection(m_ref, slot);
}

void PlugRow::contextMenuEvent(QContextMenuEvent *event)
{
    m_menu->exec(event->globalPos());
}

} // namespace corral::gui
