// What the screenshot tests of both GUIs ask of a picture of a window.
#pragma once

#include <QImage>
#include <QString>

namespace corral::test {

// Why `image` looks blank (no picture, more than `oneColour` of its pixels one colour, or
// hardly any colours), or an empty string when it does not.
QString blankness(const QImage &image, double oneColour = 0.95);

} // namespace corral::test
