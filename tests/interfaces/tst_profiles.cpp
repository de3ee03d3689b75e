// Generated profiles of the example snaps, against golden files, and through the real
// apparmor_parser; incremental generation.
#include "interfaces/apparmor.h"
#include "interfaces/dirs.h"
#include "interfaces/profiles.h"
#include "interfaces/snapyaml.h"

#include "tests/common/temproot.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace corral;
using corral::test::TempRoot;

namespace {

const QString examplesSource = QStringLiteral(CORRAL_TEST_DATA_DIR "/../../examples");
const QString goldenDir = QStringLiteral(CORRAL_TEST_DATA_DIR "/profiles");

SnapInfo example(const QString &name)
{
    const SnapYamlResult result = readSnapYaml(examplesSource + QLatin1Char('/') + name);
    if (!result.ok())
        qFatal("example %s does not parse", qPrintable(name));
    return *result.snap;
}

struct World
{
    Repository repository;
    QMap<QString, InstalledRevision> installed;
};

// The three example snaps installed and auto-connected, photobooth's camera and
// pictures connected by hand.
World examples(bool photoboothInDevmode = false)
{
    World world;
    for (const char *name : { "busybox-base", "hello", "photobooth" }) {
        const SnapInfo info = example(QLatin1String(name));
        const Problems problems = world.repository.addSnap(info);
        if (!problems.isEmpty())
            qFatal("%s", qPrintable(problems.first().toString()));
        world.installed.insert(info.name, { QStringLiteral("x1"), false, false });
        world.repository.autoConnect(info.name);
    }
    world.installed[QStringLiteral("photobooth")].devmode = photoboothInDevmode;
    QString error;
    for (const char *plug : { "camera", "pictures" }) {
        if (!world.repository.connect(
                { QStringLiteral("photobooth"), QLatin1String(plug) }, {}, &error))
            qFatal("%s", qPrintable(error));
    }
    return world;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedFilesMatchTheGoldenFiles_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("kind");
        for (const char *tag : { "snap.hello.hello", "snap.hello.env", "snap.photobooth.photobooth",
                 "snap.photobooth.share" }) {
            for (const char *kind : { "plan", "apparmor", "seccomp" })
                QTest::addRow("%s %s", tag, kind)
                    << QString::fromLatin1(tag) << QString::fromLatin1(kind);
        }
    }
    void generatedFilesMatchTheGoldenFiles()
    {
        QFETCH(QString, tag);
        QFETCH(QString, kind);
        TempRoot root;
        World world = examples();
        QString error;
        ProfileGenerator generator(world.repository, world.installed);
        QVERIFY2(generator.generate(world.installed.keys(), { false }, nullptr, &error),
            qPrintable(error));

        // Paths below the temporary root are written as @ROOT@ in the golden files.
        QByteArray generated = readAll(ProfileGenerator::profilePaths(tag).value(kind));
        QVERIFY(!generated.isEmpty());
        generated.replace(root.path().toUtf8(), "@ROOT@");
        const QString golden = goldenDir + QLatin1Char('/') + tag + QLatin1Char('.') + kind;
        if (qEnvironmentVariableIsSet("CORRAL_UPDATE_GOLDEN")) {
            QDir().mkpath(goldenDir);
            QFile file(golden);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(generated);
        }
        QCOMPARE(QString::fromUtf8(generated), QString::fromUtf8(readAll(golden)));
    }

    void everyGeneratedProfileCompiles_data()
    {
        QTest::addColumn<bool>("devmode");
        QTest::newRow("strict") << false;
        QTest::newRow("devmode, in complain mode") << true;
    }
    void everyGeneratedProfileCompiles()
    {
        QFETCH(bool, devmode);
        TempRoot root;
        World world = examples(devmode);
        QString error;
        QVERIFY2(ProfileGenerator(world.repository, world.installed)
                     .generate(world.installed.keys(), { true }, nullptr, &error),
            qPrintable(error));
        const QDir profiles(dirs::apparmorDir());
        QStringList paths;
        for (const QString &name : profiles.entryList(QDir::Files))
            paths << profiles.filePath(name);
        QCOMPARE(paths.size(), 4);
        QVERIFY2(checkApparmorProfiles(paths, &error), qPrintable(error));
        const QByteArray profile
            = readAll(profiles.filePath(QStringLiteral("snap.photobooth.photobooth")));
        QCOMPARE(profile.contains("flags=(attach_disconnected,mediate_deleted,complain)"), devmode);
        const QByteArray plan
            = readAll(ProfileGenerator::profilePaths(QStringLiteral("snap.photobooth.photobooth"))
                          .value(QStringLiteral("plan")));
        QVERIFY(plan.contains(devmode ? "confinement devmode" : "confinement strict"));
    }

    void aFailedCheckWritesNothing()
    {
        TempRoot root;
        World world = examples();
        QString error;
        QVERIFY(ProfileGenerator(world.repository, world.installed)
                    .generate(world.installed.keys(), { true }, nullptr, &error));
        const QString plan = ProfileGenerator::profilePaths(QStringLiteral("snap.hello.hello"))
                                 .value(QStringLiteral("plan"));
        const QByteArray before = readAll(plan);

        // Without apparmor_parser no changed profile can be checked, so the change that
        // needs one (hello loses the network) must not reach any file.
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", "/nonexistent");
        QVERIFY(world.repository.disconnect(
            { QStringLiteral("hello"), QStringLiteral("network") }, {}, false, &error));
        const bool generated
            = ProfileGenerator(world.repository, world.installed)
                  .generate({ QStringLiteral("hello") }, { true }, nullptr, &error);
        qputenv("PATH", path);
        QVERIFY(!generated);
        QVERIFY2(
            error.startsWith(QLatin1String("cannot compile AppArmor profile")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("cannot run apparmor_parser")), qPrintable(error));
        QCOMPARE(readAll(plan), before);
    }

    void generationIsIncremental()
    {
        TempRoot root;
        World world = examples();
        QString error;
        GenerateStats stats;
        QVERIFY(ProfileGenerator(world.repository, world.installed)
                    .generate(world.installed.keys(), { false }, &stats, &error));
        QCOMPARE(stats.apps, 4);
        // plan, profile, seccomp source and binary per app, and photobooth's udev rules
        QCOMPARE(stats.filesWritten, 17);

        // Nothing changed: nothing written.
        QVERIFY(ProfileGenerator(world.repository, world.installed)
                    .generate(world.installed.keys(), { false }, &stats, &error));
        QCOMPARE(stats.filesWritten, 0);

        // Disconnecting hello's network changes hello's apps only, and only what the
        // network interface contributes to.
        QVERIFY(world.repository.disconnect(
            { QStringLiteral("hello"), QStringLiteral("network") }, {}, false, &error));
        const ConnRef ref = *ConnRef::fromKey(QStringLiteral("hello:network system:network"));
        const QStringList affected = world.repository.affectedSnaps(ref);
        QCOMPARE(affected, QStringList { QStringLiteral("hello") });
        QVERIFY(ProfileGenerator(world.repository, world.installed)
                    .generate(affected, { false }, &stats, &error));
        QCOMPARE(stats.apps, 2);
        QVERIFY2(stats.filesWritten > 0 && stats.filesWritten <= 8,
            qPrintable(QString::number(stats.filesWritten)));
    }

    void removedAppsLoseTheirFiles()
    {
        TempRoot root;
        World world = examples();
        QString error;
        QVERIFY(ProfileGenerator(world.repository, world.installed)
                    .generate(world.installed.keys(), { false }, nullptr, &error));
        QVERIFY(
            QFile::exists(dirs::udevRulesDir() + QStringLiteral("/70-corral-photobooth.rules")));
        QVERIFY(ProfileGenerator::removeSnapFiles(QStringLiteral("photobooth"), &error));
        QVERIFY(
            !QFile::exists(dirs::udevRulesDir() + QStringLiteral("/70-corral-photobooth.rules")));
        QVERIFY(
            QDir(dirs::plansDir()).entryList({ QStringLiteral("snap.photobooth.*") }).isEmpty());
        QCOMPARE(QDir(dirs::plansDir()).entryList(QDir::Files).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
