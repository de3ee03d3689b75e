#include "interfaces/knowninterfaces.h"

#include "interfaces/interface.h"

namespace corral {

const QStringList &knownInterfaceNames()
{
    // Derived from the catalog so that there is one list of interfaces; the catalog is
    // sorted by id, so this list is too.
    static const QStringList names = [] {
        QStringList ids;
        for (const InterfaceDefinition *definition : builtinInterfaces())
            ids.append(QString::fromLatin1(definition->id));
        return ids;
    }();
    return names;
}

bool isKnownInterface(const QString &name)
{
    return findInterface(name) != nullptr;
}

} // namespace corral
