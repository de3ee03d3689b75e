#include "helper/dbustypes.h"

#include <QDBusMetaType>

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

void registerTypes()
{
    qDBusRegisterMetaType<MapList>();
    qDBusRegisterMetaType<ConnectRequest>();
    qDBusRegisterMetaType<ConnectList>();
    qDBusRegisterMetaType<DisconnectRequest>();
    qDBusRegisterMetaType<DisconnectList>();
}

} // namespace corral::dbus
