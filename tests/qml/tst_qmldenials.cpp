// What the sandbox refused, on the Corral.Permissions page (Qt Quick Test, the cases of
// denials.qml beside this file), with real denials: the probe snap runs through the real
// setuid launcher in a root the launcher accepts, does what its sandbox forbids, and the
// kernel's records reach the real helper, which explains them to the page. A helper sends a
// person only their own denials, so the page's system bus connection belongs to the person
// who runs the probe: a TestUser with a home, whom the tests' polkit rules name. tst_qml's
// fixture (the example snaps, its own bus user) stays as it is.
#include "tests/common/helperfixture.h"
#include "tests/launcher/launchroot.h"
#include "tests/qml/testsnaps.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QGuiApplication>
#include <QJSEngine>
#include <QQmlEngine>
#include <QtQml/qqml.h>
#include <QtQuickTest/quicktest.h>

#include <memory>
#include <unistd.h>

using corral::test::HelperFixture;
using corral::test::LaunchResult;
using corral::test::TestUser;

namespace {

// The fixture and the person at the page, shared by the QML file's engine; null until the
// setup made them.
std::unique_ptr<HelperFixture> fixture;
std::unique_ptr<TestUser> person;
QString skipReason;
QString fixtureError;

const QString ManageInterfaces = QStringLiteral("org.corral.manage-interfaces");

} // namespace

// What the QML cases ask of the world outside the page (`import Corral.Test`), with the
// names PageTestCase uses.
class TestSupport : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString skipReason READ skipReasonText CONSTANT)
    Q_PROPERTY(QString error READ errorText CONSTANT)
    // The person's home directory.
    Q_PROPERTY(QString home READ home CONSTANT)

public:
    using QObject::QObject;
    QString skipReasonText() const { return skipReason; }
    QString errorText() const { return fixtureError; }
    QString home() const { return person ? person->home() : QString(); }

    // The plugs of `snap` connected now, as the helper says (asked as root).
    Q_INVOKABLE QStringList connectedPlugs(const QString &snap) const
    {
        return fixture ? fixture->connectedPlugs(snap) : QStringList();
    }

    // Runs installed app `app` ("snap.app") as the person with the probe's `arguments`, to
    // its end; the probe's verdict ("ok …", "EPERM", "EACCES"). It lingers a second after
    // the deed, for the helper to ask the running process which app it is.
    Q_INVOKABLE QString runApp(const QString &app, const QStringList &arguments) const
    {
        if (!fixture || !person)
            return QString();
        const LaunchResult result = fixture->runApp(app,
            QStringList { QStringLiteral("--linger"), QStringLiteral("1") } + arguments,
            person.get());
        if (result.verdict().isEmpty())
            qWarning("%s printed nothing: %s", qPrintable(app), qPrintable(result.err));
        return result.verdict();
    }

    // Writes a file of the person's below their home directory; its absolute path.
    Q_INVOKABLE QString writeHomeFile(const QString &relative, const QString &content) const
    {
        if (!person || !person->writeFile(relative, content.toUtf8()))
            return QString();
        return person->home() + QLatin1Char('/') + relative;
    }

    // Disconnects `plug` from every slot through the helper, as root.
    Q_INVOKABLE bool disconnectPlug(const QString &plug) const
    {
        if (!fixture)
            return false;
        QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.corral.Manager1"),
            QStringLiteral("/org/corral/Manager1"), QStringLiteral("org.corral.Manager1"),
            QStringLiteral("Disconnect"));
        call << plug << QString() << false;
        const QDBusMessage reply = fixture->bus().connection().call(call, QDBus::Block, 60000);
        if (reply.type() != QDBusMessage::ReplyMessage)
            qWarning(
                "cannot disconnect %s: %s", qPrintable(plug), qPrintable(reply.errorMessage()));
        return reply.type() == QDBusMessage::ReplyMessage;
    }

    // polkit: the person may change connections (the default of these tests), or no one
    // may change anything.
    Q_INVOKABLE bool allowChanges() const
    {
        return fixture && person
            && fixture->bus().setRules(HelperFixture::allowRule(ManageInterfaces, person->name()));
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
            skipReason = QStringLiteral("runs the setuid launcher and the helper on a bus of "
                                        "their own: root only");
            return;
        }
        fixture = std::make_unique<HelperFixture>();
        // probe-dev runs in development mode: what its sandbox would refuse is only logged.
        if (!fixture->start({ QStringLiteral("busybox-base"), QStringLiteral("probe") },
                { .launchable = true, .devmode = { QStringLiteral("probe-dev") } })) {
            fixtureError = fixture->errorString();
            return;
        }
        person = std::make_unique<TestUser>();
        if (!person->isValid()) {
            fixtureError = QStringLiteral("cannot create a user to run the probe as");
            return;
        }
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", fixture->address().toLocal8Bit());
        fixtureError = corral::test::connectSystemBusAsUser(person->uid(), person->gid());
        if (fixtureError.isEmpty()
            && !fixture->bus().setRules(HelperFixture::allowRule(ManageInterfaces, person->name())))
            fixtureError = fixture->bus().errorString();
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral(CORRAL_QML_IMPORT_DIR));
    }

    void cleanupTestCase()
    {
        // The helper and its root first, then the person (whose home goes with them).
        fixture.reset();
        person.reset();
    }
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qmldenials, Setup)

#include "tst_qmldenials.moc"
