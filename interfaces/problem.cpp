#include "interfaces/problem.h"

namespace corral {

QString Problem::toString() const
{
    QString where = file;
    if (pos.line > 0) {
        where += QLatin1Char(':') + QString::number(pos.line);
        if (pos.column > 0)
            where += QLatin1Char(':') + QString::number(pos.column);
    }
    return where.isEmpty() ? message : where + QLatin1String(": ") + message;
}

} // namespace corral
