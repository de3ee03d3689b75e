// How a plug came to be as it is: on by default, turned on or off by a person, or off; and,
// while a change is on its way, what it is turning into.
import QtQuick
import QtQuick.Controls

Label {
    property bool connected
    property bool automatic
    property bool undesired
    property bool pending
    // What the person asked for while pending (on or off).
    property bool turningOn

    opacity: 0.75
    font.pointSize: Qt.application.font.pointSize * 0.9
    elide: Text.ElideRight
    text: {
        if (pending)
            return turningOn ? qsTr("Turning on…") : qsTr("Turning off…")
        if (connected)
            return automatic ? qsTr("Allowed automatically") : qsTr("Allowed by you")
        if (undesired)
            return qsTr("Turned off by you")
        return qsTr("Not allowed")
    }
}
