// The frame around a list at the side of a view: the palette's base colour, as item views
// have it, with a thin border.
import QtQuick
import QtQuick.Controls

Frame {
    id: frame
    padding: 1
    background: Rectangle {
        color: frame.palette.base
        border.color: frame.palette.mid
    }
}
