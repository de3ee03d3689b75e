// Corral's helper for real, for the tests of its clients (corral-client, the Widgets app,
// the QML page): a TestBus with the helper on a temporary CORRAL_ROOT and example snaps
// installed through it. Needs root; stops everything it started when destroyed.
#pragma once

#include "tests/common/temproot.h"
#include "tests/common/testbus.h"
#include "tests/launcher/launchroot.h"

#include <QDBusConnection>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>

namespace corral::test {

class HelperFixture
{
public:
    HelperFixture();
    ~HelperFixture();
    HelperFixture(const HelperFixture &) = delete;
    HelperFixture &operator=(const HelperFixture &) = delete;

    struct Options
    {
        // A root the setuid launcher accepts (a LaunchRoot below /run/corral-tests), so
        // that runApp() can run the installed apps; a plain temporary root otherwise.
        bool launchable = false;
        // Example snaps installed after the others in devmode (probe-dev).
        QStringList devmode;
    };

    // Starts the bus, polkitd and the helper, and installs `snaps` (names of example snaps
    // built into the build tree's examples/, bases first) through the
    // helper. False, with errorString(), when any of it failed.
    bool start(const QStringList &snaps = { QStringLiteral("busybox-base"),
                   QStringLiteral("photobooth"), QStringLiteral("hello") });
    bool start(const QStringList &snaps, const Options &options);
    QString errorString() const { return m_error; }

    TestBus &bus() { return *m_bus; }
    TempRoot &root() { return *m_root; } // not for a launchable root
    QString rootPath() const;
    // The bus's address, for DBUS_SYSTEM_BUS_ADDRESS of clients that use the system bus.
    QString address() const;

    // Installs example snap `name` through the helper (as root), with Install's `options`
    // (devmode, classic); its name, or empty with *error.
    QString install(const QString &name, QString *error = nullptr, const QVariantMap &options = {});
    // What the helper says now, asked as root: ListConnections' maps, and the plugs of
    // `snap` that are connected (their "snap:plug" refs).
    QList<QVariantMap> connections();
    QStringList connectedPlugs(const QString &snap);
    // Runs the real `corral` command line against the helper (as root), to its end.
    CommandResult runCli(const QStringList &arguments);

    // Runs installed app `app` ("snap.app") with `arguments` through the real setuid
    // launcher, as `user` (or root), to its end. Only with a launchable root.
    LaunchResult runApp(
        const QString &app, const QStringList &arguments, const TestUser *user = nullptr);

    // polkit rules (JavaScript): one that allows `action` for the test user, and one that
    // refuses every Corral action to everyone.
    // `user`: the name of the person it allows (the bus's own test user by default).
    static QString allowRule(const QString &action, const QString &user = TestBus::userName());
    static QString denyRule();

private:
    QString m_error;
    std::unique_ptr<TempRoot> m_root;
    std::unique_ptr<LaunchRoot> m_launchRoot;
    std::unique_ptr<TestBus> m_bus;
};

} // namespace corral::test
