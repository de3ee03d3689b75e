#include "app/clicommon.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace corral::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message)
{
    err() << message << Qt::endl;
    return 1;
}

int usageError(const QString &command, const QString &message)
{
    err() << message << Qt::endl
          << tr("Run \"corral %1 --help\" for usage.").arg(command) << Qt::endl;
    return 2;
}

bool parseCommand(QCommandLineParser &parser, const QString &command, const char *summary,
    const QStringList &arguments, int *exitCode)
{
    parser.setApplicationDescription(tr(summary));
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    parser.addOption(help);
    QStringList full = arguments;
    full.prepend(QStringLiteral("corral ") + command);
    if (!parser.parse(full)) {
        *exitCode = usageError(command, parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        // QCommandLineParser::helpText() names the program as it was started; make the
        // usage line, the first, name the command instead (in whatever words Qt's catalogue
        // gives "Usage:").
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().constFirst();
        const qsizetype at = text.indexOf(program);
        if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
            text.replace(at, program.size(), QStringLiteral("corral ") + command);
        out() << text;
        out().flush();
        *exitCode = 0;
        return false;
    }
    return true;
}

bool requireRoot(const QString &what)
{
    if (geteuid() == 0)
        return true;
    err() << tr("cannot %1 with --direct: permission denied; --direct changes Corral's files "
                "itself, which only root may do (without --direct, Corral's helper makes the "
                "change once polkit allows it)")
                 .arg(what)
          << Qt::endl;
    return false;
}

QString orDash(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("-") : value;
}

void printTable(const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], int(row[i].size()));
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        out() << line << Qt::endl;
    }
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument document
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << document.toJson(QJsonDocument::Indented);
    out().flush();
}

const QCommandLineOption &jsonOption()
{
    static const QCommandLineOption option(QStringLiteral("json"), tr("Print JSON."));
    return option;
}

} // namespace corral::cli
