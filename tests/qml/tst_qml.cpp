// The Corral.Permissions page (Qt Quick Test, tst_*.qml beside this file) against the real
// helper: its own system bus, polkitd and a temporary CORRAL_ROOT with the example snaps,
// started by the setup below before any QML runs. The page's system bus connection belongs
// to the unprivileged test user, as a desktop session's would: polkit rules the tests write
// decide what it may change, and a denial is a real one. What the tests check, they ask the
// helper (as root) or the real `corral` command, through the TestSupport singleton
// (`import Corral.Test`).
#include "tests/common/helperfixture.h"
#include "tests/qml/testsnaps.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QGuiApplication>
#include <QJSEngine>
#include <QQmlEngine>
#include <QVariantMap>
#include <QtQml/qqml.h>
#include <QtQuickTest/quicktest.h>

#include <memory>
#include <unistd.h>

using corral::test::CommandResult;
using corral::test::HelperFixture;

namespace {

const QString ManageInterfaces = QStringLiteral("org.corral.manage-interfaces");

// The fixture, shared by every QML file's engine; null until the setup started it.
std::unique_ptr<HelperFixture> fixture;
// Why the tests cannot run (not root), or why the fixture failed.
QString skipReason;
QString fixtureError;

QVariantMap resultMap(const CommandResult &result)
{
    return { { QStringLiteral("finished"), result.finished },
        { QStringLiteral("exitCode"), result.exitCode }, { QStringLiteral("out"), result.out },
        { QStringLiteral("err"), result.err } };
}

} // namespace

// What the QML tests ask of the world outside the page.
class TestSupport : public QObject
{
    Q_OBJECT
    // Why the tests skip (not root), or "".
    Q_PROPERTY(QString skipReason READ skipReasonText CONSTANT)
    // Why the fixture failed (a test failure), or "".
    Q_PROPERTY(QString error READ errorText CONSTANT)

public:
    using QObject::QObject;
    QString skipReasonText() const { return skipReason; }
    QString errorText() const { return fixtureError; }

    // The plugs of `snap` connected now, as the helper says (asked as root).
    Q_INVOKABLE QStringList connectedPlugs(const QString &snap) const
    {
        return fixture ? fixture->connectedPlugs(snap) : QStringList();
    }

    // What the helper says of `plug`: whether it is connected to anything, the slots it is
    // connected to, and whether an automatic connection of it was taken away by a person.
    Q_INVOKABLE QVariantMap plugState(const QString &plug) const
    {
        QStringList slotRefs;
        bool undesired = false;
        if (fixture) {
            for (const QVariantMap &connection : fixture->connections()) {
                if (connection.value(QStringLiteral("plug")).toString() != plug)
                    continue;
                if (connection.value(QStringLiteral("connected")).toBool())
                    slotRefs << connection.value(QStringLiteral("slot")).toString();
                else
                    undesired = true;
            }
        }
        slotRefs.sort();
        return { { QStringLiteral("connected"), !slotRefs.isEmpty() },
            { QStringLiteral("slots"), slotRefs }, { QStringLiteral("undesired"), undesired } };
    }

    // Runs the real `corral` command as root against the helper: { finished, exitCode, out,
    // err }.
    Q_INVOKABLE QVariantMap runCli(const QStringList &arguments) const
    {
        if (!fixture)
            return {};
        return resultMap(fixture->runCli(arguments));
    }

    // Brings `plug` to `connected` with the CLI, as root; true when the helper then agrees.
    Q_INVOKABLE bool ensure(const QString &plug, bool connected) const
    {
        if (!fixture)
            return false;
        const QString snap = plug.section(QLatin1Char(':'), 0, 0);
        if (fixture->connectedPlugs(snap).contains(plug) == connected)
            return true;
        const CommandResult result = fixture->runCli(
            { connected ? QStringLiteral("connect") : QStringLiteral("disconnect"), plug });
        if (!result.finished || result.exitCode != 0)
            qWarning("cannot %s %s: %s", connected ? "connect" : "disconnect", qPrintable(plug),
                qPrintable(result.err));
        return fixture->connectedPlugs(snap).contains(plug) == connected;
    }

    // Connects `plug` to `slot` and nothing else, with the CLI as root.
    Q_INVOKABLE bool ensureSlot(const QString &plug, const QString &slot) const
    {
        if (!fixture)
            return false;
        if (plugState(plug).value(QStringLiteral("slots")).toStringList() == QStringList { slot })
            return true;
        fixture->runCli({ QStringLiteral("disconnect"), plug });
        const CommandResult result = fixture->runCli({ QStringLiteral("connect"), plug, slot });
        if (!result.finished || result.exitCode != 0)
            qWarning("cannot connect %s to %s: %s", qPrintable(plug), qPrintable(slot),
                qPrintable(result.err));
        return plugState(plug).value(QStringLiteral("slots")).toStringList()
            == QStringList { slot };
    }

    // Puts a snap's plugs back to what auto-connect makes of them (the helper's
    // ResetConnections, called as root).
    Q_INVOKABLE bool resetSnap(const QString &snap) const
    {
        if (!fixture)
            return false;
        QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.corral.Manager1"),
            QStringLiteral("/org/corral/Manager1"), QStringLiteral("org.corral.Manager1"),
            QStringLiteral("ResetConnections"));
        call.setArguments({ snap });
        const QDBusMessage reply = fixture->bus().connection().call(call, QDBus::Block, 120000);
        if (reply.type() != QDBusMessage::ReplyMessage)
            qWarning("cannot reset %s: %s", qPrintable(snap), qPrintable(reply.errorMessage()));
        return reply.type() == QDBusMessage::ReplyMessage;
    }

    // Stops the helper (the bus then has no one to answer for it), or starts it again.
    Q_INVOKABLE void stopHelper() const
    {
        if (fixture)
            fixture->bus().stopHelper();
    }
    Q_INVOKABLE bool startHelper() const
    {
        return fixture
            && fixture->bus().startHelper(
                fixture->root().path(), QStringLiteral("org.corral.Manager1"));
    }

    // polkit: the page's user may change connections (the default of these tests), or no
    // one may change anything.
    Q_INVOKABLE bool allowChanges() const
    {
        return fixture && fixture->bus().setRules(HelperFixture::allowRule(ManageInterfaces));
    }
    Q_INVOKABLE bool denyChanges() const
    {
        return fixture && fixture->bus().setRules(HelperFixture::denyRule());
    }
};

class Setup : public QObject
{
    Q_OBJECT

public:
    Setup() { corral::test::useQuickTestEnvironment(); }

public Q_SLOTS:
    void applicationAvailable()
    {
        qmlRegisterSingletonType<TestSupport>("Corral.Test", 1, 0, "TestSupport",
            [](QQmlEngine *, QJSEngine *) -> QObject * { return new TestSupport; });
        if (::geteuid() != 0) {
            skipReason = QStringLiteral("the page is tested against the real helper, polkitd "
                                        "and a bus of their own: root only");
            return;
        }
        fixture = std::make_unique<HelperFixture>();
        // hello in devmode: the page explains what that means.
        QString error;
        if (!fixture->start({ QStringLiteral("busybox-base"), QStringLiteral("photobooth") })
            || fixture
                   ->install(
                       QStringLiteral("hello"), &error, { { QStringLiteral("devmode"), true } })
                   .isEmpty()) {
            fixtureError = fixture->errorString().isEmpty() ? error : fixture->errorString();
            return;
        }
        // Gallery first: its photos plug connects to Photo Booth's, the only one then.
        for (const char *snap : { "gallery", "photo-album" }) {
            fixtureError = corral::test::installTestSnap(*fixture, QLatin1String(snap));
            if (!fixtureError.isEmpty())
                return;
        }
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", fixture->address().toLocal8Bit());
        fixtureError = corral::test::connectSystemBusAsUser(
            fixture->bus().userId(), fixture->bus().groupId());
        // The person at the page may change connections, until a test says otherwise.
        if (fixtureError.isEmpty()
            && !fixture->bus().setRules(HelperFixture::allowRule(ManageInterfaces)))
            fixtureError = fixture->bus().errorString();
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral(CORRAL_QML_IMPORT_DIR));
    }

    void cleanupTestCase()
    {
        // Stops the helper, polkitd and the bus, and removes the temporary root.
        fixture.reset();
    }
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qml, Setup)

#include "tst_qml.moc"
