// polkit refuses: the switch goes back to what the helper has, and the page says why. The
// page's connection is the unprivileged test user's, so the refusal is polkit's own.
import QtQuick
import QtTest
import Corral.Test

PageTestCase {
    name: "Denial"

    function init() {
        requireFixture()
    }

    function cleanup() {
        verify(TestSupport.allowChanges())
        verify(TestSupport.resetSnap("photobooth"))
    }

    function test_aDenialRevertsTheSwitchAndSaysWhy() {
        verify(TestSupport.ensure("photobooth:camera", false))
        selectSnap("photobooth")
        let row = plugRow("photobooth:camera")
        tryCompare(row, "connected", false, 20000)
        verify(TestSupport.denyChanges())

        mouseClick(switchOf(row))
        const bar = child("messageBar")
        tryVerify(() => bar.visible, changeTimeout, "no message after the refusal")
        verify(page.message.indexOf("photobooth:camera") >= 0, page.message)
        verify(page.message.indexOf("not authorized") >= 0, page.message)
        compare(child("messageText").text.charAt(0), "C")
        // The switch shows the helper's state again, at once.
        row = plugRow("photobooth:camera")
        compare(row.busy, false)
        compare(switchOf(row).checked, false)
        compare(statusOf(row), "Not allowed")
        verify(!isConnected("photobooth:camera"))

        // Turning off is refused the same way: the network stays on.
        row = plugRow("photobooth:network")
        tryCompare(row, "connected", true, 20000)
        mouseClick(child("dismissMessageButton"))
        verify(!bar.visible)
        mouseClick(switchOf(row))
        tryVerify(() => bar.visible, changeTimeout, "no message after the refusal")
        verify(page.message.indexOf("photobooth:network") >= 0, page.message)
        row = plugRow("photobooth:network")
        compare(row.busy, false)
        compare(switchOf(row).checked, true)
        compare(statusOf(row), "Allowed automatically")
        verify(isConnected("photobooth:network"))
    }
}
