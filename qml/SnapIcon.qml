// A snap's icon (meta/gui/icon.svg or .png, as the helper names it), or a generic one: the
// first letter of its title on a neutral tile in the palette's colours.
import QtQuick
import QtQuick.Controls

Control {
    id: icon

    // Absolute path of the icon file, or "".
    property string path
    // What the generic icon shows the first letter of.
    property string title
    property int size: 32

    implicitWidth: size
    implicitHeight: size
    padding: 0
    Accessible.ignored: true

    // A file URL for an absolute path, each segment escaped (a space, a '#').
    function fileUrl(path: string): string {
        return "file://" + path.split("/").map(encodeURIComponent).join("/")
    }

    contentItem: Item {
        Image {
            id: image
            anchors.fill: parent
            source: icon.path.length > 0 ? icon.fileUrl(icon.path) : ""
            sourceSize.width: width
            sourceSize.height: height
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            smooth: true
            visible: status === Image.Ready
        }
        Rectangle {
            anchors.fill: parent
            visible: image.status !== Image.Ready
            radius: width / 5
            color: icon.palette.button
            border.color: icon.palette.mid
            Label {
                anchors.centerIn: parent
                text: icon.title.length > 0 ? icon.title.charAt(0).toUpperCase() : "?"
                color: icon.palette.buttonText
                font.pixelSize: icon.size * 0.5
                font.bold: true
            }
        }
    }
}
