#include "tests/common/pictures.h"

#include <QHash>

#include <algorithm>

namespace corral::test {

QString blankness(const QImage &image, double oneColour)
{
    if (image.isNull() || image.width() < 100 || image.height() < 100)
        return QStringLiteral("no picture (%1×%2)").arg(image.width()).arg(image.height());
    QHash<QRgb, qint64> counts;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            ++counts[line[x]];
    }
    qint64 most = 0;
    for (qint64 count : std::as_const(counts))
        most = std::max(most, count);
    const double share = double(most) / (qint64(rgb.width()) * rgb.height());
    if (share > oneColour)
        return QStringLiteral("%1% of the pixels are one colour").arg(int(share * 100));
    if (counts.size() < 32)
        return QStringLiteral("only %1 colours").arg(counts.size());
    return QString();
}

QPalette darkPalette()
{
    const QColor window(35, 38, 41);
    const QColor base(27, 30, 32);
    const QColor text(239, 240, 241);
    const QColor highlight(61, 174, 233);
    const QColor disabled(110, 113, 116);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(41, 44, 48));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(49, 54, 59));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(255, 80, 80));
    palette.setColor(QPalette::Link, QColor(41, 128, 185));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(150, 153, 156));
    palette.setColor(QPalette::Light, QColor(64, 69, 75));
    palette.setColor(QPalette::Midlight, QColor(56, 61, 66));
    palette.setColor(QPalette::Mid, QColor(76, 80, 84));
    palette.setColor(QPalette::Dark, QColor(24, 26, 28));
    palette.setColor(QPalette::Shadow, QColor(15, 16, 17));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

} // namespace corral::test
