// What bench-gui (bench/gui.cpp) measures inside corral-permissions. Does nothing unless
// the environment has CORRAL_BENCH_REPORT=1; then it prints to stderr, once,
//   corral-bench: first-paint <ms> rows <n> monotonic <ms> rss-kib <kib> hwm-kib <kib>
// right after the first paint of the snap list that shows every snap the helper listed:
// milliseconds since the process started (from /proc/self/stat, 10 ms steps), the rows
// painted, CLOCK_MONOTONIC then (the bench subtracts its own start time), and VmRSS and
// VmHWM at that moment. With CORRAL_BENCH_SWITCH=N it then chooses N snaps one after
// another in the list, as a click would, and prints for each
//   corral-bench: switch <snap> <ms> rss-kib <kib>
// the time from the choice until the snap's page has painted with all its permissions,
// and VmRSS then; then "corral-bench: done".
#pragma once

namespace corral::client {
class Client;
}

namespace corral::gui {

class MainWindow;

void installBenchReport(MainWindow *window, corral::client::Client *client);

} // namespace corral::gui
