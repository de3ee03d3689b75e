#include "gui/denialsview.h"

#include "client/client.h"
#include "client/models.h"
#include "gui/look.h"

#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace corral::gui {

using namespace corral::client;

DenialList::DenialList(Client *client, DenialRow::Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_mode(mode)
    , m_model(new DenialListModel(this))
    , m_placeholder(new SecondaryLabel(this))
    , m_card(new Card(this))
    , m_more(new SecondaryLabel(this))
    , m_ageing(new QTimer(this))
{
    setObjectName(QStringLiteral("denialList"));
    const int unit = fontMetrics().height();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit / 3);
    m_placeholder->setObjectName(QStringLiteral("denialPlaceholder"));
    m_placeholder->setWordWrap(true);
    layout->addWidget(m_placeholder);
    m_card->setObjectName(QStringLiteral("denialCard"));
    layout->addWidget(m_card);
    m_more->setWordWrap(true);
    layout->addWidget(m_more);

    const auto rebuildRows = [this] { rebuild(); };
    connect(m_model, &QAbstractItemModel::modelReset, this, rebuildRows);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, rebuildRows);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, rebuildRows);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, rebuildRows);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DenialList::refresh);
    connect(m_model, &DenialListModel::loadedChanged, this, &DenialList::updatePlaceholder);
    // Minutes are what the relative times count.
    m_ageing->setInterval(30 * 1000);
    connect(m_ageing, &QTimer::timeout, m_model, &DenialListModel::refreshTimes);
    m_ageing->start();
    m_model->setClient(client);
    rebuild();
}

void DenialList::rebuild()
{
    // A denial is rarely more than a few a minute; the rows are made again from the model.
    setUpdatesEnabled(false);
    const int shown = qMin(m_model->rowCount(), MaxRows);
    QList<QWidget *> kept = m_card->rows();
    m_rows.clear();
    for (int row = 0; row < shown; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (row < kept.size()) {
            auto *existing = static_cast<DenialRow *>(kept.at(row));
            existing->setIndex(index);
            m_rows << existing;
            continue;
        }
        auto *added = new DenialRow(m_client, m_mode, index, m_card);
        connect(added, &DenialRow::snapActivated, this, &DenialList::snapActivated);
        m_card->addRow(added);
        m_rows << added;
    }
    while (m_card->rows().size() > shown)
        delete m_card->takeLastRow();
    const int hidden = m_model->rowCount() - shown;
    m_more->setText(hidden == 1 ? tr("One older denial is not shown.")
                                : tr("%n older denials are not shown.", nullptr, hidden));
    m_more->setVisible(hidden > 0);
    updatePlaceholder();
    setUpdatesEnabled(true);
    Q_EMIT rowsRebuilt();
}

void DenialList::refresh(const QModelIndex &first, const QModelIndex &last)
{
    for (int i = first.row(); i <= last.row() && i < m_rows.size(); ++i)
        m_rows.at(i)->refresh();
}

void DenialList::updatePlaceholder()
{
    const bool empty = m_model->rowCount() == 0;
    if (!m_model->isLoaded())
        m_placeholder->setText(tr("Asking Corral what was blocked…"));
    else
        m_placeholder->setText(tr("Nothing was blocked recently."));
    m_placeholder->setVisible(empty);
    m_card->setVisible(!empty);
}

DenialRow *DenialList::row(const QString &key) const
{
    for (DenialRow *row : m_rows) {
        if (row->key() == key)
            return row;
    }
    return nullptr;
}

QList<QWidget *> DenialList::focusOrder() const
{
    QList<QWidget *> order;
    for (const DenialRow *row : m_rows)
        order << row->focusOrder();
    return order;
}

DenialsView::DenialsView(Client *client, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("denialsView"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("denialsViewContent"));
    const int unit = fontMetrics().height();
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(unit * 3 / 2, unit, unit * 3 / 2, unit * 3 / 2);
    layout->setSpacing(unit * 3 / 4);
    auto *heading = new QLabel(tr("Recently blocked"), content);
    heading->setTextFormat(Qt::PlainText);
    heading->setFont(scaledFont(font(), 1.6, true));
    layout->addWidget(heading);
    auto *intro = new SecondaryLabel(
        tr("What the sandbox refused your apps lately, newest first, and which permission "
           "would have allowed it. An app that stopped working often tried one of these."),
        content);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new DenialList(client, DenialRow::ForAll, content);
    connect(m_list, &DenialList::snapActivated, this, &DenialsView::snapActivated);
    layout->addWidget(m_list);
    layout->addStretch(1);
    scroll->setWidget(content);
}

} // namespace corral::gui
