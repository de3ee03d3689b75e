// removable-media: waits for a person; what desktops mount below /media and /run/media.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const photoImport = R"(name: photo-import
version: '1'
apps:
  import:
    command: bin/import
    plugs: [removable-media]
)";

class RemovableMediaTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsForAPerson()
    {
        QVERIFY(!TestConnection::toSystem(photoImport, QStringLiteral("removable-media"))
                     .autoConnects());
    }

    void grantsMountedMediaOnly()
    {
        const Policy policy
            = TestConnection::toSystem(photoImport, QStringLiteral("removable-media")).plugPolicy();
        expectFile(policy, "/media/*/** rwlk");
        expectFile(policy, "/run/media/*/** rwlk");
        expectFile(policy, "/media/ r");
        QVERIFY(!fileRules(policy).contains(QStringLiteral("/media/** rwlk")));
    }
};

} // namespace

std::unique_ptr<QObject> removableMediaTest()
{
    return std::make_unique<RemovableMediaTest>();
}

} // namespace corral::test

#include "removable_media_test.moc"
