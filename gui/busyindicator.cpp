#include "gui/busyindicator.h"

#include "gui/look.h"

#include <QPainter>
#include <QTimer>

namespace corral::gui {

BusyIndicator::BusyIndicator(QWidget *parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(tr("Applying the change"));
    m_timer->setInterval(50);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_angle = (m_angle + 30) % 360;
        update();
    });
}

QSize BusyIndicator::sizeHint() const
{
    const int size = smallIconSize(this);
    return QSize(size, size);
}

void BusyIndicator::showEvent(QShowEvent *)
{
    m_timer->start();
}

void BusyIndicator::hideEvent(QHideEvent *)
{
    m_timer->stop();
}

void BusyIndicator::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int side = qMin(width(), height());
    const qreal pen = qMax(2.0, side / 8.0);
    const QRectF box((width() - side) / 2.0 + pen / 2, (height() - side) / 2.0 + pen / 2,
        side - pen, side - pen);
    const QPalette palette = this->palette();
    painter.setPen(QPen(separatorColor(palette), pen));
    painter.drawEllipse(box);
    painter.setPen(QPen(palette.color(QPalette::Highlight), pen, Qt::SolidLine, Qt::RoundCap));
    // QPainter's angles are in 1/16 degree, counter-clockwise from three o'clock.
    painter.drawArc(box, (90 - m_angle) * 16, -100 * 16);
}

} // namespace corral::gui
