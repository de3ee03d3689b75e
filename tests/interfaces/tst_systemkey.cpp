#include "interfaces/dirs.h"
#include "interfaces/interfacemanager.h"
#include "interfaces/systemkey.h"

#include "tests/common/temproot.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace corral;
using corral::test::TempRoot;

class TestSystemKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theKeyNamesWhatProfilesDependOn()
    {
        const SandboxFeatures features = detectSandboxFeatures();
        const QByteArray key = systemKey(features);
        QCOMPARE(systemKey(detectSandboxFeatures()), key); // stable across runs
        const QJsonObject object = QJsonDocument::fromJson(key).object();
        for (const char *field : { "corral", "default-template", "seccomp-template", "launch-plan",
                 "apparmor", "apparmor-parser", "landlock-abi", "cgroup-v2" })
            QVERIFY2(object.contains(QLatin1String(field)), field);
        QCOMPARE(object.value(QStringLiteral("landlock-abi")).toInt(), features.landlockAbi);

        SandboxFeatures other = features;
        other.landlockAbi += 1;
        QVERIFY(systemKey(other) != key);
    }

    void aChangedKeyRegeneratesEverything()
    {
        TempRoot root;
        const QByteArray key = systemKey(detectSandboxFeatures());
        QVERIFY(systemKeyChanged(key)); // none stored yet
        const Outcome first = InterfaceManager().regenerateIfSystemKeyChanged();
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY(!systemKeyChanged(key));

        // Another kernel or parser: the stored key differs and is rewritten.
        QString error;
        QVERIFY(writeSystemKey("{\"version\": 0}\n", &error));
        QVERIFY(systemKeyChanged(key));
        QVERIFY(InterfaceManager().regenerateIfSystemKeyChanged().ok);
        QFile stored(dirs::systemKeyFile());
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), key);
    }

    void featuresAreDescribedForPeople()
    {
        const QStringList lines = describeSandboxFeatures(detectSandboxFeatures());
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines.at(0).startsWith(QLatin1String("apparmor: ")));
        QVERIFY(lines.at(3).startsWith(QLatin1String("landlock: ")));
    }
};

QTEST_GUILESS_MAIN(TestSystemKey)
#include "tst_systemkey.moc"
