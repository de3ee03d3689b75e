// One app asking for the permission shown by permission (a plug of that interface): the
// app, how the plug came to be as it is, the equivalent command, and its switch, which
// follows the helper's state as PlugDelegate's does.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Corral.Permissions

Control {
    id: row

    required property Client client
    required property string ref
    required property string name
    required property string interfaceName
    required property string snap
    required property string title
    required property string icon
    required property bool connected
    required property bool automatic
    required property bool undesired
    required property bool pending
    required property string connectCommand
    required property string disconnectCommand

    property var wanted: undefined
    readonly property bool busy: pending || wanted !== undefined

    // The client keeps the plug pending until it has read the connections again, so when it
    // stops being pending the model says where the plug now is, refused or not.
    onPendingChanged: {
        if (!pending)
            wanted = undefined
    }

    padding: 6
    leftPadding: 4
    rightPadding: 4
    Accessible.role: Accessible.ListItem
    Accessible.name: title

    contentItem: RowLayout {
        spacing: 10

        SnapIcon {
            path: row.icon
            title: row.title
            size: 32
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            // The app, and the plug's name when it is not the interface's.
            Label {
                objectName: "plugSnapTitle"
                Layout.fillWidth: true
                text: row.name !== row.interfaceName ? qsTr("%1 (%2)").arg(row.title).arg(row.name)
                                                     : row.title
                font.bold: true
                wrapMode: Text.Wrap
            }
            StatusLabel {
                objectName: "plugStatus"
                Layout.fillWidth: true
                connected: row.connected
                automatic: row.automatic
                undesired: row.undesired
                pending: row.busy
                turningOn: row.wanted === undefined ? !row.connected : row.wanted
            }
        }

        BusyIndicator {
            Layout.preferredWidth: 28
            Layout.preferredHeight: 28
            running: row.busy
            opacity: running ? 1 : 0
            Accessible.name: qsTr("Changing")
        }

        CommandButton {
            command: row.connected ? row.disconnectCommand : row.connectCommand
        }

        Switch {
            objectName: "plugSwitch"
            checked: row.wanted !== undefined ? row.wanted : row.connected
            enabled: !row.busy
            Accessible.name: qsTr("%1 may use this").arg(row.title)
            onToggled: {
                row.wanted = checked
                row.client.setPlugConnected(row.ref, checked)
                if (!row.pending) // nothing went to the helper
                    row.wanted = undefined
                // Whatever the click did to the binding, show the helper's state again.
                checked = Qt.binding(() => row.wanted !== undefined ? row.wanted : row.connected)
            }
        }
    }
}
