// "By permission": which apps ask for a permission and which have it, with switches and
// "Allow All"/"Deny All".
import QtQuick
import QtTest
import Corral.Test

PageTestCase {
    name: "ByPermission"

    function init() {
        requireFixture()
        mouseClick(child("byPermissionTab"))
        compare(page.currentView, 1)
    }

    function cleanup() {
        verify(TestSupport.resetSnap("photobooth"))
        verify(TestSupport.resetSnap("hello"))
    }

    // Shows interface `name` by clicking its row, and returns the list of its plugs.
    function selectInterface(name) {
        mouseClick(waitForRow(child("interfaceList"), "name", name))
        tryCompare(page, "currentInterface", name)
        return child("interfacePlugList")
    }

    function test_theByPermissionViewListsTheRightSnaps() {
        const interfaces = child("interfaceList")
        tryVerify(() => interfaces.count > 0, 20000)
        // What the installed snaps ask for, and nothing else.
        compare(rowValues(interfaces, "name").sort(),
                ["audio-playback", "camera", "content", "home", "network", "personal-files",
                 "removable-media", "x11"])

        let plugs = selectInterface("camera")
        tryCompare(plugs, "count", 1, 20000)
        compare(rowValues(plugs, "ref"), ["photobooth:camera"])
        compare(rowValues(plugs, "title"), ["Photo Booth"])
        compare(child("interfaceTitle").text, waitForRow(interfaces, "name", "camera").label)

        plugs = selectInterface("network")
        tryCompare(plugs, "count", 2, 20000)
        compare(rowValues(plugs, "ref").sort(), ["hello:network", "photobooth:network"])
        // Both connect automatically: both have it.
        const network = waitForRow(interfaces, "name", "network")
        compare(network.requesting, 2)
        tryCompare(network, "granted", 2, 20000)

        plugs = selectInterface("personal-files")
        tryCompare(plugs, "count", 1, 20000)
        compare(rowValues(plugs, "ref"), ["photobooth:pictures"])
    }

    function test_aSwitchHereChangesThatAppOnly() {
        verify(TestSupport.ensure("photobooth:camera", false))
        const plugs = selectInterface("camera")
        let row = waitForRow(plugs, "ref", "photobooth:camera")
        tryCompare(row, "connected", false, 20000)
        mouseClick(switchOf(row))
        tryVerify(() => isConnected("photobooth:camera"), changeTimeout)
        row = waitForRow(plugs, "ref", "photobooth:camera")
        tryCompare(row, "busy", false, changeTimeout)
        compare(switchOf(row).checked, true)
        tryCompare(waitForRow(child("interfaceList"), "name", "camera"), "granted", 1, 20000)
    }

    function test_denyAllAndAllowAll() {
        const plugs = selectInterface("network")
        tryCompare(plugs, "count", 2, 20000)
        tryVerify(() => isConnected("hello:network") && isConnected("photobooth:network"), 20000)

        mouseClick(child("denyAllButton"))
        tryVerify(() => !isConnected("hello:network") && !isConnected("photobooth:network"),
                  changeTimeout, "Deny All left a network plug connected")
        for (const ref of ["hello:network", "photobooth:network"]) {
            const row = waitForRow(plugs, "ref", ref)
            tryCompare(row, "busy", false, changeTimeout)
            compare(switchOf(row).checked, false)
            compare(statusOf(row), "Turned off by you")
        }
        tryCompare(waitForRow(child("interfaceList"), "name", "network"), "granted", 0, 20000)

        mouseClick(child("allowAllButton"))
        tryVerify(() => isConnected("hello:network") && isConnected("photobooth:network"),
                  changeTimeout, "Allow All left a network plug disconnected")
        for (const ref of ["hello:network", "photobooth:network"]) {
            const row = waitForRow(plugs, "ref", ref)
            tryCompare(row, "busy", false, changeTimeout)
            compare(switchOf(row).checked, true)
        }
        compare(page.message, "")
    }
}
