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
    // The generated adaptor and proxy spell these types by their alias names, and QtDBus
    // finds a method's slot by the names of its parameter types: without the aliases, a
    // call to ChangeConnections would find no slot.
    qRegisterMetaType<MapList>("corral::dbus::MapList");
    qRegisterMetaType<ConnectList>("corral::dbus::ConnectList");
    qRegisterMetaType<DisconnectList>("corral::dbus::DisconnectList");
}

} // namespace corral::dbus
