// "By app": the list of apps, a snap's permissions, the switches, and changes made elsewhere.
import QtQuick
import QtTest
import Corral.Test

PageTestCase {
    name: "BySnap"

    readonly property var photoboothPlugs: [
        "photobooth:audio-playback", "photobooth:camera", "photobooth:home",
        "photobooth:network", "photobooth:pictures", "photobooth:removable-media",
        "photobooth:x11"
    ]

    function init() {
        requireFixture()
        child("snapSearch").text = ""
    }

    function cleanup() {
        verify(TestSupport.resetSnap("photobooth"))
    }

    function test_selectingASnapShowsItsPlugs() {
        const plugs = selectSnap("photobooth")
        tryCompare(plugs, "count", photoboothPlugs.length, 20000)
        compare(rowValues(plugs, "ref").sort(), photoboothPlugs)
        compare(child("snapTitle").text, "Photo Booth")
        // Each with its label and description from the interface, and its category.
        const camera = plugRow("photobooth:camera")
        verify(camera.label.length > 0 && camera.label !== "camera", camera.label)
        verify(camera.description.length > 0)
        // Strictly confined: no banner.
        verify(!child("confinementBanner").visible)

        selectSnap("hello")
        tryCompare(plugs, "count", 2, 20000)
        compare(rowValues(plugs, "ref").sort(), ["hello:home", "hello:network"])
        compare(child("snapTitle").text, "hello")
        // Installed in devmode: the page says what that means.
        const banner = child("confinementBanner")
        verify(banner.visible)
        verify(banner.text.indexOf("development mode") >= 0, banner.text)
    }

    function test_severalFittingSlotsOfferAChoice() {
        verify(TestSupport.ensureSlot("gallery:photos", "photobooth:photos"))
        // The slot Photo Booth offers says who uses it.
        selectSnap("photobooth")
        const users = child("slotUsers")
        tryVerify(() => users.text.indexOf("gallery:photos") >= 0, 20000, users.text)

        selectSnap("gallery")
        let row = plugRow("gallery:photos")
        tryCompare(row, "connected", true, 20000)
        const chooser = findChild(row, "slotChooser")
        verify(chooser !== null)
        tryVerify(() => chooser.visible && chooser.count === 2, 20000)
        compare(row.candidates.slice().sort(), ["photo-album:photos", "photobooth:photos"])
        compare(chooser.currentText, "photobooth:photos")

        // Choosing the other provider moves the connection, as one change.
        const target = row.candidates.indexOf("photo-album:photos")
        chooser.forceActiveFocus()
        keyClick(target > chooser.currentIndex ? Qt.Key_Down : Qt.Key_Up)
        tryVerify(() => TestSupport.plugState("gallery:photos").slots.join() === "photo-album:photos",
                  changeTimeout, "the helper did not move the connection")
        row = plugRow("gallery:photos")
        tryCompare(row, "busy", false, changeTimeout)
        compare(switchOf(row).checked, true)
        compare(findChild(row, "slotChooser").currentText, "photo-album:photos")
        compare(page.message, "")

        // Off and on again: the switch connects to the slot the chooser names.
        mouseClick(switchOf(row))
        tryVerify(() => !TestSupport.plugState("gallery:photos").connected, changeTimeout)
        row = plugRow("gallery:photos")
        tryCompare(row, "busy", false, changeTimeout)
        compare(findChild(row, "slotChooser").currentText, "photo-album:photos")
        mouseClick(switchOf(row))
        tryVerify(() => TestSupport.plugState("gallery:photos").slots.join() === "photo-album:photos",
                  changeTimeout, "the switch did not connect to the chosen slot")
        verify(TestSupport.ensureSlot("gallery:photos", "photobooth:photos"))
    }

    function test_togglingASwitchConnectsThroughTheHelper() {
        verify(TestSupport.ensure("photobooth:camera", false))
        selectSnap("photobooth")
        let row = plugRow("photobooth:camera")
        tryCompare(row, "connected", false, 20000)
        compare(switchOf(row).checked, false)
        compare(statusOf(row), "Not allowed")

        mouseClick(switchOf(row))
        tryVerify(() => isConnected("photobooth:camera"), changeTimeout,
                  "the helper did not connect the camera")
        row = plugRow("photobooth:camera")
        tryCompare(row, "busy", false, changeTimeout)
        compare(row.connected, true)
        compare(switchOf(row).checked, true)
        compare(statusOf(row), "Allowed by you")

        mouseClick(switchOf(row))
        tryVerify(() => !isConnected("photobooth:camera"), changeTimeout,
                  "the helper did not disconnect the camera")
        row = plugRow("photobooth:camera")
        tryCompare(row, "busy", false, changeTimeout)
        compare(switchOf(row).checked, false)
        compare(statusOf(row), "Not allowed")
        compare(page.message, "")
    }

    function test_anAutomaticConnectionTurnedOffIsRememberedAndReset() {
        selectSnap("photobooth")
        let row = plugRow("photobooth:network")
        tryCompare(row, "connected", true, 20000)
        compare(statusOf(row), "Allowed automatically")
        const snapRow = waitForRow(child("snapList"), "name", "photobooth")
        verify(!findChild(snapRow, "customizedBadge").visible)
        verify(!child("resetButton").enabled)

        mouseClick(switchOf(row))
        tryVerify(() => TestSupport.plugState("photobooth:network").undesired, changeTimeout,
                  "the helper does not remember the network was turned off")
        verify(!TestSupport.plugState("photobooth:network").connected)
        row = plugRow("photobooth:network")
        tryCompare(row, "busy", false, changeTimeout)
        compare(switchOf(row).checked, false)
        compare(statusOf(row), "Turned off by you")
        tryVerify(() => findChild(waitForRow(child("snapList"), "name", "photobooth"),
                                  "customizedBadge").visible, 20000)

        // Reset to defaults brings the automatic connection back.
        tryCompare(child("resetButton"), "enabled", true, 20000)
        mouseClick(child("resetButton"))
        tryVerify(() => TestSupport.plugState("photobooth:network").connected, changeTimeout,
                  "the helper did not reset the network")
        verify(!TestSupport.plugState("photobooth:network").undesired)
        row = plugRow("photobooth:network")
        tryCompare(row, "busy", false, changeTimeout)
        compare(switchOf(row).checked, true)
        compare(statusOf(row), "Allowed automatically")
        tryVerify(() => !findChild(waitForRow(child("snapList"), "name", "photobooth"),
                                   "customizedBadge").visible, 20000)
    }

    function test_aChangeByTheCliUpdatesTheOpenPage() {
        verify(TestSupport.ensure("photobooth:camera", false))
        selectSnap("photobooth")
        tryCompare(plugRow("photobooth:camera"), "connected", false, 20000)

        const connect = TestSupport.runCli(["connect", "photobooth:camera"])
        compare(connect.exitCode, 0, connect.err)
        tryCompare(plugRow("photobooth:camera"), "connected", true, 20000)
        compare(switchOf(plugRow("photobooth:camera")).checked, true)

        const disconnect = TestSupport.runCli(["disconnect", "photobooth:camera"])
        compare(disconnect.exitCode, 0, disconnect.err)
        tryCompare(plugRow("photobooth:camera"), "connected", false, 20000)
        compare(switchOf(plugRow("photobooth:camera")).checked, false)
    }

    function test_searchFiltersTheList() {
        const list = child("snapList")
        const search = child("snapSearch")
        // Bases are not apps a person manages.
        tryCompare(list, "count", 4, 20000)
        compare(rowValues(list, "name"), ["gallery", "hello", "photo-album", "photobooth"])
        selectSnap("photobooth")

        mouseClick(search)
        for (const c of "BOOTH")
            keyClick(c)
        compare(search.text, "BOOTH")
        tryCompare(list, "count", 1)
        compare(rowValues(list, "name"), ["photobooth"])

        // The summary counts too ("Says hello from inside the sandbox").
        search.selectAll()
        for (const c of "sandbox")
            keyClick(c)
        tryCompare(list, "count", 1)
        compare(rowValues(list, "name"), ["hello"])
        // What is shown stays shown while the search hides its row.
        compare(page.currentSnap, "photobooth")
        compare(child("snapTitle").text, "Photo Booth")

        search.selectAll()
        for (const c of "zzz")
            keyClick(c)
        tryCompare(list, "count", 0)
        verify(child("noMatch").visible)

        search.selectAll()
        keyClick(Qt.Key_Backspace)
        tryCompare(list, "count", 4)
        verify(!child("noMatch").visible)
    }
}
