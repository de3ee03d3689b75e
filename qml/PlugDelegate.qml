// One permission a snap asks for (a plug): its label and description, how it came to be as
// it is, a chooser when several slots fit, the equivalent command, and its switch. The
// switch shows the helper's state: a click asks the helper, and the switch follows what it
// answers (a refusal puts it back).
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
    required property string label
    required property string description
    required property bool connected
    required property bool automatic
    required property bool undesired
    required property bool pending
    required property var candidates
    required property var connectedSlots
    required property string connectCommand
    required property string disconnectCommand

    // What a click asked for, until the helper answered: the switch shows it meanwhile.
    property var wanted: undefined
    readonly property bool busy: pending || wanted !== undefined
    readonly property bool severalSlots: candidates !== undefined && candidates.length > 1
    // The slot the chooser names (with several), or "" for the only one that fits.
    readonly property string chosenSlot: severalSlots && chooser.currentIndex >= 0
                                         ? candidates[chooser.currentIndex] : ""

    function request(on: bool) {
        wanted = on
        if (on && chosenSlot.length > 0)
            client.connectPlug(ref, chosenSlot)
        else
            client.setPlugConnected(ref, on)
        if (!pending) // nothing went to the helper
            wanted = undefined
    }

    // The client keeps the plug pending until it has read the connections again, so when it
    // stops being pending the model says where the plug now is, refused or not.
    onPendingChanged: {
        if (!pending)
            wanted = undefined
    }

    padding: 8
    leftPadding: 4
    rightPadding: 4
    Accessible.role: Accessible.ListItem
    Accessible.name: label

    contentItem: RowLayout {
        spacing: 8

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            // Two plugs of one interface tell apart by their names.
            Label {
                objectName: "plugLabel"
                Layout.fillWidth: true
                text: row.name !== row.interfaceName ? qsTr("%1 (%2)").arg(row.label).arg(row.name)
                                                     : row.label
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: row.description
                wrapMode: Text.Wrap
                opacity: 0.75
                font.pointSize: Qt.application.font.pointSize * 0.9
                visible: text.length > 0
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                StatusLabel {
                    objectName: "plugStatus"
                    connected: row.connected
                    automatic: row.automatic
                    undesired: row.undesired
                    pending: row.busy
                    turningOn: row.wanted === undefined ? !row.connected : row.wanted
                }
                Label {
                    visible: row.severalSlots
                    text: qsTr("from")
                    opacity: 0.75
                    font.pointSize: Qt.application.font.pointSize * 0.9
                }
                ComboBox {
                    id: chooser
                    objectName: "slotChooser"
                    visible: row.severalSlots
                    enabled: !row.busy
                    model: row.candidates
                    implicitContentWidthPolicy: ComboBox.WidestText
                    Accessible.name: qsTr("Provider of %1").arg(row.label)
                    // Where the plug is connected; otherwise the person's choice.
                    currentIndex: row.connected && row.connectedSlots.length > 0
                                  ? Math.max(0, row.candidates.indexOf(row.connectedSlots[0])) : 0
                    onActivated: index => {
                        if (row.connected && row.connectedSlots.indexOf(row.candidates[index]) < 0) {
                            row.wanted = true
                            row.client.moveConnection(row.ref, row.candidates[index])
                            if (!row.pending)
                                row.wanted = undefined
                        }
                    }
                }
                Item {
                    Layout.fillWidth: true
                }
            }
        }

        BusyIndicator {
            objectName: "plugBusy"
            Layout.preferredWidth: 28
            Layout.preferredHeight: 28
            running: row.busy
            opacity: running ? 1 : 0
            Accessible.name: qsTr("Changing")
        }

        CommandButton {
            command: row.connected
                     ? row.disconnectCommand
                     : (row.chosenSlot.length > 0 ? row.client.connectCommand(row.ref, row.chosenSlot)
                                                  : row.connectCommand)
        }

        Switch {
            id: toggle
            objectName: "plugSwitch"
            checked: row.wanted !== undefined ? row.wanted : row.connected
            enabled: !row.busy
            Accessible.name: row.label
            Accessible.description: row.description
            onToggled: {
                row.request(checked)
                // Whatever the click did to the binding, show the helper's state again.
                checked = Qt.binding(() => row.wanted !== undefined ? row.wanted : row.connected)
            }
        }
    }
}
