// How the changing commands reach Corral's helper (org.corral.Manager1 on the system bus):
// the call, polkit's text agent while it runs, and its errors in words a person knows.
#pragma once

// Before this header's namespace, so that lupdate files the tr() texts of the files that
// include this one first under the context clicommon.h declares.
#include "app/clicommon.h"
#include "manager1proxy.h"

#include <QCommandLineOption>
#include <QDBusError>
#include <QDBusPendingCall>
#include <QDBusPendingReply>
#include <QString>
#include <QVariantList>

#include <optional>
#include <utility>

namespace corral::cli {

// The replies of the helper's changing methods, typed as the proxy generated from the
// API's XML declares them, so that a change of the API breaks this build rather than a
// person's command.
namespace reply {
using Install = decltype(std::declval<Manager1Proxy &>().Install({}, {}));
using Remove = decltype(std::declval<Manager1Proxy &>().Remove({}));
using Revert = decltype(std::declval<Manager1Proxy &>().Revert({}));
using Connect = decltype(std::declval<Manager1Proxy &>().Connect({}, {}));
using Disconnect = decltype(std::declval<Manager1Proxy &>().Disconnect({}, {}, {}));
} // namespace reply

// The option of every changing command that makes the change in this process instead of
// through the helper: root only, for recovery when the helper cannot run.
const QCommandLineOption &directOption();

// Sends `method` with `arguments` to the helper, allowing polkit to ask for a password
// (through polkit's text agent when a person is at a terminal), and waits for the reply:
// up to ten minutes, since a person may be typing. Never fails itself: an unreachable
// helper comes back as an error reply.
QDBusPendingCall sendToHelper(const QString &method, const QVariantList &arguments);

// Prints an error reply of the helper as "cannot <what>: <why>"; returns the exit code.
int reportHelperError(const QString &what, const QDBusError &error);

// sendToHelper() with the reply checked against its type `Reply`: the reply, or nullopt
// after the error was printed, with the exit code in *code.
template<typename Reply>
std::optional<Reply> callHelper(
    const QString &what, const QString &method, const QVariantList &arguments, int *code)
{
    Reply reply = sendToHelper(method, arguments);
    if (reply.isError()) {
        *code = reportHelperError(what, reply.error());
        return std::nullopt;
    }
    return reply;
}

} // namespace corral::cli
