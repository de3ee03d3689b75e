// The helper is not there: the page says so instead of showing empty lists, and "Try Again"
// brings it back once the helper answers again.
import QtQuick
import QtTest
import Corral.Permissions
import Corral.Test

PageTestCase {
    name: "Unavailable"

    function init() {
        requireFixture()
    }

    function cleanup() {
        if (!TestSupport.startHelper())
            fail("cannot start the helper again")
    }

    function test_aMissingHelperIsSaidAndRetried() {
        const unavailable = child("unavailableMessage")
        verify(!unavailable.visible)
        TestSupport.stopHelper()
        client.refresh()
        tryCompare(client, "status", Client.Unavailable, 30000)
        verify(unavailable.visible)
        verify(!child("viewTabs").visible)
        verify(client.statusMessage.length > 0)

        verify(TestSupport.startHelper())
        mouseClick(child("retryButton"))
        tryCompare(client, "status", Client.Ready, 30000)
        verify(!unavailable.visible)
        verify(child("viewTabs").visible)
        tryVerify(() => child("snapList").count === 4, 20000)
    }
}
