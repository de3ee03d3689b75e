// A slot the snap offers to others, and which plugs use it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Control {
    id: row

    required property string name
    required property string interfaceName
    required property string label
    required property var connectedPlugs

    padding: 6
    leftPadding: 4
    Accessible.role: Accessible.ListItem
    Accessible.name: label + ", " + usedBy.text

    contentItem: ColumnLayout {
        spacing: 2
        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            Label {
                text: row.label.length > 0 ? row.label : row.interfaceName
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: "(" + row.name + ")"
                opacity: 0.75
                elide: Text.ElideRight
            }
        }
        Label {
            id: usedBy
            objectName: "slotUsers"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            opacity: 0.75
            font.pointSize: Qt.application.font.pointSize * 0.9
            text: row.connectedPlugs && row.connectedPlugs.length > 0
                  ? qsTr("Used by %1").arg(row.connectedPlugs.join(", "))
                  : qsTr("Not used by any app")
        }
    }
}
