#include "gui/toggleswitch.h"

#include "gui/look.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionButton>
#include <QVariantAnimation>

namespace corral::gui {

ToggleSwitch::ToggleSwitch(QWidget *parent)
    : QCheckBox(parent)
    , m_animation(new QVariantAnimation(this))
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
    m_animation->setDuration(120);
    m_animation->setEasingCurve(QEasingCurve::InOutQuad);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_position = value.toReal();
        update();
    });
    connect(this, &QCheckBox::toggled, this, [this](bool on) {
        // Slide only where a person sees it; otherwise be there at once.
        m_animation->stop();
        if (!isVisible() || m_atOnce) {
            m_position = on ? 1 : 0;
            return;
        }
        m_animation->setStartValue(m_position);
        m_animation->setEndValue(on ? 1.0 : 0.0);
        m_animation->start();
    });
}

void ToggleSwitch::setCheckedAtOnce(bool on)
{
    m_atOnce = true;
    setChecked(on);
    m_atOnce = false;
    if (m_animation->state() == QAbstractAnimation::Running) {
        m_animation->stop();
        m_position = on ? 1 : 0;
        update();
    }
}

QSize ToggleSwitch::sizeHint() const
{
    // Tall as a line of text, twice as wide, with room for the focus ring.
    const int height = fontMetrics().height() + 4;
    return QSize(height * 2 - 2 + 4, height + 4);
}

bool ToggleSwitch::hitButton(const QPoint &pos) const
{
    return rect().contains(pos);
}

void ToggleSwitch::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette palette = this->palette();
    // Between states only while sliding; otherwise where the state says.
    if (m_animation->state() != QAbstractAnimation::Running)
        m_position = isChecked() ? 1 : 0;
    const QSize hint = sizeHint();
    const QRectF track = QRectF((width() - hint.width()) / 2.0 + 2,
        (height() - hint.height()) / 2.0 + 2, hint.width() - 4, hint.height() - 4);
    const qreal radius = track.height() / 2;

    const QColor off
        = mixColors(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.38);
    QColor trackColor = mixColors(off, palette.color(QPalette::Highlight), m_position);
    // The knob in the highlight's text colour on both tracks, as it is on the "on" one.
    QColor knobColor = palette.color(QPalette::HighlightedText);
    if (!isEnabled()) {
        trackColor = mixColors(trackColor, palette.color(QPalette::Window), 0.5);
        knobColor = mixColors(knobColor, palette.color(QPalette::Window), 0.3);
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette.color(QPalette::Highlight), 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(track.adjusted(-2, -2, 2, 2), radius + 2, radius + 2);
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(trackColor);
    painter.drawRoundedRect(track, radius, radius);
    if (underMouse() && isEnabled()) {
        painter.setBrush(mixColors(trackColor, palette.color(QPalette::WindowText), 0.08));
        painter.drawRoundedRect(track, radius, radius);
    }
    const qreal inset = 2.5;
    const qreal knob = track.height() - 2 * inset;
    const qreal x = track.left() + inset + m_position * (track.width() - 2 * inset - knob);
    painter.setBrush(knobColor);
    painter.drawEllipse(QRectF(x, track.top() + inset, knob, knob));
}

} // namespace corral::gui
