// personal-files: paths in the home folder, each exactly as written; the owner's files in
// and below each path, read-only unless listed in `write`.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

QByteArray photobooth(const char *plugAttributes)
{
    return QByteArray(R"(name: photobooth
version: '1'
apps:
  photobooth:
    command: bin/photobooth
    plugs: [pictures]
plugs:
  pictures:
    interface: personal-files
)") + plugAttributes;
}

class PersonalFilesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pathsMustBeInTheHomeFolder_data()
    {
        QTest::addColumn<QByteArray>("attributes");
        QTest::addColumn<QString>("problem");
        QTest::newRow("read and write lists")
            << QByteArray("    read: [$HOME/Pictures]\n    write: [$HOME/Pictures/Photo Booth]\n")
            << QString();
        QTest::newRow("a hidden folder")
            << QByteArray("    read: [$HOME/.config/app]\n") << QString();
        QTest::newRow("no paths") << QByteArray()
                                  << QStringLiteral("needs a \"read\" or \"write\" list of paths");
        QTest::newRow("a string instead of a list") << QByteArray(
            "    read: $HOME/Pictures\n") << QStringLiteral("\"read\" must be a list of strings");
        QTest::newRow("a list of numbers") << QByteArray("    write: [1, 2]\n")
                                           << QStringLiteral("\"write\" must be a list of strings");
        QTest::newRow("a path outside the home folder")
            << QByteArray("    read: [/etc/passwd]\n")
            << QStringLiteral("\"/etc/passwd\" must start with \"$HOME/\"");
        QTest::newRow("the home folder itself") << QByteArray(
            "    read: [$HOME]\n") << QStringLiteral("\"$HOME\" must start with \"$HOME/\"");
        QTest::newRow("$HOME twice")
            << QByteArray("    read: [$HOME/x/$HOME]\n")
            << QStringLiteral("\"$HOME/x/$HOME\" can use $HOME only at the start");
        QTest::newRow("a path climbing out")
            << QByteArray("    write: [$HOME/../other]\n")
            << QStringLiteral("\"$HOME/../other\" cannot contain \"..\"");
        QTest::newRow("a trailing slash")
            << QByteArray("    read: [$HOME/Pictures/]\n")
            << QStringLiteral("\"$HOME/Pictures/\" is not clean: write \"$HOME/Pictures\"");
        QTest::newRow("a glob") << QByteArray("    read: [\"$HOME/*.txt\"]\n")
                                << QStringLiteral("\"$HOME/*.txt\" cannot contain \"*\"");
        QTest::newRow("an AppArmor variable")
            << QByteArray("    read: [\"$HOME/@{HOME}\"]\n")
            << QStringLiteral("\"$HOME/@{HOME}\" cannot contain \"{\"");
        QTest::newRow("a tilde") << QByteArray("    read: [$HOME/~backup]\n")
                                 << QStringLiteral("\"$HOME/~backup\" cannot contain \"~\"");
        QTest::newRow("a line break")
            << QByteArray("    read: [\"$HOME/a\\nb\"]\n")
            << QStringLiteral("\"$HOME/a\nb\" cannot contain a control character");
    }

    void pathsMustBeInTheHomeFolder()
    {
        QFETCH(QByteArray, attributes);
        QFETCH(QString, problem);
        QCOMPARE(
            plugProblem(photobooth(attributes.constData()).constData(), QStringLiteral("pictures")),
            problem);
    }

    void waitsForAPerson()
    {
        QVERIFY(!TestConnection::toSystem(
            photobooth("    read: [$HOME/Pictures]\n").constData(), QStringLiteral("pictures"))
                     .autoConnects());
    }

    void grantsEachPathAndWhatIsBelowIt()
    {
        const TestConnection connection = TestConnection::toSystem(
            photobooth("    read: [$HOME/Pictures]\n    write: [$HOME/Pictures/Photo Booth]\n")
                .constData(),
            QStringLiteral("pictures"));
        QCOMPARE(connection.problem(), QString());
        QCOMPARE(fileRules(connection.plugPolicy()),
            (QStringList {
                QStringLiteral("owner @{HOME}/Pictures rk"),
                QStringLiteral("owner @{HOME}/Pictures/ rk"),
                QStringLiteral("owner @{HOME}/Pictures/** rk"),
                QStringLiteral("owner \"@{HOME}/Pictures/Photo Booth\" rwlk"),
                QStringLiteral("owner \"@{HOME}/Pictures/Photo Booth/\" rwlk"),
                QStringLiteral("owner \"@{HOME}/Pictures/Photo Booth/**\" rwlk"),
            }));
    }
};

} // namespace

std::unique_ptr<QObject> personalFilesTest()
{
    return std::make_unique<PersonalFilesTest>();
}

} // namespace corral::test

#include "personal_files_test.moc"
