// One thing the sandbox refused an app (a row of DenialListModel): what was blocked, when
// and how often, whether it was only logged, which permission would have allowed it, and
// "Allow …" when the app has that permission's plug and it is off. The button asks the
// helper as the switches do: busy until the helper answered, and a refusal shows in the
// page's message bar. With `showSnap` (the list of every app's denials) the row names the
// app, and clicking it opens that app's permissions.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Corral.Permissions

Control {
    id: row

    required property Client client
    required property string key
    required property string snap
    required property string title
    required property string icon
    required property string app
    required property string action
    required property bool enforced
    required property int times
    required property var firstSeen
    required property var lastSeen
    required property string timesText
    required property string lastSeenText
    required property string suggestion
    required property string allowPlug
    required property string allowLabel
    required property string allowedBy
    required property bool pending

    // Whether the row names its app (the list of every app's denials).
    property bool showSnap: false
    // Clicked since the helper last answered: the button waits meanwhile.
    property bool requested: false
    readonly property bool busy: pending || requested

    signal snapActivated(string name)

    function capitalized(text: string): string {
        return text.length > 0 ? text.charAt(0).toUpperCase() + text.slice(1) : text
    }
    function fullTime(when: var): string {
        return when ? when.toLocaleString(Qt.locale(), Locale.LongFormat) : ""
    }

    function allow() {
        if (allowPlug.length === 0)
            return
        requested = true
        // As the plug's switch would: to the slot it was taken from, or the one that fits.
        client.setPlugConnected(allowPlug, true)
        if (!pending) // nothing went to the helper
            requested = false
    }

    // The client keeps the plug pending until it has read the connections again: then the
    // model says whether the plug is connected (the button goes) or not (refused).
    onPendingChanged: {
        if (!pending)
            requested = false
    }

    readonly property string whenText: {
        const parts = []
        // The app, when it is not the snap's namesake: as a person runs it ("probe.home").
        if (app.length > 0 && app !== snap)
            parts.push(snap + "." + app)
        parts.push(lastSeenText)
        parts.push(timesText)
        return parts.filter(part => part.length > 0).join(" · ")
    }
    // The full times, for the tooltip of "2 minutes ago".
    readonly property string fullTimeText: times > 1 && firstSeen && lastSeen
                                           && firstSeen.getTime() !== lastSeen.getTime()
                                           ? qsTr("Last: %1\nFirst: %2").arg(fullTime(lastSeen))
                                             .arg(fullTime(firstSeen))
                                           : qsTr("Last: %1").arg(fullTime(lastSeen))
    readonly property string remedyText: allowedBy.length > 0
                                         ? qsTr("Allowed since: %1").arg(allowedBy)
                                         : capitalized(suggestion)

    padding: 8
    leftPadding: 4
    rightPadding: 4
    Accessible.role: Accessible.ListItem
    Accessible.name: enforced ? qsTr("Blocked: %1").arg(action) : qsTr("Logged: %1").arg(action)
    Accessible.description: whenText + "\n" + remedyText

    contentItem: RowLayout {
        spacing: 10

        SnapIcon {
            Layout.alignment: Qt.AlignTop
            visible: row.showSnap
            path: row.icon
            title: row.title
            size: 32
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            // The app, as a link to its permissions.
            Label {
                id: snapLink
                objectName: "denialSnap"
                Layout.fillWidth: true
                visible: row.showSnap
                text: row.title
                font.bold: true
                font.underline: snapMouse.containsMouse || activeFocus
                color: row.palette.link
                elide: Text.ElideRight
                activeFocusOnTab: row.showSnap
                Accessible.role: Accessible.Link
                Accessible.name: qsTr("Open the permissions of %1").arg(row.title)
                Accessible.onPressAction: row.snapActivated(row.snap)
                Keys.onReturnPressed: row.snapActivated(row.snap)
                Keys.onEnterPressed: row.snapActivated(row.snap)
                Keys.onSpacePressed: row.snapActivated(row.snap)
                ToolTip.visible: snapMouse.containsMouse
                ToolTip.delay: 500
                ToolTip.text: Accessible.name

                MouseArea {
                    id: snapMouse
                    objectName: "denialSnapArea"
                    anchors.left: parent.left
                    height: parent.height
                    width: Math.min(parent.width, parent.implicitWidth)
                    hoverEnabled: true
                    cursorShape: Qt.PointingHandCursor
                    onClicked: row.snapActivated(row.snap)
                }
            }
            Label {
                objectName: "denialAction"
                Layout.fillWidth: true
                text: row.capitalized(row.action)
                font.bold: !row.showSnap
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8

                // Developer mode: the sandbox wrote it down but let it happen.
                Label {
                    objectName: "denialLogged"
                    visible: !row.enforced
                    text: qsTr("Only logged")
                    leftPadding: 6
                    rightPadding: 6
                    topPadding: 1
                    bottomPadding: 1
                    font.pointSize: Qt.application.font.pointSize * 0.85
                    color: row.palette.text
                    background: Rectangle {
                        radius: height / 2
                        color: row.palette.alternateBase
                        border.color: row.palette.mid
                    }
                    HoverHandler {
                        id: loggedHover
                    }
                    ToolTip.visible: loggedHover.hovered
                    ToolTip.delay: 500
                    ToolTip.text: qsTr("Not blocked: the app runs in development mode, where what "
                                       + "its sandbox would refuse is only written to the log")
                }
                Label {
                    objectName: "denialWhen"
                    Layout.fillWidth: true
                    text: row.whenText
                    wrapMode: Text.Wrap
                    opacity: 0.75
                    font.pointSize: Qt.application.font.pointSize * 0.9
                    HoverHandler {
                        id: whenHover
                    }
                    ToolTip.visible: whenHover.hovered
                    ToolTip.delay: 500
                    ToolTip.text: row.fullTimeText
                }
            }
            Label {
                objectName: "denialSuggestion"
                Layout.fillWidth: true
                text: row.remedyText
                wrapMode: Text.Wrap
                // What the person can act on reads as plainly as the rest; the rest is an aside.
                opacity: row.allowPlug.length > 0 || row.allowedBy.length > 0 ? 1 : 0.75
                font.pointSize: Qt.application.font.pointSize * 0.9
            }
            // Below what it would allow, so that a long label leaves the words their width.
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: 4
                spacing: 8
                visible: row.allowPlug.length > 0

                // As wide as its words, narrower only where the row is.
                Button {
                    objectName: "denialAllowButton"
                    Layout.fillWidth: true
                    Layout.maximumWidth: implicitWidth
                    enabled: !row.busy
                    text: qsTr("Allow “%1”").arg(row.allowLabel)
                    Accessible.name: text
                    Accessible.description: ToolTip.text
                    ToolTip.visible: hovered
                    ToolTip.delay: 500
                    ToolTip.text: qsTr("Connect %1: the change on the command line is\n%2")
                                  .arg(row.allowPlug).arg(row.client.connectCommand(row.allowPlug))
                    onClicked: row.allow()
                }
                BusyIndicator {
                    objectName: "denialBusy"
                    Layout.preferredWidth: 28
                    Layout.preferredHeight: 28
                    running: row.busy
                    opacity: running ? 1 : 0
                    Accessible.name: qsTr("Changing")
                }
                Item {
                    Layout.fillWidth: true
                }
            }
        }
    }
}
