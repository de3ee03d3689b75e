// Paints the rows of corral-permissions' lists: an icon, a title and a secondary text, each
// wrapped over a few lines, and chips: on the title's line when they fit beside it, on a
// line of their own below otherwise. Subclasses say what a row holds.
#pragma once

#include "gui/look.h"

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace corral::gui {

class ListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    struct Content
    {
        QIcon icon;
        QString title;
        QString subtitle;
        QList<Chip> chips;
    };

    explicit ListDelegate(QAbstractItemView *view);

    virtual Content content(const QModelIndex &index) const = 0;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    // Whether the row shows less than its whole title or subtitle at the view's width.
    bool elides(const QModelIndex &index) const;

    static constexpr int MaxTitleLines = 3;
    static constexpr int MaxSubtitleLines = 2;

private:
    struct Geometry
    {
        QRect icon;
        QRect title;
        QStringList titleLines;
        QList<QRect> chips;
        QRect subtitle;
        QStringList subtitleLines;
        bool titleElided = false;
        bool subtitleElided = false;
        int bottom = 0; // below the last thing drawn
    };
    Geometry geometry(const QRect &rect, const QFont &font, const Content &content) const;
    int viewWidth() const;

    QAbstractItemView *m_view;
};

} // namespace corral::gui
