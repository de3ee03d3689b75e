// A message across the page, inline rather than in a dialog: what went wrong, until the
// person dismisses it or the next message replaces it. Colours come from the palette.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Control {
    id: bar

    property string text

    function show(message: string) {
        text = message
    }

    visible: text.length > 0
    padding: 8
    leftPadding: 12
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    background: Rectangle {
        radius: 4
        color: Qt.tint(bar.palette.base, Qt.rgba(bar.palette.highlight.r, bar.palette.highlight.g,
                                                 bar.palette.highlight.b, 0.18))
        border.color: bar.palette.highlight
    }

    contentItem: RowLayout {
        spacing: 8
        Label {
            objectName: "messageText"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            // A sentence from the client, which may start in lower case ("cannot …").
            text: bar.text.length > 0 ? bar.text.charAt(0).toUpperCase() + bar.text.slice(1) : ""
        }
        Button {
            objectName: "dismissMessageButton"
            flat: true
            text: qsTr("Dismiss")
            Accessible.name: qsTr("Dismiss the message")
            onClicked: bar.text = ""
        }
    }
}
