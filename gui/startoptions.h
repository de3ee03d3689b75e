// corral-permissions' command line: `corral-permissions [SNAP]` opens at a snap (a
// notification about a refused access opens it so), `--by-permission [INTERFACE]` opens
// the "Permissions" view, at an interface when one is named, `--denials` the "Denials" view.
#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace corral::gui {

struct StartOptions
{
    QString snap;
    QString interface;
    bool byPermission = false;
    bool denials = false; // --denials: the "Denials" view
    QString screenshot; // --screenshot FILE: save a picture of the window there, and quit
};

// Adds the options and the positional argument to `parser` (help and version included).
void addStartOptions(QCommandLineParser &parser);
// What a parsed command line asks for; false and *error when it makes no sense.
bool readStartOptions(const QCommandLineParser &parser, StartOptions *options, QString *error);

} // namespace corral::gui
