#include "helper/dbustypes.h"

#include <QDBusMetaType>
#include <QDBusVariant>

namespace corral::dbus {

QDBusArgument &operator<<(QDBusArgument &argument, const ConnectRequest &request)
{
    argument.beginStructure();
    argument << request.plug << request.slot;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, ConnectRequest &request)
{
    argument.beginStructure();
    argument >> request.plug >> request.slot;
    argument.endStructure();
    return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const DisconnectRequest &request)
{
    argument.beginStructure();
    argument << request.plug << request.slot << request.forget;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, DisconnectRequest &request)
{
    argument.beginStructure();
    argument >> request.plug >> request.slot >> request.forget;
    argument.endStructure();
    return argument;
}

QVariant demarshalled(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<QDBusVariant>())
        return demarshalled(value.value<QDBusVariant>().variant());
    if (value.metaType() == QMetaType::fromType<QVariantMap>()) {
        QVariantMap map = value.toMap();
        for (QVariant &entry : map)
            entry = demarshalled(entry);
        return map;
    }
    if (value.metaType() != QMetaType::fromType<QDBusArgument>())
        return value;
    const QDBusArgument argument = value.value<QDBusArgument>();
    switch (argument.currentType()) {
    case QDBusArgument::MapType: {
        QVariantMap map;
        argument.beginMap();
        while (!argument.atEnd()) {
            argument.beginMapEntry();
            const QString key = argument.asVariant().toString();
            map.insert(key, demarshalled(argument.asVariant()));
            argument.endMapEntry();
        }
        argument.endMap();
        return map;
    }
    case QDBusArgument::ArrayType: {
        QVariantList list;
        argument.beginArray();
        while (!argument.atEnd())
            list << demarshalled(argument.asVariant());
        argument.endArray();
        return list;
    }
    default:
        // Structures do not occur in the maps of this API; say so rather than pass them
        // on as something they are not.
        return QStringLiteral("unexpected D-Bus type %1").arg(argument.currentSignature());
    }
}

void registerTypes()
{
    qDBusRegisterMetaType<MapList>();
    qDBusRegisterMetaType<ConnectRequest>();
    qDBusRegisterMetaType<ConnectList>();
    qDBusRegisterMetaType<DisconnectRequest>();
    qDBusRegisterMetaType<DisconnectList>();
    // The generated adaptor and proxy spell these types by their alias names, and QtDBus
    // finds a method's slot by the names of its parameter types: without the aliases, a
    // call to ChangeConnections would find no slot.
    qRegisterMetaType<MapList>("corral::dbus::MapList");
    qRegisterMetaType<ConnectList>("corral::dbus::ConnectList");
    qRegisterMetaType<DisconnectList>("corral::dbus::DisconnectList");
}

} // namespace corral::dbus
