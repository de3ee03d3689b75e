// The wire protocol of org.corral.Manager1 beyond the XML: names, error names and the
// structured argument types, shared by the helper's adaptor and the clients' proxy.
#pragma once

#include <QDBusArgument>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace corral::dbus {

inline constexpr QLatin1String ServiceName("org.corral.Manager1");
inline constexpr QLatin1String ObjectPath("/org/corral/Manager1");
inline constexpr QLatin1String InterfaceName("org.corral.Manager1");

// Named errors; each comes with a message a person can read.
inline constexpr QLatin1String ErrorNotAuthorized("org.corral.Manager1.Error.NotAuthorized");
inline constexpr QLatin1String ErrorCancelled("org.corral.Manager1.Error.Cancelled");
inline constexpr QLatin1String ErrorInvalidArgument("org.corral.Manager1.Error.InvalidArgument");
inline constexpr QLatin1String ErrorNotFound("org.corral.Manager1.Error.NotFound");
inline constexpr QLatin1String ErrorConflict("org.corral.Manager1.Error.Conflict");
inline constexpr QLatin1String ErrorFailed("org.corral.Manager1.Error.Failed");

// polkit actions, one per kind of change.
inline constexpr QLatin1String ActionManageInterfaces("org.corral.manage-interfaces");
inline constexpr QLatin1String ActionManageSnaps("org.corral.manage-snaps");
inline constexpr QLatin1String ActionManageProfiles("org.corral.manage-profiles");

using MapList = QList<QVariantMap>;

struct ConnectRequest // (ss)
{
    QString plug;
    QString slot;
    bool operator==(const ConnectRequest &) const = default;
};
using ConnectList = QList<ConnectRequest>;

struct DisconnectRequest // (ssb)
{
    QString plug;
    QString slot;
    bool forget = false;
    bool operator==(const DisconnectRequest &) const = default;
};
using DisconnectList = QList<DisconnectRequest>;

QDBusArgument &operator<<(QDBusArgument &argument, const ConnectRequest &request);
const QDBusArgument &operator>>(const QDBusArgument &argument, ConnectRequest &request);
QDBusArgument &operator<<(QDBusArgument &argument, const DisconnectRequest &request);
const QDBusArgument &operator>>(const QDBusArgument &argument, DisconnectRequest &request);

// A value as QtDBus hands it over, with the containers nested in variants (which arrive as
// QDBusArgument) read out into QVariantMap and QVariantList, recursively.
QVariant demarshalled(const QVariant &value);

// Registers the types above with QtDBus; call once before using the adaptor or proxy.
void registerTypes();

} // namespace corral::dbus

Q_DECLARE_METATYPE(corral::dbus::ConnectRequest)
Q_DECLARE_METATYPE(corral::dbus::DisconnectRequest)
