// corral-client's classes as QML sees them in Corral.Permissions. The library knows nothing
// of QML; these declarations register its classes unchanged, under the names the page uses.
#pragma once

#include "client/client.h"
#include "client/models.h"

#include <QtQml/qqml.h>

namespace corral::qml {

// One per page or window: `Client {}` talks to the helper on the system bus
// (DBUS_SYSTEM_BUS_ADDRESS is honoured).
struct ClientForeign
{
    Q_GADGET
    QML_FOREIGN(corral::client::Client)
    QML_NAMED_ELEMENT(Client)
};

// The models' common base: its `client` and `count` properties, not creatable by itself.
struct ClientModelForeign
{
    Q_GADGET
    QML_FOREIGN(corral::client::ClientModel)
    QML_ANONYMOUS
};

struct SnapListModelForeign
{
    Q_GADGET
    QML_FOREIGN(corral::client::SnapListModel)
    QML_NAMED_ELEMENT(SnapListModel)
};

struct SnapFilterModelForeign
{
    Q_GADGET
    QML_FOREIGN(corral::client::SnapFilterModel)
    QML_NAMED_ELEMENT(SnapFilterModel)
};

struct PlugListModelForeign
{
    Q_GADGET
    QML_FOREIGN(corral::client::PlugListModel)
    QML_NAMED_ELEMENT(PlugListModel)
};

struct SlotListModelForeign
{
    Q_GADGET
    QML_FOREIGN(corral::client::SlotListModel)
    QML_NAMED_ELEMENT(SlotListModel)
};

struct InterfaceListModelForeign
{
    Q_GADGET
    QML_FOREIGN(corral::client::InterfaceListModel)
    QML_NAMED_ELEMENT(InterfaceListModel)
};

struct InterfacePlugsModelForeign
{
    Q_GADGET
    QML_FOREIGN(corral::client::InterfacePlugsModel)
    QML_NAMED_ELEMENT(InterfacePlugsModel)
};

// The denials of one snap (`snap`) or, with none, of every snap, newest first.
struct DenialListModelForeign
{
    Q_GADGET
    QML_FOREIGN(corral::client::DenialListModel)
    QML_NAMED_ELEMENT(DenialListModel)
};

struct ConnectionListModelForeign
{
    Q_GADGET
    QML_FOREIGN(corral::client::ConnectionListModel)
    QML_NAMED_ELEMENT(ConnectionListModel)
};

} // namespace corral::qml
