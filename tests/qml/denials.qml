// The cases of tst_qmldenials (not named tst_*.qml, so that tst_qml, whose fixture has no
// probe snap, leaves them alone): real denials of the probe snaps, as the person who caused
// them sees them on the page — on the snap's details ("Recently blocked") and in the Denials
// view — and "Allow …" connecting the plug through the helper, or saying why it cannot.
// They build on each other, in the order of their names.
import QtQuick
import QtTest
import Corral.Test

PageTestCase {
    name: "Denials"

    function init() {
        requireFixture()
        verify(TestSupport.allowChanges())
    }

    // The rows of the shown snap's "Recently blocked", in the page's order.
    function snapDenialRows() {
        const repeater = child("denialList")
        const rows = []
        for (let i = 0; i < repeater.count; ++i)
            rows.push(repeater.itemAt(i))
        return rows
    }

    // Waits for the row of the shown snap whose action contains `text`.
    function waitForSnapDenial(text) {
        let row = null
        tryVerify(() => (row = snapDenialRows().find(item => item.action.indexOf(text) >= 0)
                         || null) !== null, 20000,
                  "no denial of “" + text + "” in " + snapDenialRows().map(item => item.action))
        return row
    }

    function textOf(row, name) {
        const label = findChild(row, name)
        verify(label !== null, "no " + name + " in the row of " + row.action)
        return label.text
    }

    function test_a_nothingBlockedYet() {
        selectSnap("probe")
        const empty = child("noDenials")
        tryVerify(() => empty.visible, 20000, "no word that nothing was blocked")
        compare(empty.text, "Nothing was blocked recently.")
        compare(child("denialList").count, 0)
        compare(child("denialsHeading").text, "Recently blocked")

        mouseClick(child("denialsTab"))
        compare(page.currentView, 2)
        const all = child("noAllDenials")
        tryCompare(all, "text", "Nothing was blocked recently.", 20000)
        verify(all.visible)
        compare(child("allDenialList").count, 0)
    }

    function test_b_aRefusedSystemCallShowsAsItHappens() {
        selectSnap("probe")
        tryVerify(() => child("noDenials").visible, 20000)
        // No permission grants keyctl: the row says so, and offers nothing.
        compare(TestSupport.runApp("probe.probe", ["keyctl"]), "EPERM")
        const row = waitForSnapDenial("keyctl")
        verify(!child("noDenials").visible)
        compare(snapDenialRows().length, 1)
        compare(textOf(row, "denialAction"), "System call keyctl")
        compare(textOf(row, "denialSuggestion"), "No permission would allow this")
        compare(textOf(row, "denialWhen"), "just now · once")
        verify(!findChild(row, "denialLogged").visible)
        verify(!findChild(row, "denialAllowButton").visible)
        verify(!findChild(row, "denialSnap").visible) // the snap's own page names no snap
        compare(row.Accessible.name, "Blocked: system call keyctl")

        // Again: the same row counts it, and the full time is a hover away.
        compare(TestSupport.runApp("probe.probe", ["keyctl"]), "EPERM")
        tryCompare(row, "times", 2, 20000)
        compare(textOf(row, "denialWhen"), "just now · 2 times")
        compare(snapDenialRows().length, 1)
        verify(row.fullTimeText.indexOf("Last: ") === 0, row.fullTimeText)
        verify(row.fullTimeText.indexOf("\nFirst: ") > 0, row.fullTimeText)
    }

    function test_c_allowConnectsThePlugThatWouldAllowIt() {
        // probe.home plugs home; with the plug off, reading a document is refused, and the
        // home permission would allow it.
        verify(TestSupport.disconnectPlug("probe:home"))
        const file = TestSupport.writeHomeFile("Documents/notes.txt", "notes\n")
        verify(file.length > 0)
        selectSnap("probe")
        compare(TestSupport.runApp("probe.home", ["read", file]), "EACCES")
        const row = waitForSnapDenial("notes.txt")
        // The newest first.
        verify(snapDenialRows()[0] === row, "the newest denial is not on top")
        // Once the page has seen the plug go (the helper's signal).
        tryCompare(row, "allowPlug", "probe:home", 20000)
        verify(row.allowLabel.length > 0)
        verify(textOf(row, "denialSuggestion").indexOf(row.allowLabel + " (home)") >= 0,
               textOf(row, "denialSuggestion"))
        verify(textOf(row, "denialWhen").indexOf("probe.home · ") === 0, textOf(row, "denialWhen"))
        const allow = findChild(row, "denialAllowButton")
        verify(allow.visible && allow.enabled)
        compare(allow.text, "Allow “" + row.allowLabel + "”")
        compare(allow.Accessible.name, allow.text)

        mouseClick(allow)
        tryVerify(() => TestSupport.connectedPlugs("probe").indexOf("probe:home") >= 0,
                  changeTimeout, "the helper did not connect probe:home")
        // Connected: nothing more to offer, and the row says what allows it now.
        tryCompare(row, "allowPlug", "", changeTimeout)
        verify(!findChild(row, "denialAllowButton").visible)
        compare(row.busy, false)
        compare(textOf(row, "denialSuggestion"), "Allowed since: " + row.allowedBy)
        verify(row.allowedBy.length > 0)
        compare(page.message, "")
        // The permission's switch above says the same.
        tryCompare(switchOf(plugRow("probe:home")), "checked", true, changeTimeout)
    }

    function test_d_aRefusedAllowSaysWhyAndOffersItAgain() {
        verify(TestSupport.disconnectPlug("probe:home"))
        selectSnap("probe")
        const row = waitForSnapDenial("notes.txt")
        tryCompare(row, "allowPlug", "probe:home", 20000)
        verify(TestSupport.denyChanges())

        const allow = findChild(row, "denialAllowButton")
        tryVerify(() => allow.visible && allow.enabled, 20000)
        mouseClick(allow)
        const bar = child("messageBar")
        tryVerify(() => bar.visible, changeTimeout, "no message after the refusal")
        verify(page.message.indexOf("probe:home") >= 0, page.message)
        verify(page.message.indexOf("not authorized") >= 0, page.message)
        compare(row.busy, false)
        verify(allow.visible && allow.enabled)
        verify(TestSupport.connectedPlugs("probe").indexOf("probe:home") < 0)
        mouseClick(child("dismissMessageButton"))
    }

    function test_e_developmentModeOnlyLogs() {
        verify(TestSupport.runApp("probe-dev.probe", ["keyctl"]).indexOf("ok") === 0)
        selectSnap("probe-dev")
        const row = waitForSnapDenial("keyctl")
        const logged = findChild(row, "denialLogged")
        verify(logged.visible)
        compare(logged.text, "Only logged")
        compare(row.Accessible.name, "Logged: system call keyctl")
    }

    function test_f_theDenialsViewListsEveryAppNewestFirst() {
        mouseClick(child("denialsTab"))
        const list = child("allDenialList")
        tryVerify(() => list.count >= 3, 20000, "the Denials view lists " + list.count)
        verify(!child("noAllDenials").visible)
        // Newest first: probe-dev's keyctl, the last thing done, on top.
        const times = rowValues(list, "lastSeen").map(when => when.getTime())
        for (let i = 1; i < times.length; ++i)
            verify(times[i - 1] >= times[i], "row " + i + " is newer than the one above it")
        const snaps = rowValues(list, "snap")
        compare(snaps[0], "probe-dev")
        compare(rowValues(list, "action")[0], "system call keyctl")
        verify(snaps.indexOf("probe") > 0, snaps)

        // Each row names its app; the name opens the app's permissions.
        const row = delegateWhere(list, "snap", "probe")
        verify(row !== null)
        const name = findChild(row, "denialSnap")
        verify(name.visible)
        compare(name.text, row.title)
        compare(name.Accessible.name, "Open the permissions of " + row.title)
        mouseClick(findChild(row, "denialSnapArea"))
        compare(page.currentView, 0)
        compare(page.currentSnap, "probe")
        tryCompare(child("snapTitle"), "text", row.title)
    }
}
