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

} // namespace corral::test
