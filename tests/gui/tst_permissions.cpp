// corral-permissions against the real helper, as a person uses it: the window's Client talks
// to corral-helper on a bus of its own, authorized by the real polkitd with rules the test
// writes, over a connection of the unprivileged test user (root is always authorized by
// polkit, so a refusal can only be seen as someone else). The test clicks, types and reads
// the widgets, and checks what the helper did with ListConnections and the real `corral`.
#include "client/client.h"
#include "client/models.h"
#include "gui/appsview.h"
#include "gui/busyindicator.h"
#include "gui/denialrow.h"
#include "gui/denialsview.h"
#include "gui/look.h"
#include "gui/mainwindow.h"
#include "gui/messagebanner.h"
#include "gui/permissionsview.h"
#include "gui/plugrow.h"
#include "gui/snappage.h"
#include "gui/startoptions.h"
#include "gui/toggleswitch.h"
#include "helper/dbustypes.h"
#include "tests/common/helperfixture.h"
#include "tests/helper/polkitagent.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include <memory>
#include <unistd.h>

using namespace corral::client;
using corral::gui::AppsView;
using corral::gui::DenialRow;
using corral::gui::DenialsView;
using corral::gui::MainWindow;
using corral::gui::MessageBanner;
using corral::gui::PermissionsView;
using corral::gui::PlugRow;
using corral::gui::SnapPage;
using corral::test::HelperFixture;
using corral::test::PolkitAgent;
namespace dbus = corral::dbus;

namespace {

const QString Camera = QStringLiteral("photobooth:camera");
const QString RemovableMedia = QStringLiteral("photobooth:removable-media");
const QString PhotoboothNetwork = QStringLiteral("photobooth:network");
const QString HelloNetwork = QStringLiteral("hello:network");
const QString ProbeHome = QStringLiteral("probe:home");

// The row of `list` whose action mentions `text`, or null.
DenialRow *denialRowAbout(const corral::gui::DenialList *list, const QString &text)
{
    for (DenialRow *row : list->rows()) {
        if (row->actionLabel()->text().contains(text))
            return row;
    }
    return nullptr;
}

// The model rows a list view shows, by NameRole, in order.
QStringList shownNames(const QAbstractItemView *view)
{
    QStringList names;
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, 0).data(NameRole).toString();
    return names;
}

QStringList refsOf(const QList<PlugRow *> &rows)
{
    QStringList refs;
    for (const PlugRow *row : rows)
        refs << row->plugRef();
    refs.sort();
    return refs;
}

// Clicks the row of a list whose NameRole is `name`, as a person does.
bool clickItem(QAbstractItemView *view, const QString &name)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(NameRole).toString() != name)
            continue;
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        return view->currentIndex() == index;
    }
    return false;
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HelperFixture> m_helper;
    std::unique_ptr<Client> m_client; // the user's, as the window's
    std::unique_ptr<MainWindow> m_window;
    // The person who runs the probe snap, and their own window (denials are read by the
    // people whose apps they were).
    std::unique_ptr<corral::test::TestUser> m_user;
    std::unique_ptr<Client> m_userClient;
    std::unique_ptr<MainWindow> m_userWindow;

    AppsView *apps() const { return m_window->appsView(); }
    SnapPage *snapPage() const { return m_window->appsView()->page(); }
    PermissionsView *permissions() const { return m_window->permissionsView(); }

    bool connectedInHelper(const QString &plug)
    {
        return m_helper->connectedPlugs(plug.section(QLatin1Char(':'), 0, 0)).contains(plug);
    }

    // The helper's stored connection of `plug`, if any.
    QVariantMap storedConnection(const QString &plug)
    {
        for (const QVariantMap &connection : m_helper->connections()) {
            if (connection.value(QStringLiteral("plug")).toString() == plug)
                return connection;
        }
        return {};
    }

    // Makes `plug` connected or not, as root through the real CLI (not through the window).
    bool ensure(const QString &plug, bool connected)
    {
        if (connectedInHelper(plug) == connected)
            return true;
        const corral::test::CommandResult result = m_helper->runCli(
            { connected ? QStringLiteral("connect") : QStringLiteral("disconnect"), plug });
        if (result.exitCode != 0)
            qWarning("corral: %s%s", qPrintable(result.out), qPrintable(result.err));
        return result.exitCode == 0 && connectedInHelper(plug) == connected;
    }

    // Opens the Apps view at `snap` by clicking it, and waits until its page is complete.
    bool openSnap(const QString &snap)
    {
        m_window->showAppsView();
        apps()->searchField()->clear();
        if (!clickItem(apps()->snapList(), snap))
            return false;
        return QTest::qWaitFor(
            [&] { return snapPage()->snap() == snap && snapPage()->isLoaded(); });
    }

    // The row of `plug` on the open snap page, scrolled into view.
    PlugRow *rowOf(const QString &plug)
    {
        PlugRow *row = snapPage()->row(plug);
        if (row) {
            if (auto *scroll = snapPage()->findChild<QScrollArea *>())
                scroll->ensureWidgetVisible(row);
        }
        return row;
    }

    bool setRules(const QString &rules)
    {
        const bool ok = m_helper->bus().setRules(rules);
        if (!ok)
            qWarning("%s", qPrintable(m_helper->bus().errorString()));
        return ok;
    }

    static QString allowRule()
    {
        return HelperFixture::allowRule(QString(dbus::ActionManageInterfaces));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_helper = std::make_unique<HelperFixture>();
        // Launchable, so that the probe snap can be run and refused for real.
        if (!m_helper->start({ QStringLiteral("busybox-base"), QStringLiteral("photobooth"),
                                 QStringLiteral("hello") },
                { .launchable = true })) {
            if (::geteuid() != 0)
                QSKIP(qPrintable(m_helper->errorString()));
            QFAIL(qPrintable(m_helper->errorString()));
        }
        QDBusConnection userBus = m_helper->bus().newUserConnection();
        QVERIFY2(userBus.isConnected(), qPrintable(m_helper->bus().errorString()));
        m_client = std::make_unique<Client>(userBus);
        m_window = std::make_unique<MainWindow>(m_client.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_COMPARE_WITH_TIMEOUT(int(m_client->status()), int(Client::Ready), 60000);
        QTRY_COMPARE(m_window->pages()->currentWidget(), m_window->tabs()->parentWidget());
    }

    void init()
    {
        QVERIFY(m_helper->bus().clearRules());
        m_window->messageBanner()->hide();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_userWindow.reset();
        m_userClient.reset();
        m_window.reset();
        m_client.reset();
        m_helper.reset();
        m_user.reset();
    }

    void listShowsTheAppsNotTheBase()
    {
        m_window->showAppsView();
        QTRY_COMPARE(shownNames(apps()->snapList()),
            (QStringList { QStringLiteral("hello"), QStringLiteral("photobooth") }));
        // Titles, not names, where a snap has one.
        const QAbstractItemModel *model = apps()->snapList()->model();
        QCOMPARE(
            model->index(1, 0).data(Qt::DisplayRole).toString(), QStringLiteral("Photo Booth"));
        QVERIFY(model->index(1, 0)
                    .data(Qt::AccessibleDescriptionRole)
                    .toString()
                    .contains(QLatin1String("Takes pictures with your camera")));
    }

    void selectingASnapShowsItsPlugs()
    {
        QVERIFY(openSnap(QStringLiteral("hello")));
        QCOMPARE(snapPage()->titleLabel()->text(), QStringLiteral("hello"));
        QCOMPARE(refsOf(snapPage()->rows()),
            (QStringList { QStringLiteral("hello:home"), HelloNetwork }));

        QVERIFY(openSnap(QStringLiteral("photobooth")));
        QCOMPARE(snapPage()->titleLabel()->text(), QStringLiteral("Photo Booth"));
        QCOMPARE(refsOf(snapPage()->rows()),
            (QStringList { QStringLiteral("photobooth:audio-playback"), Camera,
                QStringLiteral("photobooth:home"), PhotoboothNetwork,
                QStringLiteral("photobooth:pictures"), RemovableMedia,
                QStringLiteral("photobooth:x11") }));
        // Each row is named by its permission's label, switched as the helper says, and
        // grouped under its category.
        const QStringList connected = m_helper->connectedPlugs(QStringLiteral("photobooth"));
        for (PlugRow *row : snapPage()->rows()) {
            QVERIFY2(!row->toggle()->accessibleName().isEmpty(), qPrintable(row->plugRef()));
            QCOMPARE(row->toggle()->isChecked(), connected.contains(row->plugRef()));
        }
        QCOMPARE(rowOf(Camera)->toggle()->accessibleName(), QStringLiteral("Use your camera"));
        QVERIFY(snapPage()->categoryHeadings().size() >= 3);
        QCOMPARE(snapPage()->categoryHeadings().removeDuplicates(), 0);
        // The slot it offers.
        QCOMPARE(snapPage()->slotTexts().size(), 1);
        QVERIFY2(snapPage()->slotTexts().constFirst().startsWith(QLatin1String("photos: ")),
            qPrintable(snapPage()->slotTexts().constFirst()));
        // A strict snap has no confinement banner.
        QVERIFY(!snapPage()->confinementBanner()->isVisible());
    }

    void togglingASwitchConnectsThroughTheHelper()
    {
        QVERIFY(setRules(allowRule()));
        QVERIFY(ensure(Camera, false));
        QVERIFY(openSnap(QStringLiteral("photobooth")));
        PlugRow *row = rowOf(Camera);
        QVERIFY(row);
        QTRY_VERIFY(!row->toggle()->isChecked() && row->toggle()->isEnabled());

        QTest::mouseClick(row->toggle(), Qt::LeftButton);
        // At once: the switch is on, waiting, and says so.
        QVERIFY(row->toggle()->isChecked());
        QVERIFY(!row->toggle()->isEnabled());
        QVERIFY(row->busyIndicator()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(connectedInHelper(Camera), 60000);
        QTRY_VERIFY(row->toggle()->isEnabled());
        QVERIFY(row->toggle()->isChecked());
        QVERIFY(!row->busyIndicator()->isVisible());
        QCOMPARE(storedConnection(Camera).value(QStringLiteral("automatic")).toBool(), false);
        QCOMPARE(row->statusText(), QStringLiteral("Allowed by you"));
        QVERIFY(!m_window->messageBanner()->isVisible());

        // Off again, from the keyboard.
        row->toggle()->setFocus();
        QTest::keyClick(row->toggle(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(!connectedInHelper(Camera), 60000);
        QTRY_VERIFY(row->toggle()->isEnabled() && !row->toggle()->isChecked());
        QCOMPARE(row->statusText(), QStringLiteral("Not allowed"));
    }

    void polkitRefusalRevertsTheSwitch_data()
    {
        QTest::addColumn<QString>("rules");
        QTest::addColumn<int>("agent"); // -1 none, else PolkitAgent::Answer
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("changed");
        QTest::newRow("a rule says no")
            << HelperFixture::denyRule() << -1
            << QStringLiteral("Not changed: cannot connect photobooth:camera") << false;
        QTest::newRow("nobody is there to type a password")
            << QString() << -1 << QStringLiteral("Not changed: cannot connect photobooth:camera")
            << false;
        QTest::newRow("the person cancels the password dialog")
            << QString() << int(PolkitAgent::Answer::Dismiss)
            << QStringLiteral("Not changed: authentication was cancelled.") << false;
        QTest::newRow("the person types the right password")
            << QString() << int(PolkitAgent::Answer::Authenticate) << QString() << true;
    }
    void polkitRefusalRevertsTheSwitch()
    {
        QFETCH(QString, rules);
        QFETCH(int, agent);
        QFETCH(QString, message);
        QFETCH(bool, changed);
        QVERIFY(ensure(Camera, false));
        if (!rules.isEmpty())
            QVERIFY(setRules(rules));
        // polkitd asks the agent registered for the caller's process: the window's
        // connection is this process's.
        std::unique_ptr<PolkitAgent> polkitAgent;
        if (agent >= 0) {
            polkitAgent
                = std::make_unique<PolkitAgent>(m_helper->address(), PolkitAgent::Answer(agent));
            QString error;
            QVERIFY2(polkitAgent->registerFor(::getpid(), &error), qPrintable(error));
        }
        QVERIFY(openSnap(QStringLiteral("photobooth")));
        PlugRow *row = rowOf(Camera);
        QVERIFY(row);
        QTRY_VERIFY(!row->toggle()->isChecked() && row->toggle()->isEnabled());
        QSignalSpy finished(m_client.get(), &Client::changeFinished);

        QTest::mouseClick(row->toggle(), Qt::LeftButton);
        QVERIFY(row->toggle()->isChecked());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QTRY_VERIFY(row->toggle()->isEnabled());
        if (polkitAgent)
            QCOMPARE(polkitAgent->requests(), QStringList { dbus::ActionManageInterfaces });
        QCOMPARE(connectedInHelper(Camera), changed);
        QCOMPARE(row->toggle()->isChecked(), changed);
        if (changed) {
            QVERIFY(!m_window->messageBanner()->isVisible());
            return;
        }
        // The switch went back, and the window says why.
        QCOMPARE(row->statusText(), QStringLiteral("Not allowed"));
        MessageBanner *banner = m_window->messageBanner();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(message), qPrintable(banner->text()));
        if (message.contains(QLatin1String("cancelled")))
            QCOMPARE(banner->kind(), MessageBanner::Information);
        else
            QCOMPARE(banner->kind(), MessageBanner::Warning);
    }

    void changeMadeElsewhereShowsInTheOpenWindow()
    {
        QVERIFY(ensure(RemovableMedia, false));
        QVERIFY(openSnap(QStringLiteral("photobooth")));
        PlugRow *row = rowOf(RemovableMedia);
        QVERIFY(row);
        QTRY_VERIFY(!row->toggle()->isChecked());
        const QModelIndex photobooth = apps()->snapList()->model()->index(
            apps()->snapItems()->indexOf(QStringLiteral("photobooth")), 0);

        // Through the helper, by root's `corral connect`.
        corral::test::CommandResult result
            = m_helper->runCli({ QStringLiteral("connect"), RemovableMedia });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QTRY_VERIFY_WITH_TIMEOUT(row->toggle()->isChecked(), 20000);
        QCOMPARE(row->statusText(), QStringLiteral("Allowed by you"));
        QTRY_VERIFY(photobooth.data(CustomizedRole).toBool());
        QVERIFY(snapPage()->resetButton()->isEnabled());

        // Without the helper (`corral --direct`): the helper notices state.json change.
        result = m_helper->runCli(
            { QStringLiteral("disconnect"), QStringLiteral("--direct"), RemovableMedia });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QTRY_VERIFY_WITH_TIMEOUT(!row->toggle()->isChecked(), 20000);
        QCOMPARE(row->statusText(), QStringLiteral("Not allowed"));
    }

    void resetToDefaultsRestoresAutoConnect()
    {
        QVERIFY(setRules(allowRule()));
        QVERIFY(ensure(Camera, true)); // not automatic: made by a person
        QVERIFY(ensure(PhotoboothNetwork, false)); // automatic, taken away
        QVERIFY(openSnap(QStringLiteral("photobooth")));
        QTRY_VERIFY(snapPage()->resetButton()->isEnabled());
        QTRY_COMPARE(rowOf(PhotoboothNetwork)->statusText(), QStringLiteral("Turned off by you"));
        QSignalSpy finished(m_client.get(), &Client::changeFinished);

        QTest::mouseClick(snapPage()->resetButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(3).toString()));
        QVERIFY(!connectedInHelper(Camera));
        QVERIFY(connectedInHelper(PhotoboothNetwork));
        QCOMPARE(
            storedConnection(PhotoboothNetwork).value(QStringLiteral("automatic")).toBool(), true);
        QTRY_VERIFY(!snapPage()->resetButton()->isEnabled());
        QTRY_VERIFY(rowOf(PhotoboothNetwork)->toggle()->isChecked());
        QCOMPARE(rowOf(PhotoboothNetwork)->statusText(), QStringLiteral("Allowed automatically"));
        QVERIFY(!rowOf(Camera)->toggle()->isChecked());
        const QModelIndex photobooth = apps()->snapList()->model()->index(
            apps()->snapItems()->indexOf(QStringLiteral("photobooth")), 0);
        QVERIFY(!photobooth.data(CustomizedRole).toBool());
    }

    void searchFiltersTheList()
    {
        m_window->showAppsView();
        apps()->snapList()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(apps()->searchField()->hasFocus());
        QListView *list = apps()->snapList();

        QTest::keyClicks(apps()->searchField(), QStringLiteral("booth"));
        QCOMPARE(shownNames(list), QStringList { QStringLiteral("photobooth") });
        apps()->searchField()->clear();
        // Summaries count, case does not.
        QTest::keyClicks(apps()->searchField(), QStringLiteral("HELLO FROM"));
        QCOMPARE(shownNames(list), QStringList { QStringLiteral("hello") });
        apps()->searchField()->clear();
        QTest::keyClicks(apps()->searchField(), QStringLiteral("zzz"));
        QCOMPARE(shownNames(list), QStringList());
        QVERIFY(apps()->noMatchLabel()->isVisible());
        QVERIFY(apps()->noMatchLabel()->text().contains(QLatin1String("zzz")));
        apps()->searchField()->clear();
        QCOMPARE(shownNames(list),
            (QStringList { QStringLiteral("hello"), QStringLiteral("photobooth") }));
        QVERIFY(list->isVisible());

        // Arrow keys in the search field move through the list, and the page follows.
        QVERIFY(clickItem(list, QStringLiteral("hello")));
        apps()->searchField()->setFocus();
        QTest::keyClick(apps()->searchField(), Qt::Key_Down);
        QTRY_COMPARE(snapPage()->snap(), QStringLiteral("photobooth"));
        QTest::keyClick(apps()->searchField(), Qt::Key_Up);
        QTRY_COMPARE(snapPage()->snap(), QStringLiteral("hello"));
        QVERIFY(apps()->searchField()->hasFocus());
    }

    void byPermissionViewListsTheRightSnaps()
    {
        QVERIFY(setRules(allowRule()));
        QTest::mouseClick(m_window->tabs()->tabBar(), Qt::LeftButton, {},
            m_window->tabs()->tabBar()->tabRect(1).center());
        QCOMPARE(m_window->tabs()->currentWidget(), permissions());
        // The interfaces the installed apps ask for, no others.
        QStringList names = shownNames(permissions()->interfaceList());
        names.sort();
        QCOMPARE(names,
            (QStringList { QStringLiteral("audio-playback"), QStringLiteral("camera"),
                QStringLiteral("home"), QStringLiteral("network"), QStringLiteral("personal-files"),
                QStringLiteral("removable-media"), QStringLiteral("x11") }));

        QVERIFY(clickItem(permissions()->interfaceList(), QStringLiteral("camera")));
        QTRY_COMPARE(refsOf(permissions()->page()->rows()), QStringList { Camera });
        QCOMPARE(permissions()->page()->titleLabel()->text(), QStringLiteral("Use your camera"));

        QVERIFY(clickItem(permissions()->interfaceList(), QStringLiteral("network")));
        QTRY_COMPARE(refsOf(permissions()->page()->rows()),
            (QStringList { HelloNetwork, PhotoboothNetwork }));
        PlugRow *hello = permissions()->page()->row(HelloNetwork);
        QCOMPARE(hello->toggle()->accessibleName(), QStringLiteral("hello"));
        QCOMPARE(permissions()->page()->row(PhotoboothNetwork)->toggle()->accessibleName(),
            QStringLiteral("Photo Booth"));
        for (PlugRow *row : permissions()->page()->rows())
            QCOMPARE(row->toggle()->isChecked(), connectedInHelper(row->plugRef()));

        // Deny All and Allow All: one change each, as the helper then says.
        QSignalSpy finished(m_client.get(), &Client::changeFinished);
        QVERIFY(ensure(HelloNetwork, true));
        QTRY_VERIFY(permissions()->page()->denyAllButton()->isEnabled());
        QTest::mouseClick(permissions()->page()->denyAllButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).toStringList().size(), 2);
        QVERIFY(!connectedInHelper(HelloNetwork) && !connectedInHelper(PhotoboothNetwork));
        QTRY_COMPARE(permissions()->page()->countText().section(QStringLiteral(" · "), -1),
            QStringLiteral("0 of 2 apps allowed"));
        QTRY_VERIFY(!hello->toggle()->isChecked());
        const QModelIndex network = permissions()->interfaceList()->currentIndex();
        QTRY_COMPARE(network.data(GrantedRole).toInt(), 0);
        QCOMPARE(network.data(RequestingRole).toInt(), 2);

        QTRY_VERIFY(permissions()->page()->allowAllButton()->isEnabled());
        QTest::mouseClick(permissions()->page()->allowAllButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QVERIFY(connectedInHelper(HelloNetwork) && connectedInHelper(PhotoboothNetwork));
        QTRY_COMPARE(permissions()->page()->countText().section(QStringLiteral(" · "), -1),
            QStringLiteral("2 of 2 apps allowed"));
        QTRY_VERIFY(hello->toggle()->isChecked());
        QVERIFY(!permissions()->page()->allowAllButton()->isEnabled());
        m_window->showAppsView();
    }

    void commandLineOpensWhatItNames_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("byPermission");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("banner");
        QTest::newRow("a snap") << QStringList { QStringLiteral("hello") } << false
                                << QStringLiteral("hello") << QString();
        QTest::newRow("a permission")
            << QStringList { QStringLiteral("--by-permission"), QStringLiteral("camera") } << true
            << QStringLiteral("camera") << QString();
        QTest::newRow("a snap that is not installed: the first app, and why")
            << QStringList { QStringLiteral("nosuchsnap") } << false << QStringLiteral("hello")
            << QStringLiteral("“nosuchsnap” is not installed.");
    }
    void commandLineOpensWhatItNames()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, byPermission);
        QFETCH(QString, shown);
        QFETCH(QString, banner);
        QCommandLineParser parser;
        corral::gui::addStartOptions(parser);
        QVERIFY(parser.parse(QStringList { QStringLiteral("corral-permissions") } + arguments));
        corral::gui::StartOptions options;
        QString error;
        QVERIFY2(corral::gui::readStartOptions(parser, &options, &error), qPrintable(error));

        // A window of its own with a client of its own, as a new process would have.
        Client client(m_helper->bus().newUserConnection());
        MainWindow window(&client);
        window.open(options);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(int(client.status()), int(Client::Ready), 60000);
        if (byPermission) {
            QCOMPARE(window.tabs()->currentWidget(), window.permissionsView());
            QTRY_COMPARE(window.permissionsView()->currentInterface(), shown);
            QTRY_VERIFY(!window.permissionsView()->page()->rows().isEmpty());
        } else {
            QCOMPARE(window.tabs()->currentWidget(), window.appsView());
            if (!shown.isEmpty())
                QTRY_COMPARE(window.appsView()->currentSnap(), shown);
        }
        if (banner.isEmpty()) {
            QVERIFY(!window.messageBanner()->isVisible());
        } else {
            QTRY_VERIFY(window.messageBanner()->isVisible());
            QCOMPARE(window.messageBanner()->text(), banner);
        }
    }

    void commandLineRefusesTwoNames()
    {
        QCommandLineParser parser;
        corral::gui::addStartOptions(parser);
        QVERIFY(parser.parse({ QStringLiteral("corral-permissions"), QStringLiteral("hello"),
            QStringLiteral("photobooth") }));
        corral::gui::StartOptions options;
        QString error;
        QVERIFY(!corral::gui::readStartOptions(parser, &options, &error));
        QVERIFY(!error.isEmpty());
    }

    void everyControlHasAnAccessibleName_data()
    {
        QTest::addColumn<int>("tab");
        QTest::newRow("apps") << 0;
        QTest::newRow("permissions") << 1;
    }
    void everyControlHasAnAccessibleName()
    {
        QFETCH(int, tab);
        QVERIFY(openSnap(QStringLiteral("photobooth")));
        m_window->tabs()->setCurrentIndex(tab);
        if (tab == 1)
            QTRY_VERIFY(!permissions()->page()->rows().isEmpty());
        int checked = 0;
        for (QWidget *widget : m_window->findChildren<QWidget *>()) {
            if (!widget->isVisible())
                continue;
            const bool control = qobject_cast<QAbstractButton *>(widget)
                || qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                || qobject_cast<QAbstractItemView *>(widget);
            if (!control)
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(accessible);
            QVERIFY2(!accessible->text(QAccessible::Name).trimmed().isEmpty(),
                qPrintable(QStringLiteral("%1 (%2) has no accessible name")
                               .arg(QString::fromLatin1(widget->metaObject()->className()),
                                   widget->objectName())));
            ++checked;
        }
        QVERIFY(checked >= 10);
        m_window->showAppsView();
    }

    void denialsShowOnTheSnapPageAndInTheDenialsTab()
    {
        QString error;
        QVERIFY2(!m_helper->install(QStringLiteral("probe"), &error).isEmpty(), qPrintable(error));
        QVERIFY(ensure(ProbeHome, false));
        m_user = std::make_unique<corral::test::TestUser>();
        QVERIFY(m_user->isValid());
        // Two real refusals: a document Landlock keeps from probe.home while its home plug
        // is disconnected, and a system call seccomp refuses any app.
        QVERIFY(m_user->writeFile(QStringLiteral("Documents/notes.txt"), "notes\n"));
        const QString path = m_user->home() + QLatin1String("/Documents/notes.txt");
        QCOMPARE(m_helper
                     ->runApp(QStringLiteral("probe.home"),
                         { QStringLiteral("--linger"), QStringLiteral("1"), QStringLiteral("read"),
                             path },
                         m_user.get())
                     .verdict(),
            QStringLiteral("EACCES"));
        QCOMPARE(
            m_helper
                ->runApp(QStringLiteral("probe.probe"),
                    { QStringLiteral("--linger"), QStringLiteral("1"), QStringLiteral("keyctl") },
                    m_user.get())
                .verdict(),
            QStringLiteral("EPERM"));

        // The person's own window.
        QDBusConnection bus = m_helper->bus().newConnectionAs(m_user->uid(), m_user->gid());
        QVERIFY(bus.isConnected());
        m_userClient = std::make_unique<Client>(bus);
        m_userWindow = std::make_unique<MainWindow>(m_userClient.get());
        m_userWindow->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_userWindow.get()));
        QTRY_COMPARE_WITH_TIMEOUT(int(m_userClient->status()), int(Client::Ready), 60000);
        AppsView *apps = m_userWindow->appsView();
        m_userWindow->showAppsView();
        QTRY_VERIFY(clickItem(apps->snapList(), QStringLiteral("probe")));
        SnapPage *page = apps->page();
        QTRY_VERIFY(page->snap() == QLatin1String("probe") && page->isLoaded());

        // The snap's page lists both, with what would allow them. The kernel's records
        // take a moment to reach the helper: reading again is what F5 does.
        corral::gui::DenialList *list = page->denialList();
        QVERIFY(QTest::qWaitFor(
            [&] {
                if (denialRowAbout(list, path) && denialRowAbout(list, QStringLiteral("keyctl")))
                    return true;
                m_userClient->reloadDenials();
                QTest::qWait(200);
                return false;
            },
            30000));
        QVERIFY(list->isVisible());
        QVERIFY(!list->placeholder()->isVisible());
        DenialRow *document = denialRowAbout(list, path);
        QCOMPARE(document->actionLabel()->text(), QStringLiteral("Read ") + path);
        QVERIFY2(document->suggestionLabel()->text().contains(QLatin1String("(home)")),
            qPrintable(document->suggestionLabel()->text()));
        const QString homeLabel = m_userClient->interfaceInfo(QStringLiteral("home"))->label;
        QVERIFY(document->allowButton()->isVisible());
        QCOMPARE(document->allowButton()->text(), QStringLiteral("Allow “%1”").arg(homeLabel));
        QVERIFY(!document->allowButton()->accessibleName().isEmpty());
        QVERIFY2(document->whenLabel()->text().contains(QLatin1String("just now"))
                || document->whenLabel()->text().contains(QLatin1String("minute")),
            qPrintable(document->whenLabel()->text()));
        QVERIFY(document->whenLabel()->text().contains(QLatin1String("once")));
        QVERIFY(document->whenLabel()->toolTip().startsWith(QLatin1String("Last: ")));
        DenialRow *keyctl = denialRowAbout(list, QStringLiteral("keyctl"));
        QCOMPARE(keyctl->actionLabel()->text(), QStringLiteral("System call keyctl"));
        QCOMPARE(
            keyctl->suggestionLabel()->text(), QStringLiteral("No permission would allow this"));
        QVERIFY(!keyctl->allowButton()->isVisible());
        QVERIFY(keyctl->accessibleName().startsWith(QLatin1String("Blocked: ")));

        // Another snap's page: nothing was blocked, calmly.
        QVERIFY(clickItem(apps->snapList(), QStringLiteral("hello")));
        QTRY_VERIFY(page->snap() == QLatin1String("hello") && page->isLoaded());
        QTRY_VERIFY(page->denialList()->placeholder()->isVisible());
        QCOMPARE(page->denialList()->placeholder()->text(),
            QStringLiteral("Nothing was blocked recently."));

        // The Denials tab: every snap's, named by the snap, which opens its page.
        m_userWindow->showDenialsView();
        DenialsView *view = m_userWindow->denialsView();
        QTRY_VERIFY(denialRowAbout(view->list(), path));
        DenialRow *inTab = denialRowAbout(view->list(), path);
        QVERIFY(inTab->snapButton()->isVisible());
        QCOMPARE(inTab->snapButton()->text(), QStringLiteral("probe"));
        QVERIFY(inTab->allowButton()->isVisible());
        for (QAbstractButton *button : view->findChildren<QAbstractButton *>()) {
            if (button->isVisible())
                QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->text()));
        }
        QTest::mouseClick(inTab->snapButton(), Qt::LeftButton);
        QCOMPARE(m_userWindow->tabs()->currentWidget(), apps);
        QTRY_VERIFY(page->snap() == QLatin1String("probe") && page->isLoaded());
        QCOMPARE(apps->currentSnap(), QStringLiteral("probe"));
    }

    void allowOnADenialConnectsThroughTheHelper()
    {
        QVERIFY(m_userWindow);
        const QString path = m_user->home() + QLatin1String("/Documents/notes.txt");
        SnapPage *page = m_userWindow->appsView()->page();
        QTRY_VERIFY(page->snap() == QLatin1String("probe") && page->isLoaded());
        QTRY_VERIFY(denialRowAbout(page->denialList(), path));
        DenialRow *row = denialRowAbout(page->denialList(), path);
        if (auto *scroll = page->findChildren<QScrollArea *>().value(0))
            scroll->ensureWidgetVisible(row->allowButton());

        // polkit says no: the plug stays as it was, the window says why, Allow is offered
        // again.
        QVERIFY(setRules(HelperFixture::denyRule()));
        QTest::mouseClick(row->allowButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_userWindow->messageBanner()->isVisible(), 60000);
        QVERIFY2(m_userWindow->messageBanner()->text().contains(ProbeHome),
            qPrintable(m_userWindow->messageBanner()->text()));
        QVERIFY(!connectedInHelper(ProbeHome));
        row = denialRowAbout(page->denialList(), path);
        QTRY_VERIFY(row->allowButton()->isVisible() && row->allowButton()->isEnabled());

        // Allowed for this person: one click connects the plug through the helper.
        QVERIFY(setRules(QStringLiteral("polkit.addRule(function(action, subject) {\n"
                                        "    if (action.id == \"%1\" && subject.user == \"%2\")\n"
                                        "        return polkit.Result.YES;\n"
                                        "});\n")
                             .arg(QString(dbus::ActionManageInterfaces), m_user->name())));
        QTest::mouseClick(row->allowButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(connectedInHelper(ProbeHome), 60000);
        QCOMPARE(storedConnection(ProbeHome).value(QStringLiteral("automatic")).toBool(), false);
        row = denialRowAbout(page->denialList(), path);
        QTRY_VERIFY(!row->allowButton()->isVisible());
        const QString homeLabel = m_userClient->interfaceInfo(QStringLiteral("home"))->label;
        QCOMPARE(row->suggestionLabel()->text(), QStringLiteral("Allowed since: ") + homeLabel);
        PlugRow *plug = page->row(ProbeHome);
        QVERIFY(plug);
        QTRY_VERIFY(plug->toggle()->isChecked());
        QTRY_VERIFY(!m_userWindow->messageBanner()->isVisible());

        // The snap goes, and its denials with it.
        m_userWindow.reset();
        m_userClient.reset();
        const corral::test::CommandResult removed
            = m_helper->runCli({ QStringLiteral("remove"), QStringLiteral("probe") });
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    }

    // Near the end: it leaves hello in devmode.
    void devmodeSnapIsExplained()
    {
        QVERIFY(openSnap(QStringLiteral("hello")));
        QVERIFY(!snapPage()->confinementBanner()->isVisible());
        QString error;
        QVERIFY2(
            !m_helper
                 ->install(QStringLiteral("hello"), &error, { { QStringLiteral("devmode"), true } })
                 .isEmpty(),
            qPrintable(error));
        // The window follows the helper's SnapsChanged: banner and chip, no reopening.
        QTRY_VERIFY_WITH_TIMEOUT(snapPage()->confinementBanner()->isVisible(), 20000);
        QVERIFY2(snapPage()->confinementBanner()->text().contains(QLatin1String("developer mode")),
            qPrintable(snapPage()->confinementBanner()->text()));
        QCOMPARE(snapPage()->confinementBanner()->kind(), MessageBanner::Warning);
        const QModelIndex hello = apps()->snapList()->model()->index(
            apps()->snapItems()->indexOf(QStringLiteral("hello")), 0);
        QCOMPARE(hello.data(ConfinementRole).toString(), QStringLiteral("devmode"));
        QVERIFY(hello.data(Qt::AccessibleDescriptionRole)
                    .toString()
                    .contains(QLatin1String("Developer mode")));
        // Its permissions are still there to be seen and changed.
        QTRY_COMPARE(refsOf(snapPage()->rows()),
            (QStringList { QStringLiteral("hello:home"), HelloNetwork }));
    }

    // Last: it stops the helper.
    void helperGoneIsSaidAndRetried()
    {
        QVERIFY(m_helper->bus().killHelper());
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_window->pages()->currentWidget(), m_window->unavailablePage(), 60000);
        QVERIFY(!m_window->unavailableMessage()->text().isEmpty());
        QVERIFY2(
            m_window->unavailableMessage()->text().contains(QLatin1String("org.corral.Manager1")),
            qPrintable(m_window->unavailableMessage()->text()));
        // Retry while it is still gone: still said, not frozen.
        QTest::mouseClick(m_window->retryButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_client->status() == Client::Unavailable && m_window->retryButton()->isEnabled(),
            60000);
        QCOMPARE(m_window->pages()->currentWidget(), m_window->unavailablePage());

        QVERIFY2(m_helper->bus().startHelper(m_helper->rootPath(), dbus::ServiceName),
            qPrintable(m_helper->bus().errorString()));
        QTest::mouseClick(m_window->retryButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(int(m_client->status()), int(Client::Ready), 60000);
        QTRY_COMPARE(m_window->pages()->currentWidget(), m_window->tabs()->parentWidget());
        QVERIFY(openSnap(QStringLiteral("photobooth")));
    }
};

int main(int argc, char *argv[])
{
    // Nothing here needs a display; the screenshot test shows the window under Xvfb.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    corral::gui::ensureIconTheme();
    TestPermissions test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_permissions.moc"
