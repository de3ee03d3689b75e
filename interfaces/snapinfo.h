// Value types for what a snap declares in meta/snap.yaml, after parsing and validation.
#pragma once

#include "interfaces/problem.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace corral {

enum class SnapType { App, Base, Os, Snapd, Gadget };
enum class Confinement { Strict, Devmode, Classic };
enum class Grade { Stable, Devel };

QString toString(SnapType type);
QString toString(Confinement confinement);
QString toString(Grade grade);

// An ordered list of NAME=VALUE pairs; order matters because values may refer to
// variables set earlier (snapd expands them in order).
using Environment = QList<QPair<QString, QString>>;

// Attributes of a plug or slot: scalars become QString, bool, qlonglong or double;
// sequences QVariantList; maps QVariantMap.
using Attributes = QVariantMap;

struct PlugInfo
{
    QString name; // the plug's name within the snap
    QString interface; // the interface it plugs into
    QString label;
    Attributes attributes;
    QStringList apps; // apps bound to this plug, sorted
    QStringList hooks; // hooks bound to this plug, sorted
    SourcePos pos;
};

struct SlotInfo
{
    QString name;
    QString interface;
    QString label;
    Attributes attributes;
    QStringList apps;
    QStringList hooks;
    SourcePos pos;
};

struct SocketInfo
{
    QString name;
    QString listenStream;
    int socketMode = -1; // -1 when not given
};

struct AppInfo
{
    QString name;
    QString command;
    QStringList commandChain;
    QString commonId;
    QString desktop; // path relative to the snap, if given
    Environment environment;
    QStringList plugs; // names of the plugs bound to this app, sorted
    QStringList slots; // names of the slots bound to this app, sorted
    QList<SocketInfo> sockets;

    // daemon fields; daemon is empty for an app that is not a service
    QString daemon; // simple, forking, oneshot, notify, dbus
    QString daemonScope; // system, user
    QString stopCommand;
    QString reloadCommand;
    QString postStopCommand;
    QString stopTimeout; // a duration as written, e.g. "30s"
    QString startTimeout;
    QString watchdogTimeout;
    QString restartCondition;
    QString restartDelay;
    QString stopMode;
    QString refreshMode;
    QString installMode;
    QString busName;
    QStringList activatesOn;
    QStringList after;
    QStringList before;

    bool isDaemon() const { return !daemon.isEmpty(); }
};

struct HookInfo
{
    QString name;
    QStringList commandChain;
    Environment environment;
    QStringList plugs;
    QStringList slots;
};

struct LayoutEntry
{
    enum class Kind { Bind, BindFile, Symlink, Tmpfs };
    QString path; // where it appears inside the sandbox (absolute, clean)
    Kind kind = Kind::Bind;
    QString source; // for bind, bind-file and symlink: as written ($SNAP/…, $SNAP_DATA/…)
    QString user; // optional
    QString group; // optional
    QString mode; // optional, octal as written
};

struct SnapInfo
{
    QString name;
    QString version;
    QString summary;
    QString description;
    QString title;
    QString license;
    SnapType type = SnapType::App;
    QString base; // empty means none given; see effectiveBase()
    Confinement confinement = Confinement::Strict;
    Grade grade = Grade::Stable;
    Environment environment;

    QMap<QString, AppInfo> apps;
    QMap<QString, HookInfo> hooks;
    QMap<QString, PlugInfo> plugs; // every plug, including implicit ones created by apps
    QMap<QString, SlotInfo> slots;
    QList<LayoutEntry> layout;

    // The base the snap runs on: base snaps and snapd have none; app snaps without a
    // `base:` run on "core" as snapd does.
    QString effectiveBase() const;
};

} // namespace corral
