#include "gui/screenshot.h"

#include "client/client.h"
#include "gui/appsview.h"
#include "gui/mainwindow.h"
#include "gui/snappage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

namespace corral::gui {
namespace {

// How long the helper may take to answer before the picture is given up.
constexpr int GiveUpMs = 60 * 1000;
// Time for the last layout and paint after the data arrived.
constexpr int SettleMs = 300;

bool showsWhatTheHelperSaid(MainWindow *window, client::Client *client)
{
    if (client->status() == client::Client::Unavailable)
        return true;
    if (client->status() != client::Client::Ready)
        return false;
    const AppsView *apps = window->appsView();
    return apps->currentSnap().isEmpty() || apps->page()->isLoaded();
}

} // namespace

void takeScreenshotWhenReady(MainWindow *window, client::Client *client, const QString &file)
{
    auto *poll = new QTimer(window);
    auto *elapsed = new QElapsedTimer;
    elapsed->start();
    poll->setInterval(50);
    QObject::connect(poll, &QTimer::timeout, window, [=] {
        if (!showsWhatTheHelperSaid(window, client) && elapsed->elapsed() < GiveUpMs)
            return;
        poll->stop();
        const bool ready = showsWhatTheHelperSaid(window, client);
        delete elapsed;
        if (!ready) {
            QTextStream(stderr) << QCoreApplication::translate("corral-permissions",
                "cannot take a screenshot: Corral's helper did not answer within a minute")
                                << Qt::endl;
            QCoreApplication::exit(1);
            return;
        }
        QTimer::singleShot(SettleMs, window, [window, file] {
            if (!window->grab().save(file)) {
                QTextStream(stderr) << QCoreApplication::translate(
                    "corral-permissions", "cannot save the screenshot to %1")
                                           .arg(file)
                                    << Qt::endl;
                QCoreApplication::exit(1);
                return;
            }
            QTextStream(stdout) << file << Qt::endl;
            QCoreApplication::exit(0);
        });
    });
    poll->start();
}

} // namespace corral::gui
