#include "gui/detailpage.h"

#include "client/client.h"
#include "gui/look.h"
#include "gui/plugrow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace corral::gui {

DetailPage::DetailPage(
    corral::client::Client *client, const QString &name, const QString &emptyText, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_scroll(new QScrollArea(this))
{
    setObjectName(name);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_empty->setText(emptyText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack->addWidget(m_scroll);

    m_content = new QWidget;
    m_content->setObjectName(name + QStringLiteral("Content"));
    const int unit = fontMetrics().height();
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(unit * 3 / 2, unit, unit * 3 / 2, unit * 3 / 2);
    m_layout->setSpacing(unit * 3 / 4);

    m_header = new QHBoxLayout;
    m_header->setSpacing(unit);
    m_icon = new QLabel(m_content);
    const int iconSize = largeIconSize(this) * 2;
    m_icon->setFixedSize(iconSize, iconSize);
    m_header->addWidget(m_icon, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(unit / 6);
    m_title = new QLabel(m_content);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setFont(scaledFont(font(), 1.6, true));
    m_subtitle = new SecondaryLabel(m_content);
    m_subtitle->setWordWrap(true);
    m_description = new QLabel(m_content);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    titles->addWidget(m_description);
    m_header->addLayout(titles, 1);
    m_layout->addLayout(m_header);
    m_scroll->setWidget(m_content);
}

void DetailPage::showItem(const QString &item, bool changed)
{
    if (changed)
        m_scroll->verticalScrollBar()->setValue(0);
    m_stack->setCurrentWidget(item.isEmpty() ? static_cast<QWidget *>(m_empty) : m_scroll);
}

void DetailPage::followRows(QAbstractItemModel *model)
{
    const auto rebuild = [this] { rebuildRows(); };
    connect(model, &QAbstractItemModel::modelReset, this, rebuild);
    connect(model, &QAbstractItemModel::rowsInserted, this, rebuild);
    connect(model, &QAbstractItemModel::rowsRemoved, this, rebuild);
    connect(model, &QAbstractItemModel::rowsMoved, this, rebuild);
    connect(model, &QAbstractItemModel::layoutChanged, this, rebuild);
    connect(model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &first, const QModelIndex &last) { refreshRows(first, last); });
}

void DetailPage::refreshRowsBetween(const QModelIndex &first, const QModelIndex &last)
{
    for (int i = first.row(); i <= last.row() && i < m_rows.size(); ++i)
        m_rows.at(i)->refresh();
}

PlugRow *DetailPage::row(const QString &plugRef) const
{
    for (PlugRow *row : m_rows) {
        if (row->plugRef() == plugRef)
            return row;
    }
    return nullptr;
}

} // namespace corral::gui
