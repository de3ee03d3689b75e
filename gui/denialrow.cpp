#include "gui/denialrow.h"

#include "client/client.h"
#include "client/models.h"
#include "gui/busyindicator.h"
#include "gui/look.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace corral::gui {

using namespace corral::client;

namespace {

// A chip as a widget, for a row made of widgets.
class ChipLabel : public QLabel
{
public:
    ChipLabel(const QString &text, Chip::Kind kind, QWidget *parent)
        : QLabel(text, parent)
        , m_kind(kind)
    {
        setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }
    QSize sizeHint() const override { return chipSize(font(), text()); }
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        paintChip(&painter, rect(), Chip { text(), m_kind, toolTip() }, palette(), false);
    }

private:
    Chip::Kind m_kind;
};

QIcon kindIcon(const QString &kind, const QWidget *widget)
{
    if (kind == QLatin1String("file"))
        return themeIcon({ "text-x-generic", "folder" }, QStyle::SP_FileIcon, widget);
    if (kind == QLatin1String("device"))
        return themeIcon({ "drive-removable-media", "computer" }, QStyle::SP_DriveHDIcon, widget);
    if (kind == QLatin1String("network"))
        return themeIcon({ "network-workgroup", "network-wired" }, QStyle::SP_DriveNetIcon, widget);
    if (kind == QLatin1String("dbus"))
        return themeIcon({ "preferences-system", "system-run" }, QStyle::SP_ComputerIcon, widget);
    return themeIcon({ "security-medium", "dialog-password", "system-run" },
        QStyle::SP_MessageBoxWarning, widget);
}

QString capitalized(const QString &text)
{
    if (text.isEmpty() || !text.front().isLower())
        return text;
    return text.front().toUpper() + text.mid(1);
}

QString fullTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

} // namespace

DenialRow::DenialRow(Client *client, Mode mode, const QModelIndex &index, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_mode(mode)
    , m_index(index)
    , m_key(index.data(KeyRole).toString())
    , m_icon(new QLabel(this))
    , m_action(new QLabel(this))
    , m_logged(new ChipLabel(tr("Only logged"), Chip::Attention, this))
    , m_when(new SecondaryLabel(this))
    , m_suggestion(new SecondaryLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_allow(new QPushButton(this))
{
    setObjectName(QStringLiteral("denialRow"));
    const int unit = fontMetrics().height();
    QHBoxLayout *layout = rowLayout(this, m_icon);

    QVBoxLayout *text = rowTextColumn(this);
    if (mode == ForAll) {
        // The snap, as a button that opens its page; its icon is the row's.
        m_snapButton = new QToolButton(this);
        m_snapButton->setObjectName(QStringLiteral("denialSnapButton"));
        m_snapButton->setAutoRaise(true);
        m_snapButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_snapButton->setCursor(Qt::PointingHandCursor);
        m_snapButton->setFont(scaledFont(font(), 1.0, true));
        connect(m_snapButton, &QToolButton::clicked, this,
            [this] { Q_EMIT snapActivated(m_index.data(SnapRole).toString()); });
        text->addWidget(m_snapButton, 0, Qt::AlignLeft);
    }
    m_action->setObjectName(QStringLiteral("denialAction"));
    m_action->setTextFormat(Qt::PlainText);
    m_action->setWordWrap(true);
    m_action->setFont(scaledFont(font(), 1.0, mode == ForSnap));
    m_action->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->addWidget(m_action);

    auto *meta = new QHBoxLayout;
    meta->setSpacing(unit / 2);
    m_logged->setObjectName(QStringLiteral("denialLogged"));
    m_logged->setFont(scaledFont(font(), 0.85));
    m_logged->setToolTip(tr("Not blocked: the app runs in developer mode, where what its "
                            "sandbox would refuse is only written to the log"));
    meta->addWidget(m_logged, 0, Qt::AlignVCenter);
    m_when->setObjectName(QStringLiteral("denialWhen"));
    m_when->setWordWrap(true);
    m_when->setFont(scaledFont(font(), 0.9));
    meta->addWidget(m_when, 1);
    text->addLayout(meta);

    m_suggestion->setObjectName(QStringLiteral("denialSuggestion"));
    m_suggestion->setWordWrap(true);
    text->addWidget(m_suggestion);

    // The remedy under the explanation, where a long permission's name has room.
    m_remedy = new QWidget(this);
    auto *remedy = new QHBoxLayout(m_remedy);
    remedy->setContentsMargins(0, unit / 4, 0, 0);
    remedy->setSpacing(unit / 2);
    m_allow->setObjectName(QStringLiteral("denialAllowButton"));
    connect(m_allow, &QPushButton::clicked, this, &DenialRow::allowClicked);
    remedy->addWidget(m_allow);
    m_busy->setFixedSize(smallIconSize(this), smallIconSize(this));
    m_busy->hide();
    remedy->addWidget(m_busy, 0, Qt::AlignVCenter);
    remedy->addStretch(1);
    text->addWidget(m_remedy);
    layout->addLayout(text, 1);

    refresh();
}

void DenialRow::setIndex(const QModelIndex &index)
{
    m_index = index;
    m_key = index.data(KeyRole).toString();
    refresh();
}

QList<QWidget *> DenialRow::focusOrder() const
{
    QList<QWidget *> order;
    if (m_snapButton)
        order << m_snapButton;
    order << m_allow;
    return order;
}

void DenialRow::refresh()
{
    if (!m_index.isValid())
        return;
    const QModelIndex index = m_index;
    const QString snap = index.data(SnapRole).toString();
    const QString app = index.data(AppRole).toString();
    const QString action = capitalized(index.data(ActionRole).toString());
    const bool enforced = index.data(EnforcedRole).toBool();
    const QDateTime last = index.data(LastSeenRole).toDateTime();
    const QDateTime first = index.data(FirstSeenRole).toDateTime();
    const uint times = index.data(TimesRole).toUInt();
    const QString allowPlug = index.data(AllowPlugRole).toString();
    const QString allowLabel = index.data(AllowLabelRole).toString();
    const QString allowedBy = index.data(AllowedByRole).toString();
    const bool pending = index.data(PendingRole).toBool();

    if (m_mode == ForAll) {
        const QString title = index.data(TitleRole).toString();
        const QString icon = index.data(IconRole).toString();
        if (icon != m_iconKey || m_icon->pixmap().isNull()) {
            m_iconKey = icon;
            m_icon->setPixmap(snapIcon(icon).pixmap(m_icon->size(), devicePixelRatioF()));
        }
        m_snapButton->setText(title.isEmpty() ? snap : title);
        m_snapButton->setToolTip(tr("Open the permissions of %1").arg(m_snapButton->text()));
        m_snapButton->setAccessibleName(m_snapButton->toolTip());
    } else {
        const QStringList suggestions = index.data(SuggestionsRole).toStringList();
        const QString kind = index.data(KindRole).toString();
        const QString iconKey = suggestions.value(0) + QLatin1Char('\n') + kind;
        if (iconKey != m_iconKey) {
            m_iconKey = iconKey;
            const InterfaceEntry *entry = m_client && !suggestions.isEmpty()
                ? m_client->interfaceInfo(suggestions.constFirst())
                : nullptr;
            const QIcon icon
                = entry ? interfaceIcon(entry->name, entry->category) : kindIcon(kind, this);
            m_icon->setPixmap(icon.pixmap(m_icon->size(), devicePixelRatioF()));
        }
    }

    m_action->setText(action);

    QStringList meta;
    if (!app.isEmpty())
        meta << (m_mode == ForAll || app != snap ? QStringLiteral("%1.%2").arg(snap, app) : app);
    meta << index.data(LastSeenTextRole).toString();
    meta << index.data(TimesTextRole).toString();
    meta.removeAll(QString());
    m_when->setText(meta.join(QStringLiteral(" · ")));
    QString when = tr("Last: %1").arg(fullTime(last));
    if (times > 1 && first.isValid() && first != last)
        when += QLatin1Char('\n') + tr("First: %1").arg(fullTime(first));
    m_when->setToolTip(when);
    m_logged->setVisible(!enforced);

    QString suggestion;
    if (!allowedBy.isEmpty())
        suggestion = tr("Allowed since: %1").arg(allowedBy);
    else
        suggestion = capitalized(index.data(SuggestionRole).toString());
    m_suggestion->setText(suggestion);
    m_suggestion->setEmphasized(!allowPlug.isEmpty() || !allowedBy.isEmpty());

    m_allow->setVisible(!allowPlug.isEmpty());
    m_allow->setEnabled(!pending);
    m_allow->setText(tr("Allow “%1”").arg(allowLabel));
    m_allow->setAccessibleName(m_allow->text());
    m_allow->setToolTip(tr("Connect %1: the change on the command line is\n%2")
                            .arg(allowPlug, Client::connectCommand(allowPlug)));
    m_allow->setAccessibleDescription(m_allow->toolTip());
    m_busy->setVisible(pending);
    // Hidden with the button, so that no empty line is left below the text.
    m_remedy->setVisible(!allowPlug.isEmpty() || pending);

    setAccessibleName(enforced ? tr("Blocked: %1").arg(action) : tr("Logged: %1").arg(action));
    setAccessibleDescription(m_when->text() + QLatin1Char('\n') + suggestion);
}

void DenialRow::allowClicked()
{
    const QString plug = m_index.data(AllowPlugRole).toString();
    if (!m_client || plug.isEmpty())
        return;
    // Shown at once; the model confirms (the button goes) or the window says why not.
    m_allow->setEnabled(false);
    m_busy->show();
    m_client->setPlugConnected(plug, true);
}

} // namespace corral::gui
