// A problem found in user input: where it is and what is wrong with it.
#pragma once

#include <QList>
#include <QString>

namespace corral {

struct SourcePos
{
    int line = 0; // 1-based; 0 when unknown
    int column = 0; // 1-based; 0 when unknown
};

struct Problem
{
    QString file; // the file the problem is in, as the user named it
    SourcePos pos; // where in the file
    QString message; // "cannot <do what>: <why>", lowercase, no final period

    // "file:line:column: message" (the position parts are left out when unknown)
    QString toString() const;
};

using Problems = QList<Problem>;

} // namespace corral
