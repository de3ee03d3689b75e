// corral-permissions' window: the "Apps", "Permissions" and "Denials" views in tabs, a message bar
// for changes that did not go through, a page saying why when the helper cannot be reached (with
// Retry), and a "loading" page for the first moments. It follows the Client's status and never
// waits for the helper.
#pragma once

#include "gui/startoptions.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace corral::client {
class Client;
}

namespace corral::gui {

class AppsView;
class DenialsView;
class MessageBanner;
class PermissionsView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(corral::client::Client *client, QWidget *parent = nullptr);

    // Opens the view, snap or interface the command line asked for, as soon as the helper
    // has said what there is.
    void open(const StartOptions &options);
    void showAppsView();
    void showPermissionsView();
    void showDenialsView();

    AppsView *appsView() const { return m_apps; }
    PermissionsView *permissionsView() const { return m_permissions; }
    DenialsView *denialsView() const { return m_denials; }
    QTabWidget *tabs() const { return m_tabs; }
    MessageBanner *messageBanner() const { return m_banner; }
    QStackedWidget *pages() const { return m_pages; }
    QWidget *unavailablePage() const { return m_unavailable; }
    QLabel *unavailableMessage() const { return m_unavailableMessage; }
    QPushButton *retryButton() const { return m_retry; }

private:
    void updateStatus();
    void changeFinished(const QStringList &plugs, bool ok, int failureKind, const QString &message);
    void checkRequest();
    void focusSearch();

    QPointer<corral::client::Client> m_client;
    StartOptions m_request;
    bool m_snapChecked = true;
    bool m_interfaceChecked = true;
    bool m_bannerForChange = false; // the banner tells about a change that did not go through
    bool m_wasReady = false;

    QStackedWidget *m_pages;
    QWidget *m_loading;
    QWidget *m_unavailable;
    QLabel *m_unavailableMessage;
    QPushButton *m_retry;
    QWidget *m_content;
    MessageBanner *m_banner;
    QTabWidget *m_tabs;
    AppsView *m_apps;
    PermissionsView *m_permissions;
    DenialsView *m_denials;
};

} // namespace corral::gui
