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
    const int gap = margin / 2;
    const int iconSize = largeIconSize(m_view);
    g.icon = QRect(rect.left() + margin, rect.top() + margin, iconSize, iconSize);
    const int textLeft = g.icon.right() + 1 + margin;
    const int textWidth = qMax(0, rect.right() - margin - textLeft + 1);

    const QFont bold = titleFont(font);
    const QFontMetrics boldMetrics(bold);
    const QFont small = chipFont(font);
    QList<QSize> chipSizes;
    int chipsWidth = 0;
    for (const Chip &chip : content.chips) {
        chipSizes << chipSize(small, chip.text);
        chipsWidth += chipSizes.constLast().width() + (chipsWidth > 0 ? gap : 0);
    }
    // Chips beside the title when both fit on one line, else on a line of their own.
    const bool chipsBeside = content.chips.isEmpty()
        || boldMetrics.horizontalAdvance(content.title) + margin + chipsWidth <= textWidth;
    const int titleWidth
        = chipsBeside && !content.chips.isEmpty() ? textWidth - chipsWidth - margin : textWidth;
    g.titleLines = wrap(content.title, bold, titleWidth, MaxTitleLines, &g.titleElided);
    g.title = QRect(textLeft, rect.top() + margin, titleWidth,
        int(qMax<qsizetype>(1, g.titleLines.size())) * boldMetrics.lineSpacing());

    g.subtitleLines = wrap(content.subtitle, font, textWidth, MaxSubtitleLines, &g.subtitleElided);
    g.subtitle = QRect(textLeft, g.title.bottom() + 1, textWidth,
        int(g.subtitleLines.size()) * metrics.lineSpacing());
    g.bottom = g.subtitle.bottom() + 1;

    if (chipsBeside) {
        int x = textLeft + textWidth;
        for (int i = int(chipSizes.size()) - 1; i >= 0; --i) {
            x -= chipSizes.at(i).width();
            g.chips.prepend(QRect(
                QPoint(x, g.title.top() + (boldMetrics.height() - chipSizes.at(i).height()) / 2),
                chipSizes.at(i)));
            x -= gap;
        }
    } else {
        int x = textLeft;
        const int top = g.bottom + gap / 2;
        for (const QSize &size : std::as_const(chipSizes)) {
            g.chips << QRect(QPoint(x, top), size);
            x += size.width() + gap;
        }
        if (!chipSizes.isEmpty())
            g.bottom = top + chipSizes.constFirst().height();
    }
    return g;
}

QSize ListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Content c = content(index);
    const QFontMetrics metrics(option.font);
    const int margin = metrics.height() / 2;
    const Geometry g = geometry(QRect(0, 0, viewWidth(), 1000), option.font, c);
    const int height = qMax(g.bottom, g.icon.bottom() + 1) + margin;
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
    const int titleSpacing = QFontMetrics(bold).lineSpacing();
    for (int i = 0; i < g.titleLines.size(); ++i) {
        const QRect line(
            g.title.left(), g.title.top() + i * titleSpacing, g.title.width(), titleSpacing);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, g.titleLines.at(i));
    }
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
