// The .desktop files Corral exports for a snap's apps, so that clicking an icon starts the
// app through the launcher. Pure functions: they take the text a snap ships (untrusted)
// and return the text to export, or the problem that makes it unacceptable.
#pragma once

#include "interfaces/problem.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace corral {

// What the exported files are made of, besides the snap's own desktop file.
struct DesktopContext
{
    QString snap; // the snap's name
    QString title; // its title, or empty
    QStringList apps; // the names of its apps
    QString launcher; // absolute path of corral-launch
    QString snapMountDir; // where snaps are mounted as the desktop sees it, e.g. "/snap"
    QString snapIcon; // absolute path of the snap's icon as the desktop sees it, or empty
};

struct DesktopFileResult
{
    QByteArray text; // the file to export, when ok()
    Problems problems; // at most one: the first thing that makes the file unacceptable

    bool ok() const { return problems.isEmpty(); }
};

// Larger desktop files are refused.
inline constexpr qsizetype maxDesktopFileSize = 64 * 1024;
// The icon of an app that has none of its own and whose snap has none.
inline constexpr char genericDesktopIcon[] = "application-x-executable";

// Rewrites the desktop file `content` that the snap ships for `app` (`fileName` is how
// messages name it). Only the [Desktop Entry] group and its known keys (and localized
// Name, GenericName, Comment and Keywords) are kept; Exec must start with the app itself
// (`<app>` or `<snap>.<app>`) and becomes `<launcher> <snap>.<app>` followed by the
// arguments that are safe to pass on; Icon is the app's own icon inside the snap
// (${SNAP}/…), else the snap's icon, else a generic one.
DesktopFileResult rewriteDesktopFile(const QByteArray &content, const QString &fileName,
    const DesktopContext &context, const QString &app);

// A desktop file for an app whose snap ships none.
QByteArray generateDesktopFile(const DesktopContext &context, const QString &app);

// "<snap>_<app>.desktop"
QString exportedDesktopFileName(const QString &snap, const QString &app);

} // namespace corral
