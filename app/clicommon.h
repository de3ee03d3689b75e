// What every `corral` command shares: output streams, errors, option parsing, tables.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include "translations/translations.h"

namespace corral::cli {

// The CLI's texts are in the catalogues' context "corral". lupdate sees this declaration only
// where this header opens the namespace first: a header that opens it too includes this one
// before (tst_translations fails on lupdate's "lacks Q_OBJECT macro" otherwise).
CORRAL_DECLARE_TR_FUNCTIONS(corral)

QTextStream &out();
QTextStream &err();

// Prints the message to stderr and returns exit code 1.
int fail(const QString &message);
// Prints the message and a pointer to --help; returns exit code 2 (a command line that
// does not make sense, as getopt-style tools do).
int usageError(const QString &command, const QString &message);

// Sets up a parser for one command and parses. Returns false, with the exit code in
// *exitCode, when parsing ended the command: --help, or a bad option.
bool parseCommand(QCommandLineParser &parser, const QString &command, const char *summary,
    const QStringList &arguments, int *exitCode);

// For --direct: true as root; otherwise prints why not and returns false.
bool requireRoot(const QString &what);
QString orDash(const QString &value);
void printTable(const QList<QStringList> &rows);
void printJson(const QJsonValue &value);
const QCommandLineOption &jsonOption();

// Commands defined in cliinterfaces.cpp.
int cmdConnections(const QString &name, const QStringList &arguments);
int cmdInterfaces(const QString &name, const QStringList &arguments);
int cmdInterface(const QString &name, const QStringList &arguments);
int cmdConnect(const QString &name, const QStringList &arguments);
int cmdDisconnect(const QString &name, const QStringList &arguments);
int cmdDebug(const QString &name, const QStringList &arguments);
// `debug denials [SNAP]` and `debug resolve-syscall NUMBER` (clidenials.cpp); `positional`
// starts with the WHAT.
// With `json`, the helper's maps as JSON (docs/dbus-api.md): an array, or with `follow`
// one object per line.
int debugDenials(
    const QString &name, const QStringList &positional, bool follow, bool allUsers, bool json);
int debugResolveSyscall(const QString &name, const QStringList &positional, const QString &arch);
int cmdRun(const QString &name, const QStringList &arguments); // clirun.cpp

} // namespace corral::cli
