// The Corral.Permissions page as people see it: corral-settings' window (SettingsWindow,
// 1000×680) on an X server of its own (Xvfb; offscreen only where there is none), against
// the real helper with the example snaps and the probe snaps, whose sandbox has refused them
// a few things for real (so that the page has denials to explain). The three views, in the
// light palette and a dark one, and in German, saved as PNGs in screenshots/ of the build
// directory. The test fails when a picture is blank, when the palette does not reach the
// page, or when something is cut off: a control past the edge of what shows it, a text
// elided or spilling out of its box.
#include "tests/common/helperfixture.h"
#include "tests/common/pictures.h"
#include "tests/common/xvfb.h"
#include "tests/qml/testsnaps.h"
#include "translations/translations.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPalette>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <algorithm>
#include <memory>
#include <unistd.h>

using corral::test::blankness;
using corral::test::darkPalette;
using corral::test::HelperFixture;
using corral::test::TestUser;

namespace {

// Gives `window` the colours of `palette`, as a desktop's theme gives them to a window or a
// settings panel to the page it embeds. (Qt Quick Controls 6.4 take their palette from the
// platform theme, not from QGuiApplication::setPalette(), so this is where a test's palette
// goes in.)
bool applyPalette(QObject *window, const QPalette &palette)
{
    static const std::pair<QPalette::ColorRole, const char *> roles[] = {
        { QPalette::AlternateBase, "alternateBase" },
        { QPalette::Base, "base" },
        { QPalette::BrightText, "brightText" },
        { QPalette::Button, "button" },
        { QPalette::ButtonText, "buttonText" },
        { QPalette::Dark, "dark" },
        { QPalette::Highlight, "highlight" },
        { QPalette::HighlightedText, "highlightedText" },
        { QPalette::Light, "light" },
        { QPalette::Link, "link" },
        { QPalette::Mid, "mid" },
        { QPalette::Midlight, "midlight" },
        { QPalette::PlaceholderText, "placeholderText" },
        { QPalette::Shadow, "shadow" },
        { QPalette::Text, "text" },
        { QPalette::ToolTipBase, "toolTipBase" },
        { QPalette::ToolTipText, "toolTipText" },
        { QPalette::Window, "window" },
        { QPalette::WindowText, "windowText" },
    };
    auto *colours = window->property("palette").value<QObject *>();
    if (!colours)
        return false;
    for (const auto &[group, name] :
        { std::pair { QPalette::Active, "active" }, std::pair { QPalette::Inactive, "inactive" },
            std::pair { QPalette::Disabled, "disabled" } }) {
        auto *colourGroup = colours->property(name).value<QObject *>();
        if (!colourGroup)
            return false;
        for (const auto &[role, roleName] : roles) {
            if (!colourGroup->setProperty(roleName, palette.color(group, role)))
                return false;
        }
    }
    return true;
}

// The mean lightness of `image`, 0 (black) to 1 (white).
double meanLightness(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            sum += QColor(line[x]).lightnessF();
    }
    return sum / (qint64(rgb.width()) * rgb.height());
}

QString describe(const QQuickItem *item)
{
    const QString text = item->property("text").toString();
    QString name = QString::fromLatin1(item->metaObject()->className());
    if (!item->objectName().isEmpty())
        name += QLatin1Char(' ') + item->objectName();
    if (!text.isEmpty())
        name += QStringLiteral(" “%1”").arg(text.left(60));
    return name;
}

bool isControl(const QQuickItem *item)
{
    return item->inherits("QQuickAbstractButton") || item->inherits("QQuickTextField")
        || item->inherits("QQuickComboBox");
}

// What a person would find cut off below `item`, which shows within `clip` (window
// coordinates); `scrolled` when an ancestor scrolls, so that rows cut at its top or bottom
// are rows to scroll to.
void findCutOff(const QQuickItem *item, QRectF clip, bool scrolled, QStringList *problems)
{
    if (!item->isVisible() || item->opacity() <= 0.01)
        return;
    const QRectF box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    const bool onScreen = box.bottom() > clip.top() + 1 && box.top() < clip.bottom() - 1
        && box.width() > 0 && box.height() > 0;
    if (onScreen && (isControl(item) || item->inherits("QQuickText"))) {
        if (box.left() < clip.left() - 1 || box.right() > clip.right() + 1)
            problems->append(QStringLiteral("%1 is cut off at the side").arg(describe(item)));
        else if (!scrolled && (box.top() < clip.top() - 1 || box.bottom() > clip.bottom() + 1))
            problems->append(QStringLiteral("%1 is cut off at the bottom").arg(describe(item)));
    }
    if (onScreen && item->inherits("QQuickText")) {
        if (item->property("truncated").toBool())
            problems->append(QStringLiteral("%1 is cut short").arg(describe(item)));
        else if (item->property("wrapMode").toInt() == 0
            && item->property("contentWidth").toReal() > item->width() + 1)
            problems->append(QStringLiteral("%1 spills out of its box").arg(describe(item)));
    }
    // A text field (a combo box's too) shows what fits and clips the rest.
    if (onScreen && item->inherits("QQuickTextInput")
        && item->property("contentWidth").toReal() > item->width() + 1)
        problems->append(QStringLiteral("%1 does not show all its text").arg(describe(item)));
    if (item->clip())
        clip = clip.intersected(box);
    scrolled = scrolled || item->inherits("QQuickFlickable");
    const QList<QQuickItem *> children = item->childItems();
    for (const QQuickItem *child : children)
        findCutOff(child, clip, scrolled, problems);
}

QStringList cutOff(QQuickWindow *window)
{
    QStringList problems;
    findCutOff(
        window->contentItem(), QRectF(0, 0, window->width(), window->height()), false, &problems);
    problems.removeDuplicates();
    return problems;
}

// The item named `name` below `item` in the scene (delegates included), or null.
QQuickItem *findItem(QQuickItem *item, const QString &name)
{
    if (item->objectName() == name)
        return item;
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

// Whether every image the page shows has loaded (the snaps' icons load asynchronously).
bool imagesLoaded(const QQuickItem *item)
{
    if (!item->isVisible())
        return true;
    if (item->inherits("QQuickImage") && !item->property("source").toUrl().isEmpty()
        && item->property("status").toInt() == 2 /* Loading */)
        return false;
    const QList<QQuickItem *> children = item->childItems();
    return std::all_of(children.cbegin(), children.cend(), imagesLoaded);
}

} // namespace

class TestQmlScreenshots : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HelperFixture> m_helper;
    std::unique_ptr<TestUser> m_user;

    // Runs the probe's `app` as the test user, who ends up denied something.
    QString runProbe(const QString &app, const QStringList &arguments)
    {
        return m_helper
            ->runApp(app,
                QStringList { QStringLiteral("--linger"), QStringLiteral("1") } + arguments,
                m_user.get())
            .verdict();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("the page is shown against the real helper on a bus of its own: root only");
        m_helper = std::make_unique<HelperFixture>();
        // A root the launcher accepts, for the probe snaps to run and be denied things.
        QVERIFY2(m_helper->start({ QStringLiteral("busybox-base"), QStringLiteral("photobooth") },
                     { .launchable = true }),
            qPrintable(m_helper->errorString()));
        // hello in devmode, and photobooth's network turned off: the page has something to
        // say about both.
        QString error;
        QVERIFY2(
            !m_helper
                 ->install(QStringLiteral("hello"), &error, { { QStringLiteral("devmode"), true } })
                 .isEmpty(),
            qPrintable(error));
        // Gallery's photos plug fits two slots: the page offers a choice.
        for (const char *snap : { "gallery", "photo-album" }) {
            const QString installError
                = corral::test::installTestSnap(*m_helper, QLatin1String(snap));
            QVERIFY2(installError.isEmpty(), qPrintable(installError));
        }
        const corral::test::CommandResult disconnect = m_helper->runCli(
            { QStringLiteral("disconnect"), QStringLiteral("photobooth:network") });
        QVERIFY2(disconnect.finished && disconnect.exitCode == 0, qPrintable(disconnect.err));

        // Denials, as a person's apps meet them: probe refused a system call no permission
        // allows (twice), and a document in the home folder, which its home plug, turned off,
        // would allow. (The pictures' Client is root's, which sees every person's denials.)
        QVERIFY2(!m_helper->install(QStringLiteral("probe"), &error).isEmpty(), qPrintable(error));
        const corral::test::CommandResult home
            = m_helper->runCli({ QStringLiteral("disconnect"), QStringLiteral("probe:home") });
        QVERIFY2(home.finished && home.exitCode == 0, qPrintable(home.err));
        m_user = std::make_unique<TestUser>();
        QVERIFY(m_user->isValid());
        QVERIFY(m_user->writeFile(QStringLiteral("Documents/notes.txt"), "notes\n"));
        QCOMPARE(runProbe(QStringLiteral("probe.probe"), { QStringLiteral("keyctl") }),
            QStringLiteral("EPERM"));
        QCOMPARE(runProbe(QStringLiteral("probe.probe"), { QStringLiteral("keyctl") }),
            QStringLiteral("EPERM"));
        QCOMPARE(
            runProbe(QStringLiteral("probe.home"),
                { QStringLiteral("read"), m_user->home() + QLatin1String("/Documents/notes.txt") }),
            QStringLiteral("EACCES"));

        qputenv("DBUS_SYSTEM_BUS_ADDRESS", m_helper->address().toLocal8Bit());
        QVERIFY(QDir().mkpath(QStringLiteral(CORRAL_SCREENSHOT_DIR)));
    }

    void cleanupTestCase()
    {
        m_helper.reset();
        m_user.reset();
    }

    void screenshot_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("view");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("snap");
        QTest::newRow("by app, light") << QStringLiteral("by-app-light") << 0 << false
                                       << QStringLiteral("en") << QStringLiteral("photobooth");
        QTest::newRow("by app, dark") << QStringLiteral("by-app-dark") << 0 << true
                                      << QStringLiteral("en") << QStringLiteral("photobooth");
        QTest::newRow("by permission, light")
            << QStringLiteral("by-permission-light") << 1 << false << QStringLiteral("en")
            << QStringLiteral("photobooth");
        QTest::newRow("by permission, dark")
            << QStringLiteral("by-permission-dark") << 1 << true << QStringLiteral("en")
            << QStringLiteral("photobooth");
        QTest::newRow("by app, in German") << QStringLiteral("by-app-light-de") << 0 << false
                                           << QStringLiteral("de") << QStringLiteral("photobooth");
        QTest::newRow("a devmode snap, light")
            << QStringLiteral("by-app-devmode-light") << 0 << false << QStringLiteral("en")
            << QStringLiteral("hello");
        QTest::newRow("a choice of slots, dark")
            << QStringLiteral("by-app-choice-dark") << 0 << true << QStringLiteral("en")
            << QStringLiteral("gallery");
        QTest::newRow("by permission, in German, dark")
            << QStringLiteral("by-permission-dark-de") << 1 << true << QStringLiteral("de")
            << QStringLiteral("photobooth");
        QTest::newRow("an app's denials, light")
            << QStringLiteral("by-app-denials-light") << 0 << false << QStringLiteral("en")
            << QStringLiteral("probe");
        QTest::newRow("an app's denials, dark")
            << QStringLiteral("by-app-denials-dark") << 0 << true << QStringLiteral("en")
            << QStringLiteral("probe");
        QTest::newRow("denials, light") << QStringLiteral("denials-light") << 2 << false
                                        << QStringLiteral("en") << QStringLiteral("photobooth");
        QTest::newRow("denials, dark") << QStringLiteral("denials-dark") << 2 << true
                                       << QStringLiteral("en") << QStringLiteral("photobooth");
    }

    void screenshot()
    {
        QFETCH(QString, name);
        QFETCH(int, view);
        QFETCH(bool, dark);
        QFETCH(QString, language);
        QFETCH(QString, snap);
        QLocale::setDefault(QLocale(language));
        corral::installTranslations(*QCoreApplication::instance());

        // corral-settings' window, made as corral-settings makes it.
        QQmlApplicationEngine engine;
        engine.addImportPath(QStringLiteral(CORRAL_QML_IMPORT_DIR));
        engine.setInitialProperties({ { QStringLiteral("initialSnap"), snap } });
        engine.loadData(QByteArrayLiteral("import Corral.Permissions\nSettingsWindow {}\n"),
            QUrl(QStringLiteral("qrc:/tst_qmlscreenshots/main.qml")));
        QVERIFY(!engine.rootObjects().isEmpty());
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        if (dark)
            QVERIFY(applyPalette(window, darkPalette()));
        auto *page = window->property("page").value<QQuickItem *>();
        QVERIFY(page);
        if (view == 1)
            page->setProperty("currentInterface", QStringLiteral("network"));
        page->setProperty("currentView", view);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(window->size(), QSize(1000, 680));

        // Until the lists are filled and the icons loaded: the permissions (of the snap or
        // the interface), and the denials. A new helper also reads the kernel's log, which
        // may hold probe denials of earlier tests, so there are at least the two made here.
        const char *listNames[] = { "plugList", "interfacePlugList", "allDenialList" };
        const QHash<QString, int> plugsOf { { QStringLiteral("photobooth"), 7 },
            { QStringLiteral("hello"), 2 }, { QStringLiteral("gallery"), 1 },
            { QStringLiteral("probe"), 1 } };
        auto *list = page->findChild<QQuickItem *>(QLatin1String(listNames[view]));
        QVERIFY(list);
        if (view == 2) {
            QTRY_VERIFY_WITH_TIMEOUT(list->property("count").toInt() >= 2, 30000);
        } else {
            const int rows = view == 1 ? 2 : plugsOf.value(snap);
            QTRY_COMPARE_WITH_TIMEOUT(list->property("count").toInt(), rows, 30000);
        }
        if (view == 0 && snap == QLatin1String("probe")) {
            QTRY_VERIFY_WITH_TIMEOUT(findItem(page, QStringLiteral("denialList"))
                    && findItem(page, QStringLiteral("denialList"))->property("count").toInt() >= 2,
                30000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(imagesLoaded(window->contentItem()), 20000);
        // …the chooser of slots there when several fit (the candidates come on their own)…
        if (snap == QLatin1String("gallery") && view == 0) {
            QTRY_VERIFY_WITH_TIMEOUT(findItem(page, QStringLiteral("slotChooser"))
                    && findItem(page, QStringLiteral("slotChooser"))->isVisible(),
                20000);
        }
        // …and the list at the side shows what is selected.
        if (view < 2) {
            auto *selector = page->findChild<QQuickItem *>(
                QLatin1String(view == 0 ? "snapList" : "interfaceList"));
            QVERIFY(selector);
            QTRY_VERIFY(selector->property("currentIndex").toInt() >= 0);
        }

        // A few denials leave most of their view the window's colour: not blank for that.
        const double oneColour = view == 2 ? 0.98 : 0.95;
        QImage image;
        QTRY_VERIFY2_WITH_TIMEOUT(blankness(image = window->grabWindow(), oneColour).isEmpty(),
            qPrintable(name + QLatin1String(": ") + blankness(image, oneColour)), 20000);
        const QString file = QStringLiteral(CORRAL_SCREENSHOT_DIR "/%1.png").arg(name);
        QVERIFY2(image.save(file), qPrintable(file));
        qInfo("%s", qPrintable(file));

        // The palette reaches the whole page: no light patches in the dark, or the reverse.
        const double lightness = meanLightness(image);
        if (dark)
            QVERIFY2(lightness < 0.3, qPrintable(QString::number(lightness)));
        else
            QVERIFY2(lightness > 0.7, qPrintable(QString::number(lightness)));

        const QStringList problems = cutOff(window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("\n"))));

        // The page speaks the language: in German, the catalogue's words.
        auto *tab = page->findChild<QQuickItem *>(QStringLiteral("byAppTab"));
        QVERIFY(tab);
        const QString byApp = QCoreApplication::translate("PermissionsPage", "By app");
        if (language == QLatin1String("de"))
            QVERIFY2(byApp != QLatin1String("By app"), "the German catalogue lacks the page");
        QCOMPARE(tab->property("text").toString(), byApp);
    }
};

int main(int argc, char *argv[])
{
    // No desktop settings leak in: the style, palettes and language are the test's.
    qunsetenv("QT_QPA_PLATFORMTHEME");
    qunsetenv("QT_STYLE_OVERRIDE");
    qunsetenv("QT_QUICK_CONTROLS_STYLE");
    qunsetenv("QT_SCALE_FACTOR");
    qputenv("LC_ALL", "C.UTF-8");
    qunsetenv("LANGUAGE");
    corral::test::Xvfb xvfb;
    QString error;
    if (xvfb.start(QStringLiteral("1280x1024x24"), &error)) {
        qputenv("DISPLAY", xvfb.display().toLatin1());
        qputenv("QT_QPA_PLATFORM", "xcb");
    } else {
        qWarning("%s: the pictures are rendered offscreen instead", qPrintable(error));
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    int status = 0;
    {
        QGuiApplication app(argc, argv);
        TestQmlScreenshots test;
        QTEST_SET_MAIN_SOURCE_PATH
        status = QTest::qExec(&test, argc, argv);
    }
    xvfb.stop();
    return status;
}

#include "tst_qmlscreenshots.moc"
