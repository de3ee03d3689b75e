// A small button that shows the corral command making the same change from a terminal,
// ready to copy.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ToolButton {
    id: button

    required property string command

    text: ">_"
    font.family: "monospace"
    Accessible.name: qsTr("Show the equivalent command")
    Accessible.description: command
    ToolTip.visible: hovered && !popup.visible
    ToolTip.delay: 500
    ToolTip.text: qsTr("The same from a terminal: %1").arg(command)
    onClicked: popup.open()

    Popup {
        id: popup
        objectName: "commandPopup"
        x: button.width - width
        y: button.height
        margins: 8
        padding: 12
        focus: true
        onOpened: field.forceActiveFocus()

        contentItem: ColumnLayout {
            spacing: 8
            Label {
                text: qsTr("To make the same change from a terminal, run:")
            }
            RowLayout {
                spacing: 6
                TextField {
                    id: field
                    objectName: "commandField"
                    Layout.preferredWidth: Math.max(260, contentWidth + leftPadding + rightPadding + 8)
                    readOnly: true
                    selectByMouse: true
                    font.family: "monospace"
                    text: button.command
                    Accessible.name: qsTr("Command")
                }
                Button {
                    text: qsTr("Copy")
                    Accessible.name: qsTr("Copy the command")
                    onClicked: {
                        field.selectAll()
                        field.copy()
                        field.deselect()
                        popup.close()
                    }
                }
            }
        }
    }
}
