// corral-permissions as people see it: the real window, 1000×680, on an X server (Xvfb,
// started here on a free display), against the real helper with the example snaps. Both
// views, in the light and a dark palette, and in German, are saved as PNGs into
// screenshots/ of the build directory, and the test fails when a window is blank or cut off:
// a widget reaching outside the window (or sideways out of its scroll area), a label, button
// or tab showing less than its text, a list row eliding its title or summary, or a window
// that needs more room than it has.
//
// The German pictures, and those at twice the scale (HiDPI), are taken by further runs of
// this program with that environment (translations and the scale are chosen at start), on
// the same X server and helper.
#include "client/client.h"
#include "client/models.h"
#include "gui/appsview.h"
#include "gui/denialsview.h"
#include "gui/listdelegate.h"
#include "gui/look.h"
#include "gui/mainwindow.h"
#include "gui/messagebanner.h"
#include "gui/permissionsview.h"
#include "gui/plugrow.h"
#include "gui/snappage.h"
#include "gui/toggleswitch.h"
#include "tests/common/helperfixture.h"
#include "tests/common/pictures.h"
#include "tests/common/xvfb.h"
#include "translations/translations.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include <memory>
#include <unistd.h>

using namespace corral::client;
using corral::gui::ListDelegate;
using corral::gui::MainWindow;
using corral::test::blankness;
using corral::test::darkPalette;
using corral::test::HelperFixture;

namespace {

// Set in the second run: the bus of the first, and what to add to the file names.
const char *const BusVariable = "CORRAL_SCREENSHOT_BUS";
const char *const SuffixVariable = "CORRAL_SCREENSHOT_SUFFIX";

QString describe(const QWidget *widget)
{
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        text = label->text();
    else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        name += QLatin1Char('#') + widget->objectName();
    if (!text.isEmpty())
        name += QStringLiteral(" “%1”").arg(text.left(60));
    return name;
}

// The scroll area whose viewport holds `widget`, if any.
const QAbstractScrollArea *scrollAreaOf(const QWidget *widget)
{
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(w->parentWidget())) {
            if (area->viewport() == w)
                return area;
        }
    }
    return nullptr;
}

// What a person would find cut off in `window`.
QStringList cutOff(QWidget *window)
{
    QStringList problems;
    const QSize needed = window->minimumSizeHint();
    if (needed.width() > window->width() || needed.height() > window->height()) {
        problems << QStringLiteral("the window needs %1×%2 but has %3×%4")
                        .arg(needed.width())
                        .arg(needed.height())
                        .arg(window->width())
                        .arg(window->height());
    }
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->isWindow())
            continue;
        const QRect rect(widget->mapTo(window, QPoint(0, 0)), widget->size());
        if (const QAbstractScrollArea *area = scrollAreaOf(widget)) {
            // Inside a scroll area: up and down is what scrolling is for, sideways is not.
            const QWidget *viewport = area->viewport();
            const QPoint left = widget->mapTo(viewport, QPoint(0, 0));
            if (left.x() < 0 || left.x() + widget->width() > viewport->width())
                problems << QStringLiteral("%1 reaches sideways out of its scroll area")
                                .arg(describe(widget));
        } else if (!window->rect().contains(rect)) {
            problems << QStringLiteral("%1 reaches outside the window (%2,%3 %4×%5)")
                            .arg(describe(widget))
                            .arg(rect.x())
                            .arg(rect.y())
                            .arg(rect.width())
                            .arg(rect.height());
        }
        if (const auto *label = qobject_cast<const QLabel *>(widget);
            label && !label->text().isEmpty()) {
            if (label->wordWrap()) {
                if (label->heightForWidth(label->width()) > label->height() + 1)
                    problems << QStringLiteral("%1 is cut off at the bottom").arg(describe(widget));
            } else if (label->sizeHint().width() > label->width() + 1) {
                problems << QStringLiteral("%1 is cut off at the side").arg(describe(widget));
            }
        }
        // Buttons that show their text (not switches, not icons whose text is for tooltips).
        const auto *toolButton = qobject_cast<const QToolButton *>(widget);
        const bool iconOnly = toolButton && toolButton->toolButtonStyle() == Qt::ToolButtonIconOnly;
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget); button
            && !button->text().isEmpty() && !iconOnly
            && !qobject_cast<const corral::gui::ToggleSwitch *>(button)) {
            if (button->sizeHint().width() > button->width() + 1)
                problems << QStringLiteral("%1 shows less than its text").arg(describe(widget));
        }
        if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                // The text and icon must fit in the tab, the tab in the bar.
                const QString text = tabs->tabText(i).remove(QLatin1Char('&'));
                const int needs = tabs->fontMetrics().horizontalAdvance(text)
                    + (tabs->tabIcon(i).isNull() ? 0 : tabs->iconSize().width());
                if (tabs->tabRect(i).width() < needs || tabs->tabRect(i).right() >= tabs->width())
                    problems << QStringLiteral("tab “%1” is cut off").arg(tabs->tabText(i));
            }
        }
        if (const auto *list = qobject_cast<const QListView *>(widget)) {
            const auto *delegate = qobject_cast<const ListDelegate *>(list->itemDelegate());
            for (int row = 0; delegate && row < list->model()->rowCount(); ++row) {
                const QModelIndex index = list->model()->index(row, 0);
                if (delegate->elides(index))
                    problems << QStringLiteral("list row “%1” elides its text")
                                    .arg(index.data().toString());
            }
        }
    }
    return problems;
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HelperFixture> m_helper;
    QString m_address;
    QString m_suffix;
    QString m_dir;
    std::unique_ptr<corral::test::TestUser> m_user;

    // Real denials for the pictures: the probe snap refused a document (its home plug
    // disconnected) and a system call twice. (probe-dev, whose denials are only logged,
    // would elide its summary in the list beside its "Developer mode" chip.)
    void makeDenials()
    {
        QString error;
        QVERIFY2(!m_helper->install(QStringLiteral("probe"), &error).isEmpty(), qPrintable(error));
        const corral::test::CommandResult result
            = m_helper->runCli({ QStringLiteral("disconnect"), QStringLiteral("probe:home") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        m_user = std::make_unique<corral::test::TestUser>();
        QVERIFY(m_user->isValid());
        QVERIFY(m_user->writeFile(QStringLiteral("Documents/notes.txt"), "notes\n"));
        const QString linger = QStringLiteral("--linger");
        const QString second = QStringLiteral("1");
        const QString path = m_user->home() + QLatin1String("/Documents/notes.txt");
        QCOMPARE(m_helper
                     ->runApp(QStringLiteral("probe.home"),
                         { linger, second, QStringLiteral("read"), path }, m_user.get())
                     .verdict(),
            QStringLiteral("EACCES"));
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(m_helper
                         ->runApp(QStringLiteral("probe.probe"),
                             { linger, second, QStringLiteral("keyctl") }, m_user.get())
                         .verdict(),
                QStringLiteral("EPERM"));
        }
        // Until the helper has read all of them from the kernel.
        Client client(QDBusConnection::connectToBus(m_address, QStringLiteral("denials")));
        QVERIFY(QTest::qWaitFor(
            [&] {
                int keyctl = 0;
                bool document = false;
                for (const DenialEntry &denial : client.denials()) {
                    keyctl += denial.snap == QLatin1String("probe")
                            && denial.object == QLatin1String("keyctl")
                        ? int(denial.count)
                        : 0;
                    document = document || denial.object == path;
                }
                if (keyctl >= 2 && document)
                    return true;
                client.reloadDenials();
                QTest::qWait(200);
                return false;
            },
            30000));
    }

    // What X shows of the window (the widgets' own rendering where there is no X).
    static QImage shot(QWidget *window)
    {
        // Laid out, painted and sent to the server now; the server answers in order.
        QCoreApplication::processEvents();
        window->repaint();
        if (QGuiApplication::platformName() == QLatin1String("xcb"))
            return window->screen()->grabWindow(window->winId()).toImage();
        return window->grab().toImage();
    }

    // Saves what the window shows as `name`.png, then checks it is neither blank (at most
    // `oneColour` of its pixels of one colour) nor cut off.
    void take(QWidget *window, const QString &name, double oneColour = 0.95)
    {
        QImage image;
        // Until the server has the window painted (a blank picture is retried, then fails).
        const bool painted = QTest::qWaitFor(
            [&] { return blankness(image = shot(window), oneColour).isEmpty(); }, 20000);
        const QString path = m_dir + QLatin1Char('/') + name + m_suffix + QLatin1String(".png");
        QVERIFY2(image.save(path), qPrintable(path));
        qInfo("saved %s", qPrintable(path));
        QVERIFY2(painted, qPrintable(name + QLatin1String(": ") + blankness(image, oneColour)));
        // The whole window, at the screen's scale.
        QCOMPARE(image.size(), (QSizeF(window->size()) * window->devicePixelRatioF()).toSize());
        const QStringList problems = cutOff(window);
        QVERIFY2(problems.isEmpty(),
            qPrintable(name + QLatin1String(": ") + problems.join(QLatin1String("; "))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = QStringLiteral(CORRAL_SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(m_dir));
        m_suffix = qEnvironmentVariable(SuffixVariable);
        m_address = qEnvironmentVariable(BusVariable);
        if (!m_address.isEmpty())
            return; // the second run: the first one's helper
        m_helper = std::make_unique<HelperFixture>();
        // Launchable, so that the probe snaps can be run and refused for real.
        if (!m_helper->start({ QStringLiteral("busybox-base"), QStringLiteral("photobooth"),
                                 QStringLiteral("hello") },
                { .launchable = true })) {
            if (::geteuid() != 0)
                QSKIP(qPrintable(m_helper->errorString()));
            QFAIL(qPrintable(m_helper->errorString()));
        }
        m_address = m_helper->address();
        // Something a person changed, so the pictures show it.
        const corral::test::CommandResult result
            = m_helper->runCli({ QStringLiteral("connect"), QStringLiteral("photobooth:camera") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        makeDenials();
    }

    void cleanupTestCase()
    {
        m_helper.reset();
        m_user.reset();
    }

    void screenshots_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void screenshots()
    {
        QFETCH(bool, dark);
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        const QString variant = dark ? QStringLiteral("dark") : QStringLiteral("light");

        Client client(
            QDBusConnection::connectToBus(m_address, QStringLiteral("screenshots-") + variant));
        MainWindow window(&client);
        window.resize(1000, 680);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(int(client.status()), int(Client::Ready), 60000);
        QCOMPARE(window.size(), QSize(1000, 680));

        // By app, at Photo Booth, once every row knows its slots.
        window.open({ QStringLiteral("photobooth"), QString(), false });
        corral::gui::SnapPage *page = window.appsView()->page();
        QTRY_VERIFY(page->isLoaded() && page->rows().size() == 7);
        for (corral::gui::PlugRow *row : page->rows())
            QTRY_VERIFY(client.candidates(row->plugRef()).has_value());
        take(&window, QStringLiteral("apps-") + variant);
        // And its end: the last permissions and the slots it offers.
        if (auto *scroll = page->findChild<QScrollArea *>()) {
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
            take(&window, QStringLiteral("apps-end-") + variant);
        }

        // By permission, at the camera.
        window.open({ QString(), QStringLiteral("camera"), true });
        corral::gui::InterfacePage *interfacePage = window.permissionsView()->page();
        QTRY_VERIFY(interfacePage->interfaceName() == QLatin1String("camera")
            && !interfacePage->rows().isEmpty());
        take(&window, QStringLiteral("permissions-") + variant);

        // What was blocked: on the probe snap's page, and in the Denials tab.
        window.open({ QStringLiteral("probe"), QString(), false });
        QTRY_VERIFY(page->snap() == QLatin1String("probe") && page->isLoaded());
        QTRY_VERIFY(page->denialList()->rows().size() >= 2);
        if (auto *scroll = page->findChild<QScrollArea *>())
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        take(&window, QStringLiteral("denials-page-") + variant);
        window.showDenialsView();
        QTRY_VERIFY(window.denialsView()->list()->rows().size() >= 2);
        take(&window, QStringLiteral("denials-") + variant);

        // A message across the window: asked for a snap that is not there.
        window.open({ QStringLiteral("nosuchsnap"), QString(), false });
        QTRY_VERIFY(window.messageBanner()->isVisible());
        take(&window, QStringLiteral("message-") + variant);

        if (QLocale().language() != QLocale::English && QLocale().language() != QLocale::C) {
            // The pictures in another language are in that language.
            QVERIFY2(window.windowTitle() != QLatin1String("Corral Permissions"),
                qPrintable(QStringLiteral("the window title is not translated (%1)")
                               .arg(QLocale().name())));
        }
    }

    void helperUnreachable()
    {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(QApplication::style()->standardPalette());
        // No bus at all: what a person sees when the system bus is not there.
        Client client(QDBusConnection(QStringLiteral("corral-screenshots-no-bus")));
        MainWindow window(&client);
        window.resize(1000, 680);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.pages()->currentWidget(), window.unavailablePage());
        // A page with a message in the middle: mostly background, but not all of it.
        take(&window, QStringLiteral("unavailable-light"), 0.995);
    }

    // The same program again, on the same X server and helper, where the environment must be
    // other from the start: a language, a scale.
    void otherRuns_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QStringList>("environment");
        QTest::newRow("in German")
            << QStringLiteral("-de")
            << QStringList { QStringLiteral("LANG=de_DE.UTF-8"),
                   QStringLiteral("LC_ALL=de_DE.UTF-8"), QStringLiteral("LANGUAGE=de") };
        QTest::newRow("at twice the scale (HiDPI)")
            << QStringLiteral("-2x") << QStringList { QStringLiteral("QT_SCALE_FACTOR=2") };
    }
    void otherRuns()
    {
        QFETCH(QString, suffix);
        QFETCH(QStringList, environment);
        if (!qEnvironmentVariableIsEmpty(BusVariable))
            QSKIP("this is one of the other runs");
        QProcess run;
        QProcessEnvironment runEnvironment = QProcessEnvironment::systemEnvironment();
        runEnvironment.insert(QString::fromLatin1(BusVariable), m_address);
        runEnvironment.insert(QString::fromLatin1(SuffixVariable), suffix);
        for (const QString &variable : std::as_const(environment))
            runEnvironment.insert(
                variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
        run.setProcessEnvironment(runEnvironment);
        run.setProcessChannelMode(QProcess::MergedChannels);
        run.start(QCoreApplication::applicationFilePath(), { QStringLiteral("screenshots:light") });
        QVERIFY(run.waitForFinished(240000));
        const QString output = QString::fromUtf8(run.readAll());
        QVERIFY2(
            run.exitStatus() == QProcess::NormalExit && run.exitCode() == 0, qPrintable(output));
        for (const QString &name :
            { QStringLiteral("apps-light"), QStringLiteral("permissions-light") }) {
            const QString path = m_dir + QLatin1Char('/') + name + suffix + QLatin1String(".png");
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        }
    }
};

int main(int argc, char *argv[])
{
    corral::test::Xvfb xvfb;
    if (qEnvironmentVariableIsEmpty(BusVariable)) {
        // The first run: English, on an X server of its own (offscreen only without Xvfb).
        qputenv("LC_ALL", "C.UTF-8");
        qputenv("LANGUAGE", "en");
        QString error;
        if (xvfb.start(QStringLiteral("2200x1500x24"), &error)) {
            qputenv("DISPLAY", xvfb.display().toLatin1());
            qputenv("QT_QPA_PLATFORM", "xcb");
        } else {
            qWarning("%s: the pictures are rendered offscreen instead", qPrintable(error));
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
    }
    // No desktop settings leak in: the style and palettes are the test's.
    qunsetenv("QT_QPA_PLATFORMTHEME");
    qunsetenv("QT_STYLE_OVERRIDE");
    if (qEnvironmentVariableIsEmpty(BusVariable))
        qunsetenv("QT_SCALE_FACTOR");
    int status = 0;
    {
        QApplication app(argc, argv);
        corral::installTranslations(app);
        corral::gui::ensureIconTheme();
        TestScreenshots test;
        QTEST_SET_MAIN_SOURCE_PATH
        status = QTest::qExec(&test, argc, argv);
    }
    xvfb.stop();
    return status;
}

#include "tst_screenshots.moc"
