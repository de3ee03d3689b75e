// "By permission": the permissions installed apps ask for, how many apps have each, and
// for the one selected, every app that asks for it with a switch ("which apps can use my
// camera?"), plus "Allow all" and "Deny all" as one change.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Corral.Permissions

Item {
    id: view

    required property Client client
    // The interface shown (its name), or "".
    property string currentInterface

    // The shown interface's row ({ role: value }), or null.
    readonly property var current: interfacesRevision >= 0 && currentInterface.length > 0
                                   ? rowOf(currentInterface) : null
    // Bumped by every change of the interface list, for current to look again.
    property int interfacesRevision: 0

    function rowOf(name: string): var {
        const row = interfaces.get(name)
        return row.name === undefined ? null : row
    }

    function select(name: string) {
        currentInterface = name
    }
    function syncSelection() {
        const row = interfaces.indexOf(currentInterface)
        if (interfaceListView.currentIndex !== row)
            interfaceListView.currentIndex = row
    }
    onCurrentInterfaceChanged: syncSelection()

    InterfaceListModel {
        id: interfaces
        client: view.client
        requestedOnly: true
        onCountChanged: Qt.callLater(view.syncSelection)
        onModelReset: {
            view.interfacesRevision++
            Qt.callLater(view.syncSelection)
        }
        onDataChanged: view.interfacesRevision++
        onRowsInserted: view.interfacesRevision++
        onRowsRemoved: view.interfacesRevision++
    }
    InterfacePlugsModel {
        id: interfacePlugs
        client: view.client
        interfaceName: view.currentInterface
    }

    component InterfaceRow: ItemDelegate {
        id: interfaceRow
        required property int index
        required property string name
        required property string label
        required property string description
        required property int requesting
        required property int granted

        width: ListView.view.width
        highlighted: ListView.isCurrentItem
        Accessible.name: label + ", " + countText.text

        contentItem: ColumnLayout {
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: interfaceRow.label
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                color: interfaceRow.highlighted ? interfaceRow.palette.highlightedText
                                                : interfaceRow.palette.text
            }
            Label {
                id: countText
                Layout.fillWidth: true
                text: qsTr("Allowed for %1 of %2").arg(interfaceRow.granted)
                                                  .arg(interfaceRow.requesting)
                elide: Text.ElideRight
                opacity: 0.75
                font.pointSize: Qt.application.font.pointSize * 0.9
                color: interfaceRow.highlighted ? interfaceRow.palette.highlightedText
                                                : interfaceRow.palette.text
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 8

        ListFrame {
            Layout.preferredWidth: Math.max(240, Math.min(320, view.width * 0.32))
            Layout.fillWidth: false
            Layout.fillHeight: true

            ListView {
                id: interfaceListView
                objectName: "interfaceList"
                anchors.fill: parent
                clip: true
                model: interfaces
                activeFocusOnTab: true
                keyNavigationEnabled: true
                boundsBehavior: Flickable.StopAtBounds
                highlightMoveDuration: 0
                Accessible.name: qsTr("Permissions")
                Accessible.role: Accessible.List
                ScrollBar.vertical: ScrollBar {}

                section.property: "categoryLabel"
                section.criteria: ViewSection.FullString
                section.delegate: Label {
                    required property string section
                    width: interfaceListView.width
                    topPadding: 10
                    bottomPadding: 2
                    leftPadding: 8
                    text: section
                    font.bold: true
                    opacity: 0.85
                    Accessible.role: Accessible.Heading
                }

                onCurrentIndexChanged: {
                    if (activeFocus && currentItem)
                        view.select(currentItem.name)
                }
                onCountChanged: view.syncSelection()

                delegate: InterfaceRow {
                    onClicked: {
                        interfaceListView.forceActiveFocus()
                        view.select(name)
                    }
                    Component.onCompleted: {
                        if (index === 0 && view.currentInterface.length === 0)
                            view.select(name)
                    }
                }

            }

            Label {
                anchors.fill: parent
                anchors.margins: 12
                visible: interfaces.count === 0 && view.client.status === Client.Ready
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.Wrap
                opacity: 0.75
                text: qsTr("No installed app asks for any permission.")
            }
        }

        // The list stays in the layout whether shown or not: a Qt 6.4 layout does not place
        // an item that becomes visible again.
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: plugList
                objectName: "interfacePlugList"
                anchors.fill: parent
                visible: view.current !== null
                clip: true
                model: interfacePlugs
                spacing: 2
                boundsBehavior: Flickable.StopAtBounds
                Accessible.name: qsTr("Apps that ask for %1").arg(view.current ? view.current.label : "")
                ScrollBar.vertical: ScrollBar {}

                header: ColumnLayout {
                    width: plugList.width
                    spacing: 6

                    Label {
                        objectName: "interfaceTitle"
                        Layout.fillWidth: true
                        Layout.leftMargin: 4
                        text: view.current ? view.current.label : ""
                        font.pointSize: Qt.application.font.pointSize * 1.4
                        font.bold: true
                        elide: Text.ElideRight
                        Accessible.role: Accessible.Heading
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.leftMargin: 4
                        text: view.current ? view.current.description : ""
                        wrapMode: Text.Wrap
                        visible: text.length > 0
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Layout.topMargin: 4
                        Layout.bottomMargin: 8
                        Layout.leftMargin: 4
                        spacing: 8
                        Label {
                            Layout.fillWidth: true
                            text: view.current
                                  ? qsTr("Apps asking: %1 · allowed: %2")
                                    .arg(view.current.requesting).arg(view.current.granted)
                                  : ""
                            elide: Text.ElideRight
                            opacity: 0.75
                        }
                        Button {
                            objectName: "allowAllButton"
                            text: qsTr("Allow All")
                            enabled: view.current !== null && interfacePlugs.count > 0
                            Accessible.name: qsTr("Allow every app listed to %1")
                                             .arg(view.current ? view.current.label : "")
                            onClicked: view.client.setPlugsConnected(interfacePlugs.plugRefs(), true)
                        }
                        Button {
                            objectName: "denyAllButton"
                            text: qsTr("Deny All")
                            enabled: view.current !== null && interfacePlugs.count > 0
                            Accessible.name: qsTr("Deny every app listed %1")
                                             .arg(view.current ? view.current.label : "")
                            onClicked: view.client.setPlugsConnected(interfacePlugs.plugRefs(), false)
                        }
                    }
                }

                delegate: InterfacePlugDelegate {
                    width: plugList.width
                    client: view.client
                }
            }

            Label {
                anchors.fill: parent
                visible: view.current === null && view.client.status === Client.Ready
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.Wrap
                opacity: 0.75
                text: qsTr("Choose a permission to see which apps ask for it.")
            }
        }
    }
}
