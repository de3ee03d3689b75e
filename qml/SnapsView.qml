// "By app": the installed apps, with a search field, and the permissions of the one
// selected.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Corral.Permissions

Item {
    id: view

    required property Client client
    // The snap whose permissions are shown (its name), or "".
    property string currentSnap

    // The selected snap's row ({ role: value }), null when it is not installed: its header
    // shows even when the search hides it from the list.
    readonly property var currentFacts: snapsRevision >= 0 && currentSnap.length > 0
                                        ? factsOf(currentSnap) : null
    // Bumped by every change of the snap list, for currentFacts to look again.
    property int snapsRevision: 0

    function factsOf(name: string): var {
        const row = snapList.get(name)
        return row.name === undefined ? null : row
    }

    function select(name: string) {
        currentSnap = name
    }

    // The list's current row follows currentSnap, through every filtering and reload.
    function syncSelection() {
        const row = snapFilter.indexOf(currentSnap)
        if (snapListView.currentIndex !== row)
            snapListView.currentIndex = row
    }
    onCurrentSnapChanged: syncSelection()

    SnapListModel {
        id: snapList
        client: view.client
        onModelReset: view.snapsRevision++
        onDataChanged: view.snapsRevision++
        onRowsInserted: view.snapsRevision++
        onRowsRemoved: view.snapsRevision++
    }
    SnapFilterModel {
        id: snapFilter
        sourceModel: snapList
        filterText: search.text
        onCountChanged: Qt.callLater(view.syncSelection)
        onLayoutChanged: Qt.callLater(view.syncSelection)
        onModelReset: Qt.callLater(view.syncSelection)
    }
    RowLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 8

        ColumnLayout {
            Layout.preferredWidth: Math.max(240, Math.min(320, view.width * 0.32))
            Layout.fillWidth: false
            Layout.fillHeight: true
            spacing: 6

            TextField {
                id: search
                objectName: "snapSearch"
                Layout.fillWidth: true
                placeholderText: qsTr("Search apps")
                Accessible.name: qsTr("Search apps")
                selectByMouse: true
                Keys.onDownPressed: snapListView.forceActiveFocus()
            }

            ListFrame {
                Layout.fillWidth: true
                Layout.fillHeight: true

                ListView {
                    id: snapListView
                    objectName: "snapList"
                    anchors.fill: parent
                    clip: true
                    model: snapFilter
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    boundsBehavior: Flickable.StopAtBounds
                    highlightMoveDuration: 0
                    Accessible.name: qsTr("Installed apps")
                    Accessible.role: Accessible.List
                    ScrollBar.vertical: ScrollBar {}

                    // Keyboard moves select, as clicks do.
                    onCurrentIndexChanged: {
                        if (activeFocus && currentItem)
                            view.select(currentItem.name)
                    }
                    onCountChanged: view.syncSelection()

                    delegate: SnapDelegate {
                        width: snapListView.width
                        onClicked: {
                            snapListView.forceActiveFocus()
                            view.select(name)
                        }
                        // Nothing chosen yet: the first app in the list.
                        Component.onCompleted: {
                            if (index === 0 && view.currentSnap.length === 0)
                                view.select(name)
                        }
                    }
                }

                Label {
                    objectName: "noMatch"
                    anchors.fill: parent
                    anchors.margins: 12
                    visible: snapFilter.count === 0 && view.client.status === Client.Ready
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.Wrap
                    opacity: 0.75
                    text: search.text.length > 0 ? qsTr("No app matches “%1”").arg(search.text)
                                                 : qsTr("No apps are installed")
                }
            }
        }

        SnapDetails {
            id: details
            Layout.fillWidth: true
            Layout.fillHeight: true
            client: view.client
            snap: view.currentSnap
            facts: view.currentFacts
        }
    }
}
