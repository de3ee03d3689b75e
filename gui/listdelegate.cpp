#include "gui/listdelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextLayout>
#include <QToolTip>

namespace corral::gui {

namespace {

QFont titleFont(const QFont &font)
{
    QFont bold = font;
    bold.setWeight(QFont::DemiBold);
    return bold;
}

QFont chipFont(const QFont &font)
{
    return scaledFont(font, 0.85);
}

// `text` broken into at most `maxLines` lines of `width`, the last one elided when more
// would be needed.
QStringList wrap(const QString &text, const QFont &font, int width, int maxLines, bool *elided)
{
    *elided = false;
    QStringList lines;
    if (text.isEmpty() || width <= 0)
        return lines;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            const QString rest = text.mid(line.textStart());
            const QString shown = QFontMetrics(font).elidedText(rest, Qt::ElideRight, width);
            *elided = shown != rest;
            lines << shown;
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

} // namespace

ListDelegate::ListDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{ }

int ListDelegate::viewWidth() const
{
    return m_view->viewport()->width();
}

ListDelegate::Geometry ListDelegate::geometry(
    const QRect &rect, const QFont &font, const Content &content) const
{
    Geometry g;
    const QFontMetrics metrics(font);
    const int margin = metrics.height() / 2;
    const int iconSize = largeIconSize(m_view);
    g.icon = QRect(rect.left() + margin, rect.top() + margin, iconSize, iconSize);
    const int textLeft = g.icon.right() + 1 + margin;
    const int textRight = rect.right() - margin;

    // Chips from the right edge leftwards, on the title's line.
    const QFont small = chipFont(font);
    const int titleHeight = QFontMetrics(titleFont(font)).height();
    int chipsLeft = textRight + 1;
    for (const Chip &chip : content.chips) {
        const QSize size = chipSize(small, chip.text);
        chipsLeft -= size.width();
        g.chips.prepend(QRect(
            QPoint(chipsLeft, rect.top() + margin + (titleHeight - size.height()) / 2), size));
        chipsLeft -= margin / 2;
    }
    const int titleWidth
        = qMax(0, chipsLeft - textLeft - (content.chips.isEmpty() ? 0 : margin / 2));
    g.title = QRect(textLeft, rect.top() + margin, titleWidth, titleHeight);
    g.titleElided = QFontMetrics(titleFont(font)).horizontalAdvance(content.title) > titleWidth;

    const int subtitleWidth = qMax(0, textRight - textLeft + 1);
    g.subtitleLines
        = wrap(content.subtitle, font, subtitleWidth, MaxSubtitleLines, &g.subtitleElided);
    g.subtitle = QRect(textLeft, g.title.bottom() + 1, subtitleWidth,
        int(g.subtitleLines.size()) * metrics.lineSpacing());
    return g;
}

QSize ListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Content c = content(index);
    const QFontMetrics metrics(option.font);
    const int margin = metrics.height() / 2;
    const Geometry g = geometry(QRect(0, 0, viewWidth(), 1000), option.font, c);
    const int textHeight = g.subtitle.bottom() + 1;
    const int height = qMax(textHeight, g.icon.bottom() + 1) + margin;
    return QSize(viewWidth(), height);
}

bool ListDelegate::elides(const QModelIndex &index) const
{
    const Geometry g = geometry(QRect(0, 0, viewWidth(), 1000), m_view->font(), content(index));
    return g.titleElided || g.subtitleElided;
}

void ListDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The item's background (selection, hover, focus) as the style draws it.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const Content c = content(index);
    const Geometry g = geometry(option.rect, option.font, c);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (option.state & QStyle::State_Active)                                ? QPalette::Active
                                                                               : QPalette::Inactive;
    QPalette palette = option.palette;
    palette.setCurrentColorGroup(group);
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor secondary
        = mixColors(text, palette.color(selected ? QPalette::Highlight : QPalette::Base), 0.3);

    painter->save();
    c.icon.paint(painter, g.icon, Qt::AlignCenter, selected ? QIcon::Selected : QIcon::Normal);
    const QFont bold = titleFont(option.font);
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(g.title, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(c.title, Qt::ElideRight, g.title.width()));
    painter->setFont(chipFont(option.font));
    for (int i = 0; i < c.chips.size(); ++i)
        paintChip(painter, g.chips.at(i), c.chips.at(i), palette, selected);
    painter->setFont(option.font);
    painter->setPen(secondary);
    const int lineSpacing = QFontMetrics(option.font).lineSpacing();
    for (int i = 0; i < g.subtitleLines.size(); ++i) {
        const QRect line(
            g.subtitle.left(), g.subtitle.top() + i * lineSpacing, g.subtitle.width(), lineSpacing);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, g.subtitleLines.at(i));
    }
    painter->restore();
}

bool ListDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const Content c = content(index);
    const Geometry g = geometry(option.rect, option.font, c);
    for (int i = 0; i < c.chips.size(); ++i) {
        if (g.chips.at(i).contains(event->pos()) && !c.chips.at(i).toolTip.isEmpty()) {
            QToolTip::showText(event->globalPos(), c.chips.at(i).toolTip, view, g.chips.at(i));
            return true;
        }
    }
    QStringList lines { c.title };
    if (!c.subtitle.isEmpty())
        lines << c.subtitle;
    QToolTip::showText(event->globalPos(), lines.join(QLatin1Char('\n')), view, option.rect);
    return true;
}

} // namespace corral::gui
