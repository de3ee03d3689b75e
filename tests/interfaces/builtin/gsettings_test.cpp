// gsettings: connects on its own; the dconf database and its writer service.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const gnomeApp = R"(name: gnome-app
version: '1'
apps:
  gnome-app:
    command: bin/gnome-app
    plugs: [gsettings]
)";

class GsettingsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectsOnItsOwn()
    {
        QVERIFY(TestConnection::toSystem(gnomeApp, QStringLiteral("gsettings")).autoConnects());
    }

    void readsAndWritesTheSettingsDatabase()
    {
        const Policy policy
            = TestConnection::toSystem(gnomeApp, QStringLiteral("gsettings")).plugPolicy();
        expectFile(policy, "owner @{HOME}/.config/dconf/user rwlk");
        expectFile(policy, "owner /run/user/[0-9]*/dconf/user rwlk");
        expectAppArmor(policy, "interface=ca.desrt.dconf.Writer");
    }
};

} // namespace

std::unique_ptr<QObject> gsettingsTest()
{
    return std::make_unique<GsettingsTest>();
}

} // namespace corral::test

#include "gsettings_test.moc"
