// What the page's test cases share: a PermissionsPage with its own Client (on the test bus,
// as the unprivileged test user), the fixture's state, and ways to find rows and controls.
import QtQuick
import QtQuick.Controls
import QtTest
import Corral.Permissions
import Corral.Test

TestCase {
    id: testCase

    readonly property alias page: page
    readonly property alias client: corralClient
    // Long enough for a change through the helper (profiles regenerated, polkit asked).
    readonly property int changeTimeout: 60000

    // TestCase hides itself; the page in it is to be seen and clicked.
    visible: true
    when: windowShown
    width: 1000
    height: 680

    Client {
        id: corralClient
    }

    PermissionsPage {
        id: page
        anchors.fill: parent
        client: corralClient
    }

    // Skips without root; fails when the fixture did not start; waits for the page's data.
    function requireFixture() {
        if (TestSupport.skipReason.length > 0)
            skip(TestSupport.skipReason)
        verify(TestSupport.error.length === 0, TestSupport.error)
        tryCompare(corralClient, "status", Client.Ready, 30000)
    }

    // The page's item named `name`, which must exist.
    function child(name) {
        const item = findChild(page, name)
        verify(item !== null, "the page has no item named " + name)
        return item
    }

    // The delegate of `list` whose `key` is `value`, scrolled into view; null when none.
    function delegateWhere(list, key, value) {
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain)
            list.forceLayout()
            const item = list.itemAtIndex(i)
            if (item !== null && item[key] === value)
                return item
        }
        return null
    }

    // `key` of every row of `list`, in the list's order.
    function rowValues(list, key) {
        const values = []
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain)
            list.forceLayout()
            const item = list.itemAtIndex(i)
            verify(item !== null, "row " + i + " of " + list.objectName + " has no delegate")
            values.push(item[key])
        }
        return values
    }

    // Waits for the delegate of `list` whose `key` is `value`.
    function waitForRow(list, key, value) {
        let row = null
        tryVerify(() => (row = delegateWhere(list, key, value)) !== null, 20000,
                  list.objectName + " shows no row with " + key + " " + value)
        return row
    }

    // Shows snap `name` by clicking its row of the list, as a person does.
    function selectSnap(name) {
        mouseClick(child("byAppTab"))
        const row = waitForRow(child("snapList"), "name", name)
        mouseClick(row)
        tryCompare(page, "currentSnap", name)
        return child("plugList")
    }

    // The row of plug `ref` in the shown snap's permissions.
    function plugRow(ref) {
        return waitForRow(child("plugList"), "ref", ref)
    }

    function switchOf(row) {
        const toggle = findChild(row, "plugSwitch")
        verify(toggle !== null, "no switch in the row of " + row.ref)
        return toggle
    }

    function statusOf(row) {
        const label = findChild(row, "plugStatus")
        verify(label !== null, "no status in the row of " + row.ref)
        return label.text
    }

    function isConnected(plug) {
        return TestSupport.connectedPlugs(plug.split(":")[0]).indexOf(plug) >= 0
    }
}
