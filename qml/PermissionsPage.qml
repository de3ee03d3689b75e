// Corral's permissions page: what each app may do ("By app"), which apps may use each
// permission ("By permission"), and what the sandbox recently refused them ("Denials"). A
// desktop settings panel embeds it with
//     PermissionsPage { client: Client {} }
// Every change goes through the Client to Corral's helper; a failure shows in the message
// bar and the switches show what the helper says, not what was clicked.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Corral.Permissions

Page {
    id: page

    required property Client client
    // 0: by app, 1: by permission, 2: denials.
    property alias currentView: tabs.currentIndex
    // The snap shown by app, and the interface shown by permission (names).
    property alias currentSnap: snapsView.currentSnap
    property alias currentInterface: interfacesView.currentInterface
    // The last failure, as the message bar shows it ("" when none).
    readonly property alias message: messageBar.text

    function showSnap(name: string) {
        currentSnap = name
        currentView = 0
    }
    function showInterface(name: string) {
        currentInterface = name
        currentView = 1
    }

    title: qsTr("App Permissions")
    Accessible.name: title

    Connections {
        target: page.client
        function onChangeFinished(plugs: list<string>, ok: bool, failureKind: int, message: string) {
            if (ok)
                return
            messageBar.show(message.length > 0 ? message
                                               : qsTr("The change could not be made."))
        }
        function onStatusChanged() {
            if (page.client.status === Client.Ready)
                messageBar.text = ""
        }
    }

    header: TabBar {
        id: tabs
        objectName: "viewTabs"
        leftPadding: 8
        topPadding: 8
        visible: page.client.status !== Client.Unavailable
        TabButton {
            objectName: "byAppTab"
            text: qsTr("By app")
            Accessible.name: qsTr("Permissions by app")
            width: implicitWidth
            leftPadding: 16
            rightPadding: 16
        }
        TabButton {
            objectName: "byPermissionTab"
            text: qsTr("By permission")
            Accessible.name: qsTr("Apps by permission")
            width: implicitWidth
            leftPadding: 16
            rightPadding: 16
        }
        TabButton {
            objectName: "denialsTab"
            text: qsTr("Denials")
            Accessible.name: qsTr("What the sandbox recently refused your apps")
            width: implicitWidth
            leftPadding: 16
            rightPadding: 16
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        visible: page.client.status !== Client.Unavailable

        MessageBar {
            id: messageBar
            objectName: "messageBar"
            Layout.fillWidth: true
            Layout.margins: 8
            Layout.bottomMargin: 0
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            SnapsView {
                id: snapsView
                client: page.client
            }
            InterfacesView {
                id: interfacesView
                client: page.client
            }
            DenialsView {
                objectName: "denialsView"
                client: page.client
                onSnapActivated: name => page.showSnap(name)
            }
        }
    }

    BusyIndicator {
        anchors.centerIn: parent
        running: page.client.status === Client.Loading
        visible: running
        Accessible.name: qsTr("Loading")
    }

    // The helper cannot be reached: say so, and offer to try again.
    ColumnLayout {
        objectName: "unavailableMessage"
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 520)
        spacing: 12
        visible: page.client.status === Client.Unavailable

        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pointSize: Qt.application.font.pointSize * 1.3
            text: qsTr("App permissions cannot be shown")
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: page.client.statusMessage.length > 0
                  ? page.client.statusMessage
                  : qsTr("Corral's permission service does not answer.")
        }
        Button {
            objectName: "retryButton"
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Try Again")
            Accessible.name: qsTr("Try to reach the permission service again")
            onClicked: page.client.refresh()
        }
    }
}
