// `corral-permissions --screenshot FILE`: once the window shows what the helper said (the
// snap list, and the chosen snap's permissions), saves a picture of it to FILE and quits.
// For scripts/demo on a machine without a display (under Xvfb), and for documentation.
#pragma once

#include <QString>

namespace corral::client {
class Client;
}

namespace corral::gui {

class MainWindow;

// Arranges the picture; the application's exit code says whether it was saved (0), or
// the window never got there or the file could not be written (1, with a message).
void takeScreenshotWhenReady(
    MainWindow *window, corral::client::Client *client, const QString &file);

} // namespace corral::gui
