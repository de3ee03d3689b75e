// A small spinning arc that says "working on it" (a change on its way to the helper).
// It animates only while shown.
#pragma once

#include <QWidget>

class QTimer;

namespace corral::gui {

class BusyIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit BusyIndicator(QWidget *parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QTimer *m_timer;
    int m_angle = 0;
};

} // namespace corral::gui
