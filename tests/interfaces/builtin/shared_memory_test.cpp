// shared-memory: an app snap's slot names the /dev/shm objects it shares with plugs of
// the same name; a private plug gets a /dev/shm of its own from the system instead.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

QByteArray consumer(const char *plugAttributes)
{
    return QByteArray(R"(name: viewer
version: '1'
apps:
  viewer:
    command: bin/viewer
    plugs: [frames]
plugs:
  frames:
    interface: shared-memory
)") + plugAttributes;
}

QByteArray producer(const char *slotAttributes)
{
    return QByteArray(R"(name: camera-daemon
version: '1'
apps:
  daemon:
    command: bin/daemon
    slots: [frames]
slots:
  frames:
    interface: shared-memory
)") + slotAttributes;
}

const char *const sharedFrames = "    read: [frames-*]\n    write: [control]\n";

TestConnection connectProducer(const char *plugAttributes, const char *slotAttributes)
{
    return TestConnection::toSnap(consumer(plugAttributes).constData(), QStringLiteral("frames"),
        producer(slotAttributes).constData(), QStringLiteral("frames"));
}

class SharedMemoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plugIsPrivateOrNamed_data()
    {
        QTest::addColumn<QByteArray>("attributes");
        QTest::addColumn<QString>("problem");
        QTest::newRow("a named plug") << QByteArray("    shared-memory: frames\n") << QString();
        QTest::newRow("a private plug") << QByteArray("    private: true\n") << QString();
        QTest::newRow("private not a bool") << QByteArray("    private: maybe\n")
                                            << QStringLiteral("\"private\" must be true or false");
        QTest::newRow("private and named")
            << QByteArray("    private: true\n    shared-memory: frames\n")
            << QStringLiteral("\"shared-memory\" cannot be given with \"private: true\"");
    }

    void plugIsPrivateOrNamed()
    {
        QFETCH(QByteArray, attributes);
        QFETCH(QString, problem);
        QCOMPARE(
            plugProblem(consumer(attributes.constData()).constData(), QStringLiteral("frames")),
            problem);
    }

    void slotNamesObjectsInDevShm_data()
    {
        QTest::addColumn<QByteArray>("attributes");
        QTest::addColumn<QString>("problem");
        QTest::newRow("names and a pattern") << QByteArray(sharedFrames) << QString();
        QTest::newRow("nothing shared")
            << QByteArray()
            << QStringLiteral("needs a \"read\" or \"write\" list of names to share");
        QTest::newRow("a path") << QByteArray("    write: [dir/object]\n")
                                << QStringLiteral(
                                       "\"dir/object\" must be a name in /dev/shm, without \"/\"");
        QTest::newRow("two stars") << QByteArray("    read: [\"a**\"]\n")
                                   << QStringLiteral("\"a**\" can hold one \"*\" at most");
        QTest::newRow("another pattern character") << QByteArray(
            "    read: [\"frame?\"]\n") << QStringLiteral("\"frame?\" cannot contain \"?\"");
    }

    void slotNamesObjectsInDevShm()
    {
        QFETCH(QByteArray, attributes);
        QFETCH(QString, problem);
        QCOMPARE(
            slotProblem(producer(attributes.constData()).constData(), QStringLiteral("frames")),
            problem);
    }

    void namesDefaultToThePlugAndSlot()
    {
        const TestConnection connection = connectProducer("", sharedFrames);
        QCOMPARE(connection.problem(), QString());
        QCOMPARE(connection.plug().attributes.value(QStringLiteral("shared-memory")),
            QVariant(QStringLiteral("frames")));
        QCOMPARE(connection.plug().attributes.value(QStringLiteral("private")), QVariant(false));
        QCOMPARE(connection.connectionProblem(), QString());
        QVERIFY(!connection.autoConnects());
    }

    void namesMustMatch()
    {
        QCOMPARE(connectProducer("    shared-memory: audio\n", sharedFrames).connectionProblem(),
            QStringLiteral("the plug wants shared memory \"audio\", the slot offers "
                           "\"frames\""));
        QCOMPARE(connectProducer("    private: true\n", sharedFrames).connectionProblem(),
            QStringLiteral("a plug with \"private: true\" connects to the system"));
        QCOMPARE(TestConnection::toSystem(consumer("").constData(), QStringLiteral("frames"))
                     .connectionProblem(),
            QStringLiteral("the system only offers a private /dev/shm: set \"private: "
                           "true\""));
    }

    void thePlugReadsWhatIsReadOnly()
    {
        const TestConnection connection = connectProducer("", sharedFrames);
        expectFile(connection.plugPolicy(), "/dev/shm/frames-* r");
        expectFile(connection.plugPolicy(), "/dev/shm/control rwlk");
        expectFile(connection.slotPolicy(), "/dev/shm/frames-* rwlk");
        expectFile(connection.slotPolicy(), "/dev/shm/control rwlk");
    }

    void aPrivatePlugGetsItsOwnDevShm()
    {
        const TestConnection connection = TestConnection::toSystem(
            consumer("    private: true\n").constData(), QStringLiteral("frames"));
        QCOMPARE(connection.connectionProblem(), QString());
        const Policy policy = connection.plugPolicy();
        QCOMPARE(policy.mounts,
            (QList<MountRule> { MountRule {
                QStringLiteral("/dev/shm/snap.viewer"), QStringLiteral("/dev/shm"), false } }));
        expectFile(policy, "/dev/shm/** rwlk");
    }
};

} // namespace

std::unique_ptr<QObject> sharedMemoryTest()
{
    return std::make_unique<SharedMemoryTest>();
}

} // namespace corral::test

#include "shared_memory_test.moc"
