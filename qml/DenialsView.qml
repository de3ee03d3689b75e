// "Denials": what the sandbox refused every app lately, newest first, each with its app
// (a click opens the app's permissions), what would have allowed it and "Allow …" where a
// permission of the app's own would. The helper is asked only once the view is shown.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Corral.Permissions

Item {
    id: view

    required property Client client
    // Set the first time the view shows, and kept: from then on the list follows the helper.
    property bool wanted: false

    // A row's app was clicked.
    signal snapActivated(string name)

    onVisibleChanged: {
        if (visible)
            wanted = true
    }
    Component.onCompleted: {
        if (visible)
            wanted = true
    }

    DenialListModel {
        id: denials
        client: view.wanted ? view.client : null
    }
    // "2 minutes ago" ages.
    Timer {
        interval: 60000
        repeat: true
        running: view.visible && denials.count > 0
        onTriggered: denials.refreshTimes()
    }

    ListView {
        id: denialList
        objectName: "allDenialList"
        anchors.fill: parent
        anchors.margins: 8
        clip: true
        model: denials
        spacing: 4
        boundsBehavior: Flickable.StopAtBounds
        Accessible.name: qsTr("Recently blocked")
        Accessible.role: Accessible.List
        ScrollBar.vertical: ScrollBar {}

        header: ColumnLayout {
            width: denialList.width
            spacing: 6

            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 4
                text: qsTr("Recently blocked")
                font.pointSize: Qt.application.font.pointSize * 1.4
                font.bold: true
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 4
                Layout.bottomMargin: 8
                text: qsTr("What the sandbox refused your apps lately, newest first, and which "
                           + "permission would have allowed it. An app that stopped working "
                           + "often tried one of these.")
                wrapMode: Text.Wrap
                opacity: 0.75
            }
            Label {
                objectName: "noAllDenials"
                Layout.fillWidth: true
                Layout.leftMargin: 4
                visible: denials.count === 0 && view.client.status === Client.Ready
                text: denials.loaded ? qsTr("Nothing was blocked recently.")
                                     : qsTr("Asking Corral what was blocked…")
                wrapMode: Text.Wrap
                opacity: 0.75
            }
        }

        delegate: DenialDelegate {
            width: denialList.width
            client: view.client
            showSnap: true
            onSnapActivated: name => view.snapActivated(name)
        }
    }
}
