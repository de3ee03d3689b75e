// A message across the top of a page or window, in the manner of KMessageWidget: an icon,
// a sentence, optional buttons and a close button. Colours come from the palette; the
// icon tells information from a warning or an error.
#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace corral::gui {

class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum Kind { Information, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    QString text() const;
    void setText(const QString &text);
    // Whether a close button is offered (it hides the banner).
    void setCloseable(bool closeable);
    // Adds a button after the text; the banner owns it.
    QPushButton *addButton(const QString &text);
    // Sets the kind and text, shows the banner and tells assistive technology.
    void showMessage(Kind kind, const QString &text);

Q_SIGNALS:
    void closed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();
    Kind m_kind = Information;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
    QToolButton *m_close;
};

} // namespace corral::gui
