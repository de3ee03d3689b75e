// What bench-gui (bench/gui.cpp) measures inside corral-permissions. Does nothing unless
// the environment has CORRAL_BENCH_REPORT=1; then it prints to stderr, once,
//   corral-bench: first-paint <ms> rows <n> cpu <ms> rss-kib <kib> hwm-kib <kib> at <t>
//                 window-at <t> ready-at <t>
// (one line) right after the first paint of the snap list that shows every snap the helper
// listed: milliseconds since the process started (from /proc/self/stat, 10 ms steps), the
// rows painted, the CPU time the process has used, VmRSS and VmHWM then, and the moments
// (CLOCK_MONOTONIC, ms) of that paint, of the window's construction and of the Client's
// first Ready. Once the start's work is done (the "Permissions" tab has chosen its first
// interface, whose page builds its rows when it is first shown; ten seconds at most) it
// prints
//   corral-bench: settled <t> interface-rows <n> cpu <ms> rss-kib <kib>
// with that moment (0 when it did not come), the rows that page has built (0 while it
// waits to be shown), the CPU time used until then and VmRSS now. With
// CORRAL_BENCH_SWITCH=N it then clicks N snaps one after another in the list and prints for
// each
//   corral-bench: switch <ms> snap <name> loaded <ms> cpu <ms> rss-kib <kib>
// the time from the click until the snap's page has painted with all its permissions, until
// its rows were built (details loaded), the CPU time used meanwhile, and VmRSS then; at
// the end "corral-bench: done".
#pragma once

namespace corral::client {
class Client;
}

namespace corral::gui {

class MainWindow;

void installBenchReport(MainWindow *window, corral::client::Client *client);

} // namespace corral::gui
