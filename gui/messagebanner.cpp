#include "gui/messagebanner.h"

#include "gui/look.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QToolButton>

namespace corral::gui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    auto *layout = new QHBoxLayout(this);
    const int margin = fontMetrics().height() / 2;
    layout->setContentsMargins(margin, margin / 2, margin / 2, margin / 2);
    layout->setSpacing(margin);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_close->setIcon(
        themeIcon({ "window-close", "dialog-close" }, QStyle::SP_TitleBarCloseButton, this));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close this message"));
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    m_buttons->setSpacing(margin / 2);
    updateIcon();
}

void MessageBanner::setKind(Kind kind)
{
    m_kind = kind;
    updateIcon();
    update();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::setText(const QString &text)
{
    m_text->setText(text);
    setAccessibleDescription(text);
}

void MessageBanner::setCloseable(bool closeable)
{
    m_close->setVisible(closeable);
}

QPushButton *MessageBanner::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    m_buttons->addWidget(button, 0, Qt::AlignVCenter);
    return button;
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    setKind(kind);
    setText(text);
    show();
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void MessageBanner::updateIcon()
{
    QIcon icon;
    switch (m_kind) {
    case Information:
        icon = themeIcon({ "dialog-information" }, QStyle::SP_MessageBoxInformation, this);
        setAccessibleName(tr("Information"));
        break;
    case Warning:
        icon = themeIcon({ "dialog-warning" }, QStyle::SP_MessageBoxWarning, this);
        setAccessibleName(tr("Warning"));
        break;
    case Error:
        icon = themeIcon({ "dialog-error" }, QStyle::SP_MessageBoxCritical, this);
        setAccessibleName(tr("Error"));
        break;
    }
    const int size = smallIconSize(this);
    m_icon->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatioF()));
    m_icon->setFixedWidth(size);
}

void MessageBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange)
        updateIcon();
    QFrame::changeEvent(event);
}

void MessageBanner::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette palette = this->palette();
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    const QColor highlight = palette.color(QPalette::Highlight);
    // Information is tinted with the highlight; warnings and errors stand apart by a
    // stronger frame and their icon, in whatever palette the desktop has.
    const QColor fill = m_kind == Information ? mixColors(window, highlight, 0.12)
                                              : mixColors(window, text, 0.07);
    const QColor frame
        = m_kind == Information ? mixColors(window, highlight, 0.5) : mixColors(window, text, 0.45);
    const qreal radius = qMax(4, fontMetrics().height() / 3);
    QPainterPath outline;
    outline.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter.fillPath(outline, fill);
    painter.setPen(QPen(frame, 1));
    painter.drawPath(outline);
}

} // namespace corral::gui
