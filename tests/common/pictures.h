// What the screenshot tests of both GUIs ask of a picture of a window.
#pragma once

#include <QImage>
#include <QPalette>
#include <QString>

namespace corral::test {

// Why `image` looks blank (no picture, more than `oneColour` of its pixels one colour, or
// hardly any colours), or an empty string when it does not.
QString blankness(const QImage &image, double oneColour = 0.95);

// A dark desktop palette, as a dark theme gives it to applications: what both GUIs are
// shown in for the dark screenshots.
QPalette darkPalette();

} // namespace corral::test
