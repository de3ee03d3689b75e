// The small pieces of corral-permissions' look, all taken from the desktop's palette, font
// and style so that light, dark and high-contrast themes and HiDPI screens come out right:
// colours mixed from palette roles, a label for secondary text, a card that groups rows,
// chips (small rounded tags), icon sizes from the style.
#pragma once

#include <QFrame>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QStyle>

#include <initializer_list>

class QHBoxLayout;
class QVBoxLayout;

class QAbstractItemView;
class QPainter;

namespace corral::gui {

// `a` with `amountOfB` (0…1) of `b` mixed in.
QColor mixColors(const QColor &a, const QColor &b, qreal amountOfB);
// Text that matters less than the text beside it (descriptions, secondary lines).
QColor secondaryTextColor(const QPalette &palette);
// Lines between rows and around cards.
QColor separatorColor(const QPalette &palette);
// A background that sets something apart from the window without shouting.
QColor tintColor(const QPalette &palette);

// Icon sizes from the style (scaled by Qt on HiDPI screens).
int smallIconSize(const QWidget *widget);
int largeIconSize(const QWidget *widget);
// The layout of a row in a page's list (a permission, a denial): margins and spacing from
// the row's font, and `icon` at the large size on the left, at the top. Its text column
// goes next (rowTextColumn).
QHBoxLayout *rowLayout(QWidget *row, QLabel *icon);
// The column of a row's texts, tightly spaced.
QVBoxLayout *rowTextColumn(const QWidget *row);

// Outside a desktop session Qt may know no icon theme, and every icon would fall back to the
// style's few: then the first installed of the common desktop themes is used. Called once,
// before the first window is built.
void ensureIconTheme();

// The first of `names` the icon theme has, or the style's `fallback`.
QIcon themeIcon(std::initializer_list<const char *> names, QStyle::StandardPixmap fallback,
    const QWidget *widget = nullptr);
// A snap's icon (its meta/gui icon when readable, a generic application icon otherwise).
QIcon snapIcon(const QString &iconPath);
// An icon for an interface, by its name, else its category.
QIcon interfaceIcon(const QString &interface, const QString &category);

// `font` scaled by `factor`, optionally semi-bold: headings.
QFont scaledFont(const QFont &font, qreal factor, bool bold = false);

// A label for secondary text: the palette's text colour toned down toward the background,
// recomputed at each paint so a palette change is followed at once.
class SecondaryLabel : public QLabel
{
    Q_OBJECT
public:
    explicit SecondaryLabel(QWidget *parent = nullptr);
    explicit SecondaryLabel(const QString &text, QWidget *parent = nullptr);
    // Emphasized text is drawn in a colour near the highlight instead: what a person set.
    void setEmphasized(bool emphasized);
    bool isEmphasized() const { return m_emphasized; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    bool m_emphasized = false;
};

// Text in a colour near the highlight, readable on the window.
QColor emphasisTextColor(const QPalette &palette);

// Rows on a common background with thin lines between them, as settings panels group
// related switches.
class Card : public QFrame
{
    Q_OBJECT
public:
    explicit Card(QWidget *parent = nullptr);
    // Appends a row; the card owns it.
    void addRow(QWidget *row);
    // Removes and deletes every row.
    void clear();
    // Removes the last row without deleting it (null when there is none): it stays a
    // hidden child of the card until it is added to a card again.
    QWidget *takeLastRow();
    QList<QWidget *> rows() const { return m_rows; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<QWidget *> m_rows;
};

// The search field above a list: a search icon, a clear button, accessible names, and the
// arrow keys moving through the list while the text keeps the focus, as in launchers.
class SearchField : public QLineEdit
{
    Q_OBJECT
public:
    SearchField(QAbstractItemView *list, const QString &placeholder, QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QAbstractItemView *m_list;
};

// A small rounded tag ("Changed", "Developer mode") painted inside list rows.
struct Chip
{
    enum Kind {
        Accent, // filled with the highlight colour
        Neutral, // outlined
        Attention, // tinted, for what deserves a second look
    };
    QString text;
    Kind kind = Neutral;
    QString toolTip;
};
// The size a chip takes with `font`.
QSize chipSize(const QFont &font, const QString &text);
// Paints a chip at `rect` (of chipSize()); `selected` when on a selected row.
void paintChip(
    QPainter *painter, const QRect &rect, const Chip &chip, const QPalette &palette, bool selected);

} // namespace corral::gui
