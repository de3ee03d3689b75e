// corral-settings' window: the permissions page alone, with its own Client.
import QtQuick
import QtQuick.Controls
import Corral.Permissions

ApplicationWindow {
    id: window

    // The snap to show first (corral-settings SNAP), or "".
    property string initialSnap
    readonly property alias page: page

    width: 1000
    height: 680
    minimumWidth: 720
    minimumHeight: 480
    visible: true
    title: qsTr("App Permissions")

    Client {
        id: corralClient
    }

    PermissionsPage {
        id: page
        anchors.fill: parent
        client: corralClient
        currentSnap: window.initialSnap
    }
}
