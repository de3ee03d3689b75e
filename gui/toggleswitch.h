// An on/off switch: a QCheckBox (so keyboard, focus, accessibility and tests treat it as
// one) painted as a sliding switch in the palette's colours.
#pragma once

#include <QCheckBox>

class QVariantAnimation;

namespace corral::gui {

class ToggleSwitch : public QCheckBox
{
    Q_OBJECT
public:
    explicit ToggleSwitch(QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }
    // Puts the switch in `on` without sliding, as for a row that now shows another
    // permission.
    void setCheckedAtOnce(bool on);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool hitButton(const QPoint &pos) const override;

private:
    QVariantAnimation *m_animation;
    qreal m_position = 0; // 0 off … 1 on, where the knob is drawn
    bool m_atOnce = false;
};

} // namespace corral::gui
