// Tests interfaces/validate.cpp: each check accepts what snapd accepts and explains what
// it refuses.
#include "interfaces/validate.h"

#include <QTest>

using namespace corral;

class TestValidate : public QObject
{
    Q_OBJECT

private:
    // Every check has the same shape: a value in, an empty reason or a reason out.
    static void addColumns()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
    }

private Q_SLOTS:
    void snapName_data();
    void snapName();
    void appName_data();
    void appName();
    void hookName_data();
    void hookName();
    void plugOrSlotName_data();
    void plugOrSlotName();
    void interfaceName_data();
    void interfaceName();
    void version_data();
    void version();
    void command_data();
    void command();
    void layoutPath_data();
    void layoutPath();
    void environmentName_data();
    void environmentName();
    void revision_data();
    void revision();
};

void TestValidate::snapName_data()
{
    addColumns();
    const QString length = QStringLiteral("snap name must be 2 to 40 characters long");
    const QString chars
        = QStringLiteral("snap name may only contain lowercase letters, digits and dashes");
    const QString dashes = QStringLiteral("snap name must not start or end with a dash");
    QTest::newRow("a plain lowercase name is valid") << "hello"
                                                     << "";
    QTest::newRow("digits and single dashes are valid") << "my-app2-x"
                                                        << "";
    QTest::newRow("a name may start with a digit") << "0ad"
                                                   << "";
    QTest::newRow("two characters are enough") << "ab"
                                               << "";
    QTest::newRow("forty characters are allowed") << QString(40, QLatin1Char('a')) << "";
    QTest::newRow("an empty name is refused") << ""
                                              << "snap name must not be empty";
    QTest::newRow("one character is too short") << "a" << length;
    QTest::newRow("forty-one characters are too long") << QString(41, QLatin1Char('a')) << length;
    QTest::newRow("uppercase letters are refused") << "Hello" << chars;
    QTest::newRow("underscores are refused") << "my_app" << chars;
    QTest::newRow("non-ASCII letters are refused") << QStringLiteral("caf\u00e9") << chars;
    QTest::newRow("a name without a letter is refused") << "1234"
                                                        << "snap name must contain a letter";
    QTest::newRow("a leading dash is refused") << "-app" << dashes;
    QTest::newRow("a trailing dash is refused") << "app-" << dashes;
    QTest::newRow("two dashes in a row are refused")
        << "my--app"
        << "snap name must not contain two dashes in a row";
}

void TestValidate::snapName()
{
    QFETCH(QString, value);
    QFETCH(QString, reason);
    QCOMPARE(checkSnapName(value), reason);
}

void TestValidate::appName_data()
{
    addColumns();
    const QString invalid = QStringLiteral("invalid app name");
    QTest::newRow("a lowercase name is valid") << "hello"
                                               << "";
    QTest::newRow("uppercase letters and digits are valid") << "Hello2World"
                                                            << "";
    QTest::newRow("one character is valid") << "x"
                                            << "";
    QTest::newRow("a name may start with a digit") << "2fa"
                                                   << "";
    QTest::newRow("single dashes between characters are valid") << "my-app-1"
                                                                << "";
    QTest::newRow("an empty name is refused") << "" << invalid;
    QTest::newRow("an underscore is refused") << "Foo_bar" << invalid;
    QTest::newRow("a dot is refused") << "foo.bar" << invalid;
    QTest::newRow("a leading dash is refused") << "-foo" << invalid;
    QTest::newRow("a trailing dash is refused") << "foo-" << invalid;
    QTest::newRow("two dashes in a row are refused") << "foo--bar" << invalid;
}

void TestValidate::appName()
{
    QFETCH(QString, value);
    QFETCH(QString, reason);
    QCOMPARE(checkAppName(value), reason);
}

void TestValidate::hookName_data()
{
    addColumns();
    const QString invalid = QStringLiteral("invalid hook name");
    QTest::newRow("install is valid") << "install"
                                      << "";
    QTest::newRow("a dashed name with digits is valid") << "connect-plug-x11"
                                                        << "";
    QTest::newRow("an uppercase letter is refused") << "Install" << invalid;
    QTest::newRow("a leading digit is refused") << "1st" << invalid;
    QTest::newRow("a trailing dash is refused") << "install-" << invalid;
    QTest::newRow("an empty name is refused") << "" << invalid;
}

void TestValidate::hookName()
{
    QFETCH(QString, value);
    QFETCH(QString, reason);
    QCOMPARE(checkHookName(value), reason);
}

void TestValidate::plugOrSlotName_data()
{
    addColumns();
    const QString invalid = QStringLiteral("invalid plug or slot name");
    QTest::newRow("a lowercase name is valid") << "camera"
                                               << "";
    QTest::newRow("a dashed name with digits is valid") << "audio-playback2"
                                                        << "";
    QTest::newRow("an uppercase letter is refused") << "Camera" << invalid;
    QTest::newRow("a leading digit is refused") << "2d" << invalid;
    QTest::newRow("two dashes in a row are refused") << "a--b" << invalid;
    QTest::newRow("a reserved dollar sign is refused") << "$attr" << invalid;
    QTest::newRow("an empty name is refused") << "" << invalid;
}

void TestValidate::plugOrSlotName()
{
    QFETCH(QString, value);
    QFETCH(QString, reason);
    QCOMPARE(checkPlugOrSlotName(value), reason);
}

void TestValidate::interfaceName_data()
{
    addColumns();
    const QString invalid = QStringLiteral("invalid interface name");
    QTest::newRow("a known interface name is valid") << "removable-media"
                                                     << "";
    QTest::newRow("an unknown but well-formed name is valid") << "not-implemented"
                                                              << "";
    QTest::newRow("an underscore is refused") << "removable_media" << invalid;
    QTest::newRow("a trailing dash is refused") << "x11-" << invalid;
    QTest::newRow("an empty name is refused") << "" << invalid;
}

void TestValidate::interfaceName()
{
    QFETCH(QString, value);
    QFETCH(QString, reason);
    QCOMPARE(checkInterfaceName(value), reason);
}

void TestValidate::version_data()
{
    addColumns();
    QTest::newRow("a dotted version is valid") << "1.0.2"
                                               << "";
    QTest::newRow("one character is valid") << "1"
                                            << "";
    QTest::newRow("a git describe version is valid") << "2.3+git12.abcdef~ubuntu1"
                                                     << "";
    QTest::newRow("an epoch colon is valid") << "1:2.0"
                                             << "";
    QTest::newRow("a version may end with a tilde") << "1.0~"
                                                    << "";
    QTest::newRow("thirty-two characters are allowed") << QString(32, QLatin1Char('1')) << "";
    QTest::newRow("an empty version is refused") << ""
                                                 << "version must not be empty";
    QTest::newRow("thirty-three characters are too many")
        << QString(33, QLatin1Char('1')) << "version must be at most 32 characters long";
    QTest::newRow("a space is refused")
        << "1 0"
        << "version may only contain printable ASCII characters without spaces";
    QTest::newRow("a non-ASCII character is refused") << QStringLiteral(
        "1.0\u2011x") << "version may only contain printable ASCII characters without spaces";
    QTest::newRow("a leading dot is refused") << ".1"
                                              << "version must start with a letter or a digit";
    QTest::newRow("a trailing dash is refused")
        << "1.0-"
        << "version must end with a letter, a digit, \"+\" or \"~\"";
    QTest::newRow("an underscore inside is refused")
        << "1_0"
        << "version may only contain letters, digits and \":.+~-\"";
}

void TestValidate::version()
{
    QFETCH(QString, value);
    QFETCH(QString, reason);
    QCOMPARE(checkVersion(value), reason);
}

void TestValidate::command_data()
{
    addColumns();
    QTest::newRow("a relative path is valid") << "bin/hello"
                                              << "";
    QTest::newRow("arguments separated by spaces are valid") << "bin/app --flag x"
                                                             << "";
    QTest::newRow("an equals sign is refused as snapd does") << "bin/app --flag=x"
                                                             << "command may not contain \"=\"";
    QTest::newRow("snap variables are valid") << "$SNAP/bin/app"
                                              << "";
    QTest::newRow("an empty command is refused") << ""
                                                 << "command must not be empty";
    QTest::newRow("a single quote is refused") << "a'b"
                                               << "command may not contain \"'\"";
    QTest::newRow("a double quote is refused") << "a\"b"
                                               << "command may not contain \"\"\"";
    QTest::newRow("a backtick is refused") << "a`id`"
                                           << "command may not contain \"`\"";
    QTest::newRow("a semicolon is refused") << "a;b"
                                            << "command may not contain \";\"";
    QTest::newRow("a tab is named by its code") << "a\tb"
                                                << "command may not contain U+0009";
    QTest::newRow("a non-ASCII character is named by its code")
        << QStringLiteral("caf\u00e9") << "command may not contain U+00E9";
}

void TestValidate::command()
{
    QFETCH(QString, value);
    QFETCH(QString, reason);
    QCOMPARE(checkCommand(value), reason);
}

void TestValidate::layoutPath_data()
{
    addColumns();
    QTest::newRow("a path under /usr is valid") << "/usr/share/foo"
                                                << "";
    QTest::newRow("a path under /opt is valid") << "/opt/foo"
                                                << "";
    QTest::newRow("a path under /var/lib is valid") << "/var/lib/foo"
                                                    << "";
    QTest::newRow("a directory that only starts like a reserved one is valid") << "/devices"
                                                                               << "";
    QTest::newRow("an empty path is refused") << ""
                                              << "layout path must not be empty";
    QTest::newRow("a relative path is refused") << "usr/foo"
                                                << "layout path must be absolute";
    QTest::newRow("a trailing slash is refused") << "/usr/foo/"
                                                 << "layout path must be written as \"/usr/foo\"";
    QTest::newRow("a double slash is refused") << "/usr//foo"
                                               << "layout path must be written as \"/usr/foo\"";
    QTest::newRow("a dot-dot component is refused") << "/usr/../etc"
                                                    << "layout path must be written as \"/etc\"";
    QTest::newRow("a snap variable is refused") << "$SNAP/foo"
                                                << "layout path must be absolute";
    QTest::newRow("a glob character is refused") << "/usr/foo*"
                                                 << "layout path may not contain \"*\"";
    QTest::newRow("a comma is refused") << "/usr/a,b"
                                        << "layout path may not contain \",\"";
    QTest::newRow("the root directory is refused") << "/"
                                                   << "layout path must not be the root directory";
    QTest::newRow("/proc is refused") << "/proc"
                                      << "layout path must not be in \"/proc\"";
    QTest::newRow("a path under /sys is refused") << "/sys/kernel"
                                                  << "layout path must not be in \"/sys\"";
    QTest::newRow("a path under /dev is refused") << "/dev/shm"
                                                  << "layout path must not be in \"/dev\"";
    QTest::newRow("a path under /home is refused") << "/home/user"
                                                   << "layout path must not be in \"/home\"";
    QTest::newRow("a path under /snap is refused") << "/snap/other"
                                                   << "layout path must not be in \"/snap\"";
    QTest::newRow("a path under /var/snap is refused")
        << "/var/snap/x"
        << "layout path must not be in \"/var/snap\"";
    QTest::newRow("a path under /var/lib/snapd is refused")
        << "/var/lib/snapd/x"
        << "layout path must not be in \"/var/lib/snapd\"";
    QTest::newRow("a path under /var/lib/corral is refused")
        << "/var/lib/corral/hostfs"
        << "layout path must not be in \"/var/lib/corral\"";
    QTest::newRow("a path under /run is refused") << "/run/user"
                                                  << "layout path must not be in \"/run\"";
    QTest::newRow("/tmp is refused") << "/tmp"
                                     << "layout path must not be in \"/tmp\"";
    QTest::newRow("a path under /lib/firmware is refused")
        << "/lib/firmware/x"
        << "layout path must not be in \"/lib/firmware\"";
    QTest::newRow("a path under /lib/modules is refused")
        << "/lib/modules/6.1"
        << "layout path must not be in \"/lib/modules\"";
    QTest::newRow("a path under /boot is refused") << "/boot/grub"
                                                   << "layout path must not be in \"/boot\"";
    QTest::newRow("/lost+found is refused") << "/lost+found"
                                            << "layout path must not be in \"/lost+found\"";
    QTest::newRow("a path under /media is refused") << "/media/usb"
                                                    << "layout path must not be in \"/media\"";
    QTest::newRow("a path under /var/log is refused") << "/var/log/app"
                                                      << "layout path must not be in \"/var/log\"";
    QTest::newRow("a path under /var/tmp is refused") << "/var/tmp/x"
                                                      << "layout path must not be in \"/var/tmp\"";
    QTest::newRow("a path under /etc is refused") << "/etc/foo.conf"
                                                  << "layout path must not be in \"/etc\"";
}

void TestValidate::layoutPath()
{
    QFETCH(QString, value);
    QFETCH(QString, reason);
    QCOMPARE(checkLayoutPath(value), reason);
}

void TestValidate::environmentName_data()
{
    addColumns();
    QTest::newRow("an uppercase name is valid") << "PATH"
                                                << "";
    QTest::newRow("underscores and digits are valid") << "_MY_VAR2"
                                                      << "";
    QTest::newRow("lowercase letters are valid") << "lower"
                                                 << "";
    QTest::newRow("an empty name is refused") << ""
                                              << "environment variable name must not be empty";
    QTest::newRow("a leading digit is refused")
        << "1VAR"
        << "environment variable name must not start with a digit";
    QTest::newRow("a dash is refused")
        << "MY-VAR"
        << "environment variable name may only contain letters, digits and \"_\"";
    QTest::newRow("an equals sign is refused")
        << "A=B"
        << "environment variable name may only contain letters, digits and \"_\"";
}

void TestValidate::environmentName()
{
    QFETCH(QString, value);
    QFETCH(QString, reason);
    QCOMPARE(checkEnvironmentName(value), reason);
}

void TestValidate::revision_data()
{
    addColumns();
    const QString invalid = QStringLiteral(
        "revision must be a positive number, or x and a positive number for a local revision");
    QTest::newRow("a store revision is valid") << "42"
                                               << "";
    QTest::newRow("a local revision is valid") << "x1"
                                               << "";
    QTest::newRow("a large local revision is valid") << "x123"
                                                     << "";
    QTest::newRow("an empty revision is refused") << "" << invalid;
    QTest::newRow("zero is refused") << "0" << invalid;
    QTest::newRow("x0 is refused") << "x0" << invalid;
    QTest::newRow("a leading zero is refused") << "007" << invalid;
    QTest::newRow("x alone is refused") << "x" << invalid;
    QTest::newRow("a negative number is refused") << "-1" << invalid;
    QTest::newRow("a path is refused") << "../1" << invalid;
    QTest::newRow("a number too large for an int is refused") << "9999999999" << invalid;
}

void TestValidate::revision()
{
    QFETCH(QString, value);
    QFETCH(QString, reason);
    QCOMPARE(checkRevision(value), reason);
}

QTEST_APPLESS_MAIN(TestValidate)
#include "tst_validate.moc"
