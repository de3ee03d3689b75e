#include "gui/listdetailview.h"

#include "client/client.h"
#include "client/models.h"
#include "gui/listdelegate.h"
#include "gui/look.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace corral::gui {

using namespace corral::client;

ListDetailView::ListDetailView(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_listStack(new QStackedWidget(this))
    , m_list(new QListView(this))
    , m_noMatch(new QLabel(this))
    , m_splitter(new QSplitter(this))
{ }

void ListDetailView::setUp(
    QAbstractItemModel *items, ListDelegate *delegate, QWidget *page, const Texts &texts)
{
    m_items = items;
    m_delegate = delegate;
    m_texts = texts;

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    auto *side = new QWidget(m_splitter);
    auto *sideLayout = new QVBoxLayout(side);
    const int unit = fontMetrics().height();
    sideLayout->setContentsMargins(unit / 2, unit / 2, 0, unit / 2);
    sideLayout->setSpacing(unit / 2);
    m_search = new SearchField(m_list, texts.searchPlaceholder, side);
    sideLayout->addWidget(m_search);

    m_list->setModel(m_items);
    m_list->setItemDelegate(m_delegate);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(texts.listName);
    m_listStack->addWidget(m_list);
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->setWordWrap(true);
    m_noMatch->setTextFormat(Qt::PlainText);
    m_listStack->addWidget(m_noMatch);
    sideLayout->addWidget(m_listStack, 1);
    side->setMinimumWidth(unit * 14);

    m_splitter->addWidget(side);
    m_splitter->addWidget(page);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({ unit * 20, unit * 42 });
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        setFilterText(text);
        updateNoMatch();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { currentChanged(current); });
    connect(m_items, &QAbstractItemModel::modelReset, this, &ListDetailView::restoreSelection);
    connect(m_items, &QAbstractItemModel::layoutChanged, this, &ListDetailView::restoreSelection);
    connect(m_items, &QAbstractItemModel::rowsInserted, this, &ListDetailView::restoreSelection);
    connect(m_items, &QAbstractItemModel::modelReset, this, &ListDetailView::updateNoMatch);
    connect(m_items, &QAbstractItemModel::rowsInserted, this, &ListDetailView::updateNoMatch);
    connect(m_items, &QAbstractItemModel::rowsRemoved, this, &ListDetailView::updateNoMatch);
    restoreSelection();
    updateNoMatch();
}

void ListDetailView::showRow(const QString &name, int row)
{
    m_current = name;
    const QModelIndex index = m_items->index(row, 0);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    showItem(name);
}

void ListDetailView::currentChanged(const QModelIndex &current)
{
    // A row the search takes away keeps its page; another row chosen shows its own.
    if (!current.isValid())
        return;
    m_current = current.data(NameRole).toString();
    showItem(m_current);
}

void ListDetailView::restoreSelection()
{
    if (m_items->rowCount() == 0)
        return;
    int row = m_current.isEmpty() ? -1 : rowOf(m_current);
    if (row < 0) {
        // Hidden by the search, or kept for another reason: it stays on the page.
        // Otherwise the first row.
        if (!m_current.isEmpty() && keepsShown(m_current))
            return;
        row = 0;
    }
    const QModelIndex index = m_items->index(row, 0);
    if (m_list->currentIndex() != index)
        m_list->setCurrentIndex(index);
    if (shownItem() != index.data(NameRole).toString())
        showItem(index.data(NameRole).toString());
}

void ListDetailView::updateNoMatch()
{
    if (m_items->rowCount() > 0) {
        m_listStack->setCurrentWidget(m_list);
        return;
    }
    if (!m_search->text().isEmpty())
        m_noMatch->setText(m_texts.noMatch.arg(m_search->text()));
    else if (m_client && m_client->status() == Client::Ready)
        m_noMatch->setText(m_texts.empty);
    else
        m_noMatch->setText(QString());
    m_listStack->setCurrentWidget(m_noMatch);
}

} // namespace corral::gui
