// One snap in detail: its header, what its confinement means when it is not strict, its
// permissions grouped by category with a switch each, "Reset to defaults", what its sandbox
// refused lately (with "Allow …" where a permission of its own would allow it), and the
// slots it offers to other apps.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Corral.Permissions

Item {
    id: details

    required property Client client
    // The snap shown (its name), and its row of SnapListModel ({ role: value }), null when
    // it is not installed.
    property string snap
    property var facts

    PlugListModel {
        id: plugs
        client: details.client
        snap: details.facts ? details.snap : ""
    }
    SlotListModel {
        id: slotsModel
        client: details.client
        snap: details.facts ? details.snap : ""
    }
    // Without a Client until a snap is shown: a DenialListModel of no snap lists every
    // snap's denials.
    DenialListModel {
        id: denials
        snap: details.snap
        client: details.facts ? details.client : null
    }
    // "2 minutes ago" ages.
    Timer {
        interval: 60000
        repeat: true
        running: details.visible && denials.count > 0
        onTriggered: denials.refreshTimes()
    }

    Label {
        objectName: "detailsPlaceholder"
        anchors.centerIn: parent
        width: Math.min(parent.width - 32, 420)
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        opacity: 0.75
        visible: !details.facts && details.client.status === Client.Ready
        text: details.snap.length > 0 ? qsTr("No app named “%1” is installed.").arg(details.snap)
                                      : qsTr("Choose an app to see its permissions.")
    }

    ListView {
        id: plugList
        objectName: "plugList"
        anchors.fill: parent
        visible: details.facts !== null
        clip: true
        model: plugs
        spacing: 2
        boundsBehavior: Flickable.StopAtBounds
        activeFocusOnTab: false
        Accessible.name: qsTr("Permissions of %1").arg(details.facts ? details.facts.title : "")
        ScrollBar.vertical: ScrollBar {}

        section.property: "categoryLabel"
        section.criteria: ViewSection.FullString
        section.delegate: Label {
            required property string section
            width: plugList.width
            topPadding: 14
            bottomPadding: 4
            leftPadding: 4
            text: section
            font.bold: true
            opacity: 0.85
            Accessible.role: Accessible.Heading
        }

        header: ColumnLayout {
            width: plugList.width
            spacing: 10

            RowLayout {
                Layout.fillWidth: true
                Layout.margins: 4
                spacing: 12

                SnapIcon {
                    Layout.alignment: Qt.AlignTop
                    path: details.facts ? details.facts.icon : ""
                    title: details.facts ? details.facts.title : ""
                    size: 48
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        objectName: "snapTitle"
                        Layout.fillWidth: true
                        text: details.facts ? details.facts.title : ""
                        font.pointSize: Qt.application.font.pointSize * 1.4
                        font.bold: true
                        elide: Text.ElideRight
                        Accessible.role: Accessible.Heading
                    }
                    Label {
                        Layout.fillWidth: true
                        text: details.facts ? details.facts.summary : ""
                        wrapMode: Text.Wrap
                        visible: text.length > 0
                    }
                    Label {
                        Layout.fillWidth: true
                        // "Version 2.3.1 · photobooth · strictly confined", the name only
                        // when the title is another.
                        text: {
                            if (!details.facts)
                                return ""
                            const parts = [qsTr("Version %1").arg(details.facts.version)]
                            if (details.facts.title !== details.facts.name)
                                parts.push(details.facts.name)
                            parts.push(confinementName(details.facts.confinement))
                            return parts.join(" · ")
                        }
                        elide: Text.ElideRight
                        opacity: 0.75
                        font.pointSize: Qt.application.font.pointSize * 0.9

                        function confinementName(confinement: string): string {
                            if (confinement === "devmode")
                                return qsTr("development mode")
                            if (confinement === "classic")
                                return qsTr("classic confinement")
                            return qsTr("strictly confined")
                        }
                    }
                }
                Button {
                    objectName: "resetButton"
                    Layout.alignment: Qt.AlignTop
                    text: qsTr("Reset to Defaults")
                    enabled: details.facts !== null && details.facts.customized
                    Accessible.name: qsTr("Reset the permissions of %1 to their defaults")
                                     .arg(details.facts ? details.facts.title : "")
                    ToolTip.visible: hovered
                    ToolTip.delay: 500
                    ToolTip.text: qsTr("Turn on what the app gets automatically and turn off "
                                       + "what was turned on by hand")
                    onClicked: details.client.resetToDefaults(details.snap)
                }
            }

            Notice {
                objectName: "confinementBanner"
                Layout.fillWidth: true
                visible: details.facts !== null
                         && (details.facts.confinement === "devmode"
                             || details.facts.confinement === "classic")
                text: !details.facts ? ""
                      : details.facts.confinement === "classic"
                        ? qsTr("%1 uses classic confinement: it runs without a sandbox and can "
                               + "do anything you can do. The permissions below do not limit it.")
                          .arg(details.facts.title)
                        : qsTr("%1 runs in development mode: its sandbox reports what it would "
                               + "block but blocks nothing. The permissions below are recorded "
                               + "but not enforced.").arg(details.facts.title)
            }

            Notice {
                objectName: "problemBanner"
                Layout.fillWidth: true
                visible: details.facts !== null && details.facts.problem.length > 0
                text: details.facts ? qsTr("%1 cannot run: %2").arg(details.facts.title)
                                      .arg(details.facts.problem)
                                    : ""
            }

            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 4
                Layout.topMargin: 4
                visible: plugs.loaded && plugs.count === 0
                text: qsTr("This app asks for no permissions.")
                wrapMode: Text.Wrap
                opacity: 0.75
            }
        }

        delegate: PlugDelegate {
            width: plugList.width
            client: details.client
        }

        // Columns, not layouts: a Repeater's items inside a Qt 6.4 layout crash it when the
        // model is reset (another snap chosen).
        footer: Column {
            width: plugList.width

            Column {
                objectName: "denialsSection"
                width: parent.width
                spacing: 4
                visible: denials.loaded

                Label {
                    objectName: "denialsHeading"
                    width: parent.width
                    topPadding: 18
                    bottomPadding: 4
                    leftPadding: 4
                    text: qsTr("Recently blocked")
                    font.bold: true
                    opacity: 0.85
                    Accessible.role: Accessible.Heading
                }
                Label {
                    objectName: "noDenials"
                    width: parent.width
                    leftPadding: 4
                    visible: denials.count === 0
                    text: qsTr("Nothing was blocked recently.")
                    wrapMode: Text.Wrap
                    opacity: 0.75
                }
                Repeater {
                    objectName: "denialList"
                    model: denials
                    delegate: DenialDelegate {
                        width: plugList.width
                        client: details.client
                    }
                }
            }

            Column {
                width: parent.width
                spacing: 2
                visible: slotsModel.count > 0

                Label {
                    width: parent.width
                    topPadding: 18
                    bottomPadding: 4
                    leftPadding: 4
                    text: qsTr("Offered to other apps")
                    font.bold: true
                    opacity: 0.85
                    Accessible.role: Accessible.Heading
                }
                Repeater {
                    objectName: "slotList"
                    model: slotsModel
                    delegate: SlotDelegate {
                        width: plugList.width
                    }
                }
            }
        }
    }

    // A framed note in the palette's colours, for what the confinement means.
    component Notice: Control {
        id: notice
        property string text
        padding: 10
        Accessible.role: Accessible.StaticText
        Accessible.name: text
        background: Rectangle {
            radius: 4
            color: notice.palette.alternateBase
            border.color: notice.palette.mid
        }
        contentItem: Label {
            text: notice.text
            wrapMode: Text.Wrap
        }
    }
}
