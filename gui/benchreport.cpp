#include "gui/benchreport.h"

#include "client/client.h"
#include "client/models.h"
#include "gui/appsview.h"
#include "gui/mainwindow.h"
#include "gui/permissionsview.h"
#include "gui/plugrow.h"
#include "gui/snappage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QListView>
#include <QMouseEvent>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace corral::gui {
namespace {

// Between two switches, so that each starts from a window at rest.
constexpr int PauseMs = 150;
constexpr int SettleCheckMs = 20;

double clockMs(clockid_t clock)
{
    timespec now {};
    ::clock_gettime(clock, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Milliseconds since this process started: /proc/self/stat gives its start in clock ticks
// since boot, which CLOCK_BOOTTIME counts too.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may hold spaces; the fields after it do not. starttime is
    // field 22, the 20th after the name.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    bool ok = false;
    const qulonglong ticks = fields.value(19).toULongLong(&ok);
    if (!ok)
        return -1;
    return clockMs(CLOCK_BOOTTIME) - double(ticks) * 1e3 / double(::sysconf(_SC_CLK_TCK));
}

// A field of /proc/self/status in KiB ("VmRSS", "VmHWM"), or -1.
long statusKib(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').constFirst().toLong();
    }
    return -1;
}

class BenchReport : public QObject
{
public:
    BenchReport(MainWindow *window, client::Client *client, int switches)
        : QObject(window)
        , m_client(client)
        , m_list(window->appsView()->snapList())
        , m_page(window->appsView()->page())
        , m_interfacePage(window->permissionsView()->page())
        , m_switches(switches)
        , m_windowAt(clockMs(CLOCK_MONOTONIC))
    {
        QCoreApplication::instance()->installEventFilter(this);
        connect(client, &client::Client::statusChanged, this, [this] {
            if (m_readyAt == 0 && m_client->status() == client::Client::Ready)
                m_readyAt = clockMs(CLOCK_MONOTONIC);
        });
        // Connected after the page's own handler: the rows are built when this runs.
        connect(m_page->plugModel(), &QAbstractItemModel::modelReset, this, [this] {
            if (m_switching && m_loadedAt == 0 && m_page->snap() == m_target && m_page->isLoaded())
                m_loadedAt = clockMs(CLOCK_MONOTONIC);
        });
        // The "Permissions" tab chooses its first interface once every plug is in: until
        // then the app is still busy starting. Its page builds the rows when it is first
        // shown (or at once, when the tab is the one shown).
        connect(m_interfacePage->plugModel(), &QAbstractItemModel::modelReset, this, [this] {
            const qsizetype rows = m_interfacePage->plugModel()->rowCount();
            if (rows > 0
                && (m_interfacePage->rowsWaiting() || m_interfacePage->rows().size() == rows)) {
                m_settledAt = clockMs(CLOCK_MONOTONIC);
                m_settledCpu = clockMs(CLOCK_PROCESS_CPUTIME_ID);
                m_interfaceRows = int(m_interfacePage->rows().size());
            }
        });
    }

protected:
    // Sees every event before its receiver; only paint events matter. The work is done in
    // a zero timer, which runs once the paint it follows has been flushed to the screen.
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint)
            return false;
        if (!m_firstPaint && watched == m_list->viewport() && m_client
            && m_client->status() == client::Client::Ready && m_list->model()->rowCount() > 0) {
            m_firstPaint = true;
            m_firstPaintRows = m_list->model()->rowCount();
            QTimer::singleShot(0, this, [this] { firstPaintDone(); });
        } else if (m_switching && !m_switchPainted && m_page->snap() == m_target
            && m_page->isLoaded() && isPermissionRow(watched)) {
            m_switchPainted = true;
            QTimer::singleShot(0, this, [this] { switchDone(); });
        }
        return false;
    }

private:
    bool isPermissionRow(QObject *object) const
    {
        const QList<PlugRow *> rows = m_page->rows();
        return std::any_of(
            rows.cbegin(), rows.cend(), [object](const PlugRow *row) { return row == object; });
    }

    void firstPaintDone()
    {
        std::fprintf(stderr,
            "corral-bench: first-paint %.0f rows %d cpu %.1f rss-kib %ld hwm-kib %ld at %.3f "
            "window-at %.3f ready-at %.3f\n",
            msSinceProcessStart(), m_firstPaintRows, clockMs(CLOCK_PROCESS_CPUTIME_ID),
            statusKib("VmRSS"), statusKib("VmHWM"), clockMs(CLOCK_MONOTONIC), m_windowAt,
            m_readyAt);
        QTimer::singleShot(PauseMs, this, [this] { nextSwitch(); });
    }

    // Scrolls the next snap into view (untimed, as a person scrolls before clicking), and
    // clicks it once the list has settled. The snaps are spread over the list, each one
    // different, so none of their details has been loaded before.
    void nextSwitch()
    {
        if (m_done == 0 && !m_settledReported) {
            // The first switch waits until the start's work is done (ten seconds at most),
            // so that it is not measured with it.
            if (m_settledAt == 0 && m_settleWaits++ < 10000 / SettleCheckMs) {
                QTimer::singleShot(SettleCheckMs, this, [this] { nextSwitch(); });
                return;
            }
            m_settledReported = true;
            std::fprintf(stderr,
                "corral-bench: settled %.3f interface-rows %d cpu %.1f rss-kib %ld\n", m_settledAt,
                m_interfaceRows, m_settledCpu, statusKib("VmRSS"));
        }
        const int rows = m_list->model()->rowCount();
        if (m_done == m_switches || rows < 2) {
            std::fprintf(stderr, "corral-bench: done\n");
            return;
        }
        int row = (1 + m_done * rows / m_switches) % rows;
        if (m_list->currentIndex().row() == row)
            row = (row + 1) % rows;
        const QPersistentModelIndex index(m_list->model()->index(row, 0));
        m_list->scrollTo(index);
        QTimer::singleShot(PauseMs, this, [this, index] { click(index); });
    }

    void click(const QPersistentModelIndex &index)
    {
        m_target = index.data(client::NameRole).toString();
        const QPointF point = m_list->visualRect(index).center();
        const QPointF global = m_list->viewport()->mapToGlobal(point);
        QMouseEvent press(QEvent::MouseButtonPress, point, global, Qt::LeftButton, Qt::LeftButton,
            Qt::NoModifier);
        QMouseEvent release(QEvent::MouseButtonRelease, point, global, Qt::LeftButton, Qt::NoButton,
            Qt::NoModifier);
        m_switching = true;
        m_switchPainted = false;
        m_loadedAt = 0;
        m_switchStart = clockMs(CLOCK_MONOTONIC);
        m_switchCpuStart = clockMs(CLOCK_PROCESS_CPUTIME_ID);
        QCoreApplication::sendEvent(m_list->viewport(), &press);
        QCoreApplication::sendEvent(m_list->viewport(), &release);
        if (m_page->snap() != m_target) {
            std::fprintf(stderr, "corral-bench: cannot switch to %s: the click did not choose it\n",
                qUtf8Printable(m_target));
            m_switching = false;
            std::fprintf(stderr, "corral-bench: done\n");
        }
    }

    void switchDone()
    {
        const double now = clockMs(CLOCK_MONOTONIC);
        std::fprintf(stderr, "corral-bench: switch %.3f snap %s loaded %.3f cpu %.1f rss-kib %ld\n",
            now - m_switchStart, qUtf8Printable(m_target),
            (m_loadedAt > 0 ? m_loadedAt : now) - m_switchStart,
            clockMs(CLOCK_PROCESS_CPUTIME_ID) - m_switchCpuStart, statusKib("VmRSS"));
        m_switching = false;
        ++m_done;
        QTimer::singleShot(PauseMs, this, [this] { nextSwitch(); });
    }

    QPointer<client::Client> m_client;
    QListView *m_list;
    SnapPage *m_page;
    InterfacePage *m_interfacePage;
    const int m_switches;
    const double m_windowAt; // CLOCK_MONOTONIC, ms
    double m_readyAt = 0;
    bool m_firstPaint = false;
    int m_firstPaintRows = 0;
    int m_done = 0;
    bool m_switching = false;
    bool m_switchPainted = false;
    QString m_target;
    double m_switchStart = 0;
    double m_switchCpuStart = 0;
    double m_loadedAt = 0;
    double m_settledAt = 0;
    double m_settledCpu = 0;
    int m_interfaceRows = 0;
    int m_settleWaits = 0;
    bool m_settledReported = false;
};

} // namespace

void installBenchReport(MainWindow *window, client::Client *client)
{
    if (qEnvironmentVariableIntValue("CORRAL_BENCH_REPORT") != 1)
        return;
    new BenchReport(window, client, qEnvironmentVariableIntValue("CORRAL_BENCH_SWITCH"));
}

} // namespace corral::gui
