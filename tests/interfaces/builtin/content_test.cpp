// content: plugs need a target, slots something to share; labels default to the names
// and decide both whether a plug and slot may connect and whether they do on their own;
// connecting bind-mounts what the slot shares onto the plug's target.
#include "builtintest.h"

#include "interfaces/validate.h"

#include <QTest>

namespace corral::test {
namespace {

QByteArray consumer(const char *plugAttributes)
{
    return QByteArray(R"(name: editor
version: '1'
apps:
  editor:
    command: bin/editor
    plugs: [themes]
plugs:
  themes:
    interface: content
)") + plugAttributes;
}

QByteArray provider(const char *slotAttributes)
{
    return QByteArray(R"(name: theme-pack
version: '1'
slots:
  themes:
    interface: content
)") + slotAttributes;
}

TestConnection connectThemes(const char *plugAttributes, const char *slotAttributes)
{
    return TestConnection::toSnap(consumer(plugAttributes).constData(), QStringLiteral("themes"),
        provider(slotAttributes).constData(), QStringLiteral("themes"));
}

class ContentTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plugNeedsATargetInsideTheSnap_data()
    {
        QTest::addColumn<QByteArray>("attributes");
        QTest::addColumn<QString>("problem");
        QTest::newRow("a target in $SNAP") << QByteArray("    target: $SNAP/themes\n") << QString();
        QTest::newRow("a target in $SNAP_COMMON")
            << QByteArray("    target: $SNAP_COMMON/themes\n") << QString();
        QTest::newRow("a default provider")
            << QByteArray("    target: $SNAP/themes\n    default-provider: gtk-common-themes\n")
            << QString();
        QTest::newRow("no target") << QByteArray()
                                   << QStringLiteral("needs a \"target\": where the content "
                                                     "appears in this snap");
        QTest::newRow("a target outside the snap")
            << QByteArray("    target: /usr/share/themes\n")
            << QStringLiteral("\"/usr/share/themes\" must be inside $SNAP, $SNAP_DATA or "
                              "$SNAP_COMMON");
        QTest::newRow("the snap itself as target")
            << QByteArray("    target: $SNAP\n")
            << QStringLiteral("\"$SNAP\" must be inside $SNAP, $SNAP_DATA or $SNAP_COMMON");
        QTest::newRow("a target climbing out")
            << QByteArray("    target: $SNAP/../../etc\n")
            << QStringLiteral("\"$SNAP/../../etc\" cannot contain \"..\"");
        QTest::newRow("an unclean target")
            << QByteArray("    target: $SNAP//themes/\n")
            << QStringLiteral("\"$SNAP//themes/\" is not clean: write \"$SNAP/themes\"");
        QTest::newRow("a list as target") << QByteArray("    target: [$SNAP/a]\n")
                                          << QStringLiteral("\"target\" must be a string");
        QTest::newRow("a default provider that is not a snap name")
            << QByteArray("    target: $SNAP/themes\n    default-provider: Not_A_Snap\n")
            << QStringLiteral("\"default-provider\": ")
                + checkSnapName(QStringLiteral("Not_A_Snap"));
    }

    void plugNeedsATargetInsideTheSnap()
    {
        QFETCH(QByteArray, attributes);
        QFETCH(QString, problem);
        QCOMPARE(
            plugProblem(consumer(attributes.constData()).constData(), QStringLiteral("themes")),
            problem);
    }

    void slotNeedsSomethingToShare_data()
    {
        QTest::addColumn<QByteArray>("attributes");
        QTest::addColumn<QString>("problem");
        QTest::newRow("read paths") << QByteArray("    read: [$SNAP/share/themes]\n") << QString();
        QTest::newRow("write paths") << QByteArray("    write: [$SNAP_DATA/cache]\n") << QString();
        QTest::newRow("a path relative to the snap")
            << QByteArray("    read: [share/themes]\n") << QString();
        QTest::newRow("the whole snap") << QByteArray("    read: [.]\n") << QString();
        QTest::newRow("nothing") << QByteArray()
                                 << QStringLiteral(
                                        "needs a \"read\" or \"write\" list of paths to share");
        QTest::newRow("an empty list")
            << QByteArray("    read: []\n")
            << QStringLiteral("needs a \"read\" or \"write\" list of paths to share");
        QTest::newRow("a string instead of a list") << QByteArray(
            "    read: $SNAP/share\n") << QStringLiteral("\"read\" must be a list of strings");
        QTest::newRow("a path outside the snap")
            << QByteArray("    write: [/etc]\n")
            << QStringLiteral("\"/etc\" must be inside $SNAP, $SNAP_DATA or $SNAP_COMMON");
        QTest::newRow("a path climbing out") << QByteArray(
            "    read: [../other]\n") << QStringLiteral("\"$SNAP/../other\" cannot contain \"..\"");
        QTest::newRow("a glob") << QByteArray("    read: [\"$SNAP/share/*\"]\n")
                                << QStringLiteral("\"$SNAP/share/*\" cannot contain \"*\"");
    }

    void slotNeedsSomethingToShare()
    {
        QFETCH(QByteArray, attributes);
        QFETCH(QString, problem);
        QCOMPARE(
            slotProblem(provider(attributes.constData()).constData(), QStringLiteral("themes")),
            problem);
    }

    void labelsDefaultToTheNames()
    {
        const TestConnection connection
            = connectThemes("    target: $SNAP/themes\n", "    read: [share/themes]\n");
        QCOMPARE(connection.problem(), QString());
        QCOMPARE(connection.plug().attributes.value(QStringLiteral("content")),
            QVariant(QStringLiteral("themes")));
        QCOMPARE(connection.slot().attributes.value(QStringLiteral("content")),
            QVariant(QStringLiteral("themes")));
        QCOMPARE(connection.slot().attributes.value(QStringLiteral("read")),
            QVariant(QVariantList { QStringLiteral("$SNAP/share/themes") }));
    }

    void connectsWhenTheLabelsMatch()
    {
        QVERIFY(connectThemes("    target: $SNAP/themes\n", "    read: [a]\n").autoConnects());
        QVERIFY(connectThemes(
            "    target: $SNAP/t\n    content: icons\n", "    read: [a]\n    content: icons\n")
                    .autoConnects());
        const TestConnection other = connectThemes(
            "    target: $SNAP/t\n    content: icons\n", "    read: [a]\n    content: fonts\n");
        QVERIFY(!other.autoConnects());
        QCOMPARE(other.connectionProblem(),
            QStringLiteral("the plug wants content \"icons\", the slot offers \"fonts\""));
    }

    void mountsTheSharedDirectoryOnTheTarget()
    {
        const Policy policy
            = connectThemes("    target: $SNAP_DATA/themes\n", "    read: [$SNAP/share/themes]\n")
                  .plugPolicy();
        QCOMPARE(policy.mounts,
            (QList<MountRule> { MountRule { QStringLiteral("$SNAP/share/themes"),
                QStringLiteral("$SNAP_DATA/themes"), true, QStringLiteral("theme-pack") } }));
        expectFile(policy, "@{SNAP_DATA}/themes/** rkmix");
    }

    void mountsSeveralDirectoriesSideBySide()
    {
        const Policy policy = connectThemes("    target: $SNAP/data\n",
            "    read: [$SNAP/fonts]\n    write: [$SNAP_COMMON/cache]\n")
                                  .plugPolicy();
        QCOMPARE(policy.mounts,
            (QList<MountRule> {
                MountRule { QStringLiteral("$SNAP/fonts"), QStringLiteral("$SNAP/data/fonts"), true,
                    QStringLiteral("theme-pack") },
                MountRule { QStringLiteral("$SNAP_COMMON/cache"),
                    QStringLiteral("$SNAP/data/cache"), false, QStringLiteral("theme-pack") } }));
        expectFile(policy, "@{SNAP}/data/cache/** rwlkmix");
    }
};

} // namespace

std::unique_ptr<QObject> contentTest()
{
    return std::make_unique<ContentTest>();
}

} // namespace corral::test

#include "content_test.moc"
