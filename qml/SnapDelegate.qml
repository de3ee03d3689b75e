// One installed snap in the list: icon, title, summary, and badges for permissions a
// person changed and for confinement that is not strict.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ItemDelegate {
    id: row

    required property int index
    required property string name
    required property string title
    required property string summary
    // The icon role by way of the model: ItemDelegate's own `icon` takes the name.
    required property var model
    required property string confinement
    required property bool customized

    highlighted: ListView.isCurrentItem
    Accessible.name: customized ? qsTr("%1, permissions changed").arg(title) : title
    Accessible.description: summary

    contentItem: RowLayout {
        spacing: 10

        SnapIcon {
            path: row.model.icon
            title: row.title
            size: 32
            Layout.alignment: Qt.AlignVCenter
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: row.title
                font.bold: true
                elide: Text.ElideRight
                color: row.highlighted ? row.palette.highlightedText : row.palette.text
            }
            Label {
                Layout.fillWidth: true
                text: row.summary
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                opacity: 0.75
                font.pointSize: Qt.application.font.pointSize * 0.9
                color: row.highlighted ? row.palette.highlightedText : row.palette.text
                visible: text.length > 0
            }
        }

        Badge {
            objectName: "customizedBadge"
            visible: row.customized
            text: qsTr("Changed")
            toolTip: qsTr("Some permissions differ from the defaults")
            highlighted: row.highlighted
        }
        Badge {
            visible: row.confinement === "devmode" || row.confinement === "classic"
            text: row.confinement === "classic" ? qsTr("Classic") : qsTr("Devmode")
            toolTip: row.confinement === "classic" ? qsTr("Runs without a sandbox")
                                                   : qsTr("Its sandbox does not block anything")
            highlighted: row.highlighted
        }
    }

    component Badge: Label {
        id: badge
        property string toolTip
        property bool highlighted
        leftPadding: 6
        rightPadding: 6
        topPadding: 1
        bottomPadding: 1
        font.pointSize: Qt.application.font.pointSize * 0.85
        color: highlighted ? palette.highlightedText : palette.text
        background: Rectangle {
            radius: height / 2
            color: "transparent"
            border.color: badge.highlighted ? badge.palette.highlightedText : badge.palette.highlight
        }
        Accessible.name: text
        Accessible.description: toolTip
        HoverHandler {
            id: badgeHover
        }
        ToolTip.visible: badgeHover.hovered && toolTip.length > 0
        ToolTip.text: toolTip
        ToolTip.delay: 500
    }
}
