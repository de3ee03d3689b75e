// location-observe: waits for a person; asks GeoClue, the host's or a location snap's.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const maps = R"(name: maps
version: '1'
apps:
  maps:
    command: bin/maps
    plugs: [location-observe]
)";

const char *const geoclue = R"(name: geoclue
version: '2'
apps:
  geoclue:
    command: libexec/geoclue
    daemon: simple
    slots: [location]
slots:
  location:
    interface: location-observe
)";

class LocationObserveTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsForAPerson()
    {
        QVERIFY(!TestConnection::toSystem(maps, QStringLiteral("location-observe")).autoConnects());
    }

    void asksTheHostGeoClue()
    {
        const Policy policy
            = TestConnection::toSystem(maps, QStringLiteral("location-observe")).plugPolicy();
        expectAppArmor(policy,
            "interface=org.freedesktop.GeoClue2.Manager "
            "member={GetClient,CreateClient,DeleteClient} "
            "peer=(label=unconfined)");
    }

    void asksTheGeoClueOfASnap()
    {
        const TestConnection connection = TestConnection::toSnap(
            maps, QStringLiteral("location-observe"), geoclue, QStringLiteral("location"));
        QCOMPARE(connection.problem(), QString());
        expectAppArmor(connection.plugPolicy(), "peer=(label=snap.geoclue.geoclue)");
        expectAppArmor(connection.slotPolicy(), "peer=(label=snap.maps.maps)");
        expectAppArmor(findInterface(QStringLiteral("location-observe"))->permanentSlot,
            "dbus (bind) bus=system name=\"org.freedesktop.GeoClue2\"");
    }
};

} // namespace

std::unique_ptr<QObject> locationObserveTest()
{
    return std::make_unique<LocationObserveTest>();
}

} // namespace corral::test

#include "location_observe_test.moc"
