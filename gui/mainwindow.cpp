#include "gui/mainwindow.h"

#include "client/client.h"
#include "gui/appsview.h"
#include "gui/busyindicator.h"
#include "gui/denialsview.h"
#include "gui/look.h"
#include "gui/messagebanner.h"
#include "gui/permissionsview.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace corral::gui {

using namespace corral::client;

MainWindow::MainWindow(Client *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_pages(new QStackedWidget(this))
    , m_loading(new QWidget(this))
    , m_unavailable(new QWidget(this))
    , m_unavailableMessage(new QLabel(this))
    , m_retry(new QPushButton(this))
    , m_content(new QWidget(this))
    , m_banner(new MessageBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_apps(new AppsView(client, this))
    , m_permissions(new PermissionsView(client, this))
    , m_denials(new DenialsView(client, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Corral Permissions"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("org.corral.Permissions"),
        themeIcon(
            { "preferences-system-privacy", "security-high" }, QStyle::SP_VistaShield, this)));
    setCentralWidget(m_pages);
    const int unit = fontMetrics().height();

    // Loading: only before the helper first answered.
    {
        auto *layout = new QVBoxLayout(m_loading);
        layout->addStretch(1);
        auto *busy = new BusyIndicator(m_loading);
        busy->setFixedSize(largeIconSize(this), largeIconSize(this));
        layout->addWidget(busy, 0, Qt::AlignHCenter);
        auto *label = new SecondaryLabel(tr("Asking Corral what is installed…"), m_loading);
        label->setAlignment(Qt::AlignCenter);
        layout->addWidget(label);
        layout->addStretch(1);
        m_pages->addWidget(m_loading);
    }

    // Unavailable: why, and Retry.
    {
        m_unavailable->setObjectName(QStringLiteral("unavailablePage"));
        auto *layout = new QVBoxLayout(m_unavailable);
        layout->setContentsMargins(unit * 3, unit * 3, unit * 3, unit * 3);
        layout->setSpacing(unit);
        layout->addStretch(1);
        auto *icon = new QLabel(m_unavailable);
        const int size = largeIconSize(this) * 2;
        icon->setPixmap(
            themeIcon({ "dialog-error", "computer-fail" }, QStyle::SP_MessageBoxCritical, this)
                .pixmap(QSize(size, size), devicePixelRatioF()));
        icon->setAlignment(Qt::AlignCenter);
        layout->addWidget(icon);
        auto *heading = new QLabel(tr("Corral’s helper cannot be reached"), m_unavailable);
        heading->setFont(scaledFont(font(), 1.4, true));
        heading->setAlignment(Qt::AlignCenter);
        heading->setWordWrap(true);
        layout->addWidget(heading);
        m_unavailableMessage->setObjectName(QStringLiteral("unavailableMessage"));
        m_unavailableMessage->setTextFormat(Qt::PlainText);
        m_unavailableMessage->setWordWrap(true);
        m_unavailableMessage->setAlignment(Qt::AlignCenter);
        m_unavailableMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(m_unavailableMessage);
        auto *hint
            = new SecondaryLabel(tr("Permissions are shown and changed by corral-helper, a system "
                                    "service started on demand. Check that Corral is installed "
                                    "and the system bus is running, then try again."),
                m_unavailable);
        hint->setWordWrap(true);
        hint->setAlignment(Qt::AlignCenter);
        layout->addWidget(hint);
        m_retry->setText(tr("&Retry"));
        m_retry->setObjectName(QStringLiteral("retryButton"));
        m_retry->setIcon(themeIcon({ "view-refresh" }, QStyle::SP_BrowserReload, this));
        m_retry->setAccessibleDescription(tr("Ask the helper again"));
        connect(m_retry, &QPushButton::clicked, this, [this] {
            if (m_client)
                m_client->refresh();
        });
        layout->addWidget(m_retry, 0, Qt::AlignHCenter);
        layout->addStretch(2);
        m_pages->addWidget(m_unavailable);
    }

    // The views, with the message bar above them.
    {
        auto *layout = new QVBoxLayout(m_content);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        auto *bannerBox = new QVBoxLayout;
        bannerBox->setContentsMargins(unit / 2, unit / 2, unit / 2, 0);
        bannerBox->addWidget(m_banner);
        layout->addLayout(bannerBox);
        m_banner->hide();
        connect(m_banner, &MessageBanner::closed, this, [this] { m_bannerForChange = false; });
        m_tabs->setObjectName(QStringLiteral("viewTabs"));
        m_tabs->setDocumentMode(true);
        m_tabs->addTab(m_apps, tr("&Apps"));
        m_tabs->setTabToolTip(0, tr("What each app may use"));
        m_tabs->addTab(m_permissions, tr("&Permissions"));
        m_tabs->setTabToolTip(1, tr("Which apps may use each permission"));
        m_tabs->addTab(m_denials, tr("&Denials"));
        m_tabs->setTabToolTip(2, tr("What the sandbox recently refused your apps"));
        connect(m_denials, &DenialsView::snapActivated, this, [this](const QString &snap) {
            showAppsView();
            m_apps->selectSnap(snap);
        });
        m_tabs->setAccessibleName(tr("Views"));
        layout->addWidget(m_tabs, 1);
        m_pages->addWidget(m_content);
    }

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, &MainWindow::focusSearch);
    auto *reload = new QShortcut(QKeySequence::Refresh, this);
    connect(reload, &QShortcut::activated, this, [this] {
        if (m_client)
            m_client->refresh();
    });
    auto *quit = new QShortcut(QKeySequence::Quit, this);
    connect(quit, &QShortcut::activated, this, &QWidget::close);

    if (client) {
        connect(client, &Client::statusChanged, this, &MainWindow::updateStatus);
        connect(client, &Client::changeFinished, this, &MainWindow::changeFinished);
        connect(client, &Client::snapsReset, this, &MainWindow::checkRequest);
        connect(client, &Client::interfacesReset, this, &MainWindow::checkRequest);
    }
    resize(1000, 680);
    updateStatus();
}

void MainWindow::open(const StartOptions &options)
{
    m_request = options;
    m_snapChecked = options.snap.isEmpty();
    m_interfaceChecked = options.interface.isEmpty();
    if (options.denials)
        showDenialsView();
    else if (options.byPermission)
        showPermissionsView();
    else
        showAppsView();
    if (!options.snap.isEmpty())
        m_apps->selectSnap(options.snap);
    if (!options.interface.isEmpty())
        m_permissions->selectInterface(options.interface);
    checkRequest();
}

void MainWindow::showAppsView()
{
    m_tabs->setCurrentWidget(m_apps);
}

void MainWindow::showPermissionsView()
{
    m_tabs->setCurrentWidget(m_permissions);
}

void MainWindow::showDenialsView()
{
    m_tabs->setCurrentWidget(m_denials);
}

void MainWindow::checkRequest()
{
    // Once the helper has said what is installed, a name on the command line that is not
    // there is said so.
    if (!m_client || m_client->status() != Client::Ready)
        return;
    if (!m_snapChecked) {
        m_snapChecked = true;
        if (!m_client->snap(m_request.snap)) {
            m_banner->showMessage(
                MessageBanner::Warning, tr("“%1” is not installed.").arg(m_request.snap));
            m_bannerForChange = false;
        } else {
            m_apps->selectSnap(m_request.snap);
        }
    }
    if (!m_interfaceChecked && !m_client->interfaces().isEmpty()) {
        m_interfaceChecked = true;
        if (!m_client->interfaceInfo(m_request.interface)) {
            m_banner->showMessage(MessageBanner::Warning,
                tr("Corral knows no permission called “%1”.").arg(m_request.interface));
            m_bannerForChange = false;
        } else {
            m_permissions->selectInterface(m_request.interface);
        }
    }
}

void MainWindow::updateStatus()
{
    if (!m_client) {
        m_pages->setCurrentWidget(m_unavailable);
        return;
    }
    switch (m_client->status()) {
    case Client::Loading:
        // A reload after the first keeps the views: they update in place.
        if (!m_wasReady)
            m_pages->setCurrentWidget(m_loading);
        m_retry->setEnabled(false);
        break;
    case Client::Ready:
        m_wasReady = true;
        m_retry->setEnabled(true);
        m_pages->setCurrentWidget(m_content);
        checkRequest();
        break;
    case Client::Unavailable:
        m_retry->setEnabled(true);
        m_unavailableMessage->setText(m_client->statusMessage());
        m_pages->setCurrentWidget(m_unavailable);
        break;
    }
}

void MainWindow::changeFinished(
    const QStringList &, bool ok, int failureKind, const QString &message)
{
    if (ok) {
        // A change that went through makes an earlier failure old news.
        if (m_bannerForChange)
            m_banner->hide();
        m_bannerForChange = false;
        return;
    }
    m_bannerForChange = true;
    if (failureKind == Failure::Cancelled)
        m_banner->showMessage(
            MessageBanner::Information, tr("Not changed: authentication was cancelled."));
    else
        m_banner->showMessage(MessageBanner::Warning, tr("Not changed: %1").arg(message));
}

void MainWindow::focusSearch()
{
    QLineEdit *search = m_tabs->currentWidget() == m_permissions ? m_permissions->searchField()
                                                                 : m_apps->searchField();
    search->setFocus(Qt::ShortcutFocusReason);
    search->selectAll();
}

} // namespace corral::gui
